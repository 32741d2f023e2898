"""A verbless heading line ('Pact Between Norland And Castria') names a topic and asserts no stance; the same
pact in a sentence of the body ('The pact between Norland and Castria holds.') still ties the two. Hand-parsed
text written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

HEADING = """
    Pact NOUN/NN ROOT 0
    Between ADP/IN prep 0
    Norland PROPN/NNP pobj 1
    And CCONJ/CC cc 2
    Castria PROPN/NNP conj 2
"""

SENTENCE = """
    The DET/DT det 1
    pact NOUN/NN nsubj 6
    between ADP/IN prep 1
    Norland PROPN/NNP pobj 2
    and CCONJ/CC cc 3
    Castria PROPN/NNP conj 3
    holds VERB/VBZ ROOT 6
    . PUNCT/. punct 6
"""


def test_a_verbless_heading_asserts_no_stance(data_dir: Path) -> None:
    assert not any(r in {"supports", "opposes"} for _, r, _ in relations(parsed(HEADING, ENTS), str(data_dir)))


def test_the_same_pact_in_a_sentence_ties_the_parties(data_dir: Path) -> None:
    assert ("Norland", "supports", "Castria") in relations(parsed(SENTENCE, ENTS), str(data_dir))
