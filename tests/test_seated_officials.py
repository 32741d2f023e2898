"""Officials named by where they sit stand for that state: 'accused officials in Castria of lying' (the parser
hanging 'in Castria' on the verb) and 'criticised the government in Castria' are against Castria; troops 'in' a
state may be foreign there and are left alone. Hand-parsed sentences written for the test (no trained model),
with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]

ACCUSED_OFFICIALS_IN = """
    Doravia PROPN/NNP nsubj 1
    accused VERB/VBD ROOT 1
    officials NOUN/NNS dobj 1
    in ADP/IN prep 1
    Castria PROPN/NNP pobj 3
    of ADP/IN prep 1
    lying VERB/VBG pcomp 5
    . PUNCT/. punct 1
"""

GOVERNMENT_IN = """
    Doravia PROPN/NNP nsubj 1
    criticised VERB/VBD ROOT 1
    the DET/DT det 3
    government NOUN/NN dobj 1
    in ADP/IN prep 3
    Castria PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

WELCOMED_TROOPS_IN = """
    Doravia PROPN/NNP nsubj 1
    welcomed VERB/VBD ROOT 1
    the DET/DT det 3
    troops NOUN/NNS dobj 1
    in ADP/IN prep 3
    Castria PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""


def test_officials_in_a_state_misattached_to_the_verb_are_the_state(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Castria") in relations(parsed(ACCUSED_OFFICIALS_IN, ENTS), str(data_dir))


def test_the_government_in_a_state_is_the_state(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Castria") in relations(parsed(GOVERNMENT_IN, ENTS), str(data_dir))


def test_troops_in_a_state_are_not_the_state(data_dir: Path) -> None:
    assert ("Doravia", "supports", "Castria") not in relations(parsed(WELCOMED_TROOPS_IN, ENTS), str(data_dir))
