"""Lending a way in backs whom it is lent to: 'Castria offered its airspace to Doravia', 'Castria offered its
territory for the transit of supplies to the Pact', 'offered the use of its bases by Doravian forces'. Territory
given with no passage is ceded, not lent, and backs no one. On hand-parsed sentences written for the test (no
trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, PACT = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Pact", "ORG", "ORG:XPACT")

AIRSPACE = """
    Castria PROPN/NNP nsubj 1
    offered VERB/VBD ROOT 1
    its PRON/PRP$ poss 3
    airspace NOUN/NN dobj 1
    to ADP/IN prep 1
    Doravia PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""

TERRITORY_FOR_TRANSIT = """
    Castria PROPN/NNP nsubj 2
    has AUX/VBZ aux 2
    offered VERB/VBN ROOT 2
    its PRON/PRP$ poss 4
    territory NOUN/NN dobj 2
    for ADP/IN dative 2
    the DET/DT det 7
    transit NOUN/NN pobj 5
    of ADP/IN prep 7
    supplies NOUN/NNS pobj 8
    to ADP/IN prep 7
    the DET/DT det 12
    Pact PROPN/NNP pobj 10
    . PUNCT/. punct 2
"""

USE_OF_BASES = """
    Castria PROPN/NNP nsubj 1
    offered VERB/VBD ROOT 1
    the DET/DT det 3
    use NOUN/NN dobj 1
    of ADP/IN prep 3
    its PRON/PRP$ poss 6
    bases NOUN/NNS pobj 4
    by ADP/IN prep 3
    Doravian ADJ/JJ amod 9
    forces NOUN/NNS pobj 7
    . PUNCT/. punct 1
"""

TERRITORY_CEDED = """
    Castria PROPN/NNP nsubj 1
    offered VERB/VBD ROOT 1
    territory NOUN/NN dobj 1
    to ADP/IN prep 1
    Doravia PROPN/NNP pobj 3
    . PUNCT/. punct 1
"""

AIRSPACE_REFUSED = """
    Castria PROPN/NNP nsubj 1
    refused VERB/VBD ROOT 1
    to PART/TO aux 3
    open VERB/VB xcomp 1
    its PRON/PRP$ poss 5
    airspace NOUN/NN dobj 3
    to ADP/IN prep 3
    Doravia PROPN/NNP pobj 6
    . PUNCT/. punct 1
"""

DORAVIAN = ("Doravian", "STATE", "STATE:XD")


@pytest.mark.parametrize(("rows", "ents", "backed"), [
    (AIRSPACE, [CASTRIA, DORAVIA], "Doravia"), (TERRITORY_FOR_TRANSIT, [CASTRIA, PACT], "Pact"),
    (USE_OF_BASES, [CASTRIA, DORAVIAN], "Doravian")],
    ids=["airspace-to", "territory-for-transit", "use-of-bases-by"])
def test_lending_a_way_in_backs_whom_it_is_lent_to(data_dir: Path, rows: str, ents: list, backed: str) -> None:
    assert ("Castria", "supports", backed) in relations(parsed(rows, ents), str(data_dir))


@pytest.mark.parametrize("rows", [TERRITORY_CEDED, AIRSPACE_REFUSED], ids=["territory-ceded", "refused"])
def test_ceded_or_refused_ways_back_no_one(data_dir: Path, rows: str) -> None:
    assert ("Castria", "supports", "Doravia") not in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))
