"""Thanking or praising someone for their help says they gave it: 'Norland thanked Castria for its assistance'
makes Castria a backer of Norland; not help said to go to someone else, and not when no thanks are given.
Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]

THANKED = """
    Norland PROPN/NNP nsubj 1
    thanked VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    for ADP/IN prep 1
    its PRON/PRP$ poss 5
    assistance NOUN/NN pobj 3
    . PUNCT/. punct 1
"""

HELP_ELSEWHERE = """
    Norland PROPN/NNP nsubj 1
    praised VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    for ADP/IN prep 1
    its PRON/PRP$ poss 5
    support NOUN/NN pobj 3
    for ADP/IN prep 5
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 1
"""

NOT_THANKED = """
    Norland PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    thank VERB/VB ROOT 3
    Castria PROPN/NNP dobj 3
    for ADP/IN prep 3
    its PRON/PRP$ poss 7
    help NOUN/NN pobj 5
    . PUNCT/. punct 3
"""


def test_thanks_for_assistance_make_the_thanked_a_backer(data_dir: Path) -> None:
    found = relations(parsed(THANKED, ENTS[:2]), str(data_dir))
    assert ("Castria", "supports", "Norland") in found


def test_praise_for_support_of_another_backs_that_other_only(data_dir: Path) -> None:
    found = relations(parsed(HELP_ELSEWHERE, ENTS), str(data_dir))
    assert ("Castria", "supports", "Doravia") in found
    assert ("Castria", "supports", "Norland") not in found


def test_no_thanks_give_no_backer(data_dir: Path) -> None:
    found = relations(parsed(NOT_THANKED, ENTS[:2]), str(data_dir))
    assert ("Castria", "supports", "Norland") not in found
