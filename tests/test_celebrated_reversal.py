"""'Doravia celebrated Norland's reversal': celebrating someone's act, a reversal or a decision, backs them, as
welcoming it does; condemning the reversal opposes them. Hand-parsed sentences written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import invented_states, parsed, relations


def _act(verb: str, act: str) -> str:
    return f"""
        Doravia PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        Norland PROPN/NNP poss 4
        's PART/POS case 2
        {act} NOUN/NN dobj 1
        . PUNCT/. punct 1
    """


@pytest.mark.parametrize("act", ["reversal", "decision"])
def test_celebrating_an_act_backs_its_author(data_dir: Path, act: str) -> None:
    found = relations(parsed(_act("celebrated", act), invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found


def test_condemning_a_reversal_opposes_its_author(data_dir: Path) -> None:
    found = relations(parsed(_act("condemned", "reversal"), invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found
    assert ("Doravia", "supports", "Norland") not in found
