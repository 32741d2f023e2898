"""Backing someone's measure against a third is backing them and opposing the third: 'backed the Pact's
sanctions against Doravia', 'backed the Pact's lawsuit against Doravia' (not opposing the Pact, whose measure it
is). On hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
PACT = ("Pact", "ORG", "ORG:XPACT")


def _backed(measure: str, data_dir: Path) -> set[tuple[str, str, str]]:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        the DET/DT det 3
        Pact PROPN/NNP poss 5
        's PART/POS case 3
        {measure} NOUN/NNS dobj 1
        against ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [CASTRIA, PACT, DORAVIA])
    return relations(doc, str(data_dir))


def test_backing_anothers_sanctions_opposes_their_target_not_their_owner(data_dir: Path) -> None:
    found = _backed("sanctions", data_dir)
    assert {("Castria", "supports", "Pact"), ("Castria", "opposes", "Doravia")} <= found
    assert ("Castria", "opposes", "Pact") not in found


def test_backing_anothers_lawsuit_opposes_its_target(data_dir: Path) -> None:
    found = _backed("lawsuit", data_dir)
    assert {("Castria", "supports", "Pact"), ("Castria", "opposes", "Doravia"), ("Pact", "opposes", "Doravia")} <= found

