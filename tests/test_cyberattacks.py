"""A cyberattack or a hack is an attack: 'carried out a cyberattack on X', 'a Doravian hack of X' oppose X, and
condemning 'the cyberattacks' afterwards opposes whoever carried them out. On hand-parsed sentences written for
the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")


def test_a_cyberattack_on_x_opposes_x_and_condemning_it_opposes_the_attacker(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        carried VERB/VBD ROOT 1
        out ADP/RP prt 1
        a DET/DT det 4
        cyberattack NOUN/NN dobj 1
        on ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 9
        condemned VERB/VBD ROOT 9
        the DET/DT det 11
        cyberattack NOUN/NN dobj 9
        . PUNCT/. punct 9
    """, [DORAVIA, CASTRIA, NORLAND])
    found = relations(doc, str(data_dir))
    assert {("Doravia", "opposes", "Castria"), ("Norland", "opposes", "Doravia")} <= found
    assert ("Norland", "opposes", "Castria") not in found


def test_a_states_hack_of_a_body_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP poss 2
        's PART/POS case 0
        hack NOUN/NN nsubj 5
        of ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        was AUX/VBD ROOT 5
        reported VERB/VBN acomp 5
        . PUNCT/. punct 5
    """, [DORAVIA, CASTRIA])
    assert ("Doravia", "opposes", "Castria") in relations(doc, str(data_dir))
