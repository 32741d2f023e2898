"""What someone asks for or puts forward is theirs: rejecting 'calls from Doravia' opposes Doravia, welcoming 'an
offer from Doravia' backs it, defying 'a ruling from Doravia' opposes it (asking_nouns, issued_orders, like 'a
statement from X'). A measure the article names by no proper name, with the body that made it before its head ('the
Pact resolution'), is that body's act: rejecting it opposes the body; a bare 'the resolution' stays a stance on the
measure. On hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")
PACT = ("Pact", "ORG", "ORG:XPACT")
MEASURE = "ACCORD:Pact resolution@@0000abcd"

REJECTED_CALLS_FROM = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    calls NOUN/NNS dobj 1
    from ADP/IN prep 2
    Doravia PROPN/NNP pobj 3
    and CCONJ/CC cc 4
    Norland PROPN/NNP conj 4
    to PART/TO aux 8
    involve VERB/VB acl 2
    mediators NOUN/NNS dobj 8
    . PUNCT/. punct 1
"""

WELCOMED_AN_OFFER_FROM = """
    Castria PROPN/NNP nsubj 1
    welcomed VERB/VBD ROOT 1
    an DET/DT det 3
    offer NOUN/NN dobj 1
    from ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    to PART/TO aux 7
    host VERB/VB acl 3
    talks NOUN/NNS dobj 7
    . PUNCT/. punct 1
"""

DID_NOT_REJECT_CALLS = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    reject VERB/VB ROOT 3
    calls NOUN/NNS dobj 3
    from ADP/IN prep 4
    Doravia PROPN/NNP pobj 5
    . PUNCT/. punct 3
"""

DEFIED_A_RULING_FROM = """
    Castria PROPN/NNP nsubj 1
    defied VERB/VBD ROOT 1
    a DET/DT det 3
    ruling NOUN/NN dobj 1
    from ADP/IN prep 1
    Doravia PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

REJECTED_THE_BODYS_RESOLUTION = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    the DET/DT det 4
    Pact PROPN/NNP compound 4
    resolution NOUN/NN dobj 1
    in ADP/IN prep 1
    its PRON/PRP$ poss 7
    entirety NOUN/NN pobj 5
    . PUNCT/. punct 1
"""

REJECTED_THE_RESOLUTION = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    the DET/DT det 3
    resolution NOUN/NN dobj 1
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize(("rows", "relation", "names"), [
    (REJECTED_CALLS_FROM, "opposes", ["Doravia", "Norland"]),
    (WELCOMED_AN_OFFER_FROM, "supports", ["Doravia"]),
    (DEFIED_A_RULING_FROM, "opposes", ["Doravia"]),
], ids=["rejected-calls", "welcomed-offer", "defied-ruling-from-hung-on-verb"])
def test_what_someone_asks_for_is_theirs(data_dir: Path, rows: str, relation: str, names: list[str]) -> None:
    found = relations(parsed(rows, [CASTRIA, DORAVIA, NORLAND][:1 + len(names)]), str(data_dir))
    assert {("Castria", relation, n) for n in names} <= found


def test_calls_not_rejected_take_no_stance(data_dir: Path) -> None:
    assert not any(r[:2] == ("Castria", "opposes") for r in relations(parsed(DID_NOT_REJECT_CALLS, [CASTRIA, DORAVIA]),
                                                                       str(data_dir)))


def test_a_resolution_named_by_its_body_is_that_bodys_act(data_dir: Path) -> None:
    found = relations(parsed(REJECTED_THE_BODYS_RESOLUTION, [CASTRIA, PACT, ("resolution", "ORG", MEASURE)]),
                      str(data_dir))
    assert ("Castria", "opposes", "Pact") in found
    assert ("Castria", "opposes", "resolution") not in found


def test_a_bare_resolution_stays_a_stance_on_the_measure(data_dir: Path) -> None:
    found = relations(parsed(REJECTED_THE_RESOLUTION, [CASTRIA, ("resolution", "ORG", MEASURE)]), str(data_dir))
    assert found == {("Castria", "opposes", "resolution")}
