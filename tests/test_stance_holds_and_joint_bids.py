"""'placed a hold on X' blocks X; a 'joint X-Y bid' is both X's and Y's, where a plain 'X-Y' modifier names only the
last; on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]


def _hold(adjective: str = "joint", on_head: int = 1) -> str:
    return f"""
        Castria PROPN/NNP nsubj 1
        placed VERB/VBD ROOT 1
        a DET/DT det 3
        hold NOUN/NN dobj 1
        on ADP/IN prep {on_head}
        a DET/DT det 10
        {adjective} ADJ/JJ amod 10
        Doravia PROPN/NNP compound 9
        - PUNCT/HYPH punct 9
        Norland PROPN/NNP compound 10
        bid NOUN/NN pobj 4
        . PUNCT/. punct 1
    """


@pytest.mark.parametrize("on_head", [1, 3])
def test_a_hold_placed_on_a_joint_bid_opposes_both_bidders(on_head: int, data_dir: Path) -> None:
    found = relations(parsed(_hold(on_head=on_head), ENTS), str(data_dir))
    assert {("Castria", "opposes", "Doravia"), ("Castria", "opposes", "Norland")} <= found


def test_a_bid_not_said_to_be_joint_is_the_last_names(data_dir: Path) -> None:
    found = relations(parsed(_hold("new"), ENTS), str(data_dir))
    assert ("Castria", "opposes", "Norland") in found and ("Castria", "opposes", "Doravia") not in found
