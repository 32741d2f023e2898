"""A lender, donor or funder backs whom it lends or gives to: 'Norland is Castria's biggest lender', 'Norland,
a major donor to Castria'; a trade partner backs no one. Hand-parsed sentences written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

OWNED = """
    Norland PROPN/NNP nsubj 1
    is AUX/VBZ ROOT 1
    Castria PROPN/NNP poss 5
    's PART/POS case 2
    biggest ADJ/JJS amod 5
    {noun} NOUN/NN attr 1
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("noun", ["lender", "donor", "funder"])
def test_a_lender_backs_the_borrower(data_dir: Path, noun: str) -> None:
    assert ("Norland", "supports", "Castria") in relations(parsed(OWNED.format(noun=noun), ENTS), str(data_dir))


def test_a_customer_backs_no_one(data_dir: Path) -> None:
    assert ("Norland", "supports", "Castria") not in relations(parsed(OWNED.format(noun="customer"), ENTS),
                                                              str(data_dir))
