"""'The UN, Doravia, the Union and Norland condemned Castria', parsed with Doravia as an apposition of the UN and
the rest joined to Doravia: a list of states and bodies, each of which condemns, though the names are of two kinds.
Hand-parsed sentences written for the test (no
trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

UN = ("UN", "ORG", "ORG:United Nations")
UNION = ("Union", "ORG", "ORG:Southern Union")

LISTED = """
    The DET/DT det 1
    UN PROPN/NNP nsubj 9
    , PUNCT/, punct 1
    Doravia PROPN/NNP appos 1
    , PUNCT/, punct 3
    the DET/DT det 6
    Union PROPN/NNP conj 3
    and CCONJ/CC cc 6
    Norland PROPN/NNP conj 6
    condemned VERB/VBD ROOT 9
    Castria PROPN/NNP dobj 9
    . PUNCT/. punct 9
"""


def test_each_name_of_a_mixed_list_condemns(data_dir: Path) -> None:
    ents = [UN, *invented_states("Doravia"), UNION, *invented_states("Norland", "Castria")]
    found = relations(parsed(LISTED, ents), str(data_dir))
    for name in ("UN", "Doravia", "Union", "Norland"):
        assert (name, "opposes", "Castria") in found
