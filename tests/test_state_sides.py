"""'The Castrian side' in talks or a dispute is Castria ('the Castrian side rejected the proposal'); a state's own
sides are not it ('Castria's warring sides'), nor is a place ('the Castrian side of the border'). Warning that
someone's act will bring penalties or consequences opposes whoever acts ('warned that Doravia's action will bring
penalties'). On hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIAN, DORAVIA, NORLAND = ("Castrian", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")

THE_SIDE_ACCUSED = """
    The DET/DT det 2
    Castrian ADJ/JJ amod 2
    side NOUN/NN nsubj 3
    accused VERB/VBD ROOT 3
    Doravia PROPN/NNP dobj 3
    of ADP/IN prep 3
    sabotage NOUN/NN pobj 5
    . PUNCT/. punct 3
"""

WARRING_SIDES = """
    Castria PROPN/NNP poss 2
    's PART/POS case 0
    side NOUN/NN nsubj 3
    attacked VERB/VBD ROOT 3
    Doravia PROPN/NNP dobj 3
    . PUNCT/. punct 3
"""

SIDE_OF_THE_BORDER = """
    The DET/DT det 2
    Castrian ADJ/JJ amod 2
    side NOUN/NN nsubj 6
    of ADP/IN prep 2
    the DET/DT det 5
    border NOUN/NN pobj 3
    shelled VERB/VBD ROOT 6
    Doravia PROPN/NNP dobj 6
    . PUNCT/. punct 6
"""

WARNED_THAT_THE_ACT = """
    Norland PROPN/NNP nsubj 1
    warned VERB/VBD ROOT 1
    that SCONJ/IN mark 7
    Doravia PROPN/NNP poss 5
    's PART/POS case 3
    action NOUN/NN nsubj 7
    will AUX/MD aux 7
    bring VERB/VB ccomp 1
    penalties NOUN/NNS dobj 7
    . PUNCT/. punct 1
"""


def test_a_side_named_by_its_state_is_that_state(data_dir: Path) -> None:
    assert ("Castrian", "opposes", "Doravia") in relations(parsed(THE_SIDE_ACCUSED, [CASTRIAN, DORAVIA]),
                                                           str(data_dir))


def test_a_states_own_side_or_a_place_is_not_the_state(data_dir: Path) -> None:
    castria = ("Castria", "STATE", "STATE:XC")
    assert not relations(parsed(WARRING_SIDES, [castria, DORAVIA]), str(data_dir))
    assert not relations(parsed(SIDE_OF_THE_BORDER, [CASTRIAN, DORAVIA]), str(data_dir))


def test_warning_that_an_act_brings_penalties_opposes_whoever_acts(data_dir: Path) -> None:
    assert ("Norland", "opposes", "Doravia") in relations(parsed(WARNED_THAT_THE_ACT, [NORLAND, DORAVIA]),
                                                          str(data_dir))
