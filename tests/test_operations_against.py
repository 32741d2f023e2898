"""An operation, a counteroffensive or a clampdown 'against' someone opposes them; a definite event noun with a
target of its own ('the operation against Castria') refers back only to an earlier event against the same target,
so leading it is not read as acting on the actor of another operation. Hand-parsed sentences written for the test
(no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

LAUNCHED = """
    Doravia PROPN/NNP nsubj 1
    launched VERB/VBD ROOT 1
    an DET/DT det 3
    operation NOUN/NN dobj 1
    against ADP/IN prep 3
    Norland PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

ANOTHER_LED = LAUNCHED + """
    The DET/DT det 8
    operation NOUN/NN nsubjpass 12
    against ADP/IN prep 8
    Castria PROPN/NNP pobj 9
    was AUX/VBD auxpass 12
    led VERB/VBN ROOT 12
    by ADP/IN agent 12
    Pellia PROPN/NNP pobj 13
    . PUNCT/. punct 12
"""

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"),
        ("Pellia", "STATE", "STATE:XP")]


def test_an_operation_against_a_state_opposes_it(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Norland") in relations(parsed(LAUNCHED, ENTS[:2]), str(data_dir))


def test_an_operation_with_its_own_target_is_not_an_earlier_one(data_dir: Path) -> None:
    found = relations(parsed(ANOTHER_LED, ENTS), str(data_dir))
    assert ("Pellia", "opposes", "Castria") in found
    assert ("Pellia", "opposes", "Doravia") not in found
