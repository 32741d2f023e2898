"""A judgement in quotation marks parsed into its object ('called the Castrians "fascist remnants"') judges the
names before the quotation mark; a judged remark is its speaker's ('called Odell's comment "a crazy remark"'); and
'the poll' or 'the referendum' refers back to a ballot the people cast, never to a parliament's vote. Hand-parsed
sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIAN, DORAVIA, ODELL, BARO = ("Castrians", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Odell", "PERSON", ""), ("Baro", "PERSON", "")


def test_a_quoted_judgement_parsed_into_the_object_judges_the_names_before_it(data_dir: Path) -> None:
    # 'Odell called the Castrians "fascist remnants."'
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        the DET/DT det 6
        Castrians ADJ/JJ amod 6
        “ PUNCT/`` punct 6
        fascist ADJ/JJ amod 6
        remnants NOUN/NNS dobj 1
        . PUNCT/. punct 1
        ” PUNCT/'' punct 1
    """, [ODELL, CASTRIAN])
    assert ("Odell", "opposes", "Castrians") in relations(doc, str(data_dir))


def test_an_unquoted_object_is_not_split(data_dir: Path) -> None:
    # "Odell called the Castrian envoys."
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        the DET/DT det 4
        Castrians ADJ/JJ amod 4
        envoys NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, [ODELL, CASTRIAN])
    assert not relations(doc, str(data_dir))


def test_calling_a_persons_comment_crazy_opposes_them(data_dir: Path) -> None:
    # 'Baro called Odell's comment "a crazy remark."'
    doc = parsed("""
        Baro PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        Odell PROPN/NNP poss 4
        's PART/POS case 2
        comment NOUN/NN dobj 1
        “ PUNCT/`` punct 1
        a DET/DT det 8
        crazy ADJ/JJ amod 8
        remark NOUN/NN oprd 1
        . PUNCT/. punct 1
        ” PUNCT/'' punct 1
    """, [BARO, ODELL])
    assert ("Baro", "opposes", "Odell") in relations(doc, str(data_dir))


# "Odell said he would press ahead with the referendum despite a vote by Doravia's Parliament rejecting it. Castria
# condemned the poll."
POLL_ROWS = """
    Odell PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    he PRON/PRP nsubj 4
    would AUX/MD aux 4
    press VERB/VB ccomp 1
    ahead ADV/RB advmod 4
    with ADP/IN prep 4
    the DET/DT det 8
    referendum NOUN/NN pobj 6
    despite SCONJ/IN prep 4
    a DET/DT det 11
    vote NOUN/NN pobj 9
    by ADP/IN prep 11
    Doravia PROPN/NNP poss 15
    's PART/POS case 13
    Parliament PROPN/NNP pobj 12
    rejecting VERB/VBG acl 11
    it PRON/PRP dobj 16
    . PUNCT/. punct 1
    Castria PROPN/NNP nsubj 20
    condemned VERB/VBD ROOT 20
    the DET/DT det 22
    poll NOUN/NN dobj 20
    . PUNCT/. punct 20
"""


def test_the_poll_is_no_parliaments_vote(data_dir: Path) -> None:
    doc = parsed(POLL_ROWS, [ODELL, ("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_the_vote_is_still_the_parliaments(data_dir: Path) -> None:
    rows = POLL_ROWS.replace("poll NOUN/NN dobj 20", "vote NOUN/NN dobj 20")
    doc = parsed(rows, [ODELL, ("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))
