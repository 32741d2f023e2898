"""Who feels a feeling holds the stance toward whoever caused it: 'Castria's move angered Doravia' and 'Castria's
decision left Doravia frustrated' make Doravia oppose Castria; 'Castria's offer delighted Doravia' makes it back
Castria. On hand-parsed sentences written for the test (no trained model), with invented states."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
NORLAND = ("Norland", "STATE", "STATE:XN")

CAUSED = """
    Castria PROPN/NNP poss 2
    's PART/POS case 0
    move NOUN/NN nsubj 3
    angered VERB/VBD ROOT 3
    Doravia PROPN/NNP dobj 3
    . PUNCT/. punct 3
"""

LEFT = """
    Castria PROPN/NNP poss 2
    's PART/POS case 0
    decision NOUN/NN nsubj 4
    had AUX/VBD aux 4
    left VERB/VBN ROOT 4
    Doravia PROPN/NNP dobj 4
    deeply ADV/RB advmod 7
    frustrated ADJ/JJ oprd 4
    . PUNCT/. punct 4
"""


@pytest.mark.parametrize("verb", ["angered", "irked", "infuriated", "dismayed"])
def test_the_one_angered_opposes_who_angered_it(data_dir: Path, verb: str) -> None:
    found = relations(parsed(CAUSED.replace("angered", verb), [CASTRIA, DORAVIA]), str(data_dir))
    assert ("Doravia", "opposes", "Castria") in found
    assert ("Castria", "opposes", "Doravia") not in found


def test_a_pleasing_offer_wins_support(data_dir: Path) -> None:
    doc = parsed(CAUSED.replace("move", "offer").replace("angered", "delighted"), [CASTRIA, DORAVIA])
    assert ("Doravia", "supports", "Castria") in relations(doc, str(data_dir))


def test_an_act_that_left_someone_frustrated(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Castria") in relations(parsed(LEFT, [CASTRIA, DORAVIA]), str(data_dir))


def test_leaving_someone_with_no_feeling_is_no_stance(data_dir: Path) -> None:
    doc = parsed(LEFT.replace("frustrated ADJ/JJ", "alone ADJ/JJ"), [CASTRIA, DORAVIA])
    assert not relations(doc, str(data_dir))


def test_a_move_that_did_not_anger_is_no_stance(data_dir: Path) -> None:
    rows = CAUSED.replace("move NOUN/NN nsubj 3", "move NOUN/NN nsubj 5").replace(
        "angered VERB/VBD ROOT 3", "did AUX/VBD aux 5\n    not PART/RB neg 5").replace(
        "Doravia PROPN/NNP dobj 3", "anger VERB/VB ROOT 5\n    Doravia PROPN/NNP dobj 5").replace(
        ". PUNCT/. punct 3", ". PUNCT/. punct 5")
    assert not relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))

MADE = """
    Norland PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Castria PROPN/NNP nsubj 4
    had AUX/VBD aux 4
    made VERB/VBN ccomp 1
    a DET/DT det 7
    big ADJ/JJ amod 7
    mistake NOUN/NN dobj 4
    . PUNCT/. punct 1
"""


def test_saying_someone_made_a_mistake_faults_them(data_dir: Path) -> None:
    assert ("Norland", "opposes", "Castria") in relations(parsed(MADE, [NORLAND, CASTRIA]), str(data_dir))


def test_saying_someone_made_a_choice_faults_no_one(data_dir: Path) -> None:
    doc = parsed(MADE.replace("mistake NOUN/NN", "choice NOUN/NN"), [NORLAND, CASTRIA])
    assert ("Norland", "opposes", "Castria") not in relations(doc, str(data_dir))
