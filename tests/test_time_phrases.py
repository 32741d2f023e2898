"""A time phrase does not cancel a fight: 'Castria has been battling Doravia since March' opposes Doravia as
'battling Doravia' does. On a hand-parsed sentence written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")

ROWS = """
    Castria PROPN/NNP nsubj 3
    has AUX/VBZ aux 3
    been AUX/VBN aux 3
    battling VERB/VBG ROOT 3
    Doravia PROPN/NNP dobj 3
    since ADP/IN prep 3
    March PROPN/NNP pobj 5
    . PUNCT/. punct 3
"""


@pytest.mark.parametrize("verb", ["battling", "fighting"])
def test_fighting_since_a_date_opposes_the_foe(data_dir: Path, verb: str) -> None:
    doc = parsed(ROWS.replace("battling", verb), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))
