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

from nlp.holder import is_passive, prep_objects

if TYPE_CHECKING:
    from nlp.stance import StanceRules

DEFINITE = frozenset({"the", "this", "these", "those", "such", "that"})
INDEFINITE = frozenset({"a", "an"})
WINDOW = 5  # sentences back to an event of the same kind
LIST_NOUNS = frozenset({"list", "blacklist"})  # "The list includes X": those the last hostile act named
SAME_WORD_WINDOW = 12  # ... or named by the same word
SHELL_WINDOW = 2  # sentences back to any act a bare 'the move' may name
LISTED_KINDS = frozenset({"attack", "sanction", "threat", "charge"})  # acts against whom a later list names


def same_word(earlier: str, later: str) -> bool:
    """One word, or a compound ending in it: 'the strikes' names the 'airstrikes' reported before."""
    short, long = sorted((earlier, later), key=len)
    return short == long or (len(short) >= 5 and len(long) - len(short) >= 3 and long.endswith(short))


@dataclass(frozen=True)
class Event:
    token: int
    sent: int
    kind: str
    actors: tuple[int, ...]
    lemma: str
    targets: tuple[int, ...] = ()
    aimed_nouns: tuple[str, ...] = ()  # "sanctions on a group of defence companies": ('group', 'company')


class EventMemory:
    def __init__(self, rules: StanceRules) -> None:
        self.rules = rules
        raw = rules.lex.raw["event_kinds"]
        self.verb_kind = {v: kind for kind, entry in raw.items() if not kind.startswith("_") for v in entry["verbs"]}
        self.nominal = {n: verb for kind, entry in raw.items() if not kind.startswith("_")
                        for n, verb in entry.get("nominal", {}).items()}  # 'the suspension' of what was suspended
        self.noun_kind = {n: kind for kind, entry in raw.items() if not kind.startswith("_")
                          for n in (*entry["nouns"], *entry.get("nominal", ()))}
        self.specific = {kind: frozenset((*entry["nouns"], *entry.get("nominal", ()))) - frozenset(entry["shell"])
                         for kind, entry in raw.items() if not kind.startswith("_") and "shell" in entry}
        # 'the resolution': only a resolution
        self.popular = frozenset(n for kind, entry in raw.items() if not kind.startswith("_")
                                 for n in entry.get("popular", ()))  # 'the poll' is no parliament's vote
        self.shells = frozenset(n for kind, entry in raw.items() if not kind.startswith("_")
                                for n in entry.get("shell", ()))  # 'the move' may be any act: a strike too
        self.hostile = {w: kind for kind in LISTED_KINDS for w in (*raw[kind]["verbs"], *raw[kind]["nouns"])}
        self.carrying = frozenset(rules.lex.raw["event_verbs"])  # "launched strikes", "carried out attacks"
        self.aimed = frozenset({"on", "against", "at", "in", "targeting"})
        self._events: list[Event] | None = None
        self._aimed: list[Event] = []  # every event aimed at someone, its actors named or not

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
            self._events = []  # what an event's own arguments see while the list is being made
            told = [e for e in (self._event(t) for t in self.rules.d.doc) if e is not None]
            self._events = [e for e in told if e.actors]
            self._aimed = [e for e in told if e.targets]
        return self._events

    @property
    def aimed_events(self) -> list[Event]:
        """Every event aimed at someone, its actors named or not (made in the same pass as `events`)."""
        _ = self.events
        return self._aimed

    def repeated_targets(self, noun: Token) -> list[int]:
        """'X imposed a ban on Y ... Z imposed the same ban': whom the act named before by the same word was aimed
        at, whoever carried it out (named or not: 'western countries imposed a ban on Y')."""
        if noun.pos_ != "NOUN" or noun.i in self.rules.d.token_mention or self.kind(noun) is None or not any(
                c.dep_ in {"det", "amod"} and c.lower_ in DEFINITE | {"same"} for c in noun.children):
            return []
        event = self._told_by_same_word(self.aimed_events, noun)
        return list(event.targets) if event is not None else []

    def _told_by_same_word(self, events: list[Event], noun: Token) -> Event | None:
        """The last of these events before a noun, told by the same word within SAME_WORD_WINDOW sentences."""
        sent, lemma = self.rules.d.sent_of_token[noun.i], self.rules.lex.lemma(noun)
        return next((e for e in reversed(events) if e.token < noun.i and e.sent >= sent - SAME_WORD_WINDOW and (
            same_word(e.lemma, lemma) or e.lemma == self.nominal.get(lemma))), None)

    def _event(self, token: Token) -> Event | None:
        kind = self.kind(token)
        if kind is None or token.i in self.rules.d.token_mention:
            return None
        rules = self.rules
        if token.pos_ == "VERB":
            if rules.polarity.negated(token):
                return None
            passive = token.tag_ == "VBN" and (token.dep_ in {"acl", "amod"} or is_passive(token))
            if token.tag_ == "VBG" and token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
                actors = rules.d.possessor_of(token)  # "denounced X's targeting of Y": X's act, not the denouncer's
            elif token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in {"for", "over"}:
                actors = self._blamed(token.head.head)  # "condemned X for testing", "condemnation of X for testing"
            else:
                actors = rules._agent(token) if passive else list(rules.holder(token).mentions)
            victims = [c for c in token.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"})]
            if passive and token.dep_ in {"acl", "amod"}:
                victims.append(token.head)
            targets = rules._targets(victims) if victims else []
        else:
            victims = [c for h in (token, *(a for a in token.children if a.dep_ == "acl" and a.tag_ == "VBN"
                                            and rules.lex.lemma(a) in self.carrying))
                       for p in h.children if p.dep_ == "prep" and p.lower_ in self.aimed
                       for c in p.children if c.dep_ == "pobj"]  # "a ban on X", "the ban imposed on X"
            actors = rules._noun_holder(token, rules.lex.lemma(token))
            governor = rules._governing_verb(token)
            if not actors and governor is not None and (rules.lex.lemma(governor) in self.carrying
                                                        or rules.claimed(token, governor)):
                if rules.polarity.negated(governor):
                    return None  # "called on X not to conduct this kind of test": none conducted
                actors = list(rules.holder(governor).mentions)
            if not actors and _after_comma(token) and token.head.pos_ in {"VERB", "AUX"}:
                # "X will halt Y, its office said, a decision that ...": the act the clause reports
                actors = list(rules.holder(_reported(token.head)).mentions)
            targets = rules._targets(victims)
        targets = [m for m in targets if m not in actors]
        return Event(token.i, rules.d.sent_of_token[token.i], kind, tuple(actors), rules.lex.lemma(token),
                     tuple(targets), self._unnamed(victims))

    def _blamed(self, head: Token) -> list[int]:
        """Who is blamed for what a gerund after 'for' tells: the one a condemnation names, as its object or
        after its 'of' ('condemned X for testing', 'joined condemnation of X for testing'); no one when the words
        before 'for' condemn nothing ('thanked X for testing')."""
        rules = self.rules
        nouns = [o for o in head.children if o.dep_ == "dobj"]
        blaming = [w for w in (head, *nouns) if "opposes" in (
            rules.lex.verb_relations(w) if w.pos_ == "VERB" else rules.lex.nouns.get(rules.lex.lemma(w), {}))]
        if not blaming:
            return []
        return [m for w in (*nouns, *(o for n in blaming for o in prep_objects(n, {"of"})))
                for m in rules.d.entities(w, fallback=False)]

    def _unnamed(self, victims: list[Token]) -> tuple[str, ...]:
        """The nouns an act was aimed at that name no entity: 'a group of defence companies and executives'."""
        lemma, d = self.rules.lex.lemma, self.rules.d
        heads = [x for v in victims for x in (v, *v.conjuncts)]
        heads += [x for h in heads if lemma(h) in d.quantity_nouns
                  for o in prep_objects(h, {"of"}) for x in (o, *o.conjuncts)]
        return tuple(dict.fromkeys(lemma(h) for h in heads if h.pos_ == "NOUN" and h.i not in d.token_mention))

    def attackers_of(self, victims: list[int], before: int) -> list[int]:
        """Who last attacked these: what a retaliation answers ('vowed retaliation' after X's strikes)."""
        keys = {self._key(m) for m in victims}
        sent = self.rules.d.sent_of_token[before]
        for event in reversed(self.events):
            if event.token < before and event.kind == "attack" and event.sent >= sent - SAME_WORD_WINDOW \
                    and keys & {self._key(m) for m in event.targets}:
                return [m for m in event.actors if self._key(m) not in keys]
        return []

    def targets_of(self, token: Token) -> list[int]:
        """What an event a noun refers back to was aimed at ('X ordered the strikes' -> the strikes' targets)."""
        kind = self.kind(token)
        if kind is None:
            return []
        sent = self.rules.d.sent_of_token[token.i]
        lemma = self.rules.lex.lemma(token)
        for event in reversed(self.events):
            if event.token < token.i and event.kind == kind and event.targets and (
                    same_word(event.lemma, lemma) or event.sent >= sent - WINDOW) \
                    and event.sent >= sent - SAME_WORD_WINDOW:
                return list(event.targets)
        return []

    def listed_later(self, noun: Token, acted: Token | None) -> list[int]:
        """Who carried out the act whose unnamed targets a later list names: 'companies' in 'Companies named
        include X, Y' (a noun the act was aimed at), 'those sanctioned' (an act of that kind), or 'the list'
        (the last such act)."""
        lemma = self.rules.lex.lemma(noun)
        kind = self.hostile.get(self.rules.lex.lemma(acted)) if acted is not None else None
        sent = self.rules.d.sent_of_token[noun.i]
        listing = lemma in LIST_NOUNS and acted is None and not any(  # "The list includes X": the last such
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # act's list; not "the list of guests"
        for event in reversed(self.events):
            if event.token < noun.i and event.sent >= sent - WINDOW and event.lemma in self.hostile and (
                    listing or (kind is not None and self.hostile[event.lemma] == kind)
                    or any(same_word(n, lemma) for n in event.aimed_nouns)):
                return list(event.actors)
        return []

    def _key(self, idx: int) -> str:
        m = self.rules.d.mentions[idx]
        return m.kb_id or m.text

    def antecedent(self, token: Token) -> list[int]:
        """The actors of the event a definite event noun refers back to ('condemned the strikes')."""
        kind = self.kind(token)
        if kind is None or token.pos_ != "NOUN" or not any(
                c.dep_ in {"det", "amod"} and c.lower_ in DEFINITE for c in token.children):
            return []
        sent = self.rules.d.sent_of_token[token.i]
        lemma = self.rules.lex.lemma(token)
        own = self.rules._noun_holder(token, lemma)
        if own:
            return own  # "the decision by X to ...": X's own, not an act named before
        if any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children):
            return []  # "defended the decision to enter the embassy": an act of its own, whoever took it
        shell = lemma in self.shells and all(c.dep_ == "det" for c in token.children)  # bare 'the move'
        key = self.rules.d.entity_key
        named = {key(m) for o in (o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
                 for m in self.rules.d.direct(o)}  # "the operation against X": only an earlier one against X
        earlier = [e for e in reversed(self.events) if e.token < token.i and (
            e.kind == kind or (shell and e.sent >= sent - SHELL_WINDOW))
            and (lemma not in self.popular or e.lemma in self.popular)
            and (not named or named & {key(m) for m in e.targets})]
        latest = earlier[0] if earlier and kind != "act" and earlier[0].kind == kind \
            and earlier[0].sent >= sent - 1 else None  # an attack, a threat, a sanction; acts vary too much
        for event in earlier:  # the same word first ('the move' -> 'the move by X'), further back, unless another
            if latest is not None and event.sent < latest.sent:  # act of the kind was just named ('X's strikes
                return list(latest.actors)  # on Y were barbaric. Z condemned the attack'): that one
            if (same_word(event.lemma, lemma) or event.lemma == self.nominal.get(lemma)) \
                    and event.sent >= sent - SAME_WORD_WINDOW:
                return list(event.actors)
        if lemma in self.specific.get(kind, ()):
            return []  # "supported the resolution" is not "the US action" named before
        for event in earlier:
            if event.sent >= sent - WINDOW:
                return list(event.actors)
        return []

    def same_word_actors(self, noun: Token) -> list[int]:
        """The actors of the last act told by the same word as a definite noun ('the EU is sanctioning X ... The
        sanctions also target Y'), whatever kind each is filed under."""
        if noun.pos_ != "NOUN" or not any(c.dep_ in {"det", "amod"} and c.lower_ in DEFINITE for c in noun.children):
            return []
        event = self._told_by_same_word(self.events, noun)
        return list(event.actors) if event is not None else []

    def clause_act(self, noun: Token) -> list[int]:
        """'X expelled two envoys, a move Y condemned', '... in a step welcomed by Y': an indefinite shell noun
        set beside a clause names the clause's act, so its actors are whoever acts in the clause."""
        rules = self.rules
        if noun.pos_ != "NOUN" or noun.i in rules.d.token_mention or rules.lex.lemma(noun) not in self.shells \
                or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
            return []
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.dep_ == "prep":
            verb: Token | None = noun.head.head  # "expelled two envoys in a move Y condemned"
        elif _after_comma(noun):
            verb = noun.head if noun.head.pos_ in {"VERB", "AUX"} else rules._governing_verb(noun.head)
            # "imposed sanctions on X, a move ...": the clause whose object the noun stands beside
        else:
            return []
        if verb is None or verb.pos_ not in {"VERB", "AUX"} or rules.polarity.negated(verb):
            return []
        clause = _reported(verb)  # "X would go, it said, a move"
        if rules.polarity.negated(clause):
            return []
        return list(rules.holder(clause).mentions)

    def pronoun_event(self, pronoun: Token) -> list[int]:
        """'called the attack a turning point, describing it as a violation': 'it' is the attack, whose
        actors are the event's, not whatever entity was named last."""
        if pronoun.lower_ not in {"it", "this", "that"}:
            return []
        d = self.rules.d
        start = d.window_start(pronoun.i, 1)
        for i in range(pronoun.i - 1, start - 1, -1):
            token = d.doc[i]
            if token.pos_ == "NOUN" and self.kind(token) and i not in d.token_mention:
                event = self._event(token)
                return list(event.actors) if event and event.actors else self.antecedent(token)
        return []


def _after_comma(noun: Token) -> bool:
    """A noun set after a comma beside a clause or its object ('X expelled two envoys, a move ...')."""
    return noun.dep_ in {"appos", "npadvmod"} and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","


def _reported(verb: Token) -> Token:
    """The clause a verb reports ('X would go, it said'), else the verb's own clause."""
    return next((c for c in verb.children if c.dep_ == "ccomp"), verb)
