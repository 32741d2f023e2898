"""A state's rebels, separatists and opposition, named without a proper name, are an organisation of their own
('Castrian rebels', 'the Castrian opposition', 'Anglophone separatists'), never the state whose demonym they
carry: backing Castrian rebels is no support for Castria. On hand-parsed sentences written for the test (no
trained model)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from nlp.entities import load_lexicon
from nlp.factions import Factions
from nlp.gazetteer import Gazetteer, KbEntity
from tests.handmade import invented_states, parsed, relations

DATA = str(Path(__file__).resolve().parents[1] / "data")


def _factions() -> Factions:
    gazetteer = Gazetteer()
    for kb, label, demonym in (("STATE:XC", "Castria", "Castrian"), ("STATE:XD", "Doravia", "Doravian")):
        gazetteer.add(KbEntity(kb, label, "STATE"), [demonym])
        gazetteer.demonyms[kb] = demonym
    lex = load_lexicon(DATA, "entities")
    return Factions(lex["factions"], gazetteer, creeds=frozenset(lex["creed_modifiers"]["words"]))


def _parties(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in _factions().parties(doc, list(doc.ents))]


def _backed(owner_rows: str, ents: list[tuple[str, str, str]], head: str = "rebels") -> Doc:
    """'Doravia backed <owner rows> <head>. The rebels seized the town.' (owner rows: two tokens, 4 = the head)"""
    return parsed(f"""
        Doravia PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        {owner_rows}
        {head} NOUN/NNS dobj 1
        . PUNCT/. punct 1
        The DET/DT det 7
        rebels NOUN/NNS nsubj 8
        seized VERB/VBD ROOT 8
        the DET/DT det 10
        town NOUN/NN dobj 8
        . PUNCT/. punct 8
    """, [("Doravia", "STATE", "STATE:XD"), *ents])


def test_a_states_rebels_are_a_faction_named_by_its_demonym_and_the_articles_bare_rebels_join_it() -> None:
    doc = _backed("the DET/DT det 4\nCastrian ADJ/JJ amod 4", [("Castrian", "STATE", "STATE:XC")])
    assert _parties(doc) == [("Doravia", "STATE", "STATE:XD"), ("Castrian rebels", "ORG", "ARMY:Castrian rebels"),
                             ("rebels", "ORG", "ARMY:Castrian rebels")]


def test_backing_a_states_rebels_supports_the_rebels_not_the_state() -> None:
    doc = _backed("the DET/DT det 4\nCastrian ADJ/JJ amod 4",
                  [("Castrian rebels", "ORG", "ARMY:Castrian rebels"), ("rebels", "ORG", "ARMY:Castrian rebels")])
    found = relations(doc, DATA)
    assert ("Doravia", "supports", "Castrian rebels") in found
    assert not {r for r in found if r[2] in {"Castria", "Castrian"}}


def test_a_proper_adjective_of_their_own_names_them_and_a_backer_does_not() -> None:
    anglophone = _backed("the DET/DT det 4\nAnglophone ADJ/JJ amod 4", [], head="separatists")
    assert _parties(anglophone)[1] == ("Anglophone separatists", "ORG", "ARMY:Anglophone separatists")
    for creed in ("Islamist", "Islamic"):  # a creed of rebels in many lands names no party, but with their state
        assert _parties(_backed(f"the DET/DT det 4\n{creed} ADJ/JJ amod 4", [])) == [("Doravia", "STATE", "STATE:XD")]
        owned = _backed(f"Castrian ADJ/JJ amod 4\n{creed} ADJ/JJ amod 4", [("Castrian", "STATE", "STATE:XC")])
        assert _parties(owned)[1][2] == f"ARMY:Castrian {creed} rebels"
    # 'Doravia backed pro-Castrian separatists.': named by whom they side with, they stay unnamed
    pro = parsed("""
        Doravia PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        pro ADJ/JJ amod 5
        - PUNCT/HYPH punct 5
        Castrian ADJ/JJ amod 5
        separatists NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, [*invented_states("Doravia"), ("Castrian", "STATE", "STATE:XC")])
    assert [p[2] for p in _parties(pro)] == ["STATE:XD", "STATE:XC"]


