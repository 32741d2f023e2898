"""Verb cues: the verb's relation (cues.json) with its holder and targets, and the verb frames that
need more than a subject and an object: reciprocal charges, relief of pressure, acceptance under refusal,
warnings, fighting alongside, receiving from, signing accords, harmful acts, ordered strikes."""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.discourse import RELATIVE, state_key
from nlp.gazetteer import ACCORD, kind_of
from nlp.holder import OBJECTS, Holder, agent_object, for_subject, is_passive, participles, prep_objects

if TYPE_CHECKING:
    from nlp.stance_words import PhraseIdiom

HORTATIVE = frozenset({"'s", "’s", "us"})  # "let's", "let us": the speaker's proposal
FREE_RELATIVES = frozenset({"what", "whatever"})
MULTIPLIERS = frozenset({"double", "twice", "triple", "treble", "thrice", "quadruple", "half", "fraction"})


class VerbCues:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    def _recognised_owner(self, t: Token, targets: list[int]) -> list[int]:
        """'recognised Jerusalem as Israel's capital', 'recognised the city as part of X': the state the place
        is recognised as belonging to, in place of the place."""
        owners = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                  if o.dep_ == "pobj" and self.lex.lemma(o) in self.w.recognised_as
                  for m in [*self._possessor(o), *self._targets(prep_objects(o, {"of"}))]
                  if self.d._kind(m) == "STATE"]
        return owners or targets

    def _verb(self, t: Token, base: str, rels: dict[str, list[str]], *, on_object: bool = False
              ) -> Iterator[tuple]:
        particle = self.w.particles.get(base)
        if particle and not any(c.dep_ in {"prt", "dobj"} and c.lower_ == particle for c in t.children):
            return
        for relation, preps in rels.items():
            if relation == "participates_in":
                yield from self._participation(t, base, preps)
                continue
            ender = self.polarity.ended(t) if relation == "supports" else None  # "stopped funding X"
            ended = ender is not None and not self._asked_of(ender) and not self.polarity.hypothetical(ender)
            # not "called on X to stop arming Y": a demand, not a stop
            force = relation == "opposes" and base in self.w.attack_verbs  # "will stop bombing X": it was bombed
            if (self.polarity.negated(t, ending=not force) or self.polarity.refused(t)) and not ended:
                continue  # a denied support or attack is not its opposite: no edge
            if base in self.w.directive and any(self._acts_on_third(c) for c in t.children if c.dep_ == "xcomp"):
                continue  # "pressured the leaders to exclude X": against X, not against those pressed
            if relation == "supports" and any(o.dep_ in {"dobj", "npadvmod"} and o.i > t.i
                                              and self.lex.lemma(o) in self.w.time_nouns for o in t.children):
                continue  # "gave him three days to leave": no gift; not "hours after X thanked Y"
            if relation == "supports" and self._purchase(t):
                continue  # "paid X $100 billion for gas imports": a purchase, no backing
            pairs = self._reciprocal(t)
            if pairs:
                for a, b in pairs:
                    yield relation, Holder((a,)), [b], t.lower_
                continue
            passive = is_passive(t)
            if passive:
                targets = self._targets([c for c in t.children if c.dep_ == "nsubjpass"])
                holder = Holder(tuple(self._agent(t)))
                if not holder.mentions and relation == "opposes" and (asker := self._asked_for(t)) is not None:
                    holder = self.holder(asker)  # "called for X to be detained": the one who calls for it
            elif t.tag_ == "VBN" and t.dep_ in {"acl", "amod"} and t.head.pos_ in {"NOUN", "PROPN"}:
                # "the Houthis, backed by Iran", "the Russia-backed Wagner Group": the noun is the target
                # the noun itself, not what it is listed with ('Israel and Iran-backed Hezbollah')
                targets = self.d.direct(t.head) or self.d.titled_name(t.head) or self.events.clause_act(t.head)
                # "X expelled two envoys, a move condemned by Y": X's act
                if not targets and t.head.dep_ == "appos" and t.i < t.head.i:
                    targets = self.d.direct(t.head.head)  # "X, a UN-sanctioned militia": X
                copula = t.head.head
                if not targets and t.head.dep_ == "attr" and t.i < t.head.i and self.lex.lemma(copula) == "be" \
                        and not self.polarity.negated(copula):
                    targets = self._described(copula)  # "X was a US-backed force", "X, which was ...": X
                if not targets:  # "Jordanian-built carriers supplied by X": who gets them, not who made them
                    targets = self._targets(prep_objects(t, {"to", "for"})) if base in self.w.deliveries \
                        else self.d._fallback(t.head)
                holder = Holder(tuple(self._agent(t) or self._hyphen_owner(t)))
            elif (subject := self._fronted_participle_subject(t)) is not None:
                targets = self.d.entities(subject, agent=True)  # "Backed by Iran, the Houthis seized X"
                holder = Holder(tuple(self._agent(t)))
            else:
                frame = [*preps, *self._default_preps(relation)]
                objects = self._objects(t, frame) or self._construed(t, frame)  # "condemned what it called X's ..."
                objects += self._stray_items(t, objects)  # "target A, the head of Z; B, an official; and C"
                if relation == "opposes":
                    objects = [self._inner_act(o) for o in self._forum_passed(t, objects)]  # "a wave of attacks"
                if relation == "supports" and base in self.w.carrying:  # "reinstated UN sanctions on X": the
                    objects = [o for o in objects if "opposes" not in self.lex.nouns.get(self.lex.lemma(o), {})]
                    # measure's own relation (the noun's rule), no backing of the UN
                if base in self.w.culprit_preps:  # "blamed it on X", "recalled its envoy in X": X, not the object
                    preps = self.w.culprit_preps[base]
                    culprits = self._objects(t, preps) + [o for d in t.children if d.dep_ == "dobj"
                                                          for p in d.children if p.dep_ == "prep" and p.lower_ in preps
                                                          for o in p.children if o.dep_ == "pobj"]
                    objects = [o for o in culprits if o.dep_ not in OBJECTS] or objects
                acts = {o: act for o in objects if (act := self._gerund_act(o)) is not None}
                if acts:  # "opposed sanctioning Syria" parsed as a compound: the gerund's act, composed
                    objects = [o for o in objects if o not in acts]
                    composed = self._composed(relation, {r for act in acts.values() for r in self.lex.verb_cue(act)[0]})
                    if composed:
                        yield composed, self.holder(t), self._targets(list(acts)), t.lower_
                named = objects
                if on_object:
                    # 'imposed sanctions on X', 'declared their support for X': the object is the act, the
                    # target is named by a preposition; but 'expelled an Indian diplomat' names its target
                    # (unless a preposition names it after the object: 'threw its weight behind X')
                    named_after = any(o.dep_ != "dobj" and o.ent_type_ not in {"DATE", "TIME"} for o in objects)
                    on_act = [x for o in objects if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"
                              and p.lower_ in preps for x in p.children if x.dep_ == "pobj"]
                    # "backed Y's fight against X": X, named on the act
                    entry = self.lex.cues.entry(base)
                    backing = relation == "opposes" and entry is not None and "supports" in entry.relations
                    if backing and not on_act:  # "backed the EU's sanctions against X": X, as the act noun
                        on_act = [x for o in objects if o.dep_ == "dobj" for x in self._named_on(o, relation)]
                        # names it; not "condemned the attack on X"
                    if relation == "opposes":
                        on_act += self._addressed(t, objects)  # "issued a stern warning to X": X
                    named = [o for o in objects if o.dep_ != "dobj" or self.d.direct(o) or self.d.coup_makers(o)
                             or not (self._act_noun(o) or named_after or on_act)] + on_act  # "condemned the
                    # coup": its makers
                    if on_act and backing:
                        fighters = [m for o in objects if o.dep_ == "dobj" for m in self._possessor(o)]
                        if fighters:  # "backed Y's fight against X": and Y
                            yield "supports", self.holder(t), fighters, t.lower_
                named = [o for o in named if not (o.dep_ == "pobj" and o.head.lower_ in {"on", "by"}
                                                  and self.lex.lemma(o) in self.w.sides)]  # "fought on X's side"
                repeated = {o: found for o in named if o.dep_ == "dobj" and base in self.events.carrying
                            and not self.d.direct(o) and (found := self.events.repeated_targets(o))}
                named = [o for o in named if o not in repeated]  # "imposed the same ban": on whom the ban
                targets = self._targets(named) + [m for found in repeated.values() for m in found]
                # named before was, not on whoever imposed it
                if not targets and relation == "supports":
                    targets = self._framework(named)  # "backed the truce under the X accord"
                if relation == "opposes" and self._phrasal(t, self.w.summoning) in self.w.summoning:
                    targets = self._represented(targets)  # "summoned the Indian ambassador X": India
                if relation == "opposes" and base in self.w.countering and self._threatening(named):
                    targets = self._posers(named)  # "combat the threat posed by X": X; not "posed to Y"
                if not targets and relation == "opposes" and base in self.w.countering:
                    targets = [m for o in named if self._wrong(o) for m in self._act_authors(o)]
                    # "fight attacks by X", "repelled the assault", "combat violence by X": against whoever does it
                if relation == "supports" and base in self.w.recognising:
                    targets = self._recognised_owner(t, targets)  # "recognised X as Y's capital": Y
                if relation == "supports":  # "backed the invasion of X": X is the act's patient, not backed
                    patients = self._patients(named)
                    targets = [m for m in targets if m not in patients]
                if not targets and relation == "opposes" and base in self.polarity.disapproval:
                    targets = [m for o in objects for m in self._deep_owner(o) or self._act_authors(o)]
                    # "blocked the adoption of EU sanctions", "rejected a pact X signed with Y"
                if not targets and relation == "supports" and base in self.w.helping:
                    helped = [c for x in t.children if x.dep_ in {"ccomp", "xcomp"} and x.tag_ == "VB"
                              for c in x.children if c.dep_ == "nsubj"]  # "helped Mali fight the rebels"
                    targets = self._targets(helped) or [
                        m for x in t.children if x.dep_ == "xcomp" and "opposes" not in self.lex.verb_cue(x)[0]
                        for o in x.children if o.dep_ == "dobj" for m in self.d.entities(o, fallback=True)]
                    # "helped restore the junta's control"; but "backs sanctioning X" is against X (its own cue)
                if not targets and relation == "opposes" and base in self.polarity.disapproval:
                    targets = self._acts_backing(t)  # "opposed readmitting X": against X
                if not targets and not objects:
                    targets = self._free_relative_authors(t)  # "rejected what was announced by X"
                if not targets and relation == "opposes" and base in self.w.attack_verbs:
                    targets = [m for o in objects for m in self._located_in(o, own=True)] or [
                        m for p in t.children if p.dep_ == "prep" and p.lower_ == "in" and objects
                        for o in p.children if o.dep_ == "pobj" for m in self.d.direct(o)
                        if self.d._kind(m) == "STATE"]  # "struck sites in X"
                if not targets and relation == "opposes" and base not in self.polarity.disapproval \
                        and base not in self.events.carrying:  # not 'reimposed UN sanctions'
                    targets = [m for o in objects if o.dep_ == "dobj" and o.i not in self.d.token_mention
                               for m in self._deep_owner(o)]
                    # "fighting the policies of X", "struck the headquarters of X"
                if relation == "opposes" and base in self.w.territorial:
                    targets = self._territory_holders(t, [*named, *objects], targets)  # "annexed X's Crimea": X
                holder = self.holder(t)
                if not holder.mentions and any(c.dep_ == "agent" for c in t.children):
                    holder = Holder(tuple(self._agent(t)))  # "arms gifted to X by Y", the parser missing the passive
            yield ("opposes" if ended else relation), holder, targets, t.lower_

    def _territory_holders(self, t: Token, objects: list[Token], targets: list[int]) -> list[int]:
        """'annexed X's Crimean Peninsula', 'seized the region from X', 'occupied Ukrainian Crimea': a place taken
        stands for the state the sentence says holds it; a place with no holder named stays as it is."""
        places = [m for m in targets if self.d._kind(m) == "PLACE"]
        if not places:
            return targets
        sources = [*prep_objects(t, {"from"}), *(x for o in objects for x in prep_objects(o, {"from"}))]
        holders = [m for o in objects for m in self.d.named_by_modifiers(o)] + [
            m for o in sources for m in self.d.entities(o, fallback=False)]
        holders = [m for m in holders if self.d._kind(m) == "STATE" and m not in places]
        return [m for m in dict.fromkeys([*targets, *holders]) if m not in places] if holders else targets


    def _free_relative_authors(self, t: Token) -> list[int]:
        """'rejected what was announced by X', 'welcomed what X had offered': a free relative as the object
        names its author, the passive's agent or the active clause's subject; not one naming or describing it
        ('what it called ...', 'what Y described as ...': a describer is no author)."""
        found: list[int] = []
        for clause in (c for c in t.children if c.dep_ == "ccomp" and c.i > t.i):
            if self.lex.lemma(clause) in self.d.naming_verbs or self.lex.lemma(clause) in self.w.construing \
                    or self.polarity.negated(clause):
                continue
            relative = next((c for c in clause.children if c.tag_ == "WP" and c.lower_ in FREE_RELATIVES
                             and c.dep_ in {"nsubjpass", "dobj"} and c.i < clause.i), None)
            if relative is None:
                continue
            authors = self._agent(clause) if relative.dep_ == "nsubjpass" else [
                m for s in clause.children if s.dep_ == "nsubj" for m in self.d.entities(s, agent=True)]
            found += authors
        if not found:
            return []
        own = set(self.holder(t).mentions)
        return [m for m in found if not any(self._same_entity(m, h) for h in own)]

    def _together(self, t: Token) -> Iterator[tuple]:
        """'X and Y agreed to work together', 'X and Y, which fought together against Z', 'X and Y stand
        shoulder-to-shoulder': those acting together back each other."""
        if not any((c.dep_ == "advmod" and c.lower_ == "together") or tuple(
                w.lower_ for w in c.subtree if not w.is_punct) in self.w.together_phrases for c in t.children) \
                or self.polarity.negated(t) or self.polarity.refused(t):
            return  # "together", "shoulder-to-shoulder", "side by side"
        group: dict[str, int] = {}
        for m in [*self.holder(t).mentions, *(m for o in prep_objects(t, {"with"}) for m in self.d.entities(o))]:
            group.setdefault(self.d.entity_key(m), m)  # "X worked together with Y"
        if len(group) < 2:
            return
        for a in group.values():
            yield "supports", Holder((a,)), [b for b in group.values() if b != a], f"{t.lower_} together"

    def _asked_for(self, t: Token) -> Token | None:
        """The verb of asking or demanding a passive act with no agent hangs on ('called for X to be detained',
        'wants X to be arrested', 'demanded that X be arrested'); None when there is none or it is denied."""
        head = t.head
        if t.dep_ not in {"advcl", "ccomp", "xcomp"} or head.pos_ != "VERB" or self.polarity.negated(head):
            return None
        base = self.lex.lemma(head)
        return head if base in self.w.seeking_fates or base in self.w.directive else None

    def _construed(self, t: Token, preps: Container[str]) -> list[Token]:
        """'condemned what it described as X's support for Y', 'is opposed to what it considers to be X's
        influence': a free relative in which the holder gives the object its own description stands for the
        thing described; not one in which another describes it ('rejected what Y called X's aggression')."""
        clauses = [c for c in t.children if c.dep_ == "ccomp" and c.i > t.i] + [
            c for p in t.children if p.dep_ == "prep" and p.lower_ in preps for c in p.children if c.dep_ == "pcomp"]
        for clause in clauses:
            what = clause.left_edge  # "what it considers to be X": 'what' may hang on the 'be'
            if self.lex.lemma(clause) not in self.w.construing or self.polarity.negated(clause) \
                    or what.lower_ != "what" or what.dep_ not in {"dobj", "attr"}:
                continue
            describers = [m for s in clause.children if s.dep_ == "nsubj" for m in self.d.entities(s, agent=True)]
            own = self.holder(t).mentions
            if not describers or not all(any(self._same_entity(m, h) for h in own) for m in describers):
                continue
            return [*prep_objects(clause, {"as"}), *(c for c in clause.children if c.dep_ in {"oprd", "attr"}), *(
                a for x in clause.children if x.dep_ == "xcomp" and self.lex.lemma(x) == "be"
                for a in x.children if a.dep_ == "attr")]
        return []

    def _purchase(self, t: Token) -> bool:
        """'paid Russia $100 billion for gas imports', 'paid X for its oil': goods bought, the 'for' hung on the
        verb or on the sum."""
        bought = prep_objects(t, {"for"}) + [o for d in t.children if d.dep_ == "dobj"
                                             for o in prep_objects(d, {"for"})]
        return any(self.lex.lemma(g) in self.d.goods_nouns
                   for o in bought for g in (o, *(c for c in o.children if c.dep_ == "compound")))

    def _patients(self, objects: list[Token]) -> set[int]:
        """Who the hostile acts among these objects are done to: 'the invasion of X', 'the sanctioning of X', 'X's
        extradition'."""
        out: set[int] = set()
        for o in objects:
            lemma = self.lex.lemma(o)
            verb = self.lex.cues.entry(self.lex.base(o.lower_)) if o.lower_.endswith("ing") else None
            hostile = "opposes" in self.lex.nouns.get(lemma, {}) or (verb is not None and "opposes" in verb.relations)
            if hostile and o.i not in self.d.token_mention:
                out.update(m for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                           if x.dep_ == "pobj" for m in self.d.entities(x, fallback=False))
            if lemma in self.w.sought_fates and o.i not in self.d.token_mention:
                out.update(self.d.possessor_of(o))  # "allowed X's extradition": X suffers it, no backing of X
        return out

    def _gerund_act(self, noun: Token) -> Token | None:
        """A stance verb's gerund parsed as a modifier of its object ('sanctioning Syria' as a compound)."""
        return next((c for c in noun.children if c.dep_ in {"compound", "amod"} and c.tag_ == "VBG"
                     and c.i < noun.i and self.lex.verb_cue(c)[0]), None)

    @staticmethod
    def _composed(outer: str, inner: set[str]) -> str | None:
        """Backing an act is the act's stance; rejecting an act that backs X is against X; rejecting an act
        against X says nothing of X."""
        if len(inner) != 1:
            return None
        (act,) = inner
        if outer == "supports":
            return act if act in {"supports", "opposes"} else None
        return "opposes" if outer == "opposes" and act == "supports" else None

    def _acts_backing(self, t: Token) -> list[int]:
        """Whom an act the verb rejects would back: 'opposed readmitting X', 'is against recognising X' (the
        act's own verb supports X). Rejecting an act against X ('opposed sanctioning X') backs nobody."""
        acts = [x for x in t.children if x.dep_ in {"xcomp", "ccomp"} and x.tag_ in {"VBG", "VB"}]
        acts += [x for p in t.children if p.dep_ == "prep" and p.lower_ in {"to", "against"}
                 for x in p.children if x.dep_ == "pcomp" and x.tag_ == "VBG"]
        out: list[int] = []
        for act in acts:
            rels = self.lex.verb_cue(act)[0]
            if self._composed("opposes", set(rels)) == "opposes" and not self.polarity.negated(act):
                out += self._targets(self._objects(act, rels["supports"]))
        return out

    def _withheld(self, t: Token) -> Iterator[tuple]:
        """'halted arms exports to X', 'suspended military aid to X', 'froze its funding for X': support
        withheld is opposition (never the support itself); but 'demanded that X stop its support for Y' is
        the demand of someone else. Exports restricted ('curbed chip exports to X') or stopped ('blocked a
        shipment to X', 'blocked the doses from being sent to X') press X, whatever the goods."""
        if self.polarity.negated(t) or self.polarity.refused(t) or (
                t.dep_ in {"ccomp", "xcomp"} and self.lex.lemma(t.head) in self.w.directive | self.w.demanding):
            return
        passive = is_passive(t)
        objects = [o for o in t.children if o.dep_ == ("nsubjpass" if passive else "dobj")]
        objects += [x for o in objects if o.tag_ == "CD" or any(c.dep_ == "nummod" for c in o.children)
                    # "50 billion euros in aid", "up to $10 million in assistance"
                    for p in o.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                    for x in p.children if x.dep_ == "pobj"]
        restricting = self.lex.lemma(t) in self.w.export_restricting
        any_goods = restricting or self.lex.lemma(t) in self.w.blocking
        held = [o for o in objects if (any_goods and self.lex.lemma(o) in self.w.exports) or (
            not restricting and (self._support_noun(o) or self._cut_off_supply(o)))]
        sending = [v for p in t.children if p.dep_ == "prep" and p.lower_ == "from" for v in p.children
                   if v.dep_ == "pcomp" and self.lex.lemma(v) in self.w.deliveries and is_passive(v)]
        # the goods, not a sender: not "blocked X from sending troops to Y"
        if sending:  # "blocked the doses from being sent to X", "stopped the jets from being delivered to X"
            held = objects
        goods = [x for o in held for x in prep_objects(o, {"of"})]  # "a shipment of vaccines to X"
        recipients = [x for head in (t, *held, *goods, *sending) for p in head.children
                      if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "for"}
                      for x in p.children if x.dep_ == "pobj"]
        targets = self._targets(recipients)
        if held and targets:
            yield "opposes", Holder(tuple(self._agent(t))) if passive else self.holder(t), targets, t.lower_

    def _put_on_list(self, t: Token) -> Iterator[tuple]:
        """'put X on its entity list', 'added X to a trade blacklist', 'X was placed on the sanctions list':
        whoever lists X opposes X."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        if not any(self._hostile_list(o) for o in prep_objects(t, {"on", "to", "onto", "in"})):
            return
        passive = is_passive(t)
        listed = self._targets([o for o in t.children if o.dep_ == ("nsubjpass" if passive else "dobj")])
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        listed = [m for m in listed if m not in holder.mentions]
        if listed and holder.mentions:
            yield "opposes", holder, listed, t.lower_

    def _goods_shut_out(self, t: Token) -> Iterator[tuple]:
        """'ordered firms to remove Huawei equipment from the UK's network', 'banned Vektor's drones from its
        airspace': shutting out a company's goods opposes the company."""
        if is_passive(t) or self.polarity.negated(t) or self.polarity.hypothetical(t) or not any(
                self.lex.lemma(o) not in self.w.any_lists for o in prep_objects(t, {"from"})):
            return  # "removed X from the list" takes X off a blacklist
        makers = [m for o in t.children if o.dep_ == "dobj" and o.i not in self.d.token_mention
                  for c in o.children if c.dep_ in {"compound", "poss"}
                  for m in self.d.direct(c) if self.d._kind(m) == "ORG"]
        holder = self.holder(t)
        makers = [m for m in makers if m not in holder.mentions]
        if makers and holder.mentions:
            yield "opposes", holder, makers, t.lower_

    def _trade_halted(self, t: Token) -> Iterator[tuple]:
        """'halted canola shipments from X', 'suspended imports of Japanese seafood', 'will suspend the issuing of
        visas to X's citizens': cutting off what comes from someone, or what lets their people in, opposes them."""
        if is_passive(t) or self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        nouns = [o for o in t.children if o.dep_ == "dobj" and o.i not in self.d.token_mention]
        nouns += [x for o in nouns if self.lex.named(o, self.w.halted_through)
                  for x in prep_objects(o, {"of"})]  # "the issuing of visas", "imports of canola"
        targets: list[int] = []
        for noun in nouns:
            lemma = self.lex.lemma(noun)
            if self.lex.named(noun, self.w.visa_nouns):
                people = [*prep_objects(t, {"to", "for"}), *prep_objects(noun, {"to", "for"}), *(
                    o for c in t.children if c.dep_ == "dative" for o in c.children if o.dep_ == "pobj")]
                targets += [m for o in people for m in self.d.entities(o, fallback=False)
                            or self.d.named_by_modifiers(o)]  # "to US citizens", "for Chadians"
            elif lemma in self.d.goods_nouns or any(self.lex.lemma(c) in self.d.goods_nouns
                                                   for c in noun.children if c.dep_ == "compound"):
                origins = [*prep_objects(t, {"from"}), *prep_objects(noun, {"from"})]
                targets += [m for o in origins for m in self.d.entities(o, fallback=False)]
                targets += [m for m in self.d.named_by_modifiers(noun) if self.d._kind(m) == "STATE"]
                # "Japanese seafood"
        holder = self.holder(t)
        targets = [m for m in dict.fromkeys(targets) if m not in holder.mentions]
        if targets and holder.mentions:
            yield "opposes", holder, targets, t.lower_

    def _hostile_list(self, noun: Token) -> bool:
        """'a trade blacklist', 'its entity list', 'the sanctions list'; not 'the list of guests'."""
        lemma = self.lex.lemma(noun)
        return lemma in self.w.hostile_lists or (lemma in self.w.list_nouns and any(
            self.lex.named(c, self.w.list_qualifiers)
            for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}))

    def _cut_off_supply(self, noun: Token) -> bool:
        """'gas supplies', 'electricity exports': what cutting off presses the recipient with."""
        return self.lex.lemma(noun) in self.w.supply_heads and self._qualified_supply(noun, self.w.cut_off)

    def _support_noun(self, noun: Token) -> bool:
        """'aid', 'funding', 'arms exports', 'weapons deliveries': what a supporter gives."""
        lemma = self.lex.lemma(noun)
        if "supports" in self.lex.nouns.get(lemma, {}):
            return True
        return lemma in self.w.supply_heads and self._qualified_supply(noun)

    def _acts_on_third(self, clause: Token) -> bool:
        """Whether an infinitive clause is a stance on someone named in it ('to exclude X', 'to sanction X')."""
        rels, _ = self.lex.verb_cue(clause)
        return bool(rels) and any(self.d.entities(o, fallback=False) for o in self._objects(clause, ["against", "on"]))

    def _reciprocal(self, t: Token) -> list[tuple[int, int]]:
        """'Russia and Ukraine accused each other': pairs of (holder, target)."""
        objects = [c for c in t.children if c.dep_ in OBJECTS]
        each_other = any(w.lower_ in {"other", "another"} for o in objects for w in (o, *o.children))
        fought = self.lex.lemma(t) in self.w.conflict_verbs and all(  # "X and Y fought (a war)", "clashed"
            self.lex.lemma(o) in self.w.conflicts for o in objects) and not any(
            c.dep_ == "prep" and c.lower_ in {"against", "with"} for c in t.children)
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        sending_off = self.lex.lemma(t) in self.d.expelling_envoys or self.lex.lemma(t) in self.w.summoning
        tit_for_tat = sending_off and bool(objects) and any(
            w.lower_ == "each" for x in (t, *objects, *subjects) for w in x.children) and all(
            self.lex.lemma(o) in self.w.envoys and not self.d.entities(o, fallback=False) for o in objects)
        # "X and Y expelled a diplomat each", "X and Y each expelled a diplomat": each the other's
        if not (each_other or fought or tit_for_tat):
            return []
        subjects = subjects or [s for s in [self._subject(t.head) if t.dep_ == "conj" else None] if s is not None]
        # "the M23 rebels and the Congolese army" (the parser may give the verb two subjects)
        group = list(dict.fromkeys(m for s in subjects for m in self.d.entities(s, agent=True)))
        if not subjects and t.dep_ in {"xcomp", "pcomp"}:  # "X and Y pledged to defend each other", "committed
            group = list(dict.fromkeys(self.holder(t).mentions))  # to defending each other": the controller
        return [(a, b) for a in group for b in group if a != b]


    def _hyphen_owner(self, t: Token) -> list[int]:
        """'Russia-backed': the name joined to the participle by a hyphen."""
        for child in t.children:
            if child.dep_ in {"npadvmod", "compound", "nmod"} and child.i < t.i:
                return self.d.direct(child)
        doc = t.doc
        if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_ and not doc[t.i - 1].whitespace_:
            return self.d.direct(doc[t.i - 2])  # the parser may hang 'UN', '-' and 'sanctioned' on the noun
        return []


    def _forum_passed(self, t: Token, objects: list[Token]) -> list[Token]:
        """'filed complaints with the WTO against X', 'lodged a case with the court against X': 'with' names
        where the charge is laid, 'against' whom."""
        forums = [o for o in objects if o.dep_ == "pobj" and o.head.lower_ == "with" and o.head.head == t]
        accused = [x for head in (t, *forums, *(o for o in t.children if o.dep_ == "dobj"))
                   for x in prep_objects(head, {"against"})]
        return [o for o in objects if o not in forums] + [x for x in accused if x not in objects] \
            if forums and accused else objects

    def _addressed(self, t: Token, objects: list[Token]) -> list[Token]:
        """'issued a warning to X', 'sent an ultimatum to X': whom a threat is addressed to, after 'to' on the
        verb or on the threat itself."""
        threats = [o for o in objects if o.dep_ == "dobj" and self.events.kind(o) == "threat"]
        return [x for h in (t, *threats) if threats for p in h.children if p.dep_ in {"prep", "dative"}
                and p.lower_ == "to" for x in p.children if x.dep_ == "pobj"]

    def _default_preps(self, relation: str) -> tuple[str, ...]:
        return ("against", "on", "with", "at") if relation == "opposes" else ("for", "to", "with")


    def _acceptance(self, t: Token) -> Iterator[tuple]:
        """'does not consent to X', 'ruled out accepting X', 'ruled out allowing X to deploy Y'."""
        refuser = self.polarity.refuser(t)
        if not (self.polarity.negated(t) or refuser is not None):
            return
        objects = [o for o in self._objects(t, ["to", "of"]) if not self.d.made_goods(o)]  # not the maker of
        # goods let through ("refused to allow X to send Swiss-made ammunition"): X
        changes = [o for o in objects if self.lex.lemma(o) in self.w.standing_changes]
        targets = self._targets([o for o in objects if o not in changes and self.lex.lemma(o) not in self.w.standing])
        targets += [m for o in changes for m in self._possessor(o)]
        # not "will not recognise any altered status of X" or "changes to X's borders"; "X's annexation of Y": X
        for clause in (c for c in t.children if c.dep_ in {"xcomp", "ccomp"}):
            # "not allow X to deploy a force": X, and the force it would deploy; "would not agree to host
            # X": X; but not whom X would act on ("refused to allow US flights to deport migrants")
            allowed = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            inner = self._targets(self._objects(clause, ["to", "in"]))
            targets += self._targets(allowed) + [m for m in inner if m in self.force_mentions or not (
                objects or allowed)]
        if targets:
            asked = t.dep_ == "acl" and refuser is not None and refuser.pos_ == "VERB"
            # "rejected an appeal from X to allow Y": the one who rejected it, not X who asked
            yield "opposes", self.holder(refuser if asked else t), targets, t.lower_


    def _snub(self, t: Token) -> Iterator[tuple]:
        """'refused to meet X', 'ruled out playing against X', 'its refusal to host X's team': refusing to meet,
        host, face or deal with someone opposes them; not 'did not meet X', nor an event ('refused to host the
        talks')."""
        refusing = self.polarity.refused(t) or (
            t.dep_ == "acl" and self.lex.lemma(t.head) in self.w.refusal_nouns and self._infinitive(t))
        if not refusing or self.polarity.hindered(t):
            return
        objects = [c for c in t.children if c.dep_ == "dobj"] + prep_objects(t, self.w.snubbing[self.lex.lemma(t)])
        holder = self.holder(t)
        targets = [m for m in self._targets([o for o in objects if self.events.kind(o) is None])
                   if m not in holder.mentions and self.d._kind(m) != "PLACE"]
        if targets:
            yield "opposes", holder, targets, f"refused {t.lower_}"

    def _permission(self, t: Token) -> Iterator[tuple]:
        """'Lithuania allowed Taiwan to open an office', 'authorised X to use force': letting someone act backs
        them (a refusal to let them is opposition, see _acceptance); not the holder's own forces."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        allowed = [c for c in t.children if c.dep_ in {"dobj", "dative"} and any(
            x.dep_ in {"xcomp", "ccomp"} and x.i > c.i for x in t.children)]
        allowed += [s for x in t.children if x.dep_ in {"xcomp", "ccomp"} for s in x.children if s.dep_ == "nsubj"]
        if any(a.lower_ in HORTATIVE for a in allowed):
            return  # "let's remember why ...", "let us be clear": a proposal to the listeners, no permission
        targets = self._targets(allowed)
        holder = self.holder(t)
        targets = [m for m in targets if m not in holder.mentions and not self._of_own_side(holder, m)]
        # "X's president authorised the army to ...": its own forces, no one backed
        if targets and holder.mentions:
            yield "supports", holder, targets, t.lower_

    def _access_granted(self, t: Token) -> Iterator[tuple]:
        """'gave port access to a Chinese vessel', 'granted China access to its port', 'issued permission to the
        Russian jets', 'offered its airspace to NATO', 'offered their territory for the transit of supplies to X':
        letting someone in backs them."""
        given = [o for o in t.children if o.dep_ in {"dobj", "nsubjpass"} and self._lent(o)]
        if not given or self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        passing = [x for h in (t, *given) for f in h.children if f.dep_ in {"prep", "dative"} and f.lower_ == "for"
                   for p in f.children if p.dep_ == "pobj" and self.lex.lemma(p) in self.w.passages
                   for x in (p, *prep_objects(p, {"of"}))] + [o for o in given if self.lex.lemma(o) in self.w.passages]
        passers = [o for x in passing for o in prep_objects(x, {"to", "by", "for"})]  # "the use of its bases by X"
        if all(self._lent(o) == "passage" for o in given):
            recipients = passers  # territory lent for a passage, not ceded: "gave territory to X" is no access
        else:
            recipients = [c for c in t.children if c.dep_ == "dative" or (c.dep_ == "dobj" and c.i not in {
                o.i for o in given})] + [o for h in (t, *given) for o in prep_objects(h, {"to", "for"})] + passers
        recipients = [o for r in recipients for o in ([g for g in r.children if g.dep_ == "pobj"] if r.pos_ == "ADP"
                                                       else [r])]  # "issued permission to X", the 'to' as dative
        holder = self.holder(t)
        targets = [m for m in self._targets(recipients) if m not in holder.mentions]
        if targets and holder.mentions:
            yield "supports", holder, targets, f"{t.lower_} {given[0].lower_}"

    def _lent(self, o: Token) -> str | None:
        """What a giver lends when it lets someone in: 'access', 'its airspace', 'the use of its bases' ('way'), or
        'its territory', which counts only when lent for a passage ('passage')."""
        lemma = self.lex.lemma(o)
        if lemma in self.w.access_objects or self.lex.named(o, self.w.lent_ways):
            return "way"
        if lemma in self.w.passage_ways:
            return "passage"
        if lemma in self.w.passages and any(self._lent(x) for x in prep_objects(o, {"of"})):
            return "way"  # "the use of its bases"
        return None

    def _angry_reaction(self, t: Token) -> Iterator[tuple]:
        """'China reacted angrily to Japan's remarks', 'X responded sharply to Y': anger at X's act opposes X."""
        if not any(c.dep_ == "advmod" and c.lower_ in self.w.angrily for c in t.children) or self.polarity.negated(t):
            return
        holder = self.holder(t)
        targets = [m for m in self._targets(prep_objects(t, {"to"})) if m not in holder.mentions]
        if targets and holder.mentions:
            yield "opposes", holder, targets, t.lower_

    def _warning(self, t: Token) -> Iterator[tuple]:
        """'X warned that Y was preparing offensives': X opposes Y."""
        for clause in (c for c in t.children if c.dep_ == "ccomp"):
            subject = self._subject(clause)
            if subject is None:
                continue
            charged = self.lex.lemma(t) in self.polarity.allegations  # "alleged that X had underinvested"
            hostile = charged or any(("opposes" in self.lex.verb_relations(w) and w.pos_ == "VERB")
                                     or (w.pos_ == "NOUN" and "opposes" in self.lex.nouns.get(self.lex.lemma(w), {}))
                                     for w in clause.subtree if not w.is_punct)
            if hostile and not self.polarity.negated(clause):
                holder = self.holder(t)
                own = self._own_side(holder)  # "X's minister warned that X reserves the right to ..."
                act = subject.pos_ == "NOUN" and (self.events.kind(subject) is not None
                                                  or self.lex.lemma(subject) in self.w.conduct)
                named = self.d.entities(subject, fallback=False) or (  # "warned that a US invasion of X would ...",
                    self._act_authors(subject) if act else [])  # "that Japan's action will bring penalties"
                targets = [m for m in named if state_key(self.d.mentions[m].kb_id) not in own]
                yield "opposes", holder, targets, t.lower_


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


    def _rebuttal(self, t: Token) -> Iterator[tuple]:
        """'X rejected those allegations', 'dismissed Y's accusation': X opposes whoever made the charge."""
        if self.polarity.negated(t):
            return
        charges = [o for o in t.children if o.dep_ == "dobj" and self.events.kind(o) == "charge"]
        targets = [m for o in charges for m in self._act_authors(o)]
        if targets:
            yield "opposes", self.holder(t), targets, t.lower_

    def _expelled(self, t: Token) -> Iterator[tuple]:
        """'X was suspended from Y', 'X, expelled from Y': Y opposes X."""
        passive = is_passive(t) or (
            t.tag_ == "VBN" and t.dep_ in {"acl", "amod"})
        if not passive or self.polarity.negated(t):
            return
        bodies = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)] or (
            self._repeated_agent(t))  # "Mali and Guinea have also been suspended" after "X suspended Niger"
        members = [c for c in t.children if c.dep_ == "nsubjpass"] or ([t.head] if t.dep_ in {"acl", "amod"} else [])
        targets = self._targets(members)
        if bodies and targets:
            yield "opposes", Holder(tuple(bodies)), targets, t.lower_

    def _alongside(self, t: Token) -> Iterator[tuple]:
        """'fought alongside Russia', 'fought on the side of the army', 'X's deployment alongside Y', 'X left after
        years of engagement alongside Y': X supports them."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        allies = [o for p in t.children if p.dep_ == "prep" and p.lower_ in self.w.side_preps
                  for o in p.children if o.dep_ == "pobj"]
        sides = [side for p in t.children if p.dep_ == "prep" and p.lower_ in {"on", "by"}
                 for side in p.children if side.dep_ == "pobj" and self.lex.lemma(side) in self.w.sides]
        allies += [o for side in sides for q in side.children if q.dep_ == "prep" and q.lower_ == "of"
                   for o in q.children if o.dep_ == "pobj"]
        allies += [c for side in sides for c in side.children if c.dep_ == "poss"]  # "fought on Russia's side"
        targets = self._targets(allies)
        if targets:
            owners = self._noun_holder(t, self.lex.lemma(t)) if t.pos_ == "NOUN" else []
            yield "supports", Holder(tuple(owners)) if owners else self.holder(t), targets, f"{t.lower_} alongside"


    def _described(self, copula: Token) -> list[int]:
        """Whom a copula describes: its subject, a conjoined verb's ('X controls Y and was ...'), or what its
        relative pronoun stands for ('X, which was ...', read by Discourse.pronoun)."""
        subject = self._subject(copula)
        if subject is None and copula.dep_ == "conj":
            subject = self._subject(copula.head)
        if subject is None:
            return []
        return self.d.pronoun(subject) if subject.lower_ in RELATIVE else self.d.direct(subject)

    def _set_against(self, t: Token) -> Iterator[tuple]:
        """'spoke out against X', 'testified against X', 'sided against X': a verb with no cue of its own sets
        its subject against whom 'against' names; not what it names only by an act ('against the invasion of
        X') nor a subject it is done to ('was pitted against X')."""
        foes = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "against"
                for o in p.children if o.dep_ == "pobj"]
        if not foes or is_passive(t) or self.polarity.negated(t) or self.polarity.refused(t):
            return
        targets = [m for o in foes for m in self.d.entities(o, fallback=False) or self.events.antecedent(o)]
        if targets:
            yield "opposes", self.holder(t), list(dict.fromkeys(targets)), f"{t.lower_} against"

    def _taken_to_court(self, t: Token) -> Iterator[tuple]:
        """'will take X to the International Court of Justice', 'took X to court', 'X was hauled before the
        tribunal by Y': a suit against X; not a case taken there ('took the case to the court')."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        if not any(self._forum(o) for o in prep_objects(t, self.w.court_preps)):
            return
        passive = is_passive(t)
        sued = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        targets = [m for o in sued for m in self.d.entities(o, fallback=False) or self.d.pronoun(o)
                   if m not in holder.mentions]
        if targets:
            yield "opposes", holder, targets, f"{t.lower_} to court"

    def _provoked(self, t: Token) -> Iterator[tuple]:
        """'X protested after Y sent ships', 'X led a chorus of condemnation after Y carried out a test': a protest
        aimed at no one in its own words is aimed at whoever did what provoked it; not at a victim ('after its
        ships were seized') nor at the protester's own side."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        aims = [t]
        if self.lex.lemma(t) in self.w.provoked_voicing:  # "lodged a protest", "led a chorus of condemnation"
            objects = [c for c in t.children if c.dep_ == "dobj"]
            aims = [o for o in [*objects, *(x for c in objects for x in prep_objects(c, {"of"}))]
                    if self.lex.lemma(o) in self.w.provoked_nouns]
            if not aims:
                return
            aims.append(t)
        if any(c.dep_ in {"dobj", "dative"} and self.d.entities(c, fallback=False) for a in aims for c in a.children) \
                or any(self.d.entities(o, fallback=False) for a in aims for o in prep_objects(
                    a, {"to", "against", "with", "at", "of", "over", "by"})):
            return  # aimed in its own words: "protested to Y", "condemnation of Y"
        holder = self.holder(t)
        own = self._own_side(holder) | {state_key(self.d.mentions[m].kb_id) for m in holder.mentions}
        for clause in (c for c in t.children if c.dep_ == "advcl" and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ in self.w.provoking_marks for m in c.children)):
            subject = self._subject(clause)
            if subject is None or subject.dep_ == "nsubjpass" or self.polarity.own_negation(clause):
                continue
            targets = [m for m in self.d.entities(subject, fallback=False)
                       if m not in holder.mentions and state_key(self.d.mentions[m].kb_id) not in own - {""}]
            if targets and holder.mentions:
                yield "opposes", holder, targets, f"{t.lower_} after"

    def _fronted_participle_subject(self, t: Token) -> Token | None:
        """'Backed by Iran, the Houthis seized X', 'Supported militarily by X and Y, the government ...': a
        passive participle with its agent, opening the sentence before the main clause's subject, is said of
        that subject."""
        if t.tag_ != "VBN" or t.dep_ != "advcl" or t.i > t.head.i or not any(c.dep_ == "agent" for c in t.children):
            return None
        subject = self.d.subject_of(t.head)
        return subject if subject is not None and t.right_edge.i < subject.i else None

    def _forum(self, o: Token) -> bool:
        """A court or a body that rules on disputes: the noun ('court'), or a word of the body's name."""
        m = self.d.token_mention.get(o.i)
        words = self.d.mentions[m].text.lower().split() if m is not None else [o.lower_]
        return any(w in self.w.forums for w in words)

    def _phrase_idiom(self, t: Token) -> list[tuple] | None:
        """'took strong exception to X', 'turned its back on X', 'took X to task', 'is at odds with X': what
        the phrase means, which wins over the verb's own cue; none when denied. None when no phrase of the verb's
        is there."""
        idioms = self.w.phrase_idioms.get(self.lex.lemma(t)) or self.w.phrase_idioms.get(self.lex.base(t.text))
        for idiom in idioms or ():  # by the lexicon's index too: the rule lemmatizer keeps 'leapt'
            targets = self._idiom_targets(t, idiom)
            if targets is None:
                continue
            if not targets or self.polarity.negated(t) or self.polarity.refused(t):
                return []
            holder = self.holder(t)
            cue = f"{t.lower_} {' '.join(idiom.words)}"
            found = [(idiom.relation, holder, targets, cue)]
            if idiom.mutual and holder.mentions:
                found += [(idiom.relation, Holder(tuple(targets)), list(holder.mentions), cue)]
            return found
        return None

    def _idiom_targets(self, t: Token, idiom: PhraseIdiom) -> list[int] | None:
        """Whom a phrase is aimed at, when its words follow the verb in order with at most a few articles,
        possessives, adjectives or adverbs between them; None when they do not."""
        objects = [c for c in t.children if c.dep_ in {"dobj", "dative"}] if idiom.object_first else []
        if idiom.object_first and not objects:
            return None
        if len(idiom.words) == 2 and idiom.words[1] == "of":  # "took the side of X" is "took X's side"
            owners = [p for o in t.children if o.dep_ == "dobj" and self.lex.lemma(o) == idiom.words[0]
                      for p in o.children if p.dep_ == "poss"]
            if owners:
                return self._targets(owners)
        start = objects[0].right_edge.i + 1 if objects else t.i + 1
        matched: list[Token] = []
        skipped = 0
        for tok in t.doc[start:self.d.sent_end(t.i)]:
            if len(matched) == len(idiom.words):
                break
            word = idiom.words[len(matched)]
            if tok.lower_.replace("’", "'") == word or self.lex.lemma(tok) == word:
                matched.append(tok)
            elif tok.is_quote:
                continue  # 'taking "strong exception" to X'
            elif skipped < 3 and (tok.pos_ in {"DET", "ADJ", "ADV"} or tok.tag_ == "PRP$") \
                    and tok.lower_ not in self.polarity.negations:
                skipped += 1
            else:
                return None
        if len(matched) < len(idiom.words):
            return None
        if objects:
            return self._targets(objects[:1])
        return self._targets([o for o in matched[-1].children if o.dep_ == "pobj"])

    def _held_to_account(self, t: Token) -> Iterator[tuple]:
        """'hold X accountable', 'holds X responsible for', 'make X pay a heavy price': the subject against X."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        states = self.w.holding_to_account[self.lex.lemma(t)]
        for c in t.children:
            if c.dep_ not in {"ccomp", "xcomp", "oprd", "acomp"} or (
                    self.lex.lemma(c) not in states and c.lower_ not in states):
                continue
            patients = [s for s in c.children if s.dep_ == "nsubj"] or [
                o for o in (*t.children, *c.children) if o.dep_ == "dobj"]
            targets = self._targets(patients)
            if targets:
                yield "opposes", self.holder(t), targets, f"{t.lower_} {c.lower_}"

    def _stray_items(self, t: Token, objects: list[Token]) -> list[Token]:
        """Items of the object's list that the parser hung on the subject as appositions after the verb ('The
        sanctions target A, the head of Z; B, an official in Y; and C'): named items only."""
        subject = self._subject(t)
        if subject is None or not objects or subject.i > t.i:
            return []
        last = max(o.i for o in objects)
        return [x for c in subject.children if c.dep_ == "appos" and c.i > last and c.i in self.d.token_mention
                for x in (c, *(g for g in c.children if g.dep_ == "conj" and g.i in self.d.token_mention))]

    def _price_named(self, t: Token) -> bool:
        """'pay a heavy price', 'pay the cost', 'pay dearly'."""
        return any((c.dep_ == "dobj" and self.lex.lemma(c) in self.w.price_objects)
                   or (c.dep_ == "advmod" and c.lower_ in self.w.price_adverbs) for c in t.children)

    def _price_warned(self, t: Token) -> Iterator[tuple]:
        """'X will pay a heavy price', '"X will have to pay a price for it," Y warned': whoever says a price is
        to come is against X; a price paid is no one's stance."""
        clause = t.head if t.dep_ == "xcomp" and self.lex.lemma(t.head) in self.w.price_obliging else t
        if not any(c.dep_ == "aux" and c.lower_ in self.w.price_modals for c in clause.children) \
                or self.polarity.negated(t) or self.polarity.negated(clause):
            return
        subject = self._subject(clause)
        targets = self._targets([subject]) if subject is not None else []
        quote = self.d.quote_of(t)
        reporter = self._reporter(clause)
        holder = Holder(tuple(quote.speaker if quote and quote.speaker else [] if reporter is None else [reporter]))
        targets = [m for m in targets if m not in holder.mentions]
        if targets and holder.mentions:
            yield "opposes", holder, targets, "pay a price"

    def _received(self, t: Token) -> Iterator[tuple]:
        """'Kyiv received an air defence system from X', 'will purchase submarines from X': X supports the
        receiver; buying anything but arms ('buys gas from X') is trade."""
        if self.polarity.negated(t) or self.polarity.refused(t) or (
                t.dep_ == "xcomp" and self.lex.lemma(t.head) in self.w.striving):
            return  # "pushing to get the support of X": not received
        objects = [o for o in t.children if o.dep_ == "dobj"]
        if not objects and t.dep_ in {"relcl", "acl"} and t.head.pos_ == "NOUN" and t.head.i < t.i:
            objects = [t.head]  # "the support they are getting from X": the noun is what is received
        words = self.w.arms if self.lex.lemma(t) in self.w.buying else self.w.materiel
        if not any(self._aid_word(o, words) for o in objects):
            return
        givers = [m for head in (t, *objects) for p in head.children if p.dep_ == "prep"
                  and (p.lower_ == "from" or (p.lower_ == "of" and head.i != t.i and not self._measured(head)))
                  for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
        givers += [m for o in objects for c in o.children if c.dep_ == "poss"  # "received Washington's backing"
                   for m in self.d.entities(c, agent=True)]
        receiver = self.holder(t)
        if givers and receiver.mentions:
            yield "supports", Holder(tuple(givers)), list(receiver.mentions), t.lower_


    @staticmethod
    def _measured(noun: Token) -> bool:
        """'double the support of X', 'half the backing of X': an amount compared with X's, no stance of X's."""
        return any(c.lower_ in MULTIPLIERS and c.dep_ in {"nummod", "predet", "quantmod", "advmod", "amod"}
                   for c in noun.children)

    def _aid_word(self, noun: Token, words: frozenset[str] | None = None) -> bool:
        """What one receives or asks for from a backer: arms, aid, support ('military help', 'tanks')."""
        words = self.w.materiel if words is None else words
        return self.lex.lemma(noun) in words or any(
            self.lex.lemma(c) in words for c in noun.children if c.dep_ in {"compound", "amod"})

    def _turned_to(self, t: Token) -> Iterator[tuple]:
        """'the junta turned to Moscow for support', 'Kyiv looked to Washington for weapons': X backs them; not
        one who only will or may be asked ('will most likely turn to X for help')."""
        if self.polarity.negated(t) or self.polarity.refused(t) or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in t.children):
            return
        preps = {p.lower_: [o for o in p.children if o.dep_ == "pobj"] for p in t.children if p.dep_ == "prep"}
        wanted = [o for o in preps.get("for", []) if self._aid_word(o)]
        givers = [m for o in preps.get("to", []) for m in self.d.entities(o, agent=True)]
        seeker = self.holder(t)
        givers = [m for m in givers if m not in seeker.mentions]
        if wanted and givers and seeker.mentions:
            yield "supports", Holder(tuple(givers)), list(seeker.mentions), f"{t.lower_} to"

    def _accord(self, t: Token, relation: str) -> Iterator[tuple]:
        """'X signed the accord', 'X violated the truce': a stance on a named accord."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        passive = _passive_subjects(t)
        if t.tag_ == "VBN" and t.dep_ in {"acl", "amod"}:
            accords = self.d.direct(t.head)  # "the accord signed by X", "a Brazil-drafted resolution"
            holder = Holder(tuple(self._agent(t) or self._hyphen_owner(t)))
        elif passive:  # "the resolution was put forward by X"
            accords = [m for c in passive for m in self.d.entities(c, fallback=False)]
            holder = Holder(tuple(self._agent(t)))
        else:
            accords, holder = [m for o in self._objects(t, []) for m in self.d.entities(o, fallback=False)], \
                self.holder(t)
        accords = [m for m in accords if kind_of(self.d.mentions[m].kb_id) == ACCORD]
        if accords:
            yield relation, holder, accords, t.lower_


    def _authored(self, t: Token) -> Iterator[tuple]:
        """"Brazil's resolution", "the KRG's planned referendum": whose measure it is backs it."""
        owners = [m for c in t.children if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)]
        if owners:
            yield "supports", Holder(tuple(owners)), [self.d.token_mention[t.i]], "'s"

    def _harmful_act(self, t: Token) -> Iterator[tuple]:
        """'X argued that the move undermines diplomacy': X opposes whoever made the move. 'Russian jets violated
        Estonian airspace': whoever violates a state's airspace, territory or waters opposes that state."""
        subject = self._subject(t)
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        if is_passive(t) and self._agent(t):
            yield from self._charged_doers(t)  # "X said the deal had been weaponised by Y"
        if subject is None:
            return
        holder: Holder | None = None
        held = [o for o in t.children if o.dep_ == "dobj" and self.lex.lemma(o) in self.d.sovereign_possessions]
        owners = [m for o in held for m in self.d.entities(o) if self.d._kind(m) == "STATE"]
        if owners and self.lex.lemma(t) in self.w.harm_verbs:
            violators = self.d.entities(subject, agent=True) or [  # "three Russian MiG-31 fighter jets"
                m for m in self.d.named_within(subject) if self.d._kind(m) in {"STATE", "ORG"}]
            yield "opposes", Holder(tuple(violators)) if violators else self.holder(t), owners, t.lower_
        if subject.pos_ == "NOUN" and self.lex.lemma(t) in self.w.harm_verbs and (
                self.events.kind(subject) is not None or self._possessor(subject) or self._made_by(subject)):
            # "the move undermines Y", "X's stance obstructs Y": whoever made the move, whose stance it is
            actors = self._noun_holder(subject, self.lex.lemma(subject)) or self.events.antecedent(subject)
        elif (speech := self._reporting(t)) is not None and (self.lex.lemma(t) in self.w.charging or any(
                o.dep_ == "dobj" and self.lex.lemma(o) in self.w.charging_objects.get(self.lex.lemma(t), ())
                for o in t.children)):  # "said Y had crossed a red line"
            actors = self._object_said_of(subject) or self.d.entities(subject, agent=True)  # "X said Y's ships
            # interfered with ...": X's charge; "X slammed the move, saying it undermines ...": the move's
            if t.dep_ == "conj":  # "X said Z was safe, but Y had failed to ...": X's, not Z's
                holder = self.holder(speech)
        else:
            return
        if holder is None:
            holder = self.holder(t, skip_own_subject=True)
        own_side = self._own_side(holder)
        actors = [m for m in actors if state_key(self.d.mentions[m].kb_id) not in own_side]
        if actors and holder.mentions:
            yield "opposes", holder, actors, t.lower_


    def _charged_doers(self, t: Token) -> Iterator[tuple]:
        """'X said the deal had been weaponised by Y', '... the talks were sabotaged by Y': a charge against Y."""
        speech = self._reporting(t)
        if speech is None or self.lex.lemma(t) not in self.w.charging:
            return
        holder = self.holder(speech)
        doers = [m for m in self._agent(t) if not self._of_own_side(holder, m)]
        if doers and holder.mentions:
            yield "opposes", holder, doers, t.lower_

    def _named_culprit(self, t: Token) -> Iterator[tuple]:
        """'X said Y was behind the fire', '... that Y was responsible for the attack', '... Y orchestrated the
        bombing', 'X knew Y had committed an act of sabotage': a charge against Y, X's."""
        report = self._reporting(t) or self._known(t)
        if report is None or self.polarity.negated(t) or self.polarity.negated(report):
            return
        cue = t.lower_
        subject = self._subject(t)
        if self.lex.lemma(t) == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
            return
        if self.lex.lemma(t) == "be":
            deeds = prep_objects(t, {"behind"})
            cue = "behind" if deeds else "responsible for"
            deeds = deeds or [o for a in t.children if a.dep_ == "acomp" and a.lower_ in self.w.blamed
                              for o in prep_objects(a, self.w.blamed[a.lower_])] or [  # "culpable in the murder"
                o for a in t.children if a.dep_ == "xcomp" and a.lower_ == "blame" for o in prep_objects(a, {"for"})]
            cue = "to blame for" if any(o.head.head.lower_ == "blame" for o in deeds) else \
                f"{deeds[0].head.head.lower_} {deeds[0].head.lower_}" if deeds and cue != "behind" else cue
            named = self._culprit_named(t)
            if named is not None and not deeds:
                subject, deeds, cue = named, [named], "culprit"
        elif is_passive(t):  # "the attack was supported by Y"
            deeds = [o for o in t.children if o.dep_ == "nsubjpass"]
            subject = agent_object(t)
        else:
            deeds = [o for o in t.children if o.dep_ == "dobj"]
        deeds = [o for o in deeds if self._wrong(o) or o is subject]
        if not deeds or subject is None:
            return
        holder = self.holder(report)
        if any(self._of_own_side(holder, m) for d in deeds if d is not subject for m in self._act_authors(d)):
            return  # "Israel said the strikes were ordered by X" after Israeli strikes: its own act, no charge
        included = [m for o in prep_objects(subject, {"including"}) for m in self.d.entities(o, fallback=False)]
        culprits = [m for m in dict.fromkeys([*self.d.entities(subject, agent=True), *included])
                    if not self._of_own_side(holder, m)]  # "the highest levels of X, including Y, are culpable"
        if culprits and holder.mentions:
            yield "opposes", holder, culprits, cue

    def _culprit_named(self, t: Token) -> Token | None:
        """Who a copula names the doer of a wrong: Y in 'the only culprit is Y', 'Y is the aggressor'."""
        sides = [c for c in t.children if c.dep_ in {"nsubj", "attr"}]
        nouns = [c for c in sides if c.pos_ == "NOUN" and self.lex.lemma(c) in self.w.culprit_nouns]
        named = [c for c in sides if c not in nouns and c.i in self.d.token_mention]
        return named[0] if nouns and named else None

    def _wrong(self, noun: Token) -> bool:
        """An attack or a wrong ('the fire', 'the plot'), or an act of one ('an act of sabotage')."""
        lemma = self.lex.lemma(noun)
        if self.events.kind(noun) == "attack" or lemma in self.w.wrongs:
            return True
        return lemma in self.w.wrong_acts and any(self._wrong(o) for o in prep_objects(noun, {"of"}))

    def _known(self, t: Token) -> Token | None:
        """The verb of knowing or finding a clause is the content of: 'X knew that Y was behind it'; or the verb
        acting on the evidence it is the content of: 'after finding evidence that Y was behind it, X closed ...'."""
        if t.dep_ in {"acl", "ccomp"} and t.head.pos_ == "NOUN" and self.lex.lemma(t.head) in self.w.evidence:
            return next((a for a in t.head.ancestors if a.pos_ == "VERB"), None)
        head = t.head
        for _ in range(2):  # "knew for sure that ...", the clause hung on 'sure'
            head = head.head if head.pos_ in {"ADP", "ADJ"} else head
        return head if t.dep_ == "ccomp" and self.lex.lemma(head) in self.w.knowing else None

    def _hindering(self, t: Token) -> Iterator[tuple]:
        """'to thwart X from further attacks', 'stopped X from attacking Y': whoever keeps X from it opposes X."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        if not any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children):
            return
        hindered = self._targets([c for c in t.children if c.dep_ == "dobj"])
        holder = self.holder(t)
        hindered = [m for m in hindered if m not in holder.mentions]
        if hindered and holder.mentions:
            yield "opposes", holder, hindered, t.lower_

    def _reporting(self, t: Token) -> Token | None:
        """The verb of speech a clause is said by: 'X said Y interfered', 'X said Z was safe, but Y had failed'."""
        clause = t
        for _ in range(3):  # "X said the deal threatened to undermine Z and had been weaponised by Y"
            if clause.dep_ not in {"conj", "xcomp"}:
                break
            clause = clause.head
        return clause.head if clause.dep_ == "ccomp" and self.lex.lemma(clause.head) in self.lex.speech else None

    def _ordered(self, t: Token) -> Iterator[tuple]:
        """'the strikes were ordered by X', 'X authorised the raid': X opposes whom the strikes hit."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        passive = is_passive(t)
        acts = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        acts = [a for a in acts if self.events.kind(a) == "attack"]
        if not acts:
            return
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        targets = [m for a in acts for m in (self._noun_targets(a) or self.events.targets_of(a))]
        if holder.mentions and targets:
            yield "opposes", holder, list(dict.fromkeys(targets)), t.lower_


    def _helped_against(self, t: Token) -> Iterator[tuple]:
        """'X helped Y fight Z', 'X sent troops to help Y fight Z': the helper stands against Z too."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        helper = None
        for x in t.children:
            rels = self.lex.verb_cue(x)[0] if x.dep_ in {"ccomp", "xcomp"} and x.pos_ == "VERB" else {}
            if "opposes" in rels:
                for relation, _, targets, cue in self._verb(x, self.lex.lemma(x), {"opposes": rels["opposes"]}):
                    helper = helper or self.holder(t)
                    yield relation, helper, targets, cue

    def _pitted(self, t: Token) -> Iterator[tuple]:
        """'the war pits X and Y against Z', 'X was pitted against Z': each side opposes the other."""
        if self.polarity.negated(t):
            return
        first = [c for c in t.children if c.dep_ == ("nsubjpass" if is_passive(t) else "dobj")]
        others = [o for h in (t, *first) for o in prep_objects(h, {"against"})]
        sides = self._targets(first), self._targets(others)
        for mine, theirs in (sides, sides[::-1]):
            for m in mine:
                if rest := [o for o in theirs if o != m]:
                    yield "opposes", Holder((m,)), rest, t.lower_

    def _listed_targets(self, t: Token) -> Iterator[tuple]:
        """'China sanctioned a group of US defence companies. Companies named include A, B and C': those who
        acted oppose each one listed (nlp.events.EventMemory.listed_later)."""
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None or self.polarity.negated(t):
            return
        first: list[int] = []
        if subject.i in self.d.token_mention:  # "In addition to X, those sanctioned include Y", parsed with X as
            apposed = next((c for c in subject.children if c.dep_ == "appos" and c.i not in self.d.token_mention
                            and any(a.dep_ == "acl" and a.tag_ == "VBN" for a in c.children)), None)
            if apposed is None:  # the subject and 'those' as its apposition: X is listed too
                return
            first, subject = self.d.direct(subject), apposed
        acted = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)  # "those sanctioned"
        actors = self.events.listed_later(subject, acted)
        aside = {w.i for c in t.children if c.dep_ in {"ccomp", "parataxis", "advcl"} for w in c.subtree}
        offices = {w.i for r in t.subtree if r.i > t.i and self.lex.lemma(r) in self.d.role_heads
                   for p in r.children if p.dep_ == "prep" and p.lower_ == "of" for w in p.subtree
                   if w.ent_type_ != "PERSON"}  # "the head of X's police, Y": Y, not the office's X
        offices |= {w.i for r in t.subtree if r.i > t.i and r.dep_ in {"relcl", "acl"} for w in r.subtree}
        # "members of X - which arrested Y -": not Y
        offices |= {r.i for r in t.subtree if r.dep_ in {"amod", "compound", "nmod", "npadvmod"}
                    and self.d.token_mention.get(r.i) != self.d.token_mention.get(r.head.i)
                    and r.i in self.d.token_mention and self.d._kind(self.d.token_mention[r.i]) == "STATE"}
        # "Swedish-Danish politician X": X, not Sweden
        listed = first + [m for w in t.subtree if w.i > t.i and w.i not in aside and w.i not in offices
                          and (m := self.d.token_mention.get(w.i)) is not None]  # not "..., the Treasury said"
        listed = [m for m in dict.fromkeys(listed) if m not in actors and self.d._kind(m) != "PLACE"]
        if actors and listed:
            yield "opposes", Holder(tuple(actors)), listed, t.lower_

    def _among_listed(self, t: Token) -> Iterator[tuple]:
        """'X and Y are among the sanctioned entities, along with Z', 'X was among those sanctioned': whoever
        carried out that act, named before, opposes each one said to be among its targets."""
        copula = t.head
        if t.dep_ != "prep" or self.lex.lemma(copula) != "be" or self.polarity.negated(copula):
            return
        for group in (c for c in t.children if c.dep_ == "pobj"):
            acted = next((c for c in group.children if c.dep_ in {"amod", "acl"} and c.tag_ == "VBN"), None)
            if acted is None or acted.i in self.d.token_mention:
                continue
            actors = self.events.listed_later(group, acted)
            named = [x for c in copula.children if c.dep_ == "nsubj" for x in (c, *(  # "A, the head of Z, and B":
                g for a in c.children if a.dep_ == "appos" for g in a.children if g.dep_ == "conj"))]  # B on Z's head
            members = [m for c in named for m in self.d.entities(c, fallback=False)]
            members += [m for c in copula.children if c.dep_ == "prep" and c.lower_ in {"along", "with"}
                        for o in [*prep_objects(c, {"with"}), *prep_objects(copula, {"with"})]
                        for m in self.d.entities(o, fallback=False)]  # "..., along with Z"
            members = [m for m in dict.fromkeys(members) if m not in actors]
            if actors and members:
                yield "opposes", Holder(tuple(actors)), members, f"among ... {acted.lower_}"

    def _relief(self, t: Token) -> Iterator[tuple]:
        """Easing pressure on X supports X; refusing to ease it opposes X."""
        objects = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}] or [
            s for s in [for_subject(t)] if s is not None]  # "called for the sanctions to be lifted"
        objects += prep_objects(t, {"of", "in", "on", "to"})  # "an end to sanctions"
        pressure = [o for o in objects if o.lower_ in self.w.relief_objects]
        if not pressure:
            return
        imposed = [c for o in pressure for c in participles(o)]
        target_tokens = [c for o in (*pressure, *imposed) for c in prep_objects(o, self.w.relief_preps)]
        # "sanctions on X", "sanctions imposed on X"
        target_tokens += prep_objects(t, self.w.relief_preps)
        targets = self._targets(target_tokens)
        if not targets:
            return
        denied = self.polarity.negated(t) or self.polarity.refused(t) or self._judged_negative(t) or any(
            c.dep_ == "neg" or c.lower_ == "no" for o in pressure for c in o.children)
        # "no easing of sanctions"; but the verb that ends the pressure is no negation of it ("ended sanctions")
        relation = "opposes" if denied else "supports"
        yield relation, self.holder(t), targets, t.lower_


    def _judged_negative(self, t: Token) -> bool:
        """'Lifting sanctions on X would be a disaster'."""
        if t.dep_ in {"csubj", "nsubj"}:
            head = t.head
            return any(c.dep_ in {"attr", "acomp"} and c.lower_ in self.w.eval_neg for c in head.children)
        return False


def _passive_subjects(t: Token) -> list[Token]:
    """The subjects of a passive verb, also where the parser hung them on the auxiliary or read a prefix as the
    verb ('was co-sponsored by X': 'co' as the verb, or the subject on 'was')."""
    own = [c for c in t.children if c.dep_ == "nsubjpass"]
    if own or t.tag_ != "VBN" or not (t.dep_ == "acomp" or any(c.dep_ == "agent" for c in t.children)):
        return own
    return [c for a in t.children if a.dep_ == "auxpass" for c in a.children if c.dep_ == "nsubj"] or [
        c for c in t.head.children if c.dep_ == "nsubj"]
