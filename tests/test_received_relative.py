"""What a relative clause says is received names its giver: 'the support the Pell Front receives from Doravia',
'the weapons the Front gets from Doravia' (Doravia backs the Front); not a purchase of goods. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Pellfront", "ORG", ""), ("Doravia", "STATE", "STATE:XD")]


def received(noun: str, verb: str) -> str:
    return f"""
    Pellfront PROPN/NNP nsubj 1
    depends VERB/VBZ ROOT 1
    on ADP/IN prep 1
    the DET/DT det 4
    {noun} NOUN/NN pobj 2
    it PRON/PRP nsubj 6
    {verb} VERB/VBZ relcl 4
    from ADP/IN prep 6
    Doravia PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""


def test_support_received_in_a_relative_clause_names_its_giver(data_dir: Path) -> None:
    found = relations(parsed(received("support", "receives"), ENTS), str(data_dir))
    assert ("Doravia", "supports", "Pellfront") in found


def test_gas_bought_in_a_relative_clause_is_trade(data_dir: Path) -> None:
    found = relations(parsed(received("gas", "buys"), ENTS), str(data_dir))
    assert ("Doravia", "supports", "Pellfront") not in found
