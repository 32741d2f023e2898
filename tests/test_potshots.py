"""Taking shots or potshots at someone opposes them, as a jab or a swipe at them does. Hand-parsed sentence written
for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]

POT_SHOTS = """
    Doravia PROPN/NNP nsubj 2
    has AUX/VBZ aux 2
    taken VERB/VBN ROOT 2
    pot NOUN/NN compound 4
    shots NOUN/NNS dobj 2
    at ADP/IN prep 4
    Castria PROPN/NNP pobj 5
    . PUNCT/. punct 2
"""


def test_pot_shots_at_a_state_oppose_it(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Castria") in relations(parsed(POT_SHOTS, ENTS), str(data_dir))
