"""Shows of force: military exercises held around, off or against a party oppose it (CAMEO 15, exhibit force
posture); a place they are held off is no party."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

STATES = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def test_drills_around_a_state_oppose_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        held VERB/VBD ROOT 1
        drills NOUN/NNS dobj 1
        around ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_drills_off_a_place_oppose_no_one(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        held VERB/VBD ROOT 1
        drills NOUN/NNS dobj 1
        off ADP/IN prep 2
        Nesby PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Nesby", "PLACE", "PLACE:NESBY")])
    assert relations(doc, str(data_dir)) == set()
