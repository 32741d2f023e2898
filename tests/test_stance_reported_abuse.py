"""A speaker who says someone abuses, exploits or manipulates something charges them ('"X is abusing its ties
with Y," Z said'), while the writer's own 'X is exploiting its oil fields' charges no one; on hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, ODELL = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Odell", "PERSON", "")


@pytest.mark.parametrize("verb", ["abusing", "exploiting", "manipulating"])
def test_a_reported_abuse_is_the_speakers_charge(data_dir: Path, verb: str) -> None:
    doc = parsed(f"""
        " PUNCT/`` punct 11
        Castria PROPN/NNP nsubj 3
        is AUX/VBZ aux 3
        {verb} VERB/VBG ccomp 11
        its PRON/PRP$ poss 5
        ties NOUN/NNS dobj 3
        with ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        , PUNCT/, punct 11
        " PUNCT/'' punct 11
        Odell PROPN/NNP nsubj 11
        said VERB/VBD ROOT 11
        . PUNCT/. punct 11
    """, [CASTRIA, DORAVIA, ODELL])
    found = relations(doc, str(data_dir))
    assert ("Odell", "opposes", "Castria") in found
    assert ("Odell", "opposes", "Doravia") not in found


def test_the_writers_own_exploiting_charges_no_one(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        exploiting VERB/VBG ROOT 2
        its PRON/PRP$ poss 5
        oil NOUN/NN compound 5
        fields NOUN/NNS dobj 2
        . PUNCT/. punct 2
    """, [CASTRIA])
    assert relations(doc, str(data_dir)) == set()
