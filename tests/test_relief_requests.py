"""Asking for pressure on a side to end supports that side: 'called for the sanctions imposed on X to be lifted'
(the pressure is the subject 'for' gives the infinitive, and what it was imposed on is its target), 'demanded an
end to sanctions against X'. Never read as the pressure itself. On hand-parsed sentences (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")


def test_a_call_for_sanctions_to_be_lifted_supports_their_target(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        for ADP/IN prep 1
        the DET/DT det 4
        sanctions NOUN/NNS pobj 2
        imposed VERB/VBN acl 4
        on ADP/IN prep 5
        Castria PROPN/NNP pobj 6
        to PART/TO aux 10
        be AUX/VB auxpass 10
        lifted VERB/VBN xcomp 1
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA])
    found = relations(doc, str(data_dir))
    assert ("Norland", "supports", "Castria") in found
    assert ("Norland", "opposes", "Castria") not in found


def test_a_call_for_sanctions_to_be_tightened_is_no_relief(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        for ADP/IN prep 1
        the DET/DT det 4
        sanctions NOUN/NNS pobj 2
        on ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        to PART/TO aux 9
        be AUX/VB auxpass 9
        tightened VERB/VBN xcomp 1
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA])
    assert ("Norland", "supports", "Castria") not in relations(doc, str(data_dir))


def test_a_demand_for_an_end_to_sanctions_supports_their_target(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        demanded VERB/VBD ROOT 1
        an DET/DT det 3
        end NOUN/NN dobj 1
        to ADP/IN prep 3
        sanctions NOUN/NNS pobj 4
        against ADP/IN prep 5
        Castria PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA])
    found = relations(doc, str(data_dir))
    assert ("Norland", "supports", "Castria") in found
    assert ("Norland", "opposes", "Castria") not in found
