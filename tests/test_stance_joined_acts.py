"""Acts shared and acts judged: joining another's war or measure makes it the joiner's act too ('Castria joined
Doravia's invasion of Norland'), a judgement of a gerund clause judges its subject ('Castrian troops joining the
war was an escalation'), a body of envoys is named with its modifier ('withdrew their diplomatic staff from X'),
and an object moved after its judgement is found past a time phrase ('on Monday dismissed as absurd the plan of
X'). Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")


def test_joining_anothers_invasion_is_the_joiners_war_too(data_dir: Path) -> None:
    # "Castria joined Doravia's invasion of Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 4
        's PART/POS case 2
        invasion NOUN/NN dobj 1
        of ADP/IN prep 4
        Norland PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "Norland"), ("Castria", "opposes", "Norland"),
                                             ("Castria", "supports", "Doravia")}


def test_refusing_to_join_anothers_invasion_shares_none_of_it(data_dir: Path) -> None:
    # "Castria did not join Doravia's invasion of Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        join VERB/VB ROOT 3
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        invasion NOUN/NN dobj 3
        of ADP/IN prep 6
        Norland PROPN/NNP pobj 7
        . PUNCT/. punct 3
    """, [CASTRIA, DORAVIA, NORLAND])
    assert not {r for r in relations(doc, str(data_dir)) if r[0] == "Castria"}


def test_joining_anothers_sanctions_shares_them_without_siding_in_a_war(data_dir: Path) -> None:
    # "Castria joined Doravia's sanctions on Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 4
        's PART/POS case 2
        sanctions NOUN/NNS dobj 1
        on ADP/IN prep 4
        Norland PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "Norland"), ("Castria", "opposes", "Norland")}


def test_a_gerund_clause_judged_an_escalation_judges_its_subject(data_dir: Path) -> None:
    # "Odell said Castrian troops joining the war was a shocking escalation."
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Castrian ADJ/JJ amod 3
        troops NOUN/NNS nsubj 4
        joining VERB/VBG csubj 7
        the DET/DT det 6
        war NOUN/NN dobj 4
        was AUX/VBD ccomp 1
        a DET/DT det 10
        shocking ADJ/JJ amod 10
        escalation NOUN/NN attr 7
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Castrian", "STATE", "STATE:XC")])
    assert ("Odell", "opposes", "Castrian") in relations(doc, str(data_dir))


@pytest.mark.parametrize(("modifier", "expected"), [
    ("diplomatic", {("Castria", "opposes", "Doravia")}),
    ("medical", set()),
])
def test_a_body_of_envoys_is_named_with_its_modifier(data_dir: Path, modifier: str, expected: set) -> None:
    # "Castria withdrew its diplomatic (medical) staff from Doravia."
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        withdrew VERB/VBD ROOT 1
        its PRON/PRP$ poss 4
        {modifier} ADJ/JJ amod 4
        staff NOUN/NN dobj 1
        from ADP/IN prep 1
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == expected


def test_an_object_moved_after_its_judgement_is_found_past_a_time_phrase(data_dir: Path) -> None:
    # "Castria on Monday dismissed as absurd the plan of Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        on ADP/IN prep 3
        Monday PROPN/NNP pobj 1
        dismissed VERB/VBD ROOT 3
        as ADP/IN prep 3
        absurd ADJ/JJ amod 4
        the DET/DT det 7
        plan NOUN/NN pobj 4
        of ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 3
    """, [CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


@pytest.mark.parametrize(("verb", "expected"), [
    ("signed VERB/VBD ROOT 1", {("Castria", "supports", "Doravia"), ("Doravia", "supports", "Castria")}),
    ("sought VERB/VBD ROOT 1", {("Castria", "supports", "Doravia")}),  # wanted by one side only
])
def test_a_pact_signed_with_a_partner_is_signed_by_both(data_dir: Path, verb: str, expected: set) -> None:
    # "Castria signed (sought) a defence pact with Doravia."
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        {verb}
        a DET/DT det 4
        defence NOUN/NN compound 4
        pact NOUN/NN dobj 1
        with ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == expected


def test_calling_for_troops_to_withdraw_opposes_whose_troops_they_are(data_dir: Path) -> None:
    # "Odell called for Castrian troops to withdraw."
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        for SCONJ/IN mark 6
        Castrian ADJ/JJ amod 4
        troops NOUN/NNS nsubj 6
        to PART/TO aux 6
        withdraw VERB/VB advcl 1
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Castrian", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Odell", "opposes", "Castrian")}


@pytest.mark.parametrize(("verb", "particle", "expected"), [
    ("go VERB/VB ROOT 2", "through ADP/RP prt 2", {("Castria", "opposes", "Doravia")}),
    ("disagree VERB/VB ROOT 2", "strongly ADV/RB advmod 2", set()),
])
def test_going_through_with_plans_to_revoke_a_status_is_the_planners_act(
        data_dir: Path, verb: str, particle: str, expected: set) -> None:
    # "Castria will go through with (strongly disagree with) plans to revoke Doravia's status."
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        {verb}
        {particle}
        with ADP/IN prep 2
        plans NOUN/NNS pobj 4
        to PART/TO aux 7
        revoke VERB/VB acl 5
        Doravia PROPN/NNP poss 10
        's PART/POS case 8
        status NOUN/NN dobj 7
        . PUNCT/. punct 2
    """, [CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == expected
