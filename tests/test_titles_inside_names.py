"""'Castria's King Arlo' holds the title the model kept inside the name, so 'the king' later is him. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relation_records

ROWS = """
    Castria PROPN/NNP poss 2
    's PART/POS case 0
    King PROPN/NNP compound 3
    Arlo PROPN/NNP nsubj 4
    spoke VERB/VBD ROOT 4
    . PUNCT/. punct 4
"""


def test_a_title_inside_the_name_is_the_affiliations_role(data_dir: Path) -> None:
    ex = relation_records(parsed(ROWS, [("Castria", "STATE", "STATE:XC"), ("King Arlo", "PERSON", "")]),
                          str(data_dir))
    roles = {(ex.mentions[r.source].text, r.role) for r in ex.relations if r.relation == "affiliated_with"}
    assert ("King Arlo", "King") in roles
