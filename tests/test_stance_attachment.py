"""Stances whose words the parser hung in the wrong place, on hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations


@pytest.mark.parametrize(("subject", "holder"), [("talks NOUN/NNS", "Odell"), ("Varga PROPN/NNP", "Varga")])
def test_a_participle_hung_on_a_reported_clause_about_talks_is_the_reporters(
        data_dir: Path, subject: str, holder: str) -> None:
    # "Odell said that talks had stalled, accusing Doravia of delays": talks accuse no one; "Odell said that
    # Varga had stalled, accusing Doravia ..." is Varga's charge
    doc = parsed(f"""
        Odell PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        that SCONJ/IN mark 5
        {subject} nsubj 5
        had AUX/VBD aux 5
        stalled VERB/VBN ccomp 1
        , PUNCT/, punct 5
        accusing VERB/VBG advcl 5
        Doravia PROPN/NNP dobj 7
        of ADP/IN prep 7
        delays NOUN/NNS pobj 9
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), *([("Varga", "PERSON", "")] if holder == "Varga" else []),
          ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {(holder, "opposes", "Doravia")}


def test_the_last_conjunct_of_stance_takes_the_phrase_and_owner_hung_on_the_first(data_dir: Path) -> None:
    # "Castria's buildup and aggression toward Doravia alarmed Norland"
    doc = parsed("""
        Castria PROPN/NNP poss 2
        's PART/POS case 0
        buildup NOUN/NN nsubj 7
        and CCONJ/CC cc 2
        aggression NOUN/NN conj 2
        toward ADP/IN prep 2
        Doravia PROPN/NNP pobj 5
        alarmed VERB/VBD ROOT 7
        Norland PROPN/NNP dobj 7
        . PUNCT/. punct 7
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_a_name_after_a_comma_hung_on_the_verb_names_the_group_before_it(data_dir: Path) -> None:
    # "Castria demanded an end to another armed group, the Vexor Front"
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        demanded VERB/VBD ROOT 1
        an DET/DT det 3
        end NOUN/NN dobj 1
        to ADP/IN prep 3
        another DET/DT det 7
        armed ADJ/JJ amod 7
        group NOUN/NN pobj 4
        , PUNCT/, punct 1
        the DET/DT det 11
        Vexor PROPN/NNP compound 11
        Front PROPN/NNP dep 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Vexor Front", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Vexor Front")}


def test_a_title_parsed_as_a_second_subject_leaves_the_person_the_subject(data_dir: Path) -> None:
    # "Norland's deputy chief Odell questioned Castria's claim": Odell questions it, and so opposes Castria
    doc = parsed("""
        Norland PROPN/NNP poss 3
        's PART/POS case 0
        deputy NOUN/NN compound 3
        chief NOUN/NN nsubj 5
        Odell PROPN/NNP nsubj 5
        questioned VERB/VBD ROOT 5
        Castria PROPN/NNP poss 8
        's PART/POS case 6
        claim NOUN/NN dobj 5
        . PUNCT/. punct 5
    """, [("Norland", "STATE", "STATE:XN"), ("Odell", "PERSON", ""), ("Castria", "STATE", "STATE:XC")])
    got = relations(doc, str(data_dir))
    assert ("Odell", "opposes", "Castria") in got
    assert ("Norland", "opposes", "Castria") not in got


def test_a_purpose_hung_on_the_verb_serves_the_operation_before_it(data_dir: Path) -> None:
    # "The raid followed a Castrian operation to capture Odell"
    doc = parsed("""
        The DET/DT det 1
        raid NOUN/NN nsubj 2
        followed VERB/VBD ROOT 2
        a DET/DT det 5
        Castrian ADJ/JJ amod 5
        operation NOUN/NN dobj 2
        to PART/TO aux 7
        capture VERB/VB advcl 2
        Odell PROPN/NNP dobj 7
        . PUNCT/. punct 2
    """, [("Castrian", "STATE", "STATE:XC"), ("Odell", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Castrian", "opposes", "Odell")}


def test_a_news_agencys_report_parsed_as_a_noun_does_not_disown_what_it_reports(data_dir: Path) -> None:
    # "Castria demanded the withdrawal of Doravian forces, Reuters reports" ('reports' taken for a noun)
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        demanded VERB/VBD ccomp 9
        the DET/DT det 3
        withdrawal NOUN/NN dobj 1
        of ADP/IN prep 3
        Doravian ADJ/JJ amod 6
        forces NOUN/NNS pobj 4
        , PUNCT/, punct 9
        Reuters PROPN/NNP compound 9
        reports NOUN/NNS ROOT 9
        . PUNCT/. punct 9
    """, [("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD"), ("Reuters", "ORG", "")])
    assert ("Castria", "opposes", "Doravian") in relations(doc, str(data_dir))


def test_both_names_of_a_hyphened_pair_hold_the_act(data_dir: Path) -> None:
    # "The Castria-Doravia strikes on Norland continued"
    doc = parsed("""
        The DET/DT det 4
        Castria PROPN/NNP compound 3
        - PUNCT/HYPH punct 3
        Doravia PROPN/NNP compound 4
        strikes NOUN/NNS nsubj 7
        on ADP/IN prep 4
        Norland PROPN/NNP pobj 5
        continued VERB/VBD ROOT 7
        . PUNCT/. punct 7
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland"), ("Doravia", "opposes", "Norland")}


def test_asking_a_body_to_halt_a_state_opposes_the_state_not_the_body(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        on ADP/IN prep 1
        Vexor PROPN/NNP pobj 2
        to PART/TO aux 5
        halt VERB/VB xcomp 1
        Castria PROPN/NNP dobj 5
        from ADP/IN prep 5
        arming VERB/VBG pcomp 7
        rebels NOUN/NNS dobj 8
        . PUNCT/. punct 1
    """, [("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "ORG:VEXOR"), ("Castria", "STATE", "STATE:XC")])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "opposes", "Castria") in found
    assert ("Doravia", "opposes", "Vexor") not in found


def test_a_charge_hung_on_a_case_is_made_by_whoever_filed_the_case(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        orders NOUN/NNS nsubj 2
        came VERB/VBD ROOT 2
        through ADP/IN prep 2
        a DET/DT det 5
        case NOUN/NN pobj 3
        filed VERB/VBN acl 5
        by ADP/IN agent 6
        Castria PROPN/NNP pobj 7
        accusing VERB/VBG acl 5
        Doravia PROPN/NNP dobj 9
        of ADP/IN prep 9
        breaching VERB/VBG pcomp 11
        the DET/DT det 14
        treaty NOUN/NN dobj 12
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}
