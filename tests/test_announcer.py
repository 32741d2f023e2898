"""A speaker who acts for the state that holds a stance announces it and holds it too ('Castrian Prime Minister
Kovar said Castria would impose sanctions on Doravia'), on hand-parsed sentences (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
CASTRIAN, KOVAR = ("Castrian", "STATE", "STATE:XC"), ("Anna Kovar", "PERSON", "")


def _said(subject: str, speaker: str = "Castrian") -> str:
    return f"""
        {speaker} ADJ/JJ amod 4
        Prime PROPN/NNP compound 2
        Minister PROPN/NNP compound 4
        Anna PROPN/NNP compound 4
        Kovar PROPN/NNP nsubj 5
        said VERB/VBD ROOT 5
        {subject} PROPN/NNP nsubj 8
        would AUX/MD aux 8
        impose VERB/VB ccomp 5
        sanctions NOUN/NNS dobj 8
        on ADP/IN prep 8
        Doravia PROPN/NNP pobj 10
        . PUNCT/. punct 5
    """


def test_a_leader_announcing_her_states_sanctions_holds_them_too(data_dir: Path) -> None:
    doc = parsed(_said("Castria"), [CASTRIAN, KOVAR, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Anna Kovar", "opposes", "Doravia"),
                                             ("Anna Kovar", "affiliated_with", "Castrian")}


def test_a_speaker_reporting_another_states_sanctions_does_not_hold_them(data_dir: Path) -> None:
    norland = ("Norland", "STATE", "STATE:XN")
    doc = parsed(_said("Norland"), [CASTRIAN, KOVAR, norland, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Norland", "opposes", "Doravia"),
                                             ("Anna Kovar", "affiliated_with", "Castrian")}


def test_a_speaker_is_never_set_against_her_own_state(data_dir: Path) -> None:
    # a clause misread as her state's stance toward itself ("they will regret it") gives her none either
    doc = parsed(_said("Castria").replace("Doravia PROPN", "Castria PROPN"), [CASTRIAN, KOVAR, CASTRIA, CASTRIA])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "affiliated_with", "Castrian")}
