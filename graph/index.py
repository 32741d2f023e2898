"""The store's derived tables: canonical names and entities, evidence items and aggregated edges, kept up to
date article by article in the same transaction as the article (or as a batch of articles, for builds).

Stage (a) of canonicalisation (`nlp.canon.doc_facts`) runs when an article is stored: its distinct names
(`doc_names`), which mention is which name (`mention_names`) and its declared aliases (`doc_aliases`). Stage
(b) keeps, in memory and loaded once from those rows, the corpus-level statistics per distinct name
(`nlp.canon.NameIndex`) and per cluster (`ClusterStats`). `refresh` settles the articles stored since the last
refresh: it adds their names, re-decides only the names whose decision can change (the new articles', those in
articles holding a name whose type changed, lone names whose words are the first or last words of a person
who gained or lost a form or joined another), re-settles the clusters into entities, and applies the
differences: names re-pointed to their new entity (`names`), entities rewritten (`entities`), affiliations
and role descriptions re-settled, and the evidence of only the articles whose entities or affiliations
changed derived again (`graph.derive`) and re-aggregated into `edges`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from graph.aggregate import EdgeAggregate
from graph.changes import EDGE_LOG_SCHEMA, log_changes
from graph.derive import STANCE_RELATIONS, Affiliations, DocEdges, Item, Names, affiliation_records, doc_edges
from nlp.canon import (
    ClusterStats,
    Decision,
    DocFacts,
    DocName,
    Entity,
    NameIndex,
    Roles,
    SettleCache,
    doc_facts,
    settle,
)
from nlp.knowledge import Knowledge
from nlp.records import NAME_EVIDENCE, Extraction, Relation

DERIVED_SCHEMA = """
CREATE TABLE IF NOT EXISTS doc_names (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, pos INTEGER NOT NULL,
    text TEXT NOT NULL, kb_id TEXT NOT NULL, first INTEGER NOT NULL, n INTEGER NOT NULL, headline INTEGER NOT NULL,
    labels TEXT NOT NULL, evidence TEXT NOT NULL, local_kb TEXT NOT NULL, key TEXT NOT NULL,
    lone_token TEXT NOT NULL, cluster TEXT NOT NULL DEFAULT '', stage INTEGER NOT NULL DEFAULT 0,
    mode TEXT NOT NULL DEFAULT '', PRIMARY KEY (doc_id, pos)
);
CREATE INDEX IF NOT EXISTS doc_names_key ON doc_names(key);
CREATE INDEX IF NOT EXISTS doc_names_lone ON doc_names(lone_token) WHERE lone_token != '';
CREATE INDEX IF NOT EXISTS doc_names_cluster ON doc_names(cluster);
CREATE TABLE IF NOT EXISTS mention_names (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_aliases (
    doc_id TEXT NOT NULL, ord INTEGER NOT NULL, alias_pos INTEGER NOT NULL, name_pos INTEGER NOT NULL,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (cluster TEXT PRIMARY KEY, entity TEXT) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_entity ON names(entity);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL, kb_id TEXT NOT NULL, stands_for TEXT, folded TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_names (
    folded TEXT NOT NULL, entity TEXT NOT NULL, kind INTEGER NOT NULL, PRIMARY KEY (folded, entity, kind)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names(entity);
CREATE TABLE IF NOT EXISTS roles (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, entity TEXT, fallback INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS roles_entity ON roles(entity);
CREATE TABLE IF NOT EXISTS doc_affiliations (
    doc_id TEXT NOT NULL, ord INTEGER NOT NULL, person TEXT NOT NULL, org TEXT NOT NULL, role TEXT NOT NULL,
    patron INTEGER NOT NULL, PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS affiliations (person TEXT PRIMARY KEY, org TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_used (doc_id TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (doc_id, entity))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS co_items (
    source TEXT NOT NULL, target TEXT NOT NULL, doc_id TEXT NOT NULL, sent INTEGER NOT NULL, date TEXT,
    PRIMARY KEY (source, target, doc_id, sent)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS co_items_doc ON co_items(doc_id);
CREATE TABLE IF NOT EXISTS items (
    level TEXT NOT NULL, relation TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    doc_id TEXT NOT NULL, sent INTEGER NOT NULL, date TEXT, explicit INTEGER NOT NULL, cue TEXT NOT NULL,
    modality TEXT NOT NULL, condition TEXT NOT NULL, role TEXT NOT NULL, speaker TEXT NOT NULL,
    voiced_for TEXT NOT NULL, lifted_source TEXT, lifted_target TEXT, shadowed INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS items_edge ON items(level, relation, source, target, explicit DESC, date, doc_id, sent);
CREATE INDEX IF NOT EXISTS co_items_edge ON co_items(source, target, date, doc_id, sent);
CREATE INDEX IF NOT EXISTS items_doc ON items(doc_id);
CREATE TABLE IF NOT EXISTS edges (
    level TEXT NOT NULL, relation TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    weight INTEGER NOT NULL, first_seen TEXT, last_seen TEXT, derived INTEGER,
    stance INTEGER NOT NULL, source_key TEXT NOT NULL, target_key TEXT NOT NULL,
    modality TEXT NOT NULL, condition TEXT NOT NULL, role TEXT NOT NULL, days BLOB NOT NULL,
    PRIMARY KEY (level, relation, source, target)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_rank ON edges(level, relation, weight DESC, source_key, target_key);
CREATE INDEX IF NOT EXISTS edges_stance_rank ON edges(level, stance, weight DESC, source_key, target_key, relation);
CREATE INDEX IF NOT EXISTS edges_source ON edges(source, level);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target, level);
""" + EDGE_LOG_SCHEMA
DERIVED_TABLES = ("doc_names", "mention_names", "doc_aliases", "pending", "names", "entities", "entity_names", "roles",
                  "doc_affiliations", "affiliations", "doc_used", "co_items", "items", "edges", "edge_log")
EdgeKey = tuple[str, str, str, str]  # (level, relation, source, target)


@dataclass(frozen=True)
class MentionFact:
    doc_id: str
    idx: int
    sent: int
    start: int
    text: str
    label: str
    kb_id: str
    headline: bool


def write_facts(conn: sqlite3.Connection, doc_id: str, extraction: Extraction, knowledge: Knowledge) -> None:
    """Stage (a) for one stored article: its names, which mention is which, its declared aliases; and the
    article marked pending until the next refresh settles it."""
    headline = {s.idx for s in extraction.sentences if s.headline}
    mentions = [MentionFact(doc_id, m.idx, m.sent, m.start, m.text, m.label, m.kb_id, m.sent in headline)
                for m in extraction.mentions]
    _insert_facts(conn, doc_facts(doc_id, mentions, extraction.name_evidence, knowledge.gazetteer))
    conn.execute("INSERT OR IGNORE INTO pending VALUES (?)", (doc_id,))


def _insert_facts(conn: sqlite3.Connection, facts: DocFacts) -> None:
    conn.executemany(
        "INSERT INTO doc_names (doc_id, pos, text, kb_id, first, n, headline, labels, evidence, local_kb, key, "
        "lone_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(facts.doc_id, pos, dn.text, dn.kb_id, dn.first, dn.n, dn.headline, json.dumps(dn.labels),
          json.dumps(dn.evidence), dn.local_kb, "" if dn.kb_id else dn.key, "" if dn.kb_id else dn.lone_token)
         for pos, dn in enumerate(facts.names)])
    conn.executemany("INSERT INTO mention_names VALUES (?, ?, ?)",
                     [(facts.doc_id, idx, pos) for idx, pos in facts.of_mention.items()])
    conn.executemany("INSERT INTO doc_aliases VALUES (?, ?, ?, ?)",
                     [(facts.doc_id, ord_, a, b) for ord_, (a, b) in enumerate(facts.aliases)])


def derive_facts(conn: sqlite3.Connection, knowledge: Knowledge, doc_ids: Iterable[str]) -> None:
    """Stage (a) from the stored records (a store written before these tables existed)."""
    for doc_id in doc_ids:
        mentions = list(_mentions(conn, doc_id))
        evidence = [r for r in _relations(conn, doc_id, name_evidence=True)]
        _insert_facts(conn, doc_facts(doc_id, mentions, evidence, knowledge.gazetteer))
        conn.execute("INSERT OR IGNORE INTO pending VALUES (?)", (doc_id,))


def _mentions(conn: sqlite3.Connection, doc_id: str) -> Iterator[MentionFact]:
    rows = conn.execute(
        "SELECT m.idx, m.sent, m.start, m.text, m.label, m.kb_id, s.headline FROM mentions m "
        "JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sent WHERE m.doc_id = ? ORDER BY m.idx", (doc_id,))
    for idx, sent, start, text, label, kb_id, headline in rows:
        yield MentionFact(doc_id, idx, sent, start, text, label, kb_id, bool(headline))


def _relations(conn: sqlite3.Connection, doc_id: str, *, name_evidence: bool = False) -> list[Relation]:
    """One article's stored relations (or its name evidence), in text order."""
    rows = conn.execute(
        "SELECT source, target, relation, sent, cue, modality, condition, speaker, role FROM relations "
        "WHERE doc_id = ? ORDER BY sent, rowid", (doc_id,))
    return [Relation(*row) for row in rows if (row[2] in NAME_EVIDENCE) == name_evidence]


def _doc_name(doc_id: str, text: str, kb_id: str, first: int, n: int, headline: int, labels: str, evidence: str,
              local_kb: str, key: str, lone_token: str) -> DocName:
    dn = DocName(doc_id, text, kb_id, first, n, headline, _counter(labels), _counter(evidence), local_kb)
    if not kb_id:  # what stage (a) computed from the text, as stored
        dn.__dict__.update(key=key, tokens=tuple(key.split()), lone=bool(lone_token))
    return dn


@lru_cache(maxsize=4096)
def _counts(stored: str) -> tuple[tuple[str, int], ...]:
    """A stored JSON object of counts, parsed once per distinct text (a refresh reloads hundreds of thousands of
    names, whose labels and evidence take a few hundred distinct forms)."""
    return tuple(json.loads(stored).items())


def _counter(stored: str) -> Counter:
    """A new Counter of stored counts (filled as a dict: `Counter(mapping)` checks its argument against the
    Mapping ABC, the larger part of a refresh's time in loading names)."""
    counter: Counter = Counter()
    dict.update(counter, _counts(stored))
    return counter


NAME_COLUMNS = "doc_id, text, kb_id, first, n, headline, labels, evidence, local_kb, key, lone_token"


def _placeholders(values: list) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Iterable, size: int = 500) -> Iterator[list]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]


class GraphIndex:
    """Stage (b) of canonicalisation and the derived tables, for one store connection (the writer's)."""

    def __init__(self, conn: sqlite3.Connection, knowledge: Knowledge) -> None:
        self.conn = conn
        self.knowledge = knowledge
        self.gazetteer = knowledge.gazetteer
        self.short_forms = tuple(knowledge.names.short_form_suffixes)
        rules = knowledge.lexicon.raw["roles"]
        self.role_rules = {"leader_roles": rules["leader_roles"], "generic_leaders": rules["generic_leader"]}
        self.loaded = False

    # -- loading the corpus-level state, once -------------------------------------------------------------
    def _load(self) -> None:
        self.names = NameIndex()
        self.clusters: dict[str, ClusterStats] = {}
        rows = self.conn.execute(
            f"SELECT {NAME_COLUMNS}, cluster, stage, mode FROM doc_names "
            "WHERE doc_id NOT IN (SELECT doc_id FROM pending)")
        for *fields, cluster, stage, mode in rows:
            dn = _doc_name(*fields)
            self.names.add_name(dn)
            self._cluster(cluster).add(dn, Decision(cluster, stage, mode))
        self.names.refresh()
        self.aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for doc_id, a, b in self.conn.execute(
                "SELECT a.doc_id, na.cluster, nb.cluster FROM doc_aliases a "
                "JOIN doc_names na ON na.doc_id = a.doc_id AND na.pos = a.alias_pos "
                "JOIN doc_names nb ON nb.doc_id = a.doc_id AND nb.pos = a.name_pos "
                "WHERE a.doc_id NOT IN (SELECT doc_id FROM pending) ORDER BY a.doc_id, a.ord"):
            self.aliases[doc_id].append((a, b))
        self.final_of: dict[str, str] = {c: e for c, e in self.conn.execute("SELECT cluster, entity FROM names")
                                         if e is not None}
        self.settled: dict[str, Entity] = {}
        records: dict[str, list[tuple[str, str, str, bool]]] = defaultdict(list)
        for doc_id, person, org, role, patron in self.conn.execute(
                "SELECT doc_id, person, org, role, patron FROM doc_affiliations ORDER BY doc_id, ord"):
            records[doc_id].append((person, org, role, bool(patron)))
        self.affiliations = Affiliations.of_records(records)
        self.roles = Roles(self.affiliations.holders, **self.role_rules)
        self.used: Counter = Counter(e for (e,) in self.conn.execute("SELECT entity FROM doc_used"))
        self.role_docs = {d for (d,) in self.conn.execute("SELECT DISTINCT doc_id FROM roles")}
        self.fallback_roles: dict[tuple[str, int], tuple[str | None, str, str]] = {
            (d, i): (e, text, kb) for d, i, e, text, kb in self.conn.execute(
                "SELECT r.doc_id, r.idx, r.entity, m.text, m.kb_id FROM roles r "
                "JOIN mentions m ON m.doc_id = r.doc_id AND m.idx = r.idx WHERE r.fallback = 1")}
        self.settle_cache = SettleCache()
        settled = settle(self.clusters, self.names.parent, self._all_aliases(), self.gazetteer,
                         short_forms=self.short_forms, cache=self.settle_cache)
        self.settled = settled.entities
        self.loaded = True

    def _cluster(self, cluster: str) -> ClusterStats:
        stats = self.clusters.get(cluster)
        if stats is None:
            stats = self.clusters[cluster] = ClusterStats.of(cluster, self.gazetteer)
        return stats

    def _all_aliases(self) -> Iterator[tuple[str, str]]:
        for doc_id in sorted(self.aliases):
            yield from self.aliases[doc_id]

    # -- the refresh --------------------------------------------------------------------------------------
    def pending(self) -> list[str]:
        return [d for (d,) in self.conn.execute("SELECT doc_id FROM pending ORDER BY doc_id")]

    def refresh(self) -> bool:
        """Settle every pending article (call inside the writer's transaction). True when anything changed."""
        new_docs = self.pending()
        if not new_docs:
            return False
        if not self.loaded:
            self._load()
        new_names = self._load_names(new_docs)
        for names in new_names.values():
            for _, dn in names:
                self.names.add_name(dn)
        change = self.names.refresh()
        changed_rows, lost = self._redecide(new_docs, new_names, change)
        docs_renamed = set(new_docs) | {d for d, *_ in changed_rows}
        for cluster in lost:
            self._rebuild_cluster(cluster)
        self.settle_cache.dirty |= lost | {d.cluster for *_, d in changed_rows}
        for doc_id in docs_renamed:
            self.aliases[doc_id] = self._doc_aliases(doc_id)
        settled = settle(self.clusters, self.names.parent, self._all_aliases(), self.gazetteer,
                         short_forms=self.short_forms, cache=self.settle_cache)
        moved = {c for c in set(self.final_of) | set(settled.final_of)
                 if self.final_of.get(c) != settled.final_of.get(c)}
        retyped = {eid for eid, e in settled.entities.items()
                   if (old := self.settled.get(eid)) is None or (old.type, old.stands_for) != (e.type, e.stands_for)}
        retyped |= set(self.settled) - set(settled.entities)
        self._write_names(settled.final_of, moved)
        rewritten = {eid for eid, e in settled.entities.items() if self.settled.get(eid) is not e}
        rewritten |= set(self.settled) - set(settled.entities)
        self.final_of, self.settled = dict(settled.final_of), settled.entities
        docs = docs_renamed | self._docs_of_clusters(moved) | self._docs_of_entities(retyped)
        people = self._affiliations(docs)
        docs |= self._roles(docs | self._docs_of_entities(people.holders_changed), new_docs=set(new_docs),
                            corpus_changed=bool(people.holders_changed or retyped))
        docs |= self._docs_of_entities(people.moved)
        used_before = {e for e, n in self.used.items() if n > 0}
        touched = self._derive(docs)
        self._write_entities(rewritten | (used_before ^ {e for e, n in self.used.items() if n > 0}))
        self._aggregate(touched)
        self.conn.execute("DELETE FROM pending")
        self.conn.execute("INSERT INTO meta VALUES ('graph_version', '1') ON CONFLICT(key) DO UPDATE SET "
                          "value = CAST(value AS INTEGER) + 1")
        return True

    def _load_names(self, doc_ids: Iterable[str]) -> dict[str, list[tuple[int, DocName]]]:
        out: dict[str, list[tuple[int, DocName]]] = defaultdict(list)
        for chunk in _chunks(doc_ids):
            for pos, *fields in self.conn.execute(
                    f"SELECT pos, {NAME_COLUMNS} FROM doc_names WHERE doc_id IN ({_placeholders(chunk)}) "
                    "ORDER BY doc_id, pos", chunk):
                out[fields[0]].append((pos, _doc_name(*fields)))
        return out

    def _redecide(self, new_docs: list[str], new_names: dict[str, list[tuple[int, DocName]]], change
                  ) -> tuple[list[tuple[str, int, str, Decision]], set[str]]:
        """Decide the new articles' names and every stored name whose decision the change can alter; write
        the decisions that differ. Returns (doc, pos, old cluster, decision) for those, and the clusters that
        lost a name."""
        whole = set(new_docs)
        for chunk in _chunks(change.flipped):
            whole |= {d for (d,) in self.conn.execute(
                f"SELECT DISTINCT doc_id FROM doc_names WHERE key IN ({_placeholders(chunk)})", chunk)}
        lone: dict[str, set[int]] = defaultdict(set)
        for chunk in _chunks(change.tokens):
            for d, pos in self.conn.execute(
                    f"SELECT doc_id, pos FROM doc_names WHERE lone_token IN ({_placeholders(chunk)}) "
                    "AND lone_token != ''", chunk):
                lone[d].add(pos)
        for d in self._docs_of_clusters(change.people, mode="full"):
            for (pos,) in self.conn.execute("SELECT pos FROM doc_names WHERE doc_id = ? AND lone_token != ''", (d,)):
                lone[d].add(pos)
        names = dict(new_names)
        names.update(self._load_names(sorted((whole | set(lone)) - set(new_names))))
        stored: dict[tuple[str, int], tuple[str, int, str]] = {}
        for chunk in _chunks(sorted((whole | set(lone)) - set(new_docs))):
            for d, pos, cluster, stage, mode in self.conn.execute(
                    f"SELECT doc_id, pos, cluster, stage, mode FROM doc_names WHERE doc_id IN ({_placeholders(chunk)})",
                    chunk):
                stored[(d, pos)] = (cluster, stage, mode)
        changed, lost = [], set()
        for doc_id in sorted(names):
            near = self.names.full_names_in(dn for _, dn in names[doc_id])
            for pos, dn in names[doc_id]:
                if doc_id not in whole and pos not in lone.get(doc_id, ()):
                    continue
                decision = self.names.decide(dn, near)
                old = stored.get((doc_id, pos))
                if old == (decision.cluster, decision.stage, decision.mode):
                    continue
                changed.append((doc_id, pos, old[0] if old else "", decision))
                if old and old[0]:
                    lost.add(old[0])  # rebuilt from its rows once they are all written
                self._cluster(decision.cluster).add(dn, decision)
        self.conn.executemany("UPDATE doc_names SET cluster = ?, stage = ?, mode = ? WHERE doc_id = ? AND pos = ?",
                              [(d.cluster, d.stage, d.mode, doc_id, pos) for doc_id, pos, _, d in changed])
        return changed, lost

    def _rebuild_cluster(self, cluster: str) -> None:
        stats = self.clusters[cluster] = ClusterStats.of(cluster, self.gazetteer)
        for *fields, stage, mode in self.conn.execute(
                f"SELECT {NAME_COLUMNS}, stage, mode FROM doc_names WHERE cluster = ?", (cluster,)):
            stats.add(_doc_name(*fields), Decision(cluster, stage, mode))
        if not stats.size:
            del self.clusters[cluster]

    def _doc_aliases(self, doc_id: str) -> list[tuple[str, str]]:
        return list(self.conn.execute(
            "SELECT na.cluster, nb.cluster FROM doc_aliases a "
            "JOIN doc_names na ON na.doc_id = a.doc_id AND na.pos = a.alias_pos "
            "JOIN doc_names nb ON nb.doc_id = a.doc_id AND nb.pos = a.name_pos WHERE a.doc_id = ? ORDER BY a.ord",
            (doc_id,)))

    def _write_names(self, final_of: dict[str, str], moved: set[str]) -> None:
        self.conn.executemany("INSERT INTO names VALUES (?, ?) ON CONFLICT(cluster) DO UPDATE SET entity = "
                              "excluded.entity", [(c, final_of.get(c)) for c in moved])

    def _docs_of_clusters(self, clusters: Iterable[str], *, mode: str | None = None) -> set[str]:
        docs: set[str] = set()
        extra = " AND mode = ?" if mode else ""
        for chunk in _chunks(clusters):
            docs |= {d for (d,) in self.conn.execute(
                f"SELECT DISTINCT doc_id FROM doc_names WHERE cluster IN ({_placeholders(chunk)}){extra}",
                [*chunk, mode] if mode else chunk)}
        return docs

    def _docs_of_entities(self, entities: Iterable[str]) -> set[str]:
        """Articles that mention these entities (by name or by a role description)."""
        entities = set(entities)
        if not entities:
            return set()
        clusters = [c for c, e in self.final_of.items() if e in entities]
        docs = self._docs_of_clusters(clusters)
        for chunk in _chunks(entities):
            docs |= {d for (d,) in self.conn.execute(
                f"SELECT DISTINCT doc_id FROM roles WHERE entity IN ({_placeholders(chunk)})", chunk)}
        return docs

    # -- per article: who is who, affiliations, roles, evidence ----------------------------------------------
    def _of_mention(self, doc_id: str) -> dict[int, str]:
        out = {}
        for idx, cluster in self.conn.execute(
                "SELECT m.idx, n.cluster FROM mention_names m "
                "JOIN doc_names n ON n.doc_id = m.doc_id AND n.pos = m.pos WHERE m.doc_id = ?", (doc_id,)):
            eid = self.final_of.get(cluster)
            if eid:
                out[idx] = eid
        return out

    def _affiliations(self, docs: set[str]) -> _PeopleChange:
        changes = {}
        for doc_id in sorted(docs):
            names = Names(self._of_mention(doc_id), self.settled)
            records = affiliation_records(_relations(self.conn, doc_id), names)
            if records == self.affiliations.docs.get(doc_id, []):
                continue
            changes[doc_id] = records
            self.conn.execute("DELETE FROM doc_affiliations WHERE doc_id = ?", (doc_id,))
            self.conn.executemany("INSERT INTO doc_affiliations VALUES (?, ?, ?, ?, ?, ?)",
                                  [(doc_id, i, *r) for i, r in enumerate(records)])
        moved, held = self.affiliations.update(changes)
        for person in held:
            self.roles.set_held(person, self.affiliations.held.get(person, []))
        side = self.affiliations.of
        self.conn.executemany("DELETE FROM affiliations WHERE person = ?", [(p,) for p in moved if p not in side])
        self.conn.executemany("INSERT OR REPLACE INTO affiliations VALUES (?, ?)",
                              [(p, side[p]) for p in moved if p in side])
        return _PeopleChange(moved, held)

    def _roles(self, docs: set[str], *, new_docs: set[str], corpus_changed: bool) -> set[str]:
        """Re-settle the role descriptions of these articles, and those that only the corpus settled when who
        holds which role (or which entities there are) changed. Returns the articles whose descriptions now
        refer to someone else."""
        roles = self.roles
        changed: set[str] = set()
        for doc_id in sorted(d for d in docs if d in self.role_docs or d in new_docs):
            mentions = list(_mentions(self.conn, doc_id))
            described = [m for m in mentions if m.label == "ROLE"]
            if not described:
                continue
            self.role_docs.add(doc_id)
            of_mention = self._of_mention(doc_id)
            positions = [(m.start, of_mention[m.idx]) for m in mentions if m.label != "ROLE" and m.idx in of_mention]
            stored = {i: (e, f) for i, e, f in self.conn.execute(
                "SELECT idx, entity, fallback FROM roles WHERE doc_id = ?", (doc_id,))}
            for m in described:
                choice, fallback = roles.settle(m, positions, self.settled)
                if stored.get(m.idx) != (choice, int(fallback)):
                    self.conn.execute("INSERT OR REPLACE INTO roles VALUES (?, ?, ?, ?)",
                                      (doc_id, m.idx, choice, int(fallback)))
                    if (stored.get(m.idx) or (None,))[0] != choice:
                        changed.add(doc_id)
                if fallback:
                    self.fallback_roles[(doc_id, m.idx)] = (choice, m.text, m.kb_id)
                else:
                    self.fallback_roles.pop((doc_id, m.idx), None)
        if not corpus_changed:
            return changed
        for (doc_id, idx), (old, text, kb_id) in list(self.fallback_roles.items()):
            if doc_id in docs:
                continue
            wanted, qualifier = Roles.wanted(MentionFact(doc_id, idx, 0, 0, text, "ROLE", kb_id, False), self.settled)
            present = set(self._of_mention(doc_id).values())
            choice = roles.corpus_choice(wanted, qualifier, present) if wanted else None
            choice = choice if choice in self.settled else None
            if choice != old:
                self.fallback_roles[(doc_id, idx)] = (choice, text, kb_id)
                self.conn.execute("UPDATE roles SET entity = ? WHERE doc_id = ? AND idx = ?", (choice, doc_id, idx))
                changed.add(doc_id)
        return changed

    def _derive(self, docs: set[str]) -> set[EdgeKey]:
        """Derive the evidence of these articles again; returns the edges whose evidence changed."""
        touched: set[EdgeKey] = set()
        affiliation = self.affiliations.of
        for doc_id in sorted(docs):
            for s, t in self.conn.execute("SELECT source, target FROM co_items WHERE doc_id = ?", (doc_id,)):
                touched.add(("person", "co_mention", s, t))
            for key in self.conn.execute("SELECT DISTINCT level, relation, source, target FROM items "
                                         "WHERE doc_id = ?", (doc_id,)):
                touched.add(key)
            self.used.subtract(e for (e,) in self.conn.execute("SELECT entity FROM doc_used WHERE doc_id = ?",
                                                               (doc_id,)))
            for table in ("co_items", "items", "doc_used"):
                self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            row = self.conn.execute("SELECT date FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            if row is None:
                continue
            of_mention = self._of_mention(doc_id)
            of_mention.update({i: e for i, e in self.conn.execute(
                "SELECT idx, entity FROM roles WHERE doc_id = ? AND entity IS NOT NULL", (doc_id,))})
            sentences: dict[int, list[int]] = defaultdict(list)
            sent_of = {}
            for idx, sent in self.conn.execute("SELECT idx, sent FROM mentions WHERE doc_id = ? ORDER BY sent, idx",
                                               (doc_id,)):
                sentences[sent].append(idx)
                sent_of[idx] = sent
            edges = doc_edges(doc_id, row[0], sorted(sentences.items()), _relations(self.conn, doc_id),
                              Names(of_mention, self.settled), affiliation, sent_of)
            touched |= self._write_items(doc_id, edges)
        return touched

    def _write_items(self, doc_id: str, edges: DocEdges) -> set[EdgeKey]:
        self.conn.executemany("INSERT INTO co_items VALUES (?, ?, ?, ?, ?)",
                              [(i.source, i.target, i.doc_id, i.sent, i.date) for i in edges.co_mentions])
        rows = [("person", i) for i in edges.person] + [("state", i) for i in edges.state]
        self.conn.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (level, i.relation, i.source, i.target, i.doc_id, i.sent, i.date, int(i.explicit), i.cue, i.modality,
             i.condition, i.role, i.speaker, i.voiced_for, *(i.lifted_from or (None, None)), int(i.shadowed))
            for level, i in rows])
        self.conn.executemany("INSERT INTO doc_used VALUES (?, ?)", [(doc_id, e) for e in sorted(edges.used)])
        self.used.update(edges.used)
        touched = {("person", "co_mention", i.source, i.target) for i in edges.co_mentions}
        touched |= {(level, i.relation, i.source, i.target) for level, i in rows}
        return touched

    def _aggregate(self, touched: set[EdgeKey]) -> None:
        """Rewrite the aggregated rows of these edges from their evidence (state-level rows of the same stance
        too: whether a state-level edge is derived depends on the person-level one), and log them as changed
        in this version (`edge_log`)."""
        touched |= {("state", r, s, t) for level, r, s, t in touched if level == "person" and r != "co_mention"}
        keys: dict[str, str] = {}
        for level, relation, source, target in sorted(touched):
            if relation == "co_mention":
                rows = [(date, 0, 0, "", "", "") for (date,) in self.conn.execute(
                    "SELECT date FROM co_items WHERE source = ? AND target = ?", (source, target))]
            else:  # the state level holds the affiliations as stated
                rows = self.conn.execute(
                    "SELECT date, lifted_source IS NOT NULL, shadowed, modality, condition, role FROM items "
                    "WHERE level = ? AND relation = ? AND source = ? AND target = ? "
                    "ORDER BY explicit DESC, date, doc_id, sent",
                    ("person" if relation == "affiliated_with" else level, relation, source, target)).fetchall()
            aggregate = EdgeAggregate.of(rows)
            if not aggregate.weight:
                self.conn.execute("DELETE FROM edges WHERE level = ? AND relation = ? AND source = ? AND target = ?",
                                  (level, relation, source, target))
                continue
            derived = None
            if level == "state" and aggregate.lifted:
                derived = int(self.conn.execute(
                    "SELECT 1 FROM edges WHERE level = 'person' AND relation = ? AND source = ? AND target = ?",
                    (relation, source, target)).fetchone() is None)
            for end in (source, target):
                if end not in keys:
                    row = self.conn.execute("SELECT folded FROM entities WHERE id = ?", (end,)).fetchone()
                    keys[end] = row[0] if row else end.casefold()
            self.conn.execute("INSERT OR REPLACE INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              (level, relation, source, target, aggregate.weight, aggregate.first, aggregate.last,
                               derived, int(relation != "co_mention"), keys[source], keys[target],
                               *(("", "", "") if relation == "co_mention" else aggregate.attributes), aggregate.days))
        log_changes(self.conn, touched)

    def _write_entities(self, ids: set[str]) -> None:
        """Rewrite these rows of the entities table: every settled entity that is mentioned, or that some
        relation ends on."""
        from graph.query import fold  # the search key the API matches names by

        rows, gone, names = [], [], set()
        for eid in sorted(ids):
            e = self.settled.get(eid)
            gone.append((eid,))
            if e is not None and (e.mentions or self.used[eid] > 0):
                rows.append((eid, e.label, e.type, e.mentions, "|".join(e.aliases), e.kb_id, e.stands_for,
                             fold(e.label)))
                names |= {(fold(eid), eid, 0), (fold(e.label), eid, 1)} | {(fold(a), eid, 2) for a in e.aliases}
        self.conn.executemany("DELETE FROM entities WHERE id = ?", gone)
        self.conn.executemany("DELETE FROM entity_names WHERE entity = ?", gone)
        self.conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        for column in ("source", "target"):  # the edges' sort keys follow a renamed entity
            self.conn.executemany(f"UPDATE edges SET {column}_key = ? WHERE {column} = ? AND {column}_key != ?",
                                  [(row[7], row[0], row[7]) for row in rows])
        self.conn.executemany("INSERT OR IGNORE INTO entity_names VALUES (?, ?, ?)", sorted(names))


@dataclass(frozen=True)
class _PeopleChange:
    moved: set[str]  # people whose usual side changed
    holders_changed: set[str]  # people whose roles changed


def items_of(conn: sqlite3.Connection, *, level: str) -> Iterator[Item]:
    """Every evidence item of one level, as `graph.derive` made them (shadowed ones included)."""
    for s, t, d, sent, date in conn.execute("SELECT source, target, doc_id, sent, date FROM co_items"):
        yield Item(s, t, "co_mention", d, sent, date)
    levels = ("person",) if level == "person" else ("person", "state")
    for row in conn.execute(
            "SELECT level, relation, source, target, doc_id, sent, date, explicit, cue, modality, condition, role, "
            f"speaker, voiced_for, lifted_source, lifted_target, shadowed FROM items WHERE level IN "
            f"({_placeholders(list(levels))})", levels):
        lvl, rel, s, t, d, sent, date, explicit, cue, modality, condition, role, speaker, voiced, ls, lt, sh = row
        if level == "state" and lvl == "person" and rel in STANCE_RELATIONS:
            continue  # the state level holds its own copy of every stance item
        if lvl == "state" and ls is None:
            yield Item(s, t, rel, d, sent, date, bool(explicit), cue, modality, condition, role, speaker, voiced)
        else:
            yield Item(s, t, rel, d, sent, date, bool(explicit), cue, modality, condition, role, speaker, voiced,
                       (ls, lt) if ls is not None else None, bool(sh))
