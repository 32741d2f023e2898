"""The 'by X' of an act names who did it, wherever the parser hangs it: 'condemned the arrest of the activist by
Norland' and 'the killing of two journalists by Norland' (the 'by' hung on the victims) oppose Norland, as
'Norland's arrest of X' does; 'concerned by the seizure of two vessels by Norland' too. 'Condemned Pell's arrest'
still opposes no one: Pell suffered it. Hand-parsed sentences written for the test (no trained model), with
invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

PELL = ("Pell", "PERSON", "PERSON:Ivo Pell")

ARREST_BY = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    the DET/DT det 3
    arrest NOUN/NN dobj 1
    of ADP/IN prep 3
    the DET/DT det 6
    activist NOUN/NN pobj 4
    by ADP/IN prep 3
    Norland PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""

KILLING_BY_ON_VICTIMS = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    the DET/DT det 3
    killing NOUN/NN dobj 1
    of ADP/IN prep 3
    two NUM/CD nummod 6
    journalists NOUN/NNS pobj 4
    by ADP/IN prep 6
    Norland PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""

SEIZURE_BY_ON_VESSELS = """
    Doravia PROPN/NNP nsubj 1
    was AUX/VBD ROOT 1
    concerned ADJ/JJ acomp 1
    by ADP/IN prep 2
    the DET/DT det 5
    seizure NOUN/NN pobj 3
    of ADP/IN prep 5
    two NUM/CD nummod 8
    vessels NOUN/NNS pobj 6
    by ADP/IN prep 8
    Norland PROPN/NNP pobj 9
    . PUNCT/. punct 1
"""

OWN_ARREST = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    Pell PROPN/NNP poss 4
    's PART/POS case 2
    arrest NOUN/NN dobj 1
    . PUNCT/. punct 1
"""


def test_an_arrest_by_a_state_opposes_it(data_dir: Path) -> None:
    found = relations(parsed(ARREST_BY, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_the_by_hung_on_the_victims_is_still_the_killers(data_dir: Path) -> None:
    found = relations(parsed(KILLING_BY_ON_VICTIMS, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_concern_over_a_seizure_reaches_who_seized(data_dir: Path) -> None:
    found = relations(parsed(SEIZURE_BY_ON_VESSELS, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_condemning_someones_arrest_opposes_no_one(data_dir: Path) -> None:
    found = relations(parsed(OWN_ARREST, [*invented_states("Doravia"), PELL]), str(data_dir))
    assert not {r for r in found if r[1] == "opposes"}
