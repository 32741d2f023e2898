"""The force being assembled under its other spellings ('peace keeping', 'contingent force'), who agrees to be
part of it, countries counted and then named ('seven countries ..., and those are X, Y'), and whose force it is
('Doravia's peacekeeping force'); entity spans on a blank pipeline, relations on hand-parsed sentences."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from nlp.gazetteer import FORCE_ID
from tests.handmade import parsed, relations

CASTRIA, DORAVIA = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")
FORCE = ("peacekeeping force", "ORG", FORCE_ID)


def _forces(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.kb_id_ == FORCE_ID]


def test_the_force_written_apart_or_as_a_contingent_is_the_force(blank_nlp: Language) -> None:
    for phrase in ("peace keeping force", "peace-keeping force", "contingent force"):
        assert _forces(blank_nlp, f"They discussed the {phrase} for the country.") == [phrase], phrase
    assert _forces(blank_nlp, "They discussed the keeping force and the peace of mind.") == []


def _part_of_force(subject_rows: str, head: int) -> str:
    return subject_rows + f"""
        to PART/TO aux {head + 2}
        be AUX/VB xcomp {head}
        part NOUN/NN attr {head + 2}
        of ADP/IN prep {head + 3}
        the DET/DT det {head + 7}
        peacekeeping NOUN/NN compound {head + 7}
        force NOUN/NN pobj {head + 4}
    """


def test_agreeing_to_be_part_of_the_force_takes_part_and_refusing_declines(data_dir: Path) -> None:
    agreed = parsed(_part_of_force("""
        Castria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        agreed VERB/VBN ROOT 2
    """, 2) + "        . PUNCT/. punct 2", [CASTRIA, FORCE])
    assert relations(agreed, str(data_dir)) == {("Castria", "participates_in", "peacekeeping force")}
    refused = parsed(_part_of_force("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
    """, 1) + "        . PUNCT/. punct 1", [CASTRIA, FORCE])
    assert relations(refused, str(data_dir)) == {("Castria", "declines", "peacekeeping force")}


def _counted(number: str) -> str:
    return _part_of_force(f"""
        {number} NUM/CD nummod 1
        countries NOUN/NNS nsubj 3
        have AUX/VBP aux 3
        agreed VERB/VBN ROOT 3
    """, 3) + """
        , PUNCT/, punct 3
        and CCONJ/CC cc 3
        those PRON/DT nsubj 14
        are AUX/VBP conj 3
        Castria PROPN/NNP attr 14
        and CCONJ/CC cc 15
        Doravia PROPN/NNP conj 15
        . PUNCT/. punct 14
    """


def test_countries_counted_then_named_are_the_ones_taking_part(data_dir: Path) -> None:
    doc = parsed(_counted("Two"), [FORCE, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "peacekeeping force"),
                                             ("Doravia", "participates_in", "peacekeeping force")}


def test_a_list_of_another_size_names_other_countries(data_dir: Path) -> None:
    doc = parsed(_counted("Three"), [FORCE, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == set()


def test_a_state_takes_part_in_its_own_peacekeeping_force_not_where_it_arrives(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP poss 3
        's PART/POS case 0
        peacekeeping NOUN/NN compound 3
        force NOUN/NN nsubj 4
        arrived VERB/VBD ROOT 4
        in ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        . PUNCT/. punct 4
    """, [DORAVIA, FORCE, CASTRIA])
    assert relations(doc, str(data_dir)) == {("Doravia", "participates_in", "peacekeeping force")}
