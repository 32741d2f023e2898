"""A sale, delivery or export is one of arms when its 'of' phrase names arms or military hardware ('the delivery
of jets to X', 'the export of drone technology to X'): approving it backs X, suspending it opposes X. On
hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")


def _supply(verb: str, noun: str, goods: str) -> str:
    return f"""
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        the DET/DT det 3
        {noun} NOUN/NN dobj 1
        of ADP/IN prep 3
        {goods} NOUN/NN compound 6
        technology NOUN/NN pobj 4
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """


def test_suspending_the_export_of_drone_technology_opposes_the_recipient(data_dir: Path) -> None:
    found = relations(parsed(_supply("suspended", "export", "drone"), [CASTRIA, DORAVIA]), str(data_dir))
    assert found == {("Castria", "opposes", "Doravia")}


def test_approving_the_delivery_of_jets_backs_the_recipient(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        approved VERB/VBD ROOT 1
        the DET/DT det 3
        delivery NOUN/NN dobj 1
        of ADP/IN prep 3
        jets NOUN/NNS pobj 4
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_an_export_of_civilian_goods_is_no_stance(data_dir: Path) -> None:
    assert not relations(parsed(_supply("suspended", "export", "software"), [CASTRIA, DORAVIA]), str(data_dir))



def test_a_supply_whose_owner_is_not_found_is_not_the_clause_subjects(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        regrets VERB/VBZ ROOT 1
        Norland PROPN/NNP poss 4
        's PART/POS case 2
        decision NOUN/NN dobj 1
        to PART/TO aux 6
        downgrade VERB/VB acl 4
        ties NOUN/NNS dobj 6
        over ADP/IN prep 7
        the DET/DT det 10
        country NOUN/NN poss 13
        's PART/POS case 10
        arms NOUN/NNS compound 13
        supply NOUN/NN pobj 8
        to ADP/IN prep 13
        Doravia PROPN/NNP pobj 14
        . PUNCT/. punct 1
    """, [CASTRIA, ("Norland", "STATE", "STATE:XN"), DORAVIA])
    found = relations(doc, str(data_dir))
    assert not {r for r in found if r[2] == "Doravia"}  # "the country" may be Castria or Norland: no guess
