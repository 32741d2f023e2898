"""Fighting a threat opposes who poses it; a conflict 'with' someone opposes each way, on hand-parsed sentences
written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

KENYA, BOKO_HARAM = ("Kenya", "STATE", "STATE:KE"), ("Boko Haram", "ORG", "ORG:BOKO_HARAM")
# "Kenya vowed to combat the threat ..."
COMBAT = """
    Kenya PROPN/NNP nsubj 1
    vowed VERB/VBD ROOT 1
    to PART/TO aux 3
    combat VERB/VB xcomp 1
    the DET/DT det 5
    threat NOUN/NN dobj 3
"""


def test_combating_a_threat_opposes_who_poses_it(data_dir: Path) -> None:
    doc = parsed(COMBAT + """
        posed VERB/VBN acl 5
        by ADP/IN agent 6
        Boko PROPN/NNP compound 9
        Haram PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [KENYA, BOKO_HARAM])
    assert relations(doc, str(data_dir)) == {("Kenya", "opposes", "Boko Haram")}


def test_the_fight_against_the_threat_of_a_group_opposes_the_group(data_dir: Path) -> None:
    doc = parsed("""
        France PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 3
        fight NOUN/NN dobj 1
        against ADP/IN prep 3
        the DET/DT det 6
        threat NOUN/NN pobj 4
        of ADP/IN prep 6
        Boko PROPN/NNP compound 9
        Haram PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("France", "STATE", "STATE:FR"), BOKO_HARAM])
    assert relations(doc, str(data_dir)) == {("France", "opposes", "Boko Haram")}


def test_a_threat_posed_to_a_state_or_a_threat_of_sanctions_opposes_no_one(data_dir: Path) -> None:
    posed_to = parsed(COMBAT + """
        posed VERB/VBN acl 5
        to ADP/IN prep 6
        Uganda PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [KENYA, ("Uganda", "STATE", "STATE:UG")])
    assert relations(posed_to, str(data_dir)) == set()
    of_sanctions = parsed(COMBAT + """
        of ADP/IN prep 5
        sanctions NOUN/NNS pobj 6
        . PUNCT/. punct 1
    """, [KENYA])
    assert relations(of_sanctions, str(data_dir)) == set()


def test_a_feud_with_another_opposes_each_way_and_a_battle_against_one_way(data_dir: Path) -> None:
    feud = parsed("""
        Chad PROPN/NNP poss 2
        's PART/POS case 0
        feud NOUN/NN nsubj 5
        with ADP/IN prep 2
        Sudan PROPN/NNP pobj 3
        deepened VERB/VBD ROOT 5
        . PUNCT/. punct 5
    """, [("Chad", "STATE", "STATE:TD"), ("Sudan", "STATE", "STATE:SD")])
    assert relations(feud, str(data_dir)) == {("Chad", "opposes", "Sudan"), ("Sudan", "opposes", "Chad")}
    battle = parsed("""
        Kenya PROPN/NNP poss 2
        's PART/POS case 0
        battle NOUN/NN nsubj 6
        against ADP/IN prep 2
        Boko PROPN/NNP compound 5
        Haram PROPN/NNP pobj 3
        continues VERB/VBZ ROOT 6
        . PUNCT/. punct 6
    """, [KENYA, BOKO_HARAM])
    assert relations(battle, str(data_dir)) == {("Kenya", "opposes", "Boko Haram")}


def test_a_war_in_a_place_names_no_adversary(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP poss 2
        's PART/POS case 0
        war NOUN/NN nsubj 5
        in ADP/IN prep 2
        Ukraine PROPN/NNP pobj 3
        continues VERB/VBZ ROOT 5
        . PUNCT/. punct 5
    """, [("Russia", "STATE", "STATE:RU"), ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == set()
