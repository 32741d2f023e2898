"""'Doravia retaliated for Vell's killing by firing missiles at Norland': the killing befell Vell, who fires
nothing; the one who retaliates fires. Hand-parsed sentence written for the test (no trained model), with invented
names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

ROWS = """
    Doravia PROPN/NNP nsubj 1
    retaliated VERB/VBD ROOT 1
    for ADP/IN prep 1
    Vell PROPN/NNP poss 5
    's PART/POS case 3
    killing NOUN/NN pobj 2
    by ADP/IN prep 5
    firing VERB/VBG pcomp 6
    missiles NOUN/NNS dobj 7
    at ADP/IN prep 7
    Norland PROPN/NNP pobj 9
    . PUNCT/. punct 1
"""


def test_whom_an_act_befell_does_not_do_what_follows_it(data_dir: Path) -> None:
    found = relations(parsed(ROWS, [*invented_states("Doravia"), ("Vell", "PERSON", ""),
                                    *invented_states("Norland")]), str(data_dir))
    assert ("Vell", "opposes", "Norland") not in found
    assert ("Doravia", "opposes", "Norland") in found
