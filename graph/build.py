"""Build the networkx MultiDiGraph from the store's records, the whole corpus at once.

Nodes are canonical entities (`label`, `type`, `mentions`, `aliases`). Edges are keyed by relation:
`co_mention` (both entities in one sentence) and the stance and affiliation relations, each with its
`weight` (number of supporting sentences), joined `evidence`, `docs`, `first_seen` / `last_seen`, and the
full evidence records in `items` (a list, dropped by the exporters, used by the API).

This is the reference the store's incremental index (`graph.index`) is held to: both settle names with
`nlp.canon` and derive each article's edges with `graph.derive`, and render graphs with `graph_of`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import networkx as nx

from graph.derive import RELATIONS, STANCE_RELATIONS, Affiliations, Item, Names, affiliation_records, doc_edges
from graph.store import RelationRow, Store
from nlp.canon import Entity, Resolution, Roles, resolve
from nlp.knowledge import Knowledge
from nlp.records import NAME_EVIDENCE

__all__ = ["RELATIONS", "STANCE_RELATIONS", "Resolved", "build_graph", "edge_attributes", "graph_of",
           "resolve_store", "stored_graph"]
EVIDENCE_SEP = " || "
CO_MENTION_EVIDENCE_LIMIT = 5


@dataclass(frozen=True)
class Resolved:
    """What the store's records mean: canonical entities, the relations, who is affiliated with what."""

    resolution: Resolution
    relations: list[RelationRow]
    affiliation: dict[str, str]  # person entity id -> state or body entity id
    mention_sent: dict[tuple[str, int], int]  # (doc_id, mention idx) -> sentence idx


def resolve_store(store: Store, knowledge: Knowledge) -> Resolved:
    """Canonical entities for every stored mention, role descriptions included."""
    mentions = list(store.mentions())
    relations, name_evidence = [], []
    for r in store.relations():  # aliases and type evidence inform canonicalisation; they are no edges
        (name_evidence if r.relation in NAME_EVIDENCE else relations).append(r)
    resolution = resolve(mentions, knowledge.gazetteer, evidence=name_evidence,
                         short_forms=knowledge.names.short_form_suffixes)
    by_doc: dict[str, list[RelationRow]] = defaultdict(list)
    for r in relations:
        by_doc[r.doc_id].append(r)
    of_doc: dict[str, dict[int, str]] = defaultdict(dict)
    for (doc_id, idx), eid in resolution.of_mention.items():
        of_doc[doc_id][idx] = eid
    affiliations = Affiliations.of_records({
        doc_id: affiliation_records(rows, Names(of_doc.get(doc_id, {}), resolution.entities))
        for doc_id, rows in by_doc.items()})
    rules = knowledge.lexicon.raw["roles"]
    roles = Roles(affiliations.holders, leader_roles=rules["leader_roles"], generic_leaders=rules["generic_leader"])
    positions: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        if m.label != "ROLE" and (eid := resolution.of_mention.get((m.doc_id, m.idx))):
            positions[m.doc_id].append((m.start, eid))
    of_mention = dict(resolution.of_mention)
    for m in resolution.roles:
        choice, _ = roles.settle(m, positions.get(m.doc_id, []), resolution.entities)
        if choice:
            of_mention[(m.doc_id, m.idx)] = choice
    resolution = Resolution(resolution.entities, of_mention, resolution.roles)
    return Resolved(resolution, relations, affiliations.of, {(m.doc_id, m.idx): m.sent for m in mentions})


