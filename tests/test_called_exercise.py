"""'a Pellac exercise called Operation Castle': the noun a naming clause names is the name it is given, not the
body that qualifies the noun, so taking part in it is taking part in the operation. Hand-parsed sentence written
for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

ENTS = [("Doravia", "STATE", "STATE:XD"), ("Pellac", "ORG", "ORG:Pellac"),
        ("Operation Castle", "ORG", "MISSION:Operation Castle")]

TOOK_PART = """
    Doravia PROPN/NNP nsubj 1
    took VERB/VBD ROOT 1
    part NOUN/NN dobj 1
    in ADP/IN prep 1
    a DET/DT det 6
    Pellac PROPN/NNP compound 6
    exercise NOUN/NN pobj 3
    called VERB/VBN acl 6
    Operation PROPN/NNP compound 9
    Castle PROPN/NNP oprd 7
    . PUNCT/. punct 1
"""


def test_taking_part_in_an_exercise_called_an_operation(data_dir: Path) -> None:
    found = relations(parsed(TOOK_PART, ENTS), str(data_dir))
    assert ("Doravia", "participates_in", "Operation Castle") in found
    assert ("Doravia", "participates_in", "Pellac") not in found
