"""'Doravia answered a request by Norland for support', 'responded to a call for help from Norland': answering a
call for help backs whoever called; a call for anything else ('answered calls from Norland to resign') and a call
left unanswered back no one. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

REQUEST_BY = """
    Doravia PROPN/NNP nsubj 1
    answered VERB/VBD ROOT 1
    a DET/DT det 3
    request NOUN/NN dobj 1
    by ADP/IN prep 3
    Norland PROPN/NNP pobj 4
    for ADP/IN prep 5
    support NOUN/NN pobj 6
    . PUNCT/. punct 1
"""


def _call(neg: str, wanted: str) -> str:
    """'Doravia <neg> responded to a call for <wanted> from Norland.'"""
    return f"""
        Doravia PROPN/NNP nsubj 2
        {neg} PART/RB {'neg' if neg == 'not' else 'advmod'} 2
        responded VERB/VBD ROOT 2
        to ADP/IN prep 2
        a DET/DT det 5
        call NOUN/NN pobj 3
        for ADP/IN prep 5
        {wanted} NOUN/NN pobj 6
        from ADP/IN prep 7
        Norland PROPN/NNP pobj 8
        . PUNCT/. punct 2
    """


def test_answering_a_request_for_support_backs_the_asker(data_dir: Path) -> None:
    found = relations(parsed(REQUEST_BY, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found


def test_responding_to_a_call_for_help_backs_the_caller(data_dir: Path) -> None:
    found = relations(parsed(_call("swiftly", "help"), invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found


def test_a_call_for_anything_else_or_unanswered_backs_no_one(data_dir: Path) -> None:
    for neg, wanted in (("swiftly", "calm"), ("not", "help")):
        found = relations(parsed(_call(neg, wanted), invented_states("Doravia", "Norland")), str(data_dir))
        assert ("Doravia", "supports", "Norland") not in found
