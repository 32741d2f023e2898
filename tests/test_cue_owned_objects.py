"""A neutral CAMEO frame on the object ('refused comment') is the subject's own; on someone's object
('rejected X's comments') the verb's own stance holds."""

from __future__ import annotations

import pytest

from tests.handmade import parsed, relations

OWNED = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    Doravia PROPN/NNP poss 4
    's PART/POS case 2
    comments NOUN/NNS dobj 1
    . PUNCT/. punct 1
"""

BY = """
    Castria PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    the DET/DT det 3
    comments NOUN/NNS dobj 1
    by ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

NO_COMMENT = """
    Castria PROPN/NNP nsubj 1
    refused VERB/VBD ROOT 1
    comment NOUN/NN dobj 1
    on ADP/IN prep 1
    Doravia PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


@pytest.mark.parametrize("rows", [OWNED, BY], ids=["possessive", "by"])
def test_rejecting_someones_comments_opposes_them(data_dir, rows: str) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(rows, ENTS), str(data_dir))


def test_refusing_comment_is_no_stance(data_dir) -> None:
    assert not {r for r in relations(parsed(NO_COMMENT, ENTS), str(data_dir)) if r[1] != "co_mention"}
