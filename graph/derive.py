"""What one article contributes to the graph, once its names are settled: the one definition of edges.

Both the whole-corpus build (`graph.build.build_graph`) and the store's incremental index
(`graph.index`) call these functions, article by article, so a graph built at once and one grown article by
article hold the same edges. Evidence items name entities by id; labels are looked up when a graph is read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Protocol

STANCE_RELATIONS = ("supports", "opposes", "participates_in", "declines")
RELATIONS = ("co_mention", *STANCE_RELATIONS, "affiliated_with")


class EntityLike(Protocol):
    id: str
    type: str
    stands_for: str | None


class RelationLike(Protocol):
    source: int
    target: int
    relation: str
    sent: int
    cue: str
    modality: str
    condition: str
    speaker: int | None
    role: str


@dataclass(frozen=True)
class Item:
    """One sentence's evidence for one edge (person level, or lifted to the state level)."""

    source: str
    target: str
    relation: str
    doc_id: str
    sent: int
    date: str | None
    explicit: bool = True  # the sentence names both ends
    cue: str = ""
    modality: str = ""
    condition: str = ""
    role: str = ""
    speaker: str = ""  # entity id of the speaker, '' when none
    voiced_for: str = ""  # entity id of the side a spokesperson voiced
    lifted_from: tuple[str, str] | None = None  # the person-level edge a state-level item was lifted from
    shadowed: bool = False  # a lifted item whose sentence the edge already has: it only marks the edge lifted

    @property
    def edge(self) -> tuple[str, str, str]:
        return (self.source, self.target, self.relation)


@dataclass
class DocEdges:
    """One article's edge evidence at both levels and the states its relations end on."""

    co_mentions: list[Item] = field(default_factory=list)
    person: list[Item] = field(default_factory=list)  # stance and affiliation items
    state: list[Item] = field(default_factory=list)  # stance items as lifted (direct ones included)
    used: set[str] = field(default_factory=set)  # entities some relation ends on (capitals: their state)


class Names:
    """One article's mentions as entities: what a mention names, and what it stands for in a relation."""

    def __init__(self, of_mention: Mapping[int, str], entities: Mapping[str, EntityLike]) -> None:
        self.of_mention = of_mention
        self.entities = entities

    def entity(self, idx: int | None) -> EntityLike | None:
        eid = self.of_mention.get(idx) if idx is not None else None
        return self.entities.get(eid) if eid else None

    def stands_for(self, idx: int) -> EntityLike | None:
        """Moscow -> Russia in a relation; anything else -> itself."""
        entity = self.entity(idx)
        if entity is not None and entity.stands_for and entity.stands_for in self.entities:
            return self.entities[entity.stands_for]
        return entity


def affiliation_records(relations: Iterable[RelationLike], names: Names) -> list[tuple[str, str, str, bool]]:
    """(person, state or body, role, via a patron) for each 'X of Y' in one article, in text order. A patron
    ('Trump's envoy') is a person: the envoy acts for whatever the patron acts for."""
    out = []
    for r in relations:
        if r.relation != "affiliated_with":
            continue
        person, org = names.entity(r.source), names.stands_for(r.target)
        if person is not None and org is not None and person.type == "PERSON":
            out.append((person.id, org.id, r.role, org.type == "PERSON"))
    return out


AffiliationRecord = tuple[str, str, str, bool]  # (person, side or patron, role, via a patron)
AGAINST_ROLES = frozenset({"opposition", "dissident"})  # "Venezuela's opposition leader" does not speak for it


class Affiliations:
    """Who acts for whom across the corpus, kept per article: each person's roles (`held`: directly, then
    through their patrons, in corpus order) and the side they act for most often (`of`)."""

    def __init__(self) -> None:
        self.docs: dict[str, list[AffiliationRecord]] = {}
        self.person_docs: dict[str, set[str]] = defaultdict(set)
        self.clients: dict[str, Counter] = defaultdict(Counter)  # patron -> people who act through them
        self.side: dict[str, str] = {}  # person -> the side of their last direct affiliation
        self.held: dict[str, list[tuple[str, str]]] = {}  # person -> [(side, role)]
        self.of: dict[str, str] = {}

    @classmethod
    def of_records(cls, records: dict[str, list[AffiliationRecord]]) -> Affiliations:
        book = cls()
        book.update(records)
        return book

    @property
    def holders(self) -> list[tuple[str, str, str]]:
        return [(p, org, role) for p, held in self.held.items() for org, role in held]

    def update(self, changes: dict[str, list[AffiliationRecord]]) -> tuple[set[str], set[str]]:
        """Replace the records of some articles; returns the people whose usual side changed and those whose
        roles changed."""
        people: set[str] = set()
        for doc_id, records in changes.items():
            for p, o, _, patron in self.docs.get(doc_id, []):
                people.add(p)
                self.person_docs[p].discard(doc_id)
                if patron:
                    self.clients[o][p] -= 1
            for p, o, _, patron in records:
                people.add(p)
                self.person_docs[p].add(doc_id)
                if patron:
                    self.clients[o][p] += 1
            if records:
                self.docs[doc_id] = list(records)
            else:
                self.docs.pop(doc_id, None)
        for p in sorted(people):
            side = None
            for _, o, _, patron in self._records(p):
                if not patron:
                    side = o
            if self.side.get(p) != side:
                if side is None:
                    self.side.pop(p, None)
                else:
                    self.side[p] = side
                people |= {c for c, n in self.clients.get(p, {}).items() if n > 0}
        moved, changed = set(), set()
        for p in people:
            records = list(self._records(p))
            held = [(o, role) for _, o, role, patron in records if not patron] + \
                   [(self.side[o], role) for _, o, role, patron in records if patron and o in self.side]
            if held != self.held.get(p, []):
                changed.add(p)
            counts = Counter(o for o, role in held if not set((role or "").lower().split()) & AGAINST_ROLES)
            side = counts.most_common(1)[0][0] if counts else None
            if side != self.of.get(p):
                moved.add(p)
            for table, value in ((self.held, held), (self.of, side)):
                if value:
                    table[p] = value
                else:
                    table.pop(p, None)
        return moved, changed

    def _records(self, person: str) -> Iterator[AffiliationRecord]:
        for doc_id in sorted(self.person_docs.get(person, ())):
            yield from (r for r in self.docs.get(doc_id, []) if r[0] == person)


