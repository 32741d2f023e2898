"""Two sides described together by a plural noun of a relation hold it toward each other ('X and Y are close
allies', 'have emerged as bitter rivals'); not a relation said to be past ('were once allies'), nor one of trade.
On hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")


def _described(noun: str, qualifier: str = "close") -> str:
    return f"""
        Castria PROPN/NNP nsubj 4
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        have AUX/VBP aux 4
        emerged VERB/VBN ROOT 4
        as ADP/IN prep 4
        {qualifier} ADJ/JJ amod 7
        {noun} NOUN/NNS pobj 5
        . PUNCT/. punct 4
    """


def test_two_sides_emerging_as_allies_back_each_other(data_dir: Path) -> None:
    found = relations(parsed(_described("allies"), [CASTRIA, DORAVIA]), str(data_dir))
    assert found == {("Castria", "supports", "Doravia"), ("Doravia", "supports", "Castria")}


def test_two_sides_described_as_rivals_oppose_each_other(data_dir: Path) -> None:
    found = relations(parsed(_described("rivals", "bitter"), [CASTRIA, DORAVIA]), str(data_dir))
    assert found == {("Castria", "opposes", "Doravia"), ("Doravia", "opposes", "Castria")}


def test_trading_partners_are_no_allies(data_dir: Path) -> None:
    rows = _described("partners", "trading").replace("trading ADJ/JJ amod", "trading NOUN/NN compound")
    assert not relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir))


def test_allies_once_are_allies_no_longer(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        were AUX/VBD ROOT 3
        once ADV/RB advmod 3
        allies NOUN/NNS attr 3
        . PUNCT/. punct 3
    """, [CASTRIA, DORAVIA])
    assert not relations(doc, str(data_dir))
