"""An attack a clause names as the setting of an act ('X sent troops in a raid that killed Y's commander') is the
act's subject's; a passive subject ('X was hit in a raid that ...') is the victim, and a denied act names no
attacker; on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Pact", "ORG", "ORG:XPACT")]
PACT = ("Castria", "opposes", "Pact")


def _raid(head_rows: str, verb: int) -> Doc:
    """'<head rows> in a raid that killed a commander of the Pact .': the head rows end at token 3, the verb
    they name at index `verb`."""
    return parsed(f"""
        {head_rows}
        in ADP/IN prep {verb}
        a DET/DT det 6
        raid NOUN/NN pobj 4
        that PRON/WDT nsubj 8
        killed VERB/VBD relcl 6
        a DET/DT det 10
        commander NOUN/NN dobj 8
        of ADP/IN prep 10
        the DET/DT det 13
        Pact PROPN/NNP pobj 11
        . PUNCT/. punct {verb}
    """, ENTS)


def test_an_attack_an_act_was_carried_out_in_is_the_actors(data_dir: Path) -> None:
    doc = _raid("Castria PROPN/NNP nsubj 1\n sent VERB/VBD ROOT 1\n troops NOUN/NNS dobj 1\n"
                " there ADV/RB advmod 1", 1)
    assert PACT in relations(doc, str(data_dir))


def test_one_hit_in_an_attack_is_not_its_author(data_dir: Path) -> None:
    doc = _raid("Castria PROPN/NNP nsubjpass 3\n was AUX/VBD auxpass 3\n again ADV/RB advmod 3\n"
                " hit VERB/VBN ROOT 3", 3)
    assert PACT not in relations(doc, str(data_dir))


def test_an_act_denied_names_no_author_of_the_attack(data_dir: Path) -> None:
    doc = _raid("Castria PROPN/NNP nsubj 3\n did AUX/VBD aux 3\n not PART/RB neg 3\n send VERB/VB ROOT 3", 3)
    assert PACT not in relations(doc, str(data_dir))
