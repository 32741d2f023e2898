"""Evaluations and relations named by nouns: 'X would be a legitimate target', 'views X as an ally',
'Qatar, a key US ally', 'X's rival', 'grateful to X'."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.discourse import REFLEXIVES
from nlp.holder import Holder, each_other, first_conjunct, is_passive, prep_objects, shared_prep_objects
from nlp.names import hyphen_prefix
from nlp.roles import is_leaning
from nlp.span_repair import OPENING_QUOTES

if TYPE_CHECKING:
    pass


MUTUAL = frozenset({"ally", "partner", "friend"})
FOES = frozenset({"enemy", "foe", "adversary", "opponent"})  # of the critics, those who are each other's
PARTITIVES = frozenset({"one", "some", "many", "two", "three", "several"})
MAX_SPEECH_CLIMB = 8


def adjective_of(adverb: str) -> str:
    """The adjective a manner adverb is made from: 'illegally' -> 'illegal', 'irresponsibly' -> 'irresponsible',
    'hastily' -> 'hasty'."""
    if adverb.endswith(("ably", "ibly")):
        return adverb[:-1] + "e"
    if adverb.endswith("ily") and len(adverb) > 5:
        return adverb[:-3] + "y"
    return adverb[:-2] if adverb.endswith("ly") else adverb


class Evaluations:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    def _relational(self, t: Token, kind: str) -> Iterator[tuple]:
        """'Qatar, a key US ally', 'X's backer Y', 'its paramilitary rival': relations named by a noun."""
        if self.polarity.negated(t) or any(self.lex.lemma(c) in self.w.not_stance for c in t.children
                                           if c.dep_ in {"amod", "compound"}):
            return  # "its second-largest trading partner" is no alliance
        copula = [c for c in t.head.children if c.dep_ == "advmod"] if t.dep_ in {"attr", "acomp"} else []
        if any(self._said_past(c) for c in [*t.children, *copula] if c.dep_ in {"amod", "advmod", "compound"}):
            return  # "X, once Y's largest ally", "a former ally", "X and Y were once allies": no longer
        first = t.head if t.dep_ == "conj" and t.head.pos_ == "NOUN" else t  # "X's supplier and strongest backer"
        owner = [m for c in {*t.children, *(c for c in first.children if c.dep_ == "poss")}
                 if c.dep_ in {"poss", "compound", "amod", "nmod"}
                 and hyphen_prefix(c.doc, c.i) != "non"  # "a major non-NATO ally" is no ally of NATO
                 for m in self._speaker_or_named(c, fallback=False)]
        # "'one of our closest allies,' X said": the speaker's
        owner += [m for p in t.children if p.dep_ == "prep" and p.lower_ in {"of", "to", "for"}
                  for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False) or (
                      self.events.antecedent(o) if kind == "critic" else [])]  # "critics of the decision": its maker's
        referent = self._referent(first)
        if any(self._first_person(c) for c in first.children if c.dep_ == "poss") and self._pronoun_described(first):
            return  # "'they are our partners,' X said": two guesses in a row, whose 'they' and whose 'our'
        owner = [m for m in owner if m not in referent]
        if not owner and t.tag_ in {"NNS", "NNPS"} and (kind == "rival" or self.lex.lemma(t) in MUTUAL | FOES):
            # "X and Y are close allies", "have emerged as bitter rivals": each toward the other
            yield from each_other("supports" if kind == "ally" else "opposes", list(dict.fromkeys(referent)),
                                  t.lower_)
            return
        if not owner or not referent:
            return
        if kind == "ally":
            yield "supports", Holder(tuple(owner)), referent, t.lower_
            if self.lex.lemma(t) in MUTUAL:  # "Russia's ally, China": allies back each other
                yield "supports", Holder(tuple(referent)), owner, t.lower_
        elif kind == "backer":
            yield "supports", Holder(tuple(referent)), owner, t.lower_
        elif kind == "critic":  # "X, a key critic of Y"
            yield "opposes", Holder(tuple(referent)), owner, t.lower_
        else:
            yield "opposes", Holder(tuple(owner)), referent, t.lower_
            yield "opposes", Holder(tuple(referent)), owner, t.lower_


    def _shared_view(self, t: Token) -> Iterator[tuple]:
        """'X shares the concerns of Y', 'echoed Y's criticism', 'shares the US view': X sides with Y."""
        if self.polarity.negated(t) or self.polarity.refused(t) or self.polarity.hypothetical(t):
            return
        views = [o for o in t.children if o.dep_ == "dobj" and self.lex.lemma(o) in self.w.shared_views]
        owners = [m for v in views for m in self._possessor(v) or [
            m for o in prep_objects(v, {"of"}) for m in self.d.entities(o, fallback=False)]
            or self.d.named_by_modifiers(v)]
        holder = self.holder(t)
        owners = [m for m in dict.fromkeys(owners) if m not in holder.mentions]
        if owners and holder.mentions:
            yield "supports", holder, owners, f"{t.lower_} {views[0].lower_}"

    def _said_past(self, word: Token) -> bool:
        """'once', 'former': a relation no longer held; not 'once again', 'once more'."""
        following = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
        return word.lower_ in self.w.past_relations and following not in {"again", "more"}

    def _pronoun_described(self, t: Token) -> bool:
        """'they are our partners': a describing noun whose copula's subject is a pronoun."""
        subject = self._subject(t.head) if t.dep_ in {"attr", "acomp"} else None
        return subject is not None and subject.pos_ == "PRON"

    def _name_after(self, t: Token) -> list[int]:
        """The name right after a describing noun, which it titles ('Y's top ally Z', 'its allies A and B')."""
        if t.i + 1 >= len(t.doc) or t.doc[t.i + 1].pos_ != "PROPN":
            return []
        name = t.doc[t.i + 1]
        return [m for x in (name, *name.conjuncts) for m in self.d.direct(x)]

    def _name_before_comma(self, t: Token) -> list[int]:
        """The name that ends right before the comma opening a describing noun's phrase ('X, Y's backer')."""
        comma = t.left_edge.i - (t.left_edge.text != ",")  # the comma may hang on the noun itself
        if comma < 1 or t.doc[comma].text != ",":
            return []
        m = self.d.token_mention.get(comma - 1)
        return [m] if m is not None and self.d.mentions[m].end == t.doc[comma - 1].idx + len(t.doc[comma - 1]) \
            else []

    def _referent(self, t: Token) -> list[int]:
        """What a describing noun describes: its apposition's head, the subject of 'is', the object of
        'sees X as', or the name it qualifies ('US ally Qatar')."""
        head = t.head
        if t.dep_ == "appos" or (t.dep_ == "compound" and head.i in self.d.token_mention):
            if head.i not in self.d.token_mention:
                return self.d.entities(head, fallback=False)
            if t.dep_ == "appos" and t.tag_ in {"NNS", "NNPS"}:  # "X and Y, Z's allies": both
                return [m for x in (head, *head.conjuncts) for m in self.d.direct(x)]
            return self.d.direct(head)
        if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PARTITIVES:
            return self._referent(head.head)  # "X has been one of Y's staunchest allies"
        if (t.dep_ in {"attr", "acomp"} or (t.dep_ == "pobj" and head.lower_ == "among")) \
                and self.lex.lemma(head.head if head.lower_ == "among" else head) in {"be", "become", "remain"}:
            head = head.head if head.lower_ == "among" else head  # "X is among Y's closest partners"
            subject = self._subject(head)
            return self.d.entities(subject, fallback=False) if subject is not None else []
        if t.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
            named = self._name_after(t)
            if named:  # "X called for action as even Y's top ally Z voiced ...": the parser hung 'as' on X's verb
                return named
            judged = [o for o in head.head.children if o.dep_ == "dobj" and o.lower_ not in REFLEXIVES]
            if judged:  # "sees X as an ally"; "established itself as an ally": the subject
                return [m for o in judged for m in self.d.entities(o, fallback=False)]
            subject = self._subject(head.head)  # "As Israel's primary ally, X said ..."
            return self.d.entities(subject, fallback=False) if subject is not None else []
        if t.dep_ in {"npadvmod", "appos", "dep"} and head.pos_ in {"VERB", "AUX"}:
            return self._name_before_comma(t)  # "turned on X, Y's main backer": the parser hung it on the verb
        for child in t.children:
            if child.dep_ == "appos":  # "US ally Israel and Sudan": one ally; "its allies, X and Y": both
                single = t.tag_ in {"NN", "NNP"} and child.i in self.d.token_mention
                return self.d.direct(child) if single else self.d.entities(child, fallback=False)
        return []


    def _as_evaluation(self, t: Token) -> Iterator[tuple]:
        """'views Qatar as an ally', 'condemned the strikes as a violation': the viewer's stance on X."""
        verb = t.head if t.head.lower_ != "as" else t.head.head  # "described X as all wrong": 'as' under 'wrong'
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head  # the parser may hang 'as' on the object: 'described the move as unjustified'
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and self.lex.lemma(verb.head.head) in self.w.describing:
            verb = verb.head.head  # or on the object's clause: 'described a plan to send X to Y as wrong'
        if verb.pos_ != "VERB" or self.lex.lemma(verb) not in self.w.describing:
            return
        words = {self.lex.lemma(t), *(self.lex.lemma(c) for c in t.children if c.dep_ in {"amod", "compound"})}
        words |= self._passed_on(t) | ({t.lower_} if t.tag_ == "VBG" else set())  # "as worrying", not "as worry"
        if words & self.w.eval_neg:
            relation = "opposes"
        elif words & self.w.eval_pos or self.w.relational.get(self.lex.lemma(t)) == "ally":
            relation = "supports"
        else:
            return
        if self.polarity.negated(verb) or self.polarity.negated(t):
            return
        objects = [o for o in verb.children if o.dep_ == "dobj"] or ([verb.head] if self._object_gap(verb) else [])
        # "a move Y described as hostile": the noun the clause describes
        objects += [a for o in objects for a in o.children if a.dep_ == "appos"]  # "described his wife, X, as Y"
        holder = self.holder(verb)
        judged, describers = self._passive_description(verb, t)
        if not objects and describers:  # "X is designated as a terrorist group by Y"
            objects, holder = judged, Holder(tuple(describers), self._reporter(verb))
        targets = [m for o in objects for m in self.events.pronoun_event(o)] or self._targets(
            [o for o in objects if o.lower_ not in {"it", "this", "that"}]) or [
            m for o in objects for m in self._act_authors(o)]  # "described the decision as regrettable"
        yield relation, holder, targets, f"{verb.lower_} as {t.lower_}"

    def _passive_description(self, verb: Token, t: Token) -> tuple[list[Token], list[int]]:
        """'X is considered a terrorist group by Y', 'X, listed as a threat by Y': what is described (the
        passive subject, or the noun a participle qualifies) and who describes it (the agent, which the
        parser often hangs on the describing noun; not the author of an act: 'a violation of X by Y')."""
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}
        if not (is_passive(verb) or participle):
            return [], []
        judged = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if participle else [])
        describers = self._agent(verb)
        if not describers and not prep_objects(t, {"of", "against", "on", "to"}):  # "a violation of X by Y": Y's act
            describers = [m for o in prep_objects(t, {"by"}) for m in self.d.entities(o, fallback=False)]
        return judged, describers


    def _branded(self, t: Token) -> Iterator[tuple]:
        """'what it described as Israeli aggression', 'called the accusations a US-inspired aggression': whoever
        names someone's act a wrong opposes its author."""
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN" and t.dep_ == "pobj":
            verb = verb.head  # the parser may hang 'as' on the object: 'described the blockade as aggression'
        if verb.pos_ != "VERB" or self.lex.lemma(verb) not in self.w.branding \
                or (t.dep_ != "pobj" and t.dep_ not in {"oprd", "attr", "dobj", "xcomp"}) \
                or (t.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i < t.i for c in verb.children)):
            return  # "condemned the aggression" is the verb's own cue; "called X a Y" names Y second
        if self.polarity.negated(verb) or self.polarity.negated(t):
            return
        holder = self.holder(verb)
        authors = self._noun_holder(t, self.lex.lemma(t)) or [
            m for c in t.children if c.dep_ == "amod" for m in self._hyphen_owner(c)] or [  # "US-inspired"
            m for o in verb.children if o.dep_ == "dobj" and o.i < t.i for m in self._act_authors(o)]
        authors = [m for m in authors if m not in holder.mentions]  # "described the Somali move as an attack"
        if authors and holder.mentions:
            yield "opposes", holder, authors, f"{verb.lower_} ... {t.lower_}"

    def _in_what(self, verb: Token) -> list[int]:
        """'X blocked the deal, in what Y called sabotage': the act 'what' stands for is the clause the phrase
        hangs on, so its actor is judged."""
        if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
            return []
        clause = verb.head.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
            clause = clause.head
        return list(self.holder(clause).mentions) if clause.pos_ in {"VERB", "AUX"} else []

    def _evaluation(self, t: Token) -> Iterator[tuple]:
        """'X would be a legitimate target', said by Y: Y opposes X; 'was unfortunate and irresponsible' judges
        by each word."""
        a = first_conjunct(t)
        # "called X's move a step back", the complement hung on the object
        head = a.head.head if a.dep_ == "npadvmod" and a.head.dep_ == "dobj" else self._apposed_verb(a) or a.head
        if self.lex.lemma(head) not in self.lex.evaluative_verbs and not self._presented(a):
            return
        if self.polarity.negated(head) or self.polarity.negated(t) or self.polarity.negated(a):
            return
        complement = a.dep_ in {"oprd", "xcomp", "npadvmod"} or self._small_clause(a) or head.i != a.head.i \
            or self._second_object(a)
        # "called X unfair"; "called X a killer", the complement parsed as X's apposition
        judged = [*(c for c in head.children if c.dep_ == "dobj" and c.i < a.i),
                  *(c for c in a.children if c.dep_ == "nsubj")] if complement else []
        if complement and not judged and (gap := next((x for x in (a, a.head) if x.head == head), None)) \
                and self._object_gap(head, gap):
            judged = [head.head]  # "a decision Y called illegal": the noun the clause describes
        holder = None
        if not judged and a.dep_ == "oprd":  # "X is considered a terrorist group by Y"
            judged, describers = self._passive_description(head, a)
            holder = Holder(tuple(describers), self._reporter(head)) if describers else None
            judged = judged if holder else []
        if judged and all(o.lower_ == "what" for o in judged) and (authors := self._in_what(head)):
            yield self._evaluative(t), holder or self.holder(head), authors, t.lower_
            return  # "X blocked the deal, in what Y called sabotage": X's act, judged by Y
        judged = judged or self._quoted_apart(a)
        judged = [self._extraposed(o, a) or self._participle_object(o, head) or o for o in judged]
        # "called it a disgrace that X hosts the summit"; "denounced X's strike, calling it a violation of ..."
        if judged:  # "calling the American actions illegal", "considers X a threat": X is judged, by the subject
            targets = [m for o in judged for m in (self._targets([o]) or self._act_authors(o))]
            if targets:
                yield self._evaluative(t), holder or self.holder(head), targets, t.lower_
            return
        subject = self._subject(head)
        if subject is not None and subject.lower_ == "it" and (clause := self._extraposed(subject, a)) is not None:
            subject = clause  # "it is unacceptable that X ...": X is judged
        elif subject is None or subject.lower_ in {"it", "there", "this", "that"}:
            return
        targets = self._agreement_parties(subject) or self.d.entities(subject, fallback=False)
        # "the Greece-Egypt agreement is null and void": its parties
        if not targets and subject.dep_ == "csubj" and subject.tag_ == "VBG":
            # "X's troops joining Y's war was an escalation": the gerund's subject is judged
            targets = [m for c in subject.children if c.dep_ in {"nsubj", "poss"}
                       for m in self.d.entities(c, agent=True)]
        if not targets and self.lex.lemma(subject) in self.w.event_nouns:
            # "Fiji's expulsion of the envoy was counterproductive": Fiji's, the possessor's before the object's;
            # "the deployment of X would be unacceptable", "X's involvement is an illegal act"
            targets = self._possessor(subject) or [m for o in prep_objects(subject, {"of"})
                                                   for m in self.d.entities(o, fallback=False)] or [
                m for c in subject.children if c.dep_ in {"amod", "compound"} for m in self.d.direct(c)]
            # "North Korean involvement in X is a grave threat": North Korea's
        if not targets and (self.lex.lemma(subject) in self.w.event_nouns or (
                subject.pos_ == "NOUN" and self.lex.lemma(subject) not in self.w.patients)):
            targets = self._possessor(subject) or self._made_by(subject) or [
                m for o in prep_objects(subject, {"by"}) for m in self.d.entities(o, fallback=False)]
            # "Iran's actions are completely unacceptable", "the remarks made by X were unacceptable", "offences
            # to Y by X are unacceptable"
        if not targets and self.events.kind(subject) is not None:
            targets = self._noun_holder(subject, self.lex.lemma(subject))
            # "the decision by X to ... was a step in the right direction"; not a bare "this action", whose
            # author is often the other side's
        if not targets and (self.events.kind(subject) not in {None, "act"}
                            or self.lex.lemma(subject) in self.events.specific.get("act", ())):
            targets = self.events.antecedent(subject)  # "the NATO strike ... Y said the attack was unacceptable";
            # "the ruling was impossible": a ruling named before by its own word, not any act ('this action')
        if not targets or self._own_loss(t, targets):
            return
        while head.dep_ == "conj" and self._subject(head.head) is not None:
            head = head.head  # "said X was in danger and Y had been right to": not X's judgement of Y
        holder = self.holder(head, skip_own_subject=True)
        yield self._evaluative(t), holder, targets, t.lower_

    @staticmethod
    def _participle_object(judged: Token, verb: Token) -> Token | None:
        """'denounced X's targeting of Y, calling it a violation of Z': the 'it' of a participle that follows a
        verb's object is that object."""
        if judged.lower_ not in {"it", "them"} or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
            return None
        return next((o for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i), None)

    def _extraposed(self, judged: Token, t: Token) -> Token | None:
        """'called it a disgrace that X is hosting the summit', 'finds it unacceptable that X ...': an 'it'
        standing for a that-clause judges the clause's subject (however the clause is hung)."""
        if judged.lower_ != "it":
            return None
        clause = next((c for c in (*t.children, *t.head.children) if c.dep_ in {"relcl", "ccomp", "acl", "advcl"}
                       and c.i > t.i and c.left_edge.lower_ == "that"), None)
        return self._subject(clause) if clause is not None else None

    def _own_loss(self, t: Token, authors: list[int]) -> bool:
        """'X's withdrawal was a setback for X': a loss its author suffers judges no one."""
        suffering = [m for o in prep_objects(t, {"to", "for"}) for m in self.d.entities(o, fallback=False)]
        return any(self._same_entity(m, a) for m in suffering for a in authors)

    def _conduct(self, t: Token) -> Iterator[tuple]:
        """'Y said X acted illegally', 'X behaved irresponsibly, Y said': the speaker judges the doer; so does a
        wrong manner of any act Y reports ('Y said X had illegitimately occupied its office'), not of one done to X
        ('X was unfairly targeted')."""
        verb = t.head
        if t.dep_ != "advmod" or verb.pos_ != "VERB" or self.polarity.negated(verb):
            return
        adjective = adjective_of(t.lower_)
        relation = "opposes" if adjective in self.w.eval_neg else "supports" if adjective in self.w.eval_pos else None
        if self.lex.lemma(verb) not in self.w.conduct_verbs and (relation != "opposes" or is_passive(verb)):
            return
        subject = self._subject(verb)
        if relation is None or subject is None:
            return
        targets = self.d.entities(subject, agent=True)  # "Russian officials acted illegally"
        holder = self.holder(verb, skip_own_subject=True)
        if targets and holder.mentions:
            yield relation, holder, targets, f"{verb.lower_} {t.lower_}"

    def _toned_remark(self, t: Token) -> Iterator[tuple]:
        """'critical Italian comments toward X's government', 'Y made hostile remarks about X', 'warm words for X':
        the remark's maker (its possessor or national adjective, else whoever made or voiced it) takes that side
        on whom it is about."""
        tones = {self.w.remark_tones.get(c.lower_) for c in t.children if c.dep_ == "amod"} - {None}
        if len(tones) != 1 or self.polarity.negated(t):
            return
        targets = self._targets(prep_objects(t, self.w.remark_preps))
        makers = [m for m in self._noun_holder(t, self.lex.lemma(t)) if m not in targets]
        if not makers and t.dep_ == "dobj" and self.lex.lemma(t.head) in self.w.voicing \
                and not self.polarity.negated(t.head):
            makers = [m for m in self.holder(t.head).mentions if m not in targets]
        if makers and targets:
            yield tones.pop(), Holder(tuple(makers)), targets, t.lower_

    def _evaluative(self, t: Token) -> str | None:
        """'unacceptable', 'a legitimate target', 'a clear illegal act', 'a step in the right direction': the
        relation an evaluation expresses."""
        words = {t.lower_, self.lex.lemma(t), *(self.lex.lemma(c) for c in t.children if c.dep_ == "amod")}
        words |= self._passed_on(t)
        if words & self.w.eval_neg:
            return "opposes"
        verb = self._apposed_verb(t) or (t.head.head if t.dep_ == "npadvmod" and t.head.dep_ == "dobj"
                                         else t.head)
        if self.lex.lemma(t) in self.w.declared_winners and self.lex.lemma(verb) in self.w.recognising:
            return "supports"  # "declared X the winner": X is backed; not "X was the winner", a fact told
        if words & self.w.eval_pos:
            return "supports"
        if t.pos_ == "ADJ" and t.lower_ in self.w.judged_acts and any(
                c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children):
            return self.w.judged_acts[t.lower_]  # "X was right to speak out"
        text = f" {' '.join(w.lower_ for w in t.subtree)} "
        return next((relation for relation, phrases in self.w.eval_phrases.items()
                     if any(f" {p} " in text for p in phrases)), None)

    def _passed_on(self, t: Token) -> set[str]:
        """'an instrument of neo-colonial oppression', 'a tool of repression': the words of the 'of' phrase a
        vehicle noun passes its judgement on from."""
        if self.lex.lemma(t) not in self.w.vehicles:
            return set()
        return {self.lex.lemma(w) for o in prep_objects(t, {"of"}) for w in (o, *o.children) if w.dep_ in {
            "pobj", "amod", "compound"}}

    def _misparsed_complement(self, t: Token) -> bool:
        """'called X's decision a step in the right direction', the complement parsed as an adverbial noun; 'Y
        considers X a threat', parsed as a verbless clause; 'called the Dutch "Nazi remnants"', parsed as one object."""
        verb = t.head.head if t.head.dep_ == "dobj" else t.head
        return (t.dep_ == "npadvmod" and t.pos_ == "NOUN" and self.lex.lemma(verb) in self.lex.evaluative_verbs
                and any(c.dep_ == "dobj" and c.i < t.i for c in verb.children)) or self._small_clause(t) \
            or self._apposed_verb(t) is not None or bool(self._quoted_apart(t)) or self._second_object(t)

    def _second_object(self, t: Token) -> bool:
        """'designated X a sponsor of terrorism', 'called X a threat' parsed as two objects: the second is the
        complement."""
        return t.dep_ == "dobj" and t.pos_ == "NOUN" and self.lex.lemma(t.head) in self.lex.evaluative_verbs \
            and any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children)

    def _quoted_apart(self, t: Token) -> list[Token]:
        """'called the Dutch "Nazi remnants"', parsed as one object: the names before the opening quotation mark are
        the object judged, the quoted words the judgement."""
        if t.dep_ != "dobj" or self.lex.lemma(t.head) not in self.lex.evaluative_verbs:
            return []
        quote = next((c for c in t.children if c.i < t.i and c.text in OPENING_QUOTES), None)
        if quote is None:
            return []
        return [c for c in t.children if c.i < quote.i and c.i in self.d.token_mention]

    def _apposed_verb(self, t: Token) -> Token | None:
        """'called his counterpart X a "terrorist killer"': a complement the parser hung as an apposition of the
        object, with no comma before it, under a verb of judging; that verb."""
        if t.dep_ != "appos" or t.left_edge.i == 0 or self.d.doc[t.left_edge.i - 1].text in {",", "(", "-", "—", "–"}:
            return None
        node = t.head
        while node.dep_ == "appos" and node.head.i != node.i:
            node = node.head
        verb = node.head
        return verb if node.dep_ == "dobj" and self.lex.lemma(verb) in self.lex.evaluative_verbs else None

    def _presented(self, t: Token) -> bool:
        """'X poses a grave threat', 'X's move represents a step forward': a judgement as a verb's object."""
        return t.dep_ == "dobj" and t.pos_ == "NOUN" and self.lex.lemma(t.head) in self.w.presenting

    def _small_clause(self, t: Token) -> bool:
        """'Y considers X a threat', 'declared X illegitimate' parsed with X as the subject of a verbless clause
        headed by 'threat' or 'illegitimate'."""
        return t.dep_ == "ccomp" and t.pos_ in {"NOUN", "ADJ"} and self.lex.lemma(t.head) in self.lex.evaluative_verbs \
            and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) \
            and not any(c.dep_ in {"aux", "auxpass", "cop"} for c in t.children)


    def _failing(self, t: Token) -> Iterator[tuple]:
        """'highlighted ECOWAS's failure to support us', 'pointed out X's inability to aid them', 'decried the
        failure of X to act': whoever points to X's failure faults X."""
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if t.dep_ not in {"dobj", "pobj"} or verb.pos_ != "VERB" or self._phrasal(verb, self.w.faulting) \
                not in self.w.faulting or self.polarity.negated(verb) or self.polarity.hypothetical(verb):
            return
        owners = self._noun_holder(t, self.lex.lemma(t))  # "X's failure", "the failure by X"
        owners += [m for o in prep_objects(t, {"of"}) for m in self.d.entities(o, fallback=False)]
        holder = self.holder(verb)
        owners = [m for m in owners if m not in holder.mentions and self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        if owners:
            yield "opposes", holder, owners, t.lower_

    def _misconduct(self, t: Token) -> Iterator[tuple]:
        """'X warned that Russia's recklessness could lead to war', '"Israeli aggression must end," X said':
        whoever speaks of someone's misconduct faults them. Not the narrator's own words, not a denial ('X
        rejected claims of Russian aggression'), not a clause whose subject is someone else ('X said Y condemned
        Russian aggression' is Y's stance, told by X)."""
        if t.i in self.d.token_mention or self.polarity.negated(t):
            return
        base = self.lex.lemma(t)
        owners = self._traveller(t) if base in self.w.courses else self._noun_holder(t, base) or (
            [] if base in self.d.victim_nouns else [
                m for o in shared_prep_objects(t, {"of", "from"}) if o.i > t.i
                for m in self.d.entities(o, fallback=False)])  # "the lies of X", "pressure and interference from X"
        owners = [m for m in owners if self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        if not owners:
            return
        found = self._speaker_above(t)
        if found is None:
            return
        speech, others = found
        others = [m for m in others if m not in owners]  # "Y said X took the wrong path": X takes it, Y judges
        if speech is not None:
            holder = self.holder(speech)
        else:
            speakers = self._quoted_speaker(t)
            holder = Holder(tuple(speakers), speakers[0] if speakers else None)
        if not holder.mentions or any(not any(self._same_entity(m, h) for h in holder.mentions) for m in others):
            return
        owners = [m for m in owners if not any(self._same_entity(m, h) for h in holder.mentions)]
        if owners:
            yield "opposes", holder, owners, f"{speech.lower_ if speech is not None else 'said'} ... {t.lower_}"

    def _traveller(self, t: Token) -> list[int]:
        """Who takes a course: the subject of the verb it is the object of ('took a dangerous path') or that goes
        'down', 'on' or 'along' it ('are traveling further down the wrong path', 'is on the wrong track')."""
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ in {"prep", "advmod"} else t.head
        if t.dep_ not in {"dobj", "pobj", "attr"} or verb.pos_ not in {"VERB", "AUX"}:
            return []
        return [m for s in verb.children if s.dep_ == "nsubj" for m in self.d.entities(s, agent=True)]

    def _speaker_above(self, t: Token) -> tuple[Token | None, list[int]] | None:
        """The speech verb whose words hold token t (None inside a quotation with no verb above it), and who the
        subjects of the clauses between are; None where a denial or a negation comes between."""
        node, others = t, []
        for _ in range(MAX_SPEECH_CLIMB):
            if node.head is node:
                break
            child, node = node, node.head
            if node.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = self.lex.lemma(node)
            if lemma in self.polarity.denial_verbs or self.polarity.negated(node):
                return None
            if lemma in self.lex.speech or lemma in self.lex.warning:
                return node, others
            subject = self._subject(node)
            if subject is not None and subject is not child:
                others += self.d.entities(subject, agent=True)
        return (None, others) if self.d.quote_of(t) is not None else None

    def _adjective(self, t: Token, frames: dict[str, list[str]]) -> Iterator[tuple]:
        """'We are grateful to X', 'X is opposed to Y', 'critical of Y'; read as a passive verb, 'X was angered
        by Y's decision': the one who feels it."""
        if self.polarity.negated(t) or self.polarity.refused(t):
            return
        passive = t.pos_ == "VERB" and is_passive(t)  # not "was concerned about X", a participle as adjective
        for relation, preps in frames.items():
            objects = sorted([*prep_objects(t, preps), *(  # "grateful to X and to Y"
                c for p in t.children if passive and p.dep_ == "agent" and p.lower_ in preps
                for c in p.children if c.dep_ == "pobj")]) or self._construed(t, preps)
            # "opposed to what it sees as X's move"
            if relation == "opposes" and (t.lower_ in self.w.worrying or self.lex.lemma(t) in self.w.worrying):
                objects = self._not_reported(objects)  # "concerned by these reports"
            targets = self._targets(objects) or [  # "disappointed by the decision by X to ...": X
                m for o in objects if self.events.kind(o) is not None for m in self._act_authors(o)]
            if not targets:
                continue
            feeling = [m for c in t.children if c.dep_ == "nsubjpass"  # "'we are angered by X,' Y said": Y
                       for m in self._speaker_or_named(c, agent=True)]
            felt = passive and any(c.dep_ == "nsubjpass" for c in t.children)  # not "X is opposed to Y" with X
            holder = Holder(tuple(feeling), self._reporter(t)) if felt else self.holder(t)  # hung on the 'is'
            yield relation, holder, [m for m in targets if m not in holder.mentions], t.lower_

    def _feeling_caused(self, t: Token) -> Iterator[tuple]:
        """'X's move angered Y', 'the decision irked Y', 'X's actions left Y frustrated': Y, who feels it, holds
        the stance toward whoever caused it (the passive, 'Y was angered by X', is an adjective's)."""
        if is_passive(t) or self.polarity.negated(t) or self.polarity.hypothetical(t):
            return
        relation = self.w.feeling_caused.get(self.lex.lemma(t))
        if relation is None:  # "left Y frustrated": the feeling is the adjective's
            felt = [c for c in t.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.i > t.i]
            relation = next((r for c in felt for r in self.w.adjectives.get(c.lower_, {})
                             if r in {"opposes", "supports"}), None)
        subject = self._subject(t)
        if relation is None or subject is None:
            return
        feeling = [m for o in t.children if o.dep_ == "dobj" for m in self._speaker_or_named(o, agent=True)]
        causers = [m for m in self._targets([subject]) if m not in feeling]
        if feeling and causers:
            yield relation, Holder(tuple(feeling), self._reporter(t)), causers, t.lower_

    def _leaning(self, t: Token) -> Iterator[tuple]:
        """'pro-China leader X', 'the anti-Russian president X': X supports or opposes the named side."""
        relation = is_leaning(self.d.doc, t.i)
        if relation is None or t.i not in self.d.token_mention:
            return
        side = self.d.token_mention[t.i]
        node = t.head
        while node.i in self.d.token_mention and self.d.token_mention[node.i] == side and node.head != node:
            node = node.head
        while node.dep_ in {"compound", "amod"} and not self.d.direct(node) and node.head != node:
            node = node.head
        holders = [m for m in self.d.direct(node) if m != side]
        if not holders and self.lex.lemma(node) in self.w.stance_holding:  # "her pro-Taiwan stance", "X's
            holders = [m for c in node.children if c.dep_ == "poss"  # anti-Western policies": the owner's
                       for m in self.d.entities(c, fallback=False, agent=True) if m != side]
        cue = f"{self.d.doc[t.i - 2].lower_}-{t.text}"
        if holders:
            yield relation, Holder(tuple(holders)), [side], cue
            return
        verb = node.head if node.dep_ == "dobj" else node.head.head if node.dep_ == "pobj" and node.head.lower_ in {
            "in", "into"} else None  # "joined the anti-ISIS coalition", "took part in the anti-Houthi campaign"
        if verb is not None and self.lex.lemma(verb) in self.w.joining | self.w.partaking and not (
                self.polarity.negated(verb) or self.polarity.refused(verb) or self.polarity.hypothetical(verb)):
            holder = self.holder(verb)
            if holder.mentions and side not in holder.mentions:
                yield relation, holder, [side], cue

