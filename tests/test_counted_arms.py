"""A sale of arms counted in thousands is still one of arms: halting 'the sale of thousands of missiles to X'
opposes X, as halting 'the sale of missiles' does. On hand-parsed sentences written for the test (no trained
model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")

ROWS = """
    Castria PROPN/NNP nsubj 1
    halted VERB/VBD ROOT 1
    the DET/DT det 3
    sale NOUN/NN dobj 1
    of ADP/IN prep 3
    thousands NOUN/NNS pobj 4
    of ADP/IN prep 5
    missiles NOUN/NNS pobj 6
    to ADP/IN prep 1
    Doravia PROPN/NNP pobj 8
    . PUNCT/. punct 1
"""


def test_halting_the_sale_of_thousands_of_missiles_opposes_the_buyer(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(ROWS, [CASTRIA, DORAVIA]), str(data_dir))


def test_thousands_of_anything_else_is_no_arms_sale(data_dir: Path) -> None:
    doc = parsed(ROWS.replace("missiles NOUN/NNS", "tickets NOUN/NNS"), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))
