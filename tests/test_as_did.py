"""'Doravia recognised Vell, as did Norland and Castria': the act told before, done again by those after 'as did';
'Doravia recognised Vell, as Norland said' is a source, not a second act. Hand-parsed sentences written for the test
(no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

AS_DID = """
    Doravia PROPN/NNP nsubj 1
    recognised VERB/VBD ROOT 1
    Vell PROPN/NNP dobj 1
    , PUNCT/, punct 1
    as SCONJ/IN mark 5
    did VERB/VBD advcl 1
    Norland PROPN/NNP nsubj 5
    and CCONJ/CC cc 6
    Castria PROPN/NNP conj 6
    . PUNCT/. punct 1
"""

AS_SAID = """
    Doravia PROPN/NNP nsubj 1
    recognised VERB/VBD ROOT 1
    Vell PROPN/NNP dobj 1
    , PUNCT/, punct 1
    as SCONJ/IN mark 6
    Norland PROPN/NNP nsubj 6
    said VERB/VBD advcl 1
    . PUNCT/. punct 1
"""


def test_those_after_as_did_do_the_same(data_dir: Path) -> None:
    ents = [*invented_states("Doravia"), ("Vell", "PERSON", ""), *invented_states("Norland", "Castria")]
    found = relations(parsed(AS_DID, ents), str(data_dir))
    assert {("Doravia", "supports", "Vell"), ("Norland", "supports", "Vell"), ("Castria", "supports", "Vell")} <= found


def test_a_source_after_as_does_not_act(data_dir: Path) -> None:
    found = relations(parsed(AS_SAID, [*invented_states("Doravia"), ("Vell", "PERSON", ""),
                                       *invented_states("Norland")]), str(data_dir))
    assert ("Doravia", "supports", "Vell") in found
    assert ("Norland", "supports", "Vell") not in found
