"""'Acting Under Secretary Vell accused Norland ...': a capitalised title the parser made the subject, with the
person's name at the end of its phrase, is that person; 'supporters of Vell' are not Vell. Hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

TITLED = """
    Acting VERB/VBG nsubj 4
    Under ADP/IN prep 0
    Secretary PROPN/NNP compound 3
    Vell PROPN/NNP pobj 1
    accused VERB/VBD ROOT 4
    Norland PROPN/NNP dobj 4
    . PUNCT/. punct 4
"""

SUPPORTERS = """
    Supporters NOUN/NNS nsubj 3
    of ADP/IN prep 0
    Vell PROPN/NNP pobj 1
    accused VERB/VBD ROOT 3
    Norland PROPN/NNP dobj 3
    . PUNCT/. punct 3
"""


def test_a_title_parsed_as_the_subject_is_the_person_it_names(data_dir: Path) -> None:
    found = relations(parsed(TITLED, [("Vell", "PERSON", ""), *invented_states("Norland")]), str(data_dir))
    assert ("Vell", "opposes", "Norland") in found


def test_supporters_of_a_person_are_not_the_person(data_dir: Path) -> None:
    found = relations(parsed(SUPPORTERS, [("Vell", "PERSON", ""), *invented_states("Norland")]), str(data_dir))
    assert ("Vell", "opposes", "Norland") not in found
