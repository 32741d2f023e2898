"""Calling for someone to resign or step down opposes them, as calling on them to withdraw does; 'step up' is no
retreat. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Arlo Vent", "PERSON", "")]

CALLED = """
    Norland PROPN/NNP nsubj 1
    called VERB/VBD ROOT 1
    for ADP/IN prep 1
    Arlo PROPN/NNP compound 4
    Vent PROPN/NNP nsubj 6
    to PART/TO aux 6
    {verb} VERB/VB ccomp 1
    {particle} ADP/RP prt 6
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize(("verb", "particle"), [("step", "down"), ("stand", "aside")])
def test_a_call_to_step_down_opposes(data_dir: Path, verb: str, particle: str) -> None:
    found = relations(parsed(CALLED.format(verb=verb, particle=particle), ENTS), str(data_dir))
    assert ("Norland", "opposes", "Arlo Vent") in found


def test_a_call_to_resign_opposes(data_dir: Path) -> None:
    rows = CALLED.format(verb="resign", particle="now").replace("now ADP/RP prt", "now ADV/RB advmod")
    assert ("Norland", "opposes", "Arlo Vent") in relations(parsed(rows, ENTS), str(data_dir))


def test_a_call_to_step_up_is_no_retreat(data_dir: Path) -> None:
    found = relations(parsed(CALLED.format(verb="step", particle="up"), ENTS), str(data_dir))
    assert ("Norland", "opposes", "Arlo Vent") not in found
