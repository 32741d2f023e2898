"""Buying arms from someone is being armed by them: 'Norland will purchase submarines from Castria' makes Castria
a backer of Norland; buying gas is trade, and arms not bought back no one. Hand-parsed sentences written for the
test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

BOUGHT = """
    Norland PROPN/NNP nsubj 2
    will AUX/MD aux 2
    purchase VERB/VB ROOT 2
    {noun} NOUN/NNS dobj 2
    from ADP/IN prep 2
    Castria PROPN/NNP pobj 4
    . PUNCT/. punct 2
"""

NOT_BOUGHT = """
    Norland PROPN/NNP nsubj 3
    will AUX/MD aux 3
    not PART/RB neg 3
    buy VERB/VB ROOT 3
    tanks NOUN/NNS dobj 3
    from ADP/IN prep 3
    Castria PROPN/NNP pobj 5
    . PUNCT/. punct 3
"""


def test_arms_bought_arm_the_buyer(data_dir: Path) -> None:
    found = relations(parsed(BOUGHT.format(noun="submarines"), ENTS), str(data_dir))
    assert ("Castria", "supports", "Norland") in found


def test_gas_bought_is_trade(data_dir: Path) -> None:
    assert ("Castria", "supports", "Norland") not in relations(parsed(BOUGHT.format(noun="gas"), ENTS), str(data_dir))


def test_arms_not_bought_back_no_one(data_dir: Path) -> None:
    assert ("Castria", "supports", "Norland") not in relations(parsed(NOT_BOUGHT, ENTS), str(data_dir))
