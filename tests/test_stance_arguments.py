"""Who a stance is about when the parse or the wording hides it: an object moved after its judgement, a second
subject that is really the object, allies told in apposition to a list, tit-for-tat expulsions, a charge in the
second of two reported clauses, worry over what reports say rather than over who reported it, a state said to
be persona non grata or to have crossed a red line, the 'it' a ministry speaks of, and a state's rebels."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

STATES = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]


def test_an_object_moved_after_its_judgement_is_still_the_object(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        as ADP/IN prep 1
        " PUNCT/`` punct 4
        baseless ADJ/JJ amod 2
        " PUNCT/'' punct 4
        Doravia PROPN/NNP poss 8
        's PART/POS case 6
        claim NOUN/NN pobj 2
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_a_second_subject_after_the_verb_is_its_object(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP poss 2
        's PART/POS case 0
        ministry NOUN/NN nsubj 3
        summoned VERB/VBD ROOT 3
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        ambassador NOUN/NN nsubj 3
        . PUNCT/. punct 3
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_allies_in_apposition_to_a_list_are_each_an_ally(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 8
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        , PUNCT/, punct 2
        Norland PROPN/NNP poss 6
        's PART/POS case 4
        allies NOUN/NNS appos 0
        , PUNCT/, punct 0
        met VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, STATES)
    assert {("Castria", "supports", "Norland"), ("Doravia", "supports", "Norland")} <= relations(doc, str(data_dir))


def test_states_that_expel_a_diplomat_each_expel_the_others(data_dir: Path) -> None:
    each = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        expelled VERB/VBD ROOT 3
        a DET/DT det 5
        diplomat NOUN/NN dobj 3
        each PRON/DT appos 5
        . PUNCT/. punct 3
    """, STATES[:2])
    unsaid = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        expelled VERB/VBD ROOT 3
        a DET/DT det 5
        diplomat NOUN/NN dobj 3
        . PUNCT/. punct 3
    """, STATES[:2])
    assert relations(each, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Doravia", "opposes", "Castria")}
    assert relations(unsaid, str(data_dir)) == set()  # whose diplomat is not said


def test_a_charge_in_the_second_of_two_reported_clauses_is_the_speakers(data_dir: Path) -> None:
    duty = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        staff NOUN/NN nsubj 4
        were AUX/VBD ccomp 1
        safe ADJ/JJ acomp 4
        , PUNCT/, punct 4
        but CCONJ/CC cc 4
        Doravia PROPN/NNP nsubj 10
        had AUX/VBD aux 10
        failed VERB/VBN conj 4
        to PART/TO aux 12
        fulfil VERB/VB xcomp 10
        its PRON/PRP$ poss 14
        obligations NOUN/NNS dobj 12
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(duty, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_worry_over_allegations_is_over_what_they_say_not_who_made_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        expressed VERB/VBD ROOT 1
        concern NOUN/NN dobj 1
        over ADP/IN prep 2
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        allegations NOUN/NNS pobj 3
        . PUNCT/. punct 1
    """, STATES[:2])
    decision = parsed("""
        Castria PROPN/NNP nsubj 1
        expressed VERB/VBD ROOT 1
        concern NOUN/NN dobj 1
        over ADP/IN prep 2
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        decision NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == set()
    assert relations(decision, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_saying_someone_is_persona_non_grata_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP nsubjpass 4
        is AUX/VBZ aux 4
        persona NOUN/NN ccomp 1
        non ADJ/AFX compound 6
        grata NOUN/NNS dobj 4
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_saying_someone_crossed_a_red_line_charges_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP nsubj 4
        had AUX/VBD aux 4
        crossed VERB/VBN ccomp 1
        a DET/DT det 7
        red ADJ/JJ amod 7
        line NOUN/NN dobj 4
        . PUNCT/. punct 1
    """, STATES[:2])
    border = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP nsubj 4
        had AUX/VBD aux 4
        crossed VERB/VBN ccomp 1
        the DET/DT det 6
        river NOUN/NN dobj 4
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(border, str(data_dir)) == set()


def test_it_said_by_a_ministry_is_the_ministry_and_so_its_state(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Castrian ADJ/JJ amod 2
        ministry NOUN/NN nsubj 3
        said VERB/VBD ROOT 3
        it PRON/PRP nsubj 6
        had AUX/VBD aux 6
        summoned VERB/VBN ccomp 3
        the DET/DT det 9
        Doravian ADJ/JJ amod 9
        ambassador NOUN/NN dobj 6
        to ADP/IN prep 9
        Castria PROPN/NNP pobj 10
        . PUNCT/. punct 3
    """, [("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Castrian", "opposes", "Doravian")}


def test_backing_a_states_rebels_backs_the_rebels_not_the_state(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 4
        's PART/POS case 2
        rebels NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, STATES[:2])
    assert relations(doc, str(data_dir)) == set()


def test_members_of_an_alliance_against_a_party_oppose_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        stressed VERB/VBD ROOT 3
        their PRON/PRP$ poss 5
        alliance NOUN/NN dobj 3
        against ADP/IN prep 5
        Norland PROPN/NNP pobj 6
        . PUNCT/. punct 3
    """, STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland"), ("Doravia", "opposes", "Norland")}


def test_a_name_singled_out_of_a_group_is_meant_too(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 3
        West PROPN/NNP dobj 1
        , PUNCT/, punct 3
        especially ADV/RB advmod 6
        Norland PROPN/NNP appos 3
        . PUNCT/. punct 1
    """, [STATES[0], ("West", "PLACE", ""), STATES[2]])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def test_keeping_a_party_from_an_act_opposes_it_and_the_act_is_not_done(data_dir: Path) -> None:
    joining = parsed("""
        Castria PROPN/NNP nsubj 1
        blocked VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        from ADP/IN prep 1
        joining VERB/VBG pcomp 3
        Vexor PROPN/NNP dobj 4
        . PUNCT/. punct 1
    """, [*STATES[:2], ("Vexor", "ORG", "ORG:VEXOR")])
    attacking = parsed("""
        Castria PROPN/NNP nsubj 1
        stopped VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        from ADP/IN prep 1
        attacking VERB/VBG pcomp 3
        Norland PROPN/NNP dobj 4
        . PUNCT/. punct 1
    """, STATES)
    assert relations(joining, str(data_dir)) == {("Castria", "opposes", "Doravia")}  # Doravia neither joins nor refuses
    assert relations(attacking, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_a_wrong_said_to_be_done_by_someone_in_the_passive_charges_them(data_dir: Path) -> None:
    # "Castria said the deal threatened to undermine security and had been weaponised by Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        deal NOUN/NN nsubj 4
        threatened VERB/VBD ccomp 1
        to PART/TO aux 6
        undermine VERB/VB xcomp 4
        security NOUN/NN dobj 6
        and CCONJ/CC cc 6
        had AUX/VBD aux 11
        been AUX/VBN auxpass 11
        weaponised VERB/VBN conj 6
        by ADP/IN agent 11
        Doravia PROPN/NNP pobj 12
        . PUNCT/. punct 1
    """, STATES[:2])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_a_wrong_denied_to_be_done_by_someone_charges_no_one(data_dir: Path) -> None:
    # "Castria said the talks were not sabotaged by Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        talks NOUN/NNS nsubjpass 6
        were AUX/VBD auxpass 6
        not PART/RB neg 6
        sabotaged VERB/VBN ccomp 1
        by ADP/IN agent 6
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, STATES[:2])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))
