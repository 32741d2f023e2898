"""Canonicalisation: many mentions, one node per real entity.

A pure function over stored mentions, run whenever the graph is built, so an article added later can
still join "Starmer" mentions from earlier articles to the full name "Keir Starmer" it introduces.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from nlp.gazetteer import FORCE_ID, Gazetteer, kind_of, name_of
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
    """A stored record about names (nlp.records.ALIAS_OF, TYPED_AS)."""

    doc_id: str
    source: int
    target: int
    relation: str
    role: str


def resolve(mentions: Iterable[MentionLike], gazetteer: Gazetteer, *, evidence: Iterable[EvidenceLike] = (),
            short_forms: Iterable[tuple[str, ...]] = ()) -> Resolution:
    """One entity per real-world name. `evidence` holds what the texts say about names (declared aliases,
    evidence of a name's type); `short_forms` the designations an organisation's short name may drop
    ('group', 'company')."""
    mentions = list(mentions)
    roles = [m for m in mentions if m.label == "ROLE"]
    names = [m for m in mentions if m.label != "ROLE"]
    typed: dict[tuple[str, int], Counter] = defaultdict(Counter)
    aliases: list[tuple[tuple[str, int], tuple[str, int]]] = []
    for r in evidence:
        if r.relation == TYPED_AS and r.role in TYPES:
            typed[(r.doc_id, r.source)][r.role] += 1
        elif r.relation == ALIAS_OF:
            aliases.append(((r.doc_id, r.source), (r.doc_id, r.target)))
    kinds = NameKinds(names, typed)
    clusters = _Clusters(gazetteer, typed)
    people = PersonNames()

    # 1. Gazetteer entities are known: their id is their kb id.
    # 2. Full person names cluster on (first, last); shorter forms join the one longer form they fit.
    pending: list[MentionLike] = []
    for m in names:
        if m.kb_id:
            clusters.add_known(m, m.kb_id)
            continue
        tokens = name_tokens(m.text)
        if kinds.kind(m.text) == "PERSON" and len(tokens) >= 2 and not is_surname_only(tokens):
            eid = people.add(tokens, m.doc_id)
            clusters.add(m, eid, "PERSON", name_form=_person_label(m.text))
        else:
            pending.append(m)
    people.join_middle_names(clusters.find, clusters.union)

    known_in: dict[str, set[str]] = defaultdict(set)  # document -> kb ids it names, also as modifiers
    for m in names:                                     # ('UN' of 'UN Charter')
        first = clean_surface(m.text).split()[:1]
        kb = m.kb_id or (gazetteer.lookup(first[0]) if first else None)
        if kb:
            known_in[m.doc_id].add(kb)
    tails = gazetteer.body_tails()

    def known_body(m: MentionLike) -> str | None:
        """'Security Council' in an article that names the UN: the body of the UN it ends the name of."""
        fits = {kb for kb in tails.get(tuple(org_key(m.text).split()), ())
                if kb in known_in[m.doc_id] or gazetteer.entities[kb].part_of in known_in[m.doc_id]}
        return next(iter(fits)) if len(fits) == 1 else None

    # 3. A lone name joins the one full name it ends (or, for a person, begins): in its own document
    #    first, else in the corpus; a surname misspelt by one letter joins within its document.
    #    Other names cluster on their folded surface, typed by the evidence of their mentions.
    for m in pending:
        tokens = name_tokens(m.text)
        kind = kinds.kind(m.text)
        person_like = kind == "PERSON" or not kinds.evidenced(m.text)
        eid = None
        if tokens and person_like and (len(tokens) == 1 or is_surname_only(tokens)):
            eid = people.lone_name(tokens, m.doc_id, clusters.find, first_names=kind == "PERSON")
            if eid is None and len(tokens) == 1:
                eid = people.misspelt_surname(tokens[0], m.doc_id, clusters.find)
        if eid is not None:
            clusters.add(m, eid, "PERSON")
            continue
        kb = gazetteer.lookup(clean_surface(m.text)) or known_body(m)
        if kb:
            clusters.add_known(m, kb)
        else:
            key = " ".join(tokens) if kind == "PERSON" else org_key(m.text)
            clusters.add(m, f"NAME:{key}", kind)

    # 4. Organisations named with and without their designation, acronyms and the aliases the texts
    #    declare join the fuller name.
    clusters.join_short_forms(tuple(short_forms))
    clusters.join_acronyms()
    for alias, name in aliases:
        clusters.join_alias(alias, name)
    return clusters.resolution(names, roles)


TYPES = ("PERSON", "ORG", "PLACE")


def decide_type(evidence: Counter, labels: Counter) -> str:
    """What the texts show a name to be ('President X', 'X rebels'), else what the model guessed most."""
    pool = Counter({t: n for t, n in (evidence or labels).items() if t in TYPES})
    if not pool:
        return "ORG"
    return sorted(pool, key=lambda t: (-pool[t], -labels.get(t, 0), TYPES.index(t)))[0]


class NameKinds:
    """The type of each surface form of a name not in the gazetteer, from all its mentions: textual
    evidence when there is any (a full name also takes its surname's: 'President Trump' makes 'Donald
    Trump' a person), else the majority of the model's labels."""

    def __init__(self, names: list[MentionLike], typed: dict[tuple[str, int], Counter]) -> None:
        labels: dict[str, Counter] = defaultdict(Counter)
        evidence: dict[str, Counter] = defaultdict(Counter)
        for m in names:
            if not m.kb_id:
                key = self.key(m.text)
                labels[key][m.label] += 1
                evidence[key].update(typed.get((m.doc_id, m.idx), Counter()))
        self._kind: dict[str, str] = {}
        self._evidenced: set[str] = set()
        for key, counts in labels.items():
            own = evidence.get(key)
            words = key.split()
            if not own and len(words) >= 2:
                surname = evidence.get(words[-1], Counter())
                own = Counter({"PERSON": surname["PERSON"]}) if surname["PERSON"] > sum(surname.values()) / 2 \
                    else None
            if own:
                self._evidenced.add(key)
            self._kind[key] = decide_type(own or Counter(), counts)

    @staticmethod
    def key(text: str) -> str:
        return " ".join(name_tokens(text))

    def kind(self, text: str) -> str:
        return self._kind.get(self.key(text), "ORG")

    def evidenced(self, text: str) -> bool:
        return self.key(text) in self._evidenced


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


class PersonNames:
    """Full person names seen in the corpus, their forms, and the documents they occur in."""

    def __init__(self) -> None:
        self.forms: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.docs: dict[str, set[str]] = defaultdict(set)
        self.by_last: dict[str, set[str]] = defaultdict(set)
        self.by_first: dict[str, set[str]] = defaultdict(set)
        self.by_doc: dict[str, set[str]] = defaultdict(set)

    def add(self, tokens: list[str], doc_id: str) -> str:
        eid = f"PERSON:{slug(tokens[0] + ' ' + tokens[-1])}"
        self.forms[eid].add(tuple(tokens))
        self.docs[eid].add(doc_id)
        self.by_last[tokens[-1]].add(eid)
        self.by_first[tokens[0]].add(eid)
        self.by_doc[doc_id].add(eid)
        return eid

    @staticmethod
    def extends(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
        """'Recep Tayyip Erdogan' extends 'Tayyip Erdogan'; 'Mohammed bin Abdulrahman Al Thani' extends
        'Mohammed bin Abdulrahman'; 'George W Bush' extends 'George Bush'."""
        if len(long) <= len(short) or not _subsequence(short, long):
            return False
        return short[-1] == long[-1] or (long[:len(short)] == short and len(short) >= 3)

    def join_middle_names(self, find: Callable[[str], str], union: Callable[[str, str], None]) -> None:
        """Shorter full names join the one longer name they fit ('Tayyip Erdogan' -> 'Recep Tayyip
        Erdogan'); one that fits several joins the one in its own documents, if only one is."""
        longest = {eid: max(len(f) for f in forms) for eid, forms in self.forms.items()}
        for eid in sorted(self.forms, key=lambda e: (-longest[e], e)):
            shortest = min(self.forms[eid], key=len)
            others = self.by_last[shortest[-1]] | self.by_first[shortest[0]]
            fitting = [o for o in others if find(o) != find(eid) and longest[o] > len(shortest)
                       and any(self.extends(f, shortest) for f in self.forms[o])]
            near = {find(o) for o in fitting if self.docs[o] & self.docs[eid]}
            target = _closest({find(o) for o in fitting}, near.__contains__)
            if target:
                union(eid, target)

    def lone_name(self, tokens: list[str], doc_id: str, find: Callable[[str], str], *,
                  first_names: bool) -> str | None:
        """'Erdogan', 'Bin Salman', 'al-Atta': the one full name they end; failing that, the one full name
        a single name begins ('Sheikh Mohammed'; 'Wang' of 'Wang Yi'), in the corpus for a name typed as a
        person, else only in its own document. A name in the same document comes first."""
        words = tuple(tokens)
        near = {find(e) for e in self.by_doc.get(doc_id, ())}.__contains__
        ends = {find(e) for e in self.by_last.get(words[-1], ())
                if any(len(f) > len(words) and f[-len(words):] == words for f in self.forms[e])}
        if ends:
            return _closest(ends, near)
        if len(words) == 1:  # 'Sheikh Mohammed'; 'Wang' of 'Wang Yi', in its own article
            begins = {find(e) for e in self.by_first.get(words[0], ())}
            return _closest(begins if first_names else {c for c in begins if near(c)}, near)
        return None

    def misspelt_surname(self, token: str, doc_id: str, find: Callable[[str], str]) -> str | None:
        """'Sijjarto' beside 'Peter Szijjarto' in one article: one letter apart, same first letter and
        ending, at least five letters; only within the document, and only when one full name fits."""
        if len(token) < 5:
            return None
        fits = {find(e) for e in self.by_doc.get(doc_id, ()) for f in self.forms[e]
                if f[-1][0] == token[0] and f[-1][-2:] == token[-2:] and one_edit_apart(f[-1], token)}
        return next(iter(fits)) if len(fits) == 1 else None


def _closest(candidates: set[str], is_near: Callable[[str], bool]) -> str | None:
    """The one candidate in the same document, else the one candidate in the corpus, else none."""
    near = [c for c in candidates if is_near(c)]
    if len(near) == 1:
        return near[0]
    return next(iter(candidates)) if len(candidates) == 1 else None


class _Clusters:
    """Mentions grouped into clusters, clusters joined into entities (union-find over cluster ids)."""

    def __init__(self, gazetteer: Gazetteer, typed: dict[tuple[str, int], Counter]) -> None:
        self.gazetteer = gazetteer
        self.typed = typed
        self.entities: dict[str, Entity] = {}
        self.cluster_of: dict[tuple[str, int], str] = {}
        self.parent: dict[str, str] = {}
        self.size: Counter = Counter()  # mentions per root

    def find(self, eid: str) -> str:
        while self.parent.get(eid, eid) != eid:
            eid = self.parent[eid]
        return eid

    def union(self, source: str, target: str) -> None:
        source, target = self.find(source), self.find(target)
        if source != target:
            self.parent[source] = target
            self.size[target] += self.size.pop(source, 0)

    def add_known(self, m: MentionLike, kb_id: str) -> None:
        if kind_of(kb_id):  # a named operation or accord, or a description referring to it
            name = name_of(kb_id)
            eid = f"ORG:{slug(name)}"
            e = self._entity(eid, "ORG")
            e.kb_id, e.canonical = eid, name
            self._count(e, m)
            return
        known = self.gazetteer.entities.get(kb_id)
        e = self._entity(kb_id, known.type if known else "ORG")
        e.kb_id = kb_id
        if known:
            e.canonical, e.stands_for = known.label, known.stands_for
        self._count(e, m)

    def add(self, m: MentionLike, eid: str, kind: str, *, name_form: str = "") -> None:
        e = self._entity(eid, kind)
        if name_form:
            e.labels[name_form] += 1
        e.kinds[m.label] += 1
        self._count(e, m)

    def _entity(self, eid: str, etype: str) -> Entity:
        return self.entities.setdefault(eid, Entity(eid, etype))

    def _count(self, e: Entity, m: MentionLike) -> None:
        e.surfaces[clean_surface(m.text)] += 1
        e.evidence.update(self.typed.get((m.doc_id, m.idx), Counter()))
        self.cluster_of[(m.doc_id, m.idx)] = e.id
        self.size[self.find(e.id)] += 1

    def _roots(self) -> dict[str, list[Entity]]:
        groups: dict[str, list[Entity]] = defaultdict(list)
        for eid, e in self.entities.items():
            groups[self.find(eid)].append(e)
        return groups

    def _type_of(self, members: list[Entity]) -> str:
        root = self.entities[self.find(members[0].id)]
        if root.kb_id:
            return root.type
        if root.id.startswith("PERSON:"):
            return "PERSON"
        evidence, kinds = Counter(), Counter()
        for e in members:
            evidence.update(e.evidence)
            kinds.update(e.kinds)
        return decide_type(evidence, kinds)

    # -- joins between clusters --------------------------------------------------------------------
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
            for e in members:
                for surface in e.surfaces:
                    core, dropped = _core(org_key(surface), short_forms)
                    if core:
                        by_core[core].add(root)
                        if dropped:
                            designated.add(root)
        for roots in by_core.values():
            roots = {self.find(r) for r in roots}
            known = [r for r in roots if self.entities[r].kb_id]
            if len(roots) < 2 or len(known) > 1 or not roots & designated:
                continue
            target = known[0] if known else max(roots, key=lambda r: (self.size[r], r in designated, r))
            for r in roots:
                self.union(r, target)

    def join_acronyms(self) -> None:
        """An acronym joins the one organisation whose initials it spells: "RSF" -> "Rapid Support Forces"."""
        groups = self._roots()
        initials: dict[str, set[str]] = defaultdict(set)
        for root, members in groups.items():
            e = self.entities[root]
            if e.kb_id or self._type_of(members) != "ORG":
                continue
            words = [w for w in re.split(r"[\s-]+", e.label) if w and w.lower() not in {"of", "the", "and", "for"}]
            if len(words) >= 2:
                initials["".join(w[0] for w in words).upper()].add(root)
        for root, members in groups.items():
            e = self.entities[root]
            if e.kb_id or self._type_of(members) not in {"ORG", "PERSON"} or root.startswith("PERSON:"):
                continue
            if e.label.isupper() and 2 <= len(e.label) <= 6:
                owners = {self.find(o) for o in initials.get(e.label, ())} - {self.find(root)}
                if len(owners) == 1:
                    self.union(root, next(iter(owners)))

    def join_alias(self, alias: tuple[str, int], name: tuple[str, int]) -> None:
        """'X, also known as Y', 'X (Y)': one entity, known by the gazetteer's name or a person's full name
        where one of them has it, else by the name the alias was declared for."""
        if alias not in self.cluster_of or name not in self.cluster_of:
            return
        a, b = self.find(self.cluster_of[alias]), self.find(self.cluster_of[name])
        if a == b or (self.entities[a].kb_id and self.entities[b].kb_id):
            return
        rank = {r: (bool(self.entities[r].kb_id), r.startswith("PERSON:")) for r in (a, b)}
        source, target = (a, b) if rank[b] >= rank[a] else (b, a)  # else the name the alias was given for
        self.union(source, target)

    # -- the result --------------------------------------------------------------------------------
    def resolution(self, names: list[MentionLike], roles: list[MentionLike]) -> Resolution:
        headline_only: dict[str, bool] = {}
        for m in names:
            root = self.find(self.cluster_of[(m.doc_id, m.idx)])
            headline_only[root] = headline_only.get(root, True) and m.headline
        final: dict[str, Entity] = {}
        final_id: dict[str, str] = {}
        for root, members in self._roots().items():
            head = self.entities[root]
            if headline_only.get(root) and not head.kb_id:
                continue  # only ever in headlines or page furniture
            e = Entity(root, self._type_of(members), kb_id=head.kb_id, stands_for=head.stands_for,
                       canonical=head.canonical)
            for m in members:
                e.surfaces.update(m.surfaces)
                e.labels.update(m.labels)
                e.kinds.update(m.kinds)
                e.evidence.update(m.evidence)
            if root.startswith("PERSON:"):  # the root's own most frequent full form, the longer on a tie
                forms = head.labels or e.labels
                e.canonical = max(forms.items(), key=lambda kv: (kv[1], len(kv[0].split()), kv[0]))[0] \
                    if forms else e.label
            elif root.startswith("NAME:"):
                e.id = f"{e.type}:{root[5:].replace(' ', '-')}"
                if len(members) > 1:
                    e.canonical = head.surfaces.most_common(1)[0][0]
            elif e.kb_id == FORCE_ID:
                e.type, e.canonical = "ORG", _force_label(e.surfaces)
            final_id[root] = e.id
            if e.id in final:  # two clusters settled on one id: one entity
                final[e.id].surfaces.update(e.surfaces)
            else:
                final[e.id] = e
        of_mention = {key: final_id[self.find(eid)] for key, eid in self.cluster_of.items()
                      if self.find(eid) in final_id}
        for e in list(final.values()):
            if e.stands_for and e.stands_for not in final and e.stands_for in self.gazetteer.entities:
                known = self.gazetteer.entities[e.stands_for]
                final[e.stands_for] = Entity(known.kb_id, known.type, kb_id=known.kb_id, canonical=known.label)
        return Resolution(final, of_mention, roles)


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


def _role_key(text: str) -> str:
    words = [w for w in fold(text).replace("-", " ").split() if w not in {"the", "a", "an"}]
    joined = " ".join(words)
    return PM_ALIASES.get(joined, joined)


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
    leader_roles = {_role_key(r) for r in leader_roles}
    generic = {_role_key(r) for r in generic_leaders}
    holders: dict[str, list[tuple[str, str]]] = defaultdict(list)  # person -> [(org, role key)]
    for person, org, role in affiliations:
        holders[person].append((org, _role_key(role)))
    positions: dict[str, list[tuple[int, str]]] = defaultdict(list)  # doc -> [(start, entity)]
    for m in mentions:
        if m.label != "ROLE":
            eid = resolution.of_mention.get((m.doc_id, m.idx))
            if eid:
                positions[m.doc_id].append((getattr(m, "start", 0), eid))
    of_mention = dict(resolution.of_mention)
    for m in resolution.roles:
        qualifier = m.kb_id or None
        if qualifier and qualifier in resolution.entities and resolution.entities[qualifier].stands_for:
            qualifier = resolution.entities[qualifier].stands_for
        wanted = _role_key(m.text)
        if not wanted:
            continue

        def fits(person: str, wanted: str = wanted, qualifier: str | None = qualifier) -> bool:
            for org, role in holders.get(person, []):
                if qualifier and org != qualifier:
                    continue
                if role == wanted or role.endswith(" " + wanted) or (wanted in generic and role in leader_roles):
                    return True
            return False

        in_doc = [(start, eid) for start, eid in positions.get(m.doc_id, []) if fits(eid)]
        before = [x for x in in_doc if x[0] < getattr(m, "start", 0)]
        choice = None
        if before:
            choice = max(before)[1]
        elif len({eid for _, eid in in_doc}) == 1:
            choice = in_doc[0][1]
        else:
            everyone = {p for p in holders if fits(p)}
            if len(everyone) == 1:
                choice = next(iter(everyone))
        if choice and choice in resolution.entities:
            of_mention[(m.doc_id, m.idx)] = choice
    return Resolution(resolution.entities, of_mention, resolution.roles)

