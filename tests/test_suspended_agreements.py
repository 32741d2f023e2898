"""'All the military agreements between Doravia and Norland are suspended': an agreement suspended backs no one,
as 'Doravia suspended its agreements with Norland' does not; an agreement told of as it stands still binds its
parties to each other. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

SUSPENDED = """
    all DET/PDT predet 3
    the DET/DT det 3
    military ADJ/JJ amod 3
    agreements NOUN/NNS nsubjpass 9
    between ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    and CCONJ/CC cc 5
    Norland PROPN/NNP conj 5
    are AUX/VBP auxpass 9
    suspended VERB/VBN ROOT 9
    . PUNCT/. punct 9
"""

SIGNED = """
    the DET/DT det 1
    agreement NOUN/NN nsubjpass 7
    between ADP/IN prep 1
    Doravia PROPN/NNP pobj 2
    and CCONJ/CC cc 3
    Norland PROPN/NNP conj 3
    was AUX/VBD auxpass 7
    signed VERB/VBN ROOT 7
    . PUNCT/. punct 7
"""


def test_agreements_suspended_back_no_one(data_dir: Path) -> None:
    found = relations(parsed(SUSPENDED, invented_states("Doravia", "Norland")), str(data_dir))
    assert not {r for r in found if r[1] == "supports"}


def test_an_agreement_signed_binds_both(data_dir: Path) -> None:
    found = relations(parsed(SIGNED, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found
    assert ("Norland", "supports", "Doravia") in found
