"""Taking a place is against whoever holds it, when the sentence names them ('Castria annexed Doravia's Vell
Peninsula', 'seized Vell from Doravia'); a place is no party of its own, and a denied taking is none. On
hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
VELL = ("Vell Peninsula", "PLACE", "")
VELL_SHORT = ("Vell", "PLACE", "")

ANNEXED_HIS = """
    Castria PROPN/NNP nsubj 1
    annexed VERB/VBD ROOT 1
    Doravia PROPN/NNP poss 5
    's PART/POS case 2
    Vell PROPN/NNP compound 5
    Peninsula PROPN/NNP dobj 1
    . PUNCT/. punct 1
"""

SEIZED_FROM = """
    Castria PROPN/NNP nsubj 1
    seized VERB/VBD ROOT 1
    Vell PROPN/NNP dobj 1
    from ADP/IN prep 1
    Doravia PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""

DID_NOT_ANNEX = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    annex VERB/VB ROOT 3
    Doravia PROPN/NNP poss 7
    's PART/POS case 4
    Vell PROPN/NNP compound 7
    Peninsula PROPN/NNP dobj 3
    . PUNCT/. punct 3
"""


@pytest.mark.parametrize("rows, ents", [(ANNEXED_HIS, [CASTRIA, DORAVIA, VELL]),
                                        (SEIZED_FROM, [CASTRIA, VELL_SHORT, DORAVIA])], ids=["X's place", "from X"])
def test_taking_a_place_opposes_whoever_holds_it(data_dir: Path, rows: str, ents: list) -> None:
    found = relations(parsed(rows, ents), str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert not any(t.startswith("Vell") for _, _, t in found)


def test_a_denied_taking_opposes_no_one(data_dir: Path) -> None:
    found = relations(parsed(DID_NOT_ANNEX, [CASTRIA, DORAVIA, VELL]), str(data_dir))
    assert ("Castria", "opposes", "Doravia") not in found
