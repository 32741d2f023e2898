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
