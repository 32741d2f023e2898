"""Leave to act: in 'Doravia gave a green light for Norland to invade Castria' the invasion is Norland's, not
Doravia's; 'Doravia did not give a green light for Norland to invade Castria' tells of no act at all. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

GIVEN = """
    Doravia PROPN/NNP nsubj 1
    gave VERB/VBD ROOT 1
    a DET/DT det 4
    green ADJ/JJ amod 4
    light NOUN/NN dobj 1
    for SCONJ/IN mark 8
    Norland PROPN/NNP nsubj 8
    to PART/TO aux 8
    invade VERB/VB advcl 4
    Castria PROPN/NNP dobj 8
    . PUNCT/. punct 1
"""

WITHHELD = """
    Doravia PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    give VERB/VB ROOT 3
    a DET/DT det 6
    green ADJ/JJ amod 6
    light NOUN/NN dobj 3
    for SCONJ/IN mark 10
    Norland PROPN/NNP nsubj 10
    to PART/TO aux 10
    invade VERB/VB advcl 6
    Castria PROPN/NNP dobj 10
    . PUNCT/. punct 3
"""

STATES = invented_states("Doravia", "Norland", "Castria")


def test_leave_given_makes_the_act_the_one_allowed(data_dir: Path) -> None:
    found = relations(parsed(GIVEN, STATES), str(data_dir))
    assert ("Norland", "opposes", "Castria") in found
    assert ("Doravia", "opposes", "Castria") not in found


def test_leave_withheld_tells_of_no_act(data_dir: Path) -> None:
    found = relations(parsed(WITHHELD, STATES), str(data_dir))
    assert not any(r == "opposes" for _, r, _ in found)
