"""Two or more acting 'together' back each other: 'Doravia and Castria agreed to work together', 'Doravia and
Castria, which fought together against the Pell Front', 'Doravia worked together with Castria'; not when they
refused to. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]


def agreed(verb: str) -> str:
    return f"""
    Doravia PROPN/NNP nsubj 3
    and CCONJ/CC cc 0
    Castria PROPN/NNP conj 0
    {verb} VERB/VBD ROOT 3
    to PART/TO aux 5
    work VERB/VB xcomp 3
    together ADV/RB advmod 5
    . PUNCT/. punct 3
"""


WITH = """
    Doravia PROPN/NNP nsubj 1
    worked VERB/VBD ROOT 1
    together ADV/RB advmod 1
    with ADP/IN prep 1
    Castria PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""


def test_agreeing_to_work_together_is_mutual_backing(data_dir: Path) -> None:
    found = relations(parsed(agreed("agreed"), ENTS), str(data_dir))
    assert {("Doravia", "supports", "Castria"), ("Castria", "supports", "Doravia")} <= found


def test_working_together_with_another(data_dir: Path) -> None:
    assert ("Doravia", "supports", "Castria") in relations(parsed(WITH, ENTS), str(data_dir))


def test_refusing_to_work_together_is_no_backing(data_dir: Path) -> None:
    found = relations(parsed(agreed("refused"), ENTS), str(data_dir))
    assert ("Doravia", "supports", "Castria") not in found
