"""An act named with 'by' is its doer's ('rejected efforts by Norland' opposes Norland), and an act turned down is
no claim denied: 'rejected efforts by Norland, backed by Doravia' still tells that Doravia backs Norland, while
'rejected claims that Norland armed Doravia' tells nothing. Hand-parsed sentences written for the test (no
trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")]

EFFORTS_BY = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    efforts NOUN/NNS dobj 1
    by ADP/IN prep 2
    Norland PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""

EFFORTS_BACKED = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    efforts NOUN/NNS dobj 1
    by ADP/IN prep 2
    Norland PROPN/NNP pobj 3
    , PUNCT/, punct 2
    backed VERB/VBN acl 2
    by ADP/IN agent 6
    Doravia PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""

CLAIMS = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    claims NOUN/NNS dobj 1
    that SCONJ/IN mark 5
    Norland PROPN/NNP nsubj 5
    armed VERB/VBD acl 2
    Doravia PROPN/NNP dobj 5
    . PUNCT/. punct 1
"""


def test_an_act_by_someone_is_theirs(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Norland") in relations(parsed(EFFORTS_BY, ENTS[:2]), str(data_dir))


def test_the_backing_of_a_rejected_act_is_still_told(data_dir: Path) -> None:
    found = relations(parsed(EFFORTS_BACKED, ENTS), str(data_dir))
    assert {("Castria", "opposes", "Norland"), ("Doravia", "supports", "Norland")} <= found


def test_what_rejected_claims_say_stays_unproven(data_dir: Path) -> None:
    assert ("Norland", "supports", "Doravia") not in relations(parsed(CLAIMS, ENTS), str(data_dir))
