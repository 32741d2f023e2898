"""A threat presented is a threat posed, and a state's warfare is its attack: 'Norland said Castrian warfare
presented a threat' opposes Castria; presenting a plan judges no one. Hand-parsed sentences written for the test
(no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castrian", "STATE", "STATE:XC")]

PRESENTED = """
    Norland PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Castrian ADJ/JJ amod 3
    warfare NOUN/NN nsubj 4
    presented VERB/VBD ccomp 1
    a DET/DT det 6
    {noun} NOUN/NN dobj 4
    . PUNCT/. punct 1
"""


def test_warfare_presenting_a_threat_opposes_the_state(data_dir: Path) -> None:
    found = relations(parsed(PRESENTED.format(noun="threat"), ENTS), str(data_dir))
    assert ("Norland", "opposes", "Castrian") in found


def test_presenting_a_plan_judges_no_one(data_dir: Path) -> None:
    found = relations(parsed(PRESENTED.format(noun="plan"), ENTS), str(data_dir))
    assert ("Norland", "opposes", "Castrian") not in found
