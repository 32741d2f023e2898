"""Gifting arms or goods to someone backs them, as donating does ('Doravia gifted two helicopters to Castria'); a
participle with its 'by' agent is read as a passive where the parser missed it ('the weapons gifted to Castria by
Doravia are outdated'). Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

GIFTED = """
    Doravia PROPN/NNP nsubj 1
    gifted VERB/VBD ROOT 1
    two NUM/CD nummod 3
    helicopters NOUN/NNS dobj 1
    to ADP/IN prep 1
    Castria PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

MISSED_PASSIVE = """
    The DET/DT det 1
    weapons NOUN/NNS nsubj 2
    gifted VERB/VBN ccomp 9
    to ADP/IN prep 2
    Castria PROPN/NNP pobj 3
    by ADP/IN agent 2
    Doravia PROPN/NNP pobj 5
    are AUX/VBP auxpass 9
    now ADV/RB advmod 9
    outdated VERB/VBN ROOT 9
    . PUNCT/. punct 9
"""


def test_gifting_helicopters_backs_the_receiver(data_dir: Path) -> None:
    ents = [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]
    assert ("Doravia", "supports", "Castria") in relations(parsed(GIFTED, ents), str(data_dir))


def test_a_by_agent_names_the_giver_where_the_parser_missed_the_passive(data_dir: Path) -> None:
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    assert ("Doravia", "supports", "Castria") in relations(parsed(MISSED_PASSIVE, ents), str(data_dir))
