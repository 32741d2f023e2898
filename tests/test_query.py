"""graph.query: pure functions on a hand-built graph in the shape graph/build.py produces."""

from __future__ import annotations

import networkx as nx
import pytest

from graph import query


def _item(doc: str, sent: int, sentence: str, date: str | None, **extra: str) -> dict:
    return {"doc_id": doc, "sent": sent, "sentence": sentence, "start": sent * 100, "end": sent * 100 + 50,
            "date": date, "title": f"Title {doc}", "url": f"https://example.org/{doc}", **extra}


def _edge(g: nx.MultiDiGraph, u: str, v: str, relation: str, items: list[dict], **attrs: object) -> None:
    dates = sorted(i["date"] for i in items if i["date"])
    data = {"relation": relation, "weight": len(items), "items": items,
            "evidence": " || ".join(i["sentence"] for i in items), "docs": "|".join(i["doc_id"] for i in items)}
    if dates:
        data.update(first_seen=dates[0], last_seen=dates[-1])
    if relation != "co_mention":
        data.update(modality="stated", condition="", role="")
    data.update(attrs)
    g.add_edge(u, v, key=relation, **data)


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="stancegraph", level="person")
    nodes = [
        ("PERSON:emmanuel-macron", "Emmanuel Macron", "PERSON", 12, "Macron|Mr Macron"),
        ("PERSON:keir-starmer", "Keir Starmer", "PERSON", 9, "Starmer|Sir Keir"),
        ("STATE:FR", "France", "STATE", 20, "French"),
        ("STATE:GB", "United Kingdom", "STATE", 18, "Britain|UK"),
        ("STATE:RU", "Russia", "STATE", 30, "Russian|Moscow"),
        ("STATE:IT", "Italy", "STATE", 4, ""),
        ("STATE:UA", "Ukraine", "STATE", 40, "Ukrainian"),
        ("ORG:force", "Reassurance force", "ORG", 6, "the force"),
        ("PLACE:paris", "Paris", "PLACE", 3, ""),
        ("PERSON:nobody-alone", "Alone Person", "PERSON", 1, ""),
    ]
    for node, label, etype, mentions, aliases in nodes:
        g.add_node(node, label=label, type=etype, mentions=mentions, aliases=aliases, kb_id="")
    _edge(g, "PERSON:emmanuel-macron", "STATE:FR", "affiliated_with",
          [_item("d1", 1, "French President Emmanuel Macron spoke.", "2025-03-27")], role="President")
    _edge(g, "PERSON:keir-starmer", "STATE:GB", "affiliated_with",
          [_item("d1", 2, "British Prime Minister Keir Starmer said.", "2025-03-27")], role="Prime Minister")
    _edge(g, "PERSON:keir-starmer", "STATE:RU", "opposes", [
        _item("d1", 3, "Starmer accused Russia of playing games.", "2025-03-27"),
        _item("d2", 4, "Starmer warned Moscow.", "2026-01-06", speaker="Keir Starmer"),
    ])
    _edge(g, "PERSON:emmanuel-macron", "STATE:UA", "supports",
          [_item("d2", 5, "Macron pledged support for Ukraine.", "2026-01-06")])
    _edge(g, "STATE:FR", "ORG:force", "participates_in",
          [_item("d2", 6, "France will send troops if a deal is reached.", "2026-01-06", modality="conditional",
                 condition="if a deal is reached")], modality="conditional", condition="if a deal is reached")
    _edge(g, "STATE:IT", "ORG:force", "declines",
          [_item("d1", 7, "Italy confirmed it would not send troops.", "2025-03-27", modality="refused")],
          modality="refused")
    _edge(g, "STATE:RU", "ORG:force", "opposes", [_item("d3", 1, "Moscow rejects any force.", None)])
    _edge(g, "STATE:FR", "STATE:GB", "co_mention", [_item("d1", 8, "France and Britain met.", "2025-03-27"),
                                                    _item("d2", 9, "Britain and France agreed.", "2026-01-06")])
    _edge(g, "PLACE:paris", "STATE:FR", "co_mention", [_item("d1", 9, "In Paris, France hosted.", "2025-03-27")])
    return g


