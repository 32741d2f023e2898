"""A charge that names who did a wrong, said, known or found as evidence: 'X said Y was behind the attack', 'X knew
for sure that Y was behind the fire', 'after finding evidence that Y was responsible for the fire, X ...', 'X said Y
committed an act of sabotage'. On hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")

BEHIND = """
    Castria PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    Doravia PROPN/NNP nsubj 3
    was AUX/VBD ccomp 1
    {negation}
    behind ADP/IN prep 3
    the DET/DT det {det_head}
    {deed} NOUN/NN pobj {pobj_head}
    . PUNCT/. punct 1
"""


def _behind(deed: str, *, negated: bool = False) -> str:
    rows = BEHIND.format(negation="not PART/RB neg 3" if negated else "", deed=deed,
                         det_head=7 if negated else 6, pobj_head=5 if negated else 4)
    return "\n".join(line for line in rows.splitlines() if line.strip())


@pytest.mark.parametrize("deed", ["attack", "fire", "plot"])
def test_saying_someone_was_behind_a_wrong_opposes_them(data_dir: Path, deed: str) -> None:
    assert ("Castria", "opposes", "Doravia") in relations(parsed(_behind(deed), [CASTRIA, DORAVIA]), str(data_dir))


def test_saying_someone_was_not_behind_it_does_not(data_dir: Path) -> None:
    found = relations(parsed(_behind("attack", negated=True), [CASTRIA, DORAVIA]), str(data_dir))
    assert ("Castria", "opposes", "Doravia") not in found


def test_being_behind_something_that_is_no_wrong_is_no_charge(data_dir: Path) -> None:
    assert not relations(parsed(_behind("proposal"), [CASTRIA, DORAVIA]), str(data_dir))


def test_knowing_for_sure_that_someone_was_behind_the_fire(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        knew VERB/VBD ROOT 1
        for ADP/IN prep 1
        sure ADJ/JJ amod 2
        that SCONJ/IN mark 6
        Doravia PROPN/NNP nsubj 6
        was AUX/VBD ccomp 3
        behind ADP/IN prep 6
        the DET/DT det 9
        fire NOUN/NN pobj 7
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_acting_on_evidence_that_someone_was_responsible(data_dir: Path) -> None:
    doc = parsed("""
        After ADP/IN prep 12
        finding VERB/VBG pcomp 0
        evidence NOUN/NN dobj 1
        that SCONJ/IN mark 5
        Doravia PROPN/NNP nsubj 5
        was AUX/VBD acl 2
        responsible ADJ/JJ acomp 5
        for ADP/IN prep 6
        the DET/DT det 9
        fire NOUN/NN pobj 7
        , PUNCT/, punct 12
        Castria PROPN/NNP nsubj 12
        closed VERB/VBD ROOT 12
        the DET/DT det 14
        consulate NOUN/NN dobj 12
        . PUNCT/. punct 12
    """, [DORAVIA, CASTRIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_saying_someone_committed_an_act_of_sabotage(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP nsubj 3
        committed VERB/VBD ccomp 1
        an DET/DT det 5
        act NOUN/NN dobj 3
        of ADP/IN prep 5
        sabotage NOUN/NN pobj 6
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_a_wrong_the_article_itself_pins_on_someone_has_no_holder(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        was AUX/VBD ROOT 1
        behind ADP/IN prep 1
        the DET/DT det 4
        attack NOUN/NN pobj 2
        on ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [DORAVIA, CASTRIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


TO_BLAME = """
    Castria PROPN/NNP nsubj 1
    found VERB/VBD ROOT 1
    that SCONJ/IN mark 4
    Doravia PROPN/NNP nsubj 4
    was AUX/VBD ccomp 1
    {negation}
    to PART/TO aux {blame}
    blame VERB/VB xcomp 4
    for ADP/IN prep {blame}
    the DET/DT det {deed}
    downing NOUN/NN pobj {prep}
    of ADP/IN prep {deed}
    the DET/DT det {jet}
    jet NOUN/NN pobj {of}
    . PUNCT/. punct 1
"""


@pytest.mark.parametrize("negated", [False, True], ids=["found", "not to blame"])
def test_finding_someone_to_blame_for_downing_a_jet(data_dir: Path, negated: bool) -> None:
    shift = 1 if negated else 0
    rows = TO_BLAME.format(negation="not PART/RB neg 4" if negated else "", blame=6 + shift, deed=9 + shift,
                           prep=7 + shift, jet=12 + shift, of=10 + shift)
    found = relations(parsed("\n".join(line for line in rows.splitlines() if line.strip()), [CASTRIA, DORAVIA]),
                      str(data_dir))
    assert (("Castria", "opposes", "Doravia") in found) is not negated


SAID_PASSIVE = """
    Castria PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    the DET/DT det 3
    {deed} NOUN/NN nsubjpass 5
    was AUX/VBD auxpass 5
    {verb} VERB/VBN ccomp 1
    {particle}
    by ADP/IN agent 5
    Doravia PROPN/NNP pobj {pobj_head}
    . PUNCT/. punct 1
"""


def _said_passive(deed: str, verb: str, particle: str = "") -> str:
    rows = SAID_PASSIVE.format(deed=deed, verb=verb, particle=f"{particle} ADP/RP prt 5" if particle else "",
                               pobj_head=7 if particle else 6)
    return "\n".join(line for line in rows.splitlines() if line.strip())


@pytest.mark.parametrize(("verb", "particle"), [("supported", ""), ("carried", "out"), ("orchestrated", "")])
def test_saying_a_wrong_was_done_or_backed_by_someone_opposes_them(data_dir: Path, verb: str, particle: str) -> None:
    doc = parsed(_said_passive("attack", verb, particle), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_saying_something_no_wrong_was_backed_by_someone_is_no_charge(data_dir: Path) -> None:
    doc = parsed(_said_passive("ceasefire", "supported"), [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


@pytest.mark.parametrize("noun", ["culprit", "aggressor"])
def test_saying_someone_is_the_culprit_opposes_them(data_dir: Path, noun: str) -> None:
    # "Castria said the only culprit is Doravia."
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 4
        only ADJ/JJ amod 4
        {noun} NOUN/NN nsubj 5
        is AUX/VBZ ccomp 1
        Doravia PROPN/NNP attr 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_saying_someone_is_the_victim_is_no_charge(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        victim NOUN/NN nsubj 4
        is AUX/VBZ ccomp 1
        Doravia PROPN/NNP attr 4
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_ones_own_strikes_said_to_be_ordered_by_someone_are_no_charge(data_dir: Path) -> None:
    # "Castrian jets struck Doravia. Castria said the strikes were ordered by Ada."
    doc = parsed("""
        Castrian ADJ/JJ amod 1
        jets NOUN/NNS nsubj 2
        struck VERB/VBD ROOT 2
        Doravia PROPN/NNP dobj 2
        . PUNCT/. punct 2
        Castria PROPN/NNP nsubj 6
        said VERB/VBD ROOT 6
        the DET/DT det 8
        strikes NOUN/NNS nsubjpass 10
        were AUX/VBD auxpass 10
        ordered VERB/VBN ccomp 6
        by ADP/IN agent 10
        Ada PROPN/NNP pobj 11
        . PUNCT/. punct 6
    """, [("Castrian", "STATE", "STATE:XC"), DORAVIA, CASTRIA, ("Ada", "PERSON", "")])
    assert ("Castria", "opposes", "Ada") not in relations(doc, str(data_dir))
