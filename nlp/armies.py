"""A state's army as a party of its own.

An army stands for its state ('Israeli forces struck', 'the Lebanese army deployed'), except where the article
sets it against a paramilitary force of the same state, as in a civil war between two armed forces: there
'the Sudanese army', "Sudan's army", 'the military' and 'his army' name one organisation, which fights the
paramilitary, boycotts talks and is backed by others in its own name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.forces import HYPHENS
from nlp.gazetteer import ARMY_PREFIX, Gazetteer
from nlp.names import owner_end

BARE_OWNERS = frozenset({"the", "his", "its", "their", "her"})  # 'the army', 'his army': owned by no name


@dataclass(frozen=True)
class ArmyWord:
    start: int  # where the mention starts: its owner's name, or the head word
    end: int
    owner: str | None  # the kb id of the state that owns it ('Sudanese army', "Sudan's army")
    names: bool  # False for a modifier ('army chief', 'army-backed'): it tells the owner but names no army


class Armies:
    """Finds, in one article, the army that is a party of its own, and makes its mentions one organisation."""

    def __init__(self, lex: dict, gazetteer: Gazetteer) -> None:
        self.heads = tuple(tuple(h.split()) for h in lex["heads"])
        self.rivals = frozenset(lex["rivals"])
        self.gazetteer = gazetteer

    def parties(self, doc: Doc, ents: list[Span]) -> list[Span]:
        rivals = [t for t in doc if t.lower_ in self.rivals]
        if not rivals:
            return ents
        owners = {e.end: e for e in ents if e.label_ == "STATE" and e.kb_id_}
        words = list(self._words(doc, ents, owners))
        party = self._party(doc, ents, words, rivals, owners)
        if party is None or not self._facing(doc, party, words, rivals, owners):
            return ents
        label = f"{self.gazetteer.demonyms.get(party) or self.gazetteer.entities[party].label} army"
        mentions = [w for w in words if w.names and w.owner in (None, party)]
        if not mentions:
            return ents
        return with_spans(ents, [Span(doc, w.start, w.end, label="ORG", kb_id=ARMY_PREFIX + label) for w in mentions])

    def _words(self, doc: Doc, ents: list[Span], owners: dict[int, Span]) -> Iterator[ArmyWord]:
        inside = {i: e for e in ents for i in range(e.start, e.end)}
        lowers = [t.lower_ for t in doc]
        for t in doc:
            for head in self.heads:
                end = t.i + len(head)
                if tuple(lowers[t.i:end]) != head:
                    continue
                last = doc[end - 1]
                if t.i in inside:
                    name = inside[t.i]
                    if name.end == end and name.label_ == "ORG" and not name.kb_id_:
                        yield from self._named(name, end - t.i)  # 'Sudanese Armed Forces'
                    continue
                if last.pos_ not in {"NOUN", "PROPN"}:
                    continue  # 'military aid'
                modifier = (end < len(doc) and doc[end].text in HYPHENS) or (
                    last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i)
                start = before_adjectives(doc, t.i, inside)  # 'Sudan's regular army'
                owner = owners.get(owner_end(doc, start))
                if owner is not None:
                    yield ArmyWord(owner.start, end, owner.kb_id_, not modifier)
                elif start > 0 and doc[start - 1].lower_ in BARE_OWNERS:
                    yield ArmyWord(t.i, end, None, not modifier)

    def _named(self, name: Span, width: int) -> Iterator[ArmyWord]:
        owner = self.gazetteer.lookup(name[:-width].text) if len(name) > width else None
        if owner and self.gazetteer.entities[owner].type == "STATE":
            yield ArmyWord(name.start, name.end, owner, True)

    @staticmethod
    def _facing(doc: Doc, party: str, words: list[ArmyWord], rivals: list[Token], owners: dict[int, Span]) -> bool:
        """The paramilitary is the party's own ("Sudan's paramilitary RSF"), or one sentence names it beside the
        army ('fighting between the army and the paramilitary RSF'), not only elsewhere in the article."""
        if any(_owner(doc, r, owners) == party for r in rivals):
            return True
        beside = {doc[w.start].sent.start for w in words if w.owner in (None, party)}
        return any(r.sent.start in beside for r in rivals)

    def _party(self, doc: Doc, ents: list[Span], words: list[ArmyWord], rivals: list[Token],
               owners: dict[int, Span]) -> str | None:
        """The state whose army the article sets against a paramilitary force: the one that owns the
        paramilitary if the text says so, else the one that owns the army words, else the state named most."""
        sides = {_owner(doc, r, owners) for r in rivals}
        if len(sides - {None}) > 1:
            return None  # paramilitaries of two states: no one civil war
        owned = Counter(w.owner for w in words if w.owner)
        if sides - {None}:
            party = next(iter(sides - {None}))
        elif len(owned) == 1:
            party = next(iter(owned))
        else:
            named = Counter(e.kb_id_ for e in ents if e.label_ == "STATE" and e.kb_id_
                            and (not owned or e.kb_id_ in owned)).most_common(2)
            if not named or (len(named) == 2 and named[0][1] == named[1][1]):
                return None
            party = named[0][0]
        return party if party in self.gazetteer.entities else None


def _owner(doc: Doc, word: Token, owners: dict[int, Span]) -> str | None:
    """The kb id of the state named just before a word and its adjectives ("Sudan's paramilitary")."""
    start = before_adjectives(doc, word.i, {end - 1 for end in owners})  # over 'rival', not over 'Russian'
    owner = owners.get(owner_end(doc, start))
    return owner.kb_id_ if owner is not None else None


def with_spans(ents: list[Span], spans: list[Span]) -> list[Span]:
    """The article's names with `spans` in place of the ones they overlap, in text order."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    kept = [e for e in ents if not covered.intersection(range(e.start, e.end))]
    return sorted(kept + spans, key=lambda s: s.start)


def before_adjectives(doc: Doc, i: int, names: Container[int]) -> int:
    """Where the adjectives just before token i start, stopping at a token of a name."""
    while i > 0 and doc[i - 1].pos_ == "ADJ" and i - 1 not in names:
        i -= 1
    return i
