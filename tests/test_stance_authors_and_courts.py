"""Who made what is judged ('remarks made by X were unacceptable'), courts that stand for the state where they
sit ('a court in Managua'), refusals to recognise a change to someone's standing, and groups described by their
region ('three European countries'). On hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
ODELL = ("Odell", "PERSON", "")


def test_remarks_made_by_someone_judged_unacceptable_oppose_their_maker(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        remarks NOUN/NNS nsubj 6
        made VERB/VBN acl 2
        by ADP/IN agent 3
        Odell PROPN/NNP pobj 4
        were AUX/VBD ccomp 1
        unacceptable ADJ/JJ acomp 6
        . PUNCT/. punct 1
    """, [CASTRIA, ODELL])
    assert ("Castria", "opposes", "Odell") in relations(doc, str(data_dir))


def test_comments_made_by_someone_said_to_undermine_talks_oppose_their_maker(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        comments NOUN/NNS nsubj 6
        made VERB/VBN acl 2
        by ADP/IN agent 3
        Odell PROPN/NNP pobj 4
        undermined VERB/VBD ccomp 1
        the DET/DT det 8
        talks NOUN/NNS dobj 6
        . PUNCT/. punct 1
    """, [CASTRIA, ODELL])
    assert ("Castria", "opposes", "Odell") in relations(doc, str(data_dir))


COURT = """
    A DET/DT det 1
    court NOUN/NN nsubj 4
    in ADP/IN prep 1
    {city} PROPN/NNP pobj 2
    sentenced VERB/VBD ROOT 4
    Odell PROPN/NNP dobj 4
    . PUNCT/. punct 4
"""


def test_a_court_in_a_capital_stands_for_its_state(data_dir: Path) -> None:
    doc = parsed(COURT.format(city="Managua"), [("Managua", "PLACE", "CAPITAL:NI:managua"), ODELL])
    assert ("Managua", "opposes", "Odell") in relations(doc, str(data_dir))


def test_a_court_at_a_seat_of_international_courts_does_not(data_dir: Path) -> None:
    doc = parsed(COURT.format(city="Hague"), [("Hague", "PLACE", "CAPITAL:NL:the-hague"), ODELL])
    assert ("Hague", "opposes", "Odell") not in relations(doc, str(data_dir))


def _refused(owner: str, noun: str) -> str:
    return f"""
        Castria PROPN/NNP nsubj 3
        will AUX/MD aux 3
        not PART/RB neg 3
        recognize VERB/VB ROOT 3
        {owner} PROPN/NNP poss 6
        's PART/POS case 4
        {noun} NOUN/NN dobj 3
        of ADP/IN prep 6
        Norland PROPN/NNP pobj 7
        . PUNCT/. punct 3
    """


def test_refusing_to_recognise_a_changed_status_is_no_stance_against_the_state(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        will AUX/MD aux 3
        not PART/RB neg 3
        recognize VERB/VB ROOT 3
        any DET/DT det 6
        altered ADJ/JJ amod 6
        status NOUN/NN dobj 3
        of ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 3
    """, [CASTRIA, DORAVIA])
    assert not relations(doc, str(data_dir))


def test_refusing_to_recognise_an_annexation_opposes_the_annexer(data_dir: Path) -> None:
    found = relations(parsed(_refused("Doravia", "annexation"), [CASTRIA, DORAVIA, NORLAND]), str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found and ("Castria", "opposes", "Norland") not in found


def test_countries_described_by_a_region_are_none_from_elsewhere(data_dir: Path) -> None:
    doc = parsed("""
        India PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Libya PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Pakistan PROPN/NNP conj 2
        abstained VERB/VBD ROOT 5
        . PUNCT/. punct 5
        Three NUM/CD nummod 9
        European ADJ/JJ amod 9
        countries NOUN/NNS nsubj 10
        condemned VERB/VBD ROOT 10
        Iran PROPN/NNP dobj 10
        . PUNCT/. punct 10
    """, [("India", "STATE", "STATE:IN"), ("Libya", "STATE", "STATE:LY"), ("Pakistan", "STATE", "STATE:PK"),
          ("Iran", "STATE", "STATE:IR")])
    assert not {r for r in relations(doc, str(data_dir)) if r[2] == "Iran"}
