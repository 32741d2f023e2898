"""A passive participle with its agent opening the sentence is said of the main clause's subject: 'Backed by
Norland, Doravia seized Pell' makes Norland a backer of Doravia; not when the backing is denied. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"), ("Pell", "STATE", "STATE:XP")]

FRONTED = """
    Backed VERB/VBN advcl 5
    by ADP/IN agent 0
    Norland PROPN/NNP pobj 1
    , PUNCT/, punct 5
    Doravia PROPN/NNP nsubj 5
    seized VERB/VBD ROOT 5
    Pell PROPN/NNP dobj 5
    . PUNCT/. punct 5
"""

NOT_BACKED = """
    Not PART/RB neg 1
    backed VERB/VBN advcl 6
    by ADP/IN agent 1
    Norland PROPN/NNP pobj 2
    , PUNCT/, punct 6
    Doravia PROPN/NNP nsubj 6
    seized VERB/VBD ROOT 6
    Pell PROPN/NNP dobj 6
    . PUNCT/. punct 6
"""


def test_a_fronted_backing_backs_the_main_subject(data_dir: Path) -> None:
    assert ("Norland", "supports", "Doravia") in relations(parsed(FRONTED, ENTS), str(data_dir))


def test_a_fronted_backing_denied_backs_no_one(data_dir: Path) -> None:
    assert ("Norland", "supports", "Doravia") not in relations(parsed(NOT_BACKED, ENTS), str(data_dir))
