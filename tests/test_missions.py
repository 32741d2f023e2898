"""Named operations and accords, and the definite descriptions that refer to them (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span

from nlp.entities import load_lexicon
from nlp.gazetteer import name_of
from nlp.missions import Undertakings
from tests.handmade import MEASURE_ROWS, parsed


def test_operation_names_are_missions(blank_nlp: Language) -> None:
    doc = blank_nlp("Britain joined Operation Northern Shield on Monday, then Operation 'Sindoor' began.")
    missions = [(e.text, e.kb_id_) for e in doc.ents if e.kb_id_.startswith("MISSION:")]
    assert missions == [("Operation Northern Shield", "MISSION:Operation Northern Shield"),
                        ("Operation 'Sindoor", "MISSION:Operation Sindoor")]


def test_an_operation_named_in_quotation_marks_keeps_its_small_words(data_dir: Path) -> None:
    doc = parsed("""
        under ADP/IN ROOT 0
        “ PUNCT/`` punct 0
        Operation PROPN/NNP compound 3
        Ulmo PROPN/NNP pobj 0
        wa VERB/VBZ prep 3
        Kesh PROPN/NNP appos 3
        . PUNCT/. punct 0
        ” PUNCT/'' punct 0
        and CCONJ/CC cc 0
        Operation PROPN/NNP compound 10
        ' PUNCT/`` punct 10
        Ulmo PROPN/NNP pobj 0
        da ADP/IN prep 10
        Vesh PROPN/NNP pobj 12
        ' PUNCT/'' punct 10
        then ADV/RB advmod 0
    """)
    names = Undertakings(load_lexicon(str(data_dir), "entities")).operation_names(doc)
    assert [s.kb_id_ for s in names] == ["MISSION:Operation Ulmo wa Kesh", "MISSION:Operation Ulmo da Vesh"]


def test_a_quotation_that_says_something_of_an_operation_is_no_name(data_dir: Path) -> None:
    doc = parsed("""
        “ PUNCT/`` punct 2
        Operation PROPN/NNP compound 2
        Ulmo PROPN/NNP nsubj 3
        is AUX/VBZ ROOT 3
        not PART/RB neg 3
        over ADV/RB advmod 3
        ” PUNCT/'' punct 3
    """)
    names = Undertakings(load_lexicon(str(data_dir), "entities")).operation_names(doc)
    assert [s.text for s in names] == ["Operation Ulmo"]


def test_a_title_case_headline_does_not_run_on(data_dir: Path) -> None:
    doc = parsed("""
        Operation PROPN/NNP compound 1
        Sindoor PROPN/NNP nsubj 2
        Escalates VERB/VBZ ROOT 2
        Tensions NOUN/NNS dobj 2
    """)
    names = Undertakings(load_lexicon(str(data_dir), "entities")).operation_names(doc)
    assert [s.text for s in names] == ["Operation Sindoor"]


def test_a_definite_description_refers_to_the_named_operation(data_dir: Path) -> None:
    doc = parsed("""
        Spain PROPN/NNP nsubj 1
        left VERB/VBD ROOT 1
        Operation PROPN/NNP compound 3
        Atlas PROPN/NNP dobj 1
        and CCONJ/CC cc 1
        criticised VERB/VBD conj 1
        the DET/DT det 9
        Red PROPN/NNP compound 8
        Sea PROPN/NNP compound 9
        operation NOUN/NN dobj 5
        . PUNCT/. punct 1
    """)
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    named = undertakings.operation_names(doc)
    found = undertakings.descriptions(doc, named)
    assert [(s.text, s.kb_id_) for s in found] == [("operation", "MISSION:Operation Atlas")]


def test_an_indefinite_or_unnamed_description_refers_to_nothing(data_dir: Path) -> None:
    doc = parsed("""
        An DET/DT det 1
        operation NOUN/NN nsubj 2
        began VERB/VBD ROOT 2
        . PUNCT/. punct 2
    """)
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    named = [Span(doc, 1, 2, label="ORG")]
    assert undertakings.descriptions(doc, named) == []


def test_a_proper_name_before_a_missions_head_names_the_mission(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 4
        EU PROPN/NNP poss 4
        's PART/POS case 1
        Aspides PROPN/NNP compound 4
        mission NOUN/NN nsubj 5
        began VERB/VBD ROOT 5
        . PUNCT/. punct 5
    """, [("EU", "ORG", "ORG:EU"), ("Aspides", "PERSON", "")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    names = undertakings.modifier_names(doc, list(doc.ents))
    assert [(e.text, e.label_, e.kb_id_) for e in names] == [("EU", "ORG", "ORG:EU"),
                                                             ("Aspides", "ORG", "MISSION:Aspides")]


@pytest.mark.parametrize("head", ["manoeuvres", "maneuvers", "wargames"])
def test_the_name_before_manoeuvres_names_them(data_dir: Path, head: str) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        began VERB/VBD ROOT 1
        the DET/DT det 5
        Vexor PROPN/NNP compound 5
        2025 NUM/CD nummod 3
        {head} NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    names = undertakings.modifier_names(doc, list(doc.ents))
    assert [(e.text, e.kb_id_) for e in names][1:] == [("Vexor 2025", "MISSION:Vexor 2025")]


def test_a_days_word_before_a_programme_names_no_mission(data_dir: Path) -> None:
    """'told the Today programme': a broadcast named by a day's word, no undertaking."""
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        told VERB/VBD ROOT 1
        the DET/DT det 4
        Today PROPN/NNP compound 4
        programme NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Today", "ORG", "")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    assert [(e.text, e.kb_id_) for e in undertakings.modifier_names(doc, list(doc.ents))] == [
        ("Odell", ""), ("Today", "")]


