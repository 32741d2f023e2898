"""'Norland blocked the deal, in what Castria called a provocation': 'what' is Norland's act, so Castria's
judgement opposes Norland; 'an act of sabotage' passes on the judgement of its 'of' phrase. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")]

IN_WHAT = """
    Norland PROPN/NNP nsubj 1
    blocked VERB/VBD ROOT 1
    the DET/DT det 3
    deal NOUN/NN dobj 1
    , PUNCT/, punct 1
    in ADP/IN prep 1
    what PRON/WP dobj 8
    Castria PROPN/NNP nsubj 8
    called VERB/VBD pcomp 5
    a DET/DT det 10
    {noun} NOUN/NN oprd 8
    . PUNCT/. punct 1
"""

ACT_OF = """
    Norland PROPN/NNP nsubj 1
    blocked VERB/VBD ROOT 1
    the DET/DT det 3
    deal NOUN/NN dobj 1
    in ADP/IN prep 1
    what PRON/WP dobj 7
    Castria PROPN/NNP nsubj 7
    labelled VERB/VBD pcomp 4
    an DET/DT det 9
    act NOUN/NN oprd 7
    of ADP/IN prep 9
    sabotage NOUN/NN pobj 10
    . PUNCT/. punct 1
"""


def test_in_what_someone_called_a_provocation_opposes_the_actor(data_dir: Path) -> None:
    found = relations(parsed(IN_WHAT.format(noun="provocation"), ENTS), str(data_dir))
    assert ("Castria", "opposes", "Norland") in found


def test_in_what_someone_called_a_compromise_opposes_no_one(data_dir: Path) -> None:
    found = relations(parsed(IN_WHAT.format(noun="compromise"), ENTS), str(data_dir))
    assert ("Castria", "opposes", "Norland") not in found


def test_an_act_of_sabotage_is_judged_by_its_of_phrase(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Norland") in relations(parsed(ACT_OF, ENTS), str(data_dir))
