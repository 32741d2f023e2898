"""Those who seized power in a state, as a party of their own.

An article on a coup names the soldiers who made it without a proper name: 'the junta', 'the putschists',
"Niger's new military leaders", 'the leaders of the coup in Niger'. They are one organisation, '<state> junta'
(an `ARMY:` id, as a state's army set against a paramilitary is), not the state they took over: the bodies
that condemn them and the president they ousted stand against them, not against the state.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.armies import BARE_OWNERS, before_adjectives, with_spans
from nlp.gazetteer import ARMY_PREFIX, Gazetteer
from nlp.names import owner_end

JUNTA = " junta"
YEAR = re.compile(r"(1[89]|20)\d\d")


def is_junta(kb_id: str) -> bool:
    """Whether a kb id is a junta's ('ARMY:Niger junta')."""
    return kb_id.startswith(ARMY_PREFIX) and kb_id.endswith(JUNTA)


@dataclass(frozen=True)
class Coups:
    """The words of a coup: 'coup', 'putsch', "coup d'état"; one that failed made no junta."""

    nouns: frozenset[str]
    failed: frozenset[str]

    @classmethod
    def from_lexicon(cls, raw: dict) -> Coups:
        return cls(frozenset(raw["nouns"]), frozenset(raw["failed"]))

    def made(self, token: Token) -> bool:
        """A coup that took place: 'the coup', "the coup d'état" (its last word), not 'the failed coup' or 'an
        attempted putsch', nor 'coup' as a modifier ('coup attempt', 'coup leaders')."""
        if token.lower_ not in self.nouns or token.pos_ not in {"NOUN", "PROPN"}:
            return False
        if token.dep_ == "compound" and token.head.lower_ in self.nouns:
            return False  # 'coup' of "coup d'état": the phrase's last word stands for it
        if token.dep_ in {"compound", "amod"} and token.head.i > token.i:
            return False
        words = [*token.children, *(c for m in token.children if m.dep_ == "compound" for c in m.children)]
        return not any(c.dep_ in {"amod", "compound"} and c.lower_ in self.failed for c in words)

    def current(self, token: Token) -> bool:
        """A coup the article reports, not one it recalls by its year ('the 2006 coup', 'a coup in 2021'), nor
        a count of them ('a wave of coups')."""
        if not self.made(token) or token.tag_ == "NNS" or token.lower_.endswith("s"):
            return False
        return not any(YEAR.fullmatch(t.text) for c in token.children for t in (c, *c.children))


@dataclass(frozen=True)
class JuntaWord:
    start: int
    end: int
    owner: str | None  # the kb id of the state the text names with it ("Niger's junta", 'the junta in Niger')
    always: bool  # 'junta', 'putschists' name a junta anywhere; 'military leaders' only in an article on a coup


