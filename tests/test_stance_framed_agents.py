"""A passive act framed as someone's move names who did it: 'was expelled in a retaliatory move by X'."""

from __future__ import annotations

import pytest

from tests.handmade import parsed, relations

EXPELLED = """
    Odell PROPN/NNP nsubjpass 2
    was AUX/VBD auxpass 2
    expelled VERB/VBN ROOT 2
    in ADP/IN prep 2
    a DET/DT det 6
    retaliatory ADJ/JJ amod 6
    {frame} NOUN/NN pobj 3
    by ADP/IN prep 6
    Castria PROPN/NNP pobj 7
    . PUNCT/. punct 2
"""

ENTS = [("Odell", "PERSON", ""), ("Castria", "STATE", "STATE:XC")]


@pytest.mark.parametrize("frame", ["move", "step", "response"])
def test_the_frame_of_a_passive_act_names_its_agent(data_dir, frame: str) -> None:
    assert ("Castria", "opposes", "Odell") in relations(parsed(EXPELLED.format(frame=frame), ENTS), str(data_dir))


def test_a_report_by_someone_is_no_act_of_theirs(data_dir) -> None:
    rels = relations(parsed(EXPELLED.format(frame="report"), ENTS), str(data_dir))
    assert ("Castria", "opposes", "Odell") not in rels
