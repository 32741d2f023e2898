"""'X slammed the decision, saying it undermines Y': 'it' is the act slammed, whoever took it; and an act a
sentence reports and then calls 'a decision' is the decision a later sentence condemns. On hand-parsed sentences
written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")

FILLER = """
    Talks NOUN/NNS nsubj {v}
    went VERB/VBD ROOT {v}
    on ADP/RP prt {v}
    . PUNCT/. punct {v}
"""


def _filler(start: int, count: int) -> str:
    return "".join(FILLER.format(v=start + 4 * k + 1) for k in range(count))


def test_it_in_a_clause_said_of_a_slammed_decision_is_the_decisions_author(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        halted VERB/VBD ROOT 1
        the DET/DT det 3
        talks NOUN/NNS dobj 1
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 6
        slammed VERB/VBD ROOT 6
        the DET/DT det 8
        decision NOUN/NN dobj 6
        , PUNCT/, punct 6
        saying VERB/VBG advcl 6
        it PRON/PRP nsubj 12
        undermines VERB/VBZ ccomp 10
        Doravia PROPN/NNP dobj 12
        . PUNCT/. punct 6
    """, [CASTRIA, NORLAND, DORAVIA])
    found = relations(doc, str(data_dir))
    assert {("Norland", "opposes", "Castria"), ("Castria", "opposes", "Doravia")} <= found
    assert ("Norland", "opposes", "Doravia") not in found  # 'it' is no state named before


def test_an_act_called_a_decision_is_the_decision_condemned_sentences_later(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        halt VERB/VB ccomp 9
        arms NOUN/NNS compound 4
        sales NOUN/NNS dobj 2
        to ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        , PUNCT/, punct 9
        officials NOUN/NNS nsubj 9
        said VERB/VBD ROOT 9
        , PUNCT/, punct 9
        a DET/DT det 12
        decision NOUN/NN npadvmod 9
        . PUNCT/. punct 9
    """ + _filler(14, 6) + """
        Doravia PROPN/NNP nsubj 39
        slammed VERB/VBD ROOT 39
        the DET/DT det 41
        decision NOUN/NN dobj 39
        . PUNCT/. punct 39
    """
    doc = parsed(rows, [CASTRIA, DORAVIA, DORAVIA])
    assert ("Doravia", "opposes", "Castria") in relations(doc, str(data_dir))
