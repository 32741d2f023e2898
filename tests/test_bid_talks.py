"""Talks on a bid to join are about the joiner: 'Castria vetoed the start of talks on Doravia's bid to join the
Pact', 'Castria rejected talks over Doravia's entry into the Pact' oppose Doravia; talks on anything else say
nothing of whose it is. On hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, PACT = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Pact", "ORG", "ORG:XPACT")

VETOED_START = """
    Castria PROPN/NNP nsubj 1
    vetoed VERB/VBD ROOT 1
    the DET/DT det 3
    start NOUN/NN dobj 1
    of ADP/IN prep 3
    talks NOUN/NNS pobj 4
    on ADP/IN prep 5
    Doravia PROPN/NNP poss 9
    's PART/POS case 7
    {bid} NOUN/NN pobj 6
    . PUNCT/. punct 1
"""

REJECTED_TALKS = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    talks NOUN/NNS dobj 1
    over ADP/IN prep 2
    Doravia PROPN/NNP poss 6
    's PART/POS case 4
    entry NOUN/NN pobj 3
    into ADP/IN prep 6
    the DET/DT det 9
    Pact PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize(("rows", "ents"), [
    (VETOED_START.format(bid="bid"), [CASTRIA, DORAVIA]), (REJECTED_TALKS, [CASTRIA, DORAVIA, PACT])],
    ids=["vetoed-start-of-talks-on-bid", "rejected-talks-over-entry"])
def test_blocking_talks_on_a_bid_to_join_opposes_the_joiner(data_dir: Path, rows: str, ents: list) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(rows, ents), str(data_dir))


def test_talks_on_something_else_of_a_states_say_nothing_of_it(data_dir: Path) -> None:
    doc = parsed(VETOED_START.format(bid="future"), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))
