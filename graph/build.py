"""Build the networkx MultiDiGraph from the store.

Nodes are canonical entities (`label`, `type`, `mentions`, `aliases`). Edges are keyed by relation:
`co_mention` (both entities in one sentence) and the stance and affiliation relations, each with its
`weight` (number of supporting sentences), joined `evidence`, `docs`, `first_seen` / `last_seen`, and the
full evidence records in `items` (a list, dropped by the exporters, used by the API).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from graph.store import RelationRow, Store
from nlp.canon import Resolution, resolve, resolve_roles
from nlp.knowledge import Knowledge
from nlp.records import NAME_EVIDENCE

STANCE_RELATIONS = ("supports", "opposes", "participates_in", "declines")
RELATIONS = ("co_mention", *STANCE_RELATIONS, "affiliated_with")
EVIDENCE_SEP = " || "
CO_MENTION_EVIDENCE_LIMIT = 5


@dataclass
class _Edge:
    items: list[dict] = field(default_factory=list)
    sentences: set[tuple[str, int]] = field(default_factory=set)

    def add(self, item: dict) -> None:
        key = (item["doc_id"], item["sent"])
        if key in self.sentences:
            return
        self.sentences.add(key)
        self.items.append(item)


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
    affiliations = []
    patrons = []  # "Trump's envoy": affiliated with whatever the patron is affiliated with
    for r in relations:
        if r.relation == "affiliated_with":
            person = resolution.entity_for(r.doc_id, r.source)
            org = resolution.stands_for(r.doc_id, r.target)
            if person and org and person.type == "PERSON":
                (patrons if org.type == "PERSON" else affiliations).append((person.id, org.id, r.role))
    direct = {p: o for p, o, _ in affiliations}
    affiliations += [(p, direct[patron], role) for p, patron, role in patrons if patron in direct]
    roles = knowledge.lexicon.raw["roles"]
    resolution = resolve_roles(resolution, mentions, affiliations, leader_roles=roles["leader_roles"],
                               generic_leaders=roles["generic_leader"])
    resolution = _without_unused_states(resolution, relations)
    counts: dict[str, Counter] = {}
    for person, org, _ in affiliations:
        counts.setdefault(person, Counter())[org] += 1
    return Resolved(resolution, relations, {p: c.most_common(1)[0][0] for p, c in counts.items()},
                    {(m.doc_id, m.idx): m.sent for m in mentions})


def _without_unused_states(resolution: Resolution, relations: list[RelationRow]) -> Resolution:
    """A state only a capital or seat stood for ('Pretoria' in 'the Pretoria agreement') is a node when a
    relation ends on it, not merely because its capital was named."""
    used = {e.id for r in relations for idx in (r.source, r.target)
            if (e := resolution.stands_for(r.doc_id, idx)) is not None}
    entities = {eid: e for eid, e in resolution.entities.items() if e.mentions or eid in used}
    return Resolution(entities, resolution.of_mention, resolution.roles)


def build_graph(store: Store, knowledge: Knowledge, *, level: str = "person",
                resolved: Resolved | None = None) -> nx.MultiDiGraph:
    """The whole graph. `level='state'` also lifts each person's stances to the state or body they serve.
    `resolved` (from resolve_store) saves resolving the store again."""
    resolved = resolved or resolve_store(store, knowledge)
    resolution, relations, affiliation = resolved.resolution, resolved.relations, resolved.affiliation
    mention_sent = resolved.mention_sent
    documents = {d.doc_id: d for d in store.documents()}
    graph = nx.MultiDiGraph(name="stancegraph", level=level)
    for e in resolution.entities.values():
        graph.add_node(e.id, label=e.label, type=e.type, mentions=e.mentions, aliases="|".join(e.aliases),
                       kb_id=e.kb_id)

    edges: dict[tuple[str, str, str], _Edge] = {}

    def add_edge(u: str, v: str, relation: str, item: dict) -> None:
        edges.setdefault((u, v, relation), _Edge()).add(item)

    for doc_id, sent, text, start, end, date, idxs in store.sentences_with_mentions():
        ids = sorted({resolution.of_mention[(doc_id, i)] for i in idxs if (doc_id, i) in resolution.of_mention})
        for u, v in combinations(ids, 2):
            add_edge(u, v, "co_mention", _item(documents, doc_id, sent, text, start, end, date))

    for r in relations:
        source = resolution.stands_for(r.doc_id, r.source)
        target = resolution.stands_for(r.doc_id, r.target)
        if source is None or target is None or source.id == target.id:
            continue
        if r.relation in {"supports", "participates_in"} and affiliation.get(source.id) == target.id:
            continue  # "Zelensky supports Ukraine": a person backing the side they speak for says nothing new
        if r.relation == "affiliated_with" and target.type == "PERSON":
            patron_side = affiliation.get(target.id)
            if patron_side is None or patron_side == source.id:
                continue
            target = resolution.entities[patron_side]
        speaker = resolution.entity_for(r.doc_id, r.speaker) if r.speaker is not None else None
        item = _item(documents, r.doc_id, r.sent, r.sentence, r.sent_start, r.sent_end, r.date)
        item.update(cue=r.cue, modality=r.modality, condition=r.condition, role=r.role,
                    speaker=speaker.label if speaker else "",
                    explicit=mention_sent.get((r.doc_id, r.source)) == r.sent == mention_sent.get((r.doc_id, r.target)))
        add_edge(source.id, target.id, r.relation, item)
        if speaker and speaker.id not in (source.id, target.id) and r.relation in STANCE_RELATIONS \
                and affiliation.get(speaker.id) is not None \
                and affiliation.get(speaker.id) in (source.id, affiliation.get(source.id)):
            # A spokesperson stating their own side's position holds it too.
            add_edge(speaker.id, target.id, r.relation, dict(item, voiced_for=source.label))

    for (u, v, relation), edge in edges.items():
        graph.add_edge(u, v, key=relation, **_edge_attributes(relation, edge.items))
    graph.graph["affiliations"] = affiliation
    if level == "state":
        graph = lift_to_state(graph)
    return graph


def _item(documents: dict, doc_id: str, sent: int, text: str, start: int, end: int, date: str | None) -> dict:
    doc = documents.get(doc_id)
    return {"doc_id": doc_id, "sent": sent, "sentence": " ".join(text.split()), "start": start, "end": end,
            "date": date, "title": doc.title if doc else "", "url": (doc.url if doc else None) or ""}


def _edge_attributes(relation: str, items: list[dict]) -> dict:
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


def lift_to_state(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A new graph in which each person's stances also count for the state or body they speak for."""
    lifted = graph.copy()
    affiliations: dict[str, str] = graph.graph.get("affiliations", {})
    for u, v, relation, data in graph.edges(keys=True, data=True):
        if relation not in STANCE_RELATIONS:
            continue
        u2, v2 = affiliations.get(u, u), affiliations.get(v, v)
        if (u2, v2) == (u, v) or u2 == v2:
            continue
        items = [dict(i, lifted_from=f"{graph.nodes[u]['label']} -> {graph.nodes[v]['label']}")
                 for i in data["items"]]
        if lifted.has_edge(u2, v2, relation):
            existing = lifted.edges[u2, v2, relation]["items"]
            seen = {(i["doc_id"], i["sent"]) for i in existing}
            items = existing + [i for i in items if (i["doc_id"], i["sent"]) not in seen]
        derived = not graph.has_edge(u2, v2, relation)
        lifted.add_edge(u2, v2, key=relation, derived=derived, **_edge_attributes(relation, items))
    return lifted
