"""'X informed Y of its intention to ...': a possessive after 'of' on a verb of telling is the teller's, wherever the
parser hangs the 'of' (on the verb or on the one told); on hand-parsed sentences written for the test (no trained
model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Pact", "ORG", "ORG:XPACT"), ("Doravia", "STATE", "STATE:XD")]


@pytest.mark.parametrize("of_head", [1, 3])
def test_the_intention_one_informs_of_is_ones_own(of_head: int, data_dir: Path) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        informed VERB/VBD ROOT 1
        the DET/DT det 3
        Pact PROPN/NNP dobj 1
        of ADP/IN prep {of_head}
        its PRON/PRP$ poss 6
        intention NOUN/NN pobj 4
        to PART/TO aux 8
        sanction VERB/VB acl 6
        Doravia PROPN/NNP dobj 8
        . PUNCT/. punct 1
    """, ENTS)
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Pact", "opposes", "Doravia") not in found
