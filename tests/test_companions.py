"""Whoever acts 'along with', 'together with' or 'alongside' the subject acts as it does: 'Norland, along with
Doravia, condemned Castria' makes both critics; a companion of the object ('condemned Castria along with Pell')
holds nothing. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]

ON_THE_VERB = """
    Norland PROPN/NNP nsubj 6
    , PUNCT/, punct 6
    along ADP/IN prep 6
    with ADP/IN prep 2
    Doravia PROPN/NNP pobj 3
    , PUNCT/, punct 6
    condemned VERB/VBD ROOT 6
    Castria PROPN/NNP dobj 6
    . PUNCT/. punct 6
"""

TOGETHER_WITH = """
    Norland PROPN/NNP nsubj 6
    , PUNCT/, punct 0
    together ADV/RB advmod 3
    with ADP/IN prep 0
    Doravia PROPN/NNP pobj 3
    , PUNCT/, punct 6
    condemned VERB/VBD ROOT 6
    Castria PROPN/NNP dobj 6
    . PUNCT/. punct 6
"""

AFTER_THE_OBJECT = """
    Norland PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    along ADP/IN prep 1
    with ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""


def test_along_with_between_subject_and_verb_acts_too(data_dir: Path) -> None:
    found = relations(parsed(ON_THE_VERB, ENTS), str(data_dir))
    assert {("Norland", "opposes", "Castria"), ("Doravia", "opposes", "Castria")} <= found


def test_together_with_the_subject_acts_too(data_dir: Path) -> None:
    found = relations(parsed(TOGETHER_WITH, ENTS), str(data_dir))
    assert {("Norland", "opposes", "Castria"), ("Doravia", "opposes", "Castria")} <= found


def test_a_companion_after_the_object_holds_nothing(data_dir: Path) -> None:
    ents = [ENTS[0], ENTS[2], ENTS[1]]
    assert not any(s == "Doravia" for s, _, _ in relations(parsed(AFTER_THE_OBJECT, ents), str(data_dir)))