def doc_edges(doc_id: str, date: str | None, sentences: Iterable[tuple[int, list[int]]],
              relations: Iterable[RelationLike], names: Names, affiliation: Mapping[str, str],
              mention_sent: Mapping[int, int]) -> DocEdges:
    """One article's edges: co-mentions per sentence; stances and affiliations (a capital stands for its state;
    a person backing their own state says nothing new; a spokesperson voicing their side holds its stance
    too; an envoy's patron's side); and the same stances lifted to the states and bodies people act for."""
    out = DocEdges()
    seen: set[tuple[str, str, str, int]] = set()

    def add(item: Item) -> None:
        key = (*item.edge, item.sent)
        if key not in seen:
            seen.add(key)
            (out.co_mentions if item.relation == "co_mention" else out.person).append(item)

    for sent, idxs in sentences:
        ids = sorted({names.of_mention[i] for i in idxs if i in names.of_mention})
        for u, v in combinations(ids, 2):
            add(Item(u, v, "co_mention", doc_id, sent, date))
    for r in relations:
        source, target = names.stands_for(r.source), names.stands_for(r.target)
        out.used.update(e.id for e in (source, target) if e is not None)
        if source is None or target is None or source.id == target.id:
            continue
        if r.relation in {"supports", "participates_in"} and affiliation.get(source.id) == target.id \
                and target.type != "ORG":
            continue  # "Zelensky supports Ukraine": backing the state one speaks for says nothing new (defending
            # the body one serves, "the envoy defended the UN", does)
        if r.relation == "affiliated_with" and target.type == "PERSON":
            patron_side = affiliation.get(target.id)
            if patron_side is None or patron_side == source.id:
                continue
            target = names.entities[patron_side]
        speaker = names.entity(r.speaker)
        item = Item(source.id, target.id, r.relation, doc_id, r.sent, date,
                    explicit=mention_sent.get(r.source) == r.sent == mention_sent.get(r.target),
                    cue=r.cue, modality=r.modality, condition=r.condition, role=r.role,
                    speaker=speaker.id if speaker else "")
        add(item)
        if speaker and speaker.id not in (source.id, target.id) and r.relation in STANCE_RELATIONS \
                and affiliation.get(speaker.id) is not None \
                and affiliation.get(speaker.id) in (source.id, affiliation.get(source.id)):
            # A spokesperson stating their own side's position holds it too.
            add(Item(speaker.id, target.id, r.relation, doc_id, r.sent, date, explicit=item.explicit,
                     cue=r.cue, modality=r.modality, condition=r.condition, role=r.role, speaker=item.speaker,
                     voiced_for=source.id))
    out.state = lift(out.person, affiliation)
    return out


def lift(items: Iterable[Item], affiliation: Mapping[str, str]) -> list[Item]:
    """Stance items at the state level: each as stated, and each person's also for the side they act for
    (one item per edge and sentence: the stated one first, else the one lifted from the first edge; the other
    lifted ones come back `shadowed`)."""
    direct = [i for i in items if i.relation in STANCE_RELATIONS]
    chosen: dict[tuple[str, str, str, int], Item] = {(*i.edge, i.sent): i for i in direct}
    lifted = []
    for i in direct:
        u2, v2 = affiliation.get(i.source, i.source), affiliation.get(i.target, i.target)
        if (u2, v2) == (i.source, i.target) or u2 == v2:
            continue
        lifted.append(Item(u2, v2, i.relation, i.doc_id, i.sent, i.date, i.explicit, i.cue, i.modality,
                           i.condition, i.role, i.speaker, i.voiced_for, lifted_from=(i.source, i.target)))
    shadowed = []
    for i in sorted(lifted, key=lambda i: i.lifted_from or ("", "")):
        if chosen.setdefault((*i.edge, i.sent), i) is not i:
            shadowed.append(replace(i, shadowed=True))
    return list(chosen.values()) + shadowed
