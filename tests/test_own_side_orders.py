"""An order to one's own side is no opposition ('Doravian President Pell ordered Doravian forces to halt the
exercises'), while an order to another still is; no official is read as opposing the state it serves; and where
the teller speaks as 'I', the 'he' of what they tell is the person told ('I have informed President Quill that he
is persona non grata'). Hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from nlp.discourse import start_discourse
from nlp.extract import extract
from nlp.lexicon import load_stance_lexicon
from tests.handmade import parsed, relations

TITLED = """
    Doravian ADJ/JJ amod 2
    President PROPN/NNP compound 2
    Pell PROPN/NNP nsubj 3
    spoke VERB/VBD ROOT 3
    . PUNCT/. punct 3
"""


UNTITLED_ORDER = """
    Pell PROPN/NNP nsubj 1
    ordered VERB/VBD ROOT 1
    Doravian ADJ/JJ amod 3
    forces NOUN/NNS dobj 1
    to PART/TO aux 5
    halt VERB/VB xcomp 1
    the DET/DT det 7
    exercises NOUN/NNS dobj 5
    . PUNCT/. punct 1
"""


def ordered(who: str, verb: str = "ordered") -> str:
    return TITLED + f"""
    Pell PROPN/NNP nsubj 6
    {verb} VERB/VBD ROOT 6
    {who} ADJ/JJ amod 8
    forces NOUN/NNS dobj 6
    to PART/TO aux 10
    halt VERB/VB xcomp 6
    the DET/DT det 12
    exercises NOUN/NNS dobj 10
    . PUNCT/. punct 6
"""


HARM_OWN = TITLED + """
    Pell PROPN/NNP nsubj 6
    attacked VERB/VBD ROOT 6
    Doravia PROPN/NNP dobj 6
    . PUNCT/. punct 6
"""

INFORMED = """
    Pell PROPN/NNP nsubj 1
    said VERB/VBD ROOT 1
    : PUNCT/: punct 1
    I PRON/PRP nsubj 5
    have AUX/VBP aux 5
    informed VERB/VBN ccomp 1
    President PROPN/NNP compound 7
    Quill PROPN/NNP dobj 5
    that SCONJ/IN mark 10
    he PRON/PRP nsubj 10
    is AUX/VBZ ccomp 5
    unwelcome ADJ/JJ acomp 10
    . PUNCT/. punct 1
"""


def test_an_order_to_ones_own_forces_is_no_opposition(data_dir: Path) -> None:
    ents = [("Doravian", "STATE", "STATE:XD"), ("Pell", "PERSON", ""), ("Pell", "PERSON", ""),
            ("Doravian", "STATE", "STATE:XD")]
    assert ("Pell", "opposes", "Doravian") not in relations(parsed(ordered("Doravian"), ents), str(data_dir))


def test_urging_anothers_forces_to_halt_opposes_them(data_dir: Path) -> None:
    ents = [("Doravian", "STATE", "STATE:XD"), ("Pell", "PERSON", ""), ("Pell", "PERSON", ""),
            ("Castrian", "STATE", "STATE:XC")]
    assert ("Pell", "opposes", "Castrian") in relations(parsed(ordered("Castrian", "urged"), ents), str(data_dir))


def test_forces_one_orders_are_ones_own_even_untitled(data_dir: Path) -> None:
    ents = [("Pell", "PERSON", ""), ("Doravian", "STATE", "STATE:XD")]
    assert ("Pell", "opposes", "Doravian") not in relations(parsed(UNTITLED_ORDER, ents), str(data_dir))


def test_no_official_opposes_the_state_it_serves(data_dir: Path) -> None:
    ents = [("Doravian", "STATE", "STATE:XD"), ("Pell", "PERSON", ""), ("Pell", "PERSON", ""),
            ("Doravia", "STATE", "STATE:XD")]
    assert ("Pell", "opposes", "Doravia") not in relations(parsed(HARM_OWN, ents), str(data_dir))


def test_he_told_by_an_i_is_the_person_told(data_dir: Path) -> None:
    doc = parsed(INFORMED, [("Pell", "PERSON", ""), ("Quill", "PERSON", "")])
    ex = extract(doc, data_dir=str(data_dir), relations=False)
    d = start_discourse(doc, ex.mentions, load_stance_lexicon(str(data_dir)), {t.i: 0 for t in doc})
    assert [ex.mentions[m].text for m in d._told_person(doc[9])] == ["Quill"]
    assert [ex.mentions[m].text for m in d.pronoun(doc[9])] == ["Quill"]
