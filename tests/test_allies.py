"""Allies and partners named by a noun, and a quotation's 'our' (the speaker's, who speaks in the quotation's own
sentence first), on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
KOVAR = ("Anna Kovar", "PERSON", "")


def test_its_in_an_apposition_to_the_object_is_the_subjects(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        consult VERB/VB ROOT 2
        Doravia PROPN/NNP dobj 2
        , PUNCT/, punct 3
        one NUM/CD appos 3
        of ADP/IN prep 5
        its PRON/PRP$ poss 9
        closest ADJ/JJS amod 9
        allies NOUN/NNS pobj 6
        . PUNCT/. punct 2
    """, [CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia"), ("Doravia", "supports", "Castria")}


def test_our_ally_in_a_quotation_is_the_speakers(data_dir: Path) -> None:
    doc = parsed("""
        " PUNCT/`` punct 12
        Doravia PROPN/NNP nsubj 2
        is AUX/VBZ ccomp 12
        our PRON/PRP$ poss 5
        closest ADJ/JJS amod 5
        ally NOUN/NN attr 2
        , PUNCT/, punct 12
        " PUNCT/'' punct 12
        Castrian ADJ/JJ amod 9
        envoy NOUN/NN compound 11
        Anna PROPN/NNP compound 11
        Kovar PROPN/NNP nsubj 12
        said VERB/VBD ROOT 12
        . PUNCT/. punct 12
    """, [DORAVIA, ("Castrian", "STATE", "STATE:XC"), KOVAR])
    assert {r for r in relations(doc, str(data_dir)) if r[1] == "supports"} == {
        ("Anna Kovar", "supports", "Doravia"), ("Doravia", "supports", "Anna Kovar")}


def test_they_are_our_partners_guesses_twice_and_says_nothing(data_dir: Path) -> None:
    doc = parsed("""
        " PUNCT/`` punct 9
        They PRON/PRP nsubj 2
        are AUX/VBP ccomp 9
        our PRON/PRP$ poss 4
        partners NOUN/NNS attr 2
        , PUNCT/, punct 9
        " PUNCT/'' punct 9
        Anna PROPN/NNP compound 8
        Kovar PROPN/NNP nsubj 9
        said VERB/VBD ROOT 9
        of ADP/IN prep 9
        Doravia PROPN/NNP pobj 10
        . PUNCT/. punct 9
    """, [KOVAR, DORAVIA])
    assert relations(doc, str(data_dir)) == set()


def test_our_troops_and_our_country_in_a_quotation_are_its_speakers_own(data_dir: Path) -> None:
    doc = parsed("""
        " PUNCT/`` punct 12
        Our PRON/PRP$ poss 2
        troops NOUN/NNS nsubj 4
        will AUX/MD aux 4
        join VERB/VB ccomp 12
        Operation PROPN/NNP compound 7
        Sea PROPN/NNP compound 7
        Shield PROPN/NNP dobj 4
        , PUNCT/, punct 12
        " PUNCT/'' punct 12
        Anna PROPN/NNP compound 11
        Kovar PROPN/NNP nsubj 12
        said VERB/VBD ROOT 12
        . PUNCT/. punct 12
        " PUNCT/`` punct 19
        Our PRON/PRP$ poss 16
        country NOUN/NN nsubj 19
        will AUX/MD aux 19
        not PART/RB neg 19
        take VERB/VB ccomp 25
        part NOUN/NN dobj 19
        , PUNCT/, punct 25
        " PUNCT/'' punct 25
        Ivan PROPN/NNP compound 24
        Petrov PROPN/NNP nsubj 25
        said VERB/VBD ROOT 25
        . PUNCT/. punct 25
    """, [("Operation Sea Shield", "ORG", "MISSION:Operation Sea Shield"), KOVAR, ("Ivan Petrov", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "participates_in", "Operation Sea Shield"),
                                             ("Ivan Petrov", "declines", "Operation Sea Shield")}
