"""Those who rise against a state, named without a proper name, as parties of their own.

'Syrian rebels', 'the Bahraini opposition', 'Anglophone separatists', 'rebels in Castria': a state's rebels and
opposition fight or contest its government, so the demonym they carry names no mention of the state but an
organisation of their own, '<owner> rebels' (an `ARMY:` id, as an army or junta that is a party of its own). The
owner is the state named with them, or a proper adjective of their own ('Anglophone', 'Kurdish'); an article's
bare 'the rebels' is the one such faction of that kind it names. A faction named by a group ('Houthi rebels') is
that group, and one named by who backs it ('pro-Castrian separatists') or by nothing at all stays unnamed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.armies import with_spans
from nlp.forces import HYPHENS
from nlp.gazetteer import ARMY_PREFIX, Gazetteer
from nlp.names import hyphen_prefix, owner_end

ADJECTIVE_ENDINGS = ("an", "ese", "i", "ic", "ish", "ch")  # 'Syrian', 'Sudanese', 'Bahraini'; not 'Turk'
BACKERS = frozenset({"pro", "anti"})  # 'pro-Castrian separatists' are named by whom they side with


@dataclass(frozen=True)
class FactionWord:
    start: int
    end: int
    family: str  # 'rebels', 'separatists', 'opposition'
    owner: str | None  # the kb id of the state named with it
    proper: str | None  # a proper adjective of its own: 'Anglophone', 'Kurdish'


class Factions:
    """Finds, in one article, the rebels, separatists and opposition it names by their state or their own
    proper adjective, and makes their mentions organisations of their own."""

    def __init__(self, lex: dict, gazetteer: Gazetteer, *, creeds: frozenset[str] = frozenset()) -> None:
        self.heads = {tuple(h.split()): family for h, family in lex["heads"].items()}
        self.first_words = frozenset(h[0] for h in self.heads)
        self.owned_only = frozenset(lex["owned_only"])
        self.creeds = creeds | frozenset(lex["creeds"])
        self.gazetteer = gazetteer

    def parties(self, doc: Doc, ents: list[Span]) -> list[Span]:
        words = list(self._words(doc, ents))
        if not words:
            return ents
        named: dict[str, set[str]] = {w.family: set() for w in words}
        for w in words:
            if w.owner or w.proper:
                named[w.family].add(self._label(w))
        for family in self._of_groups(doc, ents):
            named[family] = set()  # 'M23 rebels' named: a bare 'the rebels' may be theirs
        spans = []
        for w in words:
            labels = {self._label(w)} if w.owner or w.proper else named[w.family]
            if len(labels) == 1:  # a bare 'the rebels' is the article's one faction of the kind
                label = next(iter(labels))
                spans.append(Span(doc, w.start, w.end, label="ORG", kb_id=ARMY_PREFIX + label))
        return with_spans(ents, spans) if spans else ents

    def _label(self, w: FactionWord) -> str:
        words = []
        if w.owner:
            demonym = self.gazetteer.demonyms.get(w.owner) or ""
            words.append(demonym if demonym.endswith(ADJECTIVE_ENDINGS) else self.gazetteer.entities[w.owner].label)
        if w.proper:
            words.append(w.proper)
        return " ".join([*words, w.family])

    def _of_groups(self, doc: Doc, ents: list[Span]) -> set[str]:
        """The kinds of faction the article names a group's own ('Houthi rebels', 'M23 rebels')."""
        return {family for e in ents if e.label_ == "ORG" for head, family in self.heads.items()
                if tuple(t.lower_ for t in doc[e.end:e.end + len(head)]) == head}

    def _words(self, doc: Doc, ents: list[Span]) -> Iterator[FactionWord]:
        inside = {i: e for e in ents for i in range(e.start, e.end)}
        names = {e.text for e in ents if e.label_ != "STATE"}
        states = {e.end: e for e in ents if self._state(e)}
        lowers = [t.lower_ for t in doc]
        for t in doc:
            if t.lower_ not in self.first_words:
                continue
            for head, family in self.heads.items():
                end = t.i + len(head)
                if tuple(lowers[t.i:end]) != head or any(i in inside for i in range(t.i, end)):
                    continue
                word = self._word(doc, t.i, end, family, inside, states, names)
                if word is not None:
                    yield word

    def _word(self, doc: Doc, i: int, end: int, family: str, inside: dict[int, Span], states: dict[int, Span],
              names: set[str]) -> FactionWord | None:
        last = doc[end - 1]
        if last.pos_ not in {"NOUN", "PROPN"} or (last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i):
            return None  # 'opposition leader', 'rebel-held': it names no faction
        if any(c.dep_ == "prep" and c.lower_ in {"to", "from", "against", "over", "of"} for c in last.children):
            return None  # "Castria's opposition to the plan" is a stance; 'the rebels of the M23' a group's
        start = _modifiers_start(doc, i, inside)
        before = inside.get(owner_end(doc, start) - 1)
        if before is not None and not before.kb_id_ and len(before) == 1 and before.root.pos_ == "ADJ":
            start, before = before.start, None  # 'Anglophone' taken by the model for a name: an adjective
        owner = states.get(owner_end(doc, start))
        if before is not None and owner is None:
            return None  # 'Houthi rebels', "the M23's fighters": the group's own
        if owner is not None and (hyphen_prefix(doc, owner.start) in BACKERS or (
                family in self.owned_only and owner.end < start)):
            owner = None  # 'pro-Castrian separatists'; "Castria's opposition" may be its stance
        proper = _proper(doc, start, i, inside)
        if proper is not None and any(w.isupper() or w in names for w in proper.split()):
            return None  # 'FDLR rebels', 'Seleka rebels' where the article names Seleka: the group's own
        owner = owner or self._in_state(last, states)
        if owner is None and proper is not None and all(w.lower() in self.creeds for w in proper.split()):
            proper = None  # 'Islamist rebels' of many lands; 'Colombian Marxist guerrillas' are Colombia's
        if family in self.owned_only and owner is None and proper is None and not self._definite(doc, start):
            return None  # 'voiced opposition'
        if owner is not None and owner.end <= start:
            start = owner.start
        return FactionWord(start, end, family, self._state(owner) if owner is not None else None, proper)

    @staticmethod
    def _definite(doc: Doc, start: int) -> bool:
        return start > 0 and doc[start - 1].lower_ == "the"

    def _in_state(self, head: Token, states: dict[int, Span]) -> Span | None:
        """'rebels in Castria', 'the opposition in eastern Castria'."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    name = next((e for e in states.values() if e.start <= obj.i < e.end), None)
                    if obj.dep_ == "pobj" and name is not None:
                        return name
        return None

    def _state(self, name: Span) -> str | None:
        kb = name.kb_id_
        return kb if kb.startswith("STATE:") and kb in self.gazetteer.entities else None


def _modifiers_start(doc: Doc, i: int, inside: dict[int, Span]) -> int:
    """Where the words describing the faction before token i start: adjectives ('mainstream'), proper modifiers
    ('Anglophone', 'Kurdish') and who backs it ('Western-backed'), stopping at a name."""
    while i > 0:
        t = doc[i - 1]
        if i > 2 and doc[i - 2].text in HYPHENS and t.pos_ in {"ADJ", "VERB"} and t.tag_ == "VBN":
            i -= 3  # 'Castria-backed', 'Western-backed'
        elif t.i not in inside and (t.pos_ == "ADJ" or t.dep_ in {"compound", "amod"}) and t.is_alpha:
            i -= 1
        else:
            break
    return i


def _proper(doc: Doc, start: int, i: int, inside: dict[int, Span]) -> str | None:
    """A capitalised word of the faction's own among those before it ('Anglophone', 'Kurdish'), not its backer's
    ('Western-backed') nor a common word opening a sentence ('Armed rebels')."""
    found = [t.text for t in doc[start:i] if (t.i not in inside or not inside[t.i].kb_id_)
             and t.text[:1].isupper() and t.is_alpha
             and (not t.is_sent_start or t.pos_ == "PROPN" or t.tag_ in {"NNP", "NNPS"} or t.ent_type_ == "NORP")
             and not (t.i + 1 < len(doc) and doc[t.i + 1].text in HYPHENS)]
    return " ".join(found) or None
