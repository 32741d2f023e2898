"""Seeking what would befall someone opposes them: 'issued a warrant for Pell's arrest', 'ordered the arrest of
Pell', 'Pell is wanted by Doravia'; being wanted 'for' an act names no one the seeker opposes, and allowing
someone's extradition backs no one. Hand-parsed sentences written for the test (no trained model), with invented
names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

DORAVIA, PELL = ("Doravia", "STATE", "STATE:XD"), ("Pell", "PERSON", "")

WARRANT = """
    Doravia PROPN/NNP nsubj 1
    issued VERB/VBD ROOT 1
    a DET/DT det 3
    warrant NOUN/NN dobj 1
    for ADP/IN prep 3
    Pell PROPN/NNP poss 7
    's PART/POS case 5
    arrest NOUN/NN pobj 4
    . PUNCT/. punct 1
"""

ORDERED = """
    Doravia PROPN/NNP nsubj 1
    ordered VERB/VBD ROOT 1
    the DET/DT det 3
    arrest NOUN/NN dobj 1
    of ADP/IN prep 3
    Pell PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

CONDEMNED = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    the DET/DT det 3
    arrest NOUN/NN dobj 1
    of ADP/IN prep 3
    Pell PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

WANTED = """
    Pell PROPN/NNP nsubjpass 2
    is AUX/VBZ auxpass 2
    wanted VERB/VBN ROOT 2
    by ADP/IN agent 2
    Doravia PROPN/NNP pobj 3
    for ADP/IN prep 2
    the DET/DT det 7
    deportation NOUN/NN pobj 5
    of ADP/IN prep 7
    Castrian ADJ/JJ amod 10
    children NOUN/NNS pobj 8
    . PUNCT/. punct 2
"""

ALLOWED = """
    Doravia PROPN/NNP nsubj 1
    allowed VERB/VBD ROOT 1
    Pell PROPN/NNP poss 4
    's PART/POS case 2
    extradition NOUN/NN dobj 1
    . PUNCT/. punct 1
"""


def test_a_warrant_for_someones_arrest_opposes_them(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Pell") in relations(parsed(WARRANT, [DORAVIA, PELL]), str(data_dir))


def test_ordering_an_arrest_opposes_who_is_arrested(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Pell") in relations(parsed(ORDERED, [DORAVIA, PELL]), str(data_dir))


def test_condemning_an_arrest_does_not_oppose_who_is_arrested(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Pell") not in relations(parsed(CONDEMNED, [DORAVIA, PELL]), str(data_dir))


def test_wanted_by_opposes_but_not_whom_the_act_named_harmed(data_dir: Path) -> None:
    found = relations(parsed(WANTED, [PELL, DORAVIA, ("Castrian", "STATE", "STATE:XC")]), str(data_dir))
    assert ("Doravia", "opposes", "Pell") in found
    assert ("Doravia", "opposes", "Castrian") not in found


def test_allowing_someones_extradition_backs_no_one(data_dir: Path) -> None:
    assert ("Doravia", "supports", "Pell") not in relations(parsed(ALLOWED, [DORAVIA, PELL]), str(data_dir))
