"""An act one responds to is someone else's: 'X said it was responding to attacks on Y's embassy' makes X no
attacker of Y, while 'X said it carried out attacks on Y's embassy' does; on hand-parsed sentences written for the
test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def _said(verb_rows: str) -> Doc:
    """'Castria said it <verb rows> attacks on Doravia 's embassy .'; the verb rows fill tokens 3-5, the verb
    at 4, and the noun 'attacks' is token 6."""
    rows = f"""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        it PRON/PRP nsubj 4
        {verb_rows}
        attacks NOUN/NNS {{attacks}}
        on ADP/IN prep 6
        Doravia PROPN/NNP poss 10
        's PART/POS case 8
        embassy NOUN/NN pobj 7
        . PUNCT/. punct 1
    """.replace("{attacks}", "pobj 5" if "to ADP" in verb_rows else "dobj 4")
    return parsed(rows, ENTS)


def test_attacks_one_responds_to_are_not_ones_own(data_dir: Path) -> None:
    doc = _said("was AUX/VBD aux 4\n responding VERB/VBG ccomp 1\n to ADP/IN prep 4")
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_attacks_one_carries_out_are_ones_own(data_dir: Path) -> None:
    doc = _said("then ADV/RB advmod 4\n carried VERB/VBD ccomp 1\n out ADP/RP prt 4")
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_attacks_answered_in_response_are_not_ones_own(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        expelled VERB/VBD ROOT 1
        envoys NOUN/NNS dobj 1
        in ADP/IN prep 1
        response NOUN/NN pobj 3
        to ADP/IN prep 4
        attacks NOUN/NNS pobj 5
        on ADP/IN prep 6
        Doravia PROPN/NNP poss 10
        's PART/POS case 8
        embassy NOUN/NN pobj 7
        . PUNCT/. punct 1
    """, ENTS)
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))
