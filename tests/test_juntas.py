"""The makers of a coup the article reports are an organisation of their own, '<state> junta', and the coup is
their act: 'condemned the coup in Castria' opposes the junta, not Castria. Where the article reports no coup,
or one that failed or that it only recalls by its year, a junta stands for the state it rules. On hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from nlp.entities import load_lexicon
from nlp.gazetteer import Gazetteer, KbEntity
from nlp.juntas import Coups, Juntas, is_junta
from tests.handmade import invented_states, parsed, relations

DATA = str(Path(__file__).resolve().parents[1] / "data")
JUNTA = ("junta", "ORG", "ARMY:Castria junta")


def _juntas() -> Juntas:
    gazetteer = Gazetteer()
    for kb, label, demonym in (("STATE:XC", "Castria", "Castrian"), ("STATE:XD", "Doravia", "Doravian")):
        gazetteer.add(KbEntity(kb, label, "STATE"), [demonym])
        gazetteer.demonyms[kb] = demonym
    entities, stance = load_lexicon(DATA, "entities"), load_lexicon(DATA, "stance")
    return Juntas(entities["juntas"], Coups.from_lexicon(stance["coups"]), gazetteer)


def _parties(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in _juntas().parties(doc, list(doc.ents))]


def _coup_then_junta(word: str = "") -> Doc:
    """'The [failed | 2020] coup in Castria was condemned by Doravia. The junta expelled the envoy.'"""
    s = 1 if word else 0  # the word before 'coup' moves every later token by one
    return parsed(f"""
        The DET/DT det {1 + s}
        {word}
        coup NOUN/NN nsubjpass {5 + s}
        in ADP/IN prep {1 + s}
        Castria PROPN/NNP pobj {2 + s}
        was AUX/VBD auxpass {5 + s}
        condemned VERB/VBN ROOT {5 + s}
        by ADP/IN agent {5 + s}
        Doravia PROPN/NNP pobj {6 + s}
        . PUNCT/. punct {5 + s}
        The DET/DT det {10 + s}
        junta NOUN/NN nsubj {11 + s}
        expelled VERB/VBD ROOT {11 + s}
        the DET/DT det {13 + s}
        envoy NOUN/NN dobj {11 + s}
        . PUNCT/. punct {11 + s}
    """, invented_states("Castria", "Doravia"))


def test_the_junta_of_a_reported_coup_is_an_organisation_of_the_state_it_took() -> None:
    assert _parties(_coup_then_junta()) == [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"),
                                            JUNTA]
    assert is_junta("ARMY:Castria junta") and not is_junta("ARMY:Castrian army")


def test_a_failed_or_recalled_coup_makes_no_junta() -> None:
    for word in ("failed ADJ/JJ amod 2", "2020 NUM/CD nummod 2"):
        assert all(p[1] == "STATE" for p in _parties(_coup_then_junta(word)))


def test_without_a_coup_a_junta_stands_for_its_state() -> None:
    doc = parsed("""
        The DET/DT det 2
        Castrian ADJ/JJ amod 2
        junta NOUN/NN nsubj 3
        expelled VERB/VBD ROOT 3
        the DET/DT det 5
        envoy NOUN/NN dobj 3
        . PUNCT/. punct 3
    """, [("Castrian", "STATE", "STATE:XC")])
    assert _parties(doc) == [("Castrian", "STATE", "STATE:XC")]


def test_military_leaders_are_the_junta_only_for_the_state_of_the_coup() -> None:
    # "After the coup in Castria, Castria's new military leaders and Doravian military leaders met."
    doc = parsed("""
        After ADP/IN prep 15
        the DET/DT det 2
        coup NOUN/NN pobj 0
        in ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        , PUNCT/, punct 15
        Castria PROPN/NNP poss 10
        's PART/POS case 6
        new ADJ/JJ amod 10
        military ADJ/JJ amod 10
        leaders NOUN/NNS nsubj 15
        and CCONJ/CC cc 10
        Doravian ADJ/JJ amod 14
        military ADJ/JJ amod 14
        leaders NOUN/NNS conj 10
        met VERB/VBD ROOT 15
        . PUNCT/. punct 15
    """, [("Castria", "STATE", "STATE:XC"), ("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert _parties(doc) == [("Castria", "STATE", "STATE:XC"),
                             ("Castria's new military leaders", "ORG", "ARMY:Castria junta"),
                             ("Doravian", "STATE", "STATE:XD")]


def test_the_leaders_of_the_coup_are_one_mention_with_its_state() -> None:
    # "Doravia sanctioned the leaders of the coup in Castria."
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        sanctioned VERB/VBD ROOT 1
        the DET/DT det 3
        leaders NOUN/NNS dobj 1
        of ADP/IN prep 3
        the DET/DT det 6
        coup NOUN/NN pobj 4
        in ADP/IN prep 6
        Castria PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, invented_states("Doravia", "Castria"))
    assert _parties(doc) == [("Doravia", "STATE", "STATE:XD"),
                             ("leaders of the coup in Castria", "ORG", "ARMY:Castria junta")]


def _condemned(coup_word: str = "") -> Doc:
    """'Doravia condemned the [failed] coup in Castria. The junta detained the president.'"""
    shift = 1 if coup_word else 0
    rows = f"""
        Doravia PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det {3 + shift}
        {coup_word}
        coup NOUN/NN dobj 1
        in ADP/IN prep {3 + shift}
        Castria PROPN/NNP pobj {4 + shift}
        . PUNCT/. punct 1
        The DET/DT det {8 + shift}
        junta NOUN/NN nsubj {9 + shift}
        detained VERB/VBD ROOT {9 + shift}
        the DET/DT det {11 + shift}
        president NOUN/NN dobj {9 + shift}
        . PUNCT/. punct {9 + shift}
    """
    return parsed(rows, [*invented_states("Doravia", "Castria"), JUNTA])


def test_condemning_the_coup_opposes_its_makers_not_the_state() -> None:
    found = relations(_condemned(), DATA)
    assert ("Doravia", "opposes", "junta") in found
    assert ("Doravia", "opposes", "Castria") not in found


def test_condemning_a_failed_coup_opposes_no_junta_and_no_state() -> None:
    found = relations(_condemned("failed ADJ/JJ amod 4"), DATA)
    assert not {r for r in found if r[0] == "Doravia" and r[2] in {"junta", "Castria"}}


def test_the_coup_acts_through_its_makers() -> None:
    # "The junta rejected the demand. Norland condemned the coup against Pell, which ousted Pell's cabinet."
    doc = parsed("""
        The DET/DT det 1
        junta NOUN/NN nsubj 2
        rejected VERB/VBD ROOT 2
        the DET/DT det 4
        demand NOUN/NN dobj 2
        . PUNCT/. punct 2
        Norland PROPN/NNP nsubj 7
        condemned VERB/VBD ROOT 7
        the DET/DT det 9
        coup NOUN/NN dobj 7
        against ADP/IN prep 9
        Pell PROPN/NNP pobj 10
        , PUNCT/, punct 9
        which PRON/WDT nsubj 14
        ousted VERB/VBD relcl 9
        Pell PROPN/NNP poss 17
        's PART/POS case 15
        cabinet NOUN/NN dobj 14
        . PUNCT/. punct 7
    """, [JUNTA, *invented_states("Norland"), ("Pell", "PERSON", ""), ("Pell", "PERSON", "")])
    found = relations(doc, DATA)
    assert {("Norland", "opposes", "junta"), ("junta", "opposes", "Pell")} <= found
    assert not {r for r in found if r[0] == "Norland" and r[2] == "Pell"}


def test_another_state_s_junta_in_an_article_on_a_coup_stands_for_its_state() -> None:
    # "After the coup in Castria, the Doravian junta closed its border."
    doc = parsed("""
        After ADP/IN prep 9
        the DET/DT det 2
        coup NOUN/NN pobj 0
        in ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        , PUNCT/, punct 9
        the DET/DT det 8
        Doravian ADJ/JJ amod 8
        junta NOUN/NN nsubj 9
        closed VERB/VBD ROOT 9
        its PRON/PRP$ poss 11
        border NOUN/NN dobj 9
        . PUNCT/. punct 9
    """, [("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert all(p[1] == "STATE" for p in _parties(doc))


def test_leaders_of_a_coup_with_no_state_and_no_article_are_left_alone() -> None:
    # "Doravia sanctioned leaders of the coup."
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        sanctioned VERB/VBD ROOT 1
        leaders NOUN/NNS dobj 1
        of ADP/IN prep 2
        the DET/DT det 5
        coup NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, invented_states("Doravia"))
    assert _parties(doc) == [("Doravia", "STATE", "STATE:XD")]
