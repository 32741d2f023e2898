"""A force named by the one state or body it belongs to ('the Pact monitoring mission', 'Castrian peacekeepers') is
that owner's mission, a node of its own in which the owner takes part; a state's 'peacekeeping troops' stay the force
an article may see many assemble; on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span

from nlp.entities import load_lexicon
from nlp.missions import Undertakings
from tests.handmade import parsed, relations

PERSONNEL = frozenset({"troops", "forces", "soldiers"})

# "The Pact sent a Pact monitoring mission . Doravia criticised the monitors ' mission . The peacekeepers stayed ."
MISSION_ROWS = """
    The DET/DT det 1
    Pact PROPN/NNP nsubj 2
    sent VERB/VBD ROOT 2
    a DET/DT det 6
    Pact PROPN/NNP compound 6
    monitoring NOUN/NN compound 6
    mission NOUN/NN dobj 2
    . PUNCT/. punct 2
    Doravia PROPN/NNP nsubj 9
    criticised VERB/VBD ROOT 9
    the DET/DT det 11
    peacekeepers NOUN/NNS dobj 9
    . PUNCT/. punct 9
"""


def _undertakings(data_dir: Path) -> Undertakings:
    return Undertakings(load_lexicon(str(data_dir), "entities"))


def _mission_doc() -> tuple[Doc, list[Span]]:
    doc = parsed(MISSION_ROWS)
    ents = [Span(doc, 1, 2, label="ORG", kb_id="ORG:XPACT"), Span(doc, 4, 5, label="ORG", kb_id="ORG:XPACT"),
            Span(doc, 5, 7, label="ORG", kb_id="FORCE"), Span(doc, 8, 9, label="STATE", kb_id="STATE:XD"),
            Span(doc, 11, 12, label="ORG", kb_id="FORCE")]
    return doc, ents


def test_a_force_named_by_its_owner_is_the_owners_mission_and_the_later_definite_one_too(data_dir: Path) -> None:
    doc, ents = _mission_doc()
    owned = _undertakings(data_dir).owned_forces(doc, ents, personnel=PERSONNEL)
    assert [(e.text, e.kb_id_) for e in owned] == [
        ("Pact", "ORG:XPACT"), ("Pact", "ORG:XPACT"), ("monitoring mission", "MISSION:Pact monitoring mission"),
        ("Doravia", "STATE:XD"), ("peacekeepers", "MISSION:Pact monitoring mission")]


def test_a_force_with_no_owner_before_it_stays_the_force(data_dir: Path) -> None:
    doc, ents = _mission_doc()
    ents = [e for e in ents if e.start != 4]  # "a monitoring mission": no owner
    owned = _undertakings(data_dir).owned_forces(doc, ents, personnel=PERSONNEL)
    assert [e.kb_id_ for e in owned] == ["ORG:XPACT", "FORCE", "STATE:XD", "FORCE"]


def _state_force(noun: str, *, owner_head: str = "noun") -> tuple[Doc, list[Span]]:
    """"Castria deployed Castria 's peacekeeping <noun> ." with the possessor on the noun or (`owner_head` 'verb')
    misread as hanging on the verb."""
    head = {"noun": 5, "verb": 1}[owner_head]
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        deployed VERB/VBD ROOT 1
        Castria PROPN/NNP poss {head}
        's PART/POS case 2
        peacekeeping NOUN/NN compound 5
        {noun} NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """)
    return doc, [Span(doc, 0, 1, label="STATE", kb_id="STATE:XC"), Span(doc, 2, 3, label="STATE", kb_id="STATE:XC"),
                 Span(doc, 4, 6, label="ORG", kb_id="FORCE")]


def test_a_states_peacekeeping_force_is_its_mission_but_its_peacekeeping_troops_stay_the_force(data_dir: Path) -> None:
    undertakings = _undertakings(data_dir)
    doc, ents = _state_force("force")
    assert undertakings.owned_forces(doc, ents, personnel=PERSONNEL)[-1].kb_id_ == (
        "MISSION:Castria's peacekeeping force")
    doc, ents = _state_force("troops")
    assert undertakings.owned_forces(doc, ents, personnel=PERSONNEL)[-1].kb_id_ == "FORCE"


def test_a_name_beside_a_force_that_does_not_modify_it_owns_nothing(data_dir: Path) -> None:
    doc, ents = _state_force("force", owner_head="verb")
    assert _undertakings(data_dir).owned_forces(doc, ents, personnel=PERSONNEL)[-1].kb_id_ == "FORCE"


def test_the_owner_of_a_mission_named_after_it_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed(MISSION_ROWS, [("Pact", "ORG", "ORG:XPACT"), ("Pact", "ORG", "ORG:XPACT"),
                                ("monitoring mission", "ORG", "MISSION:Pact monitoring mission"),
                                ("Doravia", "STATE", "STATE:XD"),
                                ("peacekeepers", "ORG", "MISSION:Pact monitoring mission")])
    found = relations(doc, str(data_dir))
    assert ("Pact", "participates_in", "monitoring mission") in found
    assert ("Doravia", "opposes", "peacekeepers") in found
    assert not any(rel == "participates_in" and src == "Doravia" for src, rel, _ in found)
