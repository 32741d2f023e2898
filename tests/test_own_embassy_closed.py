"""'Doravian Prime Minister Ivo Pell ordered the closure of Doravia's embassy in Norland': closing one's own
state's embassy is against its host, Norland, not against Doravia; ordering the closure of another state's post
('of Castria's consulate') stays against its owner. Hand-parsed sentences written for the test (no trained model),
with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

PELL = ("Ivo Pell", "PERSON", "PERSON:Ivo Pell")


def _closure(owner: str) -> str:
    """'Doravian Prime Minister Ivo Pell ordered the closure of <owner>'s embassy in Norland.'"""
    return f"""
        Doravian ADJ/JJ amod 2
        Prime PROPN/NNP compound 2
        Minister PROPN/NNP compound 4
        Ivo PROPN/NNP compound 4
        Pell PROPN/NNP nsubj 5
        ordered VERB/VBD ROOT 5
        the DET/DT det 7
        closure NOUN/NN dobj 5
        of ADP/IN prep 7
        {owner} PROPN/NNP poss 11
        's PART/POS case 9
        embassy NOUN/NN pobj 8
        in ADP/IN prep 11
        Norland PROPN/NNP pobj 12
        . PUNCT/. punct 5
    """


def _ents(owner: str) -> list[tuple[str, str, str]]:
    return [("Doravian", "STATE", "STATE:XD"), PELL, *invented_states(owner, "Norland")]


def test_closing_its_own_embassy_opposes_the_host(data_dir: Path) -> None:
    found = relations(parsed(_closure("Doravia"), _ents("Doravia")), str(data_dir))
    assert ("Ivo Pell", "opposes", "Norland") in found
    assert ("Ivo Pell", "opposes", "Doravia") not in found


def test_closing_another_states_post_opposes_its_owner(data_dir: Path) -> None:
    found = relations(parsed(_closure("Castria"), _ents("Castria")), str(data_dir))
    assert ("Ivo Pell", "opposes", "Castria") in found
