"""A copula that lays a wrong at the subject's door is a charge: 'Vell said Norland was complicit in the killing',
'"The leaders of Norland, including Pell, are culpable in the murder," said Vell' set Vell against Norland (and
Pell, whom the subject includes); 'was not complicit' charges no one. Hand-parsed sentences written for the test
(no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

COMPLICIT = """
    Vell PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Norland PROPN/NNP nsubj 3
    was AUX/VBD ccomp 1
    complicit ADJ/JJ acomp 3
    in ADP/IN prep 4
    the DET/DT det 7
    killing NOUN/NN pobj 5
    . PUNCT/. punct 1
"""

NOT_COMPLICIT = """
    Vell PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Norland PROPN/NNP nsubj 3
    was AUX/VBD ccomp 1
    not PART/RB neg 3
    complicit ADJ/JJ acomp 3
    in ADP/IN prep 5
    the DET/DT det 8
    killing NOUN/NN pobj 6
    . PUNCT/. punct 1
"""

CULPABLE = """
    " PUNCT/`` punct 16
    The DET/DT det 2
    leaders NOUN/NNS nsubj 9
    of ADP/IN prep 2
    Norland PROPN/NNP pobj 3
    , PUNCT/, punct 2
    including VERB/VBG prep 2
    Pell PROPN/NNP pobj 6
    , PUNCT/, punct 2
    are AUX/VBP ccomp 16
    culpable ADJ/JJ acomp 9
    in ADP/IN prep 10
    the DET/DT det 13
    murder NOUN/NN pobj 11
    , PUNCT/, punct 16
    " PUNCT/'' punct 16
    said VERB/VBD ROOT 16
    Vell PROPN/NNP nsubj 16
    . PUNCT/. punct 16
"""

VELL_NORLAND = [("Vell", "PERSON", ""), *invented_states("Norland")]


def test_complicit_in_a_wrong_is_a_charge(data_dir: Path) -> None:
    found = relations(parsed(COMPLICIT, VELL_NORLAND), str(data_dir))
    assert ("Vell", "opposes", "Norland") in found


def test_culpable_in_a_wrong_charges_whom_the_subject_includes(data_dir: Path) -> None:
    found = relations(parsed(CULPABLE, [*invented_states("Norland"), ("Pell", "PERSON", ""), ("Vell", "PERSON", "")]),
                      str(data_dir))
    assert {("Vell", "opposes", "Norland"), ("Vell", "opposes", "Pell")} <= found


def test_not_complicit_charges_no_one(data_dir: Path) -> None:
    found = relations(parsed(NOT_COMPLICIT, VELL_NORLAND), str(data_dir))
    assert ("Vell", "opposes", "Norland") not in found
