"""Halting what comes from someone, or the visas that let their people in, opposes them: 'Castria halted grain
shipments from Doravia', 'suspended imports of Doravian beef', 'will suspend the issuing of visas to Doravian
citizens'. Not when denied, nor for goods with no origin named. On hand-parsed sentences written for the test
(no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
DORAVIAN = ("Doravian", "STATE", "STATE:XD")

HALTED_SHIPMENTS_FROM = """
    Castria PROPN/NNP nsubj 1
    halted VERB/VBD ROOT 1
    grain NOUN/NN compound 3
    shipments NOUN/NNS dobj 1
    from ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

SUSPENDED_IMPORTS_OF = """
    Castria PROPN/NNP nsubj 1
    suspended VERB/VBD ROOT 1
    imports NOUN/NNS dobj 1
    of ADP/IN prep 2
    Doravian ADJ/JJ amod 5
    beef NOUN/NN pobj 3
    . PUNCT/. punct 1
"""

VISAS_TO_CITIZENS = """
    Castria PROPN/NNP nsubj 2
    will AUX/MD aux 2
    suspend VERB/VB ROOT 2
    the DET/DT det 4
    issuing NOUN/NN dobj 2
    of ADP/IN prep 4
    visas NOUN/NNS pobj 5
    to ADP/IN dative 2
    Doravian ADJ/JJ amod 9
    citizens NOUN/NNS pobj 7
    . PUNCT/. punct 2
"""

DID_NOT_HALT = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    halt VERB/VB ROOT 3
    grain NOUN/NN compound 5
    shipments NOUN/NNS dobj 3
    from ADP/IN prep 5
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 3
"""

HALTED_TALKS_WITH = """
    Castria PROPN/NNP nsubj 1
    halted VERB/VBD ROOT 1
    talks NOUN/NNS dobj 1
    with ADP/IN prep 2
    Doravia PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("rows, ents", [(HALTED_SHIPMENTS_FROM, [CASTRIA, DORAVIA]),
                                        (SUSPENDED_IMPORTS_OF, [CASTRIA, DORAVIAN]),
                                        (VISAS_TO_CITIZENS, [CASTRIA, DORAVIAN])],
                         ids=["shipments from", "imports of Doravian beef", "visas to Doravian citizens"])
def test_halting_what_comes_from_someone_opposes_them(data_dir: Path, rows: str, ents: list) -> None:
    found = relations(parsed(rows, ents), str(data_dir))
    assert any(s == "Castria" and r == "opposes" and t.startswith("Doravia") for s, r, t in found)


@pytest.mark.parametrize("rows", [DID_NOT_HALT, HALTED_TALKS_WITH], ids=["denied", "no goods"])
def test_no_stance_when_denied_or_when_no_goods_are_halted(data_dir: Path, rows: str) -> None:
    assert ("Castria", "opposes", "Doravia") not in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))
