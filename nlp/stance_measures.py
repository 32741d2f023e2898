"""What a measure put to a body says, and the sides taken on it: 'voted for a resolution condemning X' opposes X,
'opposed a proposal to invite X as an observer' opposes X, 'brought a motion to admit X' backs X."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from nlp.holder import Holder, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

STANCES = ("supports", "opposes")


class MeasureContent:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`) it reads."""

    def _measure_stances(self, t: Token) -> Iterator[tuple]:
        """Backing, bringing or voting for a measure takes the stance it states; opposing it or voting it down
        opposes whom it would back, and says nothing of whom it would oppose."""
        for side, holder, measure in self._sides_on_measures(t):
            for relation, targets in self._measure_says(measure):
                if side == "supports" or relation == "supports":
                    targets = [m for m in targets if m not in holder.mentions]
                    if targets and holder.mentions:
                        cue = measure.lower_ if t == measure else f"{t.lower_} {measure.lower_}"
                        yield relation if side == "supports" else "opposes", holder, targets, cue

    def _sides_on_measures(self, t: Token) -> Iterator[tuple[str, Holder, Token]]:
        """(side, holder, measure noun) for each measure of `content_measures` the token takes a side on: a verb's
        object ('opposed the motion to ...'), a ballot ('voted against a resolution ...'), or the measure's own
        makers ('X's proposal to ...', 'a proposal by X to ...')."""
        if self._content_measure(t):
            makers = self._measure_named_makers(t)
            if makers:
                yield "supports", Holder(tuple(makers)), t
            return
        if t.pos_ != "VERB":
            return
        base = self.lex.lemma(t)
        passive = is_passive(t)
        if base in self.w.voting:
            sides = [(side, o) for side, o in self._ballots(t) if self._content_measure(o)]
        else:
            objects = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            measures = [o for c in objects for o in (c, *c.conjuncts) if self._content_measure(o)]
            if not measures:
                return
            held = ["supports"] if base in self.w.sponsoring or base in self.w.adopting else [
                r for r in self.lex.verb_relations(t) if r in STANCES]
            sides = [(held[0], o) for o in measures] if len(held) == 1 else []
        if not sides or self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return  # (the measures first: the polarity checks cost more)
        holder = Holder(tuple(self._agent(t))) if passive else self.holder(t)
        for side, noun in sides:
            yield side, holder, noun

    def _content_measure(self, noun: Token) -> bool:
        return noun.pos_ == "NOUN" and self.lex.lemma(noun) in self.w.content_measures

    def _measure_named_makers(self, noun: Token) -> list[int]:
        """Whose a measure is by its own phrase, as for any noun of stance ('X's proposal', 'a US proposal', 'a
        proposal by X'), and by a participle that brings it ('a resolution drafted by X')."""
        found = self._noun_holder(noun, self.lex.lemma(noun))
        found += [m for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and self.lex.lemma(c) in self.w.sponsoring for m in self._agent(c)]
        return list(dict.fromkeys(found))

    def _measure_says(self, noun: Token) -> list[tuple[str, list[int]]]:
        """The stances a measure states in the clause or phrase that describes it: 'condemning X', 'to impose
        sanctions on X', 'to include X as an observer', 'to extend the mandate of X', 'against X'."""
        found: list[tuple[str, list[int]]] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "against" and c.i == noun.i + 1:  # not "for it and 15 against it"
                found.append(("opposes", [m for o in c.children if o.dep_ == "pobj"
                                          for m in self.d.entities(o, fallback=False)]))
            if c.dep_ not in {"acl", "relcl"} or c.pos_ != "VERB" or self.polarity.own_negation(c):
                continue
            base = self.lex.lemma(c)
            if base in self.w.measure_admitting:
                found.append(("supports", self._targets([o for o in c.children if o.dep_ in {"dobj", "dative"}])))
            elif base in self.w.measure_prolonging:
                terms = [o for o in c.children if o.dep_ == "dobj" and self.lex.lemma(o) in self.w.measure_terms]
                found.append(("supports", [m for o in terms for m in self._possessor(o) or self._targets(
                    [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for x in p.children if x.dep_ == "pobj"])]))
            else:  # what the clause's own cues say, whoever they find holds them
                said = [(relation, targets) for relation, _, targets, _ in self._cues(c) if relation in STANCES]
                if not said and c.dep_ == "acl":  # silent under a refusal ('opposed a proposal to sanction X'):
                    said = [(relation, [m for o in self._objects(c, [*preps, *self._default_preps(relation)])
                                        for m in self.d.entities(o, fallback=False)])  # what its words name
                            for relation, preps in self.lex.verb_relations(c).items() if relation in STANCES]
                found += said
        return [(relation, targets) for relation, targets in found if targets]
