"""A course a judging adjective qualifies faults whoever takes it, said by someone: 'Castria said Doravia is
traveling down the wrong path' opposes Doravia; the right path faults no one, and the narrator's words fault no
one. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def said(adjective: str) -> str:
    return f"""
    Castria PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Doravia PROPN/NNP nsubj 4
    is AUX/VBZ aux 4
    traveling VERB/VBG ccomp 1
    down ADP/IN prep 4
    the DET/DT det 8
    {adjective} ADJ/JJ amod 8
    path NOUN/NN pobj 5
    . PUNCT/. punct 1
"""


NARRATED = """
    Doravia PROPN/NNP nsubj 1
    took VERB/VBD ROOT 1
    a DET/DT det 4
    dangerous ADJ/JJ amod 4
    path NOUN/NN dobj 1
    . PUNCT/. punct 1
"""


def test_the_wrong_path_taken_faults_who_takes_it(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(said("wrong"), ENTS), str(data_dir))


def test_the_right_path_faults_no_one(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") not in relations(parsed(said("right"), ENTS), str(data_dir))


def test_the_narrators_words_fault_no_one(data_dir: Path) -> None:
    found = relations(parsed(NARRATED, [("Doravia", "STATE", "STATE:XD")]), str(data_dir))
    assert not any(r == "opposes" for _, r, _ in found)
