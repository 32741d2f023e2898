"""A free relative in which the holder describes its own object ('condemned what it described as X's support for
the rebels', 'is opposed to what it considers to be X's influence') stands for the thing described; one in which
another describes it is not the holder's, and a describer is not the author of what it describes. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states as ents
from tests.handmade import parsed, relations

CONDEMNED_AS_DESCRIBED = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    what PRON/WP dobj 4
    it PRON/PRP nsubj 4
    described VERB/VBD ccomp 1
    as ADP/IN prep 4
    Norland PROPN/NNP poss 8
    's PART/POS case 6
    support NOUN/NN pobj 5
    for ADP/IN prep 8
    the DET/DT det 11
    rebels NOUN/NNS pobj 9
    . PUNCT/. punct 1
"""

OPPOSED_TO_WHAT_IT_CONSIDERS = """
    Doravia PROPN/NNP nsubj 1
    is AUX/VBZ auxpass 2
    opposed VERB/VBN ROOT 2
    to ADP/IN prep 2
    what PRON/WP dobj 8
    it PRON/PRP nsubj 6
    considers VERB/VBZ pcomp 3
    to PART/TO aux 8
    be AUX/VB xcomp 6
    Norland PROPN/NNP poss 11
    's PART/POS case 9
    influence NOUN/NN attr 8
    . PUNCT/. punct 2
"""

REJECTED_ANOTHERS_WORDS = """
    Doravia PROPN/NNP nsubj 1
    rejected VERB/VBD ROOT 1
    what PRON/WP dobj 4
    Castria PROPN/NNP nsubj 4
    called VERB/VBD ccomp 1
    Norland PROPN/NNP poss 7
    's PART/POS case 5
    aggression NOUN/NN oprd 4
    . PUNCT/. punct 1
"""

CONDEMNED_ANOTHERS_DESCRIPTION = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    what PRON/WP dobj 4
    Castria PROPN/NNP nsubj 4
    described VERB/VBD ccomp 1
    as ADP/IN prep 4
    Norland PROPN/NNP poss 8
    's PART/POS case 6
    provocation NOUN/NN pobj 5
    . PUNCT/. punct 1
"""


def test_what_the_holder_describes_is_its_object(data_dir: Path) -> None:
    found = relations(parsed(CONDEMNED_AS_DESCRIBED, ents("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_what_the_holder_considers_to_be_is_its_object(data_dir: Path) -> None:
    found = relations(parsed(OPPOSED_TO_WHAT_IT_CONSIDERS, ents("Doravia", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found


def test_another_describers_words_are_not_the_holders_object(data_dir: Path) -> None:
    found = relations(parsed(REJECTED_ANOTHERS_WORDS, ents("Doravia", "Castria", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Norland") not in found
    assert ("Castria", "opposes", "Norland") in found  # who names the act a wrong opposes its author


def test_a_describer_is_not_the_author_of_what_it_describes(data_dir: Path) -> None:
    found = relations(parsed(CONDEMNED_ANOTHERS_DESCRIPTION, ents("Doravia", "Castria", "Norland")), str(data_dir))
    assert ("Doravia", "opposes", "Castria") not in found
    assert ("Doravia", "opposes", "Norland") not in found
