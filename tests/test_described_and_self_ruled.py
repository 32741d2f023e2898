"""'The Front was a Doravia-backed force' and 'the Front, which was a Doravia-backed force' back the Front as 'the
Doravia-backed Front' does (not 'was not'); sanctions on 'Doravia's semi-autonomous Tarvish region' are no stance
on Doravia, as a state's self-ruled region is a party of its own, while 'Doravia's vast, northern Tarvish region'
stays Doravia's. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

FRONT, DORAVIA = ("Harbour Front", "ORG", ""), ("Doravia", "STATE", "STATE:XD")

WAS_BACKED = """
    The DET/DT det 2
    Harbour PROPN/NNP compound 2
    Front PROPN/NNP nsubj 3
    was AUX/VBD ROOT 3
    a DET/DT det 8
    Doravia PROPN/NNP npadvmod 7
    - PUNCT/HYPH punct 7
    backed VERB/VBN amod 8
    force NOUN/NN attr 3
    . PUNCT/. punct 3
"""

WHICH_WAS_BACKED = """
    The DET/DT det 2
    Harbour PROPN/NNP compound 2
    Front PROPN/NNP nsubj 12
    , PUNCT/, punct 2
    which PRON/WDT nsubj 5
    was AUX/VBD relcl 2
    a DET/DT det 10
    Doravia PROPN/NNP npadvmod 9
    - PUNCT/HYPH punct 9
    backed VERB/VBN amod 10
    force NOUN/NN attr 5
    , PUNCT/, punct 2
    complained VERB/VBD ROOT 12
    . PUNCT/. punct 12
"""

WAS_NOT_BACKED = """
    The DET/DT det 2
    Harbour PROPN/NNP compound 2
    Front PROPN/NNP nsubj 3
    was AUX/VBD ROOT 3
    not PART/RB neg 3
    a DET/DT det 9
    Doravia PROPN/NNP npadvmod 8
    - PUNCT/HYPH punct 8
    backed VERB/VBN amod 9
    force NOUN/NN attr 3
    . PUNCT/. punct 3
"""

SANCTIONED_REGION = """
    Castria PROPN/NNP nsubj 1
    imposed VERB/VBD ROOT 1
    sanctions NOUN/NNS dobj 1
    on ADP/IN prep 2
    Doravia PROPN/NNP poss 10
    's PART/POS case 4
    {a} ADJ/JJ amod 10
    {b} ADJ/HYPH amod 10
    {c} ADJ/JJ amod 10
    Tarvish ADJ/JJ amod 10
    region NOUN/NN pobj 3
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("rows", [WAS_BACKED, WHICH_WAS_BACKED], ids=["was", "which-was"])
def test_a_backed_force_said_to_be_the_front_backs_the_front(data_dir: Path, rows: str) -> None:
    assert ("Doravia", "supports", "Harbour Front") in relations(parsed(rows, [FRONT, DORAVIA]), str(data_dir))


def test_not_a_backed_force_backs_nothing(data_dir: Path) -> None:
    assert not relations(parsed(WAS_NOT_BACKED, [FRONT, DORAVIA]), str(data_dir))


def _sanctions(data_dir: Path, a: str, b: str, c: str) -> set:
    rows = SANCTIONED_REGION.format(a=a, b=b, c=c)
    return relations(parsed(rows, [("Castria", "STATE", "STATE:XC"), DORAVIA]), str(data_dir))


def test_sanctions_on_a_states_self_ruled_region_are_no_stance_on_the_state(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") not in _sanctions(data_dir, "semi", "-", "autonomous")


def test_sanctions_on_a_states_other_region_oppose_the_state(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") in _sanctions(data_dir, "vast", ",", "northern")


OVER_ITS_ATTACKS = SANCTIONED_REGION.replace("""    . PUNCT/. punct 1
""", """    over ADP/IN prep 1
    its PRON/PRP$ poss 13
    attacks NOUN/NNS pobj 11
    on ADP/IN prep 13
    Norland PROPN/NNP pobj 14
    . PUNCT/. punct 1
""")


def _its_attacks(data_dir: Path, a: str, b: str, c: str) -> set:
    rows = OVER_ITS_ATTACKS.format(a=a, b=b, c=c)
    ents = [("Castria", "STATE", "STATE:XC"), DORAVIA, ("Norland", "STATE", "STATE:XN")]
    return relations(parsed(rows, ents), str(data_dir))


def test_its_after_a_self_ruled_region_is_the_region_not_the_state(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Norland") not in _its_attacks(data_dir, "semi", "-", "autonomous")


def test_its_after_a_states_other_region_is_the_state(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Norland") in _its_attacks(data_dir, "vast", ",", "northern")
