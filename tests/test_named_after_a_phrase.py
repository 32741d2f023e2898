"""'criticised Arlo's posting in the islands, called Pell Isles' names the islands, not the posting, so the
criticism is of Arlo; 'an operation, called Pell Guard' still names the operation. Hand-parsed sentences written
for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

POSTING = """
    Norland PROPN/NNP nsubj 1
    criticised VERB/VBD ROOT 1
    Arlo PROPN/NNP poss 4
    's PART/POS case 2
    posting NOUN/NN dobj 1
    in ADP/IN prep 4
    the DET/DT det 7
    islands NOUN/NNS pobj 5
    , PUNCT/, punct 4
    called VERB/VBN acl 4
    Pell PROPN/NNP compound 11
    Isles PROPN/NNP oprd 9
    . PUNCT/. punct 1
"""

OPERATION = """
    Norland PROPN/NNP nsubj 1
    criticised VERB/VBD ROOT 1
    the DET/DT det 3
    operation NOUN/NN dobj 1
    , PUNCT/, punct 3
    called VERB/VBN acl 3
    Pell PROPN/NNP compound 7
    Guard PROPN/NNP oprd 5
    . PUNCT/. punct 1
"""


def test_a_name_after_a_phrase_names_the_phrases_noun(data_dir: Path) -> None:
    ents = [("Norland", "STATE", "STATE:XN"), ("Arlo", "PERSON", ""), ("Pell Isles", "PERSON", "")]
    found = relations(parsed(POSTING, ents), str(data_dir))
    assert ("Norland", "opposes", "Arlo") in found
    assert ("Norland", "opposes", "Pell Isles") not in found


def test_a_name_right_after_its_noun_names_it(data_dir: Path) -> None:
    ents = [("Norland", "STATE", "STATE:XN"), ("Pell Guard", "ORG", "")]
    assert ("Norland", "opposes", "Pell Guard") in relations(parsed(OPERATION, ents), str(data_dir))