def test_a_speaker_before_the_verb_of_a_missions_head_is_no_name_of_it(data_dir: Path) -> None:
    """'Vexor Odell stressed the exercises ...': the words between the name and the head are a verb and an
    article, not the head's own modifiers, so the name is no mission's."""
    doc = parsed("""
        Vexor PROPN/NNP compound 1
        Odell PROPN/NNP nsubj 2
        stressed VERB/VBD ROOT 2
        the DET/DT det 4
        exercises NOUN/NNS dobj 2
        . PUNCT/. punct 2
    """, [("Vexor Odell", "ORG", "")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    assert [(e.text, e.kb_id_) for e in undertakings.modifier_names(doc, list(doc.ents))] == [("Vexor Odell", "")]


def test_a_number_before_a_missions_head_names_no_mission(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 3
        12 NUM/CD nummod 3
        foreign ADJ/JJ amod 3
        missions NOUN/NNS nsubj 4
        objected VERB/VBD ROOT 4
        . PUNCT/. punct 4
    """)
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    assert undertakings.modifier_names(doc, list(doc.ents)) == []


def test_a_name_joined_by_and_before_a_missions_head_is_one_name(data_dir: Path) -> None:
    doc = parsed("""
        China PROPN/NNP poss 5
        's PART/POS case 0
        Silk PROPN/NNP compound 5
        and CCONJ/CC cc 2
        Sea PROPN/NNP conj 2
        Initiative PROPN/NNP nsubj 6
        grew VERB/VBD ROOT 6
        . PUNCT/. punct 6
    """, [("China", "STATE", "STATE:CN")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    names = undertakings.modifier_names(doc, list(doc.ents))
    assert [(e.text, e.kb_id_) for e in names] == [("China", "STATE:CN"), ("Silk and Sea", "MISSION:Silk and Sea")]


def test_a_capitalised_gathering_word_names_a_gathering_but_a_bodys_stays_the_bodys(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 2
        will AUX/MD aux 2
        skip VERB/VB ROOT 2
        the DET/DT det 4
        Summit PROPN/NNP dobj 2
        of ADP/IN prep 4
        the DET/DT det 7
        Andes PROPN/NNP pobj 5
        , PUNCT/, punct 2
        the DET/DT det 12
        Golden PROPN/NNP compound 11
        Quill PROPN/NNP compound 12
        ceremony NOUN/NN dobj 2
        , PUNCT/, punct 12
        the DET/DT det 16
        NATO PROPN/NNP compound 16
        Summit PROPN/NNP conj 12
        and CCONJ/CC cc 16
        the DET/DT det 22
        Oct PROPN/NNP compound 22
        26 NUM/CD nummod 22
        - SYM/SYM punct 22
        28 NUM/CD nummod 22
        summit NOUN/NN conj 16
        . PUNCT/. punct 2
    """, [("Peru", "STATE", "STATE:PE"), ("Andes", "PLACE", ""), ("NATO", "ORG", "ORG:NATO")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    names = undertakings.gathering_names(doc, list(doc.ents))
    assert [(e.text, e.kb_id_) for e in names] == [
        ("Peru", "STATE:PE"), ("Summit of the Andes", "GATHERING:Summit of the Andes"),
        ("Golden Quill ceremony", "GATHERING:Golden Quill ceremony"), ("NATO", "ORG:NATO")]


def test_a_place_an_ordinal_or_a_day_before_a_gathering_word_names_it(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 1
        skipped VERB/VBD ROOT 1
        the DET/DT det 4
        Lakeview PROPN/NNP compound 4
        summit NOUN/NN dobj 1
        and CCONJ/CC cc 4
        the DET/DT det 8
        12th ADJ/JJ amod 8
        summit NOUN/NN conj 4
        of ADP/IN prep 8
        the DET/DT det 12
        Andean PROPN/NNP compound 12
        League PROPN/NNP pobj 9
        , PUNCT/, punct 8
        but CCONJ/CC cc 8
        not PART/RB neg 19
        the DET/DT det 19
        Andean PROPN/NNP compound 18
        League PROPN/NNP compound 19
        summit NOUN/NN conj 8
        or CCONJ/CC cc 19
        the DET/DT det 24
        Founders PROPN/NNP compound 23
        Day PROPN/NNP compound 24
        parade NOUN/NN conj 19
        . PUNCT/. punct 1
    """, [("Peru", "STATE", "STATE:PE"), ("Lakeview", "PLACE", ""), ("Andean League", "ORG", "ORG:AL")])
    doc.ents = [*doc.ents, Span(doc, 17, 19, label="ORG", kb_id="ORG:AL")]
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    names = undertakings.gathering_names(doc, list(doc.ents))
    assert [(e.text, e.kb_id_) for e in names] == [
        ("Peru", "STATE:PE"), ("Lakeview summit", "GATHERING:Lakeview summit"),
        ("12th summit", "GATHERING:12th summit of the Andean League"), ("Andean League", "ORG:AL"),
        ("Andean League", "ORG:AL"), ("Founders Day parade", "GATHERING:Founders Day parade")]


def test_the_summit_and_a_days_ceremony_refer_to_the_gathering_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        attended VERB/VBD ROOT 1
        the DET/DT det 4
        Lima PROPN/NNP compound 4
        Conference PROPN/NNP dobj 1
        . PUNCT/. punct 1
        Peru PROPN/NNP nsubj 7
        skipped VERB/VBD ROOT 7
        the DET/DT det 9
        Summit PROPN/NNP dobj 7
        , PUNCT/, punct 9
        Friday PROPN/NNP poss 13
        's PART/POS case 11
        ceremony NOUN/NN conj 9
        and CCONJ/CC cc 13
        the DET/DT det 16
        OAS PROPN/NNP poss 18
        's PART/POS case 16
        meeting NOUN/NN conj 13
        . PUNCT/. punct 7
    """, [("Chile", "STATE", "STATE:CL"), ("Lima Conference", "ORG", "GATHERING:Lima Conference"),
          ("Peru", "STATE", "STATE:PE"), ("OAS", "ORG", "ORG:OAS")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    found = undertakings.descriptions(doc, list(doc.ents))
    assert [(s.text, s.kb_id_) for s in found] == [("Summit", "GATHERING:Lima Conference"),
                                                   ("ceremony", "GATHERING:Lima Conference")]
    assert undertakings.named(Span(doc, 9, 10, label="ORG")).kb_id_ == ""  # "the Summit" alone names nothing


def test_an_unnamed_coalition_is_named_by_who_leads_it(data_dir: Path) -> None:
    doc = parsed("""
        Jordan PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 7
        Saudi PROPN/NNP npadvmod 5
        - PUNCT/HYPH punct 5
        led VERB/VBN amod 7
        military ADJ/JJ amod 7
        coalition NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [("Jordan", "STATE", "STATE:JO"), ("Saudi", "STATE", "STATE:SA")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    found = undertakings.led_names(doc, list(doc.ents))
    assert [(s.text, s.kb_id_) for s in found] == [("military coalition", "MISSION:Saudi-led military coalition")]
    named = [*doc.ents, Span(doc, 0, 1, label="ORG", kb_id="MISSION:Operation Dawn")]
    assert undertakings.led_names(doc, named) == []  # a name the article gives is the one it means


def test_an_unnamed_resolution_is_one_entity_of_its_article(data_dir: Path) -> None:
    doc = parsed(MEASURE_ROWS, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    found = undertakings.unnamed_measures(doc, list(doc.ents))
    assert [s.start for s in found] == [5, 12]  # "a similar resolution" is another one
    assert len({s.kb_id_ for s in found}) == 1 and name_of(found[0].kb_id_) == "draft resolution"
    other = parsed(MEASURE_ROWS.replace("Peru", "Bolivia"), [("Chile", "STATE", "STATE:CL")])
    assert undertakings.unnamed_measures(other, list(other.ents))[0].kb_id_ != found[0].kb_id_  # another article's
    named = [*doc.ents, Span(doc, 0, 1, label="ORG", kb_id="ACCORD:Lima Accord")]
    assert undertakings.unnamed_measures(doc, named) != []  # a named accord does not name a resolution


def test_a_capitalised_meeting_ends_a_gatherings_name_a_lower_case_one_does_not(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 2
        will AUX/MD aux 2
        attend VERB/VB ROOT 2
        the DET/DT det 9
        Andean PROPN/NNP compound 5
        Heads PROPN/NNP compound 9
        of ADP/IN prep 5
        Government PROPN/NNP pobj 6
        Meeting PROPN/NNP compound 9
        , PUNCT/, punct 2
        not PART/RB neg 13
        the DET/DT det 13
        Tuesday PROPN/NNP compound 13
        meeting NOUN/NN appos 2
        . PUNCT/. punct 2
    """, [("Chile", "STATE", "STATE:CL")])
    ner = Span(doc, 4, 9, label="ORG")
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    names = undertakings.gathering_names(doc, [*doc.ents, ner])
    assert [(e.text, e.kb_id_) for e in names] == [
        ("Chile", "STATE:CL"),
        ("Andean Heads of Government Meeting", "GATHERING:Andean Heads of Government Meeting")]


# "Chile drafted a new resolution, and Peru backed the resolution against Bolivia."
SUBJECT_ROWS = """
    Chile PROPN/NNP nsubj 1
    drafted VERB/VBD ROOT 1
    a DET/DT det 4
    new ADJ/JJ amod 4
    resolution NOUN/NN dobj 1
    , PUNCT/, punct 1
    and CCONJ/CC cc 1
    Peru PROPN/NNP nsubj 8
    backed VERB/VBD conj 1
    the DET/DT det 10
    resolution NOUN/NN dobj 8
    against ADP/IN prep 10
    Bolivia PROPN/NNP pobj 11
    . PUNCT/. punct 1
"""


def test_an_unnamed_resolution_is_named_by_whom_it_is_against(data_dir: Path) -> None:
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    states = [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO")]

    def name(rows: str, ents: list[tuple[str, str, str]]) -> str:
        doc = parsed(rows, ents)
        return name_of(undertakings.unnamed_measures(doc, list(doc.ents))[0].kb_id_)

    assert name(SUBJECT_ROWS, states) == "resolution against Bolivia"  # before 'new resolution'
    condemning = SUBJECT_ROWS.replace("against ADP/IN prep", "condemning VERB/VBG acl").replace("pobj 11", "dobj 11")
    assert name(condemning, states) == "resolution condemning Bolivia"
    assert name(SUBJECT_ROWS.replace("Bolivia", "Monday"), states[:2]) == "new resolution"  # no one named
    assert name(SUBJECT_ROWS.replace("against ADP", "in ADP"), states) == "new resolution"  # where, not what on
    numbered = SUBJECT_ROWS.replace("a DET/DT det 4\n    new ADJ/JJ amod 4\n    resolution NOUN/NN dobj 1",
                                    "the DET/DT det 3\n    resolution NOUN/NN dobj 1\n    2231 NUM/CD nummod 3")
    assert name(numbered, states) == "resolution 2231"  # a number still names it best


def test_an_exercise_named_by_its_word_and_an_operation_by_its_short_name(blank_nlp: Language) -> None:
    doc = blank_nlp("Chile joined Exercise Pacific Shield and Operation Sea Lion. Peru later sent ships to Sea Lion.")
    missions = [(e.text, e.kb_id_) for e in doc.ents if e.kb_id_.startswith("MISSION:")]
    assert missions == [("Exercise Pacific Shield", "MISSION:Exercise Pacific Shield"),
                        ("Operation Sea Lion", "MISSION:Operation Sea Lion"),
                        ("Sea Lion", "MISSION:Operation Sea Lion")]


def test_a_name_in_apposition_to_an_exercise_names_it(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        began VERB/VBD ROOT 1
        its PRON/PRP$ poss 4
        naval ADJ/JJ amod 4
        exercise NOUN/NN dobj 1
        , PUNCT/, punct 4
        Pacific PROPN/NNP compound 7
        Shield PROPN/NNP appos 4
        2025 NUM/CD nummod 7
        . PUNCT/. punct 1
    """)
    found = Undertakings(load_lexicon(str(data_dir), "entities")).called_names(doc, [])
    assert [(s.text, s.kb_id_) for s in found] == [("Pacific Shield 2025", "MISSION:Pacific Shield 2025")]


def _force_doc(naming: str) -> list[Span]:
    """'An AU peacekeeping mission began. The force, <naming> Operation Atlas, grew.' with the force marked."""
    rows = """
        An DET/DT det 1
        mission NOUN/NN nsubj 2
        began VERB/VBD ROOT 2
        . PUNCT/. punct 2
        The DET/DT det 5
        force NOUN/NN nsubj 11
        , PUNCT/, punct 5
    """ + {"known as": """
        known VERB/VBN acl 5
        as ADP/IN prep 7
        Operation PROPN/NNP compound 10
        Atlas PROPN/NNP pobj 8
    """, "beside": """
        beside ADP/IN prep 5
        in ADP/IN prep 7
        Operation PROPN/NNP compound 10
        Atlas PROPN/NNP pobj 8
    """}[naming] + """
        grew VERB/VBD ROOT 11
        . PUNCT/. punct 11
    """
    doc = parsed(rows)
    atlas = Span(doc, 9, 11, label="ORG", kb_id="MISSION:Operation Atlas")
    forces = [Span(doc, 1, 2, label="ORG", kb_id="FORCE"), Span(doc, 5, 6, label="ORG", kb_id="FORCE")]
    undertakings = Undertakings(load_lexicon(str(Path(__file__).parents[1] / "data"), "entities"))
    return undertakings.force_named(doc, [*forces, atlas], force_heads=frozenset({"force", "mission"}))


def test_the_force_an_article_names_is_that_operation_throughout_the_article() -> None:
    assert [e.kb_id_ for e in _force_doc("known as")] == ["MISSION:Operation Atlas"] * 3


def test_a_force_the_article_does_not_name_stays_the_force() -> None:
    assert [e.kb_id_ for e in _force_doc("beside")] == ["FORCE", "FORCE", "MISSION:Operation Atlas"]


def test_a_proper_name_before_campaign_names_it_but_a_persons_name_does_not(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 3
        Sea PROPN/NNP compound 2
        Shield PROPN/NNP compound 3
        campaign NOUN/NN nsubj 4
        outlasted VERB/VBD ROOT 4
        the DET/DT det 8
        Anna PROPN/NNP compound 7
        Kovar PROPN/NNP compound 8
        campaign NOUN/NN dobj 4
        . PUNCT/. punct 4
    """, [("Sea Shield", "ORG", ""), ("Anna Kovar", "PERSON", "")])
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    names = undertakings.modifier_names(doc, list(doc.ents))
    assert [(e.text, e.kb_id_) for e in names] == [("Sea Shield", "MISSION:Sea Shield"), ("Anna Kovar", "")]


def test_a_name_given_in_a_relative_clause_names_the_mission_and_its_repeats(data_dir: Path) -> None:
    # "The mission, which is called Lyra, began. Lyra grew."
    doc = parsed("""
        The DET/DT det 1
        mission NOUN/NN nsubj 8
        , PUNCT/, punct 1
        which PRON/WDT nsubjpass 5
        is AUX/VBZ auxpass 5
        called VERB/VBN relcl 1
        Lyra NOUN/NNS oprd 5
        , PUNCT/, punct 1
        began VERB/VBD ROOT 8
        . PUNCT/. punct 8
        Lyra PROPN/NNP nsubj 11
        grew VERB/VBD ROOT 11
        . PUNCT/. punct 11
    """)
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    found = undertakings.short_names(doc, undertakings.called_names(doc, []))
    assert [(s.start, s.text, s.kb_id_) for s in found] == [(6, "Lyra", "MISSION:Lyra"), (10, "Lyra", "MISSION:Lyra")]


def test_a_demonym_before_a_missions_head_is_no_name(data_dir: Path) -> None:
    # "The European initiative began."
    doc = parsed("""
        The DET/DT det 2
        European ADJ/JJ amod 2
        initiative NOUN/NN nsubj 3
        began VERB/VBD ROOT 3
        . PUNCT/. punct 3
    """)
    assert Undertakings(load_lexicon(str(data_dir), "entities")).modifier_names(doc, []) == []


def test_a_name_is_of_the_kind_its_head_says_not_a_word_after_of(blank_nlp: Language, data_dir: Path) -> None:
    doc = blank_nlp("The Government of National Accord signed the Treaty of Alder before the Organisation of "
                    "Islamic Conference.")
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    assert undertakings.named(Span(doc, 1, 5, label="ORG")).kb_id_ == ""
    assert undertakings.named(Span(doc, 7, 10, label="ORG")).kb_id_ == "ACCORD:Treaty of Alder"
    assert undertakings.named(Span(doc, 12, 16, label="ORG")).kb_id_ == ""  # a body, not a gathering


@pytest.mark.parametrize(("rows", "ents", "named"), [
    ("They|PRON|nsubj|1 signed|VERB|ROOT|1 the|DET|det|5 Good|PROPN|compound|4 Friday|PROPN|compound|5 "
     "Agreement|PROPN|dobj|1", [], "ACCORD:Good Friday Agreement"),
    ("They|PRON|nsubj|1 backed|VERB|ROOT|1 the|DET|det|4 Lyra|PROPN|compound|4 agreements|NOUN|dobj|1",
     [("Lyra", "PLACE", "")], "ACCORD:Lyra agreements"),
    ("They|PRON|nsubj|1 broke|VERB|ROOT|1 the|DET|det|4 Lyra|PROPN|compound|4 ceasefire|NOUN|dobj|1",
     [("Lyra", "PLACE", "")], None),  # where the truce holds, not which
    ("They|PRON|nsubj|1 backed|VERB|ROOT|1 the|DET|det|4 Castria|PROPN|compound|4 agreement|NOUN|dobj|1",
     [("Castria", "STATE", "STATE:XC")], None),  # whose deal it is
    ("They|PRON|nsubj|1 backed|VERB|ROOT|1 the|DET|det|4 October|PROPN|compound|4 Agreement|PROPN|dobj|1",
     [], None),
])
def test_an_accord_is_named_by_the_capitalised_words_or_the_place_before_it(
        data_dir: Path, rows: str, ents: list, named: str | None) -> None:
    doc = parsed("\n".join(" ".join(r.split("|")) for r in rows.split()), ents)
    found = Undertakings(load_lexicon(str(data_dir), "entities")).accord_names(doc, list(doc.ents))
    accords = [s.kb_id_ for s in found if s.kb_id_.startswith("ACCORD:")]
    assert accords == ([named] if named else [])


def test_the_acronym_declared_after_a_missions_name_is_that_mission_later(data_dir: Path) -> None:
    # "The Vexor Security Support (VSS) mission began. VSS contributors grew."
    doc = parsed("""
        The DET/DT det 7
        Vexor PROPN/NNP compound 3
        Security PROPN/NNP compound 3
        Support PROPN/NNP compound 7
        ( PUNCT/-LRB- punct 5
        VSS PROPN/NNP appos 3
        ) PUNCT/-RRB- punct 5
        mission NOUN/NN nsubj 8
        began VERB/VBD ROOT 8
        . PUNCT/. punct 8
        VSS PROPN/NNP compound 11
        contributors NOUN/NNS nsubj 12
        grew VERB/VBD ROOT 12
        . PUNCT/. punct 12
    """)
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    found = undertakings.short_names(doc, undertakings.modifier_names(doc, []))
    assert [(s.start, s.text, s.kb_id_) for s in found] == [
        (1, "Vexor Security Support", "MISSION:Vexor Security Support"), (5, "VSS", "MISSION:Vexor Security Support"),
        (10, "VSS", "MISSION:Vexor Security Support")]


def test_the_initiative_refers_to_the_operation_named_before_but_a_qualified_one_does_not(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        launched VERB/VBD ROOT 1
        Operation PROPN/NNP compound 3
        Atlas PROPN/NNP dobj 1
        . PUNCT/. punct 1
        The DET/DT det 7
        new ADJ/JJ amod 7
        initiative NOUN/NN nsubj 8
        began VERB/VBD ROOT 8
        , PUNCT/, punct 8
        and CCONJ/CC cc 8
        a DET/DT det 14
        peace NOUN/NN compound 14
        initiative NOUN/NN nsubj 15
        stalled VERB/VBD conj 8
        . PUNCT/. punct 8
    """)
    undertakings = Undertakings(load_lexicon(str(data_dir), "entities"))
    found = undertakings.descriptions(doc, undertakings.operation_names(doc))
    assert [(s.text, s.start, s.kb_id_) for s in found] == [("initiative", 7, "MISSION:Operation Atlas")]


def _possessed_coalition(possessor: str) -> tuple[list[Span], list[Span]]:
    """'Doravia joined the Castria-led coalition . Norland joined <possessor> 's coalition .'"""
    doc = parsed(f"""
        Doravia PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 6
        Castria PROPN/NNP npadvmod 5
        - PUNCT/HYPH punct 5
        led VERB/VBN amod 6
        coalition NOUN/NN dobj 1
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 9
        joined VERB/VBD ROOT 9
        {possessor} PROPN/NNP poss 12
        's PART/POS case 10
        coalition NOUN/NN dobj 9
        . PUNCT/. punct 9
    """)
    kb = {"Castria": "STATE:XC", "Doravia": "STATE:XD", "Norland": "STATE:XN"}
    ents = [Span(doc, 0, 1, label="STATE", kb_id="STATE:XD"), Span(doc, 3, 4, label="STATE", kb_id="STATE:XC"),
            Span(doc, 6, 7, label="ORG", kb_id="MISSION:Castria-led coalition"),
            Span(doc, 8, 9, label="STATE", kb_id="STATE:XN"), Span(doc, 10, 11, label="STATE", kb_id=kb[possessor])]
    undertakings = Undertakings(load_lexicon(str(Path(__file__).parents[1] / "data"), "entities"))
    return ents, undertakings.descriptions(doc, ents)


def test_a_coalition_possessed_by_its_leader_is_the_one_it_leads() -> None:
    _, found = _possessed_coalition("Castria")
    assert [(s.text, s.kb_id_) for s in found] == [("coalition", "MISSION:Castria-led coalition")]


def test_a_coalition_possessed_by_another_is_not_the_one_named_before() -> None:
    _, found = _possessed_coalition("Doravia")
    assert found == []
