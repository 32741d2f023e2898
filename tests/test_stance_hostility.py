"""Hostility the text shows without a verb of stance: military exercises held around, off or against a party
oppose it (CAMEO 15, exhibit force posture), a war that someone means to end is still a war, and an act said to
destroy something is held against its author; an attack stopped was under way, and one not stopped goes on."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

STATES = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]


def test_drills_around_a_state_oppose_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        held VERB/VBD ROOT 1
        drills NOUN/NNS dobj 1
        around ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_drills_off_a_place_oppose_no_one(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        held VERB/VBD ROOT 1
        drills NOUN/NNS dobj 1
        off ADP/IN prep 2
        Nesby PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Nesby", "PLACE", "PLACE:NESBY")])
    assert relations(doc, str(data_dir)) == set()


def test_a_war_to_be_ended_is_a_war_between_its_sides(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        a DET/DT det 3
        deal NOUN/NN dobj 1
        to PART/TO aux 5
        end VERB/VB advcl 1
        the DET/DT det 7
        war NOUN/NN dobj 5
        between ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        and CCONJ/CC cc 9
        Norland PROPN/NNP conj 9
        . PUNCT/. punct 1
    """, STATES)
    found = relations(doc, str(data_dir))
    assert {("Doravia", "opposes", "Norland"), ("Norland", "opposes", "Doravia")} <= found
    assert not any(s == "Castria" and r == "opposes" for s, r, _ in found)


def test_saying_an_act_destroys_something_opposes_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        that SCONJ/IN mark 6
        Doravia PROPN/NNP poss 5
        's PART/POS case 3
        decision NOUN/NN nsubj 6
        destroys VERB/VBZ ccomp 1
        the DET/DT det 9
        security NOUN/NN compound 9
        system NOUN/NN dobj 6
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_being_concerned_about_an_act_opposes_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        was AUX/VBD ROOT 1
        concerned VERB/VBN acomp 1
        about ADP/IN prep 2
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        decision NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_an_attack_stopped_was_under_way_and_one_refrained_from_was_not(data_dir: Path) -> None:
    stopped = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        stop VERB/VB ROOT 2
        bombing VERB/VBG xcomp 2
        Doravia PROPN/NNP dobj 3
        . PUNCT/. punct 2
    """, STATES[:2])
    refrained = parsed("""
        Castria PROPN/NNP nsubj 1
        refrained VERB/VBD ROOT 1
        from ADP/IN prep 1
        attacking VERB/VBG pcomp 2
        Doravia PROPN/NNP dobj 3
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(stopped, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(refrained, str(data_dir)) == set()


def test_an_act_not_stopped_or_refused_to_be_stopped_goes_on(data_dir: Path) -> None:
    not_stopped = parsed("""
        Castria PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        stop VERB/VB ROOT 3
        shelling VERB/VBG xcomp 3
        Doravia PROPN/NNP dobj 4
        . PUNCT/. punct 3
    """, STATES[:2])
    refused = parsed("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        stop VERB/VB xcomp 1
        arming VERB/VBG xcomp 3
        Doravia PROPN/NNP dobj 4
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(not_stopped, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(refused, str(data_dir)) == {("Castria", "supports", "Doravia")}
