"""An act named beside the clause that tells it ('Castria expelled two envoys, a move Doravia condemned', '... in a
move condemned by Doravia', 'a decision Doravia called illegal') is the clause's act, so a stance on it is a stance
on whoever acts in the clause; a ruling named later ('criticised the ruling') is the ruler's; imposing a ban named
before ('imposed the same ban') is aimed where that ban was, not at whoever imposed it first. Not an act denied,
nor a noun that names no act. On hand-parsed sentences written for the test (no trained model), invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")
TRIBUNAL = ("Tribunal", "ORG", "ORG:XTRIBUNAL")


def expelled_then(noun: str, rest: str) -> str:
    """'Castria expelled two envoys, a NOUN ...' with `rest` rows for the words after the noun (heads from 7)."""
    return f"""
    Castria PROPN/NNP nsubj 1
    expelled VERB/VBD ROOT 1
    two NUM/CD nummod 3
    envoys NOUN/NNS dobj 1
    , PUNCT/, punct 3
    a DET/DT det 6
    {noun} NOUN/NN appos 3
    {rest}
    """


A_MOVE_CONDEMNED = expelled_then("move", """Doravia PROPN/NNP nsubj 8
    condemned VERB/VBD relcl 6
    . PUNCT/. punct 1""")

A_DECISION_CALLED_ILLEGAL = expelled_then("decision", """Doravia PROPN/NNP nsubj 8
    called VERB/VBD relcl 6
    illegal ADJ/JJ oprd 8
    . PUNCT/. punct 1""")

A_MOVE_DESCRIBED_AS_HOSTILE = expelled_then("move", """Doravia PROPN/NNP nsubj 8
    described VERB/VBD relcl 6
    as ADP/IN prep 8
    hostile ADJ/JJ amod 9
    . PUNCT/. punct 1""")

A_STEP_WELCOMED = expelled_then("step", """Norland PROPN/NNP nsubj 8
    welcomed VERB/VBD relcl 6
    . PUNCT/. punct 1""")

A_MAN_CONDEMNED = expelled_then("man", """Doravia PROPN/NNP nsubj 8
    condemned VERB/VBD relcl 6
    . PUNCT/. punct 1""")

IN_A_MOVE_CONDEMNED_BY = """
    Castria PROPN/NNP nsubj 1
    expelled VERB/VBD ROOT 1
    two NUM/CD nummod 3
    envoys NOUN/NNS dobj 1
    in ADP/IN prep 1
    a DET/DT det 6
    move NOUN/NN pobj 4
    condemned VERB/VBN acl 6
    by ADP/IN agent 7
    Doravia PROPN/NNP pobj 8
    . PUNCT/. punct 1
"""

DID_NOT_EXPEL = """
    Castria PROPN/NNP nsubj 3
    did AUX/VBD aux 3
    not PART/RB neg 3
    expel VERB/VB ROOT 3
    the DET/DT det 5
    envoys NOUN/NNS dobj 3
    , PUNCT/, punct 5
    a DET/DT det 8
    move NOUN/NN appos 5
    Doravia PROPN/NNP nsubj 10
    welcomed VERB/VBD relcl 8
    . PUNCT/. punct 3
"""

RULED = """
    The DET/DT det 1
    Tribunal PROPN/NNP nsubj 2
    ruled VERB/VBD ROOT 2
    against ADP/IN prep 2
    Castria PROPN/NNP pobj 3
    . PUNCT/. punct 2
"""

CRITICISED_THE_RULING = RULED + """
    Doravia PROPN/NNP nsubj 7
    criticised VERB/VBD ROOT 7
    the DET/DT det 9
    ruling NOUN/NN dobj 7
    . PUNCT/. punct 7
"""

THE_RULING_WAS_UNACCEPTABLE = RULED + """
    Doravia PROPN/NNP nsubj 7
    said VERB/VBD ROOT 7
    the DET/DT det 9
    ruling NOUN/NN nsubj 10
    was AUX/VBD ccomp 7
    unacceptable ADJ/JJ acomp 10
    . PUNCT/. punct 7
"""


@pytest.mark.parametrize("rows", [A_MOVE_CONDEMNED, IN_A_MOVE_CONDEMNED_BY, A_DECISION_CALLED_ILLEGAL,
                                  A_MOVE_DESCRIBED_AS_HOSTILE],
                         ids=["a move X condemned", "in a move condemned by X", "called illegal", "described as"])
def test_condemning_the_act_beside_a_clause_opposes_its_actor(data_dir: Path, rows: str) -> None:
    assert ("Doravia", "opposes", "Castria") in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))


def test_welcoming_the_act_beside_a_clause_backs_its_actor(data_dir: Path) -> None:
    assert ("Norland", "supports", "Castria") in relations(parsed(A_STEP_WELCOMED, [CASTRIA, NORLAND]), str(data_dir))


@pytest.mark.parametrize("rows, relation", [(DID_NOT_EXPEL, "supports"), (A_MAN_CONDEMNED, "opposes")],
                         ids=["denied act", "no act"])
def test_no_act_when_denied_or_when_the_noun_names_none(data_dir: Path, rows: str, relation: str) -> None:
    assert ("Doravia", relation, "Castria") not in relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))


@pytest.mark.parametrize("rows", [CRITICISED_THE_RULING, THE_RULING_WAS_UNACCEPTABLE],
                         ids=["criticised the ruling", "the ruling was unacceptable"])
def test_a_ruling_named_later_is_the_rulers(data_dir: Path, rows: str) -> None:
    found = relations(parsed(rows, [TRIBUNAL, CASTRIA, DORAVIA]), str(data_dir))
    assert ("Doravia", "opposes", "Tribunal") in found


SAME_BAN = """
    Doravia PROPN/NNP nsubj 1
    imposed VERB/VBD ROOT 1
    a DET/DT det 3
    ban NOUN/NN dobj 1
    on ADP/IN prep 3
    Castria PROPN/NNP pobj 4
    . PUNCT/. punct 1
    Norland PROPN/NNP nsubj 8
    imposed VERB/VBD ROOT 8
    the DET/DT det 11
    same ADJ/JJ amod 11
    ban NOUN/NN dobj 8
    . PUNCT/. punct 8
"""

SAME_BAN_BY_STATES_UNNAMED = """
    Several ADJ/JJ amod 1
    states NOUN/NNS nsubj 2
    imposed VERB/VBD ROOT 2
    a DET/DT det 4
    ban NOUN/NN dobj 2
    on ADP/IN prep 4
    Castria PROPN/NNP pobj 5
    . PUNCT/. punct 2
    Norland PROPN/NNP nsubj 9
    imposed VERB/VBD ROOT 9
    the DET/DT det 11
    ban NOUN/NN dobj 9
    too ADV/RB advmod 9
    . PUNCT/. punct 9
"""


@pytest.mark.parametrize("rows, ents", [(SAME_BAN, [DORAVIA, CASTRIA, NORLAND]),
                                        (SAME_BAN_BY_STATES_UNNAMED, [CASTRIA, NORLAND])],
                         ids=["named first", "unnamed first"])
def test_imposing_a_ban_named_before_is_aimed_where_it_was(data_dir: Path, rows: str, ents: list) -> None:
    found = relations(parsed(rows, ents), str(data_dir))
    assert ("Norland", "opposes", "Castria") in found
    assert ("Norland", "opposes", "Doravia") not in found
