"""Sharing or echoing someone's concerns sides with them ('Castria shares the concerns of Doravia', 'echoed
Doravia's criticism'), not when denied; a backer named beside a name the parser hung on the verb is still that
name's ('turned on Castria, Doravia's main backer'). On hand-parsed sentences written for the test (no trained
model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")

SHARES_THE_CONCERNS_OF = """
    Castria PROPN/NNP nsubj 1
    shares VERB/VBZ ROOT 1
    the DET/DT det 3
    concerns NOUN/NNS dobj 1
    of ADP/IN prep 3
    Doravia PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

ECHOED_THE_CRITICISM = """
    Castria PROPN/NNP nsubj 1
    echoed VERB/VBD ROOT 1
    Doravia PROPN/NNP poss 4
    's PART/POS case 2
    criticism NOUN/NN dobj 1
    . PUNCT/. punct 1
"""

DOES_NOT_SHARE = """
    Castria PROPN/NNP nsubj 3
    does AUX/VBZ aux 3
    not PART/RB neg 3
    share VERB/VB ROOT 3
    the DET/DT det 5
    concerns NOUN/NNS dobj 3
    of ADP/IN prep 5
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 3
"""

BACKER_HUNG_ON_THE_VERB = """
    Norland PROPN/NNP nsubj 1
    turned VERB/VBD ROOT 1
    on ADP/IN prep 1
    Castria PROPN/NNP pobj 2
    , PUNCT/, punct 8
    Doravia PROPN/NNP poss 8
    's PART/POS case 5
    main ADJ/JJ amod 8
    backer NOUN/NN npadvmod 1
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("rows", [SHARES_THE_CONCERNS_OF, ECHOED_THE_CRITICISM], ids=["shares", "echoed"])
def test_sharing_someones_concerns_sides_with_them(data_dir: Path, rows: str) -> None:
    assert ("Castria", "supports", "Doravia") in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))


def test_concerns_not_shared_side_with_no_one(data_dir: Path) -> None:
    assert ("Castria", "supports", "Doravia") not in relations(parsed(DOES_NOT_SHARE, [CASTRIA, DORAVIA]),
                                                               str(data_dir))


def test_a_backer_hung_on_the_verb_backs_the_name_before_its_comma(data_dir: Path) -> None:
    found = relations(parsed(BACKER_HUNG_ON_THE_VERB, [NORLAND, CASTRIA, DORAVIA]), str(data_dir))
    assert ("Castria", "supports", "Doravia") in found
    assert ("Norland", "supports", "Doravia") not in found
