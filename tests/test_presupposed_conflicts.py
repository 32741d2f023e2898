"""A conflict between two sides named inside an allegation is still told as a fact: 'blamed X for fuelling the
war between A and B' alleges the fuelling, while A and B are at war. A denial still disowns it. On hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
NORLAND, PACT = ("Norland", "STATE", "STATE:XN"), ("Pact", "ORG", "ORG:XPACT")
AT_WAR = {("Castria", "opposes", "Doravia"), ("Doravia", "opposes", "Castria")}


def test_a_war_inside_an_allegation_is_still_a_war(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        blamed VERB/VBD ROOT 1
        Pact PROPN/NNP dobj 1
        for ADP/IN prep 1
        fuelling VERB/VBG pcomp 3
        the DET/DT det 6
        war NOUN/NN dobj 4
        between ADP/IN prep 6
        Castria PROPN/NNP pobj 7
        and CCONJ/CC cc 8
        Doravia PROPN/NNP conj 8
        . PUNCT/. punct 1
    """, [NORLAND, PACT, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) >= AT_WAR


def test_a_denied_war_is_no_war(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        denied VERB/VBD ROOT 1
        fuelling VERB/VBG xcomp 1
        the DET/DT det 4
        war NOUN/NN dobj 2
        between ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        and CCONJ/CC cc 6
        Doravia PROPN/NNP conj 6
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA, DORAVIA])
    assert not AT_WAR & relations(doc, str(data_dir))
