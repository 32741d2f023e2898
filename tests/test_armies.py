"""A state's army is an organisation of its own where the article sets it against a paramilitary force of the
same state ('the Castrian army' beside 'the paramilitary Pact'); elsewhere it stands for its state. On
hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from spacy.tokens import Doc

from nlp.armies import Armies
from nlp.canon import known_cluster
from nlp.gazetteer import Gazetteer, KbEntity, army_label
from tests.handmade import parsed

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
CASTRIAN, DORAVIAN = ("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")
PACT = ("Pact", "ORG", "")
LEX = {"heads": ["army", "military", "armed forces"], "rivals": ["paramilitary"]}


def _armies() -> Armies:
    gazetteer = Gazetteer()
    for kb, label, demonym in (("STATE:XC", "Castria", "Castrian"), ("STATE:XD", "Doravia", "Doravian")):
        gazetteer.add(KbEntity(kb, label, "STATE"), [demonym])
        gazetteer.demonyms[kb] = demonym
    return Armies(LEX, gazetteer)


def _parties(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in _armies().parties(doc, list(doc.ents))]


def _fought(owner_rows: str, rival: str, ents: list) -> Doc:
    """'<owner> army fought the <rival> Pact. The army won.'"""
    return parsed(f"""
        {owner_rows}
        army NOUN/NN nsubj 3
        fought VERB/VBD ROOT 3
        the DET/DT det 6
        {rival}
        Pact PROPN/NNP dobj 3
        . PUNCT/. punct 3
        The DET/DT det 9
        army NOUN/NN nsubj 10
        won VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """, ents)


def test_an_army_set_against_a_paramilitary_is_an_organisation() -> None:
    doc = _fought("The DET/DT det 2\n Castrian ADJ/JJ amod 2", "paramilitary ADJ/JJ amod 6", [CASTRIAN, PACT])
    assert _parties(doc) == [("Castrian army", "ORG", "ARMY:Castrian army"), ("Pact", "ORG", ""),
                             ("army", "ORG", "ARMY:Castrian army")]


def test_an_army_owned_by_name_is_the_same_organisation() -> None:
    doc = _fought("Castria PROPN/NNP poss 2\n 's PART/POS case 0", "paramilitary ADJ/JJ amod 6", [CASTRIA, PACT])
    assert next(p for p in _parties(doc) if p[1] == "ORG") == ("Castria's army", "ORG", "ARMY:Castrian army")


def test_without_a_paramilitary_an_army_stands_for_its_state() -> None:
    doc = _fought("The DET/DT det 2\n Castrian ADJ/JJ amod 2", "rebel ADJ/JJ amod 6", [CASTRIAN, PACT])
    assert _parties(doc) == [("Castrian", "STATE", "STATE:XC"), ("Pact", "ORG", "")]


def test_another_states_paramilitary_makes_no_party() -> None:
    doc = parsed("""
        The DET/DT det 2
        Castrian ADJ/JJ amod 2
        army NOUN/NN nsubj 3
        fought VERB/VBD ROOT 3
        the DET/DT det 7
        Doravian ADJ/JJ amod 7
        paramilitary ADJ/JJ amod 7
        Pact PROPN/NNP dobj 3
        . PUNCT/. punct 3
    """, [CASTRIAN, DORAVIAN, PACT])
    assert _parties(doc) == [("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD"), ("Pact", "ORG", "")]


def test_an_army_word_that_qualifies_a_title_names_no_army() -> None:
    doc = parsed("""
        Castria PROPN/NNP poss 2
        's PART/POS case 0
        army NOUN/NN compound 3
        chief NOUN/NN nsubj 4
        fought VERB/VBD ROOT 4
        the DET/DT det 7
        paramilitary ADJ/JJ amod 7
        Pact PROPN/NNP dobj 4
        . PUNCT/. punct 4
    """, [CASTRIA, PACT])
    assert _parties(doc) == [("Castria", "STATE", "STATE:XC"), ("Pact", "ORG", "")]


def test_an_armys_mentions_are_one_cluster_with_its_label() -> None:
    assert known_cluster("ARMY:Castrian army") == "ORG:castrian-army"
    assert army_label("ARMY:Castrian army") == "Castrian army"
    assert army_label("STATE:XC") == ""

