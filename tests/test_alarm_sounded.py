"""Sounding or raising the alarm about something opposes it, and a pact's alarm its parties: 'Castria sounded the
alarm about the pact between Doravia and Norland'; not when the alarm is not raised. Hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]

SOUNDED = """
    Castria PROPN/NNP nsubj 1
    sounded VERB/VBD ROOT 1
    the DET/DT det 3
    alarm NOUN/NN dobj 1
    about ADP/IN prep 3
    the DET/DT det 6
    pact NOUN/NN pobj 4
    between ADP/IN prep 6
    Doravia PROPN/NNP pobj 7
    and CCONJ/CC cc 8
    Norland PROPN/NNP conj 8
    . PUNCT/. punct 1
"""

NOT_RAISED = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    raise VERB/VB ROOT 3
    the DET/DT det 5
    alarm NOUN/NN dobj 3
    over ADP/IN prep 5
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 3
"""


def test_sounding_the_alarm_about_a_pact_opposes_its_parties(data_dir: Path) -> None:
    found = relations(parsed(SOUNDED, ENTS), str(data_dir))
    assert {("Castria", "opposes", "Doravia"), ("Castria", "opposes", "Norland")} <= found


def test_not_raising_the_alarm_opposes_no_one(data_dir: Path) -> None:
    assert not any(r == "opposes" for _, r, _ in relations(parsed(NOT_RAISED, ENTS[:2]), str(data_dir)))
