"""'Doravia has rejected joining Operation Sea Shield' is a refusal to take part, read as 'declined to join' is:
the refusing verb 'reject' is also a verb of denial, but a step turned down ('rejected joining', 'rejected
sending troops') is no claim denied. 'Rejected having armed X' stays a denial. Hand-parsed sentences written for
the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

OPERATION = ("Operation Sea Shield", "ORG", "MISSION:Operation Sea Shield")

REJECTED_JOINING = """
    Doravia PROPN/NNP nsubj 2
    has AUX/VBZ aux 2
    rejected VERB/VBN ROOT 2
    joining VERB/VBG xcomp 2
    Operation PROPN/NNP compound 6
    Sea PROPN/NNP compound 6
    Shield PROPN/NNP dobj 3
    . PUNCT/. punct 2
"""

REJECTED_HAVING_ARMED = """
    Doravia PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    having AUX/VBG aux 3
    armed VERB/VBN xcomp 1
    Norland PROPN/NNP dobj 3
    . PUNCT/. punct 1
"""


def test_rejected_joining_is_a_refusal_to_take_part(data_dir: Path) -> None:
    found = relations(parsed(REJECTED_JOINING, [*invented_states("Doravia"), OPERATION]), str(data_dir))
    assert ("Doravia", "declines", "Operation Sea Shield") in found
    assert ("Doravia", "participates_in", "Operation Sea Shield") not in found


def test_rejected_having_armed_stays_a_denial(data_dir: Path) -> None:
    found = relations(parsed(REJECTED_HAVING_ARMED, invented_states("Doravia", "Norland")), str(data_dir))
    assert not {r for r in found if r[1] in {"supports", "opposes"}}
