"""Giving someone access or leave backs them ('Castria gave port access to a Doravian vessel'), unless refused; and a
name in apposition to an apposed title is whom the description means ('the visa of his aide, now senator, Odell').
Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIAN, ODELL = ("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD"), \
    ("Odell", "PERSON", "")

ACCESS_ROWS = """
    Castria PROPN/NNP nsubj 1
    gave VERB/VBD ROOT 1
    port NOUN/NN compound 3
    access NOUN/NN dobj 1
    to ADP/IN prep 1
    a DET/DT det 7
    Doravian ADJ/JJ amod 7
    vessel NOUN/NN pobj 4
    . PUNCT/. punct 1
"""


def test_giving_access_to_a_states_vessel_backs_the_state(data_dir: Path) -> None:
    # "Castria gave port access to a Doravian vessel."
    assert ("Castria", "supports", "Doravian") in relations(parsed(ACCESS_ROWS, [CASTRIA, DORAVIAN]), str(data_dir))


def test_refusing_access_backs_no_one(data_dir: Path) -> None:
    # "Castria refused to give access to a Doravian vessel."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        give VERB/VB xcomp 1
        access NOUN/NN dobj 3
        to ADP/IN prep 3
        a DET/DT det 8
        Doravian ADJ/JJ amod 8
        vessel NOUN/NN pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIAN])
    assert ("Castria", "supports", "Doravian") not in relations(doc, str(data_dir))


def test_a_name_apposed_to_an_apposed_title_is_the_one_meant(data_dir: Path) -> None:
    # "Castria revoked the visa of his aide now senator, Odell."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        revoked VERB/VBD ROOT 1
        the DET/DT det 3
        visa NOUN/NN dobj 1
        of ADP/IN prep 3
        his PRON/PRP$ poss 6
        aide NOUN/NN pobj 4
        now ADV/RB advmod 8
        senator PROPN/NNP appos 6
        , PUNCT/, punct 8
        Odell PROPN/NNP appos 8
        . PUNCT/. punct 1
    """, [CASTRIA, ODELL])
    assert ("Castria", "opposes", "Odell") in relations(doc, str(data_dir))


def test_permission_issued_to_a_states_jets_backs_the_state(data_dir: Path) -> None:
    # "Castria issued permission to the Doravian jets.", the 'to' parsed as a dative
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        issued VERB/VBD ROOT 1
        permission NOUN/NN dobj 1
        to ADP/IN dative 1
        the DET/DT det 6
        Doravian ADJ/JJ amod 6
        jets NOUN/NNS pobj 3
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIAN])
    assert ("Castria", "supports", "Doravian") in relations(doc, str(data_dir))
