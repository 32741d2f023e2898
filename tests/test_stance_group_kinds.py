"""A quantity noun acts for whom it counts ('a group of Castrian firms accused X'), not for the state that only names
its kind ('Castrian rights groups accused X' are no Castria). Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIAN, ODELL = ("Castrian", "STATE", "STATE:XC"), ("Odell", "PERSON", "")


def test_groups_a_demonym_names_are_not_the_state(data_dir: Path) -> None:
    # "Castrian rights groups accused Odell of abuses."
    doc = parsed("""
        Castrian ADJ/JJ amod 2
        rights NOUN/NNS compound 2
        groups NOUN/NNS nsubj 3
        accused VERB/VBD ROOT 3
        Odell PROPN/NNP dobj 3
        of ADP/IN prep 4
        abuses NOUN/NNS pobj 5
        . PUNCT/. punct 3
    """, [CASTRIAN, ODELL])
    assert ("Castrian", "opposes", "Odell") not in relations(doc, str(data_dir))


def test_a_group_counts_whom_it_is_a_group_of(data_dir: Path) -> None:
    # "A group of Castrian officials accused Odell of abuses."
    doc = parsed("""
        A DET/DT det 1
        group NOUN/NN nsubj 5
        of ADP/IN prep 1
        Castrian ADJ/JJ amod 4
        officials NOUN/NNS pobj 2
        accused VERB/VBD ROOT 5
        Odell PROPN/NNP dobj 5
        of ADP/IN prep 6
        abuses NOUN/NNS pobj 7
        . PUNCT/. punct 5
    """, [CASTRIAN, ODELL])
    assert ("Castrian", "opposes", "Odell") in relations(doc, str(data_dir))
