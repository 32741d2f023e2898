"""'The UN, Doravia, the Union and Norland have all declared Ivo Pell the winner': declaring someone the winner
backs them, for every name of the list, though the parser hangs the second name as an apposition of the first and
the names are of two kinds. 'Analysts said Pell was the winner' tells a fact, no backing. Hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import MIXED_LIST_ENTS, mixed_list, parsed, relations

PELL = ("Ivo Pell", "PERSON", "PERSON:Ivo Pell")

DECLARED = mixed_list(11) + """
    have AUX/VBP aux 11
    all PRON/DT advmod 11
    declared VERB/VBN ROOT 11
    Ivo PROPN/NNP compound 13
    Pell PROPN/NNP dobj 11
    the DET/DT det 15
    winner NOUN/NN oprd 11
    . PUNCT/. punct 11
"""

WAS_THE_WINNER = """
    Analysts NOUN/NNS nsubj 1
    said VERB/VBD ROOT 1
    Ivo PROPN/NNP compound 3
    Pell PROPN/NNP nsubj 4
    was AUX/VBD ccomp 1
    the DET/DT det 6
    winner NOUN/NN attr 4
    . PUNCT/. punct 1
"""


def test_declaring_the_winner_backs_him_for_each_listed_name(data_dir: Path) -> None:
    ents = [*MIXED_LIST_ENTS, PELL]
    found = relations(parsed(DECLARED, ents), str(data_dir))
    for name in ("UN", "Doravia", "Union", "Norland"):
        assert (name, "supports", "Ivo Pell") in found


def test_being_the_winner_is_a_fact_told(data_dir: Path) -> None:
    found = relations(parsed(WAS_THE_WINNER, [PELL]), str(data_dir))
    assert not {r for r in found if r[1] == "supports"}
