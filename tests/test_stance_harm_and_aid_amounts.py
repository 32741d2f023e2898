"""Aid withheld by its amount ('suspended $10 million in assistance to X'), an attack judged after it was named
('the attack was unacceptable'), people killed in someone's strike, and a news agency's report of a stance;
on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
ODELL = ("Odell", "PERSON", "")


def _aid_amount(verb: str) -> str:
    return f"""
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        $ SYM/$ quantmod 4
        10 NUM/CD compound 4
        million NUM/CD dobj 1
        in ADP/IN prep 4
        assistance NOUN/NN pobj 5
        to ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """


def test_aid_suspended_by_its_amount_is_withheld_and_aid_approved_is_given(data_dir: Path) -> None:
    assert relations(parsed(_aid_amount("suspended"), [CASTRIA, DORAVIA]), str(data_dir)) == {
        ("Castria", "opposes", "Doravia")}
    assert relations(parsed(_aid_amount("approved"), [CASTRIA, DORAVIA]), str(data_dir)) == {
        ("Castria", "supports", "Doravia")}


def _judged(adjective: str) -> str:
    return f"""
        Norland PROPN/NNP nsubj 1
        struck VERB/VBD ROOT 1
        Castria PROPN/NNP dobj 1
        . PUNCT/. punct 1
        Odell PROPN/NNP nsubj 5
        said VERB/VBD ROOT 5
        the DET/DT det 7
        attack NOUN/NN nsubj 8
        was AUX/VBD ccomp 5
        {adjective} ADJ/JJ acomp 8
        . PUNCT/. punct 5
    """


@pytest.mark.parametrize("adjective", ["unacceptable", "disappointing", "troubling", "unfortunate"])
def test_an_attack_judged_after_it_was_named_is_its_makers(adjective: str, data_dir: Path) -> None:
    found = relations(parsed(_judged(adjective), [NORLAND, CASTRIA, ODELL]), str(data_dir))
    assert ("Odell", "opposes", "Norland") in found
    assert not {r for r in found if r[0] == "Odell" and r[2] == "Castria"}


def test_a_bare_move_judged_is_not_taken_for_the_attack_before(data_dir: Path) -> None:
    doc = parsed(_judged("unacceptable").replace("attack NOUN/NN", "move NOUN/NN"), [NORLAND, CASTRIA, ODELL])
    assert not {r for r in relations(doc, str(data_dir)) if r[0] == "Odell"}


def test_whose_soldiers_a_strike_killed_is_opposed_by_who_struck(data_dir: Path) -> None:
    doc = parsed("""
        Castrian ADJ/JJ amod 1
        soldiers NOUN/NNS nsubjpass 3
        were AUX/VBD auxpass 3
        killed VERB/VBN ROOT 3
        in ADP/IN prep 3
        a DET/DT det 7
        Doravian ADJ/JJ amod 7
        strike NOUN/NN pobj 4
        . PUNCT/. punct 3
    """, [("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Doravian", "opposes", "Castrian")}


def test_a_news_agency_reporting_a_condemnation_does_not_disown_it(data_dir: Path) -> None:
    doc = parsed("""
        AAP NOUN/NNS compound 1
        reports VERB/VBZ ROOT 1
        Odell PROPN/NNP nsubj 3
        condemned VERB/VBD ccomp 1
        Castria PROPN/NNP dobj 3
        . PUNCT/. punct 1
    """, [ODELL, CASTRIA])
    assert relations(doc, str(data_dir)) == {("Odell", "opposes", "Castria")}
