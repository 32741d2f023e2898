"""A stance on a measure the article names by no proper name is one on whoever made it: the body that adopted it,
else whoever brought it; none when one of its makers holds it. A proof said not to exist, an alleged act the same
sentence says was denied, and an agreement discarded carry no stance. On hand-parsed sentences written for the test
(no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
PACT = ("Pact", "ORG", "ORG:XPACT")
RESOLUTION = ("resolution", "ORG", "ACCORD:resolution@@0000abcd")  # an unnamed measure, keyed to its article


def test_hailing_an_adopted_measure_supports_the_body_that_adopted_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        Pact PROPN/NNP nsubj 2
        adopted VERB/VBD ROOT 2
        a DET/DT det 7
        Castrian ADJ/JJ npadvmod 6
        - PUNCT/HYPH punct 6
        drafted VERB/VBN amod 7
        resolution NOUN/NN dobj 2
        . PUNCT/. punct 2
        Doravia PROPN/NNP nsubj 10
        hailed VERB/VBD ROOT 10
        the DET/DT det 12
        resolution NOUN/NN dobj 10
        . PUNCT/. punct 10
    """, [PACT, ("Castrian", "STATE", "STATE:XC"), RESOLUTION, DORAVIA, RESOLUTION])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "supports", "Pact") in found
    assert not any("resolution" in (s, t) for s, _, t in found)  # no node of its own, no maker's stance on it
    assert ("Pact", "supports", "Castrian") not in found  # its makers take no stance on one another


def test_voting_against_a_draft_opposes_whoever_drafted_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        drafted VERB/VBD ROOT 1
        a DET/DT det 3
        resolution NOUN/NN dobj 1
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 6
        voted VERB/VBD ROOT 6
        against ADP/IN prep 6
        the DET/DT det 9
        resolution NOUN/NN pobj 7
        . PUNCT/. punct 6
    """, [CASTRIA, RESOLUTION, DORAVIA, RESOLUTION])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "Castria")}


def test_a_measure_whose_maker_is_untold_keeps_its_node(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        the DET/DT det 3
        resolution NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [DORAVIA, RESOLUTION])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "resolution")}


def test_no_evidence_that_x_armed_y_is_no_arming(data_dir: Path) -> None:
    rows = """
        Monitors NOUN/NNS nsubj 1
        found VERB/VBD ROOT 1
        no DET/DT det 3
        evidence NOUN/NN dobj 1
        that SCONJ/IN mark 6
        Castria PROPN/NNP nsubj 6
        armed VERB/VBD acl 3
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """
    assert relations(parsed(rows, [CASTRIA, DORAVIA]), str(data_dir)) == set()
    found = parsed(rows.replace("no DET/DT det 3", "new ADJ/JJ amod 3"), [CASTRIA, DORAVIA])
    assert relations(found, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_an_alleged_support_the_same_sentence_says_was_denied_is_no_support(data_dir: Path) -> None:
    rows = """
        Norland PROPN/NNP nsubj 1
        sanctioned VERB/VBD ROOT 1
        Castria PROPN/NNP dobj 1
        for ADP/IN prep 1
        its PRON/PRP$ poss 6
        alleged ADJ/JJ amod 6
        support NOUN/NN pobj 3
        of ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        , PUNCT/, punct 8
        a DET/DT det 11
        claim NOUN/NN appos 8
        Castria PROPN/NNP nsubj 15
        has AUX/VBZ aux 15
        long ADV/RB advmod 15
        denied VERB/VBN relcl 11
        . PUNCT/. punct 1
    """
    found = relations(parsed(rows, [NORLAND, CASTRIA, DORAVIA, CASTRIA]), str(data_dir))
    assert ("Norland", "opposes", "Castria") in found
    assert ("Castria", "supports", "Doravia") not in found


def test_discarding_an_agreement_with_a_state_is_no_support_of_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        discard VERB/VB ROOT 2
        an DET/DT det 4
        agreement NOUN/NN dobj 2
        with ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        to PART/TO aux 8
        take VERB/VB acl 4
        in ADP/RP prt 8
        migrants NOUN/NNS dobj 8
        . PUNCT/. punct 2
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "supports", "Doravia") not in relations(doc, str(data_dir))
