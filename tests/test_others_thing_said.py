"""'X condemned Y's visit, saying it praised Z': the 'it' of what X says while judging a thing another did is that
thing, so X does not praise Z; where the thing is X's own ('X announced the decision, saying it would back Z') the
pronoun is left to the usual reading. Hand-parsed sentences written for the test (no trained model), with
invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states as ents
from tests.handmade import parsed, relations

OTHERS_VISIT = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    Norland PROPN/NNP poss 4
    's PART/POS case 2
    visit NOUN/NN dobj 1
    , PUNCT/, punct 1
    saying VERB/VBG advcl 1
    it PRON/PRP nsubj 8
    praised VERB/VBD ccomp 6
    Castria PROPN/NNP dobj 8
    . PUNCT/. punct 1
"""

OWN_DECISION = """
    Doravia PROPN/NNP nsubj 1
    announced VERB/VBD ROOT 1
    the DET/DT det 3
    decision NOUN/NN dobj 1
    , PUNCT/, punct 1
    saying VERB/VBG advcl 1
    it PRON/PRP nsubj 8
    would AUX/MD aux 8
    back VERB/VB ccomp 5
    Castria PROPN/NNP dobj 8
    . PUNCT/. punct 1
"""


def test_it_of_a_judged_act_of_another_is_the_act(data_dir: Path) -> None:
    found = relations(parsed(OTHERS_VISIT, ents("Doravia", "Norland", "Castria")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found
    assert ("Doravia", "supports", "Castria") not in found


def test_it_beside_the_speakers_own_act_is_the_speaker(data_dir: Path) -> None:
    found = relations(parsed(OWN_DECISION, ents("Doravia", "Castria")), str(data_dir))
    assert ("Doravia", "supports", "Castria") in found
