"""Canonicalisation over hand-made mention records."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from nlp.canon import resolve, resolve_roles
from nlp.knowledge import load_knowledge
from tests.conftest import DATA_DIR


@dataclass(frozen=True)
class M:
    text: str
    label: str
    kb_id: str = ""
    doc_id: str = "d1"
    idx: int = 0
    headline: bool = False
    start: int = 0


def _mentions(*specs: tuple) -> list[M]:
    return [M(*spec[:2], *spec[2:3], doc_id=spec[3] if len(spec) > 3 else "d1", idx=i, start=i * 10)
            for i, spec in enumerate(specs)]


@pytest.fixture(scope="module")
def gazetteer():
    return load_knowledge(DATA_DIR).gazetteer


def _groups(resolution, mentions):
    out: dict[str, set[str]] = {}
    for m in mentions:
        eid = resolution.of_mention.get((m.doc_id, m.idx))
        if eid:
            out.setdefault(resolution.entities[eid].label, set()).add(m.text)
    return out


def test_person_variants_are_one_node(gazetteer) -> None:
    ms = _mentions(("Sir Keir Starmer", "PERSON"), ("Keir Starmer", "PERSON"), ("Starmer", "PERSON"),
                   ("Mr Starmer", "PERSON"), ("Sir Keir", "PERSON"), ("Starmer", "ORG", "", "d2"))
    groups = _groups(resolve(ms, gazetteer), ms)
    assert groups == {"Keir Starmer": {"Sir Keir Starmer", "Keir Starmer", "Starmer", "Mr Starmer", "Sir Keir"}}


def test_transliteration_variants_merge(gazetteer) -> None:
    ms = _mentions(("Volodymyr Zelensky", "PERSON"), ("Zelenskyy", "PERSON"), ("Volodymyr Zelenskyy", "PERSON"),
                   ("Zelenskiy", "PERSON"))
    res = resolve(ms, gazetteer)
    assert len({res.of_mention[(m.doc_id, m.idx)] for m in ms}) == 1


def test_ambiguous_surname_stays_apart(gazetteer) -> None:
    ms = _mentions(("John Smith", "PERSON"), ("Jane Smith", "PERSON"), ("Smith", "PERSON"))
    res = resolve(ms, gazetteer)
    ids = [res.of_mention[(m.doc_id, m.idx)] for m in ms]
    assert len(set(ids)) == 3


def test_surname_seen_in_another_document_joins(gazetteer) -> None:
    ms = _mentions(("Trump", "ORG", "", "a"), ("Donald Trump", "PERSON", "", "b"))
    res = resolve(ms, gazetteer)
    (entity,) = res.entities.values()
    assert (entity.label, entity.type, entity.mentions) == ("Donald Trump", "PERSON", 2)


def test_gazetteer_ids_and_metonyms(gazetteer) -> None:
    ms = _mentions(("UK", "STATE", "STATE:GB"), ("Britain", "STATE", "STATE:GB"),
                   ("Moscow", "PLACE", "CAPITAL:RU:moscow"))
    res = resolve(ms, gazetteer)
    assert res.entities["STATE:GB"].label == "United Kingdom"
    assert res.stands_for("d1", 2).id == "STATE:RU"
    assert res.entity_for("d1", 2).type == "PLACE"


def test_headline_only_fragments_are_dropped(gazetteer) -> None:
    ms = [M("Oppose Any", "PERSON", headline=True), M("Leaders Wiki", "PERSON", idx=1, headline=True),
          M("Russia", "STATE", "STATE:RU", idx=2, headline=True)]
    res = resolve(ms, gazetteer)
    assert set(res.entities) == {"STATE:RU"}


def test_majority_type_for_unknown_names(gazetteer) -> None:
    ms = _mentions(("Maxar Technologies", "ORG"), ("Maxar Technologies", "ORG"), ("Maxar Technologies", "PERSON"))
    (entity,) = resolve(ms, gazetteer).entities.values()
    assert entity.type == "ORG"


def test_role_descriptions_resolve_to_the_role_holder(gazetteer) -> None:
    ms = _mentions(("Vladimir Putin", "PERSON"), ("leader", "ROLE", "STATE:RU"),
                   ("Keir Starmer", "PERSON", "", "d2"), ("prime minister", "ROLE", "", "d2"),
                   ("the chancellor", "ROLE", "", "d2"))
    res = resolve(ms, gazetteer)
    affiliations = [("PERSON:vladimir-putin", "STATE:RU", "President"),
                    ("PERSON:keir-starmer", "STATE:GB", "Prime Minister")]
    res = resolve_roles(res, ms, affiliations, leader_roles=["president", "prime minister"],
                        generic_leaders=["leader"])
    assert res.of_mention[("d1", 1)] == "PERSON:vladimir-putin"
    assert res.of_mention[("d2", 3)] == "PERSON:keir-starmer"
    assert ("d2", 4) not in res.of_mention  # nobody is known as chancellor: left unresolved


def test_an_accord_and_its_description_are_one_entity(gazetteer) -> None:
    mentions = _mentions(("Washington Accords", "ORG", "ACCORD:Washington Accords"),
                         ("agreement", "ORG", "ACCORD:Washington Accords"))
    resolution = resolve(mentions, gazetteer)
    assert [(e.id, e.label, e.type) for e in resolution.entities.values()] == [
        ("ORG:washington-accords", "Washington Accords", "ORG")]