def build_graph(store: Store, knowledge: Knowledge, *, level: str = "person",
                resolved: Resolved | None = None) -> nx.MultiDiGraph:
    """The whole graph. `level='state'` also lifts each person's stances to the state or body they serve.
    `resolved` (from resolve_store) saves resolving the store again."""
    resolved = resolved or resolve_store(store, knowledge)
    resolution = resolved.resolution
    of_doc: dict[str, dict[int, str]] = defaultdict(dict)
    for (doc_id, idx), eid in resolution.of_mention.items():
        of_doc[doc_id][idx] = eid
    sent_of: dict[str, dict[int, int]] = defaultdict(dict)
    for (doc_id, idx), sent in resolved.mention_sent.items():
        sent_of[doc_id][idx] = sent
    sentences: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    texts: dict[tuple[str, int], tuple[str, int, int]] = {}
    for doc_id, sent, text, start, end, _, idxs in store.sentences_with_mentions():
        sentences[doc_id].append((sent, idxs))
        texts[(doc_id, sent)] = (text, start, end)
    relations: dict[str, list[RelationRow]] = defaultdict(list)
    for r in resolved.relations:
        relations[r.doc_id].append(r)
        texts[(r.doc_id, r.sent)] = (r.sentence, r.sent_start, r.sent_end)
    documents = {d.doc_id: d for d in store.documents()}
    items: list[Item] = []
    used: set[str] = set()
    for doc_id, doc in documents.items():
        edges = doc_edges(doc_id, doc.date, sentences.get(doc_id, []), relations.get(doc_id, []),
                          Names(of_doc.get(doc_id, {}), resolution.entities), resolved.affiliation,
                          sent_of.get(doc_id, {}))
        items += edges.co_mentions + edges.person
        if level == "state":
            items += [i for i in edges.state if i.lifted_from]
        used |= edges.used
    entities = {eid: e for eid, e in resolution.entities.items() if e.mentions or eid in used}

    def sentence(doc_id: str, sent: int) -> tuple[str, int, int]:
        return texts.get((doc_id, sent), ("", 0, 0))

    def document(doc_id: str) -> tuple[str, str]:
        doc = documents.get(doc_id)
        return (doc.title, doc.url or "") if doc else ("", "")

    return graph_of(entities.values(), items, level=level, affiliation=resolved.affiliation,
                    sentence=sentence, document=document)


def stored_graph(store: Store, *, level: str = "person") -> nx.MultiDiGraph:
    """The whole graph as the store's derived tables hold it (what `build_graph` would build, without
    resolving anything again)."""
    from graph.index import items_of

    conn = store.conn
    entities = [EntityRow(*row) for row in conn.execute(
        "SELECT id, label, type, mentions, aliases, kb_id FROM entities ORDER BY id")]
    texts = {(d, i): (" ".join(t.split()), s, e) for d, i, t, s, e in conn.execute(
        'SELECT s.doc_id, s.idx, substr(d.text, s.start + 1, s."end" - s.start), s.start, s."end" '
        "FROM sentences s JOIN documents d ON d.doc_id = s.doc_id")}
    documents = {d: (t, u or "") for d, t, u in conn.execute("SELECT doc_id, title, url FROM documents")}
    return graph_of(entities, items_of(conn, level=level), level=level,
                    affiliation=dict(conn.execute("SELECT person, org FROM affiliations")),
                    sentence=lambda d, i: texts.get((d, i), ("", 0, 0)),
                    document=lambda d: documents.get(d, ("", "")))


class EntityRow:
    """A node as the store holds it."""

    def __init__(self, id: str, label: str, type: str, mentions: int, aliases: str, kb_id: str) -> None:
        self.id, self.label, self.type, self.mentions, self.aliases_text, self.kb_id = \
            id, label, type, mentions, aliases, kb_id

    @property
    def aliases(self) -> list[str]:
        return [a for a in self.aliases_text.split("|") if a]


