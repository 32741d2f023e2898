"""Canonicalisation: many mentions, one node per real entity.

A pure function over stored mentions, run whenever the graph is built, so an article added later can
still join "Starmer" mentions from earlier articles to the full name "Keir Starmer" it introduces.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from nlp.gazetteer import FORCE_ID, Gazetteer, kind_of, name_of
from nlp.names import clean_surface, fold, name_tokens, org_key


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
    labels: Counter = field(default_factory=Counter)
    kb_id: str = ""
    stands_for: str | None = None  # entity id of the state a capital or seat stands for
    canonical: str = ""

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


def resolve(mentions: Iterable[MentionLike], gazetteer: Gazetteer) -> Resolution:
    mentions = list(mentions)
    entities: dict[str, Entity] = {}
    of_mention: dict[tuple[str, int], str] = {}

    def entity(eid: str, etype: str) -> Entity:
        return entities.setdefault(eid, Entity(eid, etype))

    # 1. Gazetteer entities are known: their id is their kb id.
    # 2. Full person names (two or more name tokens) cluster on (first, last).
    full_names: dict[tuple[str, str], str] = {}
    pending: list[MentionLike] = []
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if not m.kb_id:
            votes[org_key(m.text)][m.label] += 1
    roles = [m for m in mentions if m.label == "ROLE"]
    mentions = [m for m in mentions if m.label != "ROLE"]
    for m in mentions:
        if kind_of(m.kb_id):  # a named operation or accord, or a description referring to it
            eid = f"ORG:{slug(name_of(m.kb_id))}"
            e = entity(eid, "ORG")
            e.kb_id, e.canonical = eid, name_of(m.kb_id)
            e.surfaces[clean_surface(m.text)] += 1
            of_mention[(m.doc_id, m.idx)] = eid
            continue
        if m.kb_id:
            known = gazetteer.entities.get(m.kb_id)
            etype = known.type if known else "ORG"
            e = entity(m.kb_id, etype)
            e.kb_id = m.kb_id
            if known:
                e.canonical = known.label
                if known.stands_for:
                    e.stands_for = known.stands_for
            e.surfaces[clean_surface(m.text)] += 1
            of_mention[(m.doc_id, m.idx)] = m.kb_id
            continue
        tokens = name_tokens(m.text)
        key_votes = votes[org_key(m.text)]
        if m.label == "PERSON" and len(tokens) >= 2 and key_votes["PERSON"] * 2 >= sum(key_votes.values()):
            key = (tokens[0], tokens[-1])
            eid = full_names.setdefault(key, f"PERSON:{slug(' '.join(key))}")
            e = entity(eid, "PERSON")
            e.surfaces[clean_surface(m.text)] += 1
            e.labels[_person_label(m.text)] += 1
            of_mention[(m.doc_id, m.idx)] = eid
        else:
            pending.append(m)

    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for (first, last), eid in full_names.items():
        by_last[last].add(eid)
        by_first[first].add(eid)

    # 3. A lone name joins the one full name it ends (or, failing that, begins) in the corpus;
    #    other entities cluster on their folded surface.
    for m in pending:
        tokens = name_tokens(m.text)
        eid = None
        if len(tokens) == 1:
            candidates = by_last.get(tokens[0]) or (by_first.get(tokens[0]) if m.label == "PERSON" else None)
            if candidates and len(candidates) == 1:
                eid = next(iter(candidates))
        if eid is None:
            kb = gazetteer.lookup(clean_surface(m.text))
            if kb:
                known = gazetteer.entities[kb]
                eid = kb
                e = entity(kb, known.type)
                e.kb_id, e.canonical, e.stands_for = kb, known.label, known.stands_for
        if eid is None:
            eid = f"NAME:{org_key(m.text) if m.label != 'PERSON' else ' '.join(tokens)}"
        e = entity(eid, m.label)
        e.surfaces[clean_surface(m.text)] += 1
        if not e.kb_id and not eid.startswith("PERSON:"):
            e.labels[m.label] += 1
        of_mention[(m.doc_id, m.idx)] = eid

    # 4. Settle types and labels; drop what only ever appeared in headlines or page furniture.
    headline_only: dict[str, bool] = {}
    for m in mentions:
        eid = of_mention[(m.doc_id, m.idx)]
        headline_only[eid] = headline_only.get(eid, True) and m.headline
    final: dict[str, Entity] = {}
    renamed: dict[str, str] = {}
    for eid, e in entities.items():
        if headline_only.get(eid) and not e.kb_id:
            continue
        if eid.startswith("PERSON:"):
            e.canonical = e.labels.most_common(1)[0][0] if e.labels else e.label
        elif eid.startswith("NAME:"):
            e.type = _majority_type(e.labels)
            new_id = f"{e.type}:{eid[5:].replace(' ', '-')}"
            renamed[eid] = new_id
            e.id = new_id
        elif e.kb_id == FORCE_ID:
            e.type = "ORG"
            e.canonical = _force_label(e.surfaces)
        final[e.id] = e
    # An acronym joins the one organisation whose initials it spells: "RSF" -> "Rapid Support Forces".
    initials: dict[str, list[str]] = defaultdict(list)
    for e in final.values():
        if e.type == "ORG" and not e.kb_id:
            words = [w for w in re.split(r"[\s-]+", e.label) if w and w.lower() not in {"of", "the", "and", "for"}]
            if len(words) >= 2:
                initials["".join(w[0] for w in words).upper()].append(e.id)
    for e in list(final.values()):
        if e.type in {"ORG", "PERSON"} and not e.kb_id and e.label.isupper() and 2 <= len(e.label) <= 6:
            owners = initials.get(e.label, [])
            if len(owners) == 1 and owners[0] != e.id:
                renamed[e.id] = owners[0]
                for key, value in list(renamed.items()):
                    if value == e.id:
                        renamed[key] = owners[0]
                e.id = owners[0]
    # Two surface clusters may settle on the same id: merge them.
    merged: dict[str, Entity] = {}
    for e in final.values():
        if e.id in merged:
            merged[e.id].surfaces.update(e.surfaces)
        else:
            merged[e.id] = e
    of_mention = {
        k: renamed.get(v, v) for k, v in of_mention.items() if renamed.get(v, v) in merged
    }
    for e in list(merged.values()):
        if e.stands_for and e.stands_for not in merged and e.stands_for in gazetteer.entities:
            known = gazetteer.entities[e.stands_for]
            merged[e.stands_for] = Entity(known.kb_id, known.type, kb_id=known.kb_id, canonical=known.label)
    return Resolution(merged, of_mention, roles)


def _majority_type(labels: Counter) -> str:
    ranked = sorted(labels.items(), key=lambda kv: (-kv[1], ["ORG", "PERSON", "PLACE"].index(kv[0])
                                                    if kv[0] in ("ORG", "PERSON", "PLACE") else 9))
    return ranked[0][0] if ranked else "ORG"


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

