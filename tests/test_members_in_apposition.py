"""A membership told in apposition: 'the Harbour Front, a member of the Pact, objected' puts the Front in the Pact
(not 'Castria, not a member of the Pact'); 'the Alliance' written with a capital after the one organisation
named '... Alliance' is its short name; a sentence's opening participle is no part of its object's name
('Comprising TNLA, ...'). Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Span

from nlp.entities import EntityRecognizer
from nlp.name_evidence import _short_names
from nlp.name_lexicon import load_name_lexicon
from tests.handmade import parsed, relations

PACT = ("Pact", "ORG", "ORG:XPACT")

FRONT_A_MEMBER = """
    The DET/DT det 2
    Harbour PROPN/NNP compound 2
    Front PROPN/NNP nsubj 10
    , PUNCT/, punct 2
    a DET/DT det 5
    member NOUN/NN appos 2
    of ADP/IN prep 5
    the DET/DT det 8
    Pact PROPN/NNP pobj 6
    , PUNCT/, punct 2
    objected VERB/VBD ROOT 10
    . PUNCT/. punct 10
"""

NOT_A_MEMBER = """
    Castria PROPN/NNP nsubj 9
    , PUNCT/, punct 0
    not PART/RB neg 0
    a DET/DT det 4
    member NOUN/NN appos 0
    of ADP/IN prep 4
    the DET/DT det 7
    Pact PROPN/NNP pobj 5
    , PUNCT/, punct 0
    objected VERB/VBD ROOT 9
    . PUNCT/. punct 9
"""

# "The Harbour Alliance met . The Front , a member of the Alliance , objected ."
SHORT_ALLIANCE = """
    The DET/DT det 2
    Harbour PROPN/NNP compound 2
    Alliance PROPN/NNP nsubj 3
    met VERB/VBD ROOT 3
    . PUNCT/. punct 3
    The DET/DT det 6
    Front PROPN/NNP nsubj 13
    , PUNCT/, punct 6
    a DET/DT det 9
    member NOUN/NN appos 6
    of ADP/IN prep 9
    the DET/DT det 12
    Alliance PROPN/NNP pobj 10
    , PUNCT/, punct 6
    objected VERB/VBD ROOT 13
    . PUNCT/. punct 13
"""

OPENING_GERUND = """
    Comprising VERB/VBG advcl 3
    Tarvo PROPN/NNP dobj 0
    , PUNCT/, punct 3
    it PRON/PRP nsubj 3
    fought VERB/VBD ROOT 3
    . PUNCT/. punct 3
"""


def test_a_member_in_apposition_belongs_to_the_body(data_dir: Path) -> None:
    found = relations(parsed(FRONT_A_MEMBER, [("Harbour Front", "ORG", ""), PACT]), str(data_dir))
    assert ("Harbour Front", "participates_in", "Pact") in found


def test_not_a_member_in_apposition_belongs_to_nothing(data_dir: Path) -> None:
    found = relations(parsed(NOT_A_MEMBER, [("Castria", "STATE", "STATE:XC"), PACT]), str(data_dir))
    assert not any(r == "participates_in" for _, r, _ in found)


def _recognizer(data_dir: Path) -> EntityRecognizer:
    return EntityRecognizer(spacy.blank("en"), str(data_dir))


def test_the_capitalised_alliance_is_the_alliance_named_before(data_dir: Path) -> None:
    doc = parsed(SHORT_ALLIANCE)
    ents = [Span(doc, 1, 3, label="ORG")]
    added = _recognizer(data_dir)._anaphors(doc, ents)
    assert [(s.text, s.label_) for s in added] == [("Alliance", "ORG")]
    doc.ents = [*ents, *added]
    assert list(_short_names(list(doc.ents), load_name_lexicon(str(data_dir)))) == [(1, 0)]


def test_a_lower_case_or_unmatched_alliance_is_no_name(data_dir: Path) -> None:
    doc = parsed(SHORT_ALLIANCE.replace("Alliance PROPN/NNP pobj", "alliance NOUN/NN pobj"))
    assert _recognizer(data_dir)._anaphors(doc, [Span(doc, 1, 3, label="ORG")]) == []
    doc = parsed(SHORT_ALLIANCE.replace("Alliance PROPN/NNP nsubj 3", "League PROPN/NNP nsubj 3", 1))
    assert _recognizer(data_dir)._anaphors(doc, [Span(doc, 1, 3, label="ORG")]) == []


def test_an_opening_participle_is_no_part_of_its_objects_name(data_dir: Path) -> None:
    doc = parsed(OPENING_GERUND)
    cleaned = _recognizer(data_dir)._clean_ner(Span(doc, 0, 2, label="PERSON"))
    assert cleaned is not None and cleaned.text == "Tarvo"
