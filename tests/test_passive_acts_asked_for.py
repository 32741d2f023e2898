"""A passive hostile act with no agent, asked for or demanded, is the stance of whoever asks for it: 'Doravia
called for Pell to be detained' opposes Pell; not when the call is denied, nor when it is only reported ('said Pell
was arrested'). Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Pell", "PERSON", "")]

CALLED_FOR = """
    Doravia PROPN/NNP nsubj 2
    has AUX/VBZ aux 2
    called VERB/VBN ROOT 2
    for SCONJ/IN mark 7
    Pell PROPN/NNP nsubjpass 7
    to PART/TO aux 7
    be AUX/VB auxpass 7
    detained VERB/VBN advcl 2
    . PUNCT/. punct 2
"""

DID_NOT_CALL = """
    Doravia PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    call VERB/VB ROOT 3
    for SCONJ/IN mark 8
    Pell PROPN/NNP nsubjpass 8
    to PART/TO aux 8
    be AUX/VB auxpass 8
    detained VERB/VBN advcl 3
    . PUNCT/. punct 3
"""

SAID = """
    Doravia PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Pell PROPN/NNP nsubjpass 4
    was AUX/VBD auxpass 4
    arrested VERB/VBN ccomp 1
    . PUNCT/. punct 1
"""


def test_a_passive_arrest_called_for_is_the_callers_stance(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Pell") in relations(parsed(CALLED_FOR, ENTS), str(data_dir))


def test_a_call_denied_is_no_stance(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Pell") not in relations(parsed(DID_NOT_CALL, ENTS), str(data_dir))


def test_an_arrest_reported_is_not_the_reporters(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Pell") not in relations(parsed(SAID, ENTS), str(data_dir))
