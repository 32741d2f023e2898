"""A list given after a sanction names its targets: 'In addition to X, those sanctioned include Y' (the parser
taking X as the subject and 'those' as its apposition), 'The list includes Y' (not 'the list of guests'),
'Y and Z are among the sanctioned entities, along with W'. Hand-parsed sentences written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

SANCTIONED = """
    Doravia PROPN/NNP nsubj 1
    sanctioned VERB/VBD ROOT 1
    four NUM/CD nummod 3
    officials NOUN/NNS dobj 1
    . PUNCT/. punct 1
"""

THOSE_APPOSED = SANCTIONED + """
    Pell PROPN/NNP nsubj 10
    , PUNCT/, punct 5
    those PRON/DT appos 5
    sanctioned VERB/VBN acl 7
    also ADV/RB advmod 10
    include VERB/VBP ROOT 10
    Quill PROPN/NNP dobj 10
    . PUNCT/. punct 10
"""

THE_LIST = SANCTIONED + """
    The DET/DT det 6
    list NOUN/NN nsubj 7
    includes VERB/VBZ ROOT 7
    the DET/DT det 10
    Castrian ADJ/JJ amod 10
    Guard PROPN/NNP dobj 7
    . PUNCT/. punct 7
"""

LIST_OF_GUESTS = SANCTIONED + """
    The DET/DT det 6
    list NOUN/NN nsubj 9
    of ADP/IN prep 6
    guests NOUN/NNS pobj 7
    includes VERB/VBZ ROOT 9
    Castria PROPN/NNP dobj 9
    . PUNCT/. punct 9
"""

AMONG = SANCTIONED + """
    Quill PROPN/NNP nsubj 6
    is AUX/VBZ ROOT 6
    among ADP/IN prep 6
    the DET/DT det 10
    sanctioned VERB/VBN amod 10
    entities NOUN/NNS pobj 7
    , PUNCT/, punct 6
    along ADP/IN prep 6
    with ADP/IN prep 12
    Pell PROPN/NNP pobj 13
    . PUNCT/. punct 6
"""

DORAVIA = ("Doravia", "STATE", "STATE:XD")
PELL, QUILL = ("Pell", "PERSON", ""), ("Quill", "ORG", "")


def test_those_sanctioned_apposed_to_a_name_list_both(data_dir: Path) -> None:
    found = relations(parsed(THOSE_APPOSED, [DORAVIA, PELL, QUILL]), str(data_dir))
    assert {("Doravia", "opposes", "Pell"), ("Doravia", "opposes", "Quill")} <= found


def test_the_list_after_a_sanction_names_its_targets(data_dir: Path) -> None:
    found = relations(parsed(THE_LIST, [DORAVIA, ("Castrian Guard", "ORG", "")]), str(data_dir))
    assert ("Doravia", "opposes", "Castrian Guard") in found


def test_a_list_of_something_else_names_no_target(data_dir: Path) -> None:
    found = relations(parsed(LIST_OF_GUESTS, [DORAVIA, ("Castria", "STATE", "STATE:XC")]), str(data_dir))
    assert ("Doravia", "opposes", "Castria") not in found


def test_among_the_sanctioned_with_a_companion(data_dir: Path) -> None:
    found = relations(parsed(AMONG, [DORAVIA, QUILL, PELL]), str(data_dir))
    assert {("Doravia", "opposes", "Quill"), ("Doravia", "opposes", "Pell")} <= found
