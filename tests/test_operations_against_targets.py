"""'The operations begun by Doravia against targets in Norland': military operations aimed at places in a state
oppose it, as strikes on sites there do, also when the parser hangs 'against' on the participle; targets of a kind
no state is ('militant targets in Norland') are no operation against Norland. Hand-parsed sentences written for
the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations


def _operations(kind: str) -> str:
    """'The operations begun by Doravia against <kind> targets in Norland continued.'"""
    return f"""
        The DET/DT det 1
        operations NOUN/NNS nsubj 11
        begun VERB/VBN acl 1
        by ADP/IN agent 2
        Doravia PROPN/NNP pobj 3
        against ADP/IN prep 2
        {kind} ADJ/JJ amod 7
        targets NOUN/NNS pobj 5
        in ADP/IN prep 7
        Norland PROPN/NNP pobj 8
        still ADV/RB advmod 11
        continued VERB/VBD ROOT 11
        . PUNCT/. punct 11
    """


def test_operations_against_targets_in_a_state_oppose_it(data_dir: Path) -> None:
    found = relations(parsed(_operations("military"), invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_militant_targets_are_no_attack_on_the_state(data_dir: Path) -> None:
    found = relations(parsed(_operations("militant"), invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") not in found
