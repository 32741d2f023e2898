"""What a verb does to its object it does to the nouns joined to it: 'Castria halted its aid and cooperation with
Doravia' ends both (no backing, and the ending opposes Doravia); a 'them' given something after a plural description
('urged the two generals to meet and gave them a deadline') is not the one state named before. Hand-parsed
sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")


def test_halting_aid_and_cooperation_with_a_state_opposes_it(data_dir: Path) -> None:
    # "Castria halted its aid and cooperation with Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        halted VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        aid NOUN/NN dobj 1
        and CCONJ/CC cc 3
        cooperation NOUN/NN conj 3
        with ADP/IN prep 3
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Castria", "supports", "Doravia") not in found


def test_a_them_after_a_plural_description_is_not_the_state_named_before(data_dir: Path) -> None:
    # "Castria renewed its plea for a ceasefire in Doravia's war, urging the two generals to meet and giving them
    # a deadline."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        renewed VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        plea NOUN/NN dobj 1
        for ADP/IN prep 1
        a DET/DT det 6
        ceasefire NOUN/NN pobj 4
        in ADP/IN prep 6
        Doravia PROPN/NNP poss 10
        's PART/POS case 8
        war NOUN/NN pobj 7
        , PUNCT/, punct 1
        urging VERB/VBG advcl 1
        the DET/DT det 15
        two NUM/CD nummod 15
        generals NOUN/NNS dobj 12
        to PART/TO aux 17
        meet VERB/VB xcomp 12
        and CCONJ/CC cc 17
        giving VERB/VBG conj 17
        them PRON/PRP dative 19
        a DET/DT det 22
        deadline NOUN/NN dobj 19
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))