def _frozen(g: nx.MultiDiGraph) -> tuple:
    edges = sorted((u, v, k, d["weight"]) for u, v, k, d in g.edges(keys=True, data=True))
    return sorted(g.nodes(data="label")), edges


# -- lookup ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["STATE:GB", "state:gb", "United Kingdom", "united kingdom", "Britain", "UK",
                                  "the UK", "  britain "])
def test_find_entity_by_id_name_or_alias(graph: nx.MultiDiGraph, name: str) -> None:
    assert query.find_entity(graph, name) == "STATE:GB"


def test_find_entity_ignores_accents(graph: nx.MultiDiGraph) -> None:
    graph.nodes["STATE:RU"]["aliases"] += "|Rússia"
    assert query.find_entity(graph, "russia") == "STATE:RU"
    assert query.find_entity(graph, "RÚSSIA") == "STATE:RU"


@pytest.mark.parametrize("name", ["Atlantis", "", "   ", "Mac"])
def test_unknown_entity_raises(graph: nx.MultiDiGraph, name: str) -> None:
    with pytest.raises(query.UnknownEntity) as err:
        query.find_entity(graph, name)
    assert repr(name) in str(err.value)


def test_label_match_beats_alias_match(graph: nx.MultiDiGraph) -> None:
    graph.add_node("PERSON:france-someone", label="Someone", type="PERSON", mentions=99, aliases="France")
    assert query.find_entity(graph, "France") == "STATE:FR"


# -- relations ---------------------------------------------------------------------------------------
def test_relations_who_opposes_whom(graph: nx.MultiDiGraph) -> None:
    rows = query.relations(graph, "opposes")
    assert [(r.source.label, r.target.label, r.weight) for r in rows] == [
        ("Keir Starmer", "Russia", 2), ("Russia", "Reassurance force", 1)]
    first = rows[0]
    assert first.source == query.EntityRef("PERSON:keir-starmer", "Keir Starmer", "PERSON")
    assert [e.sentence for e in first.evidence] == ["Starmer accused Russia of playing games.",
                                                   "Starmer warned Moscow."]
    ev = first.evidence[1]
    assert (ev.title, ev.date, ev.url, ev.speaker) == ("Title d2", "2026-01-06", "https://example.org/d2",
                                                        "Keir Starmer")


def test_relations_filters_by_source_and_target_names(graph: nx.MultiDiGraph) -> None:
    assert [r.target.id for r in query.relations(graph, "opposes", source="Starmer")] == ["STATE:RU"]
    assert [r.source.id for r in query.relations(graph, "opposes", target="the force")] == ["STATE:RU"]
    assert query.relations(graph, "opposes", source="Starmer", target="France") == []


def test_relations_carry_modality_and_condition(graph: nx.MultiDiGraph) -> None:
    (row,) = query.relations(graph, "participates_in")
    assert (row.modality, row.condition) == ("conditional", "if a deal is reached")
    (refusal,) = query.relations(graph, "declines")
    assert (refusal.source.label, refusal.modality) == ("Italy", "refused")


def test_relations_default_is_every_relation_but_co_mention(graph: nx.MultiDiGraph) -> None:
    relations = {r.relation for r in query.relations(graph)}
    assert relations == {"affiliated_with", "opposes", "supports", "participates_in", "declines"}


def test_relations_by_date_recompute_weight_and_drop_undated(graph: nx.MultiDiGraph) -> None:
    rows = query.relations(graph, "opposes", since="2026-01-01")
    assert [(r.source.label, r.weight, r.first_seen) for r in rows] == [("Keir Starmer", 1, "2026-01-06")]
    assert query.relations(graph, "opposes", until="2025")[0].weight == 1
    assert query.relations(graph, "opposes", since="2025-03", until="2025-03")[0].last_seen == "2025-03-27"


@pytest.mark.parametrize("relation", ["oppose", "OPPOSES", "likes", ""])
def test_unknown_relation_raises(graph: nx.MultiDiGraph, relation: str) -> None:
    with pytest.raises(query.UnknownRelation):
        query.relations(graph, relation)


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "yesterday", "25-01-01", "2025/01/01"])
def test_malformed_dates_raise(graph: nx.MultiDiGraph, value: str) -> None:
    with pytest.raises(query.InvalidDate):
        query.relations(graph, "opposes", since=value)


