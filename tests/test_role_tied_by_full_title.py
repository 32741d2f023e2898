"""'Doravia sanctioned Norland's interior minister ... Interior Minister Vell and Deputy Minister Pell': the
description names the state of the one person whose whole title it matches, though two titles end in 'minister'.
Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

ROWS = """
    Doravia PROPN/NNP nsubj 1
    sanctioned VERB/VBD ROOT 1
    Norland PROPN/NNP poss 5
    's PART/POS case 2
    interior ADJ/JJ amod 5
    minister NOUN/NN dobj 1
    . PUNCT/. punct 1
    The DET/DT det 8
    sanctions NOUN/NNS nsubj 9
    hit VERB/VBD ROOT 9
    Interior PROPN/NNP compound 11
    Minister PROPN/NNP compound 12
    Vell PROPN/NNP dobj 9
    and CCONJ/CC cc 12
    Deputy PROPN/NNP compound 15
    Minister PROPN/NNP compound 16
    Pell PROPN/NNP conj 12
    . PUNCT/. punct 9
"""


def test_the_description_ties_the_person_with_its_whole_title(data_dir: Path) -> None:
    ents = [*invented_states("Doravia", "Norland"), ("Vell", "PERSON", ""), ("Pell", "PERSON", "")]
    found = relations(parsed(ROWS, ents), str(data_dir))
    assert ("Vell", "affiliated_with", "Norland") in found
    assert ("Pell", "affiliated_with", "Norland") not in found
