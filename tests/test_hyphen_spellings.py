"""A name of two or more words typed once ('Red Pell') is the same name written with hyphens ('Red-Pell') where
no entity covers that spelling; a hyphenated pair of other words is not. Hand-parsed text written for the test
(no trained model), with invented names."""

from __future__ import annotations

from nlp.span_repair import hyphen_spellings
from tests.handmade import parsed

ROWS = """
    Red PROPN/NNP compound 1
    Pell PROPN/NNP nsubj 2
    spoke VERB/VBD ROOT 2
    . PUNCT/. punct 2
    The DET/DT det 8
    Red PROPN/NNP compound 7
    - PUNCT/HYPH punct 7
    Pell PROPN/NNP compound 8
    group NOUN/NN nsubj 9
    left VERB/VBD ROOT 9
    . PUNCT/. punct 9
"""


def test_a_hyphenated_spelling_of_a_known_name_is_that_name() -> None:
    doc = parsed(ROWS, [("Red Pell", "ORG", "")])
    assert [(s.text, s.label_) for s in hyphen_spellings(doc, list(doc.ents))] == [("Red-Pell", "ORG")]


def test_other_hyphenated_words_are_no_name() -> None:
    doc = parsed(ROWS.replace("Red PROPN/NNP compound 7", "Blue PROPN/NNP compound 7"), [("Red Pell", "ORG", "")])
    assert hyphen_spellings(doc, list(doc.ents)) == []
