"""'Ivo Pell avoided the reforms by accepting the help of Doravia': the means of avoiding something was taken, so
Doravia backs Pell; the avoiding is no refusal of the help. 'Pell refused to accept the help of Doravia' still
accepts nothing. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

PELL = ("Ivo Pell", "PERSON", "PERSON:Ivo Pell")

BY_ACCEPTING = """
    Ivo PROPN/NNP compound 1
    Pell PROPN/NNP nsubj 2
    avoided VERB/VBD ROOT 2
    the DET/DT det 4
    reforms NOUN/NNS dobj 2
    by ADP/IN prep 2
    accepting VERB/VBG pcomp 5
    the DET/DT det 8
    help NOUN/NN dobj 6
    of ADP/IN prep 8
    Doravia PROPN/NNP pobj 9
    . PUNCT/. punct 2
"""

REFUSED = """
    Ivo PROPN/NNP compound 1
    Pell PROPN/NNP nsubj 2
    refused VERB/VBD ROOT 2
    to PART/TO aux 4
    accept VERB/VB xcomp 2
    the DET/DT det 6
    help NOUN/NN dobj 4
    of ADP/IN prep 6
    Doravia PROPN/NNP pobj 7
    . PUNCT/. punct 2
"""


def test_help_accepted_as_a_means_is_received(data_dir: Path) -> None:
    found = relations(parsed(BY_ACCEPTING, [PELL, *invented_states("Doravia")]), str(data_dir))
    assert ("Doravia", "supports", "Ivo Pell") in found
    assert ("Ivo Pell", "opposes", "Doravia") not in found


def test_help_refused_is_not_received(data_dir: Path) -> None:
    found = relations(parsed(REFUSED, [PELL, *invented_states("Doravia")]), str(data_dir))
    assert ("Doravia", "supports", "Ivo Pell") not in found
