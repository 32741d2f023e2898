"""What a measure says, and the sides taken on it: voting for or bringing 'a motion condemning X' opposes X;
voting against or opposing 'a motion to admit X' opposes X; voting down a motion that condemns X says nothing of
X, and neither does a denied backing. On hand-parsed sentences written for the test (no trained model), with
invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")
PACT = ("Pact", "ORG", "ORG:XPACT")

AGAINST_ADMITTING = """
    Castria PROPN/NNP nsubj 1
    voted VERB/VBD ROOT 1
    against ADP/IN prep 1
    a DET/DT det 4
    motion NOUN/NN pobj 2
    to PART/TO aux 6
    admit VERB/VB acl 4
    Doravia PROPN/NNP dobj 6
    . PUNCT/. punct 1
"""

FOR_CONDEMNING = """
    Castria PROPN/NNP nsubj 1
    voted VERB/VBD ROOT 1
    for ADP/IN prep 1
    a DET/DT det 4
    motion NOUN/NN pobj 2
    condemning VERB/VBG acl 4
    Doravia PROPN/NNP dobj 5
    . PUNCT/. punct 1
"""

OPPOSED_PROPOSAL_BY = """
    Castria PROPN/NNP nsubj 1
    opposed VERB/VBD ROOT 1
    a DET/DT det 3
    proposal NOUN/NN dobj 1
    by ADP/IN prep 3
    Norland PROPN/NNP pobj 4
    to PART/TO aux 7
    invite VERB/VB acl 3
    Doravia PROPN/NNP dobj 7
    . PUNCT/. punct 1
"""

TABLED_AGAINST = """
    Castria PROPN/NNP nsubj 1
    tabled VERB/VBD ROOT 1
    a DET/DT det 3
    motion NOUN/NN dobj 1
    against ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

DID_NOT_BACK = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    back VERB/VB ROOT 3
    a DET/DT det 5
    motion NOUN/NN dobj 3
    to PART/TO aux 7
    admit VERB/VB acl 5
    Doravia PROPN/NNP dobj 7
    . PUNCT/. punct 3
"""

AGAINST_EXTENDING = """
    Castria PROPN/NNP nsubj 1
    voted VERB/VBD ROOT 1
    against ADP/IN prep 1
    a DET/DT det 4
    motion NOUN/NN pobj 2
    to PART/TO aux 6
    extend VERB/VB acl 4
    the DET/DT det 8
    mandate NOUN/NN dobj 6
    of ADP/IN prep 8
    the DET/DT det 11
    Pact PROPN/NNP pobj 9
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("verb", ["admit", "invite", "include"])
def test_voting_against_taking_a_state_in_opposes_it(data_dir: Path, verb: str) -> None:
    doc = parsed(AGAINST_ADMITTING.replace("admit", verb), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_voting_for_taking_a_state_in_backs_it(data_dir: Path) -> None:
    doc = parsed(AGAINST_ADMITTING.replace("against", "for"), [CASTRIA, DORAVIA])
    assert ("Castria", "supports", "Doravia") in relations(doc, str(data_dir))


def test_voting_for_a_condemnation_opposes_whom_it_condemns(data_dir: Path) -> None:
    doc = parsed(FOR_CONDEMNING, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_voting_down_a_condemnation_says_nothing_of_whom_it_condemns(data_dir: Path) -> None:
    found = relations(parsed(FOR_CONDEMNING.replace("for", "against"), [CASTRIA, DORAVIA]), str(data_dir))
    assert not {("Castria", "opposes", "Doravia"), ("Castria", "supports", "Doravia")} & found


def test_opposing_a_proposal_to_invite_a_state_opposes_it_and_its_maker_backs_it(data_dir: Path) -> None:
    found = relations(parsed(OPPOSED_PROPOSAL_BY, [CASTRIA, NORLAND, DORAVIA]), str(data_dir))
    assert {("Castria", "opposes", "Doravia"), ("Norland", "supports", "Doravia")} <= found
    assert ("Castria", "supports", "Doravia") not in found


def test_opposing_a_proposal_to_sanction_a_state_says_nothing_of_it(data_dir: Path) -> None:
    doc = parsed(OPPOSED_PROPOSAL_BY.replace("invite", "sanction"), [CASTRIA, NORLAND, DORAVIA])
    found = relations(doc, str(data_dir))
    assert not {("Castria", "opposes", "Doravia"), ("Castria", "supports", "Doravia")} & found
    assert ("Norland", "opposes", "Doravia") in found


def test_bringing_a_motion_against_a_state_opposes_it(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(TABLED_AGAINST, [CASTRIA, DORAVIA]),
                                                          str(data_dir))


def test_a_denied_backing_takes_no_side(data_dir: Path) -> None:
    found = relations(parsed(DID_NOT_BACK, [CASTRIA, DORAVIA]), str(data_dir))
    assert not {("Castria", "opposes", "Doravia"), ("Castria", "supports", "Doravia")} & found


def test_voting_against_extending_a_mandate_opposes_the_body(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Pact") in relations(parsed(AGAINST_EXTENDING, [CASTRIA, PACT]), str(data_dir))


TABLED_THAT_CONDEMNS = """
    Castria PROPN/NNP nsubj 1
    tabled VERB/VBD ROOT 1
    a DET/DT det 3
    motion NOUN/NN dobj 1
    that PRON/WDT nsubj 5
    condemns VERB/VBZ relcl 3
    Doravia PROPN/NNP dobj 5
    . PUNCT/. punct 1
"""

FOR_IT_AND_AGAINST = """
    Castria PROPN/NNP nsubj 1
    voted VERB/VBD ROOT 1
    for ADP/IN prep 1
    the DET/DT det 4
    motion NOUN/NN pobj 2
    and CCONJ/CC cc 4
    15 NUM/CD conj 4
    against ADP/IN prep 4
    it PRON/PRP pobj 7
    . PUNCT/. punct 1
"""


def test_bringing_a_motion_that_condemns_a_state_opposes_it(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(TABLED_THAT_CONDEMNS, [CASTRIA, DORAVIA]),
                                                          str(data_dir))


def test_a_vote_against_told_after_the_measure_is_no_measure_against_anyone(data_dir: Path) -> None:
    found = relations(parsed(FOR_IT_AND_AGAINST, [CASTRIA]), str(data_dir))
    assert not [edge for edge in found if edge[1] == "opposes"]



COMPOUND_MAKER = """
    Castria PROPN/NNP nsubj 1
    opposed VERB/VBD ROOT 1
    a DET/DT det 4
    Norland PROPN/NNP compound 4
    proposal NOUN/NN dobj 1
    to PART/TO aux 6
    invite VERB/VB acl 4
    Doravia PROPN/NNP dobj 6
    . PUNCT/. punct 1
"""


def test_a_measure_named_by_its_makers_compound_is_theirs(data_dir: Path) -> None:
    found = relations(parsed(COMPOUND_MAKER, [CASTRIA, NORLAND, DORAVIA]), str(data_dir))
    assert {("Norland", "supports", "Doravia"), ("Castria", "opposes", "Doravia")} <= found
