"""An act judged with a participle ('described X's moves as worrying') opposes its author as an adjective does,
and an act of a state's navy, army or government ('the movements of the Castrian navy') is the state's.
Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

AS_WORRYING = """
    Norland PROPN/NNP nsubj 1
    described VERB/VBD ROOT 1
    Castria PROPN/NNP poss 4
    's PART/POS case 2
    moves NOUN/NNS dobj 1
    as ADP/IN prep 1
    worrying VERB/VBG pcomp 5
    . PUNCT/. punct 1
"""

NOT_AS_WORRYING = """
    Norland PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    describe VERB/VB ROOT 3
    Castria PROPN/NNP poss 6
    's PART/POS case 4
    moves NOUN/NNS dobj 3
    as ADP/IN prep 3
    worrying VERB/VBG pcomp 7
    . PUNCT/. punct 3
"""

NAVY_MOVES = """
    Norland PROPN/NNP nsubj 1
    described VERB/VBD ROOT 1
    the DET/DT det 3
    movements NOUN/NNS dobj 1
    of ADP/IN prep 3
    the DET/DT det 7
    Castrian ADJ/JJ amod 7
    navy NOUN/NN pobj 4
    as ADP/IN prep 1
    dangerous ADJ/JJ pobj 8
    . PUNCT/. punct 1
"""


def test_acts_described_as_worrying_oppose_their_author(data_dir: Path) -> None:
    assert ("Norland", "opposes", "Castria") in relations(parsed(AS_WORRYING, ENTS), str(data_dir))


def test_acts_not_described_as_worrying_oppose_no_one(data_dir: Path) -> None:
    assert ("Norland", "opposes", "Castria") not in relations(parsed(NOT_AS_WORRYING, ENTS), str(data_dir))


def test_the_acts_of_a_states_navy_are_the_states(data_dir: Path) -> None:
    ents = [ENTS[0], ("Castrian", "STATE", "STATE:XC")]
    assert ("Norland", "opposes", "Castrian") in relations(parsed(NAVY_MOVES, ents), str(data_dir))
