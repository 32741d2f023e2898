"""Designations and descriptions said in the passive or as a small clause: 'X is considered a terrorist group by
Y', 'Y considers X a threat', 'X, a Y-sanctioned militia'. Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Front", "ORG", ""), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def test_a_passive_designation_is_the_agent_s_stance_even_when_the_parser_hangs_by_on_the_noun(
        data_dir: Path) -> None:
    doc = parsed("""
        Front PROPN/NNP nsubjpass 2
        is AUX/VBZ auxpass 2
        considered VERB/VBN ROOT 2
        a DET/DT det 5
        terrorist ADJ/JJ amod 5
        organisation NOUN/NN oprd 2
        by ADP/IN prep 5
        Castria PROPN/NNP pobj 6
        . PUNCT/. punct 2
    """, ENTS[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Front")}


def test_a_designation_as_in_a_relative_clause_judges_its_antecedent(data_dir: Path) -> None:
    doc = parsed("""
        Front PROPN/NNP nsubj 12
        , PUNCT/, punct 0
        which PRON/WDT nsubjpass 4
        is AUX/VBZ auxpass 4
        listed VERB/VBN relcl 0
        as ADP/IN prep 4
        a DET/DT det 8
        terrorist ADJ/JJ amod 8
        group NOUN/NN pobj 5
        by ADP/IN prep 8
        Castria PROPN/NNP pobj 9
        , PUNCT/, punct 0
        disarmed VERB/VBD ROOT 12
        . PUNCT/. punct 12
    """, ENTS[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Front")}


def test_a_by_phrase_on_an_act_noun_names_the_act_s_author_not_the_describer(data_dir: Path) -> None:
    doc = parsed("""
        Front PROPN/NNP nsubjpass 2
        was AUX/VBD auxpass 2
        described VERB/VBN ROOT 2
        as ADP/IN prep 2
        a DET/DT det 5
        violation NOUN/NN pobj 3
        of ADP/IN prep 5
        the DET/DT det 8
        truce NOUN/NN pobj 6
        by ADP/IN prep 5
        Castria PROPN/NNP pobj 9
        . PUNCT/. punct 2
    """, ENTS[:2])
    assert ("Castria", "opposes", "Front") not in relations(doc, str(data_dir))


def test_considering_x_a_threat_parsed_as_a_verbless_clause_judges_x(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        considers VERB/VBZ ROOT 1
        the DET/DT det 3
        Front PROPN/NNP nsubj 5
        a DET/DT det 5
        threat NOUN/NN ccomp 1
        . PUNCT/. punct 1
    """, ENTS[1::-1])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Front")}


def test_a_hyphened_sanction_on_an_apposition_opposes_the_name_it_describes(data_dir: Path) -> None:
    doc = parsed("""
        Front PROPN/NNP nsubj 8
        , PUNCT/, punct 0
        a DET/DT det 6
        Castria PROPN/NNP amod 6
        - ADJ/JJ amod 6
        sanctioned VERB/VBN amod 6
        militia NOUN/NN appos 0
        , PUNCT/, punct 0
        withdrew VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, ENTS[:2])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Front")}
