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


IN_RESPONSE_SENT = """
    In ADP/IN prep 4
    response NOUN/NN pobj 0
    , PUNCT/, punct 4
    Castria PROPN/NNP nsubj 4
    sent VERB/VBD ROOT 4
    weapons NOUN/NNS dobj 4
    to ADP/IN prep 4
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 4
"""

LAUNCHED_RETALIATION = """
    Castria PROPN/NNP nsubj 1
    launched VERB/VBD ROOT 1
    retaliation NOUN/NN dobj 1
    against ADP/IN prep 1
    Doravia PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""


def test_a_response_framing_the_act_takes_none_of_the_verbs_phrases(data_dir: Path) -> None:
    """'In response, Castria sent weapons to Doravia': Doravia receives the weapons; the response answers no one
    the sentence names."""
    found = relations(parsed(IN_RESPONSE_SENT, ENTS), str(data_dir))
    assert ("Castria", "supports", "Doravia") in found
    assert ("Castria", "opposes", "Doravia") not in found


def test_a_retaliation_after_its_verb_may_take_the_verbs_phrase(data_dir: Path) -> None:
    """The parser hangs a noun's phrase on the verb before it: 'launched retaliation against Doravia', with
    'against' on the verb, is retaliation against Doravia."""
    assert ("Castria", "opposes", "Doravia") in relations(parsed(LAUNCHED_RETALIATION, ENTS), str(data_dir))
