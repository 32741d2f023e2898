"""Rejecting someone's appeal to be allowed to act opposes them, as the one who rejects it (not the one who asked);
'it' in the appeal is the asker; goods named by who made them ('Norland-made shells') name no side. On hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")


def test_rejecting_an_appeal_to_be_allowed_opposes_the_asker(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        an DET/DT det 3
        appeal NOUN/NN dobj 1
        from ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        to PART/TO aux 7
        allow VERB/VB acl 3
        it PRON/PRP dobj 7
        to PART/TO aux 10
        export VERB/VB ccomp 7
        Norland PROPN/NNP npadvmod 13
        - PUNCT/HYPH punct 13
        made VERB/VBN amod 14
        shells NOUN/NNS dobj 10
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert not any(s == "Doravia" and r == "opposes" for s, r, _ in found)  # the asker opposes no one
    assert not any(t == "Norland" for _, r, t in found if r in {"opposes", "supports"})


def test_refusing_to_let_goods_through_opposes_no_maker(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        allow VERB/VB xcomp 1
        Norland PROPN/NNP npadvmod 6
        - PUNCT/HYPH punct 6
        made VERB/VBN amod 7
        shells NOUN/NNS dobj 3
        into ADP/IN prep 3
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [CASTRIA, NORLAND, DORAVIA])
    assert ("Castria", "opposes", "Norland") not in relations(doc, str(data_dir))
