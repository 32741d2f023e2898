"""Paying a price told as what is to come is a threat: '"Norland will have to pay a price for it," Vell warned',
'Doravia said Norland would pay dearly' set the speaker against Norland; a price paid ('Norland paid a heavy price
for Castria') backs no one. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

QUOTED = """
    " PUNCT/`` punct 12
    Norland PROPN/NNP nsubj 3
    will AUX/MD aux 3
    have VERB/VB ccomp 12
    to PART/TO aux 5
    pay VERB/VB xcomp 3
    a DET/DT det 7
    price NOUN/NN dobj 5
    for ADP/IN prep 5
    it PRON/PRP pobj 8
    , PUNCT/, punct 12
    " PUNCT/'' punct 12
    warned VERB/VBD ROOT 12
    Vell PROPN/NNP nsubj 12
    . PUNCT/. punct 12
"""

REPORTED = """
    Doravia PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Norland PROPN/NNP nsubj 4
    would AUX/MD aux 4
    pay VERB/VB ccomp 1
    dearly ADV/RB advmod 4
    . PUNCT/. punct 1
"""

PAID = """
    Norland PROPN/NNP nsubj 1
    paid VERB/VBD ROOT 1
    a DET/DT det 4
    heavy ADJ/JJ amod 4
    price NOUN/NN dobj 1
    for ADP/IN prep 1
    Castria PROPN/NNP pobj 5
    . PUNCT/. punct 1
"""


def test_a_price_to_pay_in_a_quotation_is_the_speakers_threat(data_dir: Path) -> None:
    found = relations(parsed(QUOTED, [*invented_states("Norland"), ("Vell", "PERSON", "")]), str(data_dir))
    assert ("Vell", "opposes", "Norland") in found
    assert not any(r == "supports" for _, r, _ in found)


def test_a_reported_price_to_pay_is_the_reporters_threat(data_dir: Path) -> None:
    found = relations(parsed(REPORTED, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_a_price_paid_backs_and_opposes_no_one(data_dir: Path) -> None:
    found = relations(parsed(PAID, invented_states("Norland", "Castria")), str(data_dir))
    assert not any(r in {"supports", "opposes"} for _, r, _ in found)
