"""A reaction an act draws is a stance on whose act it is: 'Norland's visit drew condemnation from Doravia' opposes
Norland (the act named with its owner, not only 'the strikes' named before), and 'drew praise from Doravia' backs
Norland. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")]


def drew(noun: str) -> str:
    return f"""
    Norland PROPN/NNP poss 2
    's PART/POS case 0
    visit NOUN/NN nsubj 3
    drew VERB/VBD ROOT 3
    {noun} NOUN/NN dobj 3
    from ADP/IN prep 4
    Doravia PROPN/NNP pobj 5
    . PUNCT/. punct 3
"""


def test_condemnation_drawn_by_an_owned_act_opposes_its_owner(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Norland") in relations(parsed(drew("condemnation"), ENTS), str(data_dir))


def test_praise_drawn_by_an_owned_act_backs_its_owner(data_dir: Path) -> None:
    found = relations(parsed(drew("praise"), ENTS), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found
    assert ("Doravia", "opposes", "Norland") not in found
