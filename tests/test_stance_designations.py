"""Judgements by designation: 'declared X's government illegitimate', 'designated X a sponsor of terrorism',
'described X as a dictatorship'."""

from __future__ import annotations

from tests.handmade import parsed, relations

DECLARED = """
    Castria PROPN/NNP nsubj 1
    declared VERB/VBD ROOT 1
    Doravia PROPN/NNP poss 4
    's PART/POS case 2
    government NOUN/NN nsubj 5
    illegitimate ADJ/JJ ccomp 1
    . PUNCT/. punct 1
"""

DESIGNATED = """
    Castria PROPN/NNP nsubj 1
    designated VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    a DET/DT det 5
    state NOUN/NN compound 5
    sponsor NOUN/NN dobj 1
    of ADP/IN prep 5
    terrorism NOUN/NN pobj 6
    . PUNCT/. punct 1
"""

DESCRIBED = """
    Castria PROPN/NNP nsubj 1
    described VERB/VBD ROOT 1
    Doravia PROPN/NNP dobj 1
    as ADP/IN prep 1
    a DET/DT det 5
    dictatorship NOUN/NN pobj 3
    . PUNCT/. punct 1
"""

NOT_DECLARED = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    declare VERB/VB ROOT 3
    Doravia PROPN/NNP poss 6
    's PART/POS case 4
    government NOUN/NN nsubj 7
    illegitimate ADJ/JJ ccomp 3
    . PUNCT/. punct 3
"""

ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def test_declaring_a_government_illegitimate_opposes_its_state(data_dir) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(DECLARED, ENTS), str(data_dir))


def test_designating_a_state_a_sponsor_of_terrorism_opposes_it(data_dir) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(DESIGNATED, ENTS), str(data_dir))


def test_describing_a_state_as_a_dictatorship_opposes_it(data_dir) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(DESCRIBED, ENTS), str(data_dir))


def test_a_denied_declaration_opposes_no_one(data_dir) -> None:
    assert ("Castria", "opposes", "Doravia") not in relations(parsed(NOT_DECLARED, ENTS), str(data_dir))


PLAN_AS_WRONG = """
    Castria PROPN/NNP nsubj 1
    described VERB/VBD ROOT 1
    a DET/DT det 4
    Doravia PROPN/NNP compound 4
    plan NOUN/NN dobj 1
    to PART/TO aux 6
    send VERB/VB acl 4
    migrants NOUN/NNS dobj 6
    as ADP/IN prep 6
    wrong ADJ/JJ amod 8
    . PUNCT/. punct 1
"""

ALL_WRONG = """
    Castria PROPN/NNP nsubj 1
    described VERB/VBD ROOT 1
    the DET/DT det 4
    Doravia PROPN/NNP compound 4
    plan NOUN/NN dobj 1
    as ADV/RB advmod 7
    all ADV/RB advmod 7
    wrong ADJ/JJ advcl 1
    . PUNCT/. punct 1
"""


def test_an_evaluation_the_parser_hung_on_the_objects_clause_is_the_describers(data_dir) -> None:
    """'described a Doravia plan to send migrants as wrong', with 'as' hung on 'send'."""
    assert ("Castria", "opposes", "Doravia") in relations(parsed(PLAN_AS_WRONG, ENTS), str(data_dir))


def test_an_evaluation_with_as_under_the_adjective_is_the_describers(data_dir) -> None:
    """'described the Doravia plan as all wrong', with 'as' a modifier of 'wrong'."""
    assert ("Castria", "opposes", "Doravia") in relations(parsed(ALL_WRONG, ENTS), str(data_dir))
