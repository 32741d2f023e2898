"""A counted plural spelled out by the next sentence: 'The three lawmakers were critics of X. They included A,
B and C.' makes A, B and C critics of X, when the names are as many as counted. On hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA = ("Castria", "STATE", "STATE:XC")
PEOPLE = [("Ana Lind", "PERSON", ""), ("Bo Ek", "PERSON", ""), ("Cy Oda", "PERSON", "")]

ROWS = """
    The DET/DT det 2
    three NUM/CD nummod 2
    lawmakers NOUN/NNS nsubj 3
    were AUX/VBD ROOT 3
    critics NOUN/NNS attr 3
    of ADP/IN prep 4
    Castria PROPN/NNP pobj 5
    . PUNCT/. punct 3
    They PRON/PRP nsubj 9
    included VERB/VBD ROOT 9
    former ADJ/JJ amod 11
    minister NOUN/NN compound 13
    Ana PROPN/NNP compound 13
    Lind PROPN/NNP dobj 9
    , PUNCT/, punct 13
    Bo PROPN/NNP compound 16
    Ek PROPN/NNP conj 13
    and CCONJ/CC cc 16
    Cy PROPN/NNP compound 19
    Oda PROPN/NNP conj 16
    . PUNCT/. punct 9
"""


def test_the_next_sentence_names_the_counted_critics(data_dir: Path) -> None:
    found = relations(parsed(ROWS, [CASTRIA, *PEOPLE]), str(data_dir))
    assert {("Ana Lind", "opposes", "Castria"), ("Bo Ek", "opposes", "Castria"),
            ("Cy Oda", "opposes", "Castria")} <= found


def test_a_list_of_another_size_is_not_the_group(data_dir: Path) -> None:
    found = relations(parsed(ROWS.replace("three NUM/CD", "four NUM/CD"), [CASTRIA, *PEOPLE]), str(data_dir))
    assert not {r for r in found if r[1] == "opposes"}


def test_a_next_sentence_that_does_not_list_them_is_not_the_group(data_dir: Path) -> None:
    rows = ROWS.replace("They PRON/PRP nsubj 9", "Critics PRON/PRP nsubj 9")
    found = relations(parsed(rows, [CASTRIA, *PEOPLE]), str(data_dir))
    assert not {r for r in found if r[1] == "opposes"}
