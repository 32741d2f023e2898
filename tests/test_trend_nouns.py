"""A noun of how much or how often stands for the act it counts: condemning 'a wave of attacks by Doravia' or
countering 'a surge in violence by Doravia' opposes Doravia, whether the parser hangs 'by Doravia' on the act or
on the count; 'a wave of attacks on Doravia' is Doravia's ordeal, no stance against it. On hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")

WAVE_OF = """
    Castria PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    a DET/DT det 3
    wave NOUN/NN dobj 1
    of ADP/IN prep 3
    attacks NOUN/NNS pobj 4
    by ADP/IN prep 5
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 1
"""

SURGE_IN = """
    Castria PROPN/NNP nsubj 1
    sent VERB/VBD ROOT 1
    troops NOUN/NNS dobj 1
    to PART/TO aux 4
    counter VERB/VB advcl 1
    a DET/DT det 6
    surge NOUN/NN dobj 4
    in ADP/IN prep 6
    violence NOUN/NN pobj 7
    by ADP/IN prep 6
    Doravia PROPN/NNP pobj 9
    . PUNCT/. punct 1
"""

OWN_WAVE = """
    Castria PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    Doravia PROPN/NNP poss 5
    's PART/POS case 2
    new ADJ/JJ amod 5
    wave NOUN/NN dobj 1
    of ADP/IN prep 5
    strikes NOUN/NNS pobj 6
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("count", ["wave", "spate", "series", "string"])
def test_condemning_a_wave_of_attacks_opposes_the_attacker(data_dir: Path, count: str) -> None:
    doc = parsed(WAVE_OF.replace("wave", count), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


@pytest.mark.parametrize("count", ["surge", "rise", "upsurge"])
def test_countering_a_surge_in_violence_opposes_its_author(data_dir: Path, count: str) -> None:
    doc = parsed(SURGE_IN.replace("surge", count), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_a_possessed_wave_is_its_owners(data_dir: Path) -> None:
    doc = parsed(OWN_WAVE, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_a_wave_of_attacks_on_a_state_is_no_stance_against_it(data_dir: Path) -> None:
    doc = parsed(WAVE_OF.replace("by ADP/IN", "on ADP/IN"), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_a_count_of_no_act_names_no_author(data_dir: Path) -> None:
    doc = parsed(WAVE_OF.replace("attacks NOUN/NNS", "refugees NOUN/NNS"), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))
