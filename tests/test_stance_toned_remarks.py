"""Remarks told by their tone: 'X made critical comments about Y', 'X had warm words for Y', 'X's hostile
remarks'; a remark without a tone, or of two, takes no side; on hand-parsed sentences written for the test
(no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")


def _remark(verb: str, tone: str, noun: str, prep: str) -> str:
    return f"""
        Norland PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        {tone} ADJ/JJ amod 3
        {noun} NOUN/NNS dobj 1
        {prep} ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """


@pytest.mark.parametrize(("verb", "tone", "noun", "prep", "relation"), [
    ("made", "critical", "comments", "about", "opposes"),
    ("made", "hostile", "remarks", "toward", "opposes"),
    ("had", "warm", "words", "for", "supports"),
])
def test_a_remark_takes_the_side_its_tone_tells(data_dir: Path, verb: str, tone: str, noun: str, prep: str,
                                                relation: str) -> None:
    doc = parsed(_remark(verb, tone, noun, prep), [NORLAND, CASTRIA])
    assert relations(doc, str(data_dir)) == {("Norland", relation, "Castria")}


def test_a_remark_without_a_tone_takes_no_side(data_dir: Path) -> None:
    doc = parsed(_remark("made", "several", "comments", "about"), [NORLAND, CASTRIA])
    assert relations(doc, str(data_dir)) == set()


def test_remarks_someone_only_reads_are_not_theirs(data_dir: Path) -> None:
    doc = parsed(_remark("read", "critical", "comments", "about"), [NORLAND, CASTRIA])
    assert relations(doc, str(data_dir)) == set()
