"""Noun cues: nouns of stance with their arguments ('Israeli strikes on X', 'sanctions against Y',
'support for X from Y'), reactions and retaliations, and who owns an act."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.gazetteer import ACCORD, kind_of
from nlp.holder import (
    Holder,
    act_agents,
    each_other,
    for_clause,
    is_passive,
    participles,
    prep_objects,
    shared_prep_objects,
)
from nlp.names import hyphened_before
from nlp.polarity import ancestors

if TYPE_CHECKING:
    pass


BACKDROP_PREPS = frozenset({"after", "before", "since", "following", "during", "until", "amid", "amidst"})
TOPIC_PREPS = frozenset({"on", "over", "in"})  # "cooperation on climate change with X": what a bond is about


LEADING = frozenset({"propose", "lead", "head", "spearhead", "orchestrate"})


class NounCues:
    """Mixed into nlp.stance.StanceRules, whose state (`d`, `lex`, `w`, `polarity`, `events`) it reads."""

    @staticmethod
    def _own(noun: Token) -> bool:
        """'X retains its support for Y': the holder's own stance, not one received ('received its arms from Y')."""
        return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children) and not any(
            p.dep_ == "prep" and p.lower_ == "from" for p in (*noun.children, *noun.head.children))

    def _noun(self, t: Token, base: str, frames: dict[str, list[str]]) -> Iterator[tuple]:
        """Nouns of stance with their arguments: 'sanctions on X', 'Israeli strikes on X', 'support for X from Y',
        'X's invasion of Y', 'strikes by X on Y'."""
        if self.polarity.negated(t) or self._relieved(t):
            return
        governor = self._governing_verb(t)
        if governor is not None and t.dep_ == "dobj" and t.head.i == governor.i and self.lex.lemma(governor) in \
                self.w.answering and (base in self.w.objections or base in self.w.reactions):
            return  # "addressing concerns about X": someone else's concerns, answered
        if base in self.w.threats and self._countered(t, governor):
            return  # "combat the threat posed to X": a threat fought, not one made (nlp.stance_nouns._posers)
        if governor is not None and t.dep_ == "dobj" and self.lex.lemma(governor) in self.w.receiving \
                and base in self.w.materiel and not self._own(t):
            return  # "received the backing of X": X's support for the receiver (nlp.stance_verbs._received)
        if "supports" in frames and governor is not None and t.dep_ == "pobj" and t.head.lower_ in {"with", "under"} \
                and base in self.w.with_givers and t.head.head.i == governor.i and not self._noun_holder(t, base):
            backers = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
            if backers:  # "filed its case with the support of X": X backs whoever filed it
                yield "supports", Holder(tuple(backers)), self._backed_subject(governor), t.lower_
                return
        givers = self._givers(t, base)
        for relation, preps in frames.items():
            if relation == "supports" and self._ended_bond(t):
                continue
            if relation == "supports" and givers:
                preps = [p for p in preps if p != "of"]  # "needs the support of X": X would give it
            if relation == "supports" and governor is not None and t.dep_ in {"dobj", "nsubjpass"} \
                    and self._withholding(governor):
                continue  # "aid to X was suspended", "restricted arms exports to X": withheld (nlp.stance_verbs)
            objects = prep_objects(t, preps) + self._hung_on_author(t, preps) + self._hung_on_topic(t, preps) \
                + self._hung_on_display(t, preps)
            if relation == "opposes" and base in self.w.worrying:
                objects = self._not_reported(objects)
            if relation == "opposes" and base in self.w.retaliations:
                objects = [o for o in objects if o.pos_ != "NOUN" or self._act_noun(o)]
                # "in response to X's attack" answers X; "in response to an NBC News report" answers no one
            targets = self._targets(objects)
            if not targets and relation == "supports":
                targets = self._framework(objects)
            if relation == "opposes" and base in self.w.countering and self._threatening(objects):
                targets = self._posers(objects)  # "the fight against the threat of X": X; not "posed to Y"
            if not targets and t.dep_ == "pobj" and t.head.lower_ == "including" and t.head.head.pos_ == "NOUN":
                outer = t.head.head  # "support for X, including backing from Y": Y's backing is for X too
                outer_preps = self.lex.nouns.get(self.lex.lemma(outer), {}).get(relation)
                targets = self._targets(prep_objects(outer, outer_preps)) if outer_preps else []
            if not targets and t.dep_ == "conj" and t.head.pos_ == "NOUN":
                # "X's build-up and aggression toward Y": the parser hung the last conjunct's phrase on the first
                targets = self._targets(shared_prep_objects(t, preps))
            if not targets and relation == "opposes":
                targets = self._aimed_at(t) or self._placed_under(t, base)  # "sanctions aimed at X"
            if not targets and relation in {"opposes", "supports"}:  # "opposition to the plan by X": X's act
                targets = [m for o in objects if o.pos_ == "NOUN" and self.events.kind(o) for m in self._act_authors(o)]
            if not targets:  # "tariffs proposed by X to be imposed on Y", "sanctions imposed on Y"
                targets = self._targets(self._on_participles(t, preps))
            if not targets and governor is not None and self._verb_object(t, governor):
                # the phrase may hang on the verb: "put pressure on X", "pledged aid for X"; not across it from a
                # frame before it ("In response, X sent arms to Y": Y is the verb's, no one the response answers)
                targets = self._targets([c for p in governor.children if p.dep_ in {"prep", "dative"}
                                         and p.lower_ in preps and p.i > t.i for c in p.children if c.dep_ == "pobj"])
            if not targets and relation == "opposes" and (base in self.w.reactions or base in self.w.objections):
                hung = [c for p in governor.children if p.dep_ == "prep" and p.lower_ in preps and p.i > t.i
                        for c in p.children if c.dep_ == "pobj"] \
                    if governor is not None and self._verb_object(t, governor) else []
                targets = [m for o in [*objects, *hung] for x in (o, *o.conjuncts) if x.pos_ == "NOUN"
                           for m in self._fielded_by(x)]
                # "concern over the deployment of US missiles": the deployer
            if not targets and relation == "opposes" and base in self.w.attack_nouns:
                targets = self._casualties(t) or self._located_in(t)  # "its attack at an airfield in Russia"
            if not targets and relation == "opposes" and base in self.w.located_attacks:
                targets = [m for o in [*objects, *self._on_participles(t, preps)]
                           for m in self._located_in(o, own=True)]
                # "operations (begun by Y) against targets in X"
            approving = relation == "supports" and base in self.w.approving_reactions
            if not targets and ((relation == "opposes" and base in self.w.reactions) or approving):
                targets = self._provoker(t, governor)  # "the strikes drew condemnation from X", "drew praise"
            conceded = not targets and relation == "opposes" and self._conceded(t, governor)
            if conceded:
                targets = self._overruled(governor)  # "X sent troops despite objections from Y"
            if not targets and relation == "opposes" and base in self.w.retaliations:
                yield from self._retaliation(t, governor)  # "X vowed retaliation" after Y struck X
                continue
            if not targets and relation == "supports" and t.dep_ == "pobj" and t.head.lower_ in {"with", "under"} \
                    and governor is not None:
                targets = self._backed_subject(governor)  # "X was formed with Y's support"
            if relation == "participates_in":
                targets = [m for m in targets if m in self.force_mentions]  # "the launch of the operation"
            if not targets:
                continue
            owner = [m for m in [*self._noun_holder(t, base), *givers] if m not in targets] or [
                m for p in t.children if conceded and p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
            # "over the objections of X": X objected
            if not owner and (base in self.w.reactions or approving) and governor is not None:  # "drew ... from X"
                owner = [m for p in governor.children if p.dep_ == "prep" and p.lower_ == "from"
                         for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
            if owner and relation == "supports" and (refuser := self.polarity.refuser(t)) is not None \
                    and set(owner) & set(self.holder(refuser).mentions):
                continue  # "X refused to renew its agreement with Y": X's own support, withheld
            if owner:
                holder = Holder(tuple(owner))
                if governor is not None and t.dep_ == "dobj" and self.lex.lemma(governor) in self.w.carrying \
                        and not self.polarity.negated(governor) and not self.polarity.hypothetical(governor):
                    # "X reimposed UN sanctions on Y": the body's measure, and X's act
                    holder = Holder(tuple(dict.fromkeys([*owner, *self.holder(governor).mentions])))
                joiners = [m for m in self._joiners(t, governor) if m not in owner and m not in targets]
                if joiners:  # "X joined Y's sanctions on Z", "X's troops joining Y's invasion of Z": X's act too
                    holder = Holder(tuple(dict.fromkeys([*owner, *joiners])))
                    if relation == "opposes" and (base in self.w.conflicts or self.events.kind(t) == "attack"):
                        yield "supports", Holder(tuple(joiners)), owner, governor.lower_  # fights at Y's side
            elif conceded:
                continue  # "despite objections": whose objections is not said
            else:
                if governor is None or self.polarity.negated(governor) or self.polarity.refused(t) \
                        or (self._framing(governor, t) and not self.claimed(t, governor)) \
                        or self._described(t) or self._backdrop(t, governor) or self._responded_to(t, governor) \
                        or any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in t.children):
                    continue  # "threats to X" as a mere topic, denied, named as what something is, a time, or an
                    # act the governor's subject answers; "over the country's supply of drones to X": an owner
                    # that is not found is still no one else's
                holder = self.holder(governor)
                if t.dep_ == "pobj" and t.head.lower_ == "in" and self.lex.lemma(governor) in self.w.joining:
                    joined = [m for o in governor.children if o.dep_ == "dobj" for m in self.d.entities(o)]
                    holder = Holder(tuple(dict.fromkeys([*holder.mentions, *joined])), holder.speaker)
                    # "X joined Y in the recognition of Z": Y recognises Z too
                elif t.dep_ == "pobj" and t.head.lower_ == "in" and self.lex.lemma(t) in self.w.conflicts \
                        and "supports" in self.lex.verb_relations(governor):
                    backed = [m for o in governor.children if o.dep_ == "dobj" for m in self.d.entities(o)]
                    holder = Holder(tuple(dict.fromkeys([*holder.mentions, *backed])), holder.speaker)
                    # "backed Riyadh in a war against the Houthis": Riyadh wages it too
            yield relation, holder, targets, t.lower_


    def _joiners(self, t: Token, governor: Token | None) -> list[int]:
        """Who joins an act another owns: 'X joined Y's war', 'X took part in Y's offensive'; not if X refused."""
        if governor is None or self.polarity.negated(governor) or self.polarity.refused(governor) \
                or self.polarity.hypothetical(governor):
            return []
        base = self.lex.lemma(governor)
        joined = (t.dep_ == "dobj" and t.head.i == governor.i and base in self.w.joining) or (
            t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i == governor.i and base in self.w.partaking)
        return list(self.holder(governor).mentions) if joined else []

    def _givers(self, t: Token, base: str) -> list[int]:
        """'the support of X', 'the full backing of X' with no owner before the noun: X gives it. Not 'in
        support of X', 'its support of X', 'continued support of X' (no article), 'the American backing of X'."""
        if base not in self.w.giver_nouns or (t.dep_ == "pobj" and t.head.lower_ == "in") \
                or not any(c.dep_ == "det" and c.lower_ in {"the", "a"} for c in t.children) \
                or any(c.dep_ in {"poss", "compound", "nmod"} or self.d.entities(c, fallback=False)
                       for c in t.children if c.dep_ not in {"det", "prep", "punct"}):
            return []
        return [m for o in prep_objects(t, {"of"}) for m in self.d.entities(o, agent=True)]

    def _conceded(self, t: Token, governor: Token | None) -> bool:
        """Whether a noun of objection names what an act went ahead against ('despite objections from X', 'over
        the protests of X')."""
        return governor is not None and t.dep_ == "pobj" and t.head.head.i == governor.i \
            and t.head.lower_ in self.w.concessive_preps and self.lex.lemma(t) in self.w.objections

    def _overruled(self, governor: Token) -> list[int]:
        """Who went ahead: the subject of the act ('X sent troops despite ...'), or what was done in the passive
        ('the treaty was signed over ...')."""
        if is_passive(governor):
            return self._agent(governor) or self._targets([c for c in governor.children if c.dep_ == "nsubjpass"])
        return list(self.holder(governor).mentions)

    def _noun_holder(self, t: Token, base: str) -> list[int]:
        """Who holds a noun of stance: 'Russia's', 'Israeli', 'EU' before it; 'by X' after it; 'from X' for
        support, criticism and the like."""
        if makers := self.d.coup_makers(t):
            return makers  # "the coup against X", "Niger's coup against X": its makers', not the state's
        found: list[int] = []
        for c in t.children:
            if c.dep_ == "poss" and self._first_person(c):
                found += self._quoted_speaker(c)  # "'Our support for X is ironclad,' Y said": the speaker's
            elif c.dep_ in {"poss", "compound", "amod", "nmod"}:
                found += self.d.entities(c, fallback=False) or (
                    self.d.entities(c, agent=True) if c.dep_ == "poss" else [])  # "the Defence Ministry's support"
                found += [m for g in hyphened_before(c, frozenset({"-", "–"}))
                          for m in self.d.entities(g, fallback=False)]  # "the US-UK strikes": both
            elif c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and base in self.w.from_holders)):
                found += [m for o in c.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
            elif c.dep_ == "acl" and c.tag_ == "VBN" and self.lex.lemma(c) in LEADING:
                found += self._agent(c)  # "a mutiny led by X"
        found += self._made_by(t)  # "the tariffs proposed by X", "sanctions imposed by X"
        if not found and self._act_noun(t):
            found = [m for b in act_agents(t) for m in self.d.entities(b, agent=True)]
            # "the seizure of two vessels by Iranian forces": the act's 'by X', which the parser hangs on its object
        patient = t.head.dep_ == "pobj" and t.head.head.lower_ == "of" and self._act_noun(t.head.head.head)
        # "the expulsion of Russian diplomats and sanctions against X": the diplomats suffer an act; no holder
        if not found and t.dep_ == "conj" and t.head.pos_ == "NOUN" and not patient:
            found = [m for c in t.head.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i < t.head.i
                     for m in self.d.entities(c, fallback=False)]  # "X's build-up and aggression": X's too
        verb = t.head
        if not found and t.dep_ == "dobj" and verb.pos_ == "VERB" and not is_passive(verb):
            found = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" and p.i == t.right_edge.i + 1
                     for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
            # "condemned the exercise by X": the parser hangs the act's 'by X' on the active verb
        act = t.head.head
        if not found and t.dep_ == "pobj" and t.head.lower_ == "of" and act.pos_ == "NOUN" \
                and self.lex.lemma(act) in self.w.carrying_nouns and not self.polarity.negated(act):
            found = self._noun_holder(act, self.lex.lemma(act))  # "X's imposition of sanctions on Y"
        if not found and t.dep_ == "pobj" and t.head.lower_ in {"of", "in"} and act.pos_ == "NOUN" \
                and self._inner_act(act) == t:
            found = self._noun_holder(act, self.lex.lemma(act))  # "a surge in violence by X", "X's wave of attacks"
        return list(dict.fromkeys(found))


    def _made_by(self, t: Token) -> list[int]:
        """Who made, took, imposed or voiced what a noun names, by a participle after it: 'the comments made by
        X', 'the measures imposed by X'."""
        return [m for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and self.lex.lemma(c) in self.w.carrying
                for m in self._agent(c)]

    def _ended_bond(self, t: Token) -> bool:
        """'the suspension of its strategic partnership with X', 'X has broken its agreement with Y': a bond ended
        backs no one (the ending opposes X, nlp.stance_ties); so does 'the agreements between X and Y are
        suspended'."""
        if t.dep_ in {"dobj", "nsubjpass"} and self.w.tie_verbs.get(self.lex.lemma(t.head)) == "opposes":
            return True
        return t.dep_ == "pobj" and t.head.lower_ == "of" \
            and self.w.tie_events.get(self.lex.lemma(t.head.head)) == "opposes"

    def _bond(self, t: Token) -> Iterator[tuple]:
        """'a close relationship with X', 'closer alliances with X': a warm bond supports X; 'the close
        cooperation between X and Y': each supports the other. A word before a list qualifies every noun of it
        ('closer military and diplomatic ties', where the parser took 'military' for the noun)."""
        qualified = [t, t.head] if t.dep_ == "conj" and t.head.i < t.i else [t]
        if self._ended_bond(t):
            return
        if any(self.lex.named(c, self.w.warm) for n in qualified for c in n.children
               if c.dep_ in {"amod", "advmod"} and c.i < n.i):
            yield from self._noun(t, self.lex.lemma(t), {"supports": ["with"]})
            yield from self._between(t, "supports", named=True)  # not "between the two countries"

    def _conflict_between(self, t: Token) -> Iterator[tuple]:
        """'fighting between X and Y', 'clashes between X and Y': each opposes the other."""
        yield from self._between(t, "opposes")
        yield from self._conflict_with(t)

    def _conflict_with(self, t: Token) -> Iterator[tuple]:
        """'X's conflict / feud / war with Y': each opposes the other; 'X's battle against Y': X opposes Y. Not
        'X's war in Y' (a place). 'X ended its war with Y' says there was one."""
        if self.polarity.negated(t, ending=False):
            return
        owners = [m for c in t.children if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)]
        if not owners:
            return
        base = self.lex.lemma(t)
        listed = self.lex.nouns.get(base, {}).get("opposes", [])  # what nlp.stance_nouns._noun already reads
        for p in (c for c in t.children if c.dep_ == "prep"):
            mutual = p.lower_ == "with" and base in self.w.mutual_conflicts
            if not mutual and not (p.lower_ in self.w.one_sided_preps and base in self.w.one_sided):
                continue
            others = [m for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)
                      if m not in owners]
            if not others:
                continue
            if p.lower_ not in listed:
                yield "opposes", Holder(tuple(owners)), others, t.lower_
            if mutual:
                yield "opposes", Holder(tuple(others)), owners, t.lower_

    def _countered(self, t: Token, governor: Token | None) -> bool:
        """Whether a verb or noun of fighting governs t ('to counter the threat', 'the fight against the threat')."""
        if t.dep_ == "pobj" and self.lex.lemma(t.head.head) in self.w.countering:
            return True
        return governor is not None and t.dep_ == "dobj" and self.lex.lemma(governor) in self.w.countering

    def _threatening(self, tokens: list[Token]) -> bool:
        """Whether a threat that no name stands for is among `tokens` ('the threat', not 'the Iranian threat')."""
        return any(t.i not in self.d.token_mention and self.lex.lemma(t) in self.w.threats for t in tokens)

    def _posers(self, tokens: list[Token]) -> list[int]:
        """Who poses a threat named in `tokens`: 'the threat posed by X', 'the danger from X', 'the menace of X',
        'X's threat', 'the threat X poses'; not 'the threat posed to X' nor 'the threat of sanctions'."""
        found: list[int] = []
        for tok in tokens:
            if tok.i in self.d.token_mention or self.lex.lemma(tok) not in self.w.threats:
                continue
            for c in tok.children:
                if c.dep_ == "poss":
                    found += self.d.entities(c, fallback=False)
                elif c.dep_ == "prep" and c.lower_ in {"from", "of"}:
                    found += [m for o in c.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)]
                elif c.dep_ == "acl" and self.lex.lemma(c) in self.w.posing:
                    found += self._agent(c)
                elif c.dep_ == "relcl" and self.lex.lemma(c) in self.w.posing:
                    found += [m for x in c.children if x.dep_ == "nsubj" for m in self.d.entities(x, agent=True)]
        return list(dict.fromkeys(found))

    def _between(self, t: Token, relation: str, *, named: bool = False) -> Iterator[tuple]:
        """Each side of 'a <noun> between X and Y' holds `relation` to the other; with `named`, only sides named
        there ('between Beijing and Moscow'), not a group told by number ('between the two countries'). Ending a
        conflict says there is one ('a deal to end the war between X and Y')."""
        if self.polarity.negated(t, ending=relation != "opposes"):
            return
        holders = [t, t.head] if t.dep_ in {"nsubj", "nsubjpass"} else [t]  # "fighting erupted between X and Y"
        holders += [o for o in t.head.children if o.dep_ == "dobj" and o.lower_ == "place"] if len(holders) > 1 \
            else []  # "clashes took place between X and Y"
        pobjs = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
                 for o in p.children if o.dep_ == "pobj"]
        sides = [m for o in pobjs for x in (o, *o.conjuncts) for m in self.d.direct(x)] if named else [
            m for o in pobjs for m in self.d.entities(o, agent=True)]
        yield from each_other(relation, sides, t.lower_)

    def _agreement_with(self, t: Token) -> Iterator[tuple]:
        """'signed an agreement with X': support, unless it only ends hostilities ('a ceasefire deal with X')."""
        if self._ended_bond(t):
            return
        words = {self.lex.lemma(c) for c in t.children if c.dep_ in {"amod", "compound"}}
        named = t.i in self.d.token_mention and kind_of(self.d.mentions[self.d.token_mention[t.i]].kb_id) == ACCORD
        if words & self.w.not_agreements or (t.i in self.d.token_mention and not named):
            return  # "a Comprehensive Strategic Partnership agreement with China" is still one with China
        if named:  # "signed the Abraham Accords with X": the signer backs X (the accord itself is no holder)
            governor = self._governing_verb(t)
            partners = self._targets([o for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                                      for o in p.children if o.dep_ == "pobj"])
            found = [("supports", self.holder(governor), partners, t.lower_)] if partners and governor is not None \
                and not self.polarity.negated(governor) else []
        else:
            found = list(self._noun(t, self.lex.lemma(t), {"supports": ["with"]}))
        yield from found
        if not found:
            yield from self._signed_together(t)
        elif self._signed(t):  # "X signed a pact with Y": Y signed it too, and backs X
            for _, holder, partners, cue in found:
                yield "supports", Holder(tuple(partners)), [m for m in holder.mentions if m not in partners], cue

    def _signed(self, t: Token) -> bool:
        """Whether an agreement is the object of its signing ('signed a pact with X'), not only sought or denied."""
        governor = self._governing_verb(t)
        return governor is not None and t.dep_ == "dobj" and t.head.i == governor.i \
            and self.lex.lemma(governor) in self.w.signing | self.w.reaching \
            and not self.polarity.negated(governor) and not self._only_sought(governor)

    def _signed_together(self, t: Token) -> Iterator[tuple]:
        """'an agreement that Saudi Arabia and Pakistan signed', 'X and Y signed a pact', 'X and Y reached a deal',
        'a pact between X and Y': each party supports the other."""
        signing = self.w.signing | self.w.reaching
        signers = [m for c in t.children if c.dep_ in {"relcl", "acl"} and self.lex.lemma(c) in signing
                   and not self.polarity.negated(c) for s in c.children if s.dep_ in {"nsubj", "agent"}
                   for m in (self.d.entities(s, agent=True) if s.dep_ == "nsubj" else self._agent(c))]
        governor = self._governing_verb(t)
        if not signers and governor is not None and t.dep_ == "dobj" and self.lex.lemma(governor) in signing \
                and not self.polarity.negated(governor) and not self._only_sought(governor):
            signers = list(self.holder(governor).mentions)
        if not signers:
            signers = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "between"
                       for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o)]
        signers = [m for m in dict.fromkeys(signers) if self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        yield from each_other("supports", signers, t.lower_)

    def _formed_together(self, t: Token) -> Iterator[tuple]:
        """'X, Y and Z formed a new alliance', 'X formed a bloc with Y': those who form an alliance together back
        each other."""
        governor = self._governing_verb(t)
        if governor is None or t.dep_ != "dobj" or t.head.i != governor.i \
                or self._phrasal(governor, self.w.body_founding) not in self.w.body_founding \
                or self.polarity.negated(governor) or self.polarity.hypothetical(governor):
            return
        partners = self._targets([o for p in (*t.children, *governor.children) if p.dep_ == "prep"
                                  and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"])
        sides = [m for m in dict.fromkeys([*self.holder(governor).mentions, *partners])
                 if self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
        yield from each_other("supports", sides, t.lower_)

    def _bloc_against(self, t: Token) -> Iterator[tuple]:
        """'their alliance against X', 'formed a coalition against X': its members oppose X."""
        foes = self._targets(prep_objects(t, {"against"}))
        if not foes or self.polarity.negated(t) or self.polarity.hypothetical(t):
            return
        members = self._noun_holder(t, self.lex.lemma(t))
        governor = self._governing_verb(t)
        if not members and governor is not None and t.dep_ == "dobj" and t.head.i == governor.i \
                and not self.polarity.negated(governor) and not self.polarity.hypothetical(governor):
            members = list(self.holder(governor).mentions)  # "X and Y formed (stressed) an alliance against Z"
        members = [m for m in members if m not in foes]
        if members:
            yield "opposes", Holder(tuple(members)), foes, t.lower_

    def _only_sought(self, verb: Token) -> bool:
        """A deal only sought ('negotiating to reach an agreement', 'failed to reach a deal', 'will strike a
        deal'): not reached. Signing verbs keep their own reading ('plans to sign the accord')."""
        return self.lex.lemma(verb) in self.w.reaching and (
            verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"} or self.polarity.stopped(verb))

    def _supply(self, t: Token) -> Iterator[tuple]:
        """'arms sales to X', 'weapons deliveries for X': support when a weapon or aid word qualifies them."""
        if self._qualified_supply(t):
            yield from self._noun(t, self.lex.lemma(t), {"supports": ["to", "for"]})

    def _qualified_supply(self, t: Token, qualifiers: frozenset[str] | None = None) -> bool:
        """A sale, delivery or payment that a weapon or aid word qualifies ('arms exports', 'aid payments'), or
        one of `qualifiers` ('gas supplies')."""
        words = self.w.supply_qualifiers if qualifiers is None else qualifiers
        if any(c.dep_ in {"compound", "amod", "nmod"} and self.lex.lemma(c) in words for c in t.children):
            return True
        goods = self.w.armaments if qualifiers is None else qualifiers  # "the delivery of Eurofighter jets to X",
        # "the export of some drone technology", "halted the supply of gas"
        objects = prep_objects(t, {"of"})
        objects += [x for o in objects if self.lex.lemma(o) in self.d.quantity_nouns or o.like_num
                    for x in prep_objects(o, {"of"})]  # "the sale of thousands of missiles"
        return any(self.lex.lemma(x) in goods for o in objects
                   for x in (o, *(c for c in o.children if c.dep_ in {"compound", "amod", "nmod"})))


    def _located_in(self, t: Token, *, own: bool = False) -> list[int]:
        """The state where an attack's place lies: 'attack at Engels airfield in Russia' -> Russia; with
        `own`, the place is t itself: 'struck nine sites in Pakistan'."""
        places = [c for p in t.children if p.dep_ == "prep" and p.lower_ in self.w.locative_preps
                  for c in p.children if c.dep_ == "pobj"]
        if own:
            if any(self.lex.lemma(c) in self.w.nonstate_targets or (c.text[:1].isupper() and c.i not in
                   self.d.token_mention) for c in t.children if c.dep_ in {"amod", "compound", "nmod"}):
                return []  # "Kurdish militant targets in Syria" are no attack on Syria
            places = [t]
        places += [c for c in t.children if c.dep_ == "appos"]  # the parser's reading of "attack at X"
        places = [c for c in places if self.lex.lemma(c) not in self.w.nonstate_targets]  # "rebels in Mali"
        for place in places:
            for inner in (c for c in place.children if c.dep_ == "prep" and c.lower_ == "in"):
                # "in Pakistan and Pakistan-administered Kashmir": every state named in the place
                found = [m for o in inner.children if o.dep_ == "pobj" for w in o.subtree
                         if w.i in self.d.token_mention for m in [self.d.token_mention[w.i]]
                         if self.d._kind(m) == "STATE"]
                if found:
                    return list(dict.fromkeys(found))
        return []


    def _relieved(self, t: Token) -> bool:
        """'ease sanctions on X', 'the lifting of sanctions on X', 'called for sanctions on X to be lifted':
        handled as relief, not as pressure."""
        lifting = for_clause(t)
        if lifting is not None and self.lex.lemma(lifting) in self.lex.relief_verbs:
            return True
        for node in ancestors(t, 3):
            if self.lex.lemma(node) in self.w.relief_nouns or self.lex.lemma(node) in self.lex.relief_verbs:
                return True
            if node.dep_ not in {"prep", "pobj", "dobj", "nsubjpass"} and node.pos_ != "ADP":
                return False
        return False


    def claimed(self, t: Token, governor: Token) -> bool:
        """Whether the governing verb owns up to the act: 'claimed responsibility for the attack', 'claimed it'."""
        verb = self.lex.lemma(governor)
        if t.dep_ == "dobj" and t.head.i == governor.i:
            return verb in self.w.claiming_direct
        return (t.dep_ == "pobj" and t.head.lower_ == "for" and self.lex.lemma(t.head.head) in self.w.claim_nouns
                and t.head.head.head.i == governor.i and verb in self.w.claiming)

    def _framing(self, governor: Token, t: Token) -> bool:
        """Whether the verb names what something is ('called it aggression'), not what its subject asks for
        ('called for closer ties with X', 'called for sanctions on X')."""
        return self.lex.lemma(governor) in self.w.framing and not (
            t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.i == governor.i)

    @staticmethod
    def _verb_object(t: Token, governor: Token) -> bool:
        """Whether t is an object after its verb or a noun joined to one ('announced visa bans and sanctions against
        X'), so that the verb's phrases after it may be its own; not a frame before the verb ('In response, ...')."""
        joined = t.dep_ == "conj" and t.head.dep_ in {"dobj", "pobj"}
        return t.i > governor.i and (t.dep_ in {"dobj", "pobj"} or joined)

    def _responded_to(self, t: Token, governor: Token) -> bool:
        """'X says it is responding to attacks on Y', 'X cut ties in response to strikes on Y': the act is one X
        answers, someone else's."""
        node = t
        while node.i != governor.i and node.head.i != node.i:
            if node.dep_ == "pobj" and node.head.lower_ in self.w.responding_preps \
                    and self.lex.lemma(node.head.head) in self.w.responding:
                return True
            node = node.head
        return False

    def _governing_verb(self, t: Token) -> Token | None:
        """The verb a noun cue is the object of ('announced aid for X', 'called for pressure on X')."""
        node = t
        for _ in range(6):
            objective = node.dep_ in {"dobj", "dative", "nsubjpass", "oprd"} or (
                node.dep_ == "xcomp" and node.pos_ == "NOUN")
            if objective and node.head.pos_ in {"VERB", "AUX"}:
                return node.head  # also a noun parsed as a complement: "expressed dismay over X"
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
                return node.head.head
            if node.dep_ == "attr" and node is not t and self.lex.lemma(node) in self.w.display_nouns \
                    and self.lex.lemma(node.head) == "be":
                return node.head  # "the expulsion is a signal of solidarity with X": shown by the subject
            if node.dep_ not in {"pobj", "prep", "conj", "appos", "compound"} or node.head == node:
                return None
            node = node.head
        return None


    def _casualties(self, attack: Token) -> list[int]:
        """Whose people an attack killed or wounded: 'its soldiers killed in the NATO strike', 'Pakistani soldiers
        were killed in a NATO strike', 'troops who died in the airstrike'."""
        if attack.dep_ != "pobj" or attack.head.lower_ not in {"in", "during"}:
            return []
        verb = attack.head.head
        if verb.pos_ != "VERB" or self.lex.lemma(verb) not in self.w.casualty_verbs or self.polarity.negated(verb):
            return []
        if verb.dep_ in {"acl", "relcl"}:
            victims = [verb.head]  # "soldiers killed in the strike"
        else:
            victims = [c for c in verb.children if c.dep_ in ({"nsubjpass"} if is_passive(verb) else {"nsubj"})
                       and (c.dep_ == "nsubjpass" or self.lex.lemma(verb) == "die")]
        return self._targets(victims)

    def _retaliation(self, t: Token, governor: Token | None) -> Iterator[tuple]:
        owner = self._noun_holder(t, self.lex.lemma(t))
        if owner:
            holder = Holder(tuple(owner))
        elif governor is not None and not self.polarity.negated(governor) \
                and self.lex.lemma(governor) not in self.w.framing:
            holder = self.holder(governor)
        else:
            return
        targets = self.events.attackers_of(list(holder.mentions), t.i)
        if targets:
            yield "opposes", holder, targets, t.lower_


    def _sought_fate(self, t: Token) -> Iterator[tuple]:
        """'issued a warrant for X's arrest', 'ordered the arrest of X', 'sought X's extradition': seeking what
        would befall someone opposes them (condemning it does not: only seeking words govern here)."""
        governor = t.head if t.dep_ in {"dobj", "nsubjpass"} else (
            t.head.head if t.dep_ == "pobj" and t.head.lower_ == "for" else None)
        if governor is None or self.polarity.negated(governor):
            return
        base = self.lex.lemma(governor)
        asking = self.w.fate_asking if t.dep_ == "pobj" else self.w.seeking_fates  # not "wanted for X's deportation"
        if governor.pos_ == "VERB" and base in asking:
            holder = self._agent(governor) if is_passive(governor) else list(self.holder(governor).mentions)
        elif governor.pos_ == "NOUN" and base in self.w.fate_seeking_nouns:
            holder = self._noun_holder(governor, base) or (
                list(self.holder(governor.head).mentions) if governor.dep_ == "dobj" and governor.head.pos_ == "VERB"
                and not self.polarity.negated(governor.head) else [])  # "X issued a warrant for Y's arrest"
        else:
            return
        patients = self.d.possessor_of(t) or [m for o in prep_objects(t, {"of"}) for m in self.d.entities(o)]
        patients = [m for m in patients if m not in holder]
        if holder and patients:
            yield "opposes", Holder(tuple(holder)), patients, f"{governor.lower_} ... {t.lower_}"

    def _wanted_by(self, t: Token) -> Iterator[tuple]:
        """'X is wanted by Y' (for arrest): Y opposes X."""
        if t.tag_ != "VBN" or not is_passive(t) or self.polarity.negated(t):
            return
        wanted = [m for c in t.children if c.dep_ == "nsubjpass" for m in self.d.entities(c)]
        seekers = self._agent(t)
        if wanted and seekers:
            yield "opposes", Holder(tuple(seekers)), [m for m in wanted if m not in seekers], "wanted by"

    def _provoker(self, t: Token, governor: Token | None) -> list[int]:
        """Whose act a reaction answers: 'Israeli strikes ..., prompting condemnation from X' -> Israel."""
        if governor is None or self.lex.lemma(governor) not in self.w.triggers:
            return []
        node = governor
        for _ in range(3):
            subject = self._subject(node)
            if subject is not None:
                return self.d.entities(subject, agent=True) or (self._act_authors(subject) if subject.pos_ == "NOUN"
                                                                 else [])  # "X's visit drew ...": X's act
            if node.dep_ not in {"advcl", "conj", "xcomp"} or node.head == node:
                return []
            node = node.head
        return []


    def _backed_subject(self, verb: Token) -> list[int]:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return [m for c in subjects for m in self.d.entities(c, agent=True)]


    def _act_authors(self, noun: Token) -> list[int]:
        """Who made a deal, a decision, an allegation: 'a pact its region of X signed with Y' -> X and Y;
        'the decision' -> whoever decided, named before."""
        if self.lex.lemma(noun) in self.w.patients:
            return self.d.doers_of_befallen(noun)  # "the arrest of X by Y": Y's; "X's arrest": no one named
        found = self._noun_holder(noun, self.lex.lemma(noun)) or self.events.antecedent(noun)
        clauses = [c for c in noun.children if c.dep_ in {"relcl", "acl"}]
        contents = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        for clause in (c for c in clauses if c not in contents):  # not "the allegation that X is doing Y"
            found += [m for s in clause.children if s.dep_ in {"nsubj", "agent"}
                      for m in (self.d.entities(s, agent=True) if s.dep_ == "nsubj" else
                                [m for o in s.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)])]
            found += [m for p in clause.children if p.dep_ == "prep" and p.lower_ in {"with", "between"}
                      for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)]
        if not found and self.lex.lemma(noun) in self.w.measures:  # "vetoed a resolution in the Security Council"
            found = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in {"in", "at", "before"}
                     for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, fallback=False)
                     if self.d._kind(m) == "ORG"]
        accused = {m for head in (noun, *(c for c in noun.children if c.dep_ in {"relcl", "acl"}))
                   for p in head.children if p.dep_ == "prep" and p.lower_ == "against"
                   for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o)}
        if self.events.kind(noun) == "charge" or self.lex.lemma(noun) in self.polarity.denial_nouns:
            accused |= {m for c in contents for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}
                        for m in self.d.entities(s)}  # "X's allegation that Y is violating Z": Y is accused;
            # not "the announcement by X that it is leaving"
        accused_keys = {self.d.entity_key(m) for m in accused}
        return [m for m in dict.fromkeys(found) if self.d.entity_key(m) not in accused_keys]  # the accused made none

    def _deep_owner(self, noun: Token) -> list[int]:
        """Whose thing a chain of 'of' phrases ends in: 'the adoption of the package of EU sanctions' -> the EU."""
        if noun.tag_ == "VBG":  # "condemned the targeting of X": X suffers it; "Y's targeting of X" is Y's
            return self.d.possessor_of(noun)
        node = noun
        for step in range(4):
            if self.lex.lemma(node) in self.w.patients:
                return []  # "condemned X's trial": X suffers it
            if self.lex.lemma(node) in self.d.victim_nouns and not any(c.dep_ == "poss" for c in node.children):
                return []  # "condemned the invasion of X": X suffers it; "X's invasion of Y" is X's
            named = self.d.direct(node) if step else []
            if named:  # "the hostility of the authorities of X"
                return [m for m in named if self.d._kind(m) in {"STATE", "ORG", "PERSON"}]
            owner = [m for c in node.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                     for m in self.d.entities(c, fallback=False) if self.d._kind(m) in {"STATE", "ORG"}]
            if owner:
                return owner
            nxt = [o for p in node.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
            if not nxt:
                return []
            node = nxt[0]
        return []


    def _fielded_by(self, act: Token) -> list[int]:
        """'the deployment of US missiles', 'the presence of a Russian missile system': whose the troops or arms
        are; not whose the people an act is done to are ('the safety of Russian civilians')."""
        armed = self.w.military_nouns | self.w.arms
        means = [o for p in act.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and any(self.lex.lemma(w) in armed
                                             for w in (o, *(c for c in o.children if c.dep_ == "compound")))]
        return [m for o in means for c in o.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                for m in self.d.entities(c, fallback=False) if self.d._kind(m) in {"STATE", "ORG"}]

    def _placed_under(self, t: Token, base: str) -> list[int]:
        """'X, an oligarch under US sanctions', 'X has been under EU sanctions since 2014': who is under a named
        owner's sanctions (an unowned 'under sanctions' says nothing of whose)."""
        if t.dep_ != "pobj" or t.head.lower_ != "under" or base not in self.w.sanction_nouns \
                or not self._noun_holder(t, base):
            return []
        head = t.head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            return self.d.direct(head)  # "X, an oligarch under US sanctions": the apposition's name
        if head.pos_ in {"VERB", "AUX"} and not self.polarity.negated(head):
            return [m for s in head.children if s.dep_ in {"nsubj", "nsubjpass"} for m in self.d.entities(s)]
        return []

    def _aimed_at(self, noun: Token) -> list[int]:
        """'sanctions aimed at X', 'tariffs directed against X': whom a measure is aimed at."""
        return self._targets([o for v in noun.children if v.dep_ == "acl" and self.lex.lemma(v) in self.w.aiming
                              for p in v.children if p.dep_ == "prep" and p.lower_ in {"at", "against"}
                              for o in p.children if o.dep_ == "pobj"])

    def _named_on(self, noun: Token, relation: str) -> list[Token]:
        """What an act noun names by its own prepositions for a relation ('sanctions against X', 'a lawsuit
        against X'), as the noun lexicon gives them; also where the parser hung them on the act's author ('legal
        action by X against Y': Y), or by its participle ('the sanctions imposed by X on Y': Y)."""
        preps = self.lex.nouns.get(self.lex.lemma(noun), {}).get(relation, ())
        by_participle = [o for c in participles(noun) if not self.polarity.negated(c)
                         for o in prep_objects(c, set(preps) - {"by", "of"})]
        return prep_objects(noun, preps) + self._hung_on_author(noun, preps) + by_participle

    def _act_agent(self, noun: Token) -> list[int]:
        """Who an act noun says carried it out by 'by': 'the lawsuit brought by X', 'legal action by X'."""
        return [m for o in _authors(noun) for m in self.d.entities(o, fallback=False)]

    @staticmethod
    def _hung_on_author(noun: Token, preps: Collection[str]) -> list[Token]:
        """The act's prepositional objects the parser hung on its author: Y in 'legal action by X against Y',
        'the sanctions imposed by X on Y'."""
        return [o for by in _authors(noun) for o in prep_objects(by, set(preps) - {"by", "of"})]

    def _hung_on_topic(self, noun: Token, preps: Collection[str]) -> list[Token]:
        """The partner the parser hung on the topic of a bond: China in 'cooperation on climate change with
        China', 'talks on trade with X'; not a foe in 'cooperation in the war with X'."""
        if "with" not in preps:
            return []
        return [o for topic in prep_objects(noun, TOPIC_PREPS)
                if topic.pos_ == "NOUN" and self.lex.lemma(topic) not in self.w.conflicts
                for o in prep_objects(topic, {"with"})]

    @staticmethod
    def _on_participles(noun: Token, preps: Collection[str]) -> list[Token]:
        """The objects of the prepositions in `preps` on the participles after a noun: Y in 'tariffs proposed by X
        to be imposed on Y', 'operations begun by X against targets in Y'."""
        clauses = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp" and x.tag_ == "VBN"]
        return [o for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj"]

    def _hung_on_display(self, noun: Token, preps: Collection[str]) -> list[Token]:
        """The aim the parser hung on the noun that shows a stance: Y in 'a strong signal of solidarity with Y'."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or prep_objects(noun, preps) \
                or self.lex.lemma(noun.head.head) not in self.w.display_nouns:
            return []
        return prep_objects(noun.head.head, preps)

    def _noun_targets(self, noun: Token) -> list[int]:
        return self._targets([c for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against", "at"}
                              for c in p.children if c.dep_ == "pobj"])


    @staticmethod
    def _backdrop(t: Token, governor: Token) -> bool:
        """'After the invasion of Ukraine, X sent arms': an event that sets the time of the clause, not its
        subject's act."""
        while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head  # "since the start of the invasion of Ukraine"
        prep = t.head
        return t.dep_ == "pobj" and prep.lower_ in BACKDROP_PREPS and prep.head.i == governor.i

    def _described(self, t: Token) -> bool:
        """'condemned the strikes as a violation of X': a description of something else."""
        return t.dep_ == "pobj" and t.head.lower_ == "as"


def _authors(noun: Token) -> list[Token]:
    """The objects of an act noun's 'by', on the noun or on its participle: 'action by X', 'the suit filed by X'."""
    agents = [o for c in participles(noun) for a in c.children if a.dep_ == "agent"
              for o in a.children if o.dep_ == "pobj"]
    return prep_objects(noun, {"by"}) + agents
