"""'Pell, the prime minister of Norland's neighbouring country': a country that a state's possessive qualifies as
neighbouring, other or rival is not that state, so Pell holds no office of Norland's. Hand-parsed sentence written
for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

NEIGHBOURING = """
    Pell PROPN/NNP nsubj 12
    , PUNCT/, punct 0
    the DET/DT det 4
    prime ADJ/JJ amod 4
    minister NOUN/NN appos 0
    of ADP/IN prep 4
    Norland PROPN/NNP poss 9
    's PART/POS case 6
    neighbouring NOUN/NN compound 9
    country NOUN/NN pobj 5
    , PUNCT/, punct 0
    spoke VERB/VBD ROOT 11
    . PUNCT/. punct 11
"""

OWN = """
    Pell PROPN/NNP nsubj 11
    , PUNCT/, punct 0
    the DET/DT det 4
    prime ADJ/JJ amod 4
    minister NOUN/NN appos 0
    of ADP/IN prep 4
    Norland PROPN/NNP poss 8
    's PART/POS case 6
    country NOUN/NN pobj 5
    , PUNCT/, punct 0
    spoke VERB/VBD ROOT 10
    . PUNCT/. punct 10
"""

ENTS = [("Pell", "PERSON", ""), ("Norland", "STATE", "STATE:XN")]


def test_a_neighbouring_country_is_not_the_possessor(data_dir: Path) -> None:
    assert ("Pell", "affiliated_with", "Norland") not in relations(parsed(NEIGHBOURING, ENTS), str(data_dir))


def test_a_states_own_country_is_the_state(data_dir: Path) -> None:
    assert ("Pell", "affiliated_with", "Norland") in relations(parsed(OWN, ENTS), str(data_dir))
