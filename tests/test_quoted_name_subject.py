"""'"We back Castria, Vell," Norland's foreign minister, Pell, said': the parser may take a name inside the
quotation for the subject of 'said' and hang the speaker's title on it. The title is Pell's (a title with a name of
its own in apposition, across the quotation's edge from Vell), and so is the quotation. Hand-parsed sentence
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

ROWS = """
    “ PUNCT/`` punct 15
    We PRON/PRP nsubj 2
    back VERB/VBP ccomp 15
    Castria PROPN/NNP dobj 2
    , PUNCT/, punct 15
    Vell PROPN/NNP nsubj 15
    , PUNCT/, punct 5
    ” PUNCT/'' punct 5
    Norland PROPN/NNP poss 11
    's PART/POS case 8
    foreign ADJ/JJ amod 11
    minister NOUN/NN appos 5
    , PUNCT/, punct 11
    Pell PROPN/NNP appos 11
    , PUNCT/, punct 11
    said VERB/VBD ROOT 15
    . PUNCT/. punct 15
"""

ENTS = [*invented_states("Castria"), ("Vell", "PERSON", ""), *invented_states("Norland"), ("Pell", "PERSON", "")]


def test_the_title_outside_the_quotation_is_the_named_speakers(data_dir: Path) -> None:
    found = relations(parsed(ROWS, ENTS), str(data_dir))
    assert ("Pell", "affiliated_with", "Norland") in found
    assert ("Vell", "affiliated_with", "Norland") not in found


def test_the_quotation_is_the_named_speakers(data_dir: Path) -> None:
    found = relations(parsed(ROWS, ENTS), str(data_dir))
    assert ("Pell", "supports", "Castria") in found
    assert ("Vell", "supports", "Castria") not in found
