"""A free relative as the object ('rejected what was announced by X') names its author as the target."""

from __future__ import annotations

import pytest

from tests.handmade import parsed, relations

PASSIVE = """
    Castria PROPN/NNP nsubj 1
    {verb} VERB/VBD ROOT 1
    what PRON/WP nsubjpass 4
    was AUX/VBD auxpass 4
    announced VERB/VBN ccomp 1
    by ADP/IN agent 4
    Doravia PROPN/NNP pobj 5
    . PUNCT/. punct 1
"""

ACTIVE = """
    Castria PROPN/NNP nsubj 1
    {verb} VERB/VBD ROOT 1
    what PRON/WP dobj 4
    Doravia PROPN/NNP nsubj 4
    proposed VERB/VBD ccomp 1
    . PUNCT/. punct 1
"""

NOT_REJECTED = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    reject VERB/VB ROOT 3
    what PRON/WP dobj 6
    Doravia PROPN/NNP nsubj 6
    proposed VERB/VBD ccomp 3
    . PUNCT/. punct 3
"""

OWN_WORDS = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    what PRON/WP dobj 4
    it PRON/PRP nsubj 4
    proposed VERB/VBD ccomp 1
    . PUNCT/. punct 1
"""

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


@pytest.mark.parametrize(("verb", "relation"), [("rejected", "opposes"), ("welcomed", "supports")])
def test_a_passive_free_relative_names_its_agent(data_dir, verb: str, relation: str) -> None:
    assert ("Castria", relation, "Doravia") in relations(parsed(PASSIVE.format(verb=verb), ENTS), str(data_dir))


@pytest.mark.parametrize(("verb", "relation"), [("rejected", "opposes"), ("welcomed", "supports")])
def test_an_active_free_relative_names_its_subject(data_dir, verb: str, relation: str) -> None:
    assert ("Castria", relation, "Doravia") in relations(parsed(ACTIVE.format(verb=verb), ENTS), str(data_dir))


def test_a_denied_rejection_of_a_free_relative_is_no_edge(data_dir) -> None:
    assert not relations(parsed(NOT_REJECTED, ENTS), str(data_dir)) - {("Castria", "co_mention", "Doravia")}


def test_the_holders_own_proposal_names_no_one(data_dir) -> None:
    assert not {r for r in relations(parsed(OWN_WORDS, ENTS[:1]), str(data_dir)) if r[1] == "opposes"}
