"""A finite clause has a subject of its own: in 'Doravia pushed back after the second country made a decision to
back Norland', parsed with 'country' as the object of 'after', the decision is not Doravia's; a participle
('Doravia pushed back, backing Norland') is its subject's. Hand-parsed sentences written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

FINITE = """
    Doravia PROPN/NNP nsubj 1
    pushed VERB/VBD ROOT 1
    back ADV/RB advmod 1
    after ADP/IN prep 1
    the DET/DT det 6
    second ADJ/JJ amod 6
    country NOUN/NN pobj 3
    made VERB/VBD advcl 1
    a DET/DT det 9
    decision NOUN/NN dobj 7
    to PART/TO aux 11
    back VERB/VB acl 9
    Norland PROPN/NNP dobj 11
    . PUNCT/. punct 1
"""

PARTICIPLE = """
    Doravia PROPN/NNP nsubj 1
    pushed VERB/VBD ROOT 1
    back ADV/RB advmod 1
    , PUNCT/, punct 1
    backing VERB/VBG advcl 1
    Norland PROPN/NNP dobj 4
    . PUNCT/. punct 1
"""


def test_a_finite_clause_without_its_subject_is_not_the_main_subjects(data_dir: Path) -> None:
    found = relations(parsed(FINITE, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") not in found


def test_a_participle_is_its_main_subjects(data_dir: Path) -> None:
    found = relations(parsed(PARTICIPLE, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found
