"""Words of condemnation judge whoever's conduct they describe ("X's behaviour was selfish", said by Y: Y
opposes X). On hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations


@pytest.mark.parametrize("word", ["selfish", "unspeakable", "incomprehensible", "scandalous", "intolerable"])
def test_a_condemning_word_opposes_whose_conduct_it_judges(data_dir: Path, word: str) -> None:
    doc = parsed(f"""
        Norland PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        behaviour NOUN/NN nsubj 5
        was AUX/VBD ccomp 1
        {word} ADJ/JJ acomp 5
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Norland", "opposes", "Castria")}


def test_a_condemning_word_judges_whoever_the_conduct_is_by(data_dir: Path) -> None:
    """'Norland said offences to it by Castria were intolerable': the conduct named with 'by' is Castria's."""
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        offences NOUN/NNS nsubj 7
        to ADP/IN prep 2
        it PRON/PRP pobj 3
        by ADP/IN prep 2
        Castria PROPN/NNP pobj 5
        were AUX/VBD ccomp 1
        intolerable ADJ/JJ acomp 7
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))
