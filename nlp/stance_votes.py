"""Votes and sides: 'voted against X', 'voted in favour of the tariffs proposed by X', 'voted for sanctions on X';
sides said with a copula or an absolute 'with': 'X is against Y', '..., with X and Y against Z'."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from nlp.gazetteer import ACCORD, kind_of
from nlp.holder import Holder, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token


BALLOT_DEPS = frozenset({"dobj", "advmod", "intj", "oprd", "attr", "npadvmod"})  # "voted no", "voting 'yes'"
VOTE_WINDOW = 4  # sentences back to the vote whose measure a bare 'voted against' refers to


class Votes:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    def _vote(self, t: Token) -> Iterator[tuple]:
        """A vote for or against a person, a body, or a measure (then its author): the voter's stance. A vote
        for a measure against someone ('sanctions on X') is a stance against them too."""
        if self.polarity.negated(t):
            return
        bare = self._bare_vote(t)
        if bare:  # "those who voted in favour", "joined X in voting against": the measure voted on before
            yield from self._earlier_measure(t, bare)
            return
        for relation, ballot in self._ballots(t):
            measure = self._measure_pronoun(ballot)  # "supported the move while X voted against it": the move's
            if measure is not None:
                targets = measure
            else:  # "voted against it and Iraq abstained", parsed with Iraq joined to 'it': the pronoun alone
                named = self.d.pronoun(ballot) if ballot.pos_ == "PRON" else self.d.entities(ballot, fallback=False)
                targets = named or self._measure_authors(ballot)
            if targets:
                yield relation, self.holder(t), targets, f"voted {'for' if relation == 'supports' else 'against'}"
            elif relation == "supports" and self.lex.lemma(ballot) in self.lex.nouns:
                for inner, holder, aimed, _ in self._noun(ballot, self.lex.lemma(ballot),
                                                          self.lex.nouns[self.lex.lemma(ballot)]):
                    if inner == "opposes" and not holder.mentions:
                        yield inner, self.holder(t), aimed, "voted for"

    def _vote_noun(self, t: Token) -> Iterator[tuple]:
        """'X's vote against Y', 'their vote in favour of Y', 'the vote by X for the resolution': the voters'."""
        if self.polarity.negated(t) or self.polarity.hypothetical(t):
            return
        voters = self._noun_holder(t, self.lex.lemma(t))
        if not voters:
            return
        for relation, ballot in self._ballots(t):
            named = self.d.entities(ballot, fallback=False) or self._measure_authors(ballot)
            targets = [m for m in named if m not in voters]
            if targets:
                yield relation, Holder(tuple(voters)), targets, f"vote {'for' if relation == 'supports' else 'against'}"

    def _bare_vote(self, t: Token) -> str:
        """'voted in favour', 'voted against' with nothing after, 'voted no': 'supports' or 'opposes'; '' otherwise."""
        ballot = next((c for c in t.children if c.dep_ in BALLOT_DEPS and c.lower_ in self.w.ballot_words
                       and not any(c.children)), None)
        if ballot is not None:
            return self.w.ballot_words[ballot.lower_]
        for p in (c for c in t.children if c.dep_ in {"prep", "prt", "advmod"}):
            objects = [o for o in p.children if o.dep_ == "pobj"]
            if p.lower_ == "against" and not objects:
                return "opposes"
            if p.lower_ == "in" and objects and all(o.lower_ in {"favour", "favor"} and not any(
                    q.dep_ == "prep" for q in o.children) for o in objects):
                return "supports"
        return ""

    def _earlier_measure(self, t: Token, side: str) -> Iterator[tuple]:
        """The last vote named before, within a few sentences, on a measure that backs or opposes someone ('voted to
        admit X'): voting for it takes its stance; voting against a measure that backs X opposes X. With no such
        vote, voters named ('X vetoed the resolution, while Y voted against') vote on the last measure named (a
        resolution, a referendum, a named accord); not voters guessed from 'two members voted against'."""
        d = self.d
        here = d.sent_of_token[t.i]
        measure = None
        for earlier in reversed(d.doc[:t.i]):
            if here - d.sent_of_token[earlier.i] > VOTE_WINDOW:
                break
            m = d.token_mention.get(earlier.i)
            if measure is None and m is not None and kind_of(d.mentions[m].kb_id) == ACCORD:
                measure = m
            if self.lex.lemma(earlier) != "vote" or earlier.pos_ != "VERB":
                continue
            for clause in (c for c in earlier.children if c.dep_ == "xcomp"):
                for relation, _, targets, _ in self._cues(clause):
                    if relation not in {"supports", "opposes"} or not targets:
                        continue
                    if side == "supports":
                        yield relation, self.holder(t), targets, "voted in favour"
                    elif relation == "supports":  # against admitting X: against X; against sanctioning X: unsaid
                        yield "opposes", self.holder(t), targets, "voted against"
                return
        subject = d.subject_of(t)
        named = (subject is not None and subject.i in d.token_mention) or (
            t.dep_ in {"relcl", "acl"} and bool(self._listed(t)))  # "Among those that voted against were X"
        if measure is not None and named:
            yield side, self.holder(t), [measure], "voted in favour" if side == "supports" else "voted against"

    def _in_favour(self, t: Token) -> Iterator[tuple]:
        """'cut ties with X in favour of Y', 'ruled in favour of Y', 'stepped aside in favour of Y': whoever acts
        for Y's sake backs Y (a vote's own 'in favour of' is the ballot's, read by `_vote`). Said of the subject
        by a copula, 'X is in favour of Y's membership' and 'X was against the readmission of Y' are X's stance."""
        copula = self.lex.lemma(t) in self.w.copulas and any(c.dep_ == "nsubj" for c in t.children)
        sides = [(relation, x) for relation, x in self._ballots(t)
                 if (relation == "supports" and x.head.lower_ == "of") or (copula and relation == "opposes")]
        if not sides or self.polarity.negated(t) or self.polarity.hypothetical(t):
            return
        if is_passive(t) and not self._agent(t):
            return  # "X said the vote was rigged in favour of Y": done by no one named, not X's act
        holder = self.holder(t)
        for relation in ("supports", "opposes"):
            objects = [x for side, x in sides if side == relation]
            found = self._targets(objects) if copula else [
                m for x in objects for m in self.d.entities(x, fallback=False)]
            targets = [m for m in found if m not in holder.mentions]
            if targets and holder.mentions:
                yield relation, holder, targets, "in favour of" if relation == "supports" else "against"

    def _sides_taken(self, t: Token) -> Iterator[tuple]:
        """An absolute 'with' after a comma: '..., with X and Y against the readmission of Z' or '..., with
        most of them in favour of Z' says where X and Y stand."""
        if t.i == 0 or self.d.doc[t.i - 1].text != ",":
            return  # (the clause's verb does not negate it: "the talks ended, with X against Y")
        for o in (c for c in t.children if c.dep_ == "pobj" and not any(
                g.dep_ in {"neg", "det"} and g.lower_ in self.polarity.negations for g in c.children)):
            holders = self.d.entities(o, agent=True)
            preps = [c for c in o.children if c.dep_ == "prep"] + [  # or hung on the clause's verb right after
                c for c in t.head.children if c.dep_ == "prep" and c.i == o.right_edge.i + 1]
            sides = list(self._ballot_preps(preps))
            for relation in ("supports", "opposes"):
                targets = [m for m in self._targets([x for side, x in sides if side == relation
                                                     and (side == "opposes" or x.head.lower_ == "of")])
                           if m not in holders]
                if holders and targets:
                    yield relation, Holder(tuple(holders)), targets, "in favour of" if relation == "supports" \
                        else "against"

    def _ballots(self, t: Token) -> Iterator[tuple[str, Token]]:
        yield from self._ballot_preps(c for c in t.children if c.dep_ == "prep")

    @staticmethod
    def _ballot_preps(preps: Iterable[Token]) -> Iterator[tuple[str, Token]]:
        for p in preps:
            objects = [o for o in p.children if o.dep_ == "pobj"]
            if p.lower_ == "against":
                yield from (("opposes", o) for o in objects)
            elif p.lower_ == "for":
                yield from (("supports", o) for o in objects)
            elif p.lower_ == "in":  # "in favour of X"
                yield from (("supports", x) for o in objects if o.lower_ in {"favour", "favor"}
                            for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                            for x in q.children if x.dep_ == "pobj")

    def _measure_authors(self, ballot: Token) -> list[int]:
        """Who proposed what is voted on: 'the tariffs proposed by X', 'X's resolution'; 'them' after it."""
        return self._act_authors(ballot) or self.events.pronoun_event(ballot) or self._named_before(ballot)

    def _named_before(self, noun: Token) -> list[int]:
        """'voted in favour of tariffs' after 'the tariffs proposed by X': the same measure, X's."""
        lemma = self.lex.lemma(noun)
        if lemma not in self.w.measures:
            return []
        for earlier in reversed(self.d.doc[:noun.i]):
            if earlier.pos_ == "NOUN" and self.lex.lemma(earlier) == lemma:
                authors = self._act_authors(earlier)
                if authors:
                    return authors
        return []

    def _measure_pronoun(self, pronoun: Token) -> list[int] | None:
        """'voted against them': the measure named before in the sentence, and its authors if known; 'X tabled a
        resolution. Y voted against it': the resolution, a measure of its own named in this sentence or the one
        before (None when no measure is named, so the pronoun is read as a name)."""
        if pronoun.lower_ not in {"them", "it"}:
            return None
        d = self.d
        start = d.sent_start(pronoun.i)
        for token in self._tokens_before(pronoun, back=1):
            m = d.token_mention.get(token.i)
            if m is not None and pronoun.lower_ == "it" and kind_of(d.mentions[m].kb_id) == ACCORD:
                return [m]
            if token.i >= start and token.pos_ == "NOUN" and m is None and self.lex.lemma(token) in self.w.measures:
                return self._act_authors(token) or self._named_before(token)
        return None
