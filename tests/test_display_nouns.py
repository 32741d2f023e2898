"""A stance shown as what an act is: 'Doravia's expulsion of two envoys is a strong signal of solidarity with
Norland', with the aim hung on 'signal', backs Norland; so does 'the expulsion' referring to Doravia's act told
before. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

OWNED = """
    Doravia PROPN/NNP poss 2
    's PART/POS case 0
    expulsion NOUN/NN nsubj 6
    of ADP/IN prep 2
    two NUM/CD nummod 5
    envoys NOUN/NNS pobj 3
    is AUX/VBZ ROOT 6
    a DET/DT det 9
    strong ADJ/JJ amod 9
    signal NOUN/NN attr 6
    of ADP/IN prep 9
    solidarity NOUN/NN pobj 10
    with ADP/IN prep 9
    Norland PROPN/NNP pobj 12
    . PUNCT/. punct 6
"""

NAMED_BEFORE = """
    Doravia PROPN/NNP nsubj 1
    expelled VERB/VBD ROOT 1
    two NUM/CD nummod 3
    envoys NOUN/NNS dobj 1
    . PUNCT/. punct 1
    The DET/DT det 6
    expulsion NOUN/NN nsubj 7
    is AUX/VBZ ROOT 7
    a DET/DT det 9
    signal NOUN/NN attr 7
    of ADP/IN prep 9
    solidarity NOUN/NN pobj 10
    with ADP/IN prep 9
    Norland PROPN/NNP pobj 12
    . PUNCT/. punct 7
"""


def test_an_owned_act_shown_as_solidarity_backs_its_aim(data_dir: Path) -> None:
    found = relations(parsed(OWNED, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found


def test_the_act_named_before_shown_as_solidarity_is_its_doers(data_dir: Path) -> None:
    found = relations(parsed(NAMED_BEFORE, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found
