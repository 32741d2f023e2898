"""Where a subject stands, said with a copula or an absolute 'with': 'X is against Y', 'X was in favour of Y's
membership', 'X is opposed to Y' (parsed with X hung on the 'is'), '..., with X and Y against the readmission of Z'.
Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")


def test_a_subject_that_is_against_someone_opposes_them(data_dir: Path) -> None:
    # "Castria is against Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        against ADP/IN prep 1
        Doravia PROPN/NNP pobj 2
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_not_being_against_someone_is_no_stance(data_dir: Path) -> None:
    # "Castria is not against Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        not PART/RB neg 1
        against ADP/IN prep 1
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert not relations(doc, str(data_dir))


def test_being_in_favour_of_a_states_membership_backs_it(data_dir: Path) -> None:
    # "Castria was in favour of Doravia's membership."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        was AUX/VBD ROOT 1
        in ADP/IN prep 1
        favour NOUN/NN pobj 2
        of ADP/IN prep 3
        Doravia PROPN/NNP poss 7
        's PART/POS case 5
        membership NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "supports", "Doravia") in relations(doc, str(data_dir))


def test_opposed_to_with_the_subject_hung_on_the_auxiliary(data_dir: Path) -> None:
    # "Castria is opposed to Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ auxpass 2
        opposed VERB/VBN ROOT 2
        to ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 2
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_an_absolute_with_says_where_its_names_stand(data_dir: Path) -> None:
    # "The talks ended, with Castria and Norland against the readmission of Doravia."
    doc = parsed("""
        The DET/DT det 1
        talks NOUN/NNS nsubj 2
        ended VERB/VBD ROOT 2
        , PUNCT/, punct 2
        with ADP/IN prep 2
        Castria PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Norland PROPN/NNP conj 5
        against ADP/IN prep 5
        the DET/DT det 10
        readmission NOUN/NN pobj 8
        of ADP/IN prep 10
        Doravia PROPN/NNP pobj 11
        . PUNCT/. punct 2
    """, [CASTRIA, NORLAND, DORAVIA])
    found = relations(doc, str(data_dir))
    assert {("Castria", "opposes", "Doravia"), ("Norland", "opposes", "Doravia")} <= found


def test_a_with_that_names_a_companion_takes_no_side(data_dir: Path) -> None:
    # "Castria met with Norland against the wishes of Doravia." (no comma: a companion, not an absolute)
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        met VERB/VBD ROOT 1
        with ADP/IN prep 1
        Norland PROPN/NNP pobj 2
        against ADP/IN prep 3
        the DET/DT det 6
        wishes NOUN/NNS pobj 4
        of ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [CASTRIA, NORLAND, DORAVIA])
    assert ("Norland", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_something_done_in_someones_favour_by_no_one_named_is_not_the_speakers_act(data_dir: Path) -> None:
    # "Castria said the vote was rigged in favour of Doravia." (who rigged it is not said; Castria backs no one)
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        vote NOUN/NN nsubjpass 5
        was AUX/VBD auxpass 5
        rigged VERB/VBN ccomp 1
        in ADP/IN prep 5
        favour NOUN/NN pobj 6
        of ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "supports", "Doravia") not in relations(doc, str(data_dir))


def test_stepping_aside_in_someones_favour_backs_them(data_dir: Path) -> None:
    # "Castria stepped aside in favour of Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        stepped VERB/VBD ROOT 1
        aside ADV/RB advmod 1
        in ADP/IN prep 1
        favour NOUN/NN pobj 3
        of ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "supports", "Doravia") in relations(doc, str(data_dir))
