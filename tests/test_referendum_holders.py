"""A referendum is whoever holds it or presses ahead with it, and a definite 'the poll' or 'the vote' after it is the
same referendum; a list whose first name the parser hung on the verb still holds the stance. On hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from nlp.entities import load_lexicon
from nlp.missions import Undertakings
from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
PACT = ("Pact", "ORG", "ORG:XPACT")
KEY = "ACCORD:referendum@@0000abcd"

HELD = """
    Castria PROPN/NNP nsubj 2
    will AUX/MD aux 2
    hold VERB/VB ROOT 2
    a DET/DT det 4
    referendum NOUN/NN dobj 2
    . PUNCT/. punct 2
    Doravia PROPN/NNP nsubj 7
    condemned VERB/VBD ROOT 7
    the DET/DT det 9
    poll NOUN/NN dobj 7
    . PUNCT/. punct 7
"""


def test_a_definite_poll_after_a_referendum_is_that_referendum(data_dir: Path) -> None:
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    doc = parsed(HELD, [CASTRIA, DORAVIA])
    found = undertakings.unnamed_measures(doc, list(doc.ents))
    assert [s.start for s in found] == [4, 9] and len({s.kb_id_ for s in found}) == 1
    owned = parsed(HELD.replace("the DET/DT det 9", "Norland PROPN/NNP poss 9"), [CASTRIA, DORAVIA, NORLAND])
    assert [s.start for s in undertakings.unnamed_measures(owned, list(owned.ents))] == [4]  # Norland's own vote
    alone = parsed(HELD.replace("referendum NOUN/NN", "proposal NOUN/NN"), [CASTRIA, DORAVIA])
    assert undertakings.unnamed_measures(alone, list(alone.ents)) == []  # no referendum named before: any poll


def test_condemning_the_poll_opposes_whoever_holds_the_referendum(data_dir: Path) -> None:
    measure = ("referendum", "ORG", KEY)
    doc = parsed(HELD, [CASTRIA, measure, DORAVIA, ("poll", "ORG", KEY)])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "Castria")}


def test_pressing_ahead_with_a_referendum_makes_it_yours_refusing_to_does_not(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 1
        pressed VERB/VBD ROOT 1
        ahead ADV/RB advmod 1
        with ADP/IN prep 2
        the DET/DT det 5
        referendum NOUN/NN pobj 3
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 8
        condemned VERB/VBD ROOT 8
        the DET/DT det 10
        referendum NOUN/NN dobj 8
        . PUNCT/. punct 8
    """
    measure = ("referendum", "ORG", KEY)
    doc = parsed(rows, [CASTRIA, measure, DORAVIA, measure])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "Castria")}
    refused = parsed("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        go VERB/VB xcomp 1
        ahead ADV/RB advmod 3
        with ADP/IN prep 3
        the DET/DT det 7
        referendum NOUN/NN pobj 5
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 10
        condemned VERB/VBD ROOT 10
        the DET/DT det 12
        referendum NOUN/NN dobj 10
        . PUNCT/. punct 10
    """, [CASTRIA, measure, DORAVIA, measure])
    assert ("Doravia", "opposes", "Castria") not in relations(refused, str(data_dir))


def test_a_lists_first_name_hung_on_the_verb_still_holds_the_stance(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP npadvmod 6
        , PUNCT/, punct 6
        the DET/DT det 3
        Pact PROPN/NNP nsubj 6
        and CCONJ/CC cc 3
        Norland PROPN/NNP conj 3
        condemned VERB/VBD ROOT 6
        Castria PROPN/NNP dobj 6
        . PUNCT/. punct 6
    """, [DORAVIA, PACT, NORLAND, CASTRIA])
    found = relations(doc, str(data_dir))
    assert {("Doravia", "opposes", "Castria"), ("Pact", "opposes", "Castria"),
            ("Norland", "opposes", "Castria")} <= found
