"""'The kingdom' is a state named before, as 'the country' is: 'Doravia expelled Castria's envoy ... The kingdom
gave the envoy Pell a day to leave' is Doravia's act, not that of a capital named on the way. Hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ROWS = """
    Doravia PROPN/NNP nsubj 1
    expelled VERB/VBD ROOT 1
    the DET/DT det 3
    envoy NOUN/NN dobj 1
    over ADP/IN prep 1
    Castrapol PROPN/NNP poss 8
    's PART/POS case 5
    vigorous ADJ/JJ amod 8
    calls NOUN/NNS pobj 4
    . PUNCT/. punct 1
    The DET/DT det 11
    kingdom NOUN/NN nsubj 12
    gave VERB/VBD ROOT 12
    the DET/DT det 14
    envoy NOUN/NN dative 12
    Pell PROPN/NNP appos 14
    24 NUM/CD nummod 17
    hours NOUN/NNS dobj 12
    to PART/TO aux 19
    leave VERB/VB relcl 17
    . PUNCT/. punct 12
"""

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Castrapol", "PLACE", "CAPITAL:XC:castrapol"), ("Pell", "PERSON", "")]


def test_the_kingdom_is_the_state_named_before(data_dir: Path) -> None:
    found = relations(parsed(ROWS, ENTS), str(data_dir))
    assert ("Doravia", "opposes", "Pell") in found
    assert ("Castrapol", "opposes", "Pell") not in found
