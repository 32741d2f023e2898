"""A reporting verb's second act hung on the reported clause ('has said ... is ready to help Y, and has accused
Z of ...'), a diplomat's removal ordered, and a jab taken at someone; on hand-parsed sentences written for the
test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
ODELL = ("Odell", "PERSON", "")


def _said_and_accused(aux: str) -> str:
    return f"""
        Odell PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        said VERB/VBN ROOT 2
        his PRON/PRP$ poss 4
        party NOUN/NN nsubj 5
        is AUX/VBZ ccomp 2
        ready ADJ/JJ acomp 5
        to PART/TO aux 8
        help VERB/VB xcomp 6
        Doravia PROPN/NNP dobj 8
        , PUNCT/, punct 5
        and CCONJ/CC cc 5
        {aux} AUX/VBZ aux 13
        accused VERB/VBN conj 5
        Castria PROPN/NNP dobj 13
        of ADP/IN prep 13
        lying VERB/VBG pcomp 15
        . PUNCT/. punct 2
    """


def test_an_act_sharing_the_reporting_verbs_auxiliary_is_the_speakers(data_dir: Path) -> None:
    found = relations(parsed(_said_and_accused("has"), [ODELL, DORAVIA, CASTRIA]), str(data_dir))
    assert ("Odell", "opposes", "Castria") in found


def test_an_act_with_another_auxiliary_stays_with_the_reported_clause(data_dir: Path) -> None:
    found = relations(parsed(_said_and_accused("had"), [ODELL, DORAVIA, CASTRIA]), str(data_dir))
    assert ("Odell", "opposes", "Castria") not in found


def test_ordering_a_diplomats_removal_opposes_the_diplomat(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        ordered VERB/VBD ROOT 1
        the DET/DT det 3
        removal NOUN/NN dobj 1
        of ADP/IN prep 3
        Odell PROPN/NNP pobj 4
        , PUNCT/, punct 5
        Doravia PROPN/NNP poss 9
        's PART/POS case 7
        diplomat NOUN/NN appos 5
        . PUNCT/. punct 1
    """, [CASTRIA, ODELL, DORAVIA])
    assert ("Castria", "opposes", "Odell") in relations(doc, str(data_dir))


def test_a_jab_at_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        took VERB/VBD ROOT 1
        a DET/DT det 4
        sharp ADJ/JJ amod 4
        jab NOUN/NN dobj 1
        at ADP/IN prep 1
        Castria PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [ODELL, CASTRIA])
    assert relations(doc, str(data_dir)) == {("Odell", "opposes", "Castria")}
