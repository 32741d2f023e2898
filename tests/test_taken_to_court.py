"""Taking someone to a court or a dispute body opposes them ('Castria will take Doravia to the International
Court of Justice', 'took Doravia to court', 'Doravia was hauled before the tribunal by Castria'); taking a case
there, or saying one will not, opposes no one. Downing someone's aircraft attacks them. On hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
COURT = ("International Court of Justice", "ORG", "")

TAKE_TO_THE_COURT = """
    Castria PROPN/NNP nsubj 2
    will AUX/MD aux 2
    take VERB/VB ROOT 2
    Doravia PROPN/NNP dobj 2
    to ADP/IN prep 2
    the DET/DT det 7
    International PROPN/NNP compound 7
    Court PROPN/NNP pobj 4
    of ADP/IN prep 7
    Justice PROPN/NNP pobj 8
    . PUNCT/. punct 2
"""

TOOK_TO_COURT = """
    Castria PROPN/NNP nsubj 1
    took VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    to ADP/IN prep 1
    court NOUN/NN pobj 3
    . PUNCT/. punct 1
"""

HAULED_BEFORE = """
    Doravia PROPN/NNP nsubjpass 2
    was AUX/VBD auxpass 2
    hauled VERB/VBN ROOT 2
    before ADP/IN prep 2
    the DET/DT det 5
    tribunal NOUN/NN pobj 3
    by ADP/IN agent 2
    Castria PROPN/NNP pobj 6
    . PUNCT/. punct 2
"""

WILL_NOT_TAKE = """
    Castria PROPN/NNP nsubj 3
    will AUX/MD aux 3
    not PART/RB neg 3
    take VERB/VB ROOT 3
    Doravia PROPN/NNP dobj 3
    to ADP/IN prep 3
    court NOUN/NN pobj 5
    . PUNCT/. punct 3
"""

TOOK_TO_THE_CAPITAL = """
    Castria PROPN/NNP nsubj 1
    took VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    to ADP/IN prep 1
    the DET/DT det 5
    capital NOUN/NN pobj 3
    . PUNCT/. punct 1
"""

DOWNED = """
    Castria PROPN/NNP nsubj 1
    downed VERB/VBD ROOT 1
    a DET/DT det 5
    Doravian ADJ/JJ amod 5
    military ADJ/JJ amod 5
    drone NOUN/NN dobj 1
    . PUNCT/. punct 1
"""


def test_taking_a_state_to_a_named_court_opposes_it(data_dir: Path) -> None:
    doc = parsed(TAKE_TO_THE_COURT, [CASTRIA, DORAVIA, COURT])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


@pytest.mark.parametrize("verb", ["took", "hauled", "dragged"])
def test_taking_a_state_to_court_opposes_it(data_dir: Path, verb: str) -> None:
    doc = parsed(TOOK_TO_COURT.replace("took", verb), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_hauled_before_a_tribunal_by_a_state(data_dir: Path) -> None:
    doc = parsed(HAULED_BEFORE, [DORAVIA, CASTRIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


@pytest.mark.parametrize("rows", [WILL_NOT_TAKE, TOOK_TO_THE_CAPITAL], ids=["denied", "no court"])
def test_no_suit_opposes_no_one(data_dir: Path, rows: str) -> None:
    assert ("Castria", "opposes", "Doravia") not in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))


def test_downing_a_states_drone_opposes_it(data_dir: Path) -> None:
    doc = parsed(DOWNED, [CASTRIA, ("Doravian", "STATE", "STATE:XD")])
    assert ("Castria", "opposes", "Doravian") in relations(doc, str(data_dir))