def test_date_bounds_cover_whole_periods() -> None:
    assert query.date_bound("2025") == "2025-01-01"
    assert query.date_bound("2025", end=True) == "2025-12-31"
    assert query.date_bound("2024-02", end=True) == "2024-02-29"
    assert query.date_bound("2025-12", end=True) == "2025-12-31"
    assert query.date_bound(" ") is None


# -- entities ----------------------------------------------------------------------------------------
def test_search_by_name_alias_and_type(graph: nx.MultiDiGraph) -> None:
    assert [s.ref.id for s in query.search_entities(graph, q="brit")] == ["STATE:GB"]
    assert [s.ref.label for s in query.search_entities(graph, q="mac")] == ["Emmanuel Macron"]
    people = query.search_entities(graph, type="person")
    assert [s.ref.label for s in people] == ["Emmanuel Macron", "Keir Starmer", "Alone Person"]
    assert query.search_entities(graph, q="zzz") == []


def test_search_ranks_exact_before_prefix_before_substring(graph: nx.MultiDiGraph) -> None:
    graph.add_node("ORG:frances-fund", label="Frances Fund", type="ORG", mentions=50, aliases="")
    graph.add_node("ORG:new-france", label="Nouvelle France", type="ORG", mentions=60, aliases="")
    assert [s.ref.id for s in query.search_entities(graph, q="france")] == [
        "STATE:FR", "ORG:frances-fund", "ORG:new-france"]


