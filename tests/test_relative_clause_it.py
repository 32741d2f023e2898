"""'it' in a relative clause on a place is whoever 'it' refers back to, not an empty subject: 'Norland won a deal
in the Gulf of Sarn, where it is at odds with Castria' makes Norland oppose Castria, not the gulf. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Sarn", "PLACE", ""), ("Castria", "STATE", "STATE:XC")]

AT_ODDS = """
    Norland PROPN/NNP nsubj 1
    won VERB/VBD ROOT 1
    a DET/DT det 3
    deal NOUN/NN dobj 1
    in ADP/IN prep 3
    the DET/DT det 6
    Sarn PROPN/NNP pobj 4
    , PUNCT/, punct 6
    where SCONJ/WRB advmod 10
    it PRON/PRP nsubj 10
    is AUX/VBZ relcl 6
    at ADP/IN prep 10
    odds NOUN/NNS pobj 11
    with ADP/IN prep 12
    Castria PROPN/NNP pobj 13
    . PUNCT/. punct 1
"""


def test_it_in_a_relative_clause_on_a_place_is_the_earlier_actor(data_dir: Path) -> None:
    found = relations(parsed(AT_ODDS, ENTS), str(data_dir))
    assert ("Norland", "opposes", "Castria") in found
    assert not any(s == "Sarn" for s, _, _ in found)
