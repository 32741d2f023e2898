"""A host of someone's armed men backs them ('has been hosting X fighters'), never a mere visit; and the 'it'
that a person's government says it will do is that government's, led by the person; on hand-parsed sentences
written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
PACT = ("Pact", "ORG", "ORG:XPACT")


def _hosting(noun: str, negated: bool = False) -> str:
    return f"""
        Castria PROPN/NNP nsubj 3
        has AUX/VBZ aux 3
        {"never ADV/RB neg 3" if negated else "been AUX/VBN aux 3"}
        hosting VERB/VBG ROOT 3
        Doravian ADJ/JJ amod 5
        {noun} NOUN/NNS dobj 3
        . PUNCT/. punct 3
    """


def test_hosting_anothers_fighters_or_troops_backs_them(data_dir: Path) -> None:
    for noun in ("fighters", "troops", "mercenaries"):
        doc = parsed(_hosting(noun), [CASTRIA, ("Doravian", "STATE", "STATE:XD")])
        assert ("Castria", "supports", "Doravian") in relations(doc, str(data_dir)), noun


def test_hosting_visitors_or_never_hosting_troops_backs_no_one(data_dir: Path) -> None:
    doc = parsed(_hosting("leaders"), [CASTRIA, ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == set()
    doc = parsed(_hosting("troops", negated=True), [CASTRIA, ("Doravian", "STATE", "STATE:XD")])
    assert ("Castria", "supports", "Doravian") not in relations(doc, str(data_dir))


def test_it_said_by_a_persons_government_is_that_government(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        Pact PROPN/NNP nsubj 2
        met VERB/VBD ROOT 2
        . PUNCT/. punct 2
        Odell PROPN/NNP poss 6
        's PART/POS case 4
        government NOUN/NN nsubj 7
        said VERB/VBD ROOT 7
        it PRON/PRP nsubj 10
        was AUX/VBD aux 10
        quitting VERB/VBG ccomp 7
        the DET/DT det 12
        Pact PROPN/NNP dobj 10
        . PUNCT/. punct 7
    """, [PACT, ("Odell", "PERSON", ""), PACT])
    found = relations(doc, str(data_dir))
    assert ("Odell", "declines", "Pact") in found
