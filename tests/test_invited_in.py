"""Inviting someone in, or inviting them to help, fight or keep order, backs them ('Castria invited in the Pact to
combat protests', 'Castria invited Doravia to help fight insurgents'); an invitation to talks, or one not made, backs
no one. On hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, PACT = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Pact", "ORG", "ORG:XPACT")

INVITED_IN = """
    Castria PROPN/NNP nsubj 1
    invited VERB/VBD ROOT 1
    in ADP/IN prep 1
    the DET/DT det 4
    Pact PROPN/NNP pobj 2
    to PART/TO aux 6
    combat VERB/VB xcomp 1
    protests NOUN/NNS dobj 6
    . PUNCT/. punct 1
"""

INVITED_TO_HELP = """
    Castria PROPN/NNP nsubj 1
    invited VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    to PART/TO aux 4
    help VERB/VB xcomp 1
    fight VERB/VB xcomp 4
    insurgents NOUN/NNS dobj 5
    . PUNCT/. punct 1
"""

INVITED_TO_TALKS = """
    Castria PROPN/NNP nsubj 1
    invited VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    to ADP/IN prep 1
    talks NOUN/NNS pobj 3
    . PUNCT/. punct 1
"""

DID_NOT_INVITE = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    invite VERB/VB ROOT 3
    Doravia PROPN/NNP dobj 3
    to PART/TO aux 6
    help VERB/VB xcomp 3
    . PUNCT/. punct 3
"""


@pytest.mark.parametrize(("rows", "ents", "invited"), [
    (INVITED_IN, [CASTRIA, PACT], "Pact"), (INVITED_TO_HELP, [CASTRIA, DORAVIA], "Doravia")],
    ids=["invited-in", "invited-to-help"])
def test_inviting_someone_in_to_help_backs_them(data_dir: Path, rows: str, ents: list, invited: str) -> None:
    assert ("Castria", "supports", invited) in relations(parsed(rows, ents), str(data_dir))


@pytest.mark.parametrize("rows", [INVITED_TO_TALKS, DID_NOT_INVITE], ids=["to-talks", "not-invited"])
def test_an_invitation_to_talks_or_none_backs_no_one(data_dir: Path, rows: str) -> None:
    assert ("Castria", "supports", "Doravia") not in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))
