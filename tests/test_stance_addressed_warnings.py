"""A warning, threat or ultimatum issued or sent to someone opposes its addressee ('X issued a stern warning to Y'),
whether the parser hangs 'to' on the verb or on the noun, and a warning denied opposes no one; on hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
EDGE = ("Castria", "opposes", "Doravia")


def _issued(data_dir: Path, to_head: int, *, to_dep: str = "dative", negated: bool = False
            ) -> set[tuple[str, str, str]]:
    """'Castria (did not) issue(d) a stern warning to Doravia .' with 'to' hung on token `to_head`."""
    verb = "did AUX/VBD aux 3\n not PART/RB neg 3\n issue VERB/VB ROOT 3" if negated else \
        "also ADV/RB advmod 3\n again ADV/RB advmod 3\n issued VERB/VBD ROOT 3"
    rows = f"""
        Castria PROPN/NNP nsubj 3
        {verb}
        a DET/DT det 6
        stern ADJ/JJ amod 6
        warning NOUN/NN dobj 3
        to ADP/IN {to_dep} {to_head}
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 3
    """
    return relations(parsed(rows, ENTS), str(data_dir))


@pytest.mark.parametrize(("to_head", "to_dep"), [(3, "dative"), (3, "prep"), (6, "prep")])
def test_a_warning_issued_to_someone_opposes_them(to_head: int, to_dep: str, data_dir: Path) -> None:
    assert EDGE in _issued(data_dir, to_head, to_dep=to_dep)


def test_a_warning_not_issued_opposes_no_one(data_dir: Path) -> None:
    assert EDGE not in _issued(data_dir, 3, negated=True)
