"""Rights granted in speech: 'X has the right to defend itself', Y said, is Y backing X."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from nlp.discourse import REFLEXIVES

if TYPE_CHECKING:
    from spacy.tokens import Token

OWN_WORDS = REFLEXIVES | {"its", "their", "his", "her"}


class Rights:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`) it reads."""

    def _right_upheld(self, t: Token) -> Iterator[tuple]:
        """'X has the right to defend itself', 'X, like every country, has a right to defend its territory':
        whoever says so backs X; not 'has no right to', nor a right to defend someone else."""
        have = t.head
        if t.dep_ != "dobj" or self.lex.lemma(have) != "have" or self.polarity.negated(have) \
                or any(c.lower_ == "no" for c in t.children):
            return
        acts = [c for c in t.children if c.dep_ in {"acl", "relcl"} and self.lex.lemma(c) in self.w.self_defence
                and any(a.lower_ == "to" for a in c.children)]
        if not acts or not all(self._own_object(act) for act in acts):
            return
        holders = [m for s in have.children if s.dep_ == "nsubj" for m in self.d.entities(s, agent=True)]
        sayer = self.holder(have, skip_own_subject=True)
        holders = [m for m in holders if not self._of_own_side(sayer, m)]  # "Israel has the right to ...", said
        # by Israel's prime minister: its own side's claim
        if holders and sayer.mentions:
            yield "supports", sayer, holders, t.lower_

    @staticmethod
    def _own_object(act: Token) -> bool:
        """Whether what the act defends is its holder's own: 'itself', 'its territory', or nothing named."""
        objects = [c for c in act.children if c.dep_ == "dobj"]
        return all(o.lower_ in OWN_WORDS or any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in o.children)
                   for o in objects)
