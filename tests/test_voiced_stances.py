"""A person who voices the stance of the state he acts for holds it too: 'Castrian Prime Minister Ana Ruiz
stressed Castria's support for Doravia' makes Ruiz a backer of Doravia; voicing another state's support does
not. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

STRESSED = """
    Castrian ADJ/JJ amod 2
    Prime PROPN/NNP compound 2
    Minister PROPN/NNP compound 4
    Ana PROPN/NNP compound 4
    Ruiz PROPN/NNP nsubj 5
    stressed VERB/VBD ROOT 5
    {owner} PROPN/NNP poss 8
    's PART/POS case 6
    support NOUN/NN dobj 5
    for ADP/IN prep 8
    Doravia PROPN/NNP pobj 9
    . PUNCT/. punct 5
"""


def _found(owner: str, kb: str, data_dir: Path) -> set:
    ents = [("Castrian", "STATE", "STATE:XC"), ("Ana Ruiz", "PERSON", ""), (owner, "STATE", kb),
            ("Doravia", "STATE", "STATE:XD")]
    return relations(parsed(STRESSED.format(owner=owner), ents), str(data_dir))


def test_voicing_ones_own_states_support_holds_it(data_dir: Path) -> None:
    found = _found("Castria", "STATE:XC", data_dir)
    assert ("Castria", "supports", "Doravia") in found
    assert ("Ana Ruiz", "supports", "Doravia") in found


@pytest.mark.parametrize(("owner", "kb"), [("Norland", "STATE:XN")])
def test_voicing_another_states_support_does_not(data_dir: Path, owner: str, kb: str) -> None:
    found = _found(owner, kb, data_dir)
    assert (owner, "supports", "Doravia") in found
    assert ("Ana Ruiz", "supports", "Doravia") not in found
