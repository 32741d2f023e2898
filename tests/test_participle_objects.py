"""A name opened by an -ing word after a comma ('financed roads, unsettling Castria') is the object of a
participle clause the parser took for an apposition: whoever financed the roads does not back Castria. A true
apposition ('backed its neighbour, Castria') still names the target. Hand-parsed sentences written for the
test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

UNSETTLING = """
    Norland PROPN/NNP nsubj 1
    financed VERB/VBD ROOT 1
    roads NOUN/NNS dobj 1
    , PUNCT/, punct 2
    unsettling ADJ/JJ amod 5
    Castria PROPN/NNP appos 2
    . PUNCT/. punct 1
"""

APPOSED = """
    Norland PROPN/NNP nsubj 1
    backed VERB/VBD ROOT 1
    its PRON/PRP$ poss 3
    neighbour NOUN/NN dobj 1
    , PUNCT/, punct 3
    Castria PROPN/NNP appos 3
    . PUNCT/. punct 1
"""


def test_a_participles_object_is_no_apposition(data_dir: Path) -> None:
    assert ("Norland", "supports", "Castria") not in relations(parsed(UNSETTLING, ENTS), str(data_dir))


def test_a_true_apposition_names_the_target(data_dir: Path) -> None:
    assert ("Norland", "supports", "Castria") in relations(parsed(APPOSED, ENTS), str(data_dir))
