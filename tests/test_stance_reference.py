"""What a definite description or an act noun refers back to, on hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations


def test_an_attack_just_named_is_the_one_condemned_not_an_older_one_of_the_same_word(data_dir: Path) -> None:
    # "Vexor attacked ships on Monday. Odell spoke. Castrian strikes on Doravia were barbaric, Odell said.
    # Norland condemned the attack."
    doc = parsed("""
        Vexor PROPN/NNP nsubj 1
        attacked VERB/VBD ROOT 1
        ships NOUN/NNS dobj 1
        on ADP/IN prep 1
        Monday PROPN/NNP pobj 3
        . PUNCT/. punct 1
        Odell PROPN/NNP nsubj 7
        spoke VERB/VBD ROOT 7
        . PUNCT/. punct 7
        Castrian ADJ/JJ amod 10
        strikes NOUN/NNS nsubj 13
        on ADP/IN prep 10
        Doravia PROPN/NNP pobj 11
        were AUX/VBD ccomp 17
        barbaric ADJ/JJ acomp 13
        , PUNCT/, punct 17
        Odell PROPN/NNP nsubj 17
        said VERB/VBD ROOT 17
        . PUNCT/. punct 17
        Norland PROPN/NNP nsubj 20
        condemned VERB/VBD ROOT 20
        the DET/DT det 22
        attack NOUN/NN dobj 20
        . PUNCT/. punct 20
    """, [("Vexor", "ORG", "ORG:VEXOR"), ("Odell", "PERSON", ""), ("Castrian", "STATE", "STATE:XC"),
          ("Doravia", "STATE", "STATE:XD"), ("Odell", "PERSON", ""), ("Norland", "STATE", "STATE:XN")])
    got = relations(doc, str(data_dir))
    assert ("Norland", "opposes", "Castrian") in got
    assert ("Norland", "opposes", "Vexor") not in got


@pytest.mark.parametrize(("tail", "expected"), [
    ("", {("Odell", "supports", "Castria")}),
    ("""to PART/TO aux 10
        enter VERB/VB acl 8
        the DET/DT det 12
        embassy NOUN/NN dobj 10""", set())])
def test_a_decision_with_its_own_clause_names_its_own_act(data_dir: Path, tail: str, expected: set) -> None:
    # "Castria expelled the envoy. Odell defended the decision (to enter the embassy)."
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        expelled VERB/VBD ROOT 1
        the DET/DT det 3
        envoy NOUN/NN dobj 1
        . PUNCT/. punct 1
        Odell PROPN/NNP nsubj 6
        defended VERB/VBD ROOT 6
        the DET/DT det 8
        decision NOUN/NN dobj 6
        {tail}
        . PUNCT/. punct 6
    """, [("Castria", "STATE", "STATE:XC"), ("Odell", "PERSON", "")])
    assert {r for r in relations(doc, str(data_dir)) if r[0] == "Odell"} == expected


