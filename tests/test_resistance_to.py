"""Resistance 'to' or 'against' a thing opposes whose thing it is: 'put up stiff resistance to Castria's
candidacy' opposes Castria, as an objection to it does. Hand-parsed sentence written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]

PUT_UP_RESISTANCE = """
    Doravia PROPN/NNP nsubj 1
    put VERB/VBD ROOT 1
    up ADP/RP prt 1
    stiff ADJ/JJ amod 4
    resistance NOUN/NN dobj 1
    to ADP/IN prep 4
    Castria PROPN/NNP poss 8
    's PART/POS case 6
    candidacy NOUN/NN pobj 5
    . PUNCT/. punct 1
"""


def test_resistance_to_a_states_candidacy_opposes_it(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Castria") in relations(parsed(PUT_UP_RESISTANCE, ENTS), str(data_dir))