def graph_of(entities: Iterable[Entity | EntityRow], items: Iterable[Item], *, level: str,
             affiliation: Mapping[str, str], sentence: Callable[[str, int], tuple[str, int, int]],
             document: Callable[[str], tuple[str, str]],
             labels: Callable[[str], str] | None = None) -> nx.MultiDiGraph:
    """The graph of these entities and evidence items (at the state level: with the lifted items). Speakers
    and lifted-from ends are named by `labels` (default: the entities' own labels)."""
    graph = nx.MultiDiGraph(name="stancegraph", level=level)
    known: dict[str, str] = {}
    for e in entities:
        known[e.id] = e.label
        graph.add_node(e.id, label=e.label, type=e.type, mentions=e.mentions, aliases="|".join(e.aliases),
                       kb_id=e.kb_id)
    names = _Labels(known, labels)
    grouped: dict[tuple[str, str, str], list[dict]] = {}
    lifted: set[tuple[str, str, str]] = set()
    stated: set[tuple[str, str, str]] = set()
    for i in items:
        (lifted if i.lifted_from else stated).add(i.edge)
        if not i.shadowed:
            grouped.setdefault(i.edge, []).append(render_item(i, sentence=sentence, document=document,
                                                              labels=names))
    for (u, v, relation), edge_items in grouped.items():
        attrs = edge_attributes(relation, edge_items)
        if (u, v, relation) in lifted:
            attrs["derived"] = (u, v, relation) not in stated
        graph.add_edge(u, v, key=relation, **attrs)
    graph.graph["affiliations"] = dict(affiliation)
    return graph


class _Labels(dict):
    """Entity labels, asking `fallback` for those not among the graph's nodes."""

    def __init__(self, known: dict[str, str], fallback: Callable[[str], str] | None) -> None:
        super().__init__(known)
        self.fallback = fallback

    def __missing__(self, eid: str) -> str:
        return self.fallback(eid) if self.fallback else eid

    def get(self, eid: str, default: str | None = None) -> str:  # type: ignore[override]
        return self[eid] if eid in self or self.fallback else (eid if default is None else default)


def render_item(i: Item, *, sentence: Callable[[str, int], tuple[str, int, int]],
                document: Callable[[str], tuple[str, str]], labels: Mapping[str, str]) -> dict:
    """An evidence record as the graph's `items` hold it: the sentence, its source, and for stances the cue,
    modality, speaker, and where it was lifted from."""
    text, start, end = sentence(i.doc_id, i.sent)
    title, url = document(i.doc_id)
    item = {"doc_id": i.doc_id, "sent": i.sent, "sentence": " ".join(text.split()), "start": start, "end": end,
            "date": i.date, "title": title, "url": url}
    if i.relation == "co_mention":
        return item
    item.update(cue=i.cue, modality=i.modality, condition=i.condition, role=i.role,
                speaker=labels.get(i.speaker, i.speaker) if i.speaker else "", explicit=i.explicit)
    if i.voiced_for:
        item["voiced_for"] = labels.get(i.voiced_for, i.voiced_for)
    if i.lifted_from:
        u, v = i.lifted_from
        item["lifted_from"] = f"{labels.get(u, u)} -> {labels.get(v, v)}"
    return item


def edge_attributes(relation: str, items: list[dict]) -> dict:
    # Sentences that name both ends come first (the best single piece of evidence), then by date.
    items = sorted(items, key=lambda i: (not i.get("explicit", True), i["date"] or "", i["doc_id"], i["sent"]))
    dates = sorted(i["date"] for i in items if i["date"])
    shown = items if relation != "co_mention" else items[:CO_MENTION_EVIDENCE_LIMIT]
    attrs = {
        "relation": relation,
        "weight": len(items),
        "evidence": EVIDENCE_SEP.join(dict.fromkeys(i["sentence"] for i in shown)),
        "docs": "|".join(dict.fromkeys(i["doc_id"] for i in items)),
        "items": items,
    }
    if dates:
        attrs["first_seen"], attrs["last_seen"] = dates[0], dates[-1]
    if relation != "co_mention":
        modalities = Counter(i.get("modality") or "stated" for i in items)
        attrs["modality"] = modalities.most_common(1)[0][0]
        conditions = [i["condition"] for i in items if i.get("condition")]
        attrs["condition"] = EVIDENCE_SEP.join(dict.fromkeys(conditions))
        roles = [i["role"] for i in items if i.get("role")]
        attrs["role"] = Counter(roles).most_common(1)[0][0] if roles else ""
        speakers = [i["speaker"] for i in items if i.get("speaker")]
        attrs["speakers"] = "|".join(dict.fromkeys(speakers))
    return attrs
