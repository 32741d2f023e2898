"""A stance on an agreement the article names by no proper name is one on its parties, each named in its phrase
('slammed an agreement between X and Y', 'the X-Y deal'); not on a deal that only ends hostilities. On
hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

NORLAND, CASTRIA, DORAVIA = ("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), \
    ("Doravia", "STATE", "STATE:XD")


def test_rejecting_an_agreement_between_two_states_opposes_both(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        slammed VERB/VBD ROOT 1
        the DET/DT det 3
        agreement NOUN/NN dobj 1
        between ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Doravia PROPN/NNP conj 5
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA, DORAVIA])
    found = relations(doc, str(data_dir))
    assert {("Norland", "opposes", "Castria"), ("Norland", "opposes", "Doravia")} <= found
    assert ("Norland", "supports", "Castria") not in found


def test_a_hyphened_pair_names_both_parties(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 6
        Castria PROPN/NNP compound 5
        - PUNCT/HYPH punct 5
        Doravia PROPN/NNP compound 6
        deal NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA, DORAVIA])
    assert {("Norland", "opposes", "Castria"), ("Norland", "opposes", "Doravia")} <= relations(doc, str(data_dir))


def test_a_ceasefire_between_two_sides_is_no_stance_on_either(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        criticised VERB/VBD ROOT 1
        the DET/DT det 4
        ceasefire NOUN/NN compound 4
        agreement NOUN/NN dobj 1
        between ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        and CCONJ/CC cc 6
        Doravia PROPN/NNP conj 6
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA, DORAVIA])
    assert not {r for r in relations(doc, str(data_dir)) if r[0] == "Norland"}


def test_judging_an_agreement_void_opposes_its_parties(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 6
        Castria PROPN/NNP compound 5
        - PUNCT/HYPH punct 5
        Doravia PROPN/NNP compound 6
        agreement NOUN/NN nsubj 7
        is AUX/VBZ ccomp 1
        void ADJ/JJ acomp 7
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA, DORAVIA])
    assert {("Norland", "opposes", "Castria"), ("Norland", "opposes", "Doravia")} <= relations(doc, str(data_dir))
