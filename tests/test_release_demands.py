"""A call on someone to release a person is a demand on the one called on, for the person: "called on the
Council to release Pell" opposes the Council, not Pell; only a call to stop someone "from" doing something is
against the one stopped ('called on the court to halt X from arming Y'). On a hand-parsed sentence written for
the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

DATA = str(Path(__file__).resolve().parents[1] / "data")


def test_a_call_on_someone_to_release_a_person_is_no_stance_against_the_one_freed() -> None:
    # "Norland called on the Council to release Pell."
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        on ADP/IN prep 1
        the DET/DT det 4
        Council NOUN/NN pobj 2
        to PART/TO aux 6
        release VERB/VB xcomp 1
        Pell PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """, [*invented_states("Norland"), ("Council", "ORG", "ORG:Castrian Council"), ("Pell", "PERSON", "")])
    found = relations(doc, DATA)
    assert ("Norland", "opposes", "Council") in found
    assert ("Norland", "opposes", "Pell") not in found
