"""Pressing a state through trade and lists: restricting what is exported to it ('Castria restricted exports to
Doravia'), putting a firm on a hostile list ('put Vektor on its entity list'), and shutting someone out of what
one owns with no one named ('Vektor was banned from Castria's network'); blocking goods bound for a state ('blocked
a shipment of vaccines to Doravia', 'blocked the doses from being sent to Doravia'). On hand-parsed sentences
written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
VEKTOR = ("Vektor", "ORG", "")

RESTRICTED = """
    Castria PROPN/NNP nsubj 1
    restricted VERB/VBD ROOT 1
    the DET/DT det 3
    export NOUN/NN dobj 1
    to ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    of ADP/IN prep 3
    machinery NOUN/NN pobj 6
    . PUNCT/. punct 1
"""

LISTED = """
    Castria PROPN/NNP nsubj 1
    put VERB/VBD ROOT 1
    Vektor PROPN/NNP dobj 1
    on ADP/IN prep 1
    its PRON/PRP$ poss 6
    entity NOUN/NN compound 6
    list NOUN/NN pobj 3
    . PUNCT/. punct 1
"""

SHUT_OUT = """
    Vektor PROPN/NNP nsubjpass 2
    was AUX/VBD auxpass 2
    banned VERB/VBN ROOT 2
    from ADP/IN prep 2
    Castria PROPN/NNP poss 7
    's PART/POS case 4
    mobile ADJ/JJ amod 7
    network NOUN/NN pobj 3
    . PUNCT/. punct 2
"""


@pytest.mark.parametrize("verb", ["restricted", "curbed", "banned"])
def test_restricting_exports_to_a_state_opposes_it(data_dir: Path, verb: str) -> None:
    doc = parsed(RESTRICTED.replace("restricted", verb), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_restricting_arms_exports_withholds_no_support_given(data_dir: Path) -> None:
    doc = parsed(RESTRICTED.replace("machinery NOUN/NN", "arms NOUN/NNS"), [CASTRIA, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found and ("Castria", "supports", "Doravia") not in found


def test_restricting_imports_names_no_recipient(data_dir: Path) -> None:
    doc = parsed(RESTRICTED.replace("export NOUN/NN", "import NOUN/NN"), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_putting_a_firm_on_an_entity_list_opposes_it(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Vektor") in relations(parsed(LISTED, [CASTRIA, VEKTOR]), str(data_dir))


def test_a_plain_list_is_no_blacklist(data_dir: Path) -> None:
    doc = parsed(LISTED.replace("entity NOUN/NN", "guest NOUN/NN"), [CASTRIA, VEKTOR])
    assert ("Castria", "opposes", "Vektor") not in relations(doc, str(data_dir))


def test_banned_from_a_states_network_by_that_state(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Vektor") in relations(parsed(SHUT_OUT, [VEKTOR, CASTRIA]), str(data_dir))


def test_banned_by_someone_named_is_theirs(data_dir: Path) -> None:
    rows = SHUT_OUT.replace(". PUNCT/. punct 2",
                            "by ADP/IN agent 2\n    Doravia PROPN/NNP pobj 8\n    . PUNCT/. punct 2")
    found = relations(parsed(rows, [VEKTOR, CASTRIA, DORAVIA]), str(data_dir))
    assert ("Doravia", "opposes", "Vektor") in found and ("Castria", "opposes", "Vektor") not in found

REMOVED = """
    Castria PROPN/NNP nsubj 1
    removed VERB/VBD ROOT 1
    Vektor PROPN/NNP compound 3
    equipment NOUN/NN dobj 1
    from ADP/IN prep 1
    its PRON/PRP$ poss 6
    network NOUN/NN pobj 4
    . PUNCT/. punct 1
"""


def test_removing_a_firms_equipment_opposes_the_firm(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Vektor") in relations(parsed(REMOVED, [CASTRIA, VEKTOR]), str(data_dir))


def test_removing_a_firm_from_a_blacklist_is_no_opposition(data_dir: Path) -> None:
    rows = REMOVED.replace("Vektor PROPN/NNP compound 3\n    equipment NOUN/NN dobj 1",
                           "Vektor PROPN/NNP dobj 1\n    entirely ADV/RB advmod 1").replace(
        "network NOUN/NN", "blacklist NOUN/NN")
    assert ("Castria", "opposes", "Vektor") not in relations(parsed(rows, [CASTRIA, VEKTOR]), str(data_dir))


SHIPMENT_BLOCKED = """
    Castria PROPN/NNP nsubj 1
    blocked VERB/VBD ROOT 1
    a DET/DT det 3
    shipment NOUN/NN dobj 1
    of ADP/IN prep 3
    vaccines NOUN/NNS pobj 4
    to ADP/IN prep 5
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 1
"""

KEPT_FROM_BEING_SENT = """
    Castria PROPN/NNP nsubj 1
    blocked VERB/VBD ROOT 1
    the DET/DT det 3
    doses NOUN/NNS dobj 1
    from ADP/IN prep 1
    being AUX/VBG auxpass 6
    sent VERB/VBN pcomp 4
    to ADP/IN dative 6
    Doravia PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""

SENDER_BLOCKED = """
    Castria PROPN/NNP nsubj 1
    blocked VERB/VBD ROOT 1
    Norland PROPN/NNP dobj 1
    from ADP/IN prep 1
    sending VERB/VBG pcomp 3
    troops NOUN/NNS dobj 4
    to ADP/IN prep 4
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("verb", ["blocked", "vetoed", "obstructed"])
def test_blocking_goods_bound_for_a_state_opposes_it(data_dir: Path, verb: str) -> None:
    doc = parsed(SHIPMENT_BLOCKED.replace("blocked", verb), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_keeping_goods_from_being_sent_to_a_state_opposes_it(data_dir: Path) -> None:
    doc = parsed(KEPT_FROM_BEING_SENT, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_stopping_a_sender_is_no_stance_on_whom_it_would_send_to(data_dir: Path) -> None:
    norland = ("Norland", "STATE", "STATE:XN")
    found = relations(parsed(SENDER_BLOCKED, [CASTRIA, norland, DORAVIA]), str(data_dir))
    assert ("Castria", "opposes", "Doravia") not in found
