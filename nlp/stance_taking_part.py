"""Taking part in a force or a named operation, and declining to: 'send troops to', 'the US-led operation',
'was not part of the operation', 'stayed out of'. A refusal is never participation."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from nlp.discourse import RELATIVE, SUBJECTS, UNDERTAKING_NOUNS
from nlp.gazetteer import name_of
from nlp.holder import Holder, is_passive, prep_objects
from nlp.missions import NAMING

GATHERING_WINDOW = 4  # sentences back to the gathering that 'the summit' or a bare 'will attend' refers to
GATHERING_HOPS = 2  # earlier bare 'the summit's passed through on the way back to the one named
INVITATION_WINDOW = 5  # sentences back to the invitation that "accepted the invitation" answers


class TakingPart:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    def _participation(self, t: Token, base: str, preps: list[str]) -> Iterator[tuple]:
        if t.tag_ == "VBN" and t.dep_ in {"amod", "acl"}:
            yield from self._led(t, t.head)  # "the US-led operation"
            return
        if t.tag_ == "VBN" and t.dep_ == "advcl" and (led := self._set_off_noun(t)) is not None:
            yield from self._led(t, led)  # "joined the mission in Haiti, led by Kenya", the participle hung on
            return  # the verb
        if self._asked_of(t) or self.polarity.hindered(t):
            return  # "asked Germany to take part", "requested that allies join": whether they will is not said;
            # "blocked X from joining Y": X neither joins nor refuses
        if base in self.w.joining and self._aspired(t):
            return  # "hopes to join X", "applied to join X": not a member yet
        objects = [o for o in self._objects(t, [*preps, "in", "into", "to", "of", "under"])
                   if o not in self._supplied(t)]
        objects += [o for c in t.children if c.dep_ == "ccomp" and c.lower_ in NAMING
                    and any(w.lower_ == "what" for w in c.children) for o in c.children if o.dep_ == "oprd"]
        # "launched what it called X exercises"
        passive = is_passive(t)
        if passive and self._agent(t):  # "the initiative was launched by X", "the force will be led by X"
            objects += [c for c in t.children if c.dep_ == "nsubjpass"]
        objects += [o for d in t.children if d.dep_ == "dobj" for p in d.children
                    if p.dep_ == "prep" and p.lower_ in {"to", "for"} for o in p.children if o.dep_ == "pobj"]
        making = self.w.leadership | self.w.undertaking_work
        objects += [o for c in objects if self.lex.lemma(c) in making for o in prep_objects(c, {"of"})]
        # "lead the coordination of X", "participate in the formation of X"
        generic = [o for o in objects if o.lower_ in self.w.participation_objects] or self._elided_troops(t, objects)
        bare = base in self.w.partaking and base != "take" and not objects and not any(
            c.dep_ in {"prep", "dobj", "ccomp", "xcomp"} for c in t.children)  # "declined to participate"
        troops_sent = generic or any(c.dep_ == "nsubjpass" and self.lex.lemma(c) in self.w.military_nouns
                                     for c in t.children)
        # "joined NATO", "sent troops to the alliance": an alliance by name; otherwise a force or an operation
        joinable = self.joinable if base in self.w.joining or base in self.w.founding or troops_sent \
            else self.force_mentions
        if base in self.w.joining and (self.polarity.negated(t) or self.polarity.refused(t)):
            joinable = [*joinable, *self.leavable]  # "declined to join BRICS": staying out of any bloc
        if (base in self.w.joining or base in self.w.partaking) and not self._joined_in_doing(t) \
                and not (t.dep_ == "acl" and t.head.pos_ == "NOUN" and not self.polarity.negated(t)
                         and self.lex.lemma(t.head) not in self.w.deciding_nouns):
            joinable = [*joinable, *self._bodies]  # "joined the bank", "took part in the Board of Peace", "has no
            # plans to join the bank", "its decision to join the union"; not "talks to join the EU"
        forces = [m for o in objects for m in self.d.entities(o, fallback=False) or self.d.framed(o) if m in joinable]
        forces += [m for o in objects if self.lex.lemma(o) in self.w.mission_nouns and o.i not in self.d.token_mention
                   for m in self.d.entities(o, fallback=False) if self.d._kind(m) == "ORG" and m not in forces]
        if base in self.w.partaking:  # "took part in the SCO meeting": the body whose gathering it is
            forces += [m for o in objects if self.lex.lemma(o) in self.w.gatherings for m in self._gathered(o)
                       if m not in forces]
        if base == "take" and not any(o.lower_ == "part" for o in objects):
            return
        if base in self.w.partaking and not forces and any(
                c.dep_ == "prep" and c.lower_ == "in" for c in t.children):
            return  # "took part in the negotiations": something other than the force
        if not forces and (generic or bare) and base not in self.w.force_building and self.force_mentions \
                and not self._combat_purpose(t, generic):
            forces = [self._nearest_force(t)]  # "send troops" in an article about the force: that force
        elif not forces and (generic or troops_sent) and base not in self.w.force_building \
                and not self.force_mentions and not self._combat_purpose(t, generic) and not self._sent_to_a_state(t):
            forces = self._nearby_alliance(t)  # "Armenia sent 70 soldiers", "forces from X were sent" where the
            # alliance deploys
        if not forces and base in self.w.joining and not passive and t.pos_ == "VERB" \
                and all(self._when_word(o) for o in objects) \
                and not any(c.dep_ in {"prt", "xcomp", "ccomp"} or (c.dep_ == "prep" and not self._when(c))
                            for c in t.children):
            forces = self._body_before(t, set())  # "South Africa joined a year later": the bloc named before
        if not forces and base in self.w.joining:
            return  # "joined Russia in voting against the resolution": the vote is the gerund's own cue; doing
            # it with someone is no stance on them (annotators split on it; most do not read one)
        if not forces:
            return
        if self.polarity.stopped(t):
            return  # "failed to send troops", "stopped sending troops": neither a pledge nor a refusal
        holder = self._senders(t) or (Holder(tuple(self._agent(t))) if passive and self._agent(t) else
                                      self._gerund_subject(t) or self._set_out_for(t) or self.holder(t))
        refuser = None if self.polarity.negated(t) else self.polarity.refuser(t)
        if refuser is not None and not holder.mentions and t.dep_ == "acl":
            holder = self.holder(refuser)  # "X declined an invitation to join Y": X stays out of Y
        if refuser is not None and set(self.holder(refuser).mentions) != set(holder.mentions):
            return  # someone else's refusal ("X ruled out allowing Y to deploy"): not Y's choice
        relation = "declines" if self.polarity.negated(t) or refuser is not None else "participates_in"
        yield relation, holder, forces, t.lower_
        if relation != "participates_in" or not holder.mentions:
            return
        partners = [m for head in (t, *objects) for o in prep_objects(head, {"with"})
                    for m in self.d.entities(o, fallback=False) if m not in holder.mentions
                    and self.d._kind(m) in {"STATE", "ORG"} and m not in forces]
        if partners:
            yield relation, Holder(tuple(partners)), forces, f"{t.lower_} with"  # "host exercise X with Y and Z"


    def _supplied(self, t: Token) -> list[Token]:
        """Whom a delivery verb supplies with something other than troops: the force in 'providing the force with
        the resources it needs' is backed, not joined ('provided the force with 500 troops' joins it)."""
        goods = [o for o in prep_objects(t, {"with"}) if self.lex.lemma(o) not in self.w.military_nouns
                 and o.lower_ not in self.w.participation_objects and not o.like_num]
        if self.lex.lemma(t) not in self.w.deliveries or not goods:
            return []
        return [c for c in t.children if c.dep_ == "dobj"]

    def _elided_troops(self, t: Token, objects: list[Token]) -> list[Token]:
        """'X would contribute 3,500 troops, while Y would contribute 750': a bare number after a clause of the
        same verb that named the troops counts them too."""
        numbers = [o for o in objects if o.dep_ == "dobj" and o.like_num]
        node = t
        for _ in range(3):
            if not numbers or node.dep_ not in {"advcl", "conj"}:
                return []
            node = node.head
            if self.lex.lemma(node) == self.lex.lemma(t) and any(
                    c.dep_ == "dobj" and c.lower_ in self.w.participation_objects for c in node.children):
                return numbers
        return []

    def _set_out_for(self, t: Token) -> Holder | None:
        """'The plans call for X to contribute troops': what a plan sets out for X is X's part (unlike 'the UN
        called for X to contribute', a request of X)."""
        if t.dep_ not in {"advcl", "xcomp", "ccomp"} or self.lex.lemma(t.head) not in self.w.directive:
            return None
        planner = self._subject(t.head)
        subject = self._subject(t)
        if planner is None or subject is None or self.lex.lemma(planner) not in self.w.plan_texts \
                or planner.i in self.d.token_mention:
            return None
        found = self.d.entities(subject, agent=True)
        return Holder(tuple(found)) if found else None

    @staticmethod
    def _joined_in_doing(t: Token) -> bool:
        """'joined the EU in condemning X': doing something alongside, not membership."""
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.tag_ == "VBG" for o in c.children)
                   for c in t.children)

    def _composition(self, t: Token) -> Iterator[tuple]:
        """'a mission comprising South African and Malawian forces', 'the force includes troops from Kenya':
        the states whose forces make up a force take part in it; 'the bloc, composed of X and Y', 'the bloc,
        which includes X': the states a bloc is made of belong to it."""
        whole = self.d.subject_of(t)
        if whole is None and t.dep_ == "conj" and t.head.pos_ in {"VERB", "AUX"}:
            whole = self.d.subject_of(t.head)  # "the mission will begin soon and use assets from X"
        if t.dep_ == "acl" or (t.dep_ == "relcl" and (whole is None or whole.lower_ in RELATIVE)):
            whole = t.head  # "a mission comprising X", "the bloc, which includes X"
        if whole is None or self.polarity.negated(t):
            return
        named = self.d.entities(whole, fallback=False)
        forces = [m for m in named if m in self.force_mentions]
        blocs = [m for m in named if m in self._blocs and m not in forces]  # "the bloc, composed of X and Y"
        parts = [c for c in t.children if c.dep_ == "dobj"] + [
            o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        parts += [s for a in t.children if a.dep_ == "advcl" and any(w.lower_ == "with" for w in a.children)
                  for s in a.children if s.dep_ in {"nsubj", "nsubjpass"}]  # "..., with two ships from X to be added"

        def owners(nouns: list[Token]) -> list[int]:
            found = [m for o in nouns for part in (o, *o.conjuncts) for m in self._part_owners(part)]
            return [m for m in dict.fromkeys(found) if m not in forces and m not in blocs
                    and self.d._kind(m) in {"STATE", "ORG"}]

        members = owners(parts)
        if not members and any(p.dep_ == "dobj" and p.lower_ in self.w.participation_objects for p in parts):
            members = owners(prep_objects(t, {"from"}))  # "use assets from X": 'from X' hung on the verb
        if forces and members:
            yield "participates_in", Holder(tuple(members)), forces, t.lower_
        states = [m for m in members if self.d._kind(m) == "STATE"]
        if blocs and states:  # a bloc is made of states, not of the companies or groups it includes
            yield "participates_in", Holder(tuple(states)), blocs, t.lower_

    def _part_owners(self, part: Token) -> list[int]:
        """Who a part of a force or bloc is: 'Kenya', 'Kenyan troops', 'troops from Kenya', 'frigates sent by
        Kenya'."""
        found = self.d.entities(part, fallback=False)
        if not found and part.lower_ in self.w.participation_objects:
            found = self.d._fallback(part) or [m for o in prep_objects(part, {"from"}) for m in self.d.entities(o)] \
                or [m for a in part.children if a.dep_ == "acl" and a.tag_ == "VBN" for m in self._agent(a)]
        return found

    def _owned_operation(self, t: Token) -> Iterator[tuple]:
        """"France's Operation Barkhane", "the EU's naval mission Aspides", "the French mission, known as X", "the
        U.S. air campaign, known as Operation X": whose operation it is takes part in it."""
        heads = [t, t.head] if t.dep_ == "compound" else [t]  # "France's Operation Barkhane mission"
        named = self._named_noun(t)  # "the French mission, known as X": not "as the US mission does" (another)
        heads += named
        owners = [m for h in heads for c in h.children if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)
                  if self.d._kind(m) in {"STATE", "ORG"}]
        owners += [m for h in named if h.pos_ == "NOUN" and self.lex.lemma(h) in UNDERTAKING_NOUNS
                   for c in h.children if c.dep_ in {"amod", "compound"} and c.i < h.i and not self.d.leaning(c)
                   for m in self.d.direct(c) if self.d._kind(m) in {"STATE", "ORG"} and m not in owners]
        forces = [m for m in self.d.direct(t) if m in self.force_mentions and m not in owners]
        owners += [m for f in forces for c in t.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                   and c.i < t.i for m in self.d.direct(c) if m not in owners and self._names_owner(f, m)]
        if owners and forces:
            yield "participates_in", Holder(tuple(owners)), forces, t.lower_

    def _names_owner(self, force: int, owner: int) -> bool:
        """The mission's name opens with this owner: 'Russian' of 'Russian peacekeepers' (`owned_forces`)."""
        name, who = name_of(self.d.mentions[force].kb_id), self.d.mentions[owner].text
        return self.d._kind(owner) in {"STATE", "ORG"} and name.startswith((f"{who} ", f"{who}'s ", f"{who}’s "))

    @staticmethod
    def _named_noun(name: Token) -> list[Token]:
        """The noun a name is given to: 'campaign' in 'the air campaign, known as Operation X' or 'the operation,
        dubbed X'."""
        naming = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head \
            if name.dep_ in {"oprd", "attr"} else None
        if naming is not None and naming.dep_ == "acl" and naming.lower_ in NAMING:
            return [naming.head]
        return []

    def _led(self, t: Token, led: Token) -> Iterator[tuple]:
        forces = [m for m in self.d.direct(led) if m in self.force_mentions or m in self.joinable]
        holder = self._agent(t) or self._hyphen_owner(t)
        if forces and holder and not self.polarity.negated(t):
            yield "participates_in", Holder(tuple(holder)), forces, t.lower_


    def _set_off_noun(self, t: Token) -> Token | None:
        """The force a participle set off by a comma describes, when the parser hung it on the verb: the noun
        phrase just before the comma, or the noun its last prepositional phrase hangs on ('the mission in
        Haiti, led by Kenya')."""
        if t.i < 2 or t.doc[t.i - 1].text != "," or t.i < t.head.i:
            return None
        node = t.doc[t.i - 2]
        while node.pos_ in {"NOUN", "PROPN"}:
            if any(m in self.force_mentions for m in self.d.direct(node)):
                return node
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                return None
            node = node.head.head
        return None

    def _part_of(self, t: Token) -> Iterator[tuple]:
        """'X is part of the operation'; 'the deployment was not part of the operation', said by X: X declines."""
        copula = t.head
        forces = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"
                  for m in self.d.entities(o, fallback=False) if m in self.force_mentions]
        if forces and t.dep_ == "pobj" and t.head.lower_ == "as":
            yield from self._serving_as_part(t.head.head, forces)
            return
        if t.dep_ not in {"attr", "acomp", "dobj"} or self.lex.lemma(copula) not in self.w.copulas or not forces:
            return
        subject = self._subject(copula)
        holder = Holder(())
        if subject is None and copula.dep_ == "xcomp":
            holder = self.holder(copula)  # "X has agreed to be part of the force": X
        elif subject is not None:
            holder = Holder(tuple(self.d.entities(subject, agent=True)))
            if not holder.mentions and self.lex.lemma(subject) in self.w.participation_subjects:
                holder = self.holder(copula, skip_own_subject=True)  # whose deployment: the speaker's
        if self.polarity.stopped(copula):
            return  # "failed to be part of the force": neither a pledge nor a refusal
        negated = self.polarity.negated(t) or self.polarity.negated(copula) or self.polarity.refused(copula)
        yield ("declines" if negated else "participates_in"), holder, forces, "part of"


    def _under_command(self, t: Token) -> Iterator[tuple]:
        """'the mission is under Spanish command', 'a force under the command of X': who commands a force takes
        part in it."""
        anchor = t.head.head
        subject = self._subject(anchor) if anchor.pos_ in {"VERB", "AUX"} else None
        forces = [m for m in self.d.direct(subject if subject is not None else anchor) if m in self.force_mentions]
        commanders = [m for c in t.children if c.dep_ in {"amod", "poss", "compound"} for m in self.d.direct(c)] + [
            m for o in prep_objects(t, {"of"}) for m in self.d.entities(o, fallback=False)]
        commanders = [m for m in commanders if m not in forces and self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        if forces and commanders and not self.polarity.negated(anchor):
            yield "participates_in", Holder(tuple(commanders)), forces, "under command"

    def _serving_as_part(self, anchor: Token, forces: list[int]) -> Iterator[tuple]:
        """'X has 300 troops in Lebanon as part of UNIFIL', 'Irish soldiers serve there as part of UNIFIL': whose
        troops serve as part of a force takes part in it; not 'X, as part of the mission, ...' said of anything."""
        verb = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return
        troops = [anchor, *(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"})]
        if not any(c.lower_ in self.w.participation_objects for c in troops):
            return
        holder = self.holder(verb)
        negated = self.polarity.negated(verb) or self.polarity.refused(verb)
        yield ("declines" if negated else "participates_in"), holder, forces, "as part of"

    def _not_renewed(self, t: Token) -> Iterator[tuple]:
        """'will not renew its agreement with the Belt and Road Initiative', 'did not extend its membership in X':
        letting one's part in a bloc or an initiative lapse declines it."""
        if not (self.polarity.negated(t) or self.polarity.refused(t)):
            return
        objects = [o for o in t.children if o.dep_ == "dobj"]
        inner = [x for o in objects if self.lex.lemma(o) in self.w.agreements | self.w.membership_objects
                 for p in o.children if p.dep_ == "prep" and p.lower_ in {"with", "in", "of", "to"}
                 for x in p.children if x.dep_ == "pobj"]
        forces = [m for o in (*objects, *inner) for m in self.d.entities(o, fallback=False) if m in self.leavable]
        holder = self.holder(t)
        if forces and holder.mentions:
            yield "declines", holder, forces, t.lower_

    def _attendance(self, t: Token) -> Iterator[tuple]:
        """'attended the G7 summit' or 'hosted' it takes part in the G7; 'will not attend', 'declined to attend',
        'skipped' or 'boycotted' the gathering of a body declines it."""
        participle = t.dep_ == "acl" and t.tag_ == "VBN"  # "the summit, hosted by X", "a forum attended by X"
        if self.polarity.hypothetical(t) if participle else self._going_unsaid(t):
            return  # "invited activists to attend the ceremony": whether they go is not said; "the summit, hosted
            # by X, ended" is no stopping of the hosting
        objects = [t.head] if participle else [o for o in t.children if o.dep_ in {"dobj", "nsubjpass"}]
        holder = Holder(tuple(self._agent(t))) if is_passive(t) or participle else self.holder(t)
        hosting = self.lex.lemma(t) in self.w.hosting
        bodies = [m for o in objects for m in self._gathered(o) if not hosting or (
            self.lex.lemma(o) in self.w.gatherings or self._gathering(m) or m in self.leavable)]
        if hosting and not bodies:
            yield from self._hosted_forces(t, objects, holder)  # "has been hosting Wagner fighters"
            return  # "hosted Hamas leaders": a visit, not a gathering
        if not objects and t.pos_ == "VERB":  # "said he would not attend": the gathering named just before
            bodies = self._gathering_before(t, set(holder.mentions))
        if not bodies:
            return
        away = self.lex.lemma(t) in self.w.staying_away
        denied = self.polarity.negated(t) or self.polarity.refused(t)
        relation = "declines" if away != denied else "participates_in"
        yield relation, holder, bodies, t.lower_

    def _hosted_forces(self, t: Token, objects: list[Token], holder: Holder) -> Iterator[tuple]:
        """'Belarus has been hosting Wagner fighters', 'hosts US troops': a host of someone's armed men backs them."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        armed = [o for o in objects if self.lex.lemma(o) in self.w.hosted_armed]
        targets = [m for m in self._targets(armed) if m not in holder.mentions]
        if targets and holder.mentions:
            yield "supports", holder, targets, t.lower_

    def _presence(self, t: Token, relation: str) -> Iterator[tuple]:
        """'X and Y were present at the forum' take part in it; 'X was absent from the summit' stays away."""
        if t.dep_ not in {"acomp", "amod"} or self._going_unsaid(t.head if t.dep_ == "acomp" else t):
            return
        places = prep_objects(t, {"at", "from"}) + (prep_objects(t.head, {"at", "from"}) if t.dep_ == "acomp" else [])
        bodies = self._gatherings_named(places)  # "were present at X", however the parser hangs "at"
        if not bodies:
            return
        if self.polarity.negated(t) or (t.dep_ == "acomp" and self.polarity.negated(t.head)):
            relation = "declines" if relation == "participates_in" else "participates_in"
        holder = self.holder(t.head) if t.dep_ == "acomp" else Holder(tuple(self.d.entities(t.head, agent=True)))
        yield relation, holder, bodies, t.lower_

    def _journey(self, t: Token) -> Iterator[tuple]:
        """'travelled to Moscow for the Victory Day parade', 'flew to Kazan for the BRICS summit': a trip made
        for a gathering takes part in it; 'did not travel to X for the summit' stays away."""
        if self._going_unsaid(t):
            return
        purposes = prep_objects(t, {"for"}) + [o for x in prep_objects(t, {"to"}) for o in prep_objects(x, {"for"})]
        bodies = self._gatherings_named(purposes)
        if bodies:
            denied = self.polarity.negated(t) or self.polarity.refused(t)
            yield ("declines" if denied else "participates_in"), self.holder(t), bodies, t.lower_

    def _brought_together(self, t: Token) -> Iterator[tuple]:
        """'the summit brought together leaders of X and Y', 'the forum gathered ministers from X': the states,
        bodies and people a gathering brings take part in it (not 'was convened', which names no one brought);
        'the CSC brings together officials of X and Y', told of a standing body in the present: the states
        are its members."""
        if self.polarity.negated(t) or self._going_unsaid(t) or is_passive(t):
            return
        gathering = self._subject(t)
        if gathering is None:
            return
        bodies = self._gatherings_named([gathering])
        standing = not bodies and t.tag_ in {"VBZ", "VBP"}  # "the Quad brings together X, Y and Z": its members
        if standing:
            bodies = [m for m in self.d.entities(gathering, fallback=False)
                      if self.d._kind(m) == "ORG" and m not in self.d.universal]
        brought = [o for c in t.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        holders = [m for o in brought if o.i in self.d.token_mention or self.lex.lemma(o) in self.w.attendees
                   or o.lower_ in self.d.group_nouns  # "30 countries, including X"
                   for m in self.d.entities(o, agent=True) if m not in bodies and m not in self.d.universal
                   and (not standing or self.d._kind(m) == "STATE")]
        if bodies and holders:
            yield "participates_in", Holder(tuple(dict.fromkeys(holders))), bodies, t.lower_

    def _spoke_at(self, t: Token) -> Iterator[tuple]:
        """'X said at the St Petersburg forum', 'speaking at the G20 summit, X said', 'X addressed the summit', 'X
        met Y on the sidelines of the summit': who speaks or meets at a gathering takes part in it, and so does whom
        they meet there. Not speaking there is no staying away."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self._going_unsaid(t) or t.dep_ == "xcomp":
            return  # "sought to address the forum": whether X spoke is not said
        places = prep_objects(t, {"at"}) + self._sidelines_of(t)
        if self.lex.lemma(t) in self.w.speaking_to:
            places += [o for o in t.children if o.dep_ == "dobj"]
        bodies = self._gatherings_spoken_at(places)
        holder = self.holder(t)
        if not bodies or not holder.mentions:
            return
        met = [m for o in [c for c in t.children if c.dep_ == "dobj"] + prep_objects(t, {"with"})
               for m in self.d.entities(o, fallback=False) if self.d._kind(m) in {"PERSON", "STATE"}]
        if self.lex.lemma(t) == "meet" and met:
            holder = Holder(tuple(dict.fromkeys((*holder.mentions, *met))), holder.speaker)
        yield "participates_in", holder, [m for m in bodies if m not in holder.mentions], t.lower_

    def _speech_at(self, t: Token) -> Iterator[tuple]:
        """'in his speech at the forum', "X's address to the summit": the speaker takes part in it."""
        bodies = self._gatherings_spoken_at(prep_objects(t, {"at", "to", "before"}) + self._sidelines_of(t))
        if not bodies:
            return
        found = [m for o in t.children if o.dep_ == "poss"
                 for m in (self.d.pronoun(o) if o.tag_ == "PRP$" else self.d.entities(o, fallback=False))]
        if not found and t.dep_ == "pobj" and t.head.head.pos_ in {"VERB", "AUX"}:
            found = list(self.holder(t.head.head).mentions)  # "in his speech at the forum, X said"
        found = [m for m in found if m not in bodies and self.d._kind(m) in {"PERSON", "STATE", "ORG"}]
        if found:
            yield "participates_in", Holder(tuple(found)), bodies, t.lower_

    def _gatherings_spoken_at(self, nouns: list[Token]) -> list[int]:
        """The gatherings these nouns name, but not a body every state sits in ('told the General Assembly')."""
        return [m for m in self._gatherings_named(nouns) if m not in self.d.universal]

    def _sidelines_of(self, t: Token) -> list[Token]:
        """'on the sidelines of the summit', 'on the margins of the forum': the gathering."""
        return [o for s in prep_objects(t, {"on", "at", "in"}) if self.lex.lemma(s) in self.w.sidelines
                for o in prep_objects(s, {"of"})]

    def _delegation(self, t: Token) -> Iterator[tuple]:
        """'X will lead the Saudi delegation', 'its delegation would be headed by X', 'X sent a delegation to the
        summit': the state whose delegation it is, and who leads or sends it, take part in the gathering named with
        it ('at the Arab summit') or just before."""
        verb = t.head if t.dep_ in {"dobj", "nsubjpass"} else None
        if verb is None or self.polarity.hypothetical(verb) or self._asked_of(verb):
            return
        base = self.lex.lemma(verb)
        leading, sending = base in self.w.delegation_leading, base in self.w.delegation_sending
        if not (leading or sending) or (sending and t.dep_ != "dobj"):
            return
        owners = [m for c in t.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                  for m in self.d.entities(c, fallback=False) if self.d._kind(m) in {"STATE", "ORG"}]
        subject = self._subject(verb) if t.dep_ == "dobj" else None
        doers = self._agent(verb) if t.dep_ == "nsubjpass" else [] if subject is None else self.d.entities(
            subject, agent=True)
        holders = [m for m in (*owners, *doers) if not self._gathering(m)]
        places = prep_objects(t, {"at", "to"}) + prep_objects(verb, {"at", "to"})
        bodies = self._gatherings_named(places)
        if not bodies and not places:
            bodies = self._gathering_before(t, set(holders))
        if not holders or not bodies:
            return
        negated = self.polarity.negated(verb) or self.polarity.refused(verb)
        if negated and not sending:
            return  # "X will not lead the delegation": someone else may; whether the state goes is not said
        yield ("declines" if negated else "participates_in"), Holder(tuple(dict.fromkeys(holders))), bodies, \
            verb.lower_

    def _participation_noun(self, t: Token) -> Iterator[tuple]:
        """'X's participation in the force', 'the participation of X in the summit', 'confirmation of participation
        from X', 'confirmed their participation' (in the gathering or force named before): X takes part; 'ruled out
        its participation in X' declines it. Not 'possible participation' or 'called for X's participation'."""
        governor = self._governing_verb(t)
        if self._hedged(t) or (governor is not None and (
                self._going_unsaid(governor) or self.lex.lemma(governor) in self.w.demanding)):
            return
        places = prep_objects(t, {"in", "at", "to"})
        bodies = self._taken_part_in(places)
        owners = [m for c in t.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                  for m in self.d.entities(c, fallback=False, agent=c.dep_ == "poss")]
        owners += [m for o in prep_objects(t, {"of", "from", "by"}) for m in self.d.entities(o, agent=True)]
        owners = [m for m in dict.fromkeys(owners) if m not in bodies and self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        paused = (t.dep_ in {"dobj", "nsubjpass"} and self.lex.base(t.head.lower_) in self.w.pausing
                  and not self.polarity.negated(t.head)) or (  # "has 'frozen' its participation" (tagged ADJ)
            t.dep_ == "pobj" and t.head.lower_ == "of" and (self.lex.base(t.head.head.lower_) in self.w.pausing
                                                             or self.lex.lemma(t.head.head) in self.w.leaving_nouns))
        # "the freezing / the withdrawal of X's participation" (a noun of stopping keeps its own lemma, "freezing")
        refuser = self.polarity.refuser(t)
        refused = self.polarity.negated(t) or refuser is not None or paused  # "has frozen its participation"
        if owners and refuser is not None and self.lex.lemma(refuser) not in self.lex.refusal \
                and not self.polarity.negated(t):  # one rules out only one's own part, but opposes anyone's
            refusing = refuser.head if refuser.dep_ == "prep" else refuser
            refusers = self.holder(refusing).mentions
            if not {self.d.entity_key(o) for o in owners} & {self.d.entity_key(r) for r in refusers}:
                return  # "X voted against Iranian involvement in Y": X's stance on Iran, no refusal of Iran's
        against = t.dep_ == "pobj" and t.head.lower_ == "against" and t.head.head == governor
        if not owners and governor is not None and (t.dep_ in {"dobj", "nsubjpass"} or against) and (
                refused or self.lex.lemma(governor) in self.w.confirming):
            owners = list(self.holder(governor).mentions)  # "Italy ruled out participation in X"; "X decided
            # against involvement in Y"
        if not bodies and not places and owners and self.lex.lemma(t) in self.w.taking_part_nouns:
            bodies = self._gathering_before(t, set(owners)) or self._last_named(
                t, back=GATHERING_WINDOW, among=frozenset(self.force_mentions), holders=set(owners))
        if owners and bodies:
            yield ("declines" if refused else "participates_in"), Holder(tuple(owners)), bodies, t.lower_

    def _participants_named(self, t: Token) -> Iterator[tuple]:
        """'participants in the operation are X and Y', 'X and Y are contributors to the mission', 'the summit's
        participants, including X', 'contributors to the force, X and Y': the states, bodies and people named take
        part in it."""
        if self.polarity.negated(t) or self._hedged(t):
            return
        named = prep_objects(t, {"in", "to", "at", "of"}) + [c for c in t.children if c.dep_ in {"poss", "compound"}]
        bodies = self._taken_part_in(named)
        if not bodies and not named and t.dep_ in SUBJECTS:  # "Contributors include X": in the force named before
            bodies = self._last_named(t, back=GATHERING_WINDOW, among=frozenset(self.force_mentions), holders=set())
        if not bodies:
            return
        takers = [m for a in t.children if a.dep_ == "appos" for m in self.d.entities(a, fallback=False)]
        takers += self.d._included(t)
        verb = t.head
        if t.dep_ in SUBJECTS and self.lex.lemma(verb) in self.w.member_listing and not self.polarity.negated(verb):
            takers += [m for o in verb.children if o.dep_ in {"attr", "dobj"}
                       for m in self.d.entities(o, fallback=False)]  # "participants in X are Y and Z"
        elif t.dep_ == "attr" and self.lex.lemma(verb) in self.w.copulas | self.w.becoming \
                and not self.polarity.negated(verb) and not self._aspired(verb):
            takers += self.holder(verb).mentions  # "X and Y are participants in the operation"
        elif (copula := self._one_of(t)) is not None and not self._aspired(copula):
            takers += self.holder(copula).mentions  # "X is one of the participants", "X and Y are among the"
        takers = [m for m in dict.fromkeys(takers) if m not in bodies and self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        if takers:
            yield "participates_in", Holder(tuple(takers)), bodies, t.lower_

    def _participating(self, t: Token) -> bool:
        """'participating countries', 'the contributing states': states named as those that take part."""
        return self.lex.lemma(t) in self.w.member_heads and any(
            c.dep_ == "amod" and c.tag_ == "VBG" and self.lex.lemma(c) in self.w.participating for c in t.children)

    def _hedged(self, t: Token) -> bool:
        """'possible participation', 'future participants': not (yet) taking part."""
        return any(c.lower_ in self.w.not_yet_members for c in t.children if c.dep_ == "amod")

    def _taken_part_in(self, nouns: list[Token]) -> list[int]:
        """The forces, blocs and gatherings these nouns name ('in the mission', 'at the ASEAN summit')."""
        bodies = [m for o in nouns for m in self.d.entities(o, fallback=False) if m in self.joinable
                  or m in self.leavable]
        return bodies + [m for m in self._gatherings_named(nouns) if m not in bodies]

    def _going_unsaid(self, t: Token) -> bool:
        """Whether one goes is not said: 'failed to attend', 'had he attended', 'invited X to attend'."""
        return self.polarity.stopped(t) or self.polarity.hypothetical(t) or self._asked_of(t)

    def _gatherings_named(self, nouns: list[Token]) -> list[int]:
        """The gatherings these nouns name ('the Bonn conference'), or whose gathering they are ('the G20 summit');
        not a body met with ('for talks with NATO')."""
        return [m for o in nouns if self.lex.lemma(o) in self.w.gatherings or o.i in self.d.token_mention
                for m in self._gathered(o) if self._gathering(m) or self.lex.lemma(o) in self.w.gatherings]

    def _host(self, t: Token) -> Iterator[tuple]:
        """'the summit's host, X', 'X, the host of the G20 summit', 'X is the host of the meeting': X takes part
        in the gathering it hosts."""
        if self.polarity.negated(t):
            return
        held = [c for c in t.children if c.dep_ == "poss"] + [
            o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        bodies = [m for g in held if self.lex.lemma(g) in self.w.gatherings or g.i in self.d.token_mention
                  for m in self._gathered(g) if self._gathering(m) or self.lex.lemma(g) in self.w.gatherings]
        hosts = [m for c in t.children if c.dep_ == "appos" for m in self.d.entities(c, fallback=False)]
        if not hosts and t.dep_ == "appos":
            hosts = self.d.entities(t.head, fallback=False)
        if not hosts and t.dep_ == "attr" and self.lex.lemma(t.head) in self.w.copulas:
            subject = self._subject(t.head)
            hosts = self.d.entities(subject, agent=True) if subject is not None else []
        hosts = [h for h in hosts if h not in bodies and self.d._kind(h) in {"STATE", "ORG", "PERSON"}]
        if bodies and hosts:
            yield "participates_in", Holder(tuple(hosts)), bodies, t.lower_

    def _asked_of(self, t: Token) -> bool:
        """A clause of what someone asks, urges or demands of another ('asked Germany to join', 'called for
        Chad to contribute'; not what a plan sets out, 'the plans call for Chad to contribute')."""
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children) \
                and self.lex.lemma(t.head) in self.w.asking:
            return self._set_out_for(t) is None
        return t.dep_ in {"ccomp", "xcomp"} and self.lex.lemma(t.head) in self.w.asking

    def _invitation(self, t: Token) -> Iterator[tuple]:
        """'turned down an invitation to the Nobel ceremony', 'declined an invitation to attend the summit'
        decline it; 'accepted an invitation to join the coalition' takes part in it."""
        relation = self.w.invitation_answers.get(self._phrasal(t, self.w.invitation_answers))
        invitations = [o for o in t.children if o.dep_ in {"dobj", "nsubjpass"}
                       and self.lex.lemma(o) in self.w.invitations]
        if relation is None or not invitations or self.polarity.hypothetical(t):
            return
        answered = [self._invited_to(i) for i in invitations]
        if all(self._bare_invitation(i) for i in invitations):  # "accepted the invitation": the one made before
            earlier = (self._invited_to(e) for e in self._tokens_before(t, back=INVITATION_WINDOW))
            answered = [next((e for e in earlier if e[0]), ([], set()))]
        elif not any(found for found, _ in answered) and any(self._bare_attending(i) for i in invitations):
            holder = self.holder(t)
            found = self._gathering_before(t, set(holder.mentions))  # "declined an invitation to attend"
            if found:
                yield self._answer(t, relation), holder, found, t.lower_
            return
        asked = [o for found, _ in answered for o in found]
        joined = {j for _, found in answered for j in found}
        targets = [m for o in asked for m in self.d.entities(o, fallback=False)
                   if m in self.force_mentions or m in self.joinable or self._gathering(m)
                   or (o.i in joined and m in self._bodies)]  # "an invitation to join the Board of Peace"
        targets += [m for o in asked if self.lex.lemma(o) in self.w.gatherings for m in self._gathered(o)
                    if m not in targets]
        if targets:
            yield self._answer(t, relation), self.holder(t), targets, t.lower_

    def _answer(self, t: Token, relation: str) -> str:
        """The relation an answer to an invitation gives, turned round when the answer is negated ('did not
        accept')."""
        if self.polarity.negated(t):
            return "participates_in" if relation == "declines" else "declines"
        return relation

    def _bare_attending(self, invitation: Token) -> bool:
        """'an invitation to attend', 'an invitation to take part': to a gathering whose name is not said again."""
        acts = [c for c in invitation.children if c.dep_ in {"acl", "relcl", "xcomp"}
                and (self.lex.lemma(c) in self.w.attending or self.lex.lemma(c) in self.w.partaking)]
        return bool(acts) and not any((c.dep_ == "dobj" and c.lower_ != "part") or (
            c.dep_ == "prep" and not self._when(c)) for a in acts for c in a.children)

    def _invited_to(self, t: Token) -> tuple[list[Token], set[int]]:
        """What an invitation or an inviting asks one to: 'an invitation to (attend) X', 'invited leaders to join
        X', 'invited to X'; and of those, the ones it asks one to join."""
        if self.lex.lemma(t) not in self.w.invitations or self.polarity.negated(t):
            return [], set()
        acts = [c for c in t.children if c.dep_ in {"acl", "relcl", "xcomp"}]
        asked = prep_objects(t, {"to", "for"})
        asked += [o for c in acts for o in c.children if o.dep_ == "dobj" and o.lower_ != "part"]
        # "an invitation to attend X"; "to take part" names nothing
        asked += [o for c in acts for o in prep_objects(c, {"in", "at"})]  # "invited to take part in X"
        joined = {o.i for c in acts if self.lex.lemma(c) in self.w.joining for o in c.children if o.dep_ == "dobj"}
        return asked, joined

    def _bare_invitation(self, t: Token) -> bool:
        """'the invitation', 'this invitation': one made before, whose object is not said again."""
        return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children) and not any(
            c.dep_ in {"prep", "acl", "relcl", "poss", "compound", "amod"} and c.lower_ != "including"
            for c in t.children)  # "accepted the invitation, including X", the list hung on the object

    def _gathering_before(self, t: Token, holders: set[int], *, back: int = GATHERING_WINDOW,
                          hops: int = GATHERING_HOPS) -> list[int]:
        """The last gathering ('the Summit of the Americas', 'the G20 summit') named in this sentence or the
        `back` sentences before `t`; an earlier bare 'the summit' on the way refers to it too, so the search goes
        on from there (up to `hops` times)."""
        for token in self._tokens_before(t, back=back):
            m = self.d.token_mention.get(token.i)
            if m is not None and m not in holders and self._gathering(m):
                return [m]
            if m is None and self.lex.lemma(token) in self.w.gatherings:
                found = [g for g in self._gathered(token, earlier=False) if g not in holders]
                if not found and hops > 0 and self._bare_gathering(token):
                    found = [g for g in self._gathering_before(token, holders, back=back, hops=hops - 1)
                             if g not in holders]
                if found:
                    return found
        return []

    def _gathered(self, noun: Token, *, earlier: bool = True) -> list[int]:
        """The body whose gathering a noun is: 'the G20 summit', 'NATO's meeting', 'the SAARC Summit', 'the
        G20', 'a meeting of EU leaders'; for a bare 'the summit', the gathering named a few sentences before
        (when `earlier`); none for a state, a person or a gathering of nobody named."""
        def bodies(tokens: list[Token]) -> list[int]:
            return [m for x in tokens for m in self.d.entities(x, fallback=False) if self.d._kind(m) == "ORG"]

        own = bodies([noun])
        if own or self.lex.lemma(noun) not in self.w.gatherings:
            return own

        def modifiers(x: Token) -> list[Token]:
            return [c for c in x.children if c.dep_ in {"compound", "nmod", "poss", "amod"}]

        members = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        own_modifiers = modifiers(noun)
        found = bodies(own_modifiers) or bodies(members) or bodies(
            [c for o in members if self.lex.lemma(o) in self.w.attendees for c in modifiers(o)])  # "of EU leaders"
        if found or not earlier or not self._bare_gathering(noun):
            return found
        return self._gathering_before(noun, set())  # "the summit": the one named before

    def _bare_gathering(self, noun: Token) -> bool:
        """'the summit', 'this meeting': a gathering named before, with nothing of its own to tell which."""
        return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children) and not any(
            c.dep_ in {"compound", "nmod", "poss", "amod"} or (c.dep_ == "prep" and c.lower_ == "of")
            for c in noun.children)

    def _staying_out(self, t: Token, preps: list[str]) -> Iterator[tuple]:
        """'stay out of the coalition', 'pulled out of the mission', 'withdrew from the force': X declines (and
        opposes a standing body it withdrew from: `_quit`)."""
        if self.polarity.negated(t):
            return
        objects = [o for p in t.children if p.dep_ in {"prep", "prt", "advmod"}
                   for q in (p, *(g for g in p.children if g.dep_ == "prep"))
                   if q.lower_ in preps for o in q.children if o.dep_ == "pobj"]
        forces = [m for o in objects for m in self.d.entities(o, fallback=False) if m in self.leavable]
        left = list(forces)
        forces += [m for o in objects if self.lex.lemma(o) in self.w.gatherings for m in self._gathered(o)
                   if m not in forces]  # "pulled out of the SAARC summit"
        if forces:
            holder = self.holder(t)
            yield "declines", holder, forces, t.lower_
            yield from self._quit(t, holder, left)

    def _quit(self, t: Token, holder: Holder, left: list[int]) -> Iterator[tuple]:
        """'withdrew from the ICC', 'quit ECOWAS', 'their exit from the bloc': leaving a standing body by choice
        rejects it; not a force or an operation one served in."""
        bodies = [m for m in left if m not in self.force_mentions]
        if bodies and holder.mentions and self.lex.lemma(t) in self.w.quitting:
            yield "opposes", holder, bodies, t.lower_

    def _leaving(self, t: Token) -> Iterator[tuple]:
        """'announced their withdrawal from X', 'left X', 'quit X': leaving a bloc or a force declines it (and
        leaving a standing body by choice opposes it: `_quit`)."""
        if self.polarity.negated(t):
            return
        if t.pos_ == "NOUN":
            objects = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj"]
            leavers = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o)]  # "of French troops"
            owner = self._noun_holder(t, self.lex.lemma(t)) or leavers
            governor = self._governing_verb(t)
            if governor is not None and self.lex.lemma(governor) in self.w.demanding and owner \
                    and not self.polarity.negated(governor):
                demander = self.holder(governor)  # "called for the withdrawal of the UN mission": against it
                targets = [m for m in owner if m not in demander.mentions]
                if targets:
                    yield "opposes", demander, targets, t.lower_
                return
            holder = Holder(tuple(owner)) if owner else self.holder(governor) if governor is not None else Holder(())
        else:
            objects, holder = [o for o in t.children if o.dep_ == "dobj"], self.holder(t)
        forces = [m for o in objects for m in self.d.entities(o, fallback=False) if m in self.leavable]
        if forces and holder.mentions:
            yield "declines", holder, forces, t.lower_
            yield from self._quit(t, holder, forces)


    def _gerund_subject(self, t: Token) -> Holder | None:
        """'its opposition to Sweden joining NATO': the name right before a gerund with no subject of its own
        is who does it, whatever the parse hung the gerund on."""
        if t.tag_ != "VBG" or t.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            return None
        before = t.doc[t.i - 1]
        if before.dep_ not in {"pobj", "dobj"} or before.head == t or before.i not in self.d.token_mention:
            return None
        return Holder((self.d.token_mention[before.i],))

    def _sent_to_a_state(self, t: Token) -> bool:
        """'troops were sent to Ukraine', 'sent troops to Honiara': to a state or a place, not into the alliance
        named nearby (however the parser hangs 'to': on the verb, as its dative, or on the troops)."""
        heads = [t, *(c for c in t.children if c.dep_ == "dobj")]
        return any(self.d._kind(m) in {"STATE", "PLACE"} for h in heads for p in h.children
                   if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "into"}
                   for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False))

    def _combat_purpose(self, t: Token, objects: list[Token]) -> bool:
        """'sent troops to fight in Kursk': a deployment to a war, not to the force being assembled."""
        for node in (t, *objects):
            for child in node.children:
                if child.dep_ in {"advcl", "xcomp", "relcl", "acl"} and self.lex.lemma(child) in self.w.combat:
                    return True
        return False


    def _senders(self, t: Token) -> Holder | None:
        """'forces from Armenia and Belarus were sent', 'Russian paratroopers were deployed': in a passive,
        whose troops they are."""
        if self._agent(t):
            return None
        sent = [c for c in t.children if c.dep_ == "nsubjpass" and self.lex.lemma(c) in self.w.military_nouns]
        sent += [o for c in sent for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]  # "units of Russian paratroopers"
        owners: list[int] = []
        for noun in (p for c in sent for p in (c, *c.conjuncts)):
            owners += self.d._fallback(noun) or [
                m for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o)]
        if self.lex.lemma(t) in self.w.sending:  # "the UPDF are deployed": the force is its own sender
            owners += [m for c in t.children if c.dep_ == "nsubjpass" for p in (c, *c.conjuncts)
                       for m in self.d.direct(p) if self.d._kind(m) == "ORG"]
        owners = [m for m in dict.fromkeys(owners) if self.d._kind(m) in {"STATE", "ORG"}]
        return Holder(tuple(owners)) if owners else None

    def _nearby_alliance(self, t: Token) -> list[int]:
        """The alliance or coalition named nearest to a sending of troops, within two sentences."""
        sent = self.d.sent_of_token[t.i]
        near = [m for m in self.d.joinable if abs(self.d.mentions[m].sent - sent) <= 2]
        return [min(near, key=lambda m: abs(self.d.mentions[m].start - t.idx))] if near else []

    def _nearest_force(self, t: Token) -> int:
        def distance(idx: int) -> int:
            return abs(self.d.mentions[idx].start - t.idx)

        return min(self.force_mentions, key=distance)
