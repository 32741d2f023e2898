"""Membership: who belongs to a body. 'Vietnam is a member of ASEAN', 'SCO member states include X and Y', 'the
bloc was founded by X and Y', 'X, Y and Z make up the bloc', 'the bloc (X, Y and Z)', 'X became a full member' (of
the body named just before). Hoping, seeking or applying to join is no membership yet; 'X is not a member' states a
fact, not a refusal; 'NATO member Turkey' only describes Turkey."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from functools import cached_property

from spacy.tokens import Token

from nlp.discourse import RELATIVE, SUBJECTS
from nlp.holder import Holder, is_passive, prep_objects

MEMBERSHIP_WINDOW = 2  # sentences back to the body that a bare 'became a member' or 'joined' refers to
MEMBERS = frozenset({"STATE", "ORG"})
OPENERS = frozenset({"–", "—", "-", "--", "("})  # what sets off a list of members after a bloc's name
CALENDAR = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)


class Membership:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`) it reads."""

    @cached_property
    def _blocs(self) -> frozenset[int]:
        """Bodies states belong to: alliances, coalitions, regional and intergovernmental bodies, forums and
        treaties, by the gazetteer's category or a name that says so; never a gathering."""
        return frozenset(m for m in (*self.joinable, *self.leavable) if not self._gathering(m))

    @cached_property
    def _telling_blocs(self) -> frozenset[int]:
        """Blocs whose membership says something: not the UN or a Security Council seat."""
        return self._blocs - self.d.universal

    def _aspired(self, t: Token) -> bool:
        """'hopes to join X', 'applied to become a member', 'is seeking to join': not a member yet."""
        node = t
        for _ in range(2):
            if node.dep_ != "xcomp":
                return False
            node = node.head
            if self.lex.lemma(node) in self.w.aspiring or self.lex.base(node.text) in self.w.aspiring:
                return not self.polarity.negated(node)  # "will not seek to join X" refuses it; by the lexicon's
                # own index too: the rule lemmatizer makes 'hopes' 'hop'
        return False

    def _member_of(self, t: Token) -> Iterator[tuple]:
        """'X became a member of NATO', 'X is a member of ASEAN', 'NATO's 31st member', 'a full BRICS member',
        'a signatory to the treaty' takes part in it; a bare 'became a full member' joins the body named just
        before; 'X declined an invitation to become a member of BRICS' and 'X will not become a member of Y'
        decline it."""
        copula = t.head
        lemma = self.lex.lemma(copula)
        if t.dep_ not in {"attr", "dobj"} or lemma not in self.w.copulas | self.w.becoming \
                or self.polarity.stopped(copula) or self._aspired(copula):
            return
        static = lemma not in self.w.becoming
        negated = self.polarity.negated(copula)
        refuser = None if negated else self.polarity.refuser(copula)
        if static and (negated or refuser is not None):
            return  # "X is not a member of NATO": a fact, not a refusal
        if static and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in copula.children):
            return  # "X had been members of the ICC for two decades": told as what has ended
        joinable = [*self.joinable, *self.leavable] if negated or refuser is not None else self.joinable
        holder = self.holder(copula)
        if refuser is not None and not holder.mentions:
            holder = self.holder(refuser)
        states = bool(holder.mentions) and all(self.d._kind(m) in MEMBERS for m in holder.mentions)
        if states:
            joinable = [*joinable, *self._bodies]  # a state "became a member of the bank"; a person's membership
            # is an affiliation
        named = [self._owned_body(o) for o in _body_words(t)]
        blocs = [m for o in named for m in self.d.entities(o, fallback=False) if m in joinable]
        if not named and states and not any(c.dep_ in {"relcl", "acl"} or (c.dep_ == "prep" and not self._when(c))
                                            for c in t.children):
            blocs = self._body_before(t, set(holder.mentions))  # "South Africa became a member the next year"
        if static:
            blocs = [m for m in blocs if m not in self.d.universal]  # "X is a member of the Security Council"
        if blocs and holder.mentions:
            yield ("declines" if negated or refuser is not None else "participates_in"), holder, blocs, "member of"

    def _owned_body(self, o: Token) -> Token:
        """'co-chairs of the OSCE's (OSCE) Minsk Group', however parsed: the body named after the owner's
        possessive, past an acronym in parentheses."""
        doc, at = self.d.doc, self.d.token_mention
        idx = at.get(o.i)
        if idx is None:
            return o
        end = self.d.mention_bounds(o.i)[1]
        if end + 1 >= len(doc) or doc[end + 1].lower_ not in {"'s", "’s"}:
            return o
        inside = False
        for t in doc[end + 2: min(len(doc), end + 9)]:
            if t.text in {"(", ")"}:
                inside = t.text == "("
            elif not inside and t.i in at and at[t.i] != idx:
                return t if self.d._kind(at[t.i]) == "ORG" else o
            elif not inside and t.is_punct:
                break
        return o

    def _seat_answered(self, t: Token) -> Iterator[tuple]:
        """'X rejected membership of the Security Council', 'turned down a seat on the council', 'declined EU
        membership' decline the body; 'accepted a seat on the board' takes part in it. Not 'X rejected Y's
        membership' or 'Turkish membership': that is against Y joining, which the verb's own rule reads."""
        relation = self.w.invitation_answers.get(self._phrasal(t, self.w.invitation_answers))
        seats = [o for o in t.children if o.dep_ in {"dobj", "nsubjpass"} and self.lex.lemma(o) in self.w.seats]
        if relation is None or not seats or self.polarity.hypothetical(t):
            return
        holder = self.holder(t)
        owners = [m for s in seats for c in s.children if c.dep_ in {"poss", "amod"}
                  for m in self.d.entities(c, fallback=False)]
        if not holder.mentions or any(m not in holder.mentions for m in owners):
            return
        named = [o for s in seats for o in prep_objects(s, {"of", "on", "in", "to"})] + [
            c for s in seats for c in s.children if c.dep_ in {"compound", "nmod"}]
        bodies = [m for o in named for m in self.d.entities(o, fallback=False) if m in self._bodies]
        if bodies and self.polarity.negated(t):
            relation = "declines" if relation == "participates_in" else ""  # "did not reject it" accepts nothing
        if bodies and relation:
            yield relation, holder, bodies, t.lower_

    def _members_listed(self, t: Token) -> Iterator[tuple]:
        """'SCO member states include X and Y', 'the members of the bloc are X and Y', 'the bloc's members, X and
        Y', 'signatories to the treaty, including X': the members named take part in the body (not a body every
        state belongs to: 'UN member states')."""
        noun = t.head if t.dep_ == "compound" and self.lex.lemma(t.head) in self.w.member_heads else t
        if (t.dep_ == "compound" and noun is t) or noun.dep_ == "appos":
            return  # "NATO member Turkey", "Turkey, a NATO member": a description that picks Turkey out
        body_tokens = [c for x in (t, noun) for c in x.children if c.dep_ in {"compound", "poss", "nmod"}
                       and c.i != t.i]
        body_tokens += [o for x in (t, noun) for p in x.children if p.dep_ == "prep" and p.lower_ in {"of", "to"}
                        for o in p.children if o.dep_ == "pobj"]
        bodies = [m for b in body_tokens for m in self.d.entities(b, fallback=False) if m in self._telling_blocs]
        if not bodies and not body_tokens and noun.i in self.d.token_mention:
            own = self.d.token_mention[noun.i]  # "member states", referring back to the bloc named before
            bodies = [own] if own in self._telling_blocs else []
        if not bodies:
            return
        members = [m for a in noun.children if a.dep_ == "appos" for m in self.d.entities(a, fallback=False)]
        members += self.d._included(noun)  # "members such as X", "signatories, including X"
        members += [m for b in body_tokens for m in self.d._included(b)]  # "signatories to the treaty, including X"
        if noun.dep_ in SUBJECTS and self.lex.lemma(noun.head) in self.w.member_listing \
                and not self.polarity.negated(noun.head):
            members += [m for o in noun.head.children if o.dep_ in {"attr", "dobj"}
                        for m in self.d.entities(o, fallback=False)]  # "... member states include X and Y"
        members = [m for m in dict.fromkeys(members) if m not in bodies and self.d._kind(m) in MEMBERS]
        if members and not self.polarity.negated(t):
            yield "participates_in", Holder(tuple(members)), bodies, t.lower_

    def _members_apposed(self, t: Token) -> Iterator[tuple]:
        """'the G5 Sahel bloc – Mali, Chad and Niger –', 'the Alliance of Sahel States (Mali, Burkina Faso and
        Niger)': two or more states set off by a dash or a bracket right after a bloc's name are its members."""
        bloc = self.d.token_mention[t.i]
        if bloc not in self._telling_blocs:
            return
        for a in t.children:
            if a.dep_ != "appos" or self.d.token_mention.get(a.i) == bloc or a.left_edge.i < 1 \
                    or self.d.doc[a.left_edge.i - 1].text not in OPENERS:
                continue
            members = list(dict.fromkeys(m for c in (a, *a.conjuncts) for m in self.d.entities(c, fallback=False)
                                         if self.d._kind(m) == "STATE" and m != bloc))
            if len(members) > 1:
                yield "participates_in", Holder(tuple(members)), [bloc], t.lower_

    def _member_in_apposition(self, t: Token) -> Iterator[tuple]:
        """'the TNLA, a member of the alliance, ...', 'another Alliance member, the MNDAA': the one a membership
        describes in apposition belongs to the body (not the UN's members, not 'not a member of')."""
        if any(c.dep_ == "neg" or c.lower_ in {"non", "former", "ex"} for c in t.children) or any(
                w.dep_ == "neg" for w in self.d.doc[min(t.head.i, t.i) + 1:t.i]):
            return  # "X, not a member of NATO", "a former member"
        named = [c for c in t.children if c.dep_ in {"compound", "nmod", "poss"}] + prep_objects(t, {"of"})
        bodies = [m for o in named for m in self.d.entities(o, fallback=False) if m in self._telling_blocs]
        described = [t.head] if t.dep_ == "appos" else [c for c in t.children if c.dep_ == "appos"]
        members = [m for d in described for m in self.d.direct(d)
                   if m not in bodies and self.d._kind(m) in {"STATE", "ORG"}]
        if bodies and members:
            yield "participates_in", Holder(tuple(members)), bodies, t.lower_

    def _delegates_from(self, t: Token) -> Iterator[tuple]:
        """'G7 foreign ministers from Canada, France and Japan', 'EU leaders met ... The leaders — from X, Y and
        Z — agreed': the states a body's ministers, leaders or delegates come from belong to the body."""
        if t.tag_ not in {"NNS", "NNPS"}:
            return
        origins = prep_objects(t, {"from"})
        if not origins:
            return
        bodies = [m for c in t.children if c.dep_ in {"compound", "nmod", "poss"}
                  for m in self.d.entities(c, fallback=False) if m in self._telling_blocs]
        if not bodies:  # "The ministers — from X, Y and Z —" after "G7 foreign ministers met"
            bodies = [m for m in self.d.role_group(t, self.lex.lemma(t)) if m in self._telling_blocs]
        states = [m for o in origins for m in self.d.entities(o, fallback=False)
                  if m not in bodies and self.d._kind(m) == "STATE"]
        if bodies and states:
            yield "participates_in", Holder(tuple(states)), bodies, t.lower_

    def _admitted(self, t: Token) -> Iterator[tuple]:
        """'the leaders welcomed X as the bloc's 11th member', 'ASEAN admitted X into the bloc', 'X was accepted as
        a full member of Y': X belongs to the body (not 'a future member'); the body is the member noun's, the one
        X is let into, or the subject when it is a bloc."""
        if self.polarity.negated(t) or self.polarity.hypothetical(t) or self._asked_of(t):
            return
        entrants = [c for c in t.children if c.dep_ == ("nsubjpass" if is_passive(t) else "dobj")]
        members = [m for c in entrants for m in self.d.entities(c, fallback=False) if self.d._kind(m) in MEMBERS]
        as_member = [o for o in prep_objects(t, {"as"}) if self.lex.lemma(o) in self.w.member_nouns
                     and not any(c.lower_ in self.w.not_yet_members for c in o.children)]
        named = [w for o in as_member for w in _body_words(o)] + prep_objects(t, {"into", "to"})
        bodies = [m for o in named for m in self.d.entities(o, fallback=False) if m in self._bodies]
        if as_member and not named:
            subject = self._subject(t)
            bodies = [m for m in ([] if subject is None else self.d.entities(subject, agent=True))
                      if m in self._telling_blocs]  # "ASEAN welcomed X as a new member"
        members = [m for m in members if m not in bodies]
        if members and bodies:
            yield "participates_in", Holder(tuple(members)), bodies, t.lower_

    def _invited_to_join(self, t: Token) -> Iterator[tuple]:
        """'NATO invited Montenegro to join the alliance', 'X was invited to become a member by Y': who asks a
        state or body into a body backs it."""
        if self.polarity.negated(t) or self.polarity.refused(t) or not any(
                c.dep_ == "xcomp" and self.lex.lemma(c) in self.w.joining | self.w.becoming for c in t.children):
            return
        if is_passive(t):
            invited, holder = [c for c in t.children if c.dep_ == "nsubjpass"], Holder(tuple(self._agent(t)))
        else:
            invited, holder = [c for c in t.children if c.dep_ == "dobj"], self.holder(t)
        targets = [m for o in invited for m in self.d.entities(o, fallback=False)
                   if self.d._kind(m) in MEMBERS and m not in holder.mentions]
        if holder.mentions and targets:
            yield "supports", holder, targets, t.lower_

    def _chairs(self, t: Token) -> Iterator[tuple]:
        """'Ethiopia chairs the African Union', 'X presided over the bloc'."""
        yield from self._chairing(t, [o for o in t.children if o.dep_ == "dobj"] + prep_objects(t, {"over"}), verb=t)

    def _chair_held(self, t: Token) -> Iterator[tuple]:
        """'Kenya holds the rotating presidency of the EAC', "Brazil's chairmanship of Mercosur"."""
        chaired = prep_objects(t, {"of"})
        owners = [c for c in t.children if c.dep_ == "poss"]
        if owners:
            yield from self._chair_of(t, chaired, [m for o in owners for m in self.d.entities(o, fallback=False)
                                                   if self.d._kind(m) == "STATE"])
        elif t.dep_ == "dobj" and self._phrasal(t.head, self.w.holding_chair) in self.w.holding_chair:
            yield from self._chairing(t, chaired, verb=t.head)

    def _membership_cited(self, t: Token) -> Iterator[tuple]:
        """'X pointed to Armenia's membership of the CSTO', 'cited Kenya's membership in the EAC': a membership
        pointed to or cited is a fact; not 'opposed Ukraine's membership of NATO' or 'possible membership'."""
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            verb, phrase = t.head.head, f"{self.lex.lemma(t.head.head)} {t.head.lower_}"
        elif t.dep_ == "dobj":
            verb, phrase = t.head, self.lex.lemma(t.head)
        else:
            return
        if phrase not in self.w.citing or self._hedged(t) or self.polarity.negated(verb) \
                or self.polarity.hypothetical(verb):
            return
        owners = [c for c in t.children if c.dep_ == "poss" or (
            c.dep_ == "nmod" and any(x.dep_ == "case" for x in c.children))]  # "Armenia’s", however parsed
        members = [m for c in owners for m in self.d.entities(c, fallback=False, agent=True)
                   if self.d._kind(m) == "STATE"]
        bodies = [m for o in prep_objects(t, {"of", "in"}) for m in self.d.entities(o, fallback=False)
                  if m in self._telling_blocs and m not in members]
        if members and bodies:
            yield "participates_in", Holder(tuple(members)), bodies, t.lower_

    def _chairing(self, t: Token, chaired: list[Token], *, verb: Token) -> Iterator[tuple]:
        """Who chairs by `verb` (a state, or a person speaking of their country: 'X, whose country chairs the AU')."""
        if self.polarity.negated(verb) or self.polarity.stopped(verb):
            return
        subject = self.d.subject_of(verb)
        country = subject is not None and self.lex.lemma(subject) in self.w.member_heads
        yield from self._chair_of(t, chaired, [m for m in self.holder(verb).mentions if self.d._kind(m) == "STATE"
                                               or (country and self.d._kind(m) == "PERSON")])

    def _chair_of(self, t: Token, chaired: list[Token], chairs: list[int]) -> Iterator[tuple]:
        """Who chairs a body belongs to it."""
        bodies = [m for o in chaired for m in self.d.entities(o, fallback=False) if m in self._telling_blocs]
        chairs = [m for m in chairs if m not in bodies]
        if bodies and chairs:
            yield "participates_in", Holder(tuple(chairs)), bodies, t.lower_

    def _fellows(self, t: Token) -> Iterator[tuple]:
        """'its fellow GCC members', "Qatar's fellow Gulf Cooperation Council (GCC) members": whose fellows they
        are belongs to the body (read along the words: parsers hang 'fellow' and the owner anywhere)."""
        doc, bodies, i = self.d.doc, [], t.i - 1
        while i > 0 and (doc[i].text in {"(", ")"} or i in self.d.token_mention):
            m = self.d.token_mention.get(i)
            if m is not None and m in self._telling_blocs and m not in bodies:
                bodies.append(m)
            i -= 1
        if not bodies or i < 1 or doc[i].lower_ != "fellow":
            return
        owner = doc[i - 1]
        if owner.tag_ == "PRP$":
            found = self.d.pronoun(owner)
        elif owner.tag_ == "POS" and i > 1:
            found = self.d.entities(doc[i - 2], fallback=False)
        else:
            found = self.d.entities(owner, fallback=False)
        members = [m for m in found if m not in bodies and self.d._kind(m) == "STATE"]
        if members:
            yield "participates_in", Holder(tuple(members)), bodies, t.lower_

    def _founded(self, t: Token) -> Iterator[tuple]:
        """'Brazil, Russia, India and China founded the bloc', 'the bloc was founded by X and Y', 'X and Y set up a
        new body known as Z': the founders of a body belong to it."""
        if self._phrasal(t, self.w.body_founding) not in self.w.body_founding or self.polarity.negated(t):
            return
        if is_passive(t) or (t.dep_ == "acl" and t.tag_ == "VBN"):
            founded = [c for c in t.children if c.dep_ == "nsubjpass"] or ([t.head] if t.dep_ == "acl" else [])
            founders = self._agent(t)
        else:
            founded = [c for c in t.children if c.dep_ == "dobj"]
            founders = list(self.holder(t).mentions)
        bodies = [m for f in founded for m in self.d.entities(f, fallback=False) if m in self._blocs]
        founders = [m for m in founders if m not in bodies and self.d._kind(m) == "STATE"]  # states found blocs
        if bodies and founders:
            yield "participates_in", Holder(tuple(founders)), bodies, t.lower_

    def _known_together(self, t: Token) -> Iterator[tuple]:
        """'the US, the UAE, Egypt and Saudi Arabia, collectively known as the Quad': the states a body's name is
        given to together are its members."""
        if t.dep_ != "acl" or not any(c.dep_ == "advmod" and c.lower_ in self.w.known_together for c in t.children):
            return
        names = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        bodies = [m for o in names for m in self.d.entities(o, fallback=False) if self.d._kind(m) == "ORG"]
        members = [m for c in (t.head, *t.head.conjuncts) for m in self.d.entities(c, fallback=False)
                   if self.d._kind(m) == "STATE" and m not in bodies]
        if bodies and len(set(members)) > 1:
            yield "participates_in", Holder(tuple(dict.fromkeys(members))), bodies, t.lower_

    def _made_up(self, t: Token) -> Iterator[tuple]:
        """'X, Y and Z make up the bloc', 'a bloc made up of X and Y': the parts belong to it."""
        if self._phrasal(t, self.w.making_up) not in self.w.making_up or self.polarity.negated(t):
            return
        parts = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"]
        if parts:  # "a bloc made up of X", "the bloc is made up of X"
            whole = [t.head] if t.dep_ == "acl" else [c for c in t.children if c.dep_ in SUBJECTS]
        else:  # "X and Y make up the bloc"
            whole = [c for c in t.children if c.dep_ == "dobj"]
            parts = [c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
        bodies = [m for w in whole for m in self.d.entities(w, fallback=False) if m in self._blocs]
        members = [m for p in parts for c in (p, *p.conjuncts) for m in self._part_owners(c)
                   if m not in bodies and self.d._kind(m) == "STATE"]  # "made up of troops from X and Y"
        if bodies and members:
            yield "participates_in", Holder(tuple(dict.fromkeys(members))), bodies, t.lower_

    def _when(self, prep: Token) -> bool:
        """'in 1984', 'in March', 'on Monday': a time, not what is joined."""
        return all(self._when_word(o) for o in prep.children if o.dep_ == "pobj")

    def _when_word(self, t: Token) -> bool:
        """'1984', 'March', 'Monday', '(the following) year'."""
        return t.like_num or self.lex.lemma(t) in self.w.when_nouns or t.lower_ in CALENDAR

    def _body_before(self, t: Token, holders: set[int]) -> list[int]:
        """The last body states belong to named in this sentence before `t` or the MEMBERSHIP_WINDOW sentences
        before it."""
        return self._last_named(t, back=MEMBERSHIP_WINDOW, among=self._telling_blocs, holders=holders)


def _body_words(member: Token) -> list[Token]:
    """The words that name the body a member noun is of: 'of NATO', 'a signatory to the treaty', "the bloc's
    member", 'a BRICS member'."""
    return prep_objects(member, {"of", "to"}) + [c for c in member.children if c.dep_ in {"poss", "compound", "nmod"}]