def test_search_unknown_type(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(query.UnknownType):
        query.search_entities(graph, type="ANIMAL")


def test_entity_detail(graph: nx.MultiDiGraph) -> None:
    d = query.entity_detail(graph, "france")
    assert d.summary.ref.id == "STATE:FR"
    assert d.summary.aliases == ("French",)
    assert [(e.source.label, e.role) for e in d.members] == [("Emmanuel Macron", "President")]
    assert [e.target.label for e in d.outgoing["participates_in"]] == ["Reassurance force"]
    assert [n.label for n, _ in d.co_mentioned] == ["United Kingdom", "Paris"]
    russia = query.entity_detail(graph, "Moscow")
    assert [e.source.label for e in russia.opponents] == ["Keir Starmer"]
    assert russia.opponents[0].evidence[0].sentence == "Starmer accused Russia of playing games."
    starmer = query.entity_detail(graph, "Starmer")
    assert [(e.target.label, e.role) for e in starmer.affiliations] == [("United Kingdom", "Prime Minister")]
    assert [e.target.label for e in starmer.outgoing["opposes"]] == ["Russia"]
    ukraine = query.entity_detail(graph, "Ukraine")
    assert [e.source.label for e in ukraine.supporters] == ["Emmanuel Macron"]
    force = query.entity_detail(graph, "Reassurance force")
    assert [e.source.label for e in force.incoming["declines"]] == ["Italy"]


# -- subgraphs ---------------------------------------------------------------------------------------
def test_subgraph_never_mutates_its_input(graph: nx.MultiDiGraph) -> None:
    before = _frozen(graph)
    query.subgraph(graph, relations=["opposes"], since="2026", min_weight=1, entity="Russia", depth=2)
    query.relations(graph, "opposes", since="2026")
    query.paths(graph, "Starmer", "Italy")
    assert _frozen(graph) == before
    assert graph.edges["PERSON:keir-starmer", "STATE:RU", "opposes"]["weight"] == 2


def test_subgraph_without_filters_is_the_whole_graph(graph: nx.MultiDiGraph) -> None:
    sub = query.subgraph(graph)
    assert _frozen(sub) == _frozen(graph)


def test_subgraph_by_relation_drops_isolates(graph: nx.MultiDiGraph) -> None:
    sub = query.subgraph(graph, relations=["opposes", "declines"])
    assert {k for *_, k in sub.edges(keys=True)} == {"opposes", "declines"}
    assert set(sub) == {"PERSON:keir-starmer", "STATE:RU", "ORG:force", "STATE:IT"}
    assert "PERSON:nobody-alone" in query.subgraph(graph, relations=["opposes"], isolates=True)


def test_subgraph_by_type(graph: nx.MultiDiGraph) -> None:
    sub = query.subgraph(graph, types=["STATE"])
    assert {graph.nodes[n]["type"] for n in sub} == {"STATE"}
    assert set(sub.edges(keys=True)) == {("STATE:FR", "STATE:GB", "co_mention")}


def test_subgraph_min_weight_and_dates(graph: nx.MultiDiGraph) -> None:
    assert set(query.subgraph(graph, min_weight=2).edges(keys=True)) == {
        ("PERSON:keir-starmer", "STATE:RU", "opposes"), ("STATE:FR", "STATE:GB", "co_mention")}
    dated = query.subgraph(graph, since="2026-01-01")
    assert dated.edges["PERSON:keir-starmer", "STATE:RU", "opposes"]["weight"] == 1
    assert dated.edges["PERSON:keir-starmer", "STATE:RU", "opposes"]["evidence"] == "Starmer warned Moscow."
    assert not dated.has_edge("STATE:RU", "ORG:force")  # undated evidence is outside any period
    assert query.subgraph(graph, since="2026-01-01", min_weight=2).number_of_edges() == 0


def test_ego_network(graph: nx.MultiDiGraph) -> None:
    one = query.subgraph(graph, entity="Italy", depth=1, relations=query.DEFAULT_RELATIONS)
    assert set(one) == {"STATE:IT", "ORG:force"}
    two = query.subgraph(graph, entity="Italy", depth=2, relations=query.DEFAULT_RELATIONS)
    assert set(two) == {"STATE:IT", "ORG:force", "STATE:FR", "STATE:RU"}
    alone = query.subgraph(graph, entity="Alone Person", depth=3)
    assert list(alone) == ["PERSON:nobody-alone"]
    assert list(query.subgraph(graph, entity="Russia", depth=0)) == ["STATE:RU"]


def test_subgraph_rejects_unknown_names(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(query.UnknownRelation):
        query.subgraph(graph, relations=["opposes", "hugs"])
    with pytest.raises(query.UnknownType):
        query.subgraph(graph, types=["STATE", "CITY"])
    with pytest.raises(query.UnknownEntity):
        query.subgraph(graph, entity="Atlantis")


def test_date_span(graph: nx.MultiDiGraph) -> None:
    assert query.date_span(graph) == ("2025-03-27", "2026-01-06")
    assert query.date_span(nx.MultiDiGraph()) == (None, None)


# -- paths -------------------------------------------------------------------------------------------
def test_paths_with_evidence_on_each_hop(graph: nx.MultiDiGraph) -> None:
    (path,) = query.paths(graph, "Starmer", "Italy")
    assert [n.label for n in path.nodes] == ["Keir Starmer", "Russia", "Reassurance force", "Italy"]
    first, _, last = path.hops
    assert [(e.source.label, e.relation, e.target.label) for e in first.edges] == [
        ("Keir Starmer", "opposes", "Russia")]
    assert last.edges[0].relation == "declines"  # edges are taken in either direction
    assert last.edges[0].evidence[0].sentence == "Italy confirmed it would not send troops."


def test_paths_prefer_stance_hops_and_list_every_relation_of_a_hop(graph: nx.MultiDiGraph) -> None:
    _edge(graph, "STATE:FR", "STATE:GB", "supports", [_item("d4", 1, "France backs Britain.", "2026-01-06")])
    (path,) = query.paths(graph, "France", "UK")
    assert [e.relation for e in path.hops[0].edges] == ["supports", "co_mention"]


def test_paths_none_same_and_restricted(graph: nx.MultiDiGraph) -> None:
    assert query.paths(graph, "Alone Person", "Russia") == []
    (same,) = query.paths(graph, "Russia", "Moscow")
    assert same.hops == () and same.nodes[0].id == "STATE:RU"
    assert query.paths(graph, "Paris", "Italy", relations=["co_mention"]) == []
    with pytest.raises(query.UnknownEntity):
        query.paths(graph, "Atlantis", "Russia")
