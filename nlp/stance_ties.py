"""Giving and ties: 'sent tanks to X' (a delivery of arms or aid supports its recipient), 'cut diplomatic ties
with X' (ending relations opposes X), 'restored ties with X' (supports X), 'the breaking of relations with X'."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from nlp.gazetteer import ACCORD, kind_of
from nlp.holder import Holder, each_other, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


class Ties:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    def _at_request(self, t: Token) -> Iterator[tuple]:
        """'sent troops at the request of X', 'intervened at X's request', 'deployed forces in response to a request
        by X': help sent at someone's request backs them (not when it is refused or only considered)."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        asked = [o for o in prep_objects(t, {"at", "upon", "on", "after"}) if self.lex.lemma(o) in self.w.requests]
        asked += [o for r in prep_objects(t, {"in"}) if self.lex.lemma(r) == "response"
                  for o in prep_objects(r, {"to"}) if self.lex.lemma(o) in self.w.requests]
        askers = [c for o in asked for c in o.children if c.dep_ == "poss"]
        askers += [x for o in asked for x in prep_objects(o, {"of", "by", "from"})]
        holder = self.holder(t)
        targets = [m for m in self._targets(askers) if self.d._kind(m) in {"STATE", "ORG", "PERSON"}
                   and m not in holder.mentions]
        if targets and holder.mentions:
            yield "supports", holder, targets, t.lower_

    def _invited_in(self, t: Token) -> Iterator[tuple]:
        """'X invited in the CSTO to combat protests', 'X invited Russian troops to help restore order': inviting
        someone in, or to help, fight or keep order, backs them; not an invitation to talks, nor one denied or only
        supposed."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t) or is_passive(t):
            return
        right_in = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == t.i + 1]
        let_in = right_in or any(c.dep_ == "prt" and c.lower_ == "in" for c in t.children)  # parsed as 'in X'
        helping = [x for x in t.children if x.dep_ in {"xcomp", "advcl"} and (
            self.lex.lemma(x) in self.w.invited_to or any(
                g.dep_ == "xcomp" and self.lex.lemma(g) in self.w.invited_to for g in x.children))]
        if not let_in and not helping:
            return
        holder = self.holder(t)
        invited = [o for o in t.children if o.dep_ == "dobj"] or [o for p in right_in for o in p.children
                                                                  if o.dep_ == "pobj"]
        targets = [m for m in self._targets(invited)
                   if self.d._kind(m) in {"STATE", "ORG"} and m not in holder.mentions]
        if targets and holder.mentions:
            yield "supports", holder, targets, t.lower_

    def _sent_to_help(self, t: Token) -> Iterator[tuple]:
        """'sent troops to X to help counter the rebels', 'deployed forces in X to assist': troops sent to a
        place to help back the state or body there. Not when the help has an object of its own ('to help the
        separatists': that one is helped, if anyone), nor when the sending is denied or only supposed."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        sent = [o for o in t.children if o.dep_ in {"dobj", "nsubjpass"}]
        if not any(self.lex.lemma(o) in self.w.military_nouns for o in sent):
            return
        unnamed_help = [c for c in t.children if c.dep_ in {"advcl", "xcomp"} and self.lex.lemma(c) in self.w.helping
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        and not any(o.dep_ in {"dobj", "dative", "ccomp"} for o in c.children)]
        if not unnamed_help:  # "to help counter X" helps those it is sent to; "to help the separatists" does not
            return
        places = [o for p in t.children if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "into", "in"}
                  for o in p.children if o.dep_ == "pobj"]
        holder = self.holder(t)
        targets = [m for m in self._targets(places) if self.d._kind(m) in {"STATE", "ORG"}
                   and not any(self._same_entity(m, h) for h in holder.mentions)]
        if targets and holder.mentions:
            yield "supports", holder, targets, t.lower_

    def _delivery(self, t: Token) -> Iterator[tuple]:
        """'will send Leopard tanks to Ukraine', 'shipped aid to X', 'gave X weapons': the recipient is supported."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.stopped(t):
            return
        objects = [o for o in t.children if o.dep_ == "dobj"]
        if not any(self._materiel(o) for o in objects):
            return
        recipients = [c for c in t.children if c.dep_ == "dative" and c.i < min(o.i for o in objects)
                      and c.lower_ not in {"to", "for"}] + [
            o for head in (t, *objects) for p in head.children
            if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "for"} for o in p.children if o.dep_ == "pobj"]
        targets = [m for m in self._targets(recipients) if self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        if targets:
            yield "supports", self.holder(t), targets, t.lower_

    def _materiel(self, noun: Token) -> bool:
        """Arms or aid, named by the noun or a word before it ('Leopard 2 tanks', 'military aid')."""
        words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
        return any(self.lex.lemma(w) in self.w.materiel and self.lex.lemma(w) not in self.w.participation_objects
                   for w in words)

    def _ties(self, t: Token, relation: str) -> Iterator[tuple]:
        """'cut diplomatic ties with X', 'restored relations with X'; 'X and Y agreed to restore ties': each
        with the other."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        bonds = self.w.tie_nouns | (self._ended_bonds(t) if relation == "opposes" else frozenset())
        ties = [o for d in t.children if d.dep_ in {"dobj", "nsubjpass"} for o in (d, *d.conjuncts)
                if self.lex.lemma(o) in bonds and o.i not in self.d.token_mention]  # "scrapped its defence pact
        # with X", "suspended its aid and cooperation with X"; a named accord is one
        if not ties and t.dep_ == "acl" and self.lex.lemma(t.head) in self.w.tie_nouns:
            ties = [t.head]
        if not ties:
            return  # a named accord ended by a verb is read by accord_verbs ("moved to abrogate the accord")
        withs = self._with_phrases(t, ties)
        if not withs and t.dep_ == "advcl" and t.tag_ == "VBG":  # "escalated a crisis with X, cutting ties":
            withs = self._with_phrases(t.head, [o for o in t.head.children if o.dep_ == "dobj"])  # with X
        targets = self._targets([o for p in withs for o in p.children if o.dep_ == "pobj"])
        holder = self.holder(t)
        if relation == "opposes":  # "cancelled DP World's contract": whoever holds it
            targets += [m for m in self._holders_of(ties) if m not in holder.mentions and m not in targets]
        if targets:
            yield relation, holder, targets, t.lower_
        elif not withs and self._two_named(t, holder):  # "Iran and Saudi Arabia agreed to restore ties": each other
            yield from each_other(relation, list(holder.mentions), t.lower_)

    def _switched(self, t: Token) -> Iterator[tuple]:
        """'switched diplomatic recognition from X to Y', 'shifted its allegiance to Y': against X, for Y."""
        moved = [o for o in t.children if o.dep_ == "dobj" and self.lex.lemma(o) in self.w.switched]
        if not moved or self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        holder = self.holder(t)
        heads = [t, *moved, *(p for h in (t, *moved) for p in h.children if p.dep_ == "prep")]  # "its allegiance
        # to Y"; "to Y" hung on "from X"
        for prep, relation in (("from", "opposes"), ("to", "supports")):
            named = [o for head in heads for o in prep_objects(head, {prep})]
            targets = [m for m in self._targets(named) if m not in holder.mentions]
            if targets:
                yield relation, holder, targets, t.lower_

    def _two_named(self, t: Token, holder: Holder) -> bool:
        """Ties among the holders themselves need two parties named in the clause: 'Iran and Saudi Arabia restored
        ties'; not three or more ('X, Y and Z cut ties' is with someone else), nor a pronoun ('They cut ties')."""
        subject = self._subject(t)
        return len(holder.mentions) == 2 and not (subject is not None and subject.tag_ == "PRP")

    def _tie_event(self, t: Token, relation: str) -> Iterator[tuple]:
        """'announced the breaking of diplomatic relations with X': the announcer's; 'condemned Y's severing of
        ties with X', 'Djibouti's cancellation of DP World's contract': the possessor's, whoever tells of it."""
        bonds = self.w.tie_nouns | (self.w.contracts if relation == "opposes" else frozenset())
        ties = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj" and self.lex.lemma(o) in bonds]
        enders = [m for c in t.children if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)] \
            if ties and not self.polarity.negated(t) else []
        governor = self._governing_verb(t)
        if not enders and (governor is None or self.polarity.negated(governor) or self.polarity.refused(governor)
                           or self._framing(governor, t)):
            return
        if not ties:
            yield from self._accord_ended(t, relation, governor)
            return
        targets = self._targets([o for p in self._with_phrases(t, ties) for o in p.children if o.dep_ == "pobj"])
        holder = Holder(tuple(enders)) if enders else self.holder(governor)
        if relation == "opposes":
            targets += [m for m in self._holders_of(ties) if m not in holder.mentions and m not in targets]
        if targets:
            yield relation, holder, targets, t.lower_

    def _accord_ended(self, t: Token, relation: str, governor: Token) -> Iterator[tuple]:
        """'ordered the abrogation of the defence pact', 'announced the termination of the X Agreement': whoever
        ends an accord opposes it."""
        accords = [m for o in prep_objects(t, {"of"}) for m in self.d.entities(o, fallback=False)
                   if kind_of(self.d.mentions[m].kb_id) == ACCORD]
        holder = self.holder(governor)
        if relation == "opposes" and accords and holder.mentions:
            yield relation, holder, accords, t.lower_

    def _ended_bonds(self, t: Token) -> frozenset[str]:
        """What ending besides ties opposes the partner: an unnamed agreement ('scrapped its pact with X'), and a
        contract when the verb ends one rather than puts it under review ('cancelled X's contract')."""
        ending = self.lex.lemma(t) in self.polarity.support_ending
        return self.w.agreements | (self.w.contracts if ending else frozenset())

    def _holders_of(self, ties: list[Token]) -> list[int]:
        """Who holds a contract ended, by its possessor: 'DP World's contract'."""
        return [m for tie in ties if self.lex.lemma(tie) in self.w.contracts for c in tie.children
                if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)]

    @staticmethod
    def _with_phrases(t: Token, ties: list[Token]) -> list[Token]:
        """The 'with' phrases of a verb and its tie nouns, also of nouns joined to them ('cut relations and all
        contacts with X')."""
        heads = [t, *ties, *(c for tie in ties for c in tie.conjuncts)]
        return [p for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ == "with"]
