"""An attempt, an effort or a bid that has an owner of its own ('any side's attempt to undermine Castria') is that
owner's act, named or not, and not the act of the clause's subject that the parser may take the noun to describe.
Hand-parsed sentence written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]

# "Doravia remained firm against any side's attempt to undermine Castria", the parser hanging 'attempt' on the
# verb as its attribute

ANY_SIDES_ATTEMPT = """
    Doravia PROPN/NNP nsubj 1
    remained VERB/VBD ROOT 1
    firm ADJ/JJ acomp 1
    against ADP/IN prep 1
    any DET/DT det 5
    side NOUN/NN poss 7
    's PART/POS case 5
    attempt NOUN/NN attr 1
    to PART/TO aux 9
    undermine VERB/VB acl 7
    Castria PROPN/NNP dobj 9
    . PUNCT/. punct 1
"""


def test_an_attempt_owned_by_another_is_not_the_subjects(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Castria") not in relations(parsed(ANY_SIDES_ATTEMPT, ENTS), str(data_dir))
