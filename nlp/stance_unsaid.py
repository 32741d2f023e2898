"""Acts whose patient goes unsaid: 'Britain, France and Germany moved to reimpose UN sanctions' in an article
about Iran; 'Britain, France and China offered assistance' in one about Nigeria; 'Ecuador and Bolivia also
recalled their top diplomats' in one about Brazil. The measure, the aid or the protest is aimed at the article's
main subject (`Discourse.topic`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nlp.holder import Holder

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
        holder = self.holder(verb)
        patient = self._main_subject_besides(holder)
        if patient:
            yield relation, holder, patient, t.lower_

    def _main_subject_besides(self, holder: Holder) -> list[int]:
        """The article's main subject when a named holder is not it, as the patient of the holder's act."""
        topic = self.d.topic
        if topic is None or not holder.mentions or self.d.entity_key(topic) in {
                self.d.entity_key(m) for m in holder.mentions}:
            return []
        return [topic]

    def _prompter(self, t: Token, holder: Holder) -> list[int]:
        """Whose act prompted this one: 'X recognised Y, prompting Z to recall its envoys' -> X; 'the move by X
        triggered Z to ...' is left to the reactions rule."""
        trigger = t.head
        if t.dep_ != "xcomp" or self.lex.lemma(trigger) not in self.w.triggers \
                or trigger.dep_ not in {"advcl", "conj"} or trigger.tag_ != "VBG":
            return []
        return [m for m in self.holder(trigger.head).mentions if m not in holder.mentions]

