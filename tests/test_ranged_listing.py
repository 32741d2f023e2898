"""Sides named by a participle of alignment and then listed: 'the countries ranged against X are A and B' (also
when the parser makes the participle the main verb and the copula its conjunct), 'the states aligned with X
include A', 'A is ranged against X'. On hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
NORLAND = ("Norland", "STATE", "STATE:XN")
AGAINST = {("Doravia", "opposes", "Castria"), ("Norland", "opposes", "Castria")}


def _misparsed_list(copula: str, negation: bool = False) -> str:
    """'The countries ranged against Castria are [not] Doravia and Norland', with 'ranged' as the main verb."""
    shift = 1 if negation else 0
    return f"""
        The DET/DT det 1
        countries NOUN/NNS nsubj 2
        ranged VERB/VBD ROOT 2
        against ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        {copula} AUX/VBP conj 2
        {"not PART/RB neg 5" if negation else ""}
        Doravia PROPN/NNP attr 5
        and CCONJ/CC cc {6 + shift}
        Norland PROPN/NNP conj {6 + shift}
        . PUNCT/. punct 2
    """


def test_those_listed_after_a_misparsed_participle_hold_its_stance(data_dir: Path) -> None:
    doc = parsed(_misparsed_list("are"), [CASTRIA, DORAVIA, NORLAND])
    assert relations(doc, str(data_dir)) >= AGAINST


def test_a_denied_listing_names_no_one(data_dir: Path) -> None:
    doc = parsed(_misparsed_list("are", negation=True), [CASTRIA, DORAVIA, NORLAND])
    assert not AGAINST & relations(doc, str(data_dir))


def test_a_true_coordination_is_not_a_listing(data_dir: Path) -> None:
    """'The countries ranged against Castria and are Doravia's allies': with 'and' the two verbs are the
    same subject's, so the allies are not those listed as ranged against Castria."""
    doc = parsed("""
        The DET/DT det 1
        countries NOUN/NNS nsubj 2
        ranged VERB/VBD ROOT 2
        against ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        and CCONJ/CC cc 2
        are AUX/VBP conj 2
        Doravia PROPN/NNP poss 9
        's PART/POS case 7
        allies NOUN/NNS attr 6
        . PUNCT/. punct 2
    """, [CASTRIA, DORAVIA])
    assert ("Doravia", "opposes", "Castria") not in relations(doc, str(data_dir))


def test_a_participle_of_alignment_describes_those_included(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        states NOUN/NNS nsubj 5
        aligned VERB/VBN acl 1
        with ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        include VERB/VBP ROOT 5
        Doravia PROPN/NNP dobj 5
        . PUNCT/. punct 5
    """, [CASTRIA, DORAVIA])
    assert ("Doravia", "supports", "Castria") in relations(doc, str(data_dir))


def test_ranged_against_is_a_side_taken(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubjpass 2
        is AUX/VBZ auxpass 2
        ranged VERB/VBN ROOT 2
        against ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        . PUNCT/. punct 2
    """, [DORAVIA, CASTRIA])
    assert ("Doravia", "opposes", "Castria") in relations(doc, str(data_dir))


def test_one_warned_against_a_side_takes_none(data_dir: Path) -> None:
    """'Doravia was warned against Castria': the warning is someone else's; Doravia is told, not ranged."""
    doc = parsed("""
        Doravia PROPN/NNP nsubjpass 2
        was AUX/VBD auxpass 2
        warned VERB/VBN ROOT 2
        against ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        . PUNCT/. punct 2
    """, [DORAVIA, CASTRIA])
    assert ("Doravia", "opposes", "Castria") not in relations(doc, str(data_dir))
