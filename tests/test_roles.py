"""Affiliations from titles, possessives, appositions and later descriptions (hand-parsed, no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relation_records


def _affiliations(doc, data_dir: Path) -> set[tuple[str, str, str]]:
    ex = relation_records(doc, str(data_dir))
    return {(ex.mentions[r.source].text, ex.mentions[r.target].text, r.role) for r in ex.relations
            if r.relation == "affiliated_with"}


def test_a_states_person_named_with_a_possessive(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP poss 3
        's PART/POS case 0
        Vladimir PROPN/NNP compound 3
        Putin PROPN/NNP nsubj 4
        spoke VERB/VBD ROOT 4
        . PUNCT/. punct 4
    """, [("Russia", "STATE", "STATE:RU"), ("Vladimir Putin", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Vladimir Putin", "Russia", "")}


def test_a_hyphenated_title(data_dir: Path) -> None:
    doc = parsed("""
        NATO PROPN/NNP compound 5
        Secretary PROPN/NNP compound 3
        - PUNCT/HYPH punct 3
        General PROPN/NNP compound 5
        Jens PROPN/NNP compound 5
        Stoltenberg PROPN/NNP nsubj 6
        spoke VERB/VBD ROOT 6
        . PUNCT/. punct 6
    """, [("NATO", "ORG", "ORG:NATO"), ("Jens Stoltenberg", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Jens Stoltenberg", "NATO", "Secretary-General")}


def test_the_head_of_a_states_office(data_dir: Path) -> None:
    doc = parsed("""
        Andriy PROPN/NNP compound 1
        Yermak PROPN/NNP nsubj 8
        , PUNCT/, punct 1
        head NOUN/NN appos 1
        of ADP/IN prep 3
        Ukraine PROPN/NNP poss 7
        's PART/POS case 5
        office NOUN/NN pobj 4
        spoke VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, [("Andriy Yermak", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA")])
    assert _affiliations(doc, data_dir) == {("Andriy Yermak", "Ukraine", "head")}


def test_a_later_description_names_the_state_of_a_bare_title(data_dir: Path) -> None:
    doc = parsed("""
        Foreign PROPN/NNP compound 1
        Minister PROPN/NNP compound 3
        Peter PROPN/NNP compound 3
        Szijjarto PROPN/NNP nsubj 4
        said VERB/VBD ROOT 4
        no INTJ/UH intj 4
        . PUNCT/. punct 4
        The DET/DT det 9
        Hungarian ADJ/JJ amod 9
        minister NOUN/NN nsubj 11
        also ADV/RB advmod 11
        complained VERB/VBD ROOT 11
        . PUNCT/. punct 11
    """, [("Peter Szijjarto", "PERSON", ""), ("Hungarian", "STATE", "STATE:HU")])
    assert _affiliations(doc, data_dir) == {("Peter Szijjarto", "Hungarian", "Foreign Minister")}


def test_a_description_that_fits_two_people_ties_nobody(data_dir: Path) -> None:
    doc = parsed("""
        President PROPN/NNP compound 1
        Macron PROPN/NNP nsubj 5
        and CCONJ/CC cc 1
        President PROPN/NNP compound 4
        Tinubu PROPN/NNP conj 1
        met VERB/VBD ROOT 5
        . PUNCT/. punct 5
        The DET/DT det 9
        French ADJ/JJ amod 9
        president NOUN/NN nsubj 10
        spoke VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """, [("Macron", "PERSON", ""), ("Tinubu", "PERSON", ""), ("French", "STATE", "STATE:FR")])
    assert _affiliations(doc, data_dir) == set()


def test_abbreviated_military_titles(data_dir: Path) -> None:
    doc = parsed("""
        Pentagon PROPN/NNP compound 4
        spokesman NOUN/NN compound 4
        Gen. PROPN/NNP compound 4
        Pat PROPN/NNP compound 4
        Ryder PROPN/NNP nsubj 5
        spoke VERB/VBD ROOT 5
        . PUNCT/. punct 5
    """, [("Pentagon", "PLACE", "SEAT:US:pentagon"), ("Pat Ryder", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Pat Ryder", "Pentagon", "spokesman Gen.")}


def test_a_second_title_shares_the_first_ones_organisation(data_dir: Path) -> None:
    doc = parsed("""
        Wagner PROPN/NNP compound 3
        founder NOUN/NN compound 3
        Yevgeny PROPN/NNP compound 3
        Prigozhin PROPN/NNP nsubj 8
        and CCONJ/CC cc 3
        commander NOUN/NN compound 7
        Dmitry PROPN/NNP compound 7
        Utkin PROPN/NNP conj 3
        left VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, [("Wagner", "ORG", ""), ("Yevgeny Prigozhin", "PERSON", ""), ("Dmitry Utkin", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Yevgeny Prigozhin", "Wagner", "founder"),
                                            ("Dmitry Utkin", "Wagner", "commander")}


def test_a_capitalised_second_title_names_an_office_of_its_own(data_dir: Path) -> None:
    # "Doravian envoy Odell and Secretary-General Varga met": Varga holds an office of her own, not Doravia's
    doc = parsed("""
        Doravian ADJ/JJ amod 1
        envoy NOUN/NN compound 2
        Odell PROPN/NNP nsubj 8
        and CCONJ/CC cc 2
        Secretary PROPN/NNP compound 7
        - PUNCT/HYPH punct 6
        General PROPN/NNP compound 7
        Varga PROPN/NNP conj 2
        met VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, [("Doravian", "STATE", "STATE:XD"), ("Odell", "PERSON", ""), ("Varga", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Odell", "Doravian", "envoy")}


def test_a_spokesman_for_a_ministry(data_dir: Path) -> None:
    doc = parsed("""
        Jeon PROPN/NNP nsubj 6
        , PUNCT/, punct 0
        spokesman NOUN/NN appos 0
        for ADP/IN prep 2
        the DET/DT det 5
        Ministry PROPN/NNP pobj 3
        spoke VERB/VBD ROOT 6
        . PUNCT/. punct 6
    """, [("Jeon", "PERSON", ""), ("Ministry", "ORG", "")])
    assert _affiliations(doc, data_dir) == {("Jeon", "Ministry", "spokesman")}


def test_a_title_after_its_names_the_state_it_refers_to(data_dir: Path) -> None:
    doc = parsed("""
        Moldova PROPN/NNP nsubj 1
        applied VERB/VBD ROOT 1
        . PUNCT/. punct 1
        Its PRON/PRP$ poss 7
        pro ADJ/JJ amod 7
        - ADJ/JJ amod 7
        European ADJ/JJ amod 7
        President PROPN/NNP compound 9
        Maia PROPN/NNP compound 9
        Sandu PROPN/NNP nsubj 10
        spoke VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """, [("Moldova", "STATE", "STATE:MD"), ("Maia Sandu", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Maia Sandu", "Moldova", "President")}


def test_a_states_envoy_to_a_body_is_the_states(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP poss 4
        's PART/POS case 0
        Deputy PROPN/NNP compound 4
        UN PROPN/NNP compound 4
        Ambassador PROPN/NNP compound 6
        Mira PROPN/NNP compound 6
        Odell PROPN/NNP nsubj 7
        spoke VERB/VBD ROOT 7
        . PUNCT/. punct 7
    """, [("Chad", "STATE", "STATE:TD"), ("UN", "ORG", "ORG:UN"), ("Mira Odell", "PERSON", "")])
    assert {(p, o) for p, o, _ in _affiliations(doc, data_dir)} == {("Mira Odell", "Chad")}


def test_an_apposition_names_the_state_before_the_title(data_dir: Path) -> None:
    doc = parsed("""
        Mira PROPN/NNP compound 1
        Odell PROPN/NNP nsubj 8
        , PUNCT/, punct 1
        the DET/DT det 6
        Chad PROPN/NNP nmod 6
        foreign ADJ/JJ amod 6
        secretary NOUN/NN appos 1
        , PUNCT/, punct 1
        spoke VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, [("Mira Odell", "PERSON", ""), ("Chad", "STATE", "STATE:TD")])
    assert _affiliations(doc, data_dir) == {("Mira Odell", "Chad", "foreign secretary")}


def test_a_title_of_a_state_before_the_name(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Prime PROPN/NNP compound 2
        Minister PROPN/NNP nsubj 7
        of ADP/IN prep 2
        Chad PROPN/NNP compound 6
        Mira PROPN/NNP compound 6
        Odell PROPN/NNP pobj 3
        spoke VERB/VBD ROOT 7
        . PUNCT/. punct 7
    """, [("Chad", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Mira Odell", "Chad", "Prime Minister")}


def test_the_countrys_minister_is_the_last_named_states(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        protested VERB/VBD ROOT 1
        . PUNCT/. punct 1
        The DET/DT det 4
        country NOUN/NN poss 7
        's PART/POS case 4
        foreign ADJ/JJ amod 7
        minister NOUN/NN nsubj 10
        Mira PROPN/NNP compound 9
        Odell PROPN/NNP appos 7
        spoke VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """, [("Chad", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Mira Odell", "Chad", "foreign minister")}


def test_an_ambassador_to_a_state_is_the_senders(data_dir: Path) -> None:
    doc = parsed("""
        US PROPN/NNP compound 1
        Ambassador PROPN/NNP nsubj 6
        to ADP/IN prep 1
        Chad PROPN/NNP compound 5
        Mira PROPN/NNP compound 5
        Odell PROPN/NNP pobj 2
        spoke VERB/VBD ROOT 6
        . PUNCT/. punct 6
    """, [("US", "STATE", "STATE:US"), ("Chad", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Mira Odell", "US", "Ambassador to Chad")}


def test_a_region_inside_a_title_is_part_of_it(data_dir: Path) -> None:
    doc = parsed("""
        US PROPN/NNP compound 4
        Middle PROPN/NNP compound 2
        East PROPN/NNP compound 4
        Special PROPN/NNP compound 4
        Envoy PROPN/NNP compound 6
        Mira PROPN/NNP compound 6
        Odell PROPN/NNP nsubj 7
        spoke VERB/VBD ROOT 7
        . PUNCT/. punct 7
    """, [("US", "STATE", "STATE:US"), ("Middle East", "PLACE", "PLACE:MIDDLE_EAST"), ("Mira Odell", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Mira Odell", "US", "Middle East Special Envoy")}


def test_a_counterpart_named_by_a_demonym(data_dir: Path) -> None:
    doc = parsed("""
        He PRON/PRP nsubj 1
        met VERB/VBD ROOT 1
        his PRON/PRP$ poss 4
        Egyptian ADJ/JJ amod 4
        counterpart NOUN/NN dobj 1
        Mira PROPN/NNP compound 6
        Odell PROPN/NNP npadvmod 1
        . PUNCT/. punct 1
    """, [("Egyptian", "STATE", "STATE:EG"), ("Mira Odell", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Mira Odell", "Egyptian", "counterpart")}


def test_a_state_before_a_longer_title_in_apposition(data_dir: Path) -> None:
    doc = parsed("""
        Mira PROPN/NNP compound 1
        Odell PROPN/NNP nsubj 8
        , PUNCT/, punct 1
        the DET/DT det 6
        Swiss PROPN/NNP compound 5
        Federal PROPN/NNP compound 6
        councillor NOUN/NN appos 1
        , PUNCT/, punct 1
        spoke VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, [("Mira Odell", "PERSON", ""), ("Swiss", "STATE", "STATE:CH")])
    assert _affiliations(doc, data_dir) == {("Mira Odell", "Swiss", "Federal councillor")}


def test_a_people_named_within_a_state_ties_the_title_to_neither(data_dir: Path) -> None:
    doc = parsed("""
        Castrian ADJ/JJ amod 2
        Doravian ADJ/JJ amod 2
        leader NOUN/NN compound 4
        Anna PROPN/NNP compound 4
        Kovar PROPN/NNP nsubj 5
        spoke VERB/VBD ROOT 5
        . PUNCT/. punct 5
    """, [("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD"), ("Anna Kovar", "PERSON", "")])
    assert _affiliations(doc, data_dir) == set()
    single = parsed("""
        Doravian ADJ/JJ amod 1
        leader NOUN/NN compound 3
        Anna PROPN/NNP compound 3
        Kovar PROPN/NNP nsubj 4
        spoke VERB/VBD ROOT 4
        . PUNCT/. punct 4
    """, [("Doravian", "STATE", "STATE:XD"), ("Anna Kovar", "PERSON", "")])
    assert _affiliations(single, data_dir) == {("Anna Kovar", "Doravian", "leader")}


_TITLE_BEFORE_NAME = """
    The DET/DT det 2
    former ADJ/JJ amod 2
    president NOUN/NN nsubj 10
    of ADP/IN prep 2
    Castria PROPN/NNP pobj 3
    , PUNCT/, punct 4
    Odell PROPN/NNP compound 7
    Marlow PROPN/NNP appos 4
    , PUNCT/, punct 2
    has AUX/VBZ aux 10
    rejected VERB/VBN ROOT 10
    Doravia PROPN/NNP dobj 10
    . PUNCT/. punct 10
"""


def test_a_name_hung_on_the_state_of_the_title_before_it_is_the_titled_person(data_dir: Path) -> None:
    """'the former president of X, Y Z, said': the parser hangs the name on X; the title is Y Z's."""
    doc = parsed(_TITLE_BEFORE_NAME, [("Castria", "STATE", "STATE:XC"), ("Odell Marlow", "PERSON", ""),
                                      ("Doravia", "STATE", "STATE:XD")])
    ex = relation_records(doc, str(data_dir))
    assert _affiliations(doc, data_dir) == {("Odell Marlow", "Castria", "former president")}
    assert {(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text) for r in ex.relations
            if r.relation == "opposes"} == {("Odell Marlow", "opposes", "Doravia")}
    assert not [m for m in ex.mentions if m.label == "ROLE"]


def test_a_name_after_the_body_of_a_post_holds_the_post_and_acts(data_dir: Path) -> None:
    doc = parsed("""
        the DET/DT det 2
        Pact PROPN/NNP compound 2
        delegate NOUN/NN nsubj 8
        to ADP/IN prep 2
        the DET/DT det 7
        UN PROPN/NNP compound 7
        Odell PROPN/NNP compound 7
        Marlow PROPN/NNP pobj 3
        condemned VERB/VBD ROOT 8
        Castria PROPN/NNP dobj 8
        . PUNCT/. punct 8
    """, [("Pact", "ORG", "ORG:XPACT"), ("UN", "ORG", "ORG:UN"), ("Odell Marlow", "PERSON", ""),
          ("Castria", "STATE", "STATE:XC")])
    ex = relation_records(doc, str(data_dir))
    found = {(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text) for r in ex.relations}
    assert ("Odell Marlow", "affiliated_with", "Pact") in found
    assert ("Odell Marlow", "opposes", "Castria") in found and ("UN", "opposes", "Castria") not in found


def test_an_adviser_to_a_person_is_not_that_person(data_dir: Path) -> None:
    doc = parsed("""
        An DET/DT det 1
        adviser NOUN/NN nsubj 5
        to ADP/IN prep 1
        Odell PROPN/NNP compound 4
        Marlow PROPN/NNP pobj 2
        condemned VERB/VBD ROOT 5
        Castria PROPN/NNP dobj 5
        . PUNCT/. punct 5
    """, [("Odell Marlow", "PERSON", ""), ("Castria", "STATE", "STATE:XC")])
    ex = relation_records(doc, str(data_dir))
    found = {(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text) for r in ex.relations}
    assert ("Odell Marlow", "opposes", "Castria") not in found


BRACKETED_SHORT_FORM = """
    Castria PROPN/NNP nsubj 7
    ( PUNCT/-LRB- punct 0
    CR PROPN/NNP appos 0
    ) PUNCT/-RRB- punct 0
    Foreign PROPN/NNP compound 5
    Secretary PROPN/NNP compound 6
    Ada PROPN/NNP appos 0
    backed VERB/VBD ROOT 7
    Doravia PROPN/NNP dobj 7
    . PUNCT/. punct 7
"""
BRACKETED_ENTS = [("Castria", "STATE", "STATE:XC"), ("CR", "STATE", "STATE:XC"), ("Ada", "PERSON", ""),
                  ("Doravia", "STATE", "STATE:XD")]


def test_a_title_after_a_states_bracketed_short_form(data_dir: Path) -> None:
    """'Castria (CR) Foreign Secretary Ada backed Doravia', parsed with Ada in apposition to Castria: Ada holds
    the title for Castria, and the stance is hers."""
    doc = parsed(BRACKETED_SHORT_FORM, BRACKETED_ENTS)
    ex = relation_records(doc, str(data_dir))
    found = {(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text) for r in ex.relations}
    assert ("Ada", "affiliated_with", "Castria") in found
    assert ("Ada", "supports", "Doravia") in found


def test_a_title_of_a_state_set_off_by_a_comma(data_dir: Path) -> None:
    # "The Prime Minister of Castria, Ada Lind spoke."
    doc = parsed("""
        The DET/DT det 2
        Prime PROPN/NNP compound 2
        Minister PROPN/NNP nsubj 8
        of ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        , PUNCT/, punct 8
        Ada PROPN/NNP compound 7
        Lind PROPN/NNP nsubj 8
        spoke VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, [("Castria", "STATE", "STATE:XC"), ("Ada Lind", "PERSON", "")])
    assert _affiliations(doc, data_dir) == {("Ada Lind", "Castria", "Prime Minister")}
