"""Who brought a measure holds what it says by a verb ('the resolution brought by X ... The resolution called on Y
to withdraw': X opposes Y), unless they also voted against it; 'rather than vote against' is no vote. On
hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
RESOLUTION = ("resolution", "ORG", "ACCORD:resolution")


def test_a_sponsor_holds_what_the_measure_later_demands(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        passed VERB/VBD ROOT 1
        the DET/DT det 3
        resolution NOUN/NN dobj 1
        brought VERB/VBN acl 3
        by ADP/IN agent 4
        Castria PROPN/NNP pobj 5
        . PUNCT/. punct 1
        The DET/DT det 9
        resolution NOUN/NN nsubj 10
        called VERB/VBD ROOT 10
        on ADP/IN prep 10
        Doravia PROPN/NNP pobj 11
        to PART/TO aux 14
        withdraw VERB/VB xcomp 10
        its PRON/PRP$ poss 16
        troops NOUN/NNS dobj 14
        . PUNCT/. punct 10
    """, [NORLAND, RESOLUTION, CASTRIA, RESOLUTION, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Norland", "opposes", "Doravia") not in found  # it passed another mention, not this one


def test_a_drafter_who_voted_against_it_holds_nothing(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Norland PROPN/NNP conj 0
        drafted VERB/VBD ROOT 3
        the DET/DT det 5
        resolution NOUN/NN dobj 3
        . PUNCT/. punct 3
        Norland PROPN/NNP nsubj 8
        voted VERB/VBD ROOT 8
        against ADP/IN prep 8
        the DET/DT det 11
        resolution NOUN/NN pobj 9
        . PUNCT/. punct 8
        The DET/DT det 14
        resolution NOUN/NN nsubj 15
        condemned VERB/VBD ROOT 15
        Doravia PROPN/NNP dobj 15
        . PUNCT/. punct 15
    """, [CASTRIA, NORLAND, RESOLUTION, NORLAND, RESOLUTION, RESOLUTION, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Norland", "opposes", "Doravia") not in found


def test_a_noun_inside_the_measure_is_not_the_sponsors_stance(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        resolution NOUN/NN nsubj 6
        , PUNCT/, punct 1
        sponsored VERB/VBN acl 1
        by ADP/IN agent 3
        Castria PROPN/NNP pobj 4
        condemned VERB/VBD ROOT 6
        its PRON/PRP$ poss 8
        attacks NOUN/NNS dobj 6
        on ADP/IN prep 8
        Doravia PROPN/NNP pobj 9
        . PUNCT/. punct 6
    """, [RESOLUTION, CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))  # 'its' attacks: no one's here


def test_abstaining_rather_than_voting_against_is_no_vote_against(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Castria PROPN/NNP conj 0
        chose VERB/VBD ROOT 3
        to PART/TO aux 5
        abstain VERB/VB xcomp 3
        rather ADV/RB advmod 7
        than ADP/IN cc 5
        vote VERB/VB conj 5
        against ADP/IN prep 8
        Doravia PROPN/NNP pobj 9
        . PUNCT/. punct 3
    """, [NORLAND, CASTRIA, DORAVIA])
    assert not {r for r in relations(doc, str(data_dir)) if r[1] == "opposes"}
