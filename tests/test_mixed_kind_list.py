"""'The UN, Doravia, the Union and Norland condemned Castria', parsed with Doravia as an apposition of the UN and
the rest joined to Doravia: a list of states and bodies, each of which condemns, though the names are of two kinds.
Hand-parsed sentences written for the test (no
trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import MIXED_LIST_ENTS, invented_states, mixed_list, parsed, relations

LISTED = mixed_list(9) + """
    condemned VERB/VBD ROOT 9
    Castria PROPN/NNP dobj 9
    . PUNCT/. punct 9
"""


def test_each_name_of_a_mixed_list_condemns(data_dir: Path) -> None:
    ents = [*MIXED_LIST_ENTS, *invented_states("Castria")]
    found = relations(parsed(LISTED, ents), str(data_dir))
    for name in ("UN", "Doravia", "Union", "Norland"):
        assert (name, "opposes", "Castria") in found
