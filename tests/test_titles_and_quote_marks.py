"""A capitalised title whose phrase ends in a person's name is that person ('Minister of State for Foreign Affairs
Anna Kovar wrote'), and two single closing marks close a double quotation ('“...,’’ X wrote'); on hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from nlp.discourse import find_quotes
from tests.handmade import parsed, relations

DORAVIA, KOVAR = ("Doravia", "STATE", "STATE:XD"), ("Anna Kovar", "PERSON", "")


def test_a_title_whose_phrase_ends_in_a_name_is_that_person(data_dir: Path) -> None:
    doc = parsed("""
        Minister PROPN/NNP nsubj 8
        of ADP/IN prep 0
        State PROPN/NNP pobj 1
        for ADP/IN prep 0
        Foreign PROPN/NNP compound 5
        Affairs PROPN/NNPS compound 7
        Anna PROPN/NNP compound 7
        Kovar PROPN/NNP pobj 3
        condemned VERB/VBD ROOT 8
        Doravia PROPN/NNP dobj 8
        . PUNCT/. punct 8
    """, [KOVAR, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "opposes", "Doravia")}


def test_two_single_closing_marks_close_a_double_quotation() -> None:
    text = "“The seizure is regrettable,’’ Kovar wrote. Castria said “no” to it."
    assert [text[a:b] for a, b in find_quotes(text)] == ["“The seizure is regrettable,’’", "“no”"]
    plain = "He said “it is the country’s right” and left."
    assert [plain[a:b] for a, b in find_quotes(plain)] == ["“it is the country’s right”"]
