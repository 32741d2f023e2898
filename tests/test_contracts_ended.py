"""Cancelling, terminating or revoking a contract, licence or concession opposes whoever holds it ('cancelled X's
contract', 'Y's cancellation of X's contract'); putting it under review does not. An ending told with its
possessor is the possessor's, whoever reports it ('condemned Y's severing of ties with X'). On hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
PACT = ("Pact", "ORG", "ORG:XPACT")


def _contract(verb: str) -> str:
    return f"""
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        Pact PROPN/NNP poss 4
        's PART/POS case 2
        contract NOUN/NN dobj 1
        . PUNCT/. punct 1
    """


def test_cancelling_a_contract_opposes_its_holder(data_dir: Path) -> None:
    assert relations(parsed(_contract("cancelled"), [CASTRIA, PACT]), str(data_dir)) == {
        ("Castria", "opposes", "Pact")}


def test_reviewing_a_contract_is_no_stance(data_dir: Path) -> None:
    assert not relations(parsed(_contract("reviewed"), [CASTRIA, PACT]), str(data_dir))


def test_a_cancellation_told_by_a_third_is_its_possessors(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        cancellation NOUN/NN dobj 1
        of ADP/IN prep 4
        Pact PROPN/NNP poss 8
        's PART/POS case 6
        contract NOUN/NN pobj 5
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA, PACT])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Pact") in found
    assert ("Norland", "opposes", "Pact") not in found


def test_a_severing_of_ties_told_by_a_third_is_its_possessors(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        severing NOUN/NN dobj 1
        of ADP/IN prep 4
        ties NOUN/NNS pobj 5
        with ADP/IN prep 4
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Norland", "opposes", "Doravia") not in found
