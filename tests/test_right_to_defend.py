"""'Norland has the right to defend itself, Ivo Pell said': a right to defend oneself, granted in speech, backs
whoever holds it; 'has no right to' grants none, and the holder's own side claiming it backs no one new. The
'itself' of 'Norland's right to defend itself' is Norland, not the sentence's subject. Hand-parsed sentences written
for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

PELL = ("Ivo Pell", "PERSON", "PERSON:Ivo Pell")


def _said(right: str) -> str:
    """'Ivo Pell said Norland has <right> right to defend itself.'"""
    return f"""
        Ivo PROPN/NNP compound 1
        Pell PROPN/NNP nsubj 2
        said VERB/VBD ROOT 2
        Norland PROPN/NNP nsubj 4
        has VERB/VBZ ccomp 2
        {right} DET/DT det 6
        right NOUN/NN dobj 4
        to PART/TO aux 8
        defend VERB/VB acl 6
        itself PRON/PRP dobj 8
        . PUNCT/. punct 2
    """


BACKED_RIGHT = """
    Doravia PROPN/NNP nsubj 1
    backed VERB/VBD ROOT 1
    Norland PROPN/NNP poss 4
    's PART/POS case 2
    right NOUN/NN dobj 1
    to PART/TO aux 6
    defend VERB/VB acl 4
    itself PRON/PRP dobj 6
    . PUNCT/. punct 1
"""


def test_a_right_to_defend_itself_granted_backs_its_holder(data_dir: Path) -> None:
    found = relations(parsed(_said("the"), [PELL, *invented_states("Norland")]), str(data_dir))
    assert ("Ivo Pell", "supports", "Norland") in found


def test_no_right_grants_nothing(data_dir: Path) -> None:
    found = relations(parsed(_said("no"), [PELL, *invented_states("Norland")]), str(data_dir))
    assert ("Ivo Pell", "supports", "Norland") not in found


def test_itself_after_a_possessed_right_is_its_owner(data_dir: Path) -> None:
    found = relations(parsed(BACKED_RIGHT, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "supports", "Norland") in found
    assert ("Norland", "supports", "Doravia") not in found
