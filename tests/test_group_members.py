"""People named as members of a group act for it: 'protesters from the Pell Front attacked Castria's mission'
opposes Castria by the Front; protesters 'from' a state are its people, not the state. Hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations


def attacked(group: str) -> str:
    return f"""
    Protesters NOUN/NNS nsubj 3
    from ADP/IN prep 0
    {group} PROPN/NNP pobj 1
    attacked VERB/VBD ROOT 3
    Castria PROPN/NNP dobj 3
    . PUNCT/. punct 3
"""


def test_protesters_from_an_organisation_act_for_it(data_dir: Path) -> None:
    found = relations(parsed(attacked("Pellfront"), [("Pellfront", "ORG", ""), ("Castria", "STATE", "STATE:XC")]),
                      str(data_dir))
    assert ("Pellfront", "opposes", "Castria") in found


def test_protesters_from_a_state_are_not_the_state(data_dir: Path) -> None:
    found = relations(parsed(attacked("Doravia"), [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]),
                      str(data_dir))
    assert ("Doravia", "opposes", "Castria") not in found


GROUP_OF = """
    A DET/DT det 1
    group NOUN/NN nsubj 6
    of ADP/IN prep 1
    protesters NOUN/NNS pobj 2
    from ADP/IN prep 3
    Pellfront PROPN/NNP pobj 4
    attacked VERB/VBD ROOT 6
    Castria PROPN/NNP dobj 6
    . PUNCT/. punct 6
"""


def test_a_group_of_protesters_from_an_organisation_acts_for_it(data_dir: Path) -> None:
    found = relations(parsed(GROUP_OF, [("Pellfront", "ORG", ""), ("Castria", "STATE", "STATE:XC")]), str(data_dir))
    assert ("Pellfront", "opposes", "Castria") in found
