"""Acts whose patient goes unsaid: 'Britain, France and Germany moved to reimpose UN sanctions' in an article
about Iran; 'Russia rushed in to offer assistance' in one about Mali. The measure or the aid is aimed at the
article's main subject (`Discourse.topic`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SAID_PREPS = frozenset({"on", "against", "to", "for", "from", "towards", "toward", "over", "in", "at", "with"})


class UnsaidPatients:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`) it reads."""

    def _unsaid_patient(self, t: Token, relation: str) -> Iterator[tuple]:
        """A measure or aid carried out by a named holder, with no one named as its patient or beneficiary and
        no phrase that could name one: the article's main subject, unless the holder is that subject."""
        obj = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else t  # "a new round of sanctions"
        verb = obj.head
        if obj.dep_ != "dobj" or verb.pos_ != "VERB" or self.lex.lemma(verb) not in self.w.implicit_carriers:
            return
        if self.polarity.negated(verb) or self.polarity.refused(verb) or self.polarity.stopped(verb):
            return
        if any(c.dep_ in {"prep", "dative", "poss"} and (c.dep_ != "prep" or c.lower_ in SAID_PREPS)
               for head in {obj, t, verb} for c in head.children if c.i not in {t.i, obj.i}):
            return  # "sanctions on X", "aid to X", "offered X assistance", "its aid"
        if any(c.i in self.d.token_mention for c in obj.subtree if c.i != t.i and c.dep_ != "compound"):
            return  # "sanctions targeting X", "sanctions aimed at X"
        topic = self.d.topic
        holder = self.holder(verb)
        if topic is None or not holder.mentions:
            return
        own = {self.d.entity_key(m) for m in holder.mentions}
        if self.d.entity_key(topic) not in own:
            yield relation, holder, [topic], t.lower_
