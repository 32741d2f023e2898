"""A protest aimed at no one in its own words is aimed at whoever did what provoked it ('Castria protested after
Doravia sent ships', 'lodged a protest after ...', 'retaliated when Doravia expelled its diplomats'); not at a
victim ('after Doravia was attacked'), not when denied, and not past a target the protest names itself ('protested
to Norland'). On hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")

PROTESTED_AFTER = """
    Castria PROPN/NNP nsubj 1
    protested VERB/VBD ROOT 1
    after SCONJ/IN mark 4
    Doravia PROPN/NNP nsubj 4
    sent VERB/VBD advcl 1
    ships NOUN/NNS dobj 4
    . PUNCT/. punct 1
"""

LODGED_A_PROTEST_AFTER = """
    Castria PROPN/NNP nsubj 1
    lodged VERB/VBD ROOT 1
    a DET/DT det 3
    protest NOUN/NN dobj 1
    after SCONJ/IN mark 6
    Doravia PROPN/NNP nsubj 6
    sent VERB/VBD advcl 1
    ships NOUN/NNS dobj 6
    . PUNCT/. punct 1
"""

RETALIATED_WHEN = """
    Castria PROPN/NNP nsubj 1
    retaliated VERB/VBD ROOT 1
    when SCONJ/WRB advmod 4
    Doravia PROPN/NNP nsubj 4
    expelled VERB/VBD advcl 1
    its PRON/PRP$ poss 6
    diplomats NOUN/NNS dobj 4
    . PUNCT/. punct 1
"""

AFTER_A_VICTIM = """
    Castria PROPN/NNP nsubj 1
    protested VERB/VBD ROOT 1
    after SCONJ/IN mark 5
    Doravia PROPN/NNP nsubjpass 5
    was AUX/VBD auxpass 5
    attacked VERB/VBN advcl 1
    . PUNCT/. punct 1
"""

DID_NOT_PROTEST = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    protest VERB/VB ROOT 3
    after SCONJ/IN mark 6
    Doravia PROPN/NNP nsubj 6
    sent VERB/VBD advcl 3
    ships NOUN/NNS dobj 6
    . PUNCT/. punct 3
"""

PROTESTED_TO = """
    Castria PROPN/NNP nsubj 1
    protested VERB/VBD ROOT 1
    to ADP/IN prep 1
    Norland PROPN/NNP pobj 2
    after SCONJ/IN mark 6
    Doravia PROPN/NNP nsubj 6
    sent VERB/VBD advcl 1
    ships NOUN/NNS dobj 6
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("rows", [PROTESTED_AFTER, LODGED_A_PROTEST_AFTER, RETALIATED_WHEN],
                         ids=["protested", "lodged a protest", "retaliated when"])
def test_a_protest_is_aimed_at_whoever_provoked_it(data_dir: Path, rows: str) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))


@pytest.mark.parametrize("rows", [AFTER_A_VICTIM, DID_NOT_PROTEST], ids=["victim", "denied"])
def test_no_protest_at_a_victim_nor_a_denied_one(data_dir: Path, rows: str) -> None:
    assert ("Castria", "opposes", "Doravia") not in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))


def test_a_protest_that_names_its_target_is_aimed_there(data_dir: Path) -> None:
    found = relations(parsed(PROTESTED_TO, [CASTRIA, NORLAND, DORAVIA]), str(data_dir))
    assert ("Castria", "opposes", "Doravia") not in found
