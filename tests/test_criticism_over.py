"""Criticism 'over' someone's act opposes whose act it is ('Doravian criticism over the Norlandic government's
handling of the unrest'), as criticism 'of' it does. Hand-parsed sentence written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravian", "STATE", "STATE:XD"), ("Norlandic", "STATE", "STATE:XN")]

CRITICISM_OVER = """
    The DET/DT det 1
    move NOUN/NN nsubj 2
    followed VERB/VBD ROOT 2
    Doravian ADJ/JJ amod 4
    criticism NOUN/NN dobj 2
    over ADP/IN prep 4
    the DET/DT det 8
    Norlandic ADJ/JJ amod 8
    government NOUN/NN poss 10
    's PART/POS case 8
    handling NOUN/NN pobj 5
    of ADP/IN prep 10
    the DET/DT det 13
    unrest NOUN/NN pobj 11
    . PUNCT/. punct 2
"""


def test_criticism_over_a_governments_handling_opposes_its_state(data_dir: Path) -> None:
    assert ("Doravian", "opposes", "Norlandic") in relations(parsed(CRITICISM_OVER, ENTS), str(data_dir))
