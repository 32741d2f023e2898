"""Those who follow or join an act do it too ('X recognised Y, followed by Z and W', 'X, joined by Z, condemned Y'),
a conjunct joined by a comma alone after an opening phrase is the clause's subject and no list member ('In his
letter to X, Gen Y accused Z'), and a counted description its own complement narrows ('both the leaders of X's
parties') is not the last people named, nor is whom a verb declares something ('declared the officials persona non
grata. They ...') a subject. Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
ODELL, BARO = ("Odell", "PERSON", ""), ("Baro", "PERSON", "")


def test_those_who_follow_an_act_do_it_too(data_dir: Path) -> None:
    # "Castria recognised Odell, followed by Doravia and Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        recognised VERB/VBD ROOT 1
        Odell PROPN/NNP dobj 1
        , PUNCT/, punct 1
        followed VERB/VBN advcl 1
        by ADP/IN agent 4
        Doravia PROPN/NNP pobj 5
        and CCONJ/CC cc 6
        Norland PROPN/NNP conj 6
        . PUNCT/. punct 1
    """, [CASTRIA, ODELL, DORAVIA, NORLAND])
    found = relations(doc, str(data_dir))
    assert {("Castria", "supports", "Odell"), ("Doravia", "supports", "Odell"),
            ("Norland", "supports", "Odell")} <= found


def test_those_who_join_the_subject_do_as_it_does(data_dir: Path) -> None:
    # "Castria, joined by Norland, condemned Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 6
        , PUNCT/, punct 0
        joined VERB/VBN acl 0
        by ADP/IN agent 2
        Norland PROPN/NNP pobj 3
        , PUNCT/, punct 0
        condemned VERB/VBD ROOT 6
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 6
    """, [CASTRIA, NORLAND, DORAVIA])
    found = relations(doc, str(data_dir))
    assert {("Castria", "opposes", "Doravia"), ("Norland", "opposes", "Doravia")} <= found


def test_an_act_that_follows_is_not_a_follower(data_dir: Path) -> None:
    # "Castria condemned Doravia, followed by Norland's retaliation."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        , PUNCT/, punct 1
        followed VERB/VBN advcl 1
        by ADP/IN agent 4
        Norland PROPN/NNP poss 8
        's PART/POS case 6
        retaliation NOUN/NN pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Norland", "opposes", "Doravia") not in found


def test_a_name_after_an_opening_phrase_and_a_comma_is_the_subject_alone(data_dir: Path) -> None:
    # "In his letter to Odell, General Baro accused Doravia of bias.", parsed with Baro joined to Odell
    doc = parsed("""
        In ADP/IN prep 8
        his PRON/PRP$ poss 2
        letter NOUN/NN pobj 0
        to ADP/IN prep 2
        Odell PROPN/NNP pobj 3
        , PUNCT/, punct 4
        General PROPN/NNP compound 7
        Baro PROPN/NNP conj 4
        accused VERB/VBD ROOT 8
        Doravia PROPN/NNP dobj 8
        of ADP/IN prep 8
        bias NOUN/NN pobj 10
        . PUNCT/. punct 8
    """, [ODELL, BARO, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Baro", "opposes", "Doravia") in found
    assert ("Odell", "opposes", "Doravia") not in found


def test_both_leaders_are_the_two_named_before(data_dir: Path) -> None:
    # "Odell met Baro. Doravia criticised both leaders."
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        met VERB/VBD ROOT 1
        Baro PROPN/NNP dobj 1
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 5
        criticised VERB/VBD ROOT 5
        both DET/DT det 7
        leaders NOUN/NNS dobj 5
        . PUNCT/. punct 5
    """, [ODELL, BARO, DORAVIA])
    found = relations(doc, str(data_dir))
    assert {("Doravia", "opposes", "Odell"), ("Doravia", "opposes", "Baro")} <= found


def test_both_leaders_of_someone_named_after_them_are_not_the_two_named_before(data_dir: Path) -> None:
    # "Odell defended Baro, who criticised both the leaders of Castria's warring parties."
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        defended VERB/VBD ROOT 1
        Baro PROPN/NNP dobj 1
        , PUNCT/, punct 2
        who PRON/WP nsubj 5
        criticised VERB/VBD relcl 2
        both CCONJ/CC predet 8
        the DET/DT det 8
        leaders NOUN/NNS dobj 5
        of ADP/IN prep 8
        Castria PROPN/NNP poss 13
        's PART/POS case 10
        warring VERB/VBG amod 13
        parties NOUN/NNS pobj 9
        . PUNCT/. punct 1
    """, [ODELL, BARO, CASTRIA])
    found = relations(doc, str(data_dir))
    assert ("Odell", "supports", "Baro") in found
    assert ("Baro", "opposes", "Odell") not in found


def test_whom_a_verb_declares_something_is_no_subject_for_a_later_they(data_dir: Path) -> None:
    # "Castria's ministry declared the Norland officials persona non grata. They accused Odell of bias."
    doc = parsed("""
        Castria PROPN/NNP poss 2
        's PART/POS case 0
        ministry NOUN/NN nsubj 3
        declared VERB/VBD ROOT 3
        the DET/DT det 6
        Norland PROPN/NNP compound 6
        officials NOUN/NNS nsubj 7
        persona VERB/VBP ccomp 3
        non ADJ/AFX compound 9
        grata NOUN/NN dobj 7
        . PUNCT/. punct 3
        They PRON/PRP nsubj 12
        accused VERB/VBD ROOT 12
        Odell PROPN/NNP dobj 12
        of ADP/IN prep 12
        bias NOUN/NN pobj 14
        . PUNCT/. punct 12
    """, [CASTRIA, NORLAND, ODELL])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Odell") in found
    assert ("Norland", "opposes", "Odell") not in found
