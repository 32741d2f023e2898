"""Backing or joining someone's legal case backs them and opposes whom it is against, with the act's 'by' and
'against' read where the parser hung them (on the participle, or the 'against' on the author). On hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
PACT = ("Pact", "ORG", "ORG:XPACT")

BROUGHT = """
    Doravia PROPN/NNP nsubj 1
    backed VERB/VBD ROOT 1
    the DET/DT det 3
    case NOUN/NN dobj 1
    brought VERB/VBN acl 3
    by ADP/IN agent 4
    Castria PROPN/NNP pobj 5
    against ADP/IN prep 4
    Norland PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""


def test_backing_a_case_brought_by_x_against_y_backs_x_and_opposes_y(data_dir: Path) -> None:
    found = relations(parsed(BROUGHT, [DORAVIA, CASTRIA, NORLAND]), str(data_dir))
    assert {("Doravia", "supports", "Castria"), ("Doravia", "opposes", "Norland"),
            ("Castria", "opposes", "Norland")} <= found
    assert ("Doravia", "supports", "Norland") not in found


def test_joining_a_case_backs_whoever_brought_it_joining_a_bloc_is_no_approval(data_dir: Path) -> None:
    joined = BROUGHT.replace("backed VERB/VBD", "joined VERB/VBD")
    found = relations(parsed(joined, [DORAVIA, CASTRIA, NORLAND]), str(data_dir))
    assert {("Doravia", "supports", "Castria"), ("Doravia", "opposes", "Norland")} <= found
    bloc = parsed("""
        Doravia PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 3
        alliance NOUN/NN dobj 1
        led VERB/VBN acl 3
        by ADP/IN agent 4
        Castria PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [DORAVIA, CASTRIA])
    assert ("Doravia", "supports", "Castria") not in relations(bloc, str(data_dir))


def test_against_hung_on_the_acts_author_is_still_the_acts(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        backing VERB/VBG ROOT 2
        legal ADJ/JJ amod 4
        action NOUN/NN dobj 2
        by ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        against ADP/IN prep 6
        Norland PROPN/NNP pobj 7
        . PUNCT/. punct 2
    """, [DORAVIA, CASTRIA, NORLAND])
    found = relations(doc, str(data_dir))
    assert {("Doravia", "supports", "Castria"), ("Doravia", "opposes", "Norland"),
            ("Castria", "opposes", "Norland")} <= found


def test_sanctions_imposed_by_x_on_y_with_on_hung_on_x(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        the DET/DT det 3
        sanctions NOUN/NNS dobj 1
        imposed VERB/VBN acl 3
        by ADP/IN agent 4
        the DET/DT det 7
        Pact PROPN/NNP pobj 5
        on ADP/IN prep 7
        Norland PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [DORAVIA, PACT, NORLAND])
    found = relations(doc, str(data_dir))
    assert {("Doravia", "supports", "Pact"), ("Doravia", "opposes", "Norland"), ("Pact", "opposes", "Norland")} <= found
