"""A risk said to be posed is a threat said to be posed: 'Norland said Castria posed a serious risk' opposes
Castria. A judgement inside a claim is the claimant's own ('Doravia repeated Norland's claims that Castria poses
a threat'), while an act a claim alleges stays unproven ('Norland's claims that Castria attacked Doravia'). Hand-
parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]

POSED_RISK = """
    Norland PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Castria PROPN/NNP nsubj 3
    posed VERB/VBD ccomp 1
    a DET/DT det 6
    serious ADJ/JJ amod 6
    risk NOUN/NN dobj 3
    . PUNCT/. punct 1
"""

CLAIMED_THREAT = """
    Doravia PROPN/NNP nsubj 1
    repeated VERB/VBD ROOT 1
    Norland PROPN/NNP poss 4
    's PART/POS case 2
    claims NOUN/NNS dobj 1
    that SCONJ/IN mark 7
    Castria PROPN/NNP nsubj 7
    poses VERB/VBZ acl 4
    a DET/DT det 9
    threat NOUN/NN dobj 7
    . PUNCT/. punct 1
"""

CLAIMED_ATTACK = """
    Norland PROPN/NNP poss 2
    's PART/POS case 0
    claims NOUN/NNS nsubj 7
    that SCONJ/IN mark 5
    Castria PROPN/NNP nsubj 5
    attacked VERB/VBD acl 2
    Doravia PROPN/NNP dobj 5
    were AUX/VBD ROOT 7
    false ADJ/JJ acomp 7
    . PUNCT/. punct 7
"""


def test_a_risk_posed_opposes_who_poses_it(data_dir: Path) -> None:
    assert ("Norland", "opposes", "Castria") in relations(parsed(POSED_RISK, ENTS[:2]), str(data_dir))


def test_a_judgement_in_a_claim_is_the_claimants(data_dir: Path) -> None:
    ents = [ENTS[2], ENTS[0], ENTS[1]]
    assert ("Norland", "opposes", "Castria") in relations(parsed(CLAIMED_THREAT, ents), str(data_dir))


def test_an_act_a_claim_alleges_stays_unproven(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravia") not in relations(parsed(CLAIMED_ATTACK, ENTS), str(data_dir))
