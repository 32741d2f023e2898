"""Two person names side by side with nothing between, the first parsed as part of the second ('Arlo Bren' +
'Lina Moor' cut by the model from one name), are one name; two people merely adjacent are not. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from nlp.span_repair import joined_person_halves
from tests.handmade import parsed

ONE_NAME = """
    President PROPN/NNP compound 4
    Arlo PROPN/NNP compound 2
    Bren PROPN/NNP compound 4
    Lina PROPN/NNP compound 4
    Moor PROPN/NNP nsubj 5
    spoke VERB/VBD ROOT 5
    . PUNCT/. punct 5
"""

TWO_PEOPLE = """
    Arlo PROPN/NNP compound 1
    Bren PROPN/NNP dative 4
    Lina PROPN/NNP compound 3
    Moor PROPN/NNP nsubj 4
    thanked VERB/VBD ROOT 4
    . PUNCT/. punct 4
"""


def test_halves_of_one_name_are_joined() -> None:
    doc = parsed(ONE_NAME, [("Arlo Bren", "PERSON", ""), ("Lina Moor", "PERSON", "")])
    assert [s.text for s in joined_person_halves(doc, list(doc.ents))] == ["Arlo Bren Lina Moor"]


def test_two_adjacent_people_stay_apart() -> None:
    doc = parsed(TWO_PEOPLE, [("Arlo Bren", "PERSON", ""), ("Lina Moor", "PERSON", "")])
    assert [s.text for s in joined_person_halves(doc, list(doc.ents))] == ["Arlo Bren", "Lina Moor"]
