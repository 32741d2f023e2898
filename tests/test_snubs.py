"""Refusing to meet, host, face or deal with someone opposes them ('refused to meet X', 'ruled out playing
against X', 'its refusal to host X's team'); not meeting them is no stance. A noun of refusal declines what its
infinitive would join, and stripping someone of a right opposes them. On hand-parsed sentences written for the
test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
NORLAND, PACT = ("Norland", "STATE", "STATE:XN"), ("Pact", "ORG", "ORG:XPACT")
SNUB = ("Doravia", "opposes", "Castria")


def test_a_refusal_to_meet_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        meet VERB/VB xcomp 1
        Castria PROPN/NNP dobj 3
        . PUNCT/. punct 1
    """, [DORAVIA, CASTRIA])
    assert SNUB in relations(doc, str(data_dir))


def test_ruling_out_playing_against_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        ruled VERB/VBD ROOT 1
        out ADP/RP prt 1
        playing VERB/VBG xcomp 1
        against ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [DORAVIA, CASTRIA])
    assert SNUB in relations(doc, str(data_dir))


def test_not_meeting_someone_is_no_stance(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        meet VERB/VB ROOT 3
        Castria PROPN/NNP dobj 3
        . PUNCT/. punct 3
    """, [DORAVIA, CASTRIA])
    assert SNUB not in relations(doc, str(data_dir))


def test_a_noun_of_refusal_to_host_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP poss 2
        's PART/POS case 0
        refusal NOUN/NN nsubj 8
        to PART/TO aux 4
        host VERB/VB acl 2
        Castria PROPN/NNP poss 7
        's PART/POS case 5
        team NOUN/NN dobj 4
        angered VERB/VBD ROOT 8
        Norland PROPN/NNP dobj 8
        . PUNCT/. punct 8
    """, [DORAVIA, CASTRIA, NORLAND])
    found = relations(doc, str(data_dir))
    assert SNUB in found
    assert ("Doravia", "opposes", "Norland") not in found


def test_a_noun_of_refusal_to_join_declines(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP poss 2
        's PART/POS case 0
        refusal NOUN/NN nsubj 6
        to PART/TO aux 4
        join VERB/VB acl 2
        Pact PROPN/NNP dobj 4
        angered VERB/VBD ROOT 6
        Norland PROPN/NNP dobj 6
        . PUNCT/. punct 6
    """, [DORAVIA, PACT, NORLAND])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "declines", "Pact") in found
    assert ("Doravia", "participates_in", "Pact") not in found


def test_stripping_someone_of_a_right_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Pact PROPN/NNP nsubj 1
        stripped VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        of ADP/IN prep 1
        the DET/DT det 5
        right NOUN/NN pobj 3
        to PART/TO aux 7
        host VERB/VB acl 5
        it PRON/PRP dobj 7
        . PUNCT/. punct 1
    """, [PACT, DORAVIA])
    assert ("Pact", "opposes", "Doravia") in relations(doc, str(data_dir))