def test_the_backed_group_is_the_group_just_named_and_its_backer_supports_it(data_dir: Path) -> None:
    # "A senior Vexor member said the Castria-backed group had attacked Doravia."
    doc = parsed("""
        A DET/DT det 3
        senior ADJ/JJ amod 3
        Vexor PROPN/NNP compound 3
        member NOUN/NN nsubj 4
        said VERB/VBD ROOT 4
        the DET/DT det 9
        Castria PROPN/NNP npadvmod 8
        - PUNCT/HYPH punct 8
        backed VERB/VBN amod 9
        group NOUN/NN nsubj 11
        had AUX/VBD aux 11
        attacked VERB/VBN ccomp 4
        Doravia PROPN/NNP dobj 11
        . PUNCT/. punct 4
    """, [("Vexor", "ORG", "ORG:VEXOR"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    got = relations(doc, str(data_dir))
    assert ("Castria", "supports", "Vexor") in got
    assert ("Vexor", "opposes", "Doravia") in got


def test_an_announcement_by_a_state_about_itself_is_its_own_and_every_joined_word_judges_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        announcement NOUN/NN nsubj 10
        by ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        that SCONJ/IN mark 9
        it PRON/PRP nsubj 9
        is AUX/VBZ aux 9
        leaving VERB/VBG acl 3
        is AUX/VBZ ccomp 1
        deeply ADV/RB advmod 12
        unfortunate ADJ/JJ acomp 10
        and CCONJ/CC cc 12
        irresponsible ADJ/JJ conj 12
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_a_gerund_is_its_possessors_act_and_what_it_is_called_judges_that_act(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        denounced VERB/VBD ROOT 1
        the DET/DT det 4
        Castrian ADJ/JJ amod 4
        regime NOUN/NN poss 6
        's PART/POS case 4
        targeting VERB/VBG dobj 1
        of ADP/IN prep 6
        Doravian ADJ/JJ amod 9
        diplomats NOUN/NNS pobj 7
        , PUNCT/, punct 1
        calling VERB/VBG advcl 1
        it PRON/PRP dobj 11
        a DET/DT det 15
        flagrant ADJ/JJ amod 15
        violation NOUN/NN oprd 11
        of ADP/IN prep 15
        the DET/DT det 18
        sovereignty NOUN/NN pobj 16
        of ADP/IN prep 18
        Doravia PROPN/NNP pobj 19
        . PUNCT/. punct 1
        Vexor PROPN/NNP nsubj 23
        expressed VERB/VBD ROOT 23
        concern NOUN/NN dobj 23
        over ADP/IN prep 24
        the DET/DT det 27
        attack NOUN/NN pobj 25
        . PUNCT/. punct 23
    """, [("Norland", "STATE", "STATE:XN"), ("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD"),
          ("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == {("Norland", "opposes", "Castrian"), ("Vexor", "opposes", "Castrian")}


def test_a_possessor_with_an_of_object_did_what_happened_to_the_object(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        killing NOUN/NN dobj 1
        of ADP/IN prep 4
        Doravian ADJ/JJ amod 7
        envoys NOUN/NNS pobj 5
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Norland", "opposes", "Castria")}


@pytest.mark.parametrize("act", ["killing", "targeting"])
def test_an_act_with_no_doer_named_opposes_no_one(data_dir: Path, act: str) -> None:
    doc = parsed(f"""
        Norland PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 3
        {act} NOUN/NN dobj 1
        of ADP/IN prep 3
        Doravian ADJ/JJ amod 6
        envoys NOUN/NNS pobj 4
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == set()


def test_a_text_that_names_a_state_is_not_that_state(data_dir: Path) -> None:
    # "Doravia issued a statement that names Castria as an enabler while committing support for Norland."
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        issued VERB/VBD ROOT 1
        a DET/DT det 3
        statement NOUN/NN dobj 1
        that PRON/WDT nsubj 5
        names VERB/VBZ relcl 3
        Castria PROPN/NNP dobj 5
        as ADP/IN prep 5
        an DET/DT det 9
        enabler NOUN/NN pobj 7
        while SCONJ/IN mark 12
        also ADV/RB advmod 12
        committing VERB/VBG advcl 5
        support NOUN/NN dobj 12
        for ADP/IN prep 13
        Norland PROPN/NNP pobj 14
        . PUNCT/. punct 1
    """, [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert ("Castria", "supports", "Norland") not in relations(doc, str(data_dir))


def test_a_group_that_calls_itself_a_name_is_that_name(data_dir: Path) -> None:
    # "Doravia attacked a militia that calls itself the Vexor Front."
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        attacked VERB/VBD ROOT 1
        a DET/DT det 3
        militia NOUN/NN dobj 1
        that PRON/WDT nsubj 5
        calls VERB/VBZ relcl 3
        itself PRON/PRP dobj 5
        the DET/DT det 9
        Vexor PROPN/NNP compound 9
        Front PROPN/NNP oprd 5
        . PUNCT/. punct 1
    """, [("Doravia", "STATE", "STATE:XD"), ("Vexor Front", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "Vexor Front")}
