"""Canonicalisation: many mentions, one node per real entity, in two stages.

(a) `doc_facts`: what one article alone settles about its names (each distinct name with its mentions, labels,
    type evidence, the gazetteer entry it names, declared aliases): computed once, at ingest.
(b) `NameIndex` and `settle`: the corpus-level decisions over distinct names with aggregated statistics (types
    from all the evidence, full person names and their forms, lone names joining the one full name they fit,
    organisation short forms, acronyms, aliases). The store keeps both stages incrementally; `resolve` runs
    them over a whole corpus at once, with the same code, so an article added later can still join "Starmer"
    mentions from earlier articles to the full name "Keir Starmer" it introduces.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Protocol

from nlp.gazetteer import ACCORD, FORCE_ID, Gazetteer, army_label, kind_of, name_of
from nlp.names import clean_surface, fold, is_surname_only, name_tokens, one_edit_apart, org_key
from nlp.records import ALIAS_OF, TYPED_AS


class MentionLike(Protocol):
    doc_id: str
    idx: int
    text: str
    label: str
    kb_id: str
    headline: bool


@dataclass
class Entity:
    id: str
    type: str
    surfaces: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)  # a person's full-name forms
    kb_id: str = ""
    stands_for: str | None = None  # entity id of the state a capital or seat stands for
    canonical: str = ""
    kinds: Counter = field(default_factory=Counter)  # the model's labels of its mentions
    evidence: Counter = field(default_factory=Counter)  # what the texts show it to be: type -> count

    @property
    def mentions(self) -> int:
        return sum(self.surfaces.values())

    @property
    def label(self) -> str:
        return self.canonical or self.surfaces.most_common(1)[0][0]

    @property
    def aliases(self) -> list[str]:
        return sorted(s for s in self.surfaces if s != self.label)


@dataclass
class Resolution:
    entities: dict[str, Entity]
    of_mention: dict[tuple[str, int], str]  # (doc_id, mention idx) -> entity id
    roles: list = field(default_factory=list)  # ROLE mentions, settled by resolve_roles

    def entity_for(self, doc_id: str, idx: int) -> Entity | None:
        eid = self.of_mention.get((doc_id, idx))
        return self.entities.get(eid) if eid else None

    def stands_for(self, doc_id: str, idx: int) -> Entity | None:
        """The entity a mention stands for in a relation: Moscow -> Russia, anything else -> itself."""
        entity = self.entity_for(doc_id, idx)
        if entity and entity.stands_for and entity.stands_for in self.entities:
            return self.entities[entity.stands_for]
        return entity


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _person_label(surface: str) -> str:
    tokens = clean_surface(surface).split()
    while len(tokens) > 1 and name_tokens(tokens[0] + " x") == ["x"]:
        tokens = tokens[1:]  # drop honorifics: 'Sir Keir Starmer' -> 'Keir Starmer'
    return " ".join(tokens)


class EvidenceLike(Protocol):
    """A record about names (nlp.records.ALIAS_OF, TYPED_AS)."""

    source: int
    target: int
    relation: str
    role: str


class StoredEvidence(EvidenceLike, Protocol):
    doc_id: str


def resolve(mentions: Iterable[MentionLike], gazetteer: Gazetteer, *, evidence: Iterable[StoredEvidence] = (),
            short_forms: Iterable[tuple[str, ...]] = ()) -> Resolution:
    """One entity per real-world name, for a whole corpus at once. `evidence` holds what the texts say about
    names (declared aliases, evidence of a name's type); `short_forms` the designations an organisation's
    short name may drop ('group', 'company'). The same two stages as the store's incremental resolution."""
    by_doc: dict[str, list[MentionLike]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc_id].append(m)
    records: dict[str, list[StoredEvidence]] = defaultdict(list)
    for r in evidence:
        records[r.doc_id].append(r)
    facts = [doc_facts(doc_id, sorted(ms, key=lambda m: m.idx), records.get(doc_id, ()), gazetteer)
             for doc_id, ms in sorted(by_doc.items())]
    index = NameIndex()
    for f in facts:
        index.add(f)
    index.refresh()
    clusters: dict[str, ClusterStats] = {}
    decided: dict[tuple[str, int], str] = {}  # (doc, doc-name position) -> cluster
    aliases: list[tuple[str, str]] = []
    for f in facts:
        near = index.near(f)
        for i, dn in enumerate(f.names):
            d = index.decide(dn, near)
            decided[(f.doc_id, i)] = d.cluster
            clusters.setdefault(d.cluster, ClusterStats.of(d.cluster, gazetteer)).add(dn, d)
        aliases += [(decided[(f.doc_id, a)], decided[(f.doc_id, b)]) for a, b in f.aliases]
    settled = settle(clusters, index.parent, aliases, gazetteer, short_forms=tuple(short_forms))
    of_mention = {}
    for f in facts:
        for idx, i in f.of_mention.items():
            eid = settled.final_of.get(decided[(f.doc_id, i)])
            if eid:
                of_mention[(f.doc_id, idx)] = eid
    roles = [m for f in facts for m in f.roles]
    return Resolution(settled.entities, of_mention, roles)


TYPES = ("PERSON", "ORG", "PLACE")


def decide_type(evidence: Counter, labels: Counter) -> str:
    """What the texts show a name to be ('President X', 'X rebels'), else what the model guessed most."""
    pool = Counter({t: n for t, n in (evidence or labels).items() if t in TYPES})
    if not pool:
        return "ORG"
    return sorted(pool, key=lambda t: (-pool[t], -labels.get(t, 0), TYPES.index(t)))[0]


# -- stage (a): what one article says about its names -------------------------------------------------
@dataclass
class DocName:
    """Every mention of one name (one surface form and gazetteer id) in one article, and what the article
    alone settles about it: its tokens, the gazetteer entry it names, its type evidence."""

    doc_id: str
    text: str  # the mention text
    kb_id: str
    first: int  # idx of its first mention
    n: int = 0
    headline: int = 0  # mentions in headlines or page furniture
    labels: Counter = field(default_factory=Counter)  # the model's labels
    evidence: Counter = field(default_factory=Counter)  # typed_as evidence
    local_kb: str = ""  # the gazetteer entry (or the body of a parent the article names) it stands for

    @cached_property
    def surface(self) -> str:
        return clean_surface(self.text)

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        return tuple(name_tokens(self.text))

    @cached_property
    def key(self) -> str:
        return " ".join(self.tokens)

    @cached_property
    def lone(self) -> bool:
        """A single name or a surname with its particle: it may join a full name."""
        tokens = list(self.tokens)
        return bool(tokens) and (len(tokens) == 1 or is_surname_only(tokens))

    @property
    def lone_token(self) -> str:
        return self.tokens[-1] if self.lone else ""


@dataclass
class DocFacts:
    doc_id: str
    names: list[DocName]
    of_mention: dict[int, int]  # mention idx -> position in `names`
    aliases: list[tuple[int, int]]  # declared aliases (alias, name) as positions in `names`, in text order
    roles: list  # ROLE mentions, settled by resolve_roles


_TAILS: dict[int, dict[tuple[str, ...], set[str]]] = {}


def doc_facts(doc_id: str, mentions: Iterable[MentionLike], evidence: Iterable[EvidenceLike],
              gazetteer: Gazetteer) -> DocFacts:
    """Stage (a): one article's names, from its mentions (in idx order) and name evidence records."""
    mentions = list(mentions)
    typed: dict[int, Counter] = defaultdict(Counter)
    alias_idx: list[tuple[int, int]] = []
    for r in evidence:
        if r.relation == TYPED_AS and r.role in TYPES:
            typed[r.source][r.role] += 1
        elif r.relation == ALIAS_OF:
            alias_idx.append((r.source, r.target))
    names: list[DocName] = []
    position: dict[tuple[str, str], int] = {}
    of_mention: dict[int, int] = {}
    roles = []
    known_in: set[str] = set()
    for m in mentions:
        if m.label == "ROLE":
            roles.append(m)
            continue
        where = (m.text, m.kb_id)
        if where not in position:
            position[where] = len(names)
            names.append(DocName(doc_id, m.text, m.kb_id, m.idx))
        dn = names[position[where]]
        of_mention[m.idx] = position[where]
        dn.n += 1
        dn.headline += bool(m.headline)
        dn.labels[m.label] += 1
        dn.evidence.update(typed.get(m.idx, Counter()))
        first = clean_surface(m.text).split()[:1]
        kb = m.kb_id or (gazetteer.lookup(first[0]) if first else None)
        if kb:
            known_in.add(kb)
    tails = _TAILS.get(id(gazetteer))
    if tails is None:
        tails = _TAILS[id(gazetteer)] = gazetteer.body_tails()
    for dn in names:
        if not dn.kb_id:
            dn.local_kb = gazetteer.lookup(dn.surface) or _known_body(dn.text, known_in, tails, gazetteer) or ""
    aliases = [(of_mention[a], of_mention[b]) for a, b in alias_idx if a in of_mention and b in of_mention]
    return DocFacts(doc_id, names, of_mention, aliases, roles)


def _known_body(text: str, known_in: set[str], tails: dict, gazetteer: Gazetteer) -> str | None:
    """'Security Council' in an article that names the UN: the body of the UN it ends the name of."""
    fits = {kb for kb in tails.get(tuple(org_key(text).split()), ())
            if kb in known_in or gazetteer.entities[kb].part_of in known_in}
    return next(iter(fits)) if len(fits) == 1 else None


# -- stage (b): the corpus's names --------------------------------------------------------------------
@dataclass(frozen=True)
class Decision:
    cluster: str
    stage: int  # 1: known names and full person names; 2: the rest (their order of creation)
    mode: str  # 'known' (gazetteer), 'full' (a full person name), 'name' (any other)


class NameIndex:
    """What the corpus knows about names, kept per distinct name (not per mention): the model's labels and the
    type evidence of each name, the documents it occurs in, the full person names and their forms, and the
    joins between full names (middle names). `decide` settles one article's name from it."""

    def __init__(self) -> None:
        self.labels: dict[str, Counter] = defaultdict(Counter)
        self.evidence: dict[str, Counter] = defaultdict(Counter)
        self.docs: dict[str, Counter] = defaultdict(Counter)  # key -> document -> doc-names
        self.by_last_word: dict[str, set[str]] = defaultdict(set)
        self.kinds: dict[str, tuple[str, bool]] = {}
        self.person_of: dict[str, str] = {}  # full person name key -> person id
        self.people = PersonNames()
        self.parent: dict[str, str] = {}  # middle-name joins between person ids
        self._dirty: set[str] = set()

    # -- statistics ----------------------------------------------------------------------------------
    def add(self, facts: DocFacts) -> None:
        for dn in facts.names:
            self.add_name(dn)

    def add_name(self, dn: DocName) -> None:
        if dn.kb_id:
            return
        key = dn.key
        self.labels[key].update(dn.labels)
        self.evidence[key].update(dn.evidence)
        self.docs[key][dn.doc_id] += 1
        words = key.split()
        if len(words) >= 2:
            self.by_last_word[words[-1]].add(key)
        self._dirty.add(key)

    def _kind_of(self, key: str) -> tuple[str, bool]:
        """Textual evidence when there is any (a full name also takes its surname's: 'President Trump' makes
        'Donald Trump' a person), else the majority of the model's labels."""
        own = self.evidence.get(key)
        words = key.split()
        if not own and len(words) >= 2:
            surname = self.evidence.get(words[-1], Counter())
            own = Counter({"PERSON": surname["PERSON"]}) if surname["PERSON"] > sum(surname.values()) / 2 \
                else None
        return decide_type(own or Counter(), self.labels[key]), bool(own)

    def kind(self, key: str) -> str:
        return self.kinds.get(key, ("ORG", False))[0]

    def evidenced(self, key: str) -> bool:
        return self.kinds.get(key, ("ORG", False))[1]

    def refresh(self) -> Change:
        """Settle what the statistics added since the last call change: kinds, full names, middle-name joins."""
        dirty = set(self._dirty)
        self._dirty.clear()
        for key in list(dirty):
            dirty |= self.by_last_word.get(key, set())
        flipped = set()
        for key in dirty:
            kind = self._kind_of(key)
            if self.kinds.get(key) != kind:
                flipped.add(key)
                self.kinds[key] = kind
        reshaped: set[str] = set()  # people who gained or lost a form
        tokens: set[str] = set()
        for key in dirty:
            words = tuple(key.split())
            full = self.kind(key) == "PERSON" and len(words) >= 2 and not is_surname_only(list(words))
            old = self.person_of.get(key)
            if full and old is None:
                eid = self.person_of[key] = self.people.add(words, self.docs[key])
            elif old is not None and not full:
                eid = self.person_of.pop(key)
                self.people.remove(words, old)
            else:
                continue
            reshaped.add(eid)
            tokens.update((words[0], words[-1]))
        before = {eid: self.find(eid) for eid in self.people.forms}
        self.parent = {}
        self.people.join_middle_names(self.find, self._union)
        moved = {eid for eid in set(before) | set(self.people.forms) if before.get(eid, eid) != self.find(eid)}
        for eid in moved:
            tokens.update(w for f in self.people.forms.get(eid, ()) for w in (f[0], f[-1]))
        return Change(flipped=flipped, people=reshaped | moved, tokens=tokens)

    # -- people's union-find ------------------------------------------------------------------------
    def find(self, eid: str) -> str:
        return _find(self.parent, eid)

    def _union(self, source: str, target: str) -> None:
        source, target = self.find(source), self.find(target)
        if source != target:
            self.parent[source] = target

    # -- decisions -----------------------------------------------------------------------------------
    def is_full(self, dn: DocName) -> bool:
        return not dn.kb_id and dn.key in self.person_of

    def near(self, facts: DocFacts) -> dict[str, int]:
        """The full person names of one article, each with where it is first named."""
        return self.full_names_in(facts.names)

    def full_names_in(self, names: Iterable[DocName]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for dn in names:
            if self.is_full(dn):
                person = self.person_of[dn.key]
                seen[person] = min(seen.get(person, dn.first), dn.first)
        return seen

    def decide(self, dn: DocName, near: dict[str, int]) -> Decision:
        """The cluster one article's name belongs to: its gazetteer entry, its full person name, the one full
        name a lone name fits (in its own article first, else in the corpus), a misspelt surname's full name
        in its article, or its own name."""
        if dn.kb_id:
            return Decision(known_cluster(dn.kb_id), 1, "known")
        if self.is_full(dn):
            return Decision(self.person_of[dn.key], 1, "full")
        tokens = list(dn.tokens)
        kind = self.kind(dn.key)
        person_like = kind == "PERSON" or not self.evidenced(dn.key)
        eid = None
        if person_like and dn.lone:
            eid = self.people.lone_name(tokens, near, self.find, first_names=kind == "PERSON", at=dn.first)
            if eid is None and len(tokens) == 1:
                eid = self.people.misspelt_surname(tokens[0], near, self.find)
        if eid is not None:
            return Decision(eid, 2, "name")
        if dn.local_kb:
            return Decision(known_cluster(dn.local_kb), 2, "known")
        key = " ".join(tokens) if kind == "PERSON" else org_key(dn.text)
        return Decision(f"NAME:{key}", 2, "name")


@dataclass(frozen=True)
class Change:
    """What one refresh of the name index changed: names whose type changed (`flipped`), people who gained or
    lost a form or joined or left another (`people`), and the first and last words of their forms (`tokens`:
    the lone names that may fit them differently now)."""

    flipped: set[str]
    people: set[str]
    tokens: set[str]


def _find(parent: dict[str, str], eid: str) -> str:
    """The root of `eid` in a union-find forest, compressing the path walked."""
    root = eid
    while (up := parent.get(root, root)) != root:
        root = up
    while eid != root:
        parent[eid], eid = root, parent[eid]
    return root


def known_cluster(kb_id: str) -> str:
    """The cluster of a gazetteer id, or of an undertaking's name (an unnamed measure's too); an accord's name
    without 'peace' and with one word for its kind ('the Dayton Peace Accords' is 'the Dayton Agreement')."""
    kind = kind_of(kb_id)
    if army_label(kb_id):
        return f"ORG:{slug(army_label(kb_id))}"
    if not kind:
        return kb_id
    name = kb_id.split(":", 1)[1]
    if kind == ACCORD:
        name = " ".join(ACCORD_HEADS.get(w, w) for w in fold(name).split() if w not in {"peace", "the"})
    return f"ORG:{slug(name)}"


ACCORD_HEADS = {"agreements": "agreement", "accord": "agreement", "accords": "agreement", "deal": "agreement",
                "pact": "agreement", "treaties": "treaty", "cease-fire": "ceasefire", "truce": "ceasefire"}


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


class PersonNames:
    """Full person names seen in the corpus: their forms, each with the documents it occurs in."""

    def __init__(self) -> None:
        self.forms: dict[str, dict[tuple[str, ...], Counter]] = {}  # person -> form -> documents
        self.by_last: dict[str, set[str]] = defaultdict(set)
        self.by_first: dict[str, set[str]] = defaultdict(set)

    def add(self, tokens: tuple[str, ...], docs: Counter) -> str:
        eid = f"PERSON:{slug(tokens[0] + ' ' + tokens[-1])}"
        self.forms.setdefault(eid, {})[tokens] = docs
        self.by_last[tokens[-1]].add(eid)
        self.by_first[tokens[0]].add(eid)
        return eid

    def remove(self, tokens: tuple[str, ...], eid: str) -> None:
        forms = self.forms.get(eid, {})
        forms.pop(tokens, None)
        if not forms:
            self.forms.pop(eid, None)
        if not any(f[-1] == tokens[-1] for f in forms):
            self.by_last[tokens[-1]].discard(eid)
        if not any(f[0] == tokens[0] for f in forms):
            self.by_first[tokens[0]].discard(eid)

    def share_a_document(self, a: str, b: str) -> bool:
        docs = set().union(*self.forms.get(a, {}).values())
        return any(d in docs for c in self.forms.get(b, {}).values() for d in c)

    @staticmethod
    def extends(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
        """'Recep Tayyip Erdogan' extends 'Tayyip Erdogan'; 'Mohammed bin Abdulrahman Al Thani' extends
        'Mohammed bin Abdulrahman'; 'George W Bush' extends 'George Bush'."""
        if len(long) <= len(short) or not _subsequence(short, long):
            return False
        return short[-1] == long[-1] or (long[:len(short)] == short and len(short) >= 3)

    @staticmethod
    def reordered(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """'Tayyip Recep Erdogan' is 'Recep Tayyip Erdogan': the same given names in another order."""
        return len(a) == len(b) >= 3 and a != b and a[-1] == b[-1] and sorted(a[:-1]) == sorted(b[:-1])

    def join_middle_names(self, find: Callable[[str], str], union: Callable[[str, str], None]) -> None:
        """Shorter full names join the one longer name they fit ('Tayyip Erdogan' -> 'Recep Tayyip
        Erdogan'), as do given names in another order; one that fits several joins the one in its own
        documents, if only one is."""
        longest = {eid: max(len(f) for f in forms) for eid, forms in self.forms.items()}
        long = {eid for eid, n in longest.items() if n >= 3}  # only they can extend a shorter full name
        for eid in sorted(self.forms, key=lambda e: (-longest[e], e)):
            shortest = min(self.forms[eid], key=lambda f: (len(f), f))
            others = (self.by_last.get(shortest[-1], set()) & long) | (self.by_first.get(shortest[0], set()) & long)
            fitting = [o for o in sorted(others) if find(o) != find(eid) and (
                (longest[o] > len(shortest) and any(self.extends(f, shortest) for f in self.forms[o]))
                or any(self.reordered(f, shortest) for f in self.forms[o]))]
            if not fitting:
                continue
            near = {find(o) for o in fitting if self.share_a_document(o, eid)}
            target = _closest({find(o) for o in fitting}, near.__contains__)
            if target:
                union(eid, target)

    def lone_name(self, tokens: list[str], near_people: dict[str, int], find: Callable[[str], str], *,
                  first_names: bool, at: int = -1) -> str | None:
        """'Erdogan', 'Bin Salman', 'al-Atta': the one full name they end; failing that, the one full name
        a single name begins ('Sheikh Mohammed'; 'Wang' of 'Wang Yi'), in the corpus for a name typed as a
        person, else only in its own document. A name in the same document comes first; of two there ('Raman
        X' and, later, 'his father, Dzmitry X'), the only one named before the lone name first is (mention `at`)."""
        words = tuple(tokens)
        seen: dict[str, int] = {}
        for e, first in near_people.items():
            root = find(e)
            seen[root] = min(seen.get(root, first), first)
        near = seen.__contains__
        ends = {find(e) for e in self.by_last.get(words[-1], ())
                if any(len(f) > len(words) and f[-len(words):] == words for f in self.forms.get(e, ()))}
        if ends:
            return _closest(ends, near) or _only_named_before({c for c in ends if near(c)}, seen, at)
        if len(words) == 1:  # 'Castro' of 'Iris Xiomara Castro Sarmiento', in its own article: a paternal surname
            paternal = {find(e) for e in near_people for f in self.forms.get(e, ()) if len(f) >= 4
                        and f[-2] == words[0]}
            if len(paternal) == 1:
                return paternal.pop()
            # 'Sheikh Mohammed'; 'Wang' of 'Wang Yi', in its own article
            begins = {find(e) for e in self.by_first.get(words[0], ()) if e in self.forms}
            return _closest(begins if first_names else {c for c in begins if near(c)}, near)
        return None

    def misspelt_surname(self, token: str, near_people: Iterable[str], find: Callable[[str], str]) -> str | None:
        """'Sijjarto' beside 'Peter Szijjarto' in one article: one letter apart, same first letter and
        ending, at least five letters; only within the document, and only when one full name fits."""
        if len(token) < 5:
            return None
        fits = {find(e) for e in near_people for f in self.forms.get(e, ())
                if f[-1][0] == token[0] and f[-1][-2:] == token[-2:] and one_edit_apart(f[-1], token)}
        return next(iter(fits)) if len(fits) == 1 else None


def _only_named_before(candidates: set[str], first_seen: dict[str, int], at: int) -> str | None:
    """Of several full names in one document, the only one named before mention `at` (if both were, the lone
    name stays ambiguous)."""
    earlier = [c for c in candidates if first_seen[c] < at]
    return earlier[0] if len(earlier) == 1 else None


def _closest(candidates: set[str], is_near: Callable[[str], bool]) -> str | None:
    """The one candidate in the same document, else the one candidate in the corpus, else none."""
    near = [c for c in candidates if is_near(c)]
    if len(near) == 1:
        return near[0]
    return next(iter(candidates)) if len(candidates) == 1 else None


# -- stage (b), continued: clusters of names joined into entities --------------------------------------
Order = tuple[int, str, int]  # (stage, document, mention idx): where a name was first seen


@dataclass
class ClusterStats:
    """The summed statistics of the names in one cluster, and where it was first seen."""

    id: str
    type: str = ""
    kb_id: str = ""
    canonical: str = ""
    stands_for: str | None = None
    size: int = 0  # mentions
    shown: int = 0  # mentions outside headlines and page furniture
    labels: Counter = field(default_factory=Counter)  # a person's full-name forms
    kinds: Counter = field(default_factory=Counter)  # the model's labels
    evidence: Counter = field(default_factory=Counter)
    surfaces: dict[str, list] = field(default_factory=dict)  # surface -> [mentions, first seen]
    first: Order | None = None

    @classmethod
    def of(cls, cluster: str, gazetteer: Gazetteer) -> ClusterStats:
        stats = cls(cluster)
        if cluster.startswith("PERSON:") or cluster.startswith("NAME:"):
            return stats
        if cluster.startswith("ORG:") and cluster not in gazetteer.entities:  # a named operation or accord
            stats.type, stats.kb_id = "ORG", cluster
            return stats
        known = gazetteer.entities.get(cluster)
        stats.type, stats.kb_id = (known.type if known else "ORG"), cluster
        if known:
            stats.canonical, stats.stands_for = known.label, known.stands_for
        return stats

    def add(self, dn: DocName, decision: Decision) -> None:
        """Count one article's name in this cluster."""
        self.size += dn.n
        self.shown += dn.n - dn.headline
        self.evidence.update(dn.evidence)
        if decision.mode != "known":
            self.kinds.update(dn.labels)
        if decision.mode == "full":
            self.labels[_person_label(dn.text)] += dn.n
        kb = dn.kb_id or dn.local_kb
        if decision.mode == "known" and (kind_of(kb) or army_label(kb)):
            self.canonical = name_of(kb) or army_label(kb)
        order = (decision.stage, dn.doc_id, dn.first)
        entry = self.surfaces.setdefault(dn.surface, [0, order])
        entry[0] += dn.n
        entry[1] = min(entry[1], order)
        self.first = order if self.first is None else min(self.first, order)

    def most_common_surface(self) -> str:
        return min(self.surfaces.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0] if self.surfaces else ""

    @property
    def label(self) -> str:
        return self.canonical or self.most_common_surface()


@dataclass
class Settled:
    entities: dict[str, Entity]
    final_of: dict[str, str]  # cluster -> entity id (clusters only ever in headlines have none)


class SettleCache:
    """What the last `settle` worked out per entity (its type, the entity itself), reused for the entities
    whose clusters are the same and unchanged (`dirty` names the clusters whose statistics changed)."""

    def __init__(self) -> None:
        self.types: dict[str, tuple[tuple[str, ...], str]] = {}
        self.entities: dict[str, tuple[tuple[str, ...], Entity]] = {}
        self.dirty: set[str] = set()

    def get(self, table: dict, root: str, members: list[ClusterStats]):
        found = table.get(root)
        if found is None or len(found[0]) != len(members) or any(s.id in self.dirty for s in members):
            return None
        return found[1] if found[0] == tuple(s.id for s in members) else None


def settle(clusters: dict[str, ClusterStats], parent: dict[str, str], aliases: Iterable[tuple[str, str]],
           gazetteer: Gazetteer, *, short_forms: tuple[tuple[str, ...], ...],
           cache: SettleCache | None = None) -> Settled:
    """Stage (b), last step: clusters joined into entities (organisations with and without their designation,
    acronyms, declared aliases), each entity named and typed from the statistics of its clusters."""
    joins = _Joins({c: s for c, s in sorted(clusters.items(), key=lambda kv: kv[1].first or (9, "", 0))
                    if s.size > 0}, dict(parent), cache or SettleCache())
    joins.join_short_forms(short_forms)
    joins.join_transliterations(short_forms)
    joins.join_acronyms()
    for alias, name in aliases:
        joins.join_alias(alias, name)
    settled = joins.settled(gazetteer)
    joins.cache.dirty = set()
    return settled


class _Joins:
    """Clusters joined into entities (union-find over cluster ids), visited in the order they were first seen."""

    def __init__(self, clusters: dict[str, ClusterStats], parent: dict[str, str], cache: SettleCache) -> None:
        self.clusters = clusters
        self.cache = cache
        self.parent = {c: p for c, p in parent.items()}
        self.size: Counter = Counter()
        for c, s in clusters.items():
            self.size[self.find(c)] += s.size

    def find(self, eid: str) -> str:
        return _find(self.parent, eid)

    def union(self, source: str, target: str) -> None:
        source, target = self.find(source), self.find(target)
        if source != target:
            self.parent[source] = target
            self.size[target] += self.size.pop(source, 0)

    def _roots(self) -> dict[str, list[ClusterStats]]:
        groups: dict[str, list[ClusterStats]] = defaultdict(list)
        for cid, s in self.clusters.items():
            groups[self.find(cid)].append(s)
        return groups

    def _root(self, root: str) -> ClusterStats:
        return self.clusters.get(root) or ClusterStats(root)

    def _type_of(self, members: list[ClusterStats]) -> str:
        root = self._root(self.find(members[0].id))
        if root.kb_id:
            return root.type
        if root.id.startswith("PERSON:"):
            return "PERSON"
        known = self.cache.get(self.cache.types, root.id, members)
        if known is not None:
            return known
        evidence, kinds = Counter(), Counter()
        for s in members:
            evidence.update(s.evidence)
            kinds.update(s.kinds)
        etype = decide_type(evidence, kinds)
        self.cache.types[root.id] = (tuple(s.id for s in members), etype)
        return etype

    def join_short_forms(self, short_forms: tuple[tuple[str, ...], ...]) -> None:
        """'Wagner', 'Wagner Group' and 'Private Military Company Wagner' are one organisation: all the
        organisations whose names share a core once designations are dropped, if one of them was named
        with a designation and at most one is in the gazetteer."""
        if not short_forms:
            return
        by_core: dict[str, set[str]] = defaultdict(set)
        designated: set[str] = set()
        for root, members in self._roots().items():
            if self._type_of(members) != "ORG":
                continue
            for s in members:
                for surface in s.surfaces:
                    core, dropped = _core_of(surface, short_forms)
                    if core:
                        by_core[core].add(root)
                        if dropped:
                            designated.add(root)
        for roots in by_core.values():
            roots = {self.find(r) for r in roots}
            known = [r for r in roots if self._root(r).kb_id]
            if len(roots) < 2 or len(known) > 1 or not roots & designated:
                continue
            target = known[0] if known else max(roots, key=lambda r: (self.size[r], r in designated, r))
            for r in roots:
                self.union(r, target)

    def join_transliterations(self, short_forms: tuple[tuple[str, ...], ...]) -> None:
        """'al-Qaeda' and "al Qa'ida", 'Jaish-e-Mohammed' and 'Jaish-i-Mohammad': organisations whose names,
        designations dropped, differ only in vowels, doubled letters, spaces and marks are one, if at most
        one of them is in the gazetteer."""
        by_skeleton: dict[str, set[str]] = defaultdict(set)
        for root, members in self._roots().items():
            if self._type_of(members) != "ORG":
                continue
            for s in members:
                for surface in s.surfaces:
                    skeleton = _skeleton(_core_of(surface, short_forms)[0])
                    if len(skeleton) >= MIN_SKELETON:
                        by_skeleton[skeleton].add(root)
        for roots in by_skeleton.values():
            roots = {self.find(r) for r in roots}
            known = [r for r in roots if self._root(r).kb_id]
            if len(roots) < 2 or len(known) > 1:
                continue
            target = known[0] if known else max(roots, key=lambda r: (self.size[r], r))
            for r in roots:
                self.union(r, target)

    def join_acronyms(self) -> None:
        """An acronym joins the one organisation whose initials it spells: "RSF" -> "Rapid Support Forces"; an
        acronym of three letters or more kept from the name's own language spells them in another order
        ("FARC" -> "Revolutionary Armed Forces of Colombia") where no name spells it in order."""
        groups = self._roots()
        initials: dict[str, set[str]] = defaultdict(set)
        scrambled: dict[str, set[str]] = defaultdict(set)
        for root, members in groups.items():
            e = self._root(root)
            if e.kb_id or self._type_of(members) != "ORG":
                continue
            words = [w for w in re.split(r"[\s-]+", e.label) if w and w.lower() not in {"of", "the", "and", "for"}]
            if len(words) >= 2:
                letters = "".join(w[0] for w in words).upper()
                initials[letters].add(root)
                scrambled["".join(sorted(letters))].add(root)
        for root, members in groups.items():
            e = self._root(root)
            if e.kb_id or self._type_of(members) not in {"ORG", "PERSON"} or root.startswith("PERSON:"):
                continue
            if e.label.isupper() and 2 <= len(e.label) <= 6:
                owners = {self.find(o) for o in initials.get(e.label, ())} - {self.find(root)}
                if not owners and len(e.label) >= 3:
                    owners = {self.find(o) for o in scrambled.get("".join(sorted(e.label)), ())} - {self.find(root)}
                if len(owners) == 1:
                    self.union(root, next(iter(owners)))

    def join_alias(self, alias: str, name: str) -> None:
        """'X, also known as Y', 'X (Y)': one entity, known by the gazetteer's name or a person's full name
        where one of them has it, else by the name the alias was declared for."""
        if alias not in self.clusters or name not in self.clusters:
            return
        a, b = self.find(alias), self.find(name)
        if a == b or (self._root(a).kb_id and self._root(b).kb_id):
            return
        rank = {r: (bool(self._root(r).kb_id), r.startswith("PERSON:")) for r in (a, b)}
        source, target = (a, b) if rank[b] >= rank[a] else (b, a)  # else the name the alias was given for
        self.union(source, target)

    def settled(self, gazetteer: Gazetteer) -> Settled:
        final: dict[str, Entity] = {}
        final_id: dict[str, str] = {}
        for root, members in self._roots().items():
            head = self._root(root)
            if not sum(s.shown for s in members) and not head.kb_id:
                continue  # only ever in headlines or page furniture
            e = self.cache.get(self.cache.entities, root, members)
            if e is None:
                e = self._entity(root, head, members)
                self.cache.entities[root] = (tuple(s.id for s in members), e)
            final_id[root] = e.id
            if e.id in final:  # two clusters settled on one id: one entity
                first = final[e.id]
                final[e.id] = Entity(first.id, first.type, Counter(first.surfaces), first.labels, first.kb_id,
                                     first.stands_for, first.canonical, first.kinds, first.evidence)
                final[e.id].surfaces.update(e.surfaces)
            else:
                final[e.id] = e
        for e in list(final.values()):
            if e.stands_for and e.stands_for not in final and e.stands_for in gazetteer.entities:
                known = gazetteer.entities[e.stands_for]
                final[e.stands_for] = Entity(known.kb_id, known.type, kb_id=known.kb_id, canonical=known.label)
        final_of = {c: final_id[self.find(c)] for c in self.clusters if self.find(c) in final_id}
        return Settled(final, final_of)

    def _entity(self, root: str, head: ClusterStats, members: list[ClusterStats]) -> Entity:
        """One entity from its clusters: their summed statistics, its name and type."""
        e = Entity(root, self._type_of(members), kb_id=head.kb_id, stands_for=head.stands_for,
                   canonical=head.canonical)
        firsts: dict[str, Order] = {}
        for s in members:
            for surface, (n, first) in s.surfaces.items():
                e.surfaces[surface] += n
                firsts[surface] = min(firsts.get(surface, first), first)
            e.labels.update(s.labels)
            e.kinds.update(s.kinds)
            e.evidence.update(s.evidence)
        e.surfaces = Counter(dict(sorted(e.surfaces.items(), key=lambda kv: firsts[kv[0]])))
        if root.startswith("PERSON:"):  # the root's own most frequent full form, the longer on a tie
            forms = head.labels or e.labels
            e.canonical = max(forms.items(), key=lambda kv: (kv[1], len(kv[0].split()), kv[0]))[0] \
                if forms else e.label
        elif root.startswith("NAME:"):
            e.id = f"{e.type}:{root[5:].replace(' ', '-')}"
            if len(members) > 1:
                e.canonical = head.most_common_surface()
        elif e.kb_id == FORCE_ID:
            e.type, e.canonical = "ORG", _force_label(e.surfaces)
        return e


MIN_SKELETON = 4  # letters a name's skeleton must keep to be matched by it alone ('hms' of Hamas is too few)


def _skeleton(key: str) -> str:
    """A name's letters without vowels after the first letter and without doubled letters: 'jshmhmd' for both
    'jaish e mohammed' and 'jaish i mohammad'."""
    letters = re.sub(r"[^a-z]", "", key)
    if not letters:
        return ""
    rest = re.sub(r"[aeiouy]", "", letters[1:])
    return re.sub(r"(.)\1+", r"\1", letters[0] + rest)


@lru_cache(maxsize=200_000)
def _core_of(surface: str, short_forms: tuple[tuple[str, ...], ...]) -> tuple[str, bool]:
    return _core(org_key(surface), short_forms)


def _core(key: str, short_forms: tuple[tuple[str, ...], ...]) -> tuple[str, bool]:
    """An organisation's name without designations at either end: ('wagner', True) for 'wagner group'."""
    words = key.split()
    dropped = False
    changed = True
    while changed and words:
        changed = False
        for form in short_forms:
            n = len(form)
            if len(words) > n and tuple(words[-n:]) == form:
                words, dropped, changed = words[:-n], True, True
            elif len(words) > n and tuple(words[:n]) == form:
                words, dropped, changed = words[n:], True, True
    return " ".join(words), dropped


def _force_label(surfaces: Counter) -> str:
    """The force's most frequent singular name, e.g. 'Reassurance force'."""
    singular = Counter({s.lower(): n for s, n in surfaces.items() if s.lower().endswith("force")})
    pool = singular or Counter({s.lower(): n for s, n in surfaces.items()})
    best = sorted(pool.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
    best = re.sub(r"^(a|an|the|this|that|such|any)\s+", "", best)
    return best[:1].upper() + best[1:] if best != "force" else "Multinational force"


PM_ALIASES = {"pm": "prime minister", "premier": "prime minister"}


@lru_cache(maxsize=100_000)
def _role_key(text: str) -> str:
    words = [w for w in fold(text).replace("-", " ").split() if w not in {"the", "a", "an"}]
    joined = " ".join(words)
    return PM_ALIASES.get(joined, joined)


ROLE_COMPLEMENT = re.compile(r" (?:to|for|in|at|on) .*$")


def _before_complement(role: str) -> str:
    """'envoy to sudan' -> 'envoy', 'ambassador in kyiv' -> 'ambassador': the role without the post's place."""
    return ROLE_COMPLEMENT.sub("", role)


class Roles:
    """Who holds which role ('President' of France), to settle role descriptions ('the prime minister',
    'the Russian leader') on the person who holds that role."""

    def __init__(self, affiliations: Iterable[tuple[str, str, str]], *, leader_roles: Iterable[str],
                 generic_leaders: Iterable[str]) -> None:
        self.leader_roles = {_role_key(r) for r in leader_roles}
        self.generic = {_role_key(r) for r in generic_leaders}
        self.holders: dict[str, list[tuple[str, str]]] = defaultdict(list)  # person -> [(org, role key)]
        self.by_role: dict[str, Counter] = defaultdict(Counter)  # role key -> {(person, org): times}
        for person, org, role in affiliations:
            key = _role_key(role)
            self.holders[person].append((org, key))
            self.by_role[key][(person, org)] += 1
        self._everyone: dict[tuple[str, str | None], set[str]] = {}

    def set_held(self, person: str, held: Iterable[tuple[str, str]]) -> None:
        """Replace the roles one person holds ((side, role) pairs)."""
        for org, key in self.holders.pop(person, []):
            self.by_role[key][(person, org)] -= 1
            if self.by_role[key][(person, org)] <= 0:
                del self.by_role[key][(person, org)]
        for org, role in held:
            key = _role_key(role)
            self.holders[person].append((org, key))
            self.by_role[key][(person, org)] += 1
        self._everyone.clear()

    def names(self, role: str, wanted: str) -> bool:
        """'prime minister' is named by 'prime minister' and 'minister'; a leader role by 'the leader'."""
        role = _before_complement(role)  # "envoy to sudan" is an envoy
        return role == wanted or role.endswith(" " + wanted) or (wanted in self.generic and role in self.leader_roles)

    def fits(self, person: str, wanted: str, qualifier: str | None) -> bool:
        return any(self.names(role, wanted) for org, role in self.holders.get(person, [])
                   if not qualifier or org == qualifier)

    def everyone(self, wanted: str, qualifier: str | None) -> set[str]:
        """Everyone in the corpus who holds the role."""
        key = (wanted, qualifier)
        if key not in self._everyone:
            self._everyone[key] = {p for role, held in self.by_role.items() if self.names(role, wanted)
                                   for p, org in held if not qualifier or org == qualifier}
        return self._everyone[key]

    @staticmethod
    def wanted(m: MentionLike, entities: dict[str, Entity]) -> tuple[str, str | None]:
        """The role a description names, and the state it qualifies it with ('the Russian leader')."""
        qualifier = m.kb_id or None
        if qualifier and qualifier in entities and entities[qualifier].stands_for:
            qualifier = entities[qualifier].stands_for
        return _role_key(m.text), qualifier

    def settle(self, m: MentionLike, positions: list[tuple[int, str]], entities: dict[str, Entity]
               ) -> tuple[str | None, bool]:
        """The person a description refers to, and whether only the corpus (not its document) decided it.
        `positions` are (start, entity) of the other mentions in its document."""
        wanted, qualifier = self.wanted(m, entities)
        if not wanted:
            return None, False
        in_doc = [(start, eid) for start, eid in positions if self.fits(eid, wanted, qualifier)]
        start = getattr(m, "start", 0)
        before = [x for x in in_doc if x[0] < start]
        if before:
            return _known(max(before)[1], entities), False
        if len({eid for _, eid in in_doc}) == 1:
            return _known(in_doc[0][1], entities), False
        if not qualifier and any(entities[eid].type == "PERSON" and not self.holders.get(eid)
                                 for at, eid in positions if at < start and eid in entities):
            return None, True  # "Macron ... The president said": someone named before, of no known office, may be
            # the one described; not the corpus's only president
        choice = self.corpus_choice(wanted, qualifier, {eid for _, eid in positions})
        return (_known(choice, entities) if choice else None), True

    def corpus_choice(self, wanted: str, qualifier: str | None, present: set[str]) -> str | None:
        """The only person in the corpus who holds the role, if the document names the side they hold it for
        (or the description names it): an unqualified 'the prime minister' in an article about Britain is
        not Estonia's prime minister, known from another article."""
        everyone = self.everyone(wanted, qualifier)
        if len(everyone) != 1:
            return None
        (person,) = everyone
        sides = {org for org, role in self.holders.get(person, []) if self.names(role, wanted)}
        return person if qualifier or sides & present else None


def _known(eid: str, entities: dict[str, Entity]) -> str | None:
    return eid if eid in entities else None


def resolve_roles(
    resolution: Resolution,
    mentions: Iterable[MentionLike],
    affiliations: Iterable[tuple[str, str, str]],
    *,
    leader_roles: Iterable[str],
    generic_leaders: Iterable[str],
) -> Resolution:
    """Settle ROLE mentions ('the prime minister', 'the Russian leader') on the person who holds that role.

    A person qualifies when an affiliation gives them the role (and the qualifying state, if one is named).
    Among qualifying people, the one mentioned last before the description in the same document wins;
    else the only one mentioned in that document; else the only one in the corpus. Otherwise the
    description stays unresolved (and is not a node).
    """
    roles = Roles(affiliations, leader_roles=leader_roles, generic_leaders=generic_leaders)
    positions: dict[str, list[tuple[int, str]]] = defaultdict(list)  # doc -> [(start, entity)]
    for m in mentions:
        if m.label != "ROLE":
            eid = resolution.of_mention.get((m.doc_id, m.idx))
            if eid:
                positions[m.doc_id].append((getattr(m, "start", 0), eid))
    of_mention = dict(resolution.of_mention)
    for m in resolution.roles:
        choice, _ = roles.settle(m, positions.get(m.doc_id, []), resolution.entities)
        if choice:
            of_mention[(m.doc_id, m.idx)] = choice
    return Resolution(resolution.entities, of_mention, resolution.roles)
