"""Approval of someone's act: 'welcomed Finland's decision', 'ratified Sweden's membership', 'praised the
restraint of X' back whoever decided, applied or acted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from nlp.holder import Holder, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

OWNERS = ("by", "poss", "of", "between", "compound")  # whose act: 'efforts by X' (so 'the recognition of Y by X'
# is X's), 'X's bid', 'the bid of X', 'the deal between X and Y', 'the X bid', in that order


class Approval:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    def _approval(self, t: Token) -> Iterator[tuple]:
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        passive = is_passive(t)
        acts = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        acts += [c for a in acts for c in a.conjuncts]
        if self.lex.lemma(t) in self.w.joining and not (acts and all(self.lex.lemma(a) in self.w.joined_acts
                                                                       for a in acts)):
            return  # "joined the case brought by X", not "joined the alliance"
        owners = [m for a in acts for m in self._act_owner(a)] + [  # "welcomed X joining the bloc"
            m for c in t.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VBG"
            for s in c.children if s.dep_ == "nsubj" for m in self.d.entities(s, agent=True)]
        if not passive and acts and any(self.lex.lemma(a) in self.w.approved_acts for a in acts) \
                and not any(p.dep_ == "prep" and p.lower_ == "by" for a in acts for p in a.children):
            heads = [t, *(o for p in t.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                          if o.dep_ == "pobj")]
            stray = [m for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "by"
                     and p.i > min(a.i for a in acts) for o in p.children if o.dep_ == "pobj"
                     for m in self.d.entities(o, fallback=False)]
            owners = stray or owners  # "backed calls by X", "welcomed the recognition of Y as a state by X": the
            # act's "by X" hung on the verb or on its "as" complement names whose act it is
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        owners = [m for m in dict.fromkeys(owners) if m not in holder.mentions]
        if owners and holder.mentions:
            yield "supports", holder, owners, t.lower_
        attacked = [m for a in acts if self.events.kind(a) == "attack"
                    for m in (self._noun_targets(a) or self.events.targets_of(a))] + [
            m for a in acts for o in self._named_on(a, "opposes") for m in self.d.entities(o, fallback=False)]
        # "backed the Commission's lawsuit against X": against X as well
        attacked = [m for m in dict.fromkeys(attacked) if m not in holder.mentions and m not in owners]
        if attacked and holder.mentions:  # "justified the strikes on X", "hailed the raid": against X
            yield "opposes", holder, attacked, t.lower_

    def _credited_aid(self, t: Token) -> Iterator[tuple]:
        """'X thanked Y for its assistance', 'praised Y for their help': Y backs X, or the state or body X's
        title names when X is a person; not help said to go elsewhere ('for its support for Z')."""
        if is_passive(t) or self.polarity.negated(t) or self.polarity.refused(t):
            return
        helps = [o for p in (*t.children, *(c for d in t.children if d.dep_ == "dobj" for c in d.children))
                 if p.dep_ == "prep" and p.lower_ == "for" for h in p.children if h.dep_ == "pobj"
                 for o in (h, *h.conjuncts) if self.lex.lemma(o) in self.w.with_givers]
        if not helps or any(c.dep_ == "prep" and c.lower_ != "in" for h in helps for c in h.children):
            return
        givers = [m for c in t.children if c.dep_ == "dobj" for m in self.d.entities(c, fallback=False)]
        thankers = self.holder(t).mentions
        helped = [s for m in thankers for s in (
            [a for a in self.d.affiliated(m) if self.d._kind(a) in {"STATE", "ORG"}][:1]
            if self.d._kind(m) == "PERSON" else []) or [m]]
        helped = [m for m in dict.fromkeys(helped) if m not in givers]
        if givers and helped:
            yield "supports", Holder(tuple(givers)), helped, f"{t.lower_} for {self.lex.lemma(helps[0])}"

    def _call_answered(self, t: Token) -> Iterator[tuple]:
        """'X answered a request by Y for support', 'responded to a call for help from Y', 'heeded Y's appeal for
        assistance': X backs Y; not a call for anything else, nor one not answered."""
        if is_passive(t) or self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        calls = [o for o in [*(c for c in t.children if c.dep_ == "dobj"), *prep_objects(t, {"to"})]
                 if self.lex.lemma(o) in self.w.asking_nouns]
        callers: list[int] = []
        for call in calls:
            askers = prep_objects(call, {"from", "by"})
            wanted = prep_objects(call, {"for"}) + [h for o in askers for h in prep_objects(o, {"for"})]
            # "a request by X for support", 'for' hung on X
            if not any(self._aid_word(h, self.w.with_givers) for h in wanted):
                continue  # "answered calls from X to resign": no help asked for
            askers += [o for h in wanted for o in prep_objects(h, {"from", "by"})]  # "a call for help from X"
            askers += [c for c in call.children if c.dep_ == "poss"]  # "X's appeal for assistance"
            callers += [m for o in askers for m in self.d.entities(o, agent=True)]
        holder = self.holder(t)
        callers = [m for m in dict.fromkeys(callers) if m not in holder.mentions]
        if callers and holder.mentions:
            yield "supports", holder, callers, t.lower_

    def _act_owner(self, noun: Token, depth: int = 0) -> list[int]:
        """Whose act or standing a noun names ('Finland's decision', 'the ratification of Sweden's membership');
        nobody for acts that befall their owner ('X's arrest') or for things that are no act ('X's border')."""
        lemma = self.lex.lemma(noun)
        if noun.i in self.d.token_mention or lemma in self.w.patients:
            return []
        if lemma in self.w.approval_chains and depth < 2:  # 'the ratification of', 'the approval of'
            return [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" for m in self._act_owner(o, depth + 1)]
        if lemma not in self.w.approved_acts and self.events.kind(noun) != "act":
            return []
        for dep in OWNERS:
            if dep == "by":  # "efforts by X", "the lawsuit brought by X"
                found = self._act_agent(noun)
            elif dep in {"of", "between"}:
                found = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == dep
                         for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)]
            else:
                found = [m for c in noun.children if c.dep_ == dep for m in self.d.entities(c, fallback=False)]
                found = found or (self._possessor(noun) if dep == "poss" else [])  # "welcomed its decision"
                found = found or [m for c in noun.children if c.dep_ == "poss" == dep
                                  and self.lex.lemma(c) in self.d.state_organs for m in self.d.entities(c, agent=True)]
                # "applauded the Turkish parliament's decision": the state's
            if dep == "compound" and lemma in self.w.membership_objects:
                found = []  # 'Sweden's NATO membership': NATO is what is joined, not who joins
            found = [m for m in found if self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
            if found:
                return found
        return [] if depth else self.events.antecedent(noun)  # "welcomed the ruling": whoever ruled, earlier
