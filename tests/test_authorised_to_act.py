"""'The Council authorised Norland to use force': authorising someone to act backs them, as allowing them does;
a leader authorising his own state's troops backs no one new. Hand-parsed sentences written for the test (no
trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

COUNCIL = ("Council", "ORG", "ORG:Southern Council")
PELL = ("Ivo Pell", "PERSON", "PERSON:Ivo Pell")

AUTHORISED = """
    The DET/DT det 1
    Council PROPN/NNP nsubj 2
    authorised VERB/VBD ROOT 2
    Norland PROPN/NNP dobj 2
    to PART/TO aux 5
    use VERB/VB xcomp 2
    force NOUN/NN dobj 5
    . PUNCT/. punct 2
"""

OWN_TROOPS = """
    Doravian ADJ/JJ amod 2
    President PROPN/NNP compound 4
    Ivo PROPN/NNP compound 4
    Pell PROPN/NNP nsubj 4
    authorised VERB/VBD ROOT 4
    Doravian ADJ/JJ amod 6
    troops NOUN/NNS dobj 4
    to PART/TO aux 8
    cross VERB/VB xcomp 4
    the DET/DT det 10
    border NOUN/NN dobj 8
    . PUNCT/. punct 4
"""


def test_authorising_someone_to_act_backs_them(data_dir: Path) -> None:
    found = relations(parsed(AUTHORISED, [COUNCIL, *invented_states("Norland")]), str(data_dir))
    assert ("Council", "supports", "Norland") in found


def test_authorising_ones_own_troops_backs_no_one(data_dir: Path) -> None:
    ents = [("Doravian", "STATE", "STATE:XD"), PELL, ("Doravian", "STATE", "STATE:XD")]
    found = relations(parsed(OWN_TROOPS, ents), str(data_dir))
    assert not {r for r in found if r[1] == "supports"}
