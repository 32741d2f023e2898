"""Troops sent to a place to help back the state or body there; not when the help has its own object."""

from __future__ import annotations

from tests.handmade import parsed, relations

SENT = """
    Castria PROPN/NNP nsubj 1
    sent VERB/VBD ROOT 1
    troops NOUN/NNS dobj 1
    to ADP/IN dative 1
    Doravia PROPN/NNP pobj 3
    to PART/TO aux 6
    help VERB/VB advcl 1
    counter VERB/VB xcomp 6
    the DET/DT det 9
    rebels NOUN/NNS dobj 7
    . PUNCT/. punct 1
"""

HELPING_OTHERS = """
    Castria PROPN/NNP nsubj 1
    sent VERB/VBD ROOT 1
    troops NOUN/NNS dobj 1
    to ADP/IN dative 1
    Doravia PROPN/NNP pobj 3
    to PART/TO aux 6
    help VERB/VB advcl 1
    the DET/DT det 8
    separatists NOUN/NNS dobj 6
    . PUNCT/. punct 1
"""

NOT_SENT = """
    Castria PROPN/NNP nsubj 3
    has AUX/VBZ aux 3
    not PART/RB neg 3
    sent VERB/VBN ROOT 3
    troops NOUN/NNS dobj 3
    to ADP/IN dative 3
    Doravia PROPN/NNP pobj 5
    to PART/TO aux 8
    help VERB/VB advcl 3
    . PUNCT/. punct 3
"""

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def test_troops_sent_to_help_back_the_state_they_go_to(data_dir) -> None:
    assert ("Castria", "supports", "Doravia") in relations(parsed(SENT, ENTS), str(data_dir))


def test_troops_sent_to_help_someone_else_back_no_one_there(data_dir) -> None:
    assert ("Castria", "supports", "Doravia") not in relations(parsed(HELPING_OTHERS, ENTS), str(data_dir))


def test_troops_not_sent_back_no_one(data_dir) -> None:
    assert ("Castria", "supports", "Doravia") not in relations(parsed(NOT_SENT, ENTS), str(data_dir))
