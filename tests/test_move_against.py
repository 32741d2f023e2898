"""A move or a step against someone opposes them, as an action against them does: 'Doravia recognised Vell, in
Castria's boldest move yet against Norland' sets Castria against Norland. Hand-parsed sentence written for the test
(no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

ROWS = """
    Doravia PROPN/NNP nsubj 1
    recognised VERB/VBD ROOT 1
    Vell PROPN/NNP dobj 1
    , PUNCT/, punct 1
    in ADP/IN prep 1
    Castria PROPN/NNP poss 8
    's PART/POS case 5
    boldest ADJ/JJS amod 8
    move NOUN/NN pobj 4
    yet ADV/RB advmod 8
    against ADP/IN prep 8
    Norland PROPN/NNP pobj 10
    . PUNCT/. punct 1
"""


def test_a_move_against_someone_opposes_them(data_dir: Path) -> None:
    ents = [*invented_states("Doravia"), ("Vell", "PERSON", ""), *invented_states("Castria", "Norland")]
    found = relations(parsed(ROWS, ents), str(data_dir))
    assert ("Castria", "opposes", "Norland") in found
