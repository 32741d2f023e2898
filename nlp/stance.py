"""Stance relations from the dependency parse.

Small rules over the tree, each driven by the cue lexicon in data/lexicon/stance.json:
verb cues (X backs / accuses / sends troops ...), noun cues (sanctions on X, aid for X), relief of pressure
(easing of sanctions on X: support, negated: opposition), acceptance under refusal or negation (ruled out
accepting X, does not consent to X), evaluations (X would be a legitimate target), warnings about a third
party, and reciprocal accusations. Who holds the stance: the subject (with conjuncts), else the speaker of
the quotation or report it sits in. Negation is part of the meaning: a negated participation is
`declines`; a negated support or opposition gives no edge at all rather than a guessed inversion.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from nlp.discourse import Discourse
from nlp.events import EventMemory
from nlp.gazetteer import ACCORD, FORCE_ID, MISSION, kind_of
from nlp.polarity import Polarity, ancestors
from nlp.records import Relation

OBJECTS = {"dobj", "dative", "attr", "oprd"}
CLIMB = {"xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj", "acomp", "relcl", "acl", "attr",
         "nsubj", "appos", "npadvmod", "oprd", "csubj"}
DEONTIC = {"should", "must", "ought", "need", "shouldn't", "mustn't"}
MAX_CLIMB = 8
DEMONSTRATIVE = {"this", "that", "these", "those", "it", "which", "what"}


@dataclass(frozen=True)
class Holder:
    mentions: tuple[int, ...]
    speaker: int | None = None


class StanceRules:
    def __init__(self, d: Discourse) -> None:
        self.d = d
        self.lex = d.lex
        raw = d.lex.raw
        self.participation_objects = frozenset(raw["participation_objects"])
        self.force_building = frozenset(raw["force_building_verbs"])
        self.first_person = frozenset(raw["first_person"])
        self.relief_nouns = frozenset(raw["relief"]["nouns"])
        self.relief_objects = frozenset(raw["relief"]["objects"])
        self.relief_preps = frozenset(raw["relief"]["preps"])
        self.eval_neg = frozenset(raw["evaluative"]["opposes"])
        self.eval_pos = frozenset(raw["evaluative"]["supports"])
        self.particles = raw["phrasal_particles"]
        self.polarity = Polarity(d.lex)
        self.force_mentions = [m.idx for m in d.mentions if m.kb_id == FORCE_ID or kind_of(m.kb_id) == MISSION]
        self.necessity = frozenset(raw["necessity_predicates"])
        self.event_nouns = frozenset(raw["event_nouns"])
        self.combat = frozenset(raw["combat_purposes"])
        self.adjectives: dict[str, dict[str, list[str]]] = {}
        for relation, entries in raw["adjectives"].items():
            for adjective, preps in entries.items():
                self.adjectives.setdefault(adjective, {})[relation] = preps
        self.attack_nouns = frozenset(raw["attack_nouns"])
        self.locative_preps = frozenset(raw["locative_preps"])
        self.sustain = {k: v for k, v in raw["sustain_idioms"].items() if not k.startswith("_")}
        self.directive = frozenset(raw["directive_verbs"])  # "urged X to ...": the urger's stance
        self.from_holders = frozenset(raw["from_holder_nouns"])  # "condemnation from X"
        self.participation_subjects = frozenset(raw["participation_subjects"])  # "the deployment was part of X"
        self.relational = {noun: kind for kind, nouns in raw["relational_nouns"].items() if not kind.startswith("_")
                           for noun in nouns}  # "Qatar, a key US ally"
        self.receiving = frozenset(raw["receiving"]["verbs"])  # "received weapons from X"
        self.accord_verbs = {v: r for r, verbs in raw["accord_verbs"].items() if not r.startswith("_") for v in verbs}
        self.side_verbs = frozenset(raw["side_taking"]["verbs"])  # "fought alongside X"
        self.harm_verbs = frozenset(raw["harm_verbs"]["verbs"])  # "X said the move undermines Y"
        self.retaliations = frozenset(raw["retaliation_nouns"])  # "X vowed retaliation"
        self.ordering = frozenset(raw["ordering_verbs"])  # "the strikes were ordered by X"
        self.helping = frozenset(raw["helping_verbs"])  # "helped restore X's control"
        self.volition = frozenset(raw["volition_nouns"])  # "X has plans to send troops": X's plans
        self.leader_words = frozenset(w for r in (*raw["roles"]["leader_roles"], *raw["roles"]["generic_leader"])
                                      for w in r.split()[-1:])
        self.side_preps = frozenset(raw["side_taking"]["preps"])
        self.sides = frozenset(raw["side_taking"]["sides"])
        self.materiel = frozenset(raw["receiving"]["objects"])
        self.reactions = frozenset(raw["reactions"]["nouns"])  # "the strikes drew condemnation from X"
        self.triggers = frozenset(raw["reactions"]["triggers"])
        self.attack_verbs = frozenset(raw["event_kinds"]["attack"]["verbs"])
        self.staying_out = {k: v for k, v in raw["staying_out"].items() if not k.startswith("_")}
        self.carrying = frozenset(raw["event_verbs"])  # "launched strikes", "introduced measures"
        self.describing = frozenset(raw["describing_verbs"])  # "views X as an ally"
        self.framing = frozenset(raw["framing_verbs"])  # "described it as an attack on X": not the describer's
        self.supply_heads = frozenset(raw["supply_nouns"]["heads"])
        self.supply_qualifiers = frozenset(raw["supply_nouns"]["qualifiers"])
        self.events = EventMemory(self)

    # -- the walk ----------------------------------------------------------------------------------
    def relations(self) -> Iterator[Relation]:
        seen: set[tuple[int, int, str, int]] = set()
        for token in self.d.doc:
            for relation, holder, targets, cue in self._cues(token):
                if not holder.mentions or not targets:
                    continue
                if self.polarity.disowned(token) or self.polarity.double_negative(token):
                    continue
                if len(targets) > 1 and self._same_group(holder.mentions, targets):
                    continue  # "A and B honoured their commitments": each its own, not the other's
                modality, condition = self.polarity.modality(token, relation)
                sent = self.d.sent_of_token[token.i]
                for h in map(self._stand_in, holder.mentions):
                    for t in map(self._stand_in, targets):
                        if h == t or not self._usable(h) or not self._usable(t):
                            continue
                        if self._same_entity(h, t):
                            continue
                        key = (h, t, relation, sent)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield Relation(h, t, relation, sent, cue=cue, modality=modality, condition=condition,
                                       speaker=holder.speaker)

    def _stand_in(self, idx: int) -> int:
        """A role nobody in the article is named in ('the Houthi military spokesman', 'China's ambassador')
        stands for the state or body that qualifies it."""
        m = self.d.mentions[idx]
        if m.label != "ROLE" or not m.kb_id or m.text.lower().split()[-1] in self.leader_words:
            return idx  # a leader ('the Russian president') is one person, found when the graph is built
        if any(self.d.mentions[r.target].kb_id == m.kb_id for r in self.d.affiliations):
            return idx  # someone here holds an office of that state: the role is settled when the graph is built
        qualifiers = [q for q in self.d.mentions if q.kb_id == m.kb_id and q.label != "ROLE"]
        return min(qualifiers, key=lambda q: abs(q.start - m.start)).idx if qualifiers else idx

    def _same_group(self, holders: tuple[int, ...], targets: list[int]) -> bool:
        """'A and B honoured their commitments': the holders are among the targets' owners."""
        def key(idx: int) -> str:
            m = self.d.mentions[idx]
            return m.kb_id or m.text

        return {key(h) for h in holders} <= {key(t) for t in targets}

    def _usable(self, idx: int) -> bool:
        """People, states and bodies; a place only where it stands for its state ('Moscow said') or the
        article shows it is something else ('M23 rebels')."""
        return self.d._kind(idx) != "PLACE"

    def _same_entity(self, a: int, b: int) -> bool:
        ma, mb = self.d.mentions[a], self.d.mentions[b]
        return bool(ma.kb_id) and ma.kb_id == mb.kb_id

    def _cues(self, t: Token) -> Iterator[tuple[str, Holder, list[int], str]]:
        low = t.lower_
        base = self.lex.lemma(t)
        if t.pos_ in {"VERB", "AUX"}:
            if base in self.lex.relief_verbs:
                yield from self._relief(t)
            if base in self.lex.acceptance:
                yield from self._acceptance(t)
            if base in self.lex.warning:
                yield from self._warning(t)
            rels = self.lex.verb_relations(t)
            if rels and not (low == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"):
                yield from self._verb(t, base, rels)
            if base in self.sustain:
                yield from self._sustain(t, self.sustain[base])
            if base in self.staying_out:
                yield from self._staying_out(t, self.staying_out[base])
            if base in self.receiving:
                yield from self._received(t)
            if base in self.accord_verbs:
                yield from self._accord(t, self.accord_verbs[base])
            if base in self.side_verbs:
                yield from self._alongside(t)
            if base in self.harm_verbs:
                yield from self._harmful_act(t)
            if base in self.ordering:
                yield from self._ordered(t)
        elif t.pos_ in {"NOUN", "PROPN"}:
            if base == "part":
                yield from self._part_of(t)
            if base in self.relational and t.i not in self.d.token_mention:
                yield from self._relational(t, self.relational[base])
            if t.dep_ == "pobj" and t.head.lower_ == "as":
                yield from self._as_evaluation(t)
            if base in self.relief_nouns:
                yield from self._relief(t)
            if t.i not in self.d.token_mention:
                if base in self.lex.nouns:
                    yield from self._noun(t, base, self.lex.nouns[base])
                elif base in self.supply_heads:
                    yield from self._supply(t)
        if t.pos_ == "ADJ" and low in self.adjectives:
            yield from self._adjective(t, self.adjectives[low])
        if t.dep_ in {"attr", "acomp", "oprd", "xcomp"} and self._evaluative(t):
            yield from self._evaluation(t)
        if low == "up" and t.i > 0 and self.d.doc[t.i - 1].lower_ == "not":
            yield from self._not_up_to(t)

    # -- holders -----------------------------------------------------------------------------------
    def holder(self, t: Token, *, skip_own_subject: bool = False) -> Holder:
        """Who holds the stance expressed at token t: the nearest subject up the tree that names an
        entity; the controller of an infinitive ('allow X to deploy'); else the quotation's speaker."""
        quote = self.d.quote_of(t)
        speaker = quote.speaker[0] if quote and quote.speaker else None
        node, steps = t, 0
        own = skip_own_subject
        while steps < MAX_CLIMB:
            steps += 1
            if node.pos_ in {"VERB", "AUX", "ADJ"} or node.dep_ == "ROOT":
                subject = None if own else self._subject(node)
                own = False
                if subject is not None:
                    low = subject.lower_
                    if low in self.first_person and subject.i not in self.d.token_mention:  # "we", not "US"
                        if quote and quote.speaker:
                            return Holder(tuple(quote.speaker), speaker)
                        return Holder(())
                    if low in {"there", "it"} and self._is_expletive(subject):
                        pass  # climb on: "there should be no easing", "it is not up to X"
                    elif self._deontic(node) and node.dep_ in {"ccomp", "xcomp"}:
                        pass  # "X said Y should not ease sanctions": the stance is X's
                    elif node.dep_ in {"ccomp", "xcomp"} and self._infinitive(node) \
                            and self.lex.lemma(node.head) in self.directive:
                        pass  # "X called on Y to lift sanctions": the stance is X's
                    elif subject.dep_ != "nsubjpass":
                        found = self.d.entities(subject, fallback=True, agent=True)
                        if found:
                            return Holder(tuple(found), self._reporter(node) or (speaker if quote else None))
                        if quote and quote.speaker and low in DEMONSTRATIVE and self._within_quote(subject, quote):
                            return Holder(tuple(quote.speaker), speaker)  # "'This means pressure on X,' Y said"
                        return Holder(())
                agent = self._agent(node)
                if agent:
                    return Holder(tuple(agent), None)
                if node.lower_ in self.necessity and node.dep_ in {"acomp", "attr"}:
                    own = True  # "sanctions are crucial to support X": the speaker's stance, not the subject's
            if node.dep_ not in CLIMB or node.head is node:
                break
            if node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN"}:
                # a clause describing a noun does not inherit the main clause's subject, nor the speaker's
                # voice: 'measures targeting X' are whoever took the measures
                return Holder(tuple(self._noun_actor(node.head)), None)
            if node.dep_ == "pcomp" and node.head.head.pos_ == "NOUN" and self._possessor(node.head.head):
                # "China's role in propping up X", "its part in arming X": the possessor does it
                return Holder(tuple(self._possessor(node.head.head)), None)
            if node.dep_ == "pcomp" and node.head.lower_ in {"for", "of"} and node.head.head.pos_ == "VERB":
                # "thanked X for sending troops", "praised X for ...": X did it
                doer = [m for c in node.head.head.children if c.dep_ == "dobj"
                        for m in self.d.entities(c, fallback=False)]
                if doer:
                    return Holder(tuple(doer), None)
            if node.dep_ in {"xcomp", "ccomp"} and node.pos_ in {"VERB", "AUX"} \
                    and self.lex.lemma(node.head) not in self.directive:  # not a purpose clause (advcl)
                controller = [c for c in node.head.children if c.dep_ in {"dobj", "dative"} and c.i < node.i]
                found = [m for c in controller for m in self.d.entities(c, fallback=False)]
                if found and self._infinitive(node):
                    return Holder(tuple(found), None)  # "allowed the coalition to deploy": the coalition
            node = node.head
        if quote and quote.speaker:
            return Holder(tuple(quote.speaker), speaker)
        return Holder(())

    def _noun_actor(self, noun: Token) -> list[int]:
        """Who acts through a thing: 'Israeli jets' -> Israel; 'the measures the US introduced' -> the US."""
        found = self.d.entities(noun, agent=True) or self._possessor(noun)  # "the EU's decision to ..."
        if found:
            return found
        governor = self._governing_verb(noun)
        if governor is not None and noun.dep_ == "dobj" and (
                self.lex.lemma(governor) in self.carrying or self.lex.lemma(noun) in self.volition):
            return list(self.holder(governor).mentions)  # "X has no plans to ...", "X made an offer to ..."
        return []

    def _possessor(self, noun: Token) -> list[int]:
        return [m for c in noun.children if c.dep_ == "poss" for m in (self.d.direct(c) or self.d.pronoun(c))]

    def _infinitive(self, verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def _reporter(self, clause: Token) -> int | None:
        """The speaker of a reported clause: 'Witkoff said the US would keep supporting Ukraine'."""
        node = clause
        for _ in range(3):
            if node.dep_ != "ccomp" or node.head is node:
                return None
            node = node.head
            if self.lex.lemma(node) in self.lex.speech:
                for child in node.children:
                    if child.dep_ == "nsubj":
                        found = self.d.entities(child, fallback=False)
                        return found[0] if found else None
        return None

    def _within_quote(self, token: Token, quote) -> bool:
        return quote.start <= token.idx < quote.end

    def _subject(self, verb: Token) -> Token | None:
        return self.d.subject_of(verb)

    def _agent(self, verb: Token) -> list[int]:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.d.entities(pobj)
        return []

    def _is_expletive(self, subject: Token) -> bool:
        head = subject.head
        if subject.lower_ == "there":
            return True
        return subject.dep_ in {"nsubj"} and (self.lex.lemma(head) == "be" or subject.tag_ == "PRP") and any(
            c.dep_ in {"ccomp", "xcomp", "acomp", "attr", "prep", "advmod"} for c in head.children)

    def _deontic(self, verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children)

    # -- targets -----------------------------------------------------------------------------------
    def _objects(self, t: Token, preps: list[str] | tuple[str, ...]) -> list[Token]:
        out = []
        for child in t.children:
            if child.dep_ in OBJECTS:
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ in preps:
                out.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
            elif child.dep_ == "prt":
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ in preps:
                        out.extend(c for c in grand.children if c.dep_ == "pobj")
        return out

    def _targets(self, tokens: list[Token]) -> list[int]:
        out: list[int] = []
        for tok in tokens:
            for m in self.d.entities(tok, fallback=True) or self.events.antecedent(tok):
                if m not in out:
                    out.append(m)
        return out

    def _reciprocal(self, t: Token) -> list[tuple[int, int]]:
        """'Russia and Ukraine accused each other': pairs of (holder, target)."""
        objects = [c for c in t.children if c.dep_ in OBJECTS]
        if not any(o.lower_ in {"other", "another"} for o in objects):
            return []
        subjects = [c for c in t.children if c.dep_ == "nsubj"] or [
            s for s in [self._subject(t.head) if t.dep_ == "conj" else None] if s is not None]
        # "the M23 rebels and the Congolese army" (the parser may give the verb two subjects)
        group = list(dict.fromkeys(m for s in subjects for m in self.d.entities(s, agent=True)))
        return [(a, b) for a in group for b in group if a != b]

    # -- cue families ------------------------------------------------------------------------------
    def _verb(self, t: Token, base: str, rels: dict[str, list[str]]) -> Iterator[tuple]:
        particle = self.particles.get(base)
        if particle and not any(c.dep_ in {"prt", "dobj"} and c.lower_ == particle for c in t.children):
            return
        for relation, preps in rels.items():
            if relation == "participates_in":
                yield from self._participation(t, base, preps)
                continue
            if self.polarity.negated(t) or self.polarity.refused(t):
                continue  # a denied support or attack is not its opposite: no edge
            pairs = self._reciprocal(t)
            if pairs:
                for a, b in pairs:
                    yield relation, Holder((a,)), [b], t.lower_
                continue
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in t.children)
            if passive:
                targets = self._targets([c for c in t.children if c.dep_ == "nsubjpass"])
                holder = Holder(tuple(self._agent(t)))
            elif t.tag_ == "VBN" and t.dep_ in {"acl", "amod"} and t.head.pos_ in {"NOUN", "PROPN"}:
                # "the Houthis, backed by Iran", "the Russia-backed Wagner Group": the noun is the target
                targets = self._targets([t.head])
                holder = Holder(tuple(self._agent(t) or self._hyphen_owner(t)))
            else:
                objects = self._objects(t, [*preps, *self._default_preps(relation)])
                named = objects
                if self.lex.cues.object_pattern(t, self.lex.lemma):
                    # 'imposed sanctions on X', 'declared their support for X': the object is the act, the
                    # target is named by a preposition (or is the object only if it names an entity itself)
                    named = [o for o in objects if o.dep_ != "dobj" or self.d.direct(o)]
                targets = self._targets(named)
                if not targets and relation == "opposes" and base in self.polarity.disapproval:
                    targets = [m for o in objects for m in self._deep_owner(o)]  # "blocked EU sanctions"
                if not targets and relation == "supports" and base in self.helping:
                    targets = [m for x in t.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"
                               for m in self.d.entities(o, fallback=True)]  # "helped restore the junta's control"
                if not targets and relation == "opposes" and base in self.attack_verbs:
                    targets = [m for o in objects for m in self._located_in(o, own=True)] or [
                        m for p in t.children if p.dep_ == "prep" and p.lower_ == "in" and objects
                        for o in p.children if o.dep_ == "pobj" for m in self.d.direct(o)
                        if self.d._kind(m) == "STATE"]  # "struck sites in X"
                holder = self.holder(t)
            yield relation, holder, targets, t.lower_

    def _hyphen_owner(self, t: Token) -> list[int]:
        """'Russia-backed': the name joined to the participle by a hyphen."""
        for child in t.children:
            if child.dep_ in {"npadvmod", "compound", "nmod"} and child.i < t.i:
                return self.d.direct(child)
        return []

    def _default_preps(self, relation: str) -> tuple[str, ...]:
        return ("against", "on", "with") if relation == "opposes" else ("for", "to", "with")

    def _participation(self, t: Token, base: str, preps: list[str]) -> Iterator[tuple]:
        if t.tag_ == "VBN" and t.dep_ in {"amod", "acl"}:
            yield from self._led(t)  # "the US-led operation"
            return
        objects = self._objects(t, [*preps, "in", "into", "to", "of"])
        forces = [m for o in objects for m in self.d.entities(o, fallback=False) if m in self.force_mentions]
        generic = [o for o in objects if o.lower_ in self.participation_objects]
        if base == "take" and not any(o.lower_ == "part" for o in objects):
            return
        if base in {"take", "participate"} and not forces and any(
                c.dep_ == "prep" and c.lower_ == "in" for c in t.children):
            return  # "took part in the negotiations": something other than the force
        if not forces and generic and base not in self.force_building and self.force_mentions \
                and not self._combat_purpose(t, generic):
            forces = [self._nearest_force(t)]  # "send troops" in an article about the force: that force
        if not forces:
            return
        if self.polarity.stopped(t):
            return  # "failed to send troops", "stopped sending troops": neither a pledge nor a refusal
        holder = self.holder(t)
        refuser = None if self.polarity.negated(t) else self.polarity.refuser(t)
        if refuser is not None and set(self.holder(refuser).mentions) != set(holder.mentions):
            return  # someone else's refusal ("X ruled out allowing Y to deploy"): not Y's choice
        relation = "declines" if self.polarity.negated(t) or refuser is not None else "participates_in"
        yield relation, holder, forces, t.lower_

    def _led(self, t: Token) -> Iterator[tuple]:
        forces = [m for m in self.d.direct(t.head) if m in self.force_mentions]
        holder = self._agent(t) or self._hyphen_owner(t)
        if forces and holder and not self.polarity.negated(t):
            yield "participates_in", Holder(tuple(holder)), forces, t.lower_

    def _part_of(self, t: Token) -> Iterator[tuple]:
        """'X is part of the operation'; 'the deployment was not part of the operation', said by X: X declines."""
        copula = t.head
        if t.dep_ not in {"attr", "acomp", "dobj"} or self.lex.lemma(copula) not in {"be", "become", "remain"}:
            return
        forces = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"
                  for m in self.d.entities(o, fallback=False) if m in self.force_mentions]
        if not forces:
            return
        subject = self._subject(copula)
        holder = Holder(())
        if subject is not None:
            holder = Holder(tuple(self.d.entities(subject, agent=True)))
            if not holder.mentions and self.lex.lemma(subject) in self.participation_subjects:
                holder = self.holder(copula, skip_own_subject=True)  # whose deployment: the speaker's
        negated = self.polarity.negated(t) or self.polarity.negated(copula)
        yield ("declines" if negated else "participates_in"), holder, forces, "part of"

    def _staying_out(self, t: Token, preps: list[str]) -> Iterator[tuple]:
        """'stay out of the coalition', 'pulled out of the mission', 'withdrew from the force': X declines."""
        if self.polarity.negated(t):
            return
        objects = [o for p in t.children if p.dep_ in {"prep", "prt", "advmod"}
                   for q in (p, *(g for g in p.children if g.dep_ == "prep"))
                   if q.lower_ in preps for o in q.children if o.dep_ == "pobj"]
        forces = [m for o in objects for m in self.d.entities(o, fallback=False) if m in self.force_mentions]
        if forces:
            yield "declines", self.holder(t), forces, t.lower_

    def _retaliation(self, t: Token, governor: Token | None) -> Iterator[tuple]:
        owner = self._noun_holder(t, self.lex.lemma(t))
        if owner:
            holder = Holder(tuple(owner))
        elif governor is not None and not self.polarity.negated(governor) \
                and self.lex.lemma(governor) not in self.framing:
            holder = self.holder(governor)
        else:
            return
        targets = self.events.attackers_of(list(holder.mentions), t.i)
        if targets:
            yield "opposes", holder, targets, t.lower_

    def _ordered(self, t: Token) -> Iterator[tuple]:
        """'the strikes were ordered by X', 'X authorised the raid': X opposes whom the strikes hit."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in t.children)
        acts = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        acts = [a for a in acts if self.events.kind(a) == "attack"]
        if not acts:
            return
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        targets = [m for a in acts for m in (self._noun_targets(a) or self.events.targets_of(a))]
        if holder.mentions and targets:
            yield "opposes", holder, list(dict.fromkeys(targets)), t.lower_

    def _backed_subject(self, verb: Token) -> list[int]:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return [m for c in subjects for m in self.d.entities(c, agent=True)]

    def _deep_owner(self, noun: Token) -> list[int]:
        """Whose thing a chain of 'of' phrases ends in: 'the adoption of the package of EU sanctions' -> the EU."""
        node = noun
        for _ in range(4):
            owner = [m for c in node.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                     for m in self.d.entities(c, fallback=False) if self.d._kind(m) in {"STATE", "ORG"}]
            if owner:
                return owner
            nxt = [o for p in node.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
            if not nxt:
                return []
            node = nxt[0]
        return []

    def _noun_targets(self, noun: Token) -> list[int]:
        return self._targets([c for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against", "at"}
                              for c in p.children if c.dep_ == "pobj"])

    def _provoker(self, t: Token, governor: Token | None) -> list[int]:
        """Whose act a reaction answers: 'Israeli strikes ..., prompting condemnation from X' -> Israel."""
        if governor is None or self.lex.lemma(governor) not in self.triggers:
            return []
        node = governor
        for _ in range(3):
            subject = self._subject(node)
            if subject is not None:
                return self.d.entities(subject, agent=True) or self.events.antecedent(subject)
            if node.dep_ not in {"advcl", "conj", "xcomp"} or node.head is node:
                return []
            node = node.head
        return []

    def _relational(self, t: Token, kind: str) -> Iterator[tuple]:
        """'Qatar, a key US ally', 'X's backer Y', 'its paramilitary rival': relations named by a noun."""
        if self.polarity.negated(t):
            return
        owner = [m for c in t.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                 for m in self.d.entities(c, fallback=False)]
        owner += [m for p in t.children if p.dep_ == "prep" and p.lower_ in {"of", "to"}
                  for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)]
        referent = self._referent(t)
        owner = [m for m in owner if m not in referent]
        if not owner or not referent:
            return
        if kind == "ally":
            yield "supports", Holder(tuple(owner)), referent, t.lower_
        elif kind == "backer":
            yield "supports", Holder(tuple(referent)), owner, t.lower_
        else:
            yield "opposes", Holder(tuple(owner)), referent, t.lower_
            yield "opposes", Holder(tuple(referent)), owner, t.lower_

    def _referent(self, t: Token) -> list[int]:
        """What a describing noun describes: its apposition's head, the subject of 'is', the object of
        'sees X as', or the name it qualifies ('US ally Qatar')."""
        head = t.head
        if t.dep_ == "appos" or (t.dep_ == "compound" and head.i in self.d.token_mention):
            return self.d.direct(head) if head.i in self.d.token_mention else self.d.entities(head, fallback=False)
        if t.dep_ in {"attr", "acomp"} and self.lex.lemma(head) in {"be", "become", "remain"}:
            subject = self._subject(head)
            return self.d.entities(subject, fallback=False) if subject is not None else []
        if t.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
            return [m for o in head.head.children if o.dep_ == "dobj" for m in self.d.entities(o, fallback=False)]
        for child in t.children:
            if child.dep_ == "appos":
                return self.d.entities(child, fallback=False)
        return []

    def _as_evaluation(self, t: Token) -> Iterator[tuple]:
        """'views Qatar as an ally', 'condemned the strikes as a violation': the viewer's stance on X."""
        verb = t.head.head
        if verb.pos_ != "VERB" or self.lex.lemma(verb) not in self.describing:
            return
        words = {self.lex.lemma(t), *(self.lex.lemma(c) for c in t.children if c.dep_ in {"amod", "compound"})}
        if words & self.eval_neg:
            relation = "opposes"
        elif words & self.eval_pos or self.relational.get(self.lex.lemma(t)) == "ally":
            relation = "supports"
        else:
            return
        if self.polarity.negated(verb) or self.polarity.negated(t):
            return
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        targets = [m for o in objects for m in self.events.pronoun_event(o)] or self._targets(
            [o for o in objects if o.lower_ not in {"it", "this", "that"}])
        yield relation, self.holder(verb), targets, f"{verb.lower_} as {t.lower_}"

    def _harmful_act(self, t: Token) -> Iterator[tuple]:
        """'X argued that the move undermines diplomacy': X opposes whoever made the move."""
        subject = self._subject(t)
        if subject is None or self.polarity.negated(t) or self.polarity.refused(t):
            return
        if subject.pos_ == "NOUN" and (self.events.kind(subject) is not None or self._possessor(subject)):
            # "the move undermines Y", "X's stance obstructs Y": whoever made the move, whose stance it is
            actors = self._noun_holder(subject, self.lex.lemma(subject)) or self.events.antecedent(subject)
        elif t.dep_ == "ccomp" and self.lex.lemma(t.head) in self.lex.speech:
            actors = self.d.entities(subject, agent=True)  # "X said Y's ships interfered with ...": X's charge
        else:
            return
        holder = self.holder(t, skip_own_subject=True)
        if actors and holder.mentions:
            yield "opposes", holder, actors, t.lower_

    def _alongside(self, t: Token) -> Iterator[tuple]:
        """'fought alongside Russia', 'fought on the side of the army': X supports them."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        allies = [o for p in t.children if p.dep_ == "prep" and p.lower_ in self.side_preps
                  for o in p.children if o.dep_ == "pobj"]
        allies += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "on"
                   for side in p.children if side.dep_ == "pobj" and self.lex.lemma(side) in self.sides
                   for q in side.children if q.dep_ == "prep" and q.lower_ == "of"
                   for o in q.children if o.dep_ == "pobj"]
        targets = self._targets(allies)
        if targets:
            yield "supports", self.holder(t), targets, f"{t.lower_} alongside"

    def _accord(self, t: Token, relation: str) -> Iterator[tuple]:
        """'X signed the accord', 'X violated the truce': a stance on a named accord."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        if t.tag_ == "VBN" and t.dep_ in {"acl", "amod"}:
            accords, holder = self.d.direct(t.head), Holder(tuple(self._agent(t)))  # "the accord signed by X"
        else:
            accords, holder = [m for o in self._objects(t, []) for m in self.d.entities(o, fallback=False)], \
                self.holder(t)
        accords = [m for m in accords if kind_of(self.d.mentions[m].kb_id) == ACCORD]
        if accords:
            yield relation, holder, accords, t.lower_

    def _received(self, t: Token) -> Iterator[tuple]:
        """'Kyiv received an air defence system from X': X supports the receiver."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        objects = [o for o in t.children if o.dep_ == "dobj"]
        if not any(self.lex.lemma(o) in self.materiel or any(
                self.lex.lemma(c) in self.materiel for c in o.children if c.dep_ in {"compound", "amod"})
                for o in objects):
            return
        givers = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
        receiver = self.holder(t)
        if givers and receiver.mentions:
            yield "supports", Holder(tuple(givers)), list(receiver.mentions), t.lower_

    def _combat_purpose(self, t: Token, objects: list[Token]) -> bool:
        """'sent troops to fight in Kursk': a deployment to a war, not to the force being assembled."""
        for node in (t, *objects):
            for child in node.children:
                if child.dep_ in {"advcl", "xcomp", "relcl", "acl"} and self.lex.lemma(child) in self.combat:
                    return True
        return False

    def _nearest_force(self, t: Token) -> int:
        def distance(idx: int) -> int:
            return abs(self.d.mentions[idx].start - t.idx)

        return min(self.force_mentions, key=distance)

    def _noun(self, t: Token, base: str, frames: dict[str, list[str]]) -> Iterator[tuple]:
        """Nouns of stance with their arguments: 'sanctions on X', 'Israeli strikes on X', 'support for X from Y',
        'X's invasion of Y', 'strikes by X on Y'."""
        if self.polarity.negated(t) or self._relieved(t):
            return
        governor = self._governing_verb(t)
        for relation, preps in frames.items():
            targets = self._targets([c for p in t.children if p.dep_ == "prep" and p.lower_ in preps
                                     for c in p.children if c.dep_ == "pobj"])
            if not targets and governor is not None and t.dep_ in {"dobj", "pobj"}:
                # the phrase may hang on the verb: "put pressure on X", "pledged aid for X"
                targets = self._targets([c for p in governor.children if p.dep_ == "prep" and p.lower_ in preps
                                         and p.i > t.i for c in p.children if c.dep_ == "pobj"])
            if not targets and relation == "opposes" and base in self.attack_nouns:
                targets = self._located_in(t)  # "its attack at an airfield in Russia"
            if not targets and relation == "opposes" and base in self.reactions:
                targets = self._provoker(t, governor)  # "the strikes drew condemnation from X"
            if not targets and relation == "opposes" and base in self.retaliations:
                yield from self._retaliation(t, governor)  # "X vowed retaliation" after Y struck X
                continue
            if not targets and relation == "supports" and t.dep_ == "pobj" and t.head.lower_ in {"with", "under"} \
                    and governor is not None:
                targets = self._backed_subject(governor)  # "X was formed with Y's support"
            if relation == "participates_in":
                targets = [m for m in targets if m in self.force_mentions]  # "the launch of the operation"
            if not targets:
                continue
            owner = [m for m in self._noun_holder(t, base) if m not in targets]
            if not owner and base in self.reactions and governor is not None:  # "drew condemnation from X"
                owner = [m for p in governor.children if p.dep_ == "prep" and p.lower_ == "from"
                         for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
            if owner:
                holder = Holder(tuple(owner))
            else:
                if governor is None or self.polarity.negated(governor) or self.polarity.refused(t) \
                        or self.lex.lemma(governor) in self.framing or self._described(t):
                    continue  # "threats to X" as a mere topic, denied, or named as what something is
                holder = self.holder(governor)
            yield relation, holder, targets, t.lower_

    def _described(self, t: Token) -> bool:
        """'condemned the strikes as a violation of X': a description of something else."""
        return t.dep_ == "pobj" and t.head.lower_ == "as"

    def _noun_holder(self, t: Token, base: str) -> list[int]:
        """Who holds a noun of stance: 'Russia's', 'Israeli', 'EU' before it; 'by X' after it; 'from X' for
        support, criticism and the like."""
        found: list[int] = []
        for c in t.children:
            if c.dep_ in {"poss", "compound", "amod", "nmod"}:
                found += self.d.entities(c, fallback=False) or (
                    self.d.entities(c, agent=True) if c.dep_ == "poss" else [])  # "the Defence Ministry's support"
            elif c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and base in self.from_holders)):
                found += [m for o in c.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
        return list(dict.fromkeys(found))

    def _supply(self, t: Token) -> Iterator[tuple]:
        """'arms sales to X', 'weapons deliveries for X': support when a weapon or aid word qualifies them."""
        if any(c.dep_ in {"compound", "amod", "nmod"} and self.lex.lemma(c) in self.supply_qualifiers
               for c in t.children):
            yield from self._noun(t, self.lex.lemma(t), {"supports": ["to", "for"]})

    def _located_in(self, t: Token, *, own: bool = False) -> list[int]:
        """The state where an attack's place lies: 'attack at Engels airfield in Russia' -> Russia; with
        `own`, the place is t itself: 'struck nine sites in Pakistan'."""
        places = [c for p in t.children if p.dep_ == "prep" and p.lower_ in self.locative_preps
                  for c in p.children if c.dep_ == "pobj"]
        if own:
            places = [t]
        places += [c for c in t.children if c.dep_ == "appos"]  # the parser's reading of "attack at X"
        for place in places:
            for inner in (c for c in place.children if c.dep_ == "prep" and c.lower_ == "in"):
                # "in Pakistan and Pakistan-administered Kashmir": every state named in the place
                found = [m for o in inner.children if o.dep_ == "pobj" for w in o.subtree
                         if w.i in self.d.token_mention for m in [self.d.token_mention[w.i]]
                         if self.d._kind(m) == "STATE"]
                if found:
                    return list(dict.fromkeys(found))
        return []

    def _relieved(self, t: Token) -> bool:
        """'ease sanctions on X', 'the lifting of sanctions on X': handled as relief, not as pressure."""
        for node in ancestors(t, 3):
            if self.lex.lemma(node) in self.relief_nouns or self.lex.lemma(node) in self.lex.relief_verbs:
                return True
            if node.dep_ not in {"prep", "pobj", "dobj", "nsubjpass"} and node.pos_ != "ADP":
                return False
        return False

    def _governing_verb(self, t: Token) -> Token | None:
        """The verb a noun cue is the object of ('announced aid for X', 'called for pressure on X')."""
        node = t
        for _ in range(6):
            if node.dep_ in {"dobj", "dative", "nsubjpass", "oprd"} and node.head.pos_ in {"VERB", "AUX"}:
                return node.head
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
                return node.head.head
            if node.dep_ not in {"pobj", "prep", "conj", "appos", "compound"} or node.head is node:
                return None
            node = node.head
        return None

    def _relief(self, t: Token) -> Iterator[tuple]:
        """Easing pressure on X supports X; refusing to ease it opposes X."""
        objects = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in {"of", "in", "on"}:
                objects.extend(c for c in p.children if c.dep_ == "pobj")
        pressure = [o for o in objects if o.lower_ in self.relief_objects]
        if not pressure:
            return
        target_tokens = [c for o in pressure for p in o.children if p.dep_ == "prep" and p.lower_ in
                         self.relief_preps for c in p.children if c.dep_ == "pobj"]
        target_tokens += [c for p in t.children if p.dep_ == "prep" and p.lower_ in self.relief_preps
                          for c in p.children if c.dep_ == "pobj"]
        targets = self._targets(target_tokens)
        if not targets:
            return
        denied = self.polarity.negated(t) or self.polarity.refused(t) or self._judged_negative(t) or any(
            self.polarity.negated(o) for o in pressure)
        relation = "opposes" if denied else "supports"
        yield relation, self.holder(t), targets, t.lower_

    def _judged_negative(self, t: Token) -> bool:
        """'Lifting sanctions on X would be a disaster'."""
        if t.dep_ in {"csubj", "nsubj"}:
            head = t.head
            return any(c.dep_ in {"attr", "acomp"} and c.lower_ in self.eval_neg for c in head.children)
        return False

    def _acceptance(self, t: Token) -> Iterator[tuple]:
        """'does not consent to X', 'ruled out accepting X', 'ruled out allowing X to deploy Y'."""
        if not (self.polarity.negated(t) or self.polarity.refused(t)):
            return
        objects = self._objects(t, ["to", "of"])
        for child in t.children:
            if child.dep_ in {"xcomp", "ccomp"}:
                objects.extend(self._objects(child, ["to", "in"]))
        targets = self._targets(objects)
        if targets:
            yield "opposes", self.holder(t), targets, t.lower_

    def _warning(self, t: Token) -> Iterator[tuple]:
        """'X warned that Y was preparing offensives': X opposes Y."""
        for clause in (c for c in t.children if c.dep_ == "ccomp"):
            subject = self._subject(clause)
            if subject is None:
                continue
            hostile = any(("opposes" in self.lex.verb_relations(w) and w.pos_ == "VERB")
                          or (w.pos_ == "NOUN" and "opposes" in self.lex.nouns.get(self.lex.lemma(w), {}))
                          for w in clause.subtree if not w.is_punct)
            if hostile and not self.polarity.negated(clause):
                targets = self.d.entities(subject, fallback=False)
                yield "opposes", self.holder(t), targets, t.lower_

    def _evaluation(self, t: Token) -> Iterator[tuple]:
        """'X would be a legitimate target', said by Y: Y opposes X."""
        head = t.head
        if self.lex.lemma(head) not in self.lex.evaluative_verbs:
            return
        if self.polarity.negated(head) or self.polarity.negated(t):
            return
        subject = self._subject(head)
        if subject is None or subject.lower_ in {"it", "there", "this", "that"}:
            return
        targets = self.d.entities(subject, fallback=False)
        if not targets and self.lex.lemma(subject) in self.event_nouns:
            # "the deployment of X would be unacceptable", "X's involvement is an illegal act"
            targets = [m for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)]
            targets = targets or self._possessor(subject)
        if not targets:
            return
        holder = self.holder(head, skip_own_subject=True)
        yield self._evaluative(t), holder, targets, t.lower_

    def _evaluative(self, t: Token) -> str | None:
        """'unacceptable', 'a legitimate target', 'a clear illegal act': the relation an evaluation expresses."""
        words = {t.lower_, self.lex.lemma(t), *(self.lex.lemma(c) for c in t.children if c.dep_ == "amod")}
        if words & self.eval_neg:
            return "opposes"
        return "supports" if words & self.eval_pos else None

    def _adjective(self, t: Token, frames: dict[str, list[str]]) -> Iterator[tuple]:
        """'We are grateful to X', 'X is opposed to Y', 'critical of Y'."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        for relation, preps in frames.items():
            targets = self._targets([c for p in t.children if p.dep_ == "prep" and p.lower_ in preps
                                     for c in p.children if c.dep_ == "pobj"])
            if targets:
                yield relation, self.holder(t), targets, t.lower_

    def _sustain(self, t: Token, frames: dict[str, list[str]]) -> Iterator[tuple]:
        """'keep X in the fight': support for X."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in frames:
                for o in p.children:
                    if o.dep_ == "pobj" and o.lower_ in frames[p.lower_]:
                        targets = self._targets([c for c in t.children if c.dep_ == "dobj"])
                        yield "supports", self.holder(t), targets, f"{t.lower_} ... {p.lower_} {o.lower_}"
                        return

    def _not_up_to(self, t: Token) -> Iterator[tuple]:
        """'It is not up to X (what happens ...)': a denial of X's say, i.e. opposition."""
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is None or nxt.lower_ != "to":
            return
        pobj = [c for c in nxt.children if c.dep_ == "pobj"]
        targets = self._targets(pobj)
        if targets:
            yield "opposes", self.holder(t.head), targets, "not up to"


def stance_relations(d: Discourse) -> Iterator[Relation]:
    yield from StanceRules(d).relations()
