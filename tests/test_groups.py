"""Descriptions that point back to states named before: 'the three countries' (a list), 'the country' (the
speaker's state). Hand-parsed sentences, no trained model."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

STATES = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]
LIST = """
    Castria PROPN/NNP nsubj 5
    , PUNCT/, punct 0
    Doravia PROPN/NNP conj 0
    and CCONJ/CC cc 2
    Norland PROPN/NNP conj 2
    met VERB/VBD ROOT 5
    . PUNCT/. punct 5
"""
SPOKE = """
    Front PROPN/NNP nsubj {verb}
    spoke VERB/VBD ROOT {verb}
    . PUNCT/. punct {verb}
"""
CONDEMNED = """
    The DET/DT det {noun}
    three NUM/CD nummod {noun}
    countries NOUN/NNS nsubj {verb}
    condemned VERB/VBD ROOT {verb}
    Alder PROPN/NNP compound {obj}
    Works PROPN/NNP dobj {verb}
    . PUNCT/. punct {verb}
"""


def _sentence(rows: str, start: int, **heads: int) -> str:
    return rows.format(**{k: v + start for k, v in heads.items()})


def test_the_three_countries_are_the_list_of_three_states_some_sentences_back(data_dir: Path) -> None:
    rows = LIST + "".join(_sentence(SPOKE, 7 + 3 * k, verb=1) for k in range(3)) + _sentence(
        CONDEMNED, 16, noun=2, verb=3, obj=5)
    fronts = [("Front", "ORG", "")] * 3
    doc = parsed(rows, [*STATES, *fronts, ("Alder Works", "ORG", "")])
    found = relations(doc, str(data_dir))
    assert {(s, r, t) for s, r, t in found if t == "Alder Works"} == {
        ("Castria", "opposes", "Alder Works"), ("Doravia", "opposes", "Alder Works"),
        ("Norland", "opposes", "Alder Works")}


def test_countries_are_never_the_bodies_named_since(data_dir: Path) -> None:
    bodies = """
        Front PROPN/NNP nsubj {verb}
        quit VERB/VBD ROOT {verb}
        Vale PROPN/NNP compound {first}
        Steel PROPN/NNP dobj {verb}
        , PUNCT/, punct {first}
        Alder PROPN/NNP compound {second}
        Union PROPN/NNP conj {first}
        and CCONJ/CC cc {second}
        Iris PROPN/NNP compound {third}
        League PROPN/NNP conj {second}
        . PUNCT/. punct {verb}
    """
    rows = LIST + _sentence(bodies, 7, verb=1, first=3, second=6, third=9) + _sentence(
        CONDEMNED, 18, noun=2, verb=3, obj=5)
    ents = [*STATES, ("Front", "ORG", ""), ("Vale Steel", "ORG", ""), ("Alder Union", "ORG", ""),
            ("Iris League", "ORG", ""), ("Alder Works", "ORG", "")]
    found = relations(parsed(rows, ents), str(data_dir))
    assert {s for s, r, t in found if t == "Alder Works"} == {"Castria", "Doravia", "Norland"}


def test_the_country_a_person_speaks_of_is_the_state_the_title_named(data_dir: Path) -> None:
    doc = parsed("""
        Castrian ADJ/JJ amod 1
        President PROPN/NNP compound 3
        Anna PROPN/NNP compound 3
        Kovar PROPN/NNP nsubj 4
        spoke VERB/VBD ROOT 4
        . PUNCT/. punct 4
        Doravia PROPN/NNP nsubj 7
        suffers VERB/VBZ ROOT 7
        . PUNCT/. punct 7
        Kovar PROPN/NNP nsubj 10
        said VERB/VBD ROOT 10
        the DET/DT det 12
        country NOUN/NN nsubj 14
        had AUX/VBD aux 14
        helped VERB/VBN ccomp 10
        Doravia PROPN/NNP dobj 14
        . PUNCT/. punct 10
    """, [("Castrian", "STATE", "STATE:XC"), ("Anna Kovar", "PERSON", ""), ("Doravia", "STATE", "STATE:XD"),
          ("Kovar", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    assert ("Castrian", "supports", "Doravia") in relations(doc, str(data_dir))


def test_the_country_is_never_a_state_its_own_clause_names(data_dir: Path) -> None:
    """'X said the country would help Doravia': the country is not Doravia, though Doravia was named last
    before it; the state named before that is."""
    doc = parsed("""
        Talks NOUN/NNS nsubj 5
        on ADP/IN prep 0
        Castria PROPN/NNP pobj 1
        and CCONJ/CC cc 2
        Doravia PROPN/NNP conj 2
        ended VERB/VBD ROOT 5
        . PUNCT/. punct 5
        Kovar PROPN/NNP nsubj 8
        said VERB/VBD ROOT 8
        the DET/DT det 10
        country NOUN/NN nsubj 12
        would AUX/MD aux 12
        help VERB/VB ccomp 8
        Doravia PROPN/NNP dobj 12
        . PUNCT/. punct 8
    """, [STATES[0], STATES[1], ("Kovar", "PERSON", ""), STATES[1]])
    assert ("Castria", "supports", "Doravia") in relations(doc, str(data_dir))


def test_a_demonym_in_the_pronouns_clause_does_not_bar_its_state(data_dir: Path) -> None:
    """'Castria said it would sanction Doravia over Castrian losses': 'it' is still Castria."""
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        it PRON/PRP nsubj 4
        would AUX/MD aux 4
        sanction VERB/VB ccomp 1
        Doravia PROPN/NNP dobj 4
        over ADP/IN prep 4
        Castrian ADJ/JJ amod 8
        losses NOUN/NNS pobj 6
        . PUNCT/. punct 1
    """, [STATES[0], STATES[1], ("Castrian", "STATE", "STATE:XC")])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))
