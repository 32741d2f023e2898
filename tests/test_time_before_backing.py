"""A stretch of time before a clause ('hours after X thanked Y') is when it happened, not something given: the
backing holds. Time given after the verb ('gave X three days to leave') is still no gift. Hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]

HOURS_AFTER = """
    Hours NOUN/NNS npadvmod 3
    after SCONJ/IN mark 3
    Norland PROPN/NNP nsubj 3
    thanked VERB/VBD advcl 7
    Castria PROPN/NNP dobj 3
    , PUNCT/, punct 7
    Doravia PROPN/NNP nsubj 7
    left VERB/VBD ROOT 7
    . PUNCT/. punct 7
"""

DAYS_GIVEN = """
    Norland PROPN/NNP nsubj 1
    gave VERB/VBD ROOT 1
    Castria PROPN/NNP dative 1
    three NUM/CD nummod 4
    days NOUN/NNS dobj 1
    to PART/TO aux 6
    leave VERB/VB relcl 4
    . PUNCT/. punct 1
"""


def test_time_before_the_clause_keeps_the_backing(data_dir: Path) -> None:
    assert ("Norland", "supports", "Castria") in relations(parsed(HOURS_AFTER, ENTS), str(data_dir))


def test_time_given_is_no_gift(data_dir: Path) -> None:
    assert ("Norland", "supports", "Castria") not in relations(parsed(DAYS_GIVEN, ENTS[:2]), str(data_dir))
