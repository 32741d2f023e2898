"""'Doravia is sanctioning Norland's officials. The sanctions also target Vell, the head of Z; Pell, an official; and
Kell': a definite act noun as a clause's subject is the act named before by the same word, so Doravia targets Vell,
and the list's items the parser hung on the subject are targets too. 'Among those penalized are Vell, the head of
Z, and Pell': Doravia penalized both. Hand-parsed sentences written for the test (no trained model), with invented
names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

SANCTIONING = """
    Doravia PROPN/NNP nsubj 2
    is AUX/VBZ aux 2
    sanctioning VERB/VBG ROOT 2
    Norland PROPN/NNP poss 5
    's PART/POS case 3
    officials NOUN/NNS dobj 2
    . PUNCT/. punct 2
"""

TARGETED = SANCTIONING + """
    The DET/DT det 8
    sanctions NOUN/NNS nsubj 10
    also ADV/RB advmod 10
    target VERB/VBP ROOT 10
    Vell PROPN/NNP dobj 10
    , PUNCT/, punct 11
    the DET/DT det 14
    head NOUN/NN appos 11
    of ADP/IN prep 14
    Zorn PROPN/NNP pobj 15
    ; PUNCT/: punct 10
    Pell PROPN/NNP appos 8
    , PUNCT/, punct 18
    an DET/DT det 21
    official NOUN/NN appos 18
    ; PUNCT/: punct 18
    and CCONJ/CC cc 18
    Kell PROPN/NNP conj 18
    . PUNCT/. punct 10
"""

AMONG = SANCTIONING + """
    Among ADP/IN prep 10
    those PRON/DT pobj 7
    penalized VERB/VBN acl 8
    are AUX/VBP ROOT 10
    Vell PROPN/NNP nsubj 10
    , PUNCT/, punct 11
    the DET/DT det 14
    head NOUN/NN appos 11
    of ADP/IN prep 14
    Zorn PROPN/NNP pobj 15
    , PUNCT/, punct 14
    and CCONJ/CC cc 14
    Pell PROPN/NNP conj 14
    . PUNCT/. punct 10
"""

PEOPLE = [("Vell", "PERSON", ""), ("Zorn", "ORG", ""), ("Pell", "PERSON", ""), ("Kell", "PERSON", "")]


def test_the_sanctions_named_before_are_their_makers_act(data_dir: Path) -> None:
    found = relations(parsed(TARGETED, [*invented_states("Doravia", "Norland"), *PEOPLE]), str(data_dir))
    assert ("Doravia", "opposes", "Vell") in found
    assert ("Pell", "opposes", "Vell") not in found


def test_list_items_hung_on_the_subject_are_targets(data_dir: Path) -> None:
    found = relations(parsed(TARGETED, [*invented_states("Doravia", "Norland"), *PEOPLE]), str(data_dir))
    assert {("Doravia", "opposes", "Pell"), ("Doravia", "opposes", "Kell")} <= found


def test_those_penalized_are_each_item_of_the_list(data_dir: Path) -> None:
    found = relations(parsed(AMONG, [*invented_states("Doravia", "Norland"), *PEOPLE[:3]]), str(data_dir))
    assert {("Doravia", "opposes", "Vell"), ("Doravia", "opposes", "Pell")} <= found
