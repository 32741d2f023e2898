"""Whose act or measure it is: a motion led by X is X's when it is critical of Y; a noun joined to the patients of
an act ('the expulsion of Doravian diplomats and sanctions against X') takes no holder from them. On hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")


def test_a_motion_led_by_x_critical_of_y_is_xs_stance(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        motion NOUN/NN nsubj 5
        led VERB/VBN acl 1
        by ADP/IN agent 2
        Castria PROPN/NNP pobj 3
        was AUX/VBD ROOT 5
        critical ADJ/JJ acomp 5
        of ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 5
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_sanctions_joined_to_expelled_diplomats_are_not_the_diplomats_states(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        announced VERB/VBD ROOT 1
        the DET/DT det 3
        expulsion NOUN/NN dobj 1
        of ADP/IN prep 3
        Doravian ADJ/JJ amod 6
        diplomats NOUN/NNS pobj 4
        and CCONJ/CC cc 6
        sanctions NOUN/NNS conj 6
        against ADP/IN prep 8
        Norland PROPN/NNP pobj 9
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 13
        denounced VERB/VBD ROOT 13
        the DET/DT det 15
        actions NOUN/NNS dobj 13
        . PUNCT/. punct 13
    """, [CASTRIA, ("Doravian", "STATE", "STATE:XD"), NORLAND, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Doravian", "opposes", "Norland") not in found
    assert ("Doravia", "opposes", "Doravian") not in found
