"""Events that a later definite noun refers back to.

"US and UK forces struck Houthi sites ... Iran condemned the strikes": the strikes are the US's and the UK's,
so condemning them opposes those who carried them out. Events are remembered by kind (attack, threat,
sanction) with the entities that carried them out; "the strikes", "these threats", "such attacks" with no
owner of their own take the most recent event of their kind in the last few sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from nlp.stance import StanceRules

DEFINITE = frozenset({"the", "this", "these", "those", "such", "that"})
WINDOW = 5  # sentences back to an event of the same kind
SAME_WORD_WINDOW = 12  # ... or named by the same word


@dataclass(frozen=True)
class Event:
    token: int
    sent: int
    kind: str
    actors: tuple[int, ...]
    lemma: str


class EventMemory:
    def __init__(self, rules: StanceRules) -> None:
        self.rules = rules
        raw = rules.lex.raw["event_kinds"]
        self.verb_kind = {v: kind for kind, entry in raw.items() if not kind.startswith("_") for v in entry["verbs"]}
        self.noun_kind = {n: kind for kind, entry in raw.items() if not kind.startswith("_") for n in entry["nouns"]}
        self.carrying = frozenset(rules.lex.raw["event_verbs"])  # "launched strikes", "carried out attacks"
        self._events: list[Event] | None = None

    def kind(self, token: Token) -> str | None:
        lemma = self.rules.lex.lemma(token)
        if token.pos_ == "VERB":
            return self.verb_kind.get(lemma)
        if token.pos_ == "NOUN":
            return self.noun_kind.get(lemma)
        return None

    @property
    def events(self) -> list[Event]:
        if self._events is None:
            self._events = [e for e in (self._event(t) for t in self.rules.d.doc) if e is not None and e.actors]
        return self._events

    def _event(self, token: Token) -> Event | None:
        kind = self.kind(token)
        if kind is None or token.i in self.rules.d.token_mention:
            return None
        rules = self.rules
        if token.pos_ == "VERB":
            if rules.polarity.negated(token):
                return None
            passive = token.tag_ == "VBN" and (token.dep_ in {"acl", "amod"} or any(
                c.dep_ in {"auxpass", "nsubjpass"} for c in token.children))
            actors = rules._agent(token) if passive else list(rules.holder(token).mentions)
        else:
            actors = rules._noun_holder(token, rules.lex.lemma(token))
            governor = rules._governing_verb(token)
            if not actors and governor is not None and rules.lex.lemma(governor) in self.carrying:
                actors = list(rules.holder(governor).mentions)
        return Event(token.i, rules.d.sent_of_token[token.i], kind, tuple(actors), rules.lex.lemma(token))

    def antecedent(self, token: Token) -> list[int]:
        """The actors of the event a definite event noun refers back to ('condemned the strikes')."""
        kind = self.kind(token)
        if kind is None or token.pos_ != "NOUN" or not any(
                c.dep_ in {"det", "amod"} and c.lower_ in DEFINITE for c in token.children):
            return []
        sent = self.rules.d.sent_of_token[token.i]
        lemma = self.rules.lex.lemma(token)
        earlier = [e for e in reversed(self.events) if e.token < token.i and e.kind == kind]
        for event in earlier:  # the same word first ('the move' -> 'the move by X'), further back
            if event.lemma == lemma and event.sent >= sent - SAME_WORD_WINDOW:
                return list(event.actors)
        for event in earlier:
            if event.sent >= sent - WINDOW:
                return list(event.actors)
        return []

    def pronoun_event(self, pronoun: Token) -> list[int]:
        """'called the attack a turning point, describing it as a violation': 'it' is the attack, whose
        actors are the event's, not whatever entity was named last."""
        if pronoun.lower_ not in {"it", "this", "that"}:
            return []
        d = self.rules.d
        start = d.sent_start(pronoun.i)
        if start > 0:
            start = d.sent_start(start - 1)
        for i in range(pronoun.i - 1, start - 1, -1):
            token = d.doc[i]
            if token.pos_ == "NOUN" and self.kind(token) and i not in d.token_mention:
                event = self._event(token)
                return list(event.actors) if event and event.actors else self.antecedent(token)
        return []
