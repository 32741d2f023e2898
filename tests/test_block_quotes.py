"""'Arlo Vent said on Monday:' and then a paragraph of his words without quote marks (a post, a statement): that
paragraph is his quotation, so its 'I' is Arlo Vent. A paragraph after a line that names no speaker is nobody's.
Hand-parsed text written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Arlo Vent", "PERSON", ""), ("Castria", "STATE", "STATE:XC")]

SAID_THEN_POST = """
    Arlo PROPN/NNP compound 1
    Vent PROPN/NNP nsubj 2
    {verb} VERB/VBD ROOT 2
    on ADP/IN prep 2
    Monday PROPN/NNP pobj 3
    : PUNCT/: punct 2
    <para> SPACE/_SP dep 5
    I PRON/PRP nsubj 8
    back VERB/VBP ROOT 8
    Castria PROPN/NNP dobj 8
    . PUNCT/. punct 8
"""


def test_a_paragraph_after_a_speakers_colon_is_his_quotation(data_dir: Path) -> None:
    found = relations(parsed(SAID_THEN_POST.format(verb="said"), ENTS), str(data_dir))
    assert ("Arlo Vent", "supports", "Castria") in found


def test_a_paragraph_after_a_line_naming_no_speaker_is_nobodys(data_dir: Path) -> None:
    found = relations(parsed(SAID_THEN_POST.format(verb="arrived"), ENTS), str(data_dir))
    assert ("Arlo Vent", "supports", "Castria") not in found
