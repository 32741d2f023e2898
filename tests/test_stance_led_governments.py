"""'Odell's government', 'the Odell government' act for the state Odell's title in the article names as well as
for Odell; with no such title, for Odell alone; on hand-parsed sentences written for the test (no trained
model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

TITLED = """
        Castrian ADJ/JJ amod 1
        President PROPN/NNP compound 3
        Iris PROPN/NNP compound 3
        Odell PROPN/NNP nsubj 4
        spoke VERB/VBD ROOT 4
        . PUNCT/. punct 4
"""
POSSESSED = """
        Odell PROPN/NNP poss 2
        's PART/POS case 0
        government NOUN/NN nsubj 3
        condemned VERB/VBD ROOT 3
        Doravia PROPN/NNP dobj 3
        . PUNCT/. punct 3
"""
COMPOUND = """
        The DET/DT det 2
        Odell PROPN/NNP compound 2
        government NOUN/NN nsubj 3
        condemned VERB/VBD ROOT 3
        Doravia PROPN/NNP dobj 3
        . PUNCT/. punct 3
"""


def _shifted(rows: str, by: int) -> str:
    """The rows of a second sentence, their head indices moved past the first sentence's tokens."""
    out = []
    for line in rows.strip().splitlines():
        *words, head = line.split()
        out.append(" ".join([*words, str(int(head) + by)]))
    return "\n".join(out)


@pytest.mark.parametrize("second", [POSSESSED, COMPOUND])
def test_a_titled_leaders_government_acts_for_their_state_too(second: str, data_dir: Path) -> None:
    doc = parsed(TITLED + _shifted(second, 6), [("Castrian", "STATE", "STATE:XC"), ("Iris Odell", "PERSON", ""),
                                                ("Odell", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    found = relations(doc, str(data_dir))
    assert {("Odell", "opposes", "Doravia"), ("Castrian", "opposes", "Doravia")} <= found


@pytest.mark.parametrize("rows", [POSSESSED, COMPOUND])
def test_an_untitled_persons_government_acts_for_them_alone(rows: str, data_dir: Path) -> None:
    found = relations(parsed(rows, [("Odell", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")]), str(data_dir))
    assert {r for r in found if r[1] == "opposes"} == {("Odell", "opposes", "Doravia")}
