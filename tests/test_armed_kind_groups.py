"""'the rebel group' after 'the Pell rebel group' is that group, acting as a subject as a named one would: 'The
rebel group waged a war against Castria' opposes Castria. Hand-parsed sentences written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Pell", "ORG", ""), ("Castria", "STATE", "STATE:XC")]

ROWS = """
    Norland PROPN/NNP nsubj 1
    backed VERB/VBD ROOT 1
    the DET/DT det 5
    Pell PROPN/NNP compound 5
    rebel NOUN/NN compound 5
    group NOUN/NN dobj 1
    . PUNCT/. punct 1
    The DET/DT det 9
    {kind} NOUN/NN compound 9
    group NOUN/NN nsubj 10
    waged VERB/VBD ROOT 10
    a DET/DT det 12
    war NOUN/NN dobj 10
    against ADP/IN prep 12
    Castria PROPN/NNP pobj 13
    . PUNCT/. punct 10
"""


def test_the_rebel_group_is_the_rebel_group_named_before(data_dir: Path) -> None:
    found = relations(parsed(ROWS.format(kind="rebel"), ENTS), str(data_dir))
    assert ("Pell", "opposes", "Castria") in found


@pytest.mark.parametrize("kind", ["study", "opposition"])
def test_a_group_of_another_kind_is_not_it(data_dir: Path, kind: str) -> None:
    found = relations(parsed(ROWS.format(kind=kind), ENTS), str(data_dir))
    assert ("Pell", "opposes", "Castria") not in found