def test_rebels_in_a_state_are_its_rebels() -> None:
    # 'Doravia armed rebels in Castria.'
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        armed VERB/VBD ROOT 1
        rebels NOUN/NNS dobj 1
        in ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, invented_states("Doravia", "Castria"))
    assert ("rebels", "ORG", "ARMY:Castrian rebels") in _parties(doc)


def test_a_groups_own_fighters_and_a_common_word_opening_a_sentence_name_no_faction() -> None:
    houthi = _backed("the DET/DT det 4\nPell PROPN/NNP compound 4", [("Pell", "ORG", "ORG:Pell")])
    assert [p[2] for p in _parties(houthi)] == ["STATE:XD", "ORG:Pell"]  # nor is 'the rebels' Pell's by this rule
    acronym = _backed("the DET/DT det 4\nPLF PROPN/NNP compound 4", [])  # a group the model did not take
    assert [p[2] for p in _parties(acronym)] == ["STATE:XD"]
    # 'Armed rebels seized the town.'
    armed = parsed("""
        Armed ADJ/JJ amod 1
        rebels NOUN/NNS nsubj 2
        seized VERB/VBD ROOT 2
        the DET/DT det 4
        town NOUN/NN dobj 2
        . PUNCT/. punct 2
    """)
    assert _parties(armed) == []


def test_two_factions_of_a_kind_leave_the_bare_word_unresolved() -> None:
    # 'Castrian rebels and Doravian rebels met. The rebels signed.'
    doc = parsed("""
        Castrian ADJ/JJ amod 1
        rebels NOUN/NNS nsubj 5
        and CCONJ/CC cc 1
        Doravian ADJ/JJ amod 4
        rebels NOUN/NNS conj 1
        met VERB/VBD ROOT 5
        . PUNCT/. punct 5
        The DET/DT det 8
        rebels NOUN/NNS nsubj 9
        signed VERB/VBD ROOT 9
        . PUNCT/. punct 9
    """, [("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert [p[2] for p in _parties(doc)] == ["ARMY:Castrian rebels", "ARMY:Doravian rebels"]


def _opposition(owner_rows: str, ents: list[tuple[str, str, str]], after: str = "") -> Doc:
    """'Doravia condemned <owner rows> opposition [to the plan].' (owner rows: two tokens, 4 = 'opposition')"""
    return parsed(f"""
        Doravia PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        {owner_rows}
        opposition NOUN/NN dobj 1
        {after}
        . PUNCT/. punct 1
    """, [("Doravia", "STATE", "STATE:XD"), *ents])


def test_the_opposition_of_a_state_is_a_faction_but_its_opposition_to_a_plan_is_its_stance() -> None:
    ents = [("Castrian", "STATE", "STATE:XC")]
    faction = _opposition("the DET/DT det 4\nCastrian ADJ/JJ amod 4", ents)
    assert _parties(faction)[1] == ("Castrian opposition", "ORG", "ARMY:Castrian opposition")
    stance = _opposition("the DET/DT det 4\nCastrian ADJ/JJ amod 4", ents,
                         "to ADP/IN prep 4\nthe DET/DT det 7\nplan NOUN/NN pobj 5")
    assert _parties(stance)[1] == ("Castrian", "STATE", "STATE:XC")
    # "Doravia condemned Castria's opposition.": a possessive may name the state's own stance
    owned = _opposition("Castria PROPN/NNP poss 4\n's PART/POS case 2", [("Castria", "STATE", "STATE:XC")])
    assert _parties(owned)[1] == ("Castria", "STATE", "STATE:XC")


def test_a_verb_before_a_title_is_no_part_of_it() -> None:
    # 'The Pell rebels ousted President Ann Vale.': Vale is no officer of the rebels
    doc = parsed("""
        The DET/DT det 2
        Pell PROPN/NNP compound 2
        rebels NOUN/NNS nsubj 3
        ousted VERB/VBD ROOT 3
        President PROPN/NNP compound 6
        Ann PROPN/NNP compound 6
        Vale PROPN/NNP dobj 3
        . PUNCT/. punct 3
    """, [("Pell rebels", "ORG", "ARMY:Pell rebels"), ("Ann Vale", "PERSON", "")])
    found = relations(doc, DATA)
    assert ("Pell rebels", "opposes", "Ann Vale") in found
    assert not {r for r in found if r[1] == "affiliated_with"}
