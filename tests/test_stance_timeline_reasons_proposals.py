"""A clause that dates the writer's events is no part of an allegation ('accused X of Y after Z accused X'),
'it was because X ...' gives a reason and names no actor, and 'let's ...' proposes rather than permits; on
hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
ODELL = ("Odell", "PERSON", "")


def _accused_after(clause: str) -> str:
    return """
        Castria PROPN/NNP nsubj 1
        accused VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        of ADP/IN prep 1
        shelling VERB/VBG pcomp 3
        Norland PROPN/NNP dobj 4
        after SCONJ/IN mark 8
    """ + clause


def test_a_dated_clause_under_an_allegation_is_the_writers_fact(data_dir: Path) -> None:
    doc = parsed(_accused_after("""
        Odell PROPN/NNP nsubj 8
        accused VERB/VBD advcl 4
        Doravia PROPN/NNP dobj 8
        of ADP/IN prep 8
        abuses NOUN/NNS pobj 10
        . PUNCT/. punct 1
    """), [CASTRIA, DORAVIA, NORLAND, ODELL, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Odell", "opposes", "Doravia") in found
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Doravia", "opposes", "Norland") not in found  # the allegation itself stays alleged


def test_the_alleged_act_stays_alleged_beside_a_dated_clause(data_dir: Path) -> None:
    doc = parsed(_accused_after("""
        Odell PROPN/NNP nsubj 8
        left VERB/VBD advcl 4
        . PUNCT/. punct 1
    """), [CASTRIA, DORAVIA, NORLAND, ODELL])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "opposes", "Norland") not in found
    assert ("Castria", "opposes", "Doravia") in found


def test_a_reason_introduced_by_it_was_because_is_the_speakers_judgment(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        left VERB/VBD ROOT 1
        . PUNCT/. punct 1
        " PUNCT/`` punct 14
        It PRON/PRP nsubj 5
        was AUX/VBD ccomp 14
        because SCONJ/IN mark 9
        Doravia PROPN/NNP nsubj 9
        illegally ADV/RB advmod 9
        annexed VERB/VBD advcl 5
        Norland PROPN/NNP dobj 9
        , PUNCT/, punct 5
        " PUNCT/'' punct 14
        Odell PROPN/NNP nsubj 14
        said VERB/VBD ROOT 14
        . PUNCT/. punct 14
    """, [CASTRIA, DORAVIA, NORLAND, ODELL])
    found = relations(doc, str(data_dir))
    assert ("Odell", "opposes", "Doravia") in found
    assert ("Castria", "opposes", "Doravia") not in found  # 'it' is no one here


def _let(subject: str, tag: str) -> str:
    return f"""
        " PUNCT/`` punct 10
        Let VERB/VB ccomp 10
        {subject} {tag} nsubj 3
        remember VERB/VB ccomp 1
        : PUNCT/: punct 1
        Castria PROPN/NNP nsubj 6
        left VERB/VBD ccomp 1
        , PUNCT/, punct 10
        " PUNCT/'' punct 10
        Odell PROPN/NNP nsubj 10
        said VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """


def test_lets_proposes_to_the_listeners_and_permits_no_one(data_dir: Path) -> None:
    for subject in ("'s", "us"):
        doc = parsed(_let(subject, "PRON/PRP"), [CASTRIA, ODELL])
        assert ("Odell", "supports", "Castria") not in relations(doc, str(data_dir)), subject


def test_letting_someone_act_still_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        let VERB/VBD ROOT 1
        Castria PROPN/NNP nsubj 3
        open VERB/VB ccomp 1
        an DET/DT det 5
        office NOUN/NN dobj 3
        . PUNCT/. punct 1
    """, [DORAVIA, CASTRIA])
    assert ("Doravia", "supports", "Castria") in relations(doc, str(data_dir))
