"""'Norland is not a country that backs Castria' denies the backing, as 'does not back' would; 'not the only
country that backs Castria' still says it backs. Hand-parsed sentences written for the test (no trained model),
with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

NOT_A_COUNTRY = """
    Norland PROPN/NNP nsubj 1
    is AUX/VBZ ROOT 1
    not PART/RB neg 1
    a DET/DT {det} 5
    {only} ADJ/JJ amod 5
    country NOUN/NN attr 1
    that PRON/WDT nsubj 7
    backs VERB/VBZ relcl 5
    Castria PROPN/NNP dobj 7
    . PUNCT/. punct 1
"""


def test_not_a_country_that_backs_denies_the_backing(data_dir: Path) -> None:
    rows = NOT_A_COUNTRY.format(det="det", only="rogue")
    assert ("Norland", "supports", "Castria") not in relations(parsed(rows, ENTS), str(data_dir))


def test_not_the_only_country_that_backs_still_backs(data_dir: Path) -> None:
    rows = NOT_A_COUNTRY.format(det="det", only="only").replace("a DET/DT", "the DET/DT")
    assert ("Norland", "supports", "Castria") in relations(parsed(rows, ENTS), str(data_dir))
