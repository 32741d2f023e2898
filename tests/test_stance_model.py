"""Stance rules on short real sentences. Each test first checks the parse it relies on, so a different
model version fails loudly at the parse, not silently at the rule."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nlp.extract import extract
from tests.conftest import DATA_DIR

pytestmark = pytest.mark.model


def _run(nlp: Language, text: str):
    doc = nlp(text)
    ex = extract(doc, data_dir=str(DATA_DIR))
    found = {(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text) for r in ex.relations
             if r.relation != "affiliated_with"}
    return doc, ex, found


def _arc(doc, word: str) -> tuple[str, str]:
    token = next(t for t in doc if t.text == word)
    return token.dep_, token.head.text


def test_negated_refusal_is_neither_pledge_nor_refusal(model_nlp: Language) -> None:
    doc, _, found = _run(model_nlp, "Germany has not ruled out sending troops to a peacekeeping force.")
    assert _arc(doc, "not") == ("neg", "ruled")
    assert found == set()


def test_denied_content_gives_no_stance(model_nlp: Language) -> None:
    doc, _, found = _run(model_nlp, "Turkey denied that it had supplied weapons to Russia.")
    assert _arc(doc, "supplied") == ("ccomp", "denied")
    assert found == set()


def test_stopping_an_action_is_not_the_action(model_nlp: Language) -> None:
    doc, _, found = _run(model_nlp, "China called on the United States to stop arming Taiwan.")
    assert _arc(doc, "arming") == ("xcomp", "stop")
    assert found == {("China", "opposes", "United States")}  # a demand to stop, not the arming itself


def test_refusing_to_lift_sanctions_opposes(model_nlp: Language) -> None:
    doc, ex, found = _run(model_nlp, "Japan will not lift sanctions on Russia, Prime Minister Shigeru Ishiba said.")
    assert _arc(doc, "not") == ("neg", "lift")
    assert found == {("Japan", "opposes", "Russia")}
    (rel,) = [r for r in ex.relations if r.relation == "opposes"]
    assert ex.mentions[rel.speaker].text == "Shigeru Ishiba"


def test_conditional_relief_keeps_its_condition(model_nlp: Language) -> None:
    doc, ex, found = _run(model_nlp, "Norway said it could lift sanctions on Belarus if political prisoners "
                                     "were released.")
    assert _arc(doc, "if") == ("mark", "released")
    assert found == {("Norway", "supports", "Belarus")}
    (rel,) = [r for r in ex.relations if r.relation == "supports"]
    assert rel.modality == "conditional" and rel.condition.startswith("if political prisoners")


def test_apposition_gives_an_affiliation(model_nlp: Language) -> None:
    doc, ex, _ = _run(model_nlp, "António Costa, the president of the European Council, spoke on Thursday.")
    assert _arc(doc, "president") == ("appos", "Costa")
    roles = {(ex.mentions[r.source].text, ex.mentions[r.target].text, r.role) for r in ex.relations
             if r.relation == "affiliated_with"}
    assert roles == {("António Costa", "European Council", "president")}


def test_metonym_holds_the_stance_for_its_state(model_nlp: Language) -> None:
    doc, ex, found = _run(model_nlp, "The Kremlin condemned the sanctions and Moscow accused Kyiv of sabotage.")
    assert _arc(doc, "Kyiv") == ("dobj", "accused")
    assert ("Moscow", "opposes", "Kyiv") in found
    kinds = {m.text: m.kb_id.split(":")[0] for m in ex.mentions}
    assert kinds["Moscow"] == "CAPITAL" and kinds["Kyiv"] == "CAPITAL"


def test_denied_action_in_a_gerund(model_nlp: Language) -> None:
    doc, _, found = _run(model_nlp, "Beijing has denied providing lethal aid to Moscow.")
    assert _arc(doc, "providing") in {("xcomp", "denied"), ("dobj", "denied"), ("ccomp", "denied")}
    assert found == set()


def test_thanked_for_an_action_credits_the_object(model_nlp: Language) -> None:
    doc, _, found = _run(model_nlp, "The UK will lead the multinational force. Putin thanked North Korea's "
                                    "Kim Jong Un for sending troops to fight in Kursk.")
    assert _arc(doc, "sending") == ("pcomp", "for")
    assert ("Putin", "supports", "Kim Jong Un") in found
    assert not any(rel == "participates_in" and src in {"Putin", "Kim Jong Un"} for src, rel, _ in found)


@pytest.mark.parametrize(("text", "arc", "expected"), [
    ("France warned against easing sanctions on Russia.", ("easing", ("pcomp", "against")),
     {("France", "opposes", "Russia")}),
    ("Poland accused Hungary of supporting Russia.", ("supporting", ("pcomp", "of")),
     {("Poland", "opposes", "Hungary")}),
    ("The EU praised Norway for supporting Ukraine.", ("supporting", ("pcomp", "for")),
     {("EU", "supports", "Norway"), ("Norway", "supports", "Ukraine")}),
    ("Germany has failed to send troops to the peacekeeping force.", ("send", ("xcomp", "failed")), set()),
    ("Spain has yet to condemn Israel.", ("condemn", ("xcomp", "has")), set()),
])
def test_polarity_in_context(model_nlp: Language, text: str, arc: tuple, expected: set) -> None:
    doc, _, found = _run(model_nlp, text)
    word, (dep, head) = arc
    assert _arc(doc, word) == (dep, head)
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary blocked aid for Ukraine.", {("Hungary", "opposes", "Ukraine")}),  # withheld, never Hungary's support
    ("Poland condemned the easing of sanctions on Russia.", {("Poland", "opposes", "Russia")}),
    ("Canada condemned the attack on Israel.", set()),
])
def test_an_event_under_an_opposing_verb_is_not_the_subjects(model_nlp: Language, text: str,
                                                               expected: set) -> None:
    doc, _, found = _run(model_nlp, text)
    assert doc[1].dep_ == "ROOT" and doc[2].dep_ in {"dobj", "det"}
    assert found == expected


def test_the_pipeline_lemmatizes_content_words(model_nlp: Language) -> None:
    doc = model_nlp("Russian jets struck the depots and troops seized the bridges.")
    lemmas = {t.text: t.lemma_ for t in doc if t.pos_ in {"VERB", "NOUN"}}
    assert lemmas.get("struck") == "strike" and lemmas.get("seized") == "seize"
    assert lemmas.get("depots") == "depot"
