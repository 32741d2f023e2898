"""'Doravia would put arms exports to Norland on hold': support put on hold is withheld, which opposes Norland, as
'halted arms exports to Norland' does; never the exports' own backing. 'Put the talks on the agenda' withholds
nothing. Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

ON_HOLD = """
    Doravia PROPN/NNP nsubj 2
    would AUX/MD aux 2
    put VERB/VB ROOT 2
    arms NOUN/NNS compound 4
    exports NOUN/NNS dobj 2
    to ADP/IN prep 4
    Norland PROPN/NNP pobj 5
    on ADP/IN prep 2
    hold NOUN/NN pobj 7
    . PUNCT/. punct 2
"""

ON_AGENDA = """
    Doravia PROPN/NNP nsubj 1
    put VERB/VBD ROOT 1
    arms NOUN/NNS compound 3
    exports NOUN/NNS dobj 1
    to ADP/IN prep 3
    Norland PROPN/NNP pobj 4
    on ADP/IN prep 1
    the DET/DT det 8
    agenda NOUN/NN pobj 6
    . PUNCT/. punct 1
"""


def test_exports_put_on_hold_are_withheld(data_dir: Path) -> None:
    found = relations(parsed(ON_HOLD, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found
    assert ("Doravia", "supports", "Norland") not in found


def test_put_on_the_agenda_withholds_nothing(data_dir: Path) -> None:
    found = relations(parsed(ON_AGENDA, invented_states("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") not in found
