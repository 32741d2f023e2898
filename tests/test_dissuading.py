"""Asking someone not to do what they mean to do opposes them ('Castria urged Doravia not to hold the vote',
'demanded that Doravia not hold it'), as asking a wrongdoer to mend its ways does ('urged Doravia to respect
the truce'); pleas to keep on ('not to withdraw its troops', 'not to ignore the crisis') and plain requests ('to
join the pact') do not. On hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")

URGED_NOT = """
    Castria PROPN/NNP nsubj 1
    urged VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    not PART/RB neg 5
    to PART/TO aux 5
    hold VERB/VB xcomp 1
    the DET/DT det 7
    vote NOUN/NN dobj 5
    . PUNCT/. punct 1
"""

DEMANDED_THAT_NOT = """
    Castria PROPN/NNP nsubj 1
    demanded VERB/VBD ROOT 1
    that SCONJ/IN mark 5
    Doravia PROPN/NNP nsubj 5
    not PART/RB neg 5
    hold VERB/VB ccomp 1
    the DET/DT det 7
    vote NOUN/NN dobj 5
    . PUNCT/. punct 1
"""

NEVER_URGED = """
    Castria PROPN/NNP nsubj 2
    never ADV/RB neg 2
    urged VERB/VBD ROOT 2
    Doravia PROPN/NNP dobj 2
    not PART/RB neg 6
    to PART/TO aux 6
    hold VERB/VB xcomp 2
    the DET/DT det 8
    vote NOUN/NN dobj 6
    . PUNCT/. punct 2
"""

URGED_TO = """
    Castria PROPN/NNP nsubj 1
    urged VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    to PART/TO aux 4
    respect VERB/VB xcomp 1
    the DET/DT det 6
    truce NOUN/NN dobj 4
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("verb", ["urged", "pressed", "asked", "told"])
@pytest.mark.parametrize("act", ["hold", "pass", "sign"])
def test_asking_a_state_not_to_act_opposes_it(data_dir: Path, verb: str, act: str) -> None:
    doc = parsed(URGED_NOT.replace("urged", verb).replace("hold", act), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_demanding_that_a_state_not_act_opposes_it(data_dir: Path) -> None:
    doc = parsed(DEMANDED_THAT_NOT, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


@pytest.mark.parametrize("act", ["withdraw", "leave", "ignore", "forget", "abandon"])
def test_a_plea_to_keep_on_opposes_no_one(data_dir: Path, act: str) -> None:
    doc = parsed(URGED_NOT.replace("hold", act), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_a_negated_plea_opposes_no_one(data_dir: Path) -> None:
    doc = parsed(NEVER_URGED, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


@pytest.mark.parametrize("act", ["respect", "scrap", "correct", "abandon"])
def test_asking_a_state_to_mend_its_ways_opposes_it(data_dir: Path, act: str) -> None:
    doc = parsed(URGED_TO.replace("respect", act), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


@pytest.mark.parametrize("act", ["join", "host", "sign"])
def test_a_plain_request_opposes_no_one(data_dir: Path, act: str) -> None:
    doc = parsed(URGED_TO.replace("respect", act), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


URGED_BOTH = """
    Norland PROPN/NNP nsubj 1
    urged VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    and CCONJ/CC cc 2
    Doravia PROPN/NNP conj 2
    to PART/TO aux 6
    refrain VERB/VB xcomp 1
    from ADP/IN prep 6
    escalation NOUN/NN pobj 7
    . PUNCT/. punct 1
"""

URGED_ONE = """
    Norland PROPN/NNP nsubj 1
    urged VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    to PART/TO aux 4
    refrain VERB/VB xcomp 1
    from ADP/IN prep 4
    escalation NOUN/NN pobj 5
    . PUNCT/. punct 1
"""

ABOUT_A_THIRD = """
    Norland PROPN/NNP nsubj 1
    urged VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    not PART/RB neg 5
    to PART/TO aux 5
    sell VERB/VB xcomp 1
    jets NOUN/NNS dobj 5
    to ADP/IN prep 5
    Doravia PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""

TOLD_THAT = """
    Norland PROPN/NNP nsubj 1
    told VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    that SCONJ/IN mark 6
    they PRON/PRP nsubj 6
    did AUX/VBD aux 6
    not PART/RB neg 6
    agree VERB/VB ccomp 1
    . PUNCT/. punct 1
"""

NORLAND = ("Norland", "STATE", "STATE:XN")


def test_restraint_asked_of_both_sides_is_even_handed(data_dir: Path) -> None:
    found = relations(parsed(URGED_BOTH, [NORLAND, CASTRIA, DORAVIA]), str(data_dir))
    assert not {("Norland", "opposes", "Castria"), ("Norland", "opposes", "Doravia")} & found
    assert ("Norland", "opposes", "Castria") in relations(parsed(URGED_ONE, [NORLAND, CASTRIA]), str(data_dir))


def test_asking_not_to_act_toward_a_third_party_opposes_no_one_asked(data_dir: Path) -> None:
    found = relations(parsed(ABOUT_A_THIRD, [NORLAND, CASTRIA, DORAVIA]), str(data_dir))
    assert ("Norland", "opposes", "Castria") not in found


def test_telling_what_someone_did_not_do_is_no_demand(data_dir: Path) -> None:
    found = relations(parsed(TOLD_THAT, [NORLAND, CASTRIA]), str(data_dir))
    assert ("Norland", "opposes", "Castria") not in found
