"""Diplomatic sanctions: 'X was ordered to leave Y' and 'Y gave X three days to leave' (Y opposes X), 'declared
X persona non grata', 'suspended X's membership', 'had X arrested', 'closed its airspace to X'."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from nlp.discourse import state_key
from nlp.gazetteer import kind_of
from nlp.holder import Holder, first_conjunct, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

UNWELCOME = ("persona", "non", "grata")
OBLIGING = frozenset({"must", "should"})  # "X said Y must withdraw": a demand made of Y
ENVOY_WINDOW = 2  # "Z also recalled its envoy": from the hosts named in this sentence or the two before
TIME_GIVERS = frozenset({"give", "grant", "allow", "offer"})  # "gave X three days to leave"


class Diplomacy:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    def _ordered_out(self, t: Token) -> Iterator[tuple]:
        """'X's ambassador was ordered to leave Y', 'Y ordered X to leave', 'gave him three days to leave the
        country': Y opposes X."""
        order = t.head
        if t.dep_ in {"acl", "relcl"} and self.lex.lemma(order) in self.w.time_nouns \
                and order.dep_ in {"dobj", "npadvmod"} and self.lex.lemma(order.head) in TIME_GIVERS:
            order = order.head  # "gave him three days to leave": the days belong to the giving
        if t.dep_ not in {"xcomp", "advcl", "acl", "relcl"} or self.lex.lemma(order) not in self.w.ordering_out \
                or self.polarity.negated(order) or self.polarity.negated(t):
            return
        passive = is_passive(order)
        left = self._targets([c for c in t.children if c.dep_ == "dobj"])
        sent_away = [c for c in order.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj", "dative"})
                     and c.i != t.i and self.lex.lemma(c) not in self.w.time_nouns]
        targets = self._targets(sent_away)
        holder = Holder(tuple(self._agent(order))) if passive else self.holder(order)
        if not holder.mentions:
            holder = Holder(tuple(m for m in left if self.d._kind(m) == "STATE"))
        if targets:
            yield "opposes", holder, targets, order.lower_

    def _sent_out(self, t: Token) -> Iterator[tuple]:
        """'ordered out 18 Russian diplomats', 'ordered X's envoy out of the country': whoever orders opposes
        those sent out."""
        if self.polarity.negated(t) or self.polarity.refused(t) or not any(
                c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "out" for c in t.children):
            return
        passive = is_passive(t)
        sent = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                and self.lex.lemma(c) not in self.w.time_nouns]
        targets = self._targets(sent)
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        targets = [m for m in targets if m not in holder.mentions]
        if targets:
            yield "opposes", holder, targets, f"{t.lower_} out"

    def _restoration(self, t: Token) -> Iterator[tuple]:
        """'called for the reinstatement of X', 'calls by Y for the release of X', 'demanded X's release':
        whoever calls for it backs X."""
        if t.i in self.d.token_mention or self.polarity.negated(t):
            return
        restored = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)] or self._possessor(t)
        restored = [m for m in restored if self.d._kind(m) in {"PERSON", "STATE", "ORG"}]
        node = first_conjunct(t)  # "demanded new elections and X's release"
        head = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "for" else \
            node.head if node.dep_ == "dobj" else None
        if head is None and node is not t and node.dep_ == "pobj" and node.head.head.dep_ == "dobj":
            head = node.head.head.head  # "demanded a return to the order and X's release", the release hung on
            # the order
        if head is None or not restored or self.polarity.negated(head):
            return
        if head.pos_ == "NOUN" and self.lex.lemma(head) in self.w.calls:  # "calls by X for the release of Y"
            callers = self._noun_holder(head, self.lex.lemma(head)) or self._noun_actor(head)
            holder = Holder(tuple(callers))  # nobody's calls ('refused calls for ...'): nobody's stance
        elif head.pos_ == "VERB" and self.lex.lemma(head) in self.w.demanding:  # "X called for the release of Y"
            holder = self.holder(head)
        else:
            return
        targets = [m for m in restored if m not in holder.mentions]
        if targets:
            yield "supports", holder, targets, t.lower_

    def _unwelcome(self, t: Token) -> Iterator[tuple]:
        """'declared X persona non grata', 'labeled X as persona non grata': the declarer opposes X."""
        words = [w.lower_ for w in t.subtree]
        if not any(tuple(words[i:i + 3]) == UNWELCOME for i in range(len(words) - 2)) or self.polarity.negated(t):
            return
        named = [c for c in t.children if c.dep_ in {"dobj", "oprd"}] + [  # the parser may take 'persona' for a verb
            g for c in t.children if c.dep_ in {"ccomp", "xcomp", "oprd"} for g in c.children
            if g.dep_ in {"nsubj", "dobj"}] + [  # "declared Lula persona non grata", the name hung on 'persona'
            g for c in t.children if c.lower_ == UNWELCOME[0] for g in c.children if g.dep_ == "compound"]
        targets = self._targets([c for c in named if c.lower_ not in UNWELCOME])
        if targets:
            yield "opposes", self.holder(t), targets, "persona non grata"

    def _said_unwelcome(self, t: Token) -> Iterator[tuple]:
        """'X said Y is persona non grata (in Z)', 'Y is now persona non grata': whoever says so opposes Y; 'declared
        Y persona non grata' is the declaring verb's (_unwelcome)."""
        doc = t.doc
        if tuple(w.lower_ for w in doc[t.i:t.i + 3]) != UNWELCOME or self.lex.lemma(t.head) in self.w.unwelcome \
                or self.polarity.negated(t):
            return
        clause = t.head if t.dep_ in {"attr", "acomp", "oprd"} else t
        if not any(self.lex.lemma(c) == "be" for c in (clause, *clause.children)) or self.polarity.negated(clause):
            return  # a copula says it: "Y is persona non grata", not "a persona non grata status"
        named = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        targets = self._targets(named)
        holder = self.holder(clause.head) if clause.dep_ == "ccomp" else self.holder(clause, skip_own_subject=True)
        targets = [m for m in targets if m not in holder.mentions]
        if targets and holder.mentions:
            yield "opposes", holder, targets, "persona non grata"

    def _envoy_recall(self, t: Token) -> Iterator[tuple]:
        """'ordered the recall of its ambassadors from X', 'announced the closure of its embassy in X': whoever
        orders or announces it, or whose envoys they are, opposes X."""
        if self.polarity.negated(t):
            return
        sent = [o for o in prep_objects(t, {"of"}) if self._envoy(o) or self.lex.lemma(o) in self.w.embassies
                or self._envoy_title(o)]  # "the recall of EU ambassador X"
        if not sent:
            return
        governor = self._governing_verb(t)
        holder = self.holder(governor) if governor is not None else Holder(())
        own = any(m in holder.mentions or self._of_own_side(holder, m) for o in sent for m in self._possessor(o))
        # "ordered the recall of its envoys", "X's prime minister ordered the closure of X's embassy in Y": its own
        # act, against their host
        if governor is not None and self.lex.lemma(governor) in self.w.demanding and not own:
            if not self.polarity.negated(governor):  # "did not ask for the recall of X"
                yield from self._recall_demanded(t, sent, holder)
            return
        if not holder.mentions:
            holder = Holder(tuple(self._noun_holder(t, self.lex.lemma(t)) or [
                m for o in sent for m in self._possessor(o)]))
        owners = [m for o in sent for m in self._foreign_owners(o, holder)] if self.lex.lemma(t) == "closure" else []
        targets = owners or [m for m in self._hosts(t, (t, *sent), holder) if m not in holder.mentions]
        if targets and holder.mentions:
            yield "opposes", holder, targets, t.lower_

    def _recall_demanded(self, t: Token, envoys: list[Token], holder: Holder) -> Iterator[tuple]:
        """'asked for the recall of EU ambassador X', 'demanded the recall of its envoy': whoever asks opposes
        the envoy named and whose envoy it is."""
        titles = [x for o in envoys for x in (o, *(c for c in o.children if c.dep_ == "compound"))
                  if self._envoy_title(x)]
        owners = [m for x in titles for c in x.children if c.dep_ in {"compound", "amod", "nmod"}
                  and not self._envoy_title(c) for m in self.d.entities(c, fallback=False)]
        named = [m for o in envoys for m in self.d.direct(o)]
        targets = [m for m in dict.fromkeys([*named, *owners, *(m for o in envoys for m in self._possessor(o))])
                   if m not in holder.mentions and self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        if targets and holder.mentions:
            yield "opposes", holder, targets, t.lower_

    def _foreign_owners(self, post: Token, holder: Holder) -> list[int]:
        """Whose an embassy or mission is, when not the holder's: 'the closure of the Bulgarian mission in Moscow'
        closes Bulgaria's post, not one in Moscow."""
        named = self._possessor(post) + [m for c in post.children if c.dep_ in {"amod", "compound"}
                                         for m in self.d.direct(c) if self.d._kind(m) == "STATE"]
        own = [*holder.mentions, *(m for h in holder.mentions if self.d._kind(h) == "PERSON"
                                   for m in self.d.affiliated(h))]  # an ambassador's own country's post
        return [m for m in dict.fromkeys(named) if not any(self._same_entity(m, o) for o in own)]

    def _represented(self, targets: list[int]) -> list[int]:
        """The states that envoys among `targets` represent ('the Indian Ambassador X', "Brazil's ambassador
        X", 'X, the Canadian envoy'); other targets as they are."""
        out: list[int] = []
        for m in targets:
            states: list[int] = []
            if self.d._kind(m) == "PERSON":
                words = [self.d.doc[i] for i, n in self.d.token_mention.items() if n == m]
                root = next((w for w in words if w.head not in words or w.head == w), None)
                titles = [] if root is None else [x for x in (root, root.head, *root.children) if x not in words
                                                  and self._envoy_title(x)]
                states = [s for x in (*titles, *([root] if titles else [])) for s in self.d._fallback(x)
                          if self.d._kind(s) == "STATE"]
            out += [s for s in dict.fromkeys(states or [m]) if s not in out]
        return out

    def _envoy(self, noun: Token) -> bool:
        """An envoy, or a body of them named with its modifier: 'its ambassador', 'their diplomatic staff'."""
        return self.lex.lemma(noun) in self.w.envoys or (self.lex.lemma(noun) in self.w.envoy_bodies and any(
            c.dep_ in {"amod", "compound"} and c.lower_ in self.w.envoy_body_modifiers for c in noun.children))

    def _envoy_title(self, x: Token) -> bool:
        """'ambassador', 'envoy'; 'chargé d'affaires', which the parser heads with its second word."""
        return self.lex.lemma(x) in self.w.envoys or any(
            c.dep_ == "compound" and self.lex.lemma(c) in self.w.envoys for c in x.children)

    def _closed_to(self, t: Token) -> Iterator[tuple]:
        """'closed its airspace to Russian aircraft', 'shut its ports to Israeli ships', 'the border was closed to
        NATO convoys': against whom the way in is closed."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        targets = self._targets(self._kept_out(t))
        holder = Holder(tuple(self._agent(t))) if is_passive(t) else self.holder(t)
        if targets:
            yield "opposes", holder, targets, t.lower_

    def _embassy_closed(self, t: Token) -> Iterator[tuple]:
        """'closed its embassy in X' opposes X, the host; 'shut down X's embassy in Y' opposes X, whose it is."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        passive = is_passive(t)
        embassies = [o for o in t.children if o.dep_ == ("nsubjpass" if passive else "dobj")
                     and self.lex.lemma(o) in self.w.embassies]
        if not embassies:
            return
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        owners = [m for o in embassies for m in self._foreign_owners(o, holder)]
        hosts = [m for m in self._targets([x for head in (t, *embassies) for x in prep_objects(head, {"in"})])
                 if self.d._kind(m) in {"STATE", "ORG"}]
        targets = [m for m in (owners or hosts) if m not in holder.mentions]
        if targets and holder.mentions:
            yield "opposes", holder, targets, t.lower_

    def _kept_out(self, t: Token) -> list[Token]:
        """Whom a way in is closed to ('closed its airspace to X') or shared with ('shut its border crossings with
        X'): X, not whose the way is ('the Afghan border')."""
        ways = [o for o in t.children if o.dep_ == ("nsubjpass" if is_passive(t) else "dobj")
                and self.lex.lemma(o) in self.w.closed_ways]
        return [x for head in ([t, *ways] if ways else []) for p in head.children if p.dep_ == "prep"
                and p.lower_ in {"to", "with"} for x in p.children if x.dep_ == "pobj"
                and (p.lower_ == "to" or self.d.direct(x))]  # "sealed the border with Y", not "with wire"

    def _suspended_membership(self, t: Token) -> Iterator[tuple]:
        """'suspended Gabon's membership': the body opposes Gabon; 'Armenia froze its participation in the
        CSTO': Armenia declines the CSTO."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        seats = [o for o in t.children if o.dep_ == "dobj" and self.lex.lemma(o) in self.w.membership_objects]
        holder = self.holder(t)
        own = [o for o in seats if any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in o.children)]
        if own and holder.mentions:
            bodies = [m for o in own for p in o.children if p.dep_ == "prep" and p.lower_ in {"in", "of", "at"}
                      for x in p.children if x.dep_ == "pobj" for m in self.d.entities(x, fallback=False)]
            if bodies:
                yield "declines", holder, bodies, t.lower_
            return
        if self.lex.lemma(t) not in self.w.expelling:
            return
        targets = [m for o in seats for m in self.d.entities(o, fallback=True) if self.d._kind(m) in {"STATE", "ORG"}]
        if not seats and self.lex.lemma(t) not in {"remove", "drop"}:
            # "suspended Madagascar from all activities", "Mali was suspended from the bloc"; but "removed X
            # from the sanctions list" may be a favour
            passive = is_passive(t)
            targets = [m for o in t.children if o.dep_ == ("nsubjpass" if passive else "dobj")
                       for m in self.d.direct(o) if self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
            if passive:
                body = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                        if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False) if self.d._kind(m) == "ORG"]
                holder = Holder(tuple(self._agent(t) or body))
        if targets and holder.mentions:
            yield "opposes", holder, targets, t.lower_

    def _causative(self, t: Token) -> Iterator[tuple]:
        """'the court had the president arrested': whoever had it done opposes whom it was done to."""
        cause = t.head
        if t.tag_ not in {"VBN", "VBD"} or t.dep_ not in {"ccomp", "xcomp"} \
                or self.lex.lemma(cause) not in self.w.causative or self.polarity.negated(cause) \
                or any(c.dep_ in {"aux", "auxpass"} for c in t.children):
            return
        rels, _ = self.lex.verb_cue(t)
        if "opposes" not in rels:
            return
        targets = self._targets([c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}])
        if targets:
            yield "opposes", self.holder(cause), targets, t.lower_

    def _demanded_retreat(self, t: Token) -> Iterator[tuple]:
        """'requested India to withdraw its troops', 'demanded that Russia withdraw from Ukraine', 'called on
        X to halt its offensive', 'asked X to reconsider', 'said X must withdraw', 'said X should apologize':
        whoever demands it opposes X."""
        asked = t
        while asked.dep_ == "conj" and asked.head.pos_ in {"VERB", "AUX"} and not self.d.subject_of(asked):
            asked = asked.head  # "pressed X to hold elections and release prisoners"
        demand = asked.head
        if self.polarity.negated(demand) or self.polarity.negated(t):
            return
        told = self._told(asked, demand)
        if told is None:
            return
        if self.lex.lemma(demand) in self.w.ordering and told and all(
                self.lex.lemma(o) in self.w.military_nouns for o in told):
            return  # "X ordered Y's security forces to halt exercises": forces one commands are one's own
        kept_from = any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
        stopped = [m for o in t.children if o.dep_ == "dobj" for m in self.d.direct(o)] if kept_from else []
        if stopped:  # "called on the court to halt X from arming Y": X is to be stopped, not the court; but
            # "called on the junta to release X": a demand on the junta, for X
            told = [o for o in t.children if o.dep_ == "dobj"]
        targets = self._targets(told)
        if self.lex.lemma(t) in self.w.restraint and len(targets) > 1:
            return  # "urged X and Y to refrain from escalation": even-handed
        yield from self._demand_on(demand, targets, f"{demand.lower_} to {t.lower_}")

    def _dissuaded(self, t: Token) -> Iterator[tuple]:
        """'urged Poland not to pass the law', 'demanded that X not hold the vote': asking someone not to do
        what they mean to do opposes them; 'urged X not to withdraw', 'not to ignore Y' (pleas to keep on) do not."""
        demand = t.head
        if not any(c.dep_ == "neg" for c in t.children) or t.tag_ not in {"VB", "VBP"} or self.lex.lemma(t) == "be" \
                or any(c.dep_ == "aux" and self.lex.lemma(c) == "do" for c in t.children) \
                or self.polarity.negated(demand) or self.lex.lemma(t) in self.w.retreats \
                or self.lex.lemma(t) in self.w.forsaking:
            return  # a bare verb asked for; not "told X that Y was not ...", "that they do not ...": reports
        told = [o for o in self._told(t, demand) or [] if not (o.tag_ == "NNS" and o.i not in self.d.token_mention)]
        # not "called on member states not to recognise X": a call on all, about X
        targets = self._targets(told)
        if not targets or any(m not in targets for m in self._mentioned_in(t)):
            return  # "urged Y not to allow jets to be sold to X": about X, a third party
        yield from self._demand_on(demand, targets, f"{demand.lower_} not to {t.lower_}")

    def _mentioned_in(self, clause: Token) -> list[int]:
        """The parties named inside a clause (not the accords or events it names)."""
        return list(dict.fromkeys(m for x in clause.subtree if (m := self.d.token_mention.get(x.i)) is not None
                                  and not kind_of(self.d.mentions[m].kb_id)))

    def _told(self, asked: Token, demand: Token) -> list[Token] | None:
        """Whom a demand is made of: 'urged X to ...', 'called on X to ...', 'demanded that X ...', 'said X
        must ...', 'called for X to ...'; None when `asked` is no demanded clause."""
        if asked.dep_ == "xcomp" and self.lex.lemma(demand) in self.w.demanding:
            return [c for c in demand.children if c.dep_ in {"dobj", "dative"}] + [
                o for p in demand.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
                for o in p.children if o.dep_ == "pobj"]  # "called on X to ..."
        if asked.dep_ == "ccomp" and (self.lex.lemma(demand) in self.w.demanding or (
                self.lex.lemma(demand) in self.lex.speech and any(
                    c.dep_ == "aux" and c.lower_ in OBLIGING for c in asked.children)
                and not any(c.dep_ == "aux" and c.lower_ == "have" for c in asked.children))):  # "should have"
            return [c for c in asked.children if c.dep_ == "nsubj"]  # "demanded that X withdraw", "said X must"
        if asked.dep_ in {"advcl", "ccomp"} and self.lex.lemma(demand) in self.w.demanding and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in asked.children):
            return [c for c in asked.children if c.dep_ == "nsubj"]  # "called for X to withdraw", 'for' as a mark
        return None

    def _demand_on(self, demand: Token, told: list[int], cue: str) -> Iterator[tuple]:
        """Whoever makes the demand opposes those it is made of (`told`, mentions), unless they are one, or the
        demand is an order to the holder's own side ('Yudhoyono ordered Indonesian forces to halt exercises')."""
        holder = self.holder(demand)
        ordering = self.lex.lemma(demand) in self.w.ordering
        targets = [m for m in told if m not in holder.mentions and not (ordering and self._of_own_side(holder, m))]
        if targets:
            yield "opposes", holder, targets, cue

    def _annulled(self, t: Token) -> Iterator[tuple]:
        """'annulled the first-round victory of X', 'revoked X's accreditation': X is opposed."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        passive = is_passive(t)
        things = [o for o in t.children if o.dep_ == ("nsubjpass" if passive else "dobj")
                  and self.lex.lemma(o) in self.w.annulled]
        deprived = [o for o in t.children if o.dep_ == ("nsubjpass" if passive else "dobj") and any(
            p.dep_ == "prep" and p.lower_ == "of" and self.lex.lemma(x) in self.w.annulled
            for p in o.children for x in p.children)]  # "deprive the ambassador of his accreditation"
        if deprived and not things:
            targets = self._targets(deprived)
            if targets:
                yield "opposes", Holder(tuple(self._agent(t))) if passive else self.holder(t), targets, t.lower_
            return
        owners = [m for o in things for c in o.children if c.dep_ == "poss" for m in self.d.entities(c)] + [
            m for o in things for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for x in p.children if x.dep_ == "pobj" for m in self.d.entities(x)]
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        if owners:
            yield "opposes", holder, owners, t.lower_

    def _envoy_withdrawn(self, t: Token) -> Iterator[tuple]:
        """'withdrew their ambassador to Lithuania', 'pulled its envoy from X', 'will call back our ambassador
        from Delhi': X is opposed."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        particles = self.w.envoy_particles.get(self.lex.lemma(t))
        if particles and not any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in t.children):
            return  # "called its ambassador in Delhi" is a telephone call
        envoys = [o for o in t.children if o.dep_ == "dobj" and self._envoy(o)]
        if not envoys:
            return
        holder = self.holder(t)
        targets = self._hosts(t, (t, *envoys), holder)
        if targets:
            yield "opposes", holder, targets, t.lower_

    def _envoy_provoked(self, t: Token) -> Iterator[tuple]:
        """'recalled its ambassador from Y after X called Z's wife corrupt', 'summoned Y's envoy over X's remarks',
        'expelled the envoy following disclosures that X tapped Z's phone': the recall, summons or expulsion answers
        X; not a victim ('after a soldier was wounded'), nor the reactor's own side."""
        lemma = self.lex.lemma(t)
        phrasal = self._phrasal(t, self.w.summoning)
        particles = self.w.envoy_particles.get(lemma)
        if not (lemma in self.w.withdrawing_envoys or phrasal in self.w.summoning or lemma in self.d.expelling_envoys) \
                or (particles and phrasal not in self.w.summoning and not any(
                    c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in t.children)) \
                or self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        passive = is_passive(t)
        if not any(c.dep_ == ("nsubjpass" if passive else "dobj") and (self._envoy(c) or self._envoy_title(c))
                   for c in t.children):
            return
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        own = self._own_side(holder) | {state_key(self.d.mentions[m].kb_id) for m in holder.mentions}
        envoys = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        targets = [m for m in dict.fromkeys(self._provokers(t, envoys))
                   if m not in holder.mentions and state_key(self.d.mentions[m].kb_id) not in own - {""}]
        if targets and holder.mentions:
            yield "opposes", holder, targets, f"{t.lower_} after"

    def _provokers(self, t: Token, objects: list[Token]) -> Iterator[int]:
        """Who did what an act answers: the subject of an 'after' or 'when' clause ('after X called ...'), the
        owner of words it is 'over' ('over X's remarks', on the act or its object), the doer in a report it
        follows ('following reports that X tapped ...'); never the subject of a passive or of a denial."""
        clauses = [c for c in t.children if c.dep_ == "advcl" and any(
            m.dep_ in {"mark", "advmod", "prep"} and m.lower_ in self.w.provocation_marks for m in c.children)]
        for p in (c for x in (t, *objects) for c in x.children  # "summoned the envoy over X's remarks"
                  if c.dep_ == "prep" and c.lower_ in self.w.provocation_preps):
            for o in p.children:
                if o.dep_ == "pcomp" and o.pos_ in {"VERB", "AUX"}:
                    clauses.append(o)  # "after X had called ..."
                elif o.dep_ == "pobj" and self.lex.lemma(o) in self.w.provocation_words:
                    yield from self._possessor(o) or [m for x in prep_objects(o, {"by", "from"})
                                                      for m in self.d.entities(x, fallback=False)]
                elif o.dep_ == "pobj" and self.lex.lemma(o) in self.w.provocation_reports:
                    clauses += [c for c in o.children if c.dep_ in {"acl", "ccomp", "relcl"} and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        for clause in clauses:
            subject = self._subject(clause)
            if subject is None or subject.dep_ == "nsubjpass" or is_passive(clause) \
                    or self.polarity.own_negation(clause):
                continue
            yield from self.d.entities(subject, fallback=False) or self.d.pronoun(subject)

    def _hosts(self, t: Token, heads: tuple[Token, ...], holder: Holder) -> list[int]:
        """The states or bodies envoys are withdrawn from, named 'from', 'in' or 'to' on the act or the envoys
        (a capital: its state), and remembered for a later recall that names none; when none is named here,
        the remembered ones ('Z also recalled its envoy')."""
        places = [x for head in heads for x in prep_objects(head, {"from"})] or [  # "the return of its envoys
            x for head in heads for x in prep_objects(head, {"from", "in", "to"})]  # from X to Y": Y is home
        if not places:
            return self._unsaid_host(t, holder)
        targets = [m for m in self._targets(places) if self.d._kind(m) in {"STATE", "ORG"}]
        if targets:
            self.envoy_hosts = (self.d.sent_of_token[t.i], targets)
        return targets

    def _unsaid_host(self, t: Token, holder: Holder) -> list[int]:
        """Whom envoys are withdrawn from when the text does not say: whoever prompted the recall, the hosts of the
        last envoys withdrawn, in this sentence or the two before ('X withdrew its ambassador from Y. Z also
        recalled its envoy'), else the article's main subject."""
        prompter = self._prompter(t, holder)  # "X recognised Y, prompting Z to recall its envoys"
        if prompter:
            return prompter
        sent, hosts = self.envoy_hosts
        if hosts and self.d.sent_of_token[t.i] - sent <= ENVOY_WINDOW:
            return [m for m in hosts if m not in holder.mentions]
        return self._main_subject_besides(holder)