class Juntas:
    """Finds, in one article, the makers of a coup, and makes their mentions one organisation."""

    def __init__(self, lex: dict, coups: Coups, gazetteer: Gazetteer) -> None:
        self.heads = tuple(tuple(h.split()) for h in lex["heads"])
        self.coup_heads = tuple(tuple(h.split()) for h in lex["coup_heads"])
        self.makers = frozenset(lex["makers"])
        self.coups = coups
        self.gazetteer = gazetteer

    def parties(self, doc: Doc, ents: list[Span]) -> list[Span]:
        owners = {e.end: e for e in ents if self._state(e) is not None}
        after = {e.start: e for e in owners.values()}
        coups = [t for t in doc if self.coups.current(t)]
        if not coups:
            return ents  # 'the Malian junta' of an article that tells of no coup rules Mali: it stands for it
        words = list(self._words(doc, ents, owners, after))
        seized = Counter(kb for kb in (self._owner(doc, t, t.i, t.i + 1, owners, after) for t in coups) if kb)
        party = self._party(ents, seized or Counter(w.owner for w in words if w.always and w.owner))
        spans = []
        for w in words:
            owner = w.owner or party
            if owner is None or (seized and owner not in seized) or (not w.always and owner != party):
                continue  # 'US military leaders' or 'the junta in Bamako' in an article on a coup in Niger
            label = f"{self.gazetteer.entities[owner].label}{JUNTA}"
            spans.append(Span(doc, w.start, w.end, label="ORG", kb_id=ARMY_PREFIX + label))
        return with_spans(ents, spans) if spans else ents

    def _words(self, doc: Doc, ents: list[Span], owners: dict[int, Span], after: dict[int, Span]
               ) -> Iterator[JuntaWord]:
        inside = {i for e in ents for i in range(e.start, e.end)}
        lowers = [t.lower_ for t in doc]
        for t in doc:
            for always, heads in ((True, self.heads), (False, self.coup_heads)):
                for head in heads:
                    end = t.i + len(head)
                    if tuple(lowers[t.i:end]) != head or inside.intersection(range(t.i, end)):
                        continue
                    word = self._word(doc, t.i, end, owners, after, always=always)
                    if word is not None:
                        yield word
            if t.lower_ in self.makers and t.pos_ == "NOUN" and t.i not in inside:
                coup = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj" and self.coups.made(o)), None)
                word = None if coup is None else self._word(doc, t.i, coup.i + 1, owners, after, always=True,
                                                            owned_by=coup)
                if word is not None:  # 'the leaders of the coup in Niger'
                    yield word

    def _word(self, doc: Doc, i: int, end: int, owners: dict[int, Span], after: dict[int, Span], *,
              always: bool, owned_by: Token | None = None) -> JuntaWord | None:
        last = doc[end - 1]
        if last.pos_ not in {"NOUN", "PROPN"} or (last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i):
            return None  # 'junta leader', 'junta-run television': it names no junta
        start = before_adjectives(doc, i, {e - 1 for e in owners})
        named_before = owners.get(owner_end(doc, start))
        owner = self._owner(doc, owned_by or last, start, end, owners, after)
        if owner is None and not (start > 0 and doc[start - 1].lower_ in BARE_OWNERS):
            return None  # 'Western military leaders'
        if named_before is not None:
            start = named_before.start
        elif owner is not None and (name := after.get(end + 1)) is not None and self._state(name) == owner:
            end = name.end  # 'the junta in Niger': one mention
        return JuntaWord(start, end, owner, always)

    def _state(self, name: Span) -> str | None:
        """The state a name stands for: a state's own, or its capital's ('the junta in Bamako')."""
        kb = name.kb_id_
        if kb.startswith(("CAPITAL:", "SEAT:")):
            kb = "STATE:" + kb.split(":")[1]
        return kb if kb.startswith("STATE:") and kb in self.gazetteer.entities else None

    def _owner(self, doc: Doc, head: Token, start: int, end: int, owners: dict[int, Span], after: dict[int, Span]
               ) -> str | None:
        """The state named before a phrase ("Niger's junta", 'the Thai coup') or in its 'in' or 'of' after
        ('the junta in Niger', "the coup d'état in Guinea")."""
        start = before_adjectives(doc, start, {e - 1 for e in owners})
        named = owners.get(owner_end(doc, start))
        if named is not None:
            return self._state(named)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}:
                for obj in prep.children:
                    name = after.get(obj.i) or next((e for e in owners.values() if e.start <= obj.i < e.end), None)
                    if obj.dep_ == "pobj" and name is not None:
                        return self._state(name)
        return None

    @staticmethod
    def _party(ents: list[Span], seized: Counter[str]) -> str | None:
        """The state taken over: the one the article's coups and juntas are named with, else the state it names
        most; none where two are named as often."""
        named = seized.most_common(2) or Counter(e.kb_id_ for e in ents if e.label_ == "STATE" and e.kb_id_
                                                 and e.kb_id_.startswith("STATE:")).most_common(2)
        if not named or (len(named) == 2 and named[0][1] == named[1][1]):
            return None
        return named[0][0]
