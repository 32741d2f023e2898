"""An act told as someone's part in it ('the Doravian role in helping Norland') is that someone's, not the act
of whoever speaks about the role ('Asked about the Doravian role in helping Norland, Pell spoke'). Hand-parsed
sentence written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravian", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN"), ("Pell", "PERSON", "")]

ASKED = """
    Asked VERB/VBN advcl 11
    about ADP/IN prep 0
    the DET/DT det 5
    unusual ADJ/JJ amod 5
    Doravian ADJ/JJ amod 5
    role NOUN/NN pobj 1
    in ADP/IN prep 5
    helping VERB/VBG pcomp 6
    Norland PROPN/NNP dobj 7
    , PUNCT/, punct 11
    Pell PROPN/NNP nsubj 11
    spoke VERB/VBD ROOT 11
    . PUNCT/. punct 11
"""


def test_the_role_in_helping_is_its_owners(data_dir: Path) -> None:
    found = relations(parsed(ASKED, ENTS), str(data_dir))
    assert ("Doravian", "supports", "Norland") in found
    assert ("Pell", "supports", "Norland") not in found
