"""Toppling, deposing or unseating someone, or removing or driving them from power, opposes them; removing
someone from a stage opposes no one. Hand-parsed sentences written for the test (no trained model), with
invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Arlo Vent", "PERSON", "")]

TOPPLED = """
    Norland PROPN/NNP nsubj 1
    {verb} VERB/VBD ROOT 1
    Arlo PROPN/NNP compound 3
    Vent PROPN/NNP dobj 1
    . PUNCT/. punct 1
"""

FROM_POWER = """
    Norland PROPN/NNP nsubj 1
    {verb} VERB/VBD ROOT 1
    Arlo PROPN/NNP compound 3
    Vent PROPN/NNP dobj 1
    from ADP/IN prep 1
    power NOUN/NN pobj 4
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("verb", ["toppled", "deposed", "unseated"])
def test_toppling_a_leader_opposes_him(data_dir: Path, verb: str) -> None:
    assert ("Norland", "opposes", "Arlo Vent") in relations(parsed(TOPPLED.format(verb=verb), ENTS), str(data_dir))


@pytest.mark.parametrize("verb", ["removed", "drove"])
def test_removing_a_leader_from_power_opposes_him(data_dir: Path, verb: str) -> None:
    found = relations(parsed(FROM_POWER.format(verb=verb), ENTS), str(data_dir))
    assert ("Norland", "opposes", "Arlo Vent") in found


def test_removing_someone_from_a_stage_opposes_no_one(data_dir: Path) -> None:
    rows = FROM_POWER.format(verb="removed").replace("power NOUN/NN", "stage NOUN/NN")
    assert ("Norland", "opposes", "Arlo Vent") not in relations(parsed(rows, ENTS), str(data_dir))
