"""Help sent or given at someone's request backs them, on hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

STATES = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def test_troops_sent_at_a_states_request_back_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        sent VERB/VBD ROOT 1
        troops NOUN/NNS dobj 1
        at ADP/IN prep 1
        the DET/DT det 5
        request NOUN/NN pobj 3
        of ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_intervening_at_a_states_request_backs_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        intervened VERB/VBD ROOT 1
        at ADP/IN prep 1
        Doravia PROPN/NNP poss 5
        's PART/POS case 3
        request NOUN/NN pobj 2
        . PUNCT/. punct 1
    """, STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_forces_deployed_in_response_to_a_request_back_who_asked(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        deployed VERB/VBD ROOT 1
        forces NOUN/NNS dobj 1
        in ADP/IN prep 1
        response NOUN/NN pobj 3
        to ADP/IN prep 4
        a DET/DT det 7
        request NOUN/NN pobj 5
        by ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_troops_not_sent_at_a_request_back_no_one(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        send VERB/VB ROOT 3
        troops NOUN/NNS dobj 3
        at ADP/IN prep 3
        the DET/DT det 7
        request NOUN/NN pobj 5
        of ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 3
    """, STATES)
    assert relations(doc, str(data_dir)) == set()
