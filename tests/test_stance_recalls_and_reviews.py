"""Asking for an envoy's recall opposes whose envoy it is; putting ties in question opposes the partner."""

from __future__ import annotations

import pytest

from tests.handmade import parsed, relations

CALLED_BACK = """
    Castria PROPN/NNP nsubj 1
    called VERB/VBD ROOT 1
    on ADP/IN prep 1
    Doravia PROPN/NNP pobj 2
    to PART/TO aux 5
    recall VERB/VB xcomp 1
    its PRON/PRP$ poss 7
    ambassador NOUN/NN dobj 5
    . PUNCT/. punct 1
"""

RECALL_ASKED = """
    Castria PROPN/NNP nsubj 1
    asked VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    for ADP/IN prep 1
    the DET/DT det 5
    recall NOUN/NN pobj 3
    of ADP/IN prep 5
    Pact PROPN/NNP compound 8
    ambassador NOUN/NN compound 9
    Odell PROPN/NNP pobj 6
    . PUNCT/. punct 1
"""

NOT_ASKED = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    ask VERB/VB ROOT 3
    Doravia PROPN/NNP dobj 3
    for ADP/IN prep 3
    the DET/DT det 7
    recall NOUN/NN pobj 5
    of ADP/IN prep 7
    Pact PROPN/NNP compound 10
    ambassador NOUN/NN compound 11
    Odell PROPN/NNP pobj 8
    . PUNCT/. punct 3
"""

REVIEWED = """
    Norland PROPN/NNP poss 2
    's PART/POS case 0
    lawmakers NOUN/NNS nsubj 3
    voted VERB/VBD ROOT 3
    to PART/TO aux 5
    {verb} VERB/VB xcomp 3
    ties NOUN/NNS dobj 5
    with ADP/IN prep 6
    Doravia PROPN/NNP pobj 7
    . PUNCT/. punct 3
"""

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def test_calling_on_someone_to_recall_its_envoy_opposes_it(data_dir) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(CALLED_BACK, ENTS), str(data_dir))


def test_asking_for_an_envoys_recall_opposes_the_envoy_and_whose_envoy_it_is(data_dir) -> None:
    doc = parsed(RECALL_ASKED,
                 [*ENTS, ("Pact", "ORG", "ORG:XPACT"), ("Odell", "PERSON", "")])
    rels = relations(doc, str(data_dir))
    assert {("Castria", "opposes", "Odell"), ("Castria", "opposes", "Pact")} <= rels
    assert ("Castria", "opposes", "Doravia") not in rels  # only asked


def test_an_envoys_recall_not_asked_for_opposes_no_one(data_dir) -> None:
    doc = parsed(NOT_ASKED, [*ENTS, ("Pact", "ORG", "ORG:XPACT"), ("Odell", "PERSON", "")])
    assert not {r for r in relations(doc, str(data_dir)) if r[1] == "opposes"}


@pytest.mark.parametrize("verb", ["review", "reconsider", "reassess"])
def test_putting_ties_in_question_opposes_the_partner(data_dir, verb: str) -> None:
    doc = parsed(REVIEWED.format(verb=verb), [("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")])
    assert ("Norland", "opposes", "Doravia") in relations(doc, str(data_dir))
