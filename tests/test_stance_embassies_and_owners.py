"""Embassies closed (the host's, or another state's post), a government named after the person who leads it,
ties cut in a participle after a crisis 'with' someone, a described state as a clause's subject, one member
of two named bodies, and verbs of goading; on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
ODELL, BARO = ("Odell", "PERSON", ""), ("Baro", "PERSON", "")


def test_closing_its_own_embassy_opposes_the_host(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        closed VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        embassy NOUN/NN dobj 1
        in ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found


def test_shutting_another_states_embassy_opposes_that_state_not_the_city(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        shut VERB/VBD ROOT 1
        down ADP/RP prt 1
        Doravia PROPN/NNP poss 5
        's PART/POS case 3
        embassy NOUN/NN dobj 1
        in ADP/IN prep 5
        Norland PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Castria", "opposes", "Norland") not in found


def test_a_government_named_after_its_leader_acts_for_that_person(data_dir: Path) -> None:
    doc = parsed("""
        President NOUN/NN compound 1
        Odell PROPN/NNP nsubj 2
        resigned VERB/VBD ROOT 2
        . PUNCT/. punct 2
        The DET/DT det 6
        Odell PROPN/NNP compound 6
        government NOUN/NN nsubj 7
        promised VERB/VBD ROOT 7
        to PART/TO aux 9
        arrest VERB/VB xcomp 7
        Baro PROPN/NNP dobj 9
        . PUNCT/. punct 7
    """, [ODELL, ("Odell", "ORG", ""), BARO])  # the second 'Odell' tagged as a body, as a model may
    assert ("Odell", "opposes", "Baro") in relations(doc, str(data_dir))


def test_ties_cut_in_a_participle_are_cut_with_whom_the_crisis_is(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Norland PROPN/NNP conj 0
        escalated VERB/VBD ROOT 3
        a DET/DT det 5
        crisis NOUN/NN dobj 3
        with ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        , PUNCT/, punct 3
        cutting VERB/VBG advcl 3
        diplomatic ADJ/JJ amod 11
        ties NOUN/NNS dobj 9
        . PUNCT/. punct 3
    """, [CASTRIA, NORLAND, DORAVIA])
    found = relations(doc, str(data_dir))
    assert {("Castria", "opposes", "Doravia"), ("Norland", "opposes", "Doravia")} <= found
    assert ("Castria", "opposes", "Norland") not in found
    assert ("Norland", "opposes", "Castria") not in found


def test_a_described_state_as_subject_is_the_state_an_object_was_sent_to(data_dir: Path) -> None:
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        recalled VERB/VBD ROOT 1
        his PRON/PRP$ poss 3
        ambassador NOUN/NN dobj 1
        to ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        after SCONJ/IN mark 12
        the DET/DT det 11
        oil NOUN/NN npadvmod 10
        - PUNCT/HYPH punct 10
        rich ADJ/JJ amod 11
        country NOUN/NN nsubj 12
        expelled VERB/VBD advcl 1
        Doravian ADJ/JJ amod 14
        traders NOUN/NNS dobj 12
        . PUNCT/. punct 1
    """, [ODELL, CASTRIA, ("Doravian", "STATE", "STATE:XD")])
    assert ("Castria", "opposes", "Doravian") in relations(doc, str(data_dir))  # the text's name of Doravia


def test_one_member_of_two_bodies_is_neither_body(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        EU PROPN/NNP nsubj 5
        and CCONJ/CC cc 1
        NATO PROPN/NNP compound 4
        member NOUN/NN conj 1
        has VERB/VBZ ROOT 5
        close ADJ/JJ amod 7
        ties NOUN/NNS dobj 5
        with ADP/IN prep 7
        Castria PROPN/NNP pobj 8
        . PUNCT/. punct 5
    """, [("EU", "ORG", "ORG:EU"), ("NATO", "ORG", "ORG:NATO"), CASTRIA])
    found = relations(doc, str(data_dir))
    assert not {r for r in found if r[2] == "Castria"}


def test_goading_and_taunting_oppose(data_dir: Path) -> None:
    for verb in ("goaded", "taunted"):
        doc = parsed(f"""
            Castria PROPN/NNP nsubj 1
            {verb} VERB/VBD ROOT 1
            Doravia PROPN/NNP dobj 1
            . PUNCT/. punct 1
        """, [CASTRIA, DORAVIA])
        assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir)), verb


def test_an_ambassador_closing_her_own_countrys_embassy_opposes_the_host(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP poss 2
        's PART/POS case 0
        ambassador NOUN/NN nsubj 6
        , PUNCT/, punct 2
        Odell PROPN/NNP appos 2
        , PUNCT/, punct 2
        said VERB/VBD ROOT 6
        she PRON/PRP nsubj 9
        would AUX/MD aux 9
        close VERB/VB ccomp 6
        the DET/DT det 12
        Castrian ADJ/JJ amod 12
        embassy NOUN/NN dobj 9
        in ADP/IN prep 12
        Doravia PROPN/NNP pobj 13
        . PUNCT/. punct 6
    """, [CASTRIA, ODELL, ("Castrian", "STATE", "STATE:XC"), DORAVIA])
    found = relations(doc, str(data_dir))
    assert ("Odell", "opposes", "Doravia") in found
    assert not {r for r in found if r[1] == "opposes" and r[2] in {"Castria", "Castrian"}}
