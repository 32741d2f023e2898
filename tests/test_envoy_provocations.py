"""A recall, summons or expulsion of envoys answers whoever did what provoked it: 'recalled its ambassador after Vell
mocked Castria', 'summoned the Norland envoy over Vell's remarks', 'expelled the envoy following reports that
Castria tapped phones' oppose Vell and Castria; not someone the provoking act was done to, nor a denied act.
Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import invented_states, parsed, relations

VELL = ("Vell", "PERSON", "")

AFTER_CLAUSE = """
    Doravia PROPN/NNP nsubj 1
    recalled VERB/VBD ROOT 1
    its PRON/PRP$ poss 3
    ambassador NOUN/NN dobj 1
    after SCONJ/IN mark 6
    Vell PROPN/NNP nsubj 6
    mocked VERB/VBD advcl 1
    Castria PROPN/NNP dobj 6
    . PUNCT/. punct 1
"""

OVER_REMARKS = """
    Doravia PROPN/NNP nsubj 1
    summoned VERB/VBD ROOT 1
    the DET/DT det 4
    Norland PROPN/NNP compound 4
    envoy NOUN/NN dobj 1
    over ADP/IN prep 4
    Vell PROPN/NNP poss 8
    's PART/POS case 6
    remarks NOUN/NNS pobj 5
    . PUNCT/. punct 1
"""

FOLLOWING_REPORTS = """
    Doravia PROPN/NNP nsubj 1
    expelled VERB/VBD ROOT 1
    the DET/DT det 3
    envoy NOUN/NN dobj 1
    following VERB/VBG prep 1
    reports NOUN/NNS pobj 4
    that SCONJ/IN mark 8
    Castria PROPN/NNP nsubj 8
    tapped VERB/VBD acl 5
    phones NOUN/NNS dobj 8
    . PUNCT/. punct 1
"""

VICTIM = """
    Doravia PROPN/NNP nsubj 1
    recalled VERB/VBD ROOT 1
    its PRON/PRP$ poss 3
    ambassador NOUN/NN dobj 1
    after SCONJ/IN mark 7
    Vell PROPN/NNP nsubjpass 7
    was AUX/VBD auxpass 7
    arrested VERB/VBN advcl 1
    . PUNCT/. punct 1
"""

DENIED = """
    Doravia PROPN/NNP nsubj 1
    recalled VERB/VBD ROOT 1
    its PRON/PRP$ poss 3
    ambassador NOUN/NN dobj 1
    when ADV/WRB advmod 8
    Vell PROPN/NNP nsubj 8
    did AUX/VBD aux 8
    not PART/RB neg 8
    apologise VERB/VB advcl 1
    . PUNCT/. punct 1
"""

UNWELCOME_NAME = """
    Norland PROPN/NNP nsubj 1
    declared VERB/VBD ROOT 1
    Vell PROPN/NNP compound 3
    persona NOUN/NN ccomp 1
    non ADJ/JJ amod 5
    grata NOUN/NN dobj 3
    . PUNCT/. punct 1
"""


def test_a_recall_after_a_clause_answers_its_subject(data_dir: Path) -> None:
    found = relations(parsed(AFTER_CLAUSE, [*invented_states("Doravia"), VELL, *invented_states("Castria")]),
                      str(data_dir))
    assert ("Doravia", "opposes", "Vell") in found


def test_a_summons_over_remarks_answers_whose_remarks_they_are(data_dir: Path) -> None:
    found = relations(parsed(OVER_REMARKS, [*invented_states("Doravia", "Norland"), VELL]), str(data_dir))
    assert ("Doravia", "opposes", "Vell") in found


def test_an_expulsion_following_reports_answers_the_doer_reported(data_dir: Path) -> None:
    found = relations(parsed(FOLLOWING_REPORTS, invented_states("Doravia", "Castria")), str(data_dir))
    assert ("Doravia", "opposes", "Castria") in found


def test_no_stance_against_someone_the_provoking_act_befell(data_dir: Path) -> None:
    found = relations(parsed(VICTIM, [*invented_states("Doravia"), VELL]), str(data_dir))
    assert ("Doravia", "opposes", "Vell") not in found


def test_no_stance_against_the_subject_of_a_denied_act(data_dir: Path) -> None:
    found = relations(parsed(DENIED, [*invented_states("Doravia"), VELL]), str(data_dir))
    assert ("Doravia", "opposes", "Vell") not in found


def test_a_name_hung_on_persona_is_declared_unwelcome(data_dir: Path) -> None:
    found = relations(parsed(UNWELCOME_NAME, [*invented_states("Norland"), VELL]), str(data_dir))
    assert ("Norland", "opposes", "Vell") in found
