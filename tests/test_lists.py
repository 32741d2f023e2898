"""How lists of names are read when the parser breaks them: examples after 'like', names added by 'not to mention',
a last conjunct parsed as a second subject; and the alliances and restorations such lists often carry. Hand-parsed
sentences, no trained model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

NAMES = [("Anna Kovar", "PERSON", ""), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"),
         ("Norland", "STATE", "STATE:XN")]


def test_names_added_by_not_to_mention_continue_the_list(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        enjoys VERB/VBZ ROOT 2
        the DET/DT det 4
        support NOUN/NN dobj 2
        of ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        , PUNCT/, punct 4
        not PART/RB neg 10
        to PART/TO aux 10
        mention VERB/VB relcl 4
        Doravia PROPN/NNP dobj 10
        . PUNCT/. punct 2
    """, NAMES[:3])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Anna Kovar"),
                                             ("Doravia", "supports", "Anna Kovar")}


def test_the_examples_after_like_stand_for_a_plural(data_dir: Path) -> None:
    doc = parsed("""
        Leaders NOUN/NNS nsubj 4
        like ADP/IN prep 0
        Anna PROPN/NNP compound 3
        Kovar PROPN/NNP pobj 1
        condemned VERB/VBD ROOT 4
        Castria PROPN/NNP dobj 4
        . PUNCT/. punct 4
    """, NAMES[:2])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "opposes", "Castria")}


@pytest.mark.parametrize(("verb", "held"), [("formed", True), ("discussed", False)])
def test_states_that_form_an_alliance_together_back_each_other(data_dir: Path, verb: str, held: bool) -> None:
    """'Castria, Doravia, and Norland formed a new alliance', with Norland parsed as a second subject."""
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 6
        , PUNCT/, punct 0
        Doravia PROPN/NNP appos 0
        , PUNCT/, punct 0
        and CCONJ/CC cc 0
        Norland PROPN/NNP nsubj 6
        {verb} VERB/VBD ROOT 6
        a DET/DT det 9
        new ADJ/JJ amod 9
        alliance NOUN/NN dobj 6
        . PUNCT/. punct 6
    """, NAMES[1:])
    pairs = {(a, "supports", b) for a in ("Castria", "Doravia", "Norland") for b in ("Castria", "Doravia", "Norland")
             if a != b}
    assert (relations(doc, str(data_dir)) == pairs) == held


@pytest.mark.parametrize(("rows", "held"), [("""
        Castria PROPN/NNP nsubj 1
        formed VERB/VBD ROOT 1
        an DET/DT det 3
        alliance NOUN/NN dobj 1
        with ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, True), ("""
        Castria PROPN/NNP nsubj 2
        never ADV/RB neg 2
        formed VERB/VBD ROOT 2
        an DET/DT det 4
        alliance NOUN/NN dobj 2
        with ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, False)])
def test_forming_an_alliance_with_another_backs_each_other_unless_denied(data_dir: Path, rows: str,
                                                                         held: bool) -> None:
    found = relations(parsed(rows, NAMES[1:3]), str(data_dir))
    assert found == ({("Castria", "supports", "Doravia"), ("Doravia", "supports", "Castria")} if held else set())


def test_keeping_someone_in_power_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        kept VERB/VBD ROOT 1
        Anna PROPN/NNP compound 3
        Kovar PROPN/NNP dobj 1
        in ADP/IN prep 1
        power NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [NAMES[1], NAMES[0]])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Anna Kovar")}


def test_restoring_someone_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        restored VERB/VBD ROOT 1
        Anna PROPN/NNP compound 3
        Kovar PROPN/NNP dobj 1
        . PUNCT/. punct 1
    """, [NAMES[1], NAMES[0]])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Anna Kovar")}
