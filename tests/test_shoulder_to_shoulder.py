"""Phrases that say 'together': 'Doravia and Norland stand shoulder-to-shoulder' backs each the other, as 'stand
together' does; 'stand shoulder-to-shoulder' denied backs no one. Hand-parsed sentences written for the test (no
trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

ROWS = """
    Doravia PROPN/NNP nsubj {stand}
    and CCONJ/CC cc 0
    Norland PROPN/NNP conj 0
    {neg}stand VERB/VBP ROOT {stand}
    shoulder NOUN/NN npadvmod {stand}
    - PUNCT/HYPH punct {shoulder}
    to ADP/IN prep {shoulder}
    - PUNCT/HYPH punct {to}
    shoulder NOUN/NN pobj {to}
    . PUNCT/. punct {stand}
"""


def _rows(negated: bool) -> str:
    shift = 2 if negated else 0
    neg = "do AUX/VBP aux 5\n    not PART/RB neg 5\n    " if negated else ""
    return ROWS.format(stand=3 + shift, shoulder=4 + shift, to=6 + shift, neg=neg)


def test_shoulder_to_shoulder_backs_each_other(data_dir: Path) -> None:
    found = relations(parsed(_rows(False), invented_states("Doravia", "Norland")), str(data_dir))
    assert {("Doravia", "supports", "Norland"), ("Norland", "supports", "Doravia")} <= found


def test_not_standing_shoulder_to_shoulder_backs_no_one(data_dir: Path) -> None:
    found = relations(parsed(_rows(True), invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") not in found
