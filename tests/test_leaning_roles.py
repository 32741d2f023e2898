"""'the pro-Castria president' leans to Castria and is no president of Castria: the role is qualified by no
state, and it backs Castria. Hand-parsed sentence written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relation_records

ROWS = """
    Reporters PROPN/NNPS nsubj 1
    quoted VERB/VBD ROOT 1
    the DET/DT det 6
    pro ADJ/JJ amod 6
    - ADJ/HYPH amod 6
    Castria ADJ/JJ amod 6
    president NOUN/NN dobj 1
    . PUNCT/. punct 1
"""


def test_a_leaning_prefix_is_no_qualifier_of_the_role(data_dir: Path) -> None:
    ex = relation_records(parsed(ROWS, [("Castria", "STATE", "STATE:XC")]), str(data_dir))
    role = next(m for m in ex.mentions if m.label == "ROLE")
    assert role.kb_id == ""
    found = {(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text) for r in ex.relations}
    assert ("president", "supports", "Castria") in found
