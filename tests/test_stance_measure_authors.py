"""A measure's stance is held by whoever adopts it ('X adopted a resolution condemning Y'), not by one who
rejects it, and the 'it' such a measure condemns is neither the measure nor its adopter; on hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")
RESOLUTION = ("resolution", "ORG", "ACCORD:resolution")


def _measure(verb: str) -> str:
    return f"""
        Norland PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        a DET/DT det 3
        resolution NOUN/NN dobj 1
        condemning VERB/VBG acl 3
        Castria PROPN/NNP dobj 4
        . PUNCT/. punct 1
    """


def test_who_adopts_a_resolution_condemning_someone_opposes_them(data_dir: Path) -> None:
    found = relations(parsed(_measure("adopted"), [NORLAND, RESOLUTION, CASTRIA]), str(data_dir))
    assert ("Norland", "opposes", "Castria") in found


def test_who_rejects_such_a_resolution_does_not(data_dir: Path) -> None:
    found = relations(parsed(_measure("rejected"), [NORLAND, RESOLUTION, CASTRIA]), str(data_dir))
    assert ("Norland", "opposes", "Castria") not in found


def test_the_it_a_resolution_condemns_is_neither_the_resolution_nor_its_adopter(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        faced VERB/VBD ROOT 1
        embarrassment NOUN/NN dobj 1
        as SCONJ/IN mark 5
        Norland PROPN/NNP nsubj 5
        adopted VERB/VBD advcl 1
        a DET/DT det 7
        resolution NOUN/NN dobj 5
        condemning VERB/VBG acl 7
        it PRON/PRP dobj 8
        . PUNCT/. punct 1
    """, [CASTRIA, NORLAND, RESOLUTION])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))
