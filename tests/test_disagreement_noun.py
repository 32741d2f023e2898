"""'Doravia expressed its disagreement with the sanctions recommended by Norland': disagreement and dissatisfaction
with someone, or with what they did, oppose them, as displeasure does. Hand-parsed sentences written for the test
(no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

DISAGREEMENT = """
    Doravia PROPN/NNP nsubj 1
    expressed VERB/VBD ROOT 1
    its PRON/PRP$ poss 3
    disagreement NOUN/NN dobj 1
    with ADP/IN prep 3
    the DET/DT det 6
    sanctions NOUN/NNS pobj 4
    recommended VERB/VBN acl 6
    by ADP/IN agent 7
    Norland PROPN/NNP pobj 8
    . PUNCT/. punct 1
"""

DISSATISFACTION = """
    Doravia PROPN/NNP nsubj 1
    voiced VERB/VBD ROOT 1
    dissatisfaction NOUN/NN dobj 1
    with ADP/IN prep 2
    Norland PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""


def test_disagreement_with_an_act_opposes_its_author(data_dir: Path) -> None:
    found = relations(parsed(DISAGREEMENT, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_dissatisfaction_with_a_state_opposes_it(data_dir: Path) -> None:
    found = relations(parsed(DISSATISFACTION, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found
