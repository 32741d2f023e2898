"""An embargo 'of' a state is suffered by it: condemning 'the Norlandic embargo of Castria' opposes Norland, the
one who imposes it, and not Castria. Hand-parsed sentence written for the test (no trained model), with invented
names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Norlandic", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

CONDEMNED = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    the DET/DT det 5
    Norlandic ADJ/JJ amod 5
    economic ADJ/JJ amod 5
    embargo NOUN/NN dobj 1
    of ADP/IN prep 5
    Castria PROPN/NNP pobj 6
    . PUNCT/. punct 1
"""


def test_condemning_an_embargo_of_a_state_opposes_who_imposes_it(data_dir: Path) -> None:
    found = relations(parsed(CONDEMNED, ENTS), str(data_dir))
    assert ("Doravia", "opposes", "Norlandic") in found
    assert ("Doravia", "opposes", "Castria") not in found
