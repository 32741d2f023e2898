"""Stance relations from the dependency parse.

Small rules over the tree, each driven by the cue lexicon in data/lexicon/stance.json:
verb cues (X backs / accuses / sends troops ...), noun cues (sanctions on X, aid for X), relief of pressure
(easing of sanctions on X: support, negated: opposition), acceptance under refusal or negation (ruled out
accepting X, does not consent to X), evaluations (X would be a legitimate target), warnings about a third
party, and reciprocal accusations. Who holds the stance: the subject (with conjuncts), else the speaker of
the quotation or report it sits in. Negation is part of the meaning: a negated participation is
`declines`; a negated support or opposition gives no edge at all rather than a guessed inversion.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from functools import cached_property

from spacy.tokens import Token

from nlp.discourse import RELATIVE, SUBJECTS, UNDERTAKING_NOUNS, Discourse, state_key
from nlp.events import EventMemory
from nlp.gazetteer import ACCORD, ARTICLE_KEY, FORCE_ID, GATHERING, MISSION, kind_of
from nlp.holder import OBJECTS, Holder, agent_object, first_conjunct, is_passive, prep_objects
from nlp.names import hyphen_prefix, hyphened_before
from nlp.polarity import INSTEAD, hindering_verb
from nlp.records import Relation
from nlp.stance_approval import Approval
from nlp.stance_diplomacy import UNWELCOME, Diplomacy
from nlp.stance_evaluations import PARTITIVES, Evaluations
from nlp.stance_measures import MeasureContent
from nlp.stance_membership import Membership
from nlp.stance_nouns import NounCues
from nlp.stance_rights import Rights
from nlp.stance_taking_part import TakingPart
from nlp.stance_ties import Ties
from nlp.stance_unsaid import UnsaidPatients
from nlp.stance_verbs import VerbCues
from nlp.stance_votes import Votes

CLIMB = {"xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj", "acomp", "relcl", "acl", "attr",
         "nsubj", "appos", "npadvmod", "oprd", "csubj"}
DEONTIC = {"should", "must", "ought", "need", "shouldn't", "mustn't"}
MAX_CLIMB = 8
COMMANDING = frozenset({"order", "instruct", "direct", "command", "task"})  # both commander and commanded act
GRANTING = frozenset({"give", "grant", "offer", "hand", "afford"})
DEMONSTRATIVE = {"this", "that", "these", "those", "it", "which", "what"}
CONFORMING = frozenset({"accord", "accordance", "line", "keeping", "compliance", "conformity"})
INERT = frozenset({"PUNCT", "DET", "CCONJ", "SCONJ", "NUM", "SPACE", "SYM", "PART", "PRON", "INTJ"})  # cue no rule


EXCEPTING = frozenset({"barring", "excluding", "excepting"})  # used as prepositions: "all but X"
FINITE = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb, which has a subject of its own
PRO_VERBS = frozenset({"do", "did", "does", "have", "has", "had"})  # "..., as did X", "as have X": the act again


class StanceRules(VerbCues, NounCues, TakingPart, Membership, Evaluations, Ties, Diplomacy, Votes, Approval,
                  UnsaidPatients, MeasureContent, Rights):
    """The walk over a document's tokens, who holds a stance, and what a token refers to; the cue families
    are mixed in from nlp.stance_verbs, nlp.stance_nouns, nlp.stance_taking_part, nlp.stance_membership,
    nlp.stance_evaluations and the others named in the bases."""

    def __init__(self, d: Discourse) -> None:
        self.d = d
        self.lex = d.lex
        self.w = d.lex.words
        self.polarity = d.lex.polarity
        # what one takes part in (the force being assembled, named operations); alliances and coalitions one
        # joins by name; what one may leave (those, and blocs)
        self.force_mentions = [m.idx for m in d.mentions if m.kb_id == FORCE_ID or kind_of(m.kb_id) == MISSION
                               or m.idx in d.operations]
        self.joinable = [*self.force_mentions, *d.joinable]
        self.leavable = [*self.force_mentions, *d.leavable]
        self.events = EventMemory(self)
        self.envoy_hosts: tuple[int, list[int]] = (-1, [])  # the sentence and hosts of the last envoys withdrawn
        self.measure_makers: dict[str, tuple[list[int], list[int]]] = {}  # an unnamed measure's kb id -> its makers
        self.measure_sponsors: dict[str, list[int]] = {}  # ... -> whoever brought it (both read once per article)

    def relations(self) -> Iterator[Relation]:
        seen: set[tuple[int, int, str, int]] = set()
        for token in self.d.doc:
            found = [*self._cues(token), *self._measure_stances(token)]
            joined = {m for relation, _, targets, _ in found if relation in {"participates_in", "declines"}
                      for m in targets}
            for relation, holder, targets, cue in found:
                if relation in {"opposes", "supports"} and not (
                        relation == "opposes" and self.lex.lemma(token) in self.w.quitting):  # "quit the bloc": both
                    targets = [m for m in targets if m not in joined]  # "heading the operation": taking part, no
                    # more; "boycotted the summit": staying away
                if holder.mentions and token.dep_ == "advcl" and token.tag_ == "VBG" and all(
                        any(self._same_entity(h, m) for h in holder.mentions) for m in targets):
                    holder = self.holder(token.head, skip_own_subject=True)
                    # "says X is sending arms, accusing X of ...": the participle hung on the report; the sayer's
                targets = [m for m in targets if m not in holder.mentions]  # "A and B decided against it": an
                # 'it' found among its own clause's subjects is misread (each other is read apart, per pair)
                if any(kind_of(self.d.mentions[h].kb_id) == ACCORD for h in holder.mentions):
                    holder = self._measure_adopters(holder, sponsors=token.pos_ == "VERB")
                    # "adopted a resolution censuring X"; "the resolution, brought by Y, calls on X to ...": Y too
                if relation in {"opposes", "supports"}:  # "the US-led coalition fighting X": the US too
                    targets = self._past_measures(targets, holder)
                    leaders = [m for h in holder.mentions for m in self._leaders(h) if m not in targets]
                    leaders += self._announcer(holder, targets, voicer=self._voicer(token))
                    holder = Holder(tuple(dict.fromkeys([*holder.mentions, *leaders])), holder.speaker)
                if not holder.mentions or not targets:
                    continue
                if (self.polarity.disowned(token, alleged=not self._presupposed(token, relation))
                        and not self._own_claim(token, holder)) or self.polarity.double_negative(token):
                    continue
                if len(targets) > 1 and self._same_group(holder.mentions, targets):
                    continue  # "A and B honoured their commitments": each its own, not the other's
                if self.polarity.hypothetical(token):
                    continue  # "if China were to attack Taiwan": not said to happen
                if relation in {"participates_in", "declines"} and self.polarity.pending(token):
                    continue  # "has yet to confirm its participation": neither taking part nor staying out
                modality, condition = self.polarity.modality(token, relation)
                sent = self.d.sent_of_token[token.i]
                for h in map(self._stand_in, holder.mentions):
                    for t in map(self._stand_in, targets):
                        if not self._usable(h) or not self._usable(t):
                            continue
                        if self._same_entity(h, t) or self._undertaking_held(h) or (
                                self._gathering(t) and relation not in {"participates_in", "declines"}):
                            continue  # a summit or a ceremony is attended or stayed away from, no more
                        if relation == "opposes" and self._against_own_state(h, t):
                            continue  # "It's about trying to harm Israel", quoted from Israel's prime minister
                        key = (h, t, relation, sent)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield Relation(h, t, relation, sent, cue=cue, modality=modality, condition=condition,
                                       speaker=holder.speaker)


    def _presupposed(self, t: Token, relation: str) -> bool:
        """'the fighting between A and B' is there whatever the one blamed for it is said to have done."""
        return relation == "opposes" and self.lex.lemma(t) in self.w.conflicts \
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children)

    @staticmethod
    def _excepting(t: Token) -> bool:
        """'all member states barring X', 'excluding X': a participle used as 'except', no act on X."""
        return t.lower_ in EXCEPTING and t.dep_ in {"acl", "prep"} and not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in t.children)

    @staticmethod
    def _conforming(t: Token) -> bool:
        """'in accord with its Article 143', 'in line with the treaty': conformity with a rule, no stance."""
        return t.lower_ in CONFORMING and t.dep_ == "pobj" and t.head.lower_ == "in" \
            and not any(c.dep_ in {"det", "poss", "amod"} for c in t.children)

    @cached_property
    def _bodies(self) -> list[int]:
        """What one joins by name: any body ('joined the Asian Infrastructure Investment Bank'), not a gathering."""
        return [m.idx for m in self.d.mentions if self.d._kind(m.idx) == "ORG" and kind_of(m.kb_id) != GATHERING]

    def _phrasal(self, t: Token, keys: Container[str]) -> str:
        """'put forward', 'turn down': the verb with its particle when `keys` holds that phrase, else its lemma."""
        lemma = self.lex.lemma(t)
        return next((f"{lemma} {c.lower_}" for c in t.children
                     if c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in keys), lemma)

    def _gathering(self, m: int) -> bool:
        return kind_of(self.d.mentions[m].kb_id) == GATHERING

    def _undertaking_held(self, m: int) -> bool:
        """A gathering or an accord takes no stance: those who meet or sign do."""
        return kind_of(self.d.mentions[m].kb_id) in {GATHERING, ACCORD}

    def _charging_participle(self, node: Token) -> bool:
        """'filed a case at the UN's top court, accusing X of Y': a charge hung on the place where the clause's
        act happens, which the clause's subject makes."""
        return node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "pobj" \
            and node.head.head.lower_ in {"at", "in", "to", "before", "with"} \
            and node.head.head.head.pos_ in {"VERB", "AUX"} \
            and self.lex.lemma(node) in self.polarity.allegations | self.polarity.disapproval

    def _granting(self, node: Token) -> Token | None:
        """The verb that grants a right or a chance to do what `node` says, if any."""
        if node.dep_ in {"acl", "relcl"} and node.head.dep_ in {"dobj", "nsubjpass"} \
                and self.lex.lemma(node.head.head) in GRANTING:
            return node.head.head
        if node.dep_ == "advcl" and self.lex.lemma(node.head) in GRANTING and self._infinitive(node) \
                and any(c.dep_ == "dobj" for c in node.head.children):
            return node.head
        return None

    def _leaders(self, idx: int) -> list[int]:
        """Who leads a force or mission ('the US-led coalition', 'a mission led by X'): it acts through it."""
        if idx not in self.force_mentions:
            return []
        m, doc = self.d.mentions[idx], self.d.doc
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return []
        if span.start >= 3 and doc[span.start - 1].lower_ == "led" and doc[span.start - 2].text in {"-", "–"}:
            return self.d.direct(doc[span.start - 3])  # "the US-led coalition"
        head = span.root
        return [a for c in head.children if c.dep_ == "acl" and c.lower_ == "led" for a in self._agent(c)]

    def _announcer(self, holder: Holder, targets: list[int], *, voicer: int | None = None) -> list[int]:
        """'Tusk said Poland would impose sanctions on X', 'Tusk stressed Poland's support for X': the speaker who
        acts for the state holding a stance announces it and holds it too; not towards his own side ('they will
        regret it', misread as his state's)."""
        speaker = holder.speaker if holder.speaker is not None else voicer
        if speaker is None or speaker in holder.mentions or self.d._kind(speaker) != "PERSON":
            return []
        held = {state_key(self.d.mentions[m].kb_id) for m in holder.mentions}
        own = self._own_side(Holder((speaker,)))
        if "" in held or not held <= own or any(state_key(self.d.mentions[t].kb_id) in own for t in targets):
            return []
        return [speaker]

    def _voicer(self, token: Token) -> int | None:
        """Who voices a stance noun held by someone else: the subject of the speech verb it is the object of."""
        verb = token.head
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or verb.pos_ != "VERB" or not (
                self.lex.lemma(verb) in self.lex.speech or self.lex.lemma(verb) in self.w.voicing_stance):
            return None
        found = [m for c in verb.children if c.dep_ == "nsubj" for m in self.d.direct(c)
                 if self.d._kind(m) == "PERSON"]  # "the Prime Minister of X, Y emphasised ...": two subjects
        return found[0] if len(found) == 1 else None

    def _stand_in(self, idx: int) -> int:
        """A role nobody in the article is named in ('the Houthi military spokesman', 'China's ambassador')
        stands for the state or body that qualifies it."""
        m = self.d.mentions[idx]
        word = m.text.lower().split()[-1]
        if m.label != "ROLE" or not m.kb_id or word in self.w.leader_words:
            return idx  # a leader ('the Russian president') is one person, found when the graph is built
        if any(self.d.mentions[r.target].kb_id == m.kb_id and (r.role or "").lower().split()[-1:] == [word]
               for r in self.d.affiliations):
            return idx  # someone here holds that office of that state: the role is settled when the graph is built
        qualifiers = [q for q in self.d.mentions if q.kb_id == m.kb_id and q.label != "ROLE"]
        return min(qualifiers, key=lambda q: abs(q.start - m.start)).idx if qualifiers else idx


    def _same_group(self, holders: tuple[int, ...], targets: list[int]) -> bool:
        """'A and B honoured their commitments': the holders are among the targets' owners."""
        def key(idx: int) -> str:
            m = self.d.mentions[idx]
            return m.kb_id or m.text

        return {key(h) for h in holders} <= {key(t) for t in targets}


    def _usable(self, idx: int) -> bool:
        """People, states and bodies; a place only where it stands for its state ('Moscow said') or the
        article shows it is something else ('M23 rebels')."""
        return self.d._kind(idx) != "PLACE"


    def _same_entity(self, a: int, b: int) -> bool:
        """One mention, one entity, or a capital or seat and the state it stands for ('Washington' and 'the US')."""
        if a == b:
            return True
        ka, kb = (state_key(self.d.mentions[i].kb_id) for i in (a, b))
        return bool(ka) and ka == kb


    def _cues(self, t: Token) -> Iterator[tuple[str, Holder, list[int], str]]:
        if t.pos_ in INERT or self._excepting(t) or self._conforming(t):
            return
        low = t.lower_
        base = self.lex.lemma(t)
        if low == "with" and t.dep_ == "prep":
            yield from self._sides_taken(t)  # "..., with X and Y against the readmission of Z"
        if low == "among":
            yield from self._among_listed(t)  # "X is among those sanctioned"
        if low == UNWELCOME[0]:
            yield from self._said_unwelcome(t)  # "X said Y is persona non grata"
        if t.pos_ in {"VERB", "AUX"}:
            idiom = self._phrase_idiom(t)
            if idiom is not None:  # "stood up to X" is no "stood by X"
                yield from idiom
                return
            if base in self.lex.relief_verbs:
                yield from self._relief(t)
            if base in self.lex.acceptance:
                yield from self._acceptance(t)
            if base in self.w.permitting:
                yield from self._permission(t)
            if base in self.w.snubbing:
                yield from self._snub(t)
            if base in self.w.access_giving:
                yield from self._access_granted(t)
            if base in self.lex.warning:
                yield from self._warning(t)
            if base in self.w.reacting:
                yield from self._angry_reaction(t)
            if base in self.w.listing:
                yield from self._put_on_list(t)
            if base in self.w.shutting_out:
                yield from self._goods_shut_out(t)
            if base in self.w.court_taking:
                yield from self._taken_to_court(t)
            if base in self.w.provoked_verbs or base in self.w.provoked_voicing:
                yield from self._provoked(t)
            if base in self.w.trade_halting:
                yield from self._trade_halted(t)
            if base in self.w.view_sharing:
                yield from self._shared_view(t)
            if base in self.w.feeling_caused or base in self.w.feeling_left:
                yield from self._feeling_caused(t)
            if base in self.w.price_paying and self._price_named(t):
                yield from self._price_warned(t)  # "X will pay a heavy price": no payment to anyone
                return
            rels, on_object = self.lex.verb_cue(t)
            if not rels and base in self.w.blacklisting and t.tag_ == "VBN" and self._hyphen_owner(t):
                rels = {"opposes": []}  # "a US-designated terrorist group": blacklisted by the US
            if rels and base not in self.w.voting and not (
                    low == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to") \
                    and not (base in self.w.closing and (self._kept_out(t) or any(
                        o.dep_ == "dobj" and self.lex.lemma(o) in self.w.embassies for o in t.children))):
                # the closing rules' own targets
                yield from self._verb(t, base, rels, on_object=on_object)
            if t.pos_ == "VERB" and base not in self.w.against_neutral and base not in self.w.voting \
                    and not any("against" in preps for preps in rels.values()):
                yield from self._set_against(t)  # "spoke out against X", "backed Y against X"
            if base in self.w.sustain:
                yield from self._sustain(t, self.w.sustain[base])
            if base in self.w.staying_out:
                yield from self._staying_out(t, self.w.staying_out[base])
            if base in self.w.attending or base in self.w.staying_away or base in self.w.hosting:
                yield from self._attendance(t)
            if base in self.w.journeys:
                yield from self._journey(t)
            if self._phrasal(t, self.w.bringing_together) in self.w.bringing_together:
                yield from self._brought_together(t)
            if base in self.w.speaking:
                yield from self._spoke_at(t)
            if base in self.w.invitation_heads:
                yield from self._invitation(t)
                yield from self._seat_answered(t)
            if base in self.w.receiving or base in self.w.buying:
                yield from self._received(t)
            if base in self.w.turning:
                yield from self._turned_to(t)
            if base in self.w.accord_heads:
                relation = self.w.accord_verbs.get(self._phrasal(t, self.w.accord_verbs))
                if relation:
                    yield from self._accord(t, relation)
            if base in self.w.holding_to_account:
                yield from self._held_to_account(t)
            if base in self.w.side_verbs:
                yield from self._alongside(t)
            if base in self.w.conflict_verbs and t.tag_ == "VBG" and t.dep_ in {"pobj", "nsubj", "dobj"}:
                yield from self._between(t, "opposes")  # "after fighting between X and Y", parsed as a verb
            if base in self.w.hindering:
                yield from self._hindering(t)
            if base in self.w.harm_verbs or base in self.w.charging or base in self.w.charging_objects:
                yield from self._harmful_act(t)
            if base == "be" or base in self.w.culprit_verbs:
                yield from self._named_culprit(t)
            if base in self.w.ordering:
                yield from self._ordered(t)
            if base in self.w.expelling:
                yield from self._expelled(t)
            if base in self.polarity.denial_verbs or base in self.polarity.disapproval:
                yield from self._rebuttal(t)
            if base in self.w.leaving_verbs:
                yield from self._leaving(t)
            if base in self.w.composing:
                yield from self._composition(t)
            if base in self.w.body_founding_heads:
                yield from self._founded(t)
            if base in self.w.making_up_heads:
                yield from self._made_up(t)
            if base in self.d.naming_verbs:
                yield from self._known_together(t)
            if base in self.w.inviting:
                yield from self._invited_to_join(t)
            if base in self.w.admitting:
                yield from self._admitted(t)
            if base in self.w.chairing:
                yield from self._chairs(t)
            if base in self.w.inviting:
                yield from self._invited_in(t)
            if base in self.w.requested_help:
                yield from self._at_request(t)
                yield from self._sent_to_help(t)
            if base in self.w.deliveries:
                yield from self._delivery(t)
            if base in self.w.tie_verbs:
                yield from self._ties(t, self.w.tie_verbs[base])
            if base in self.w.switching:
                yield from self._switched(t)
            if base in self.w.leaving_country:
                yield from self._ordered_out(t)
            if base in self.w.renewing:
                yield from self._not_renewed(t)
            if self._withholding(t):
                yield from self._withheld(t)
            if base in self.w.sending_out:
                yield from self._sent_out(t)
            if base in self.w.retreats or any(c.dep_ == "prt" and c.lower_ in self.w.retreat_particles.get(base, ())
                                              for c in t.children):
                yield from self._demanded_retreat(t)  # "called on X to withdraw", "... to step down"
            elif t.dep_ in {"xcomp", "ccomp", "advcl"}:
                yield from self._dissuaded(t)
            if base in self.w.voting:
                yield from self._vote(t)
            else:
                yield from self._in_favour(t)
            if base in self.w.approval or base in self.w.joining:
                yield from self._approval(t)
            if base in self.w.crediting:
                yield from self._credited_aid(t)
            if base in self.w.call_answering:
                yield from self._call_answered(t)  # "answered a request by X for support"
            if base in self.w.annulling:
                yield from self._annulled(t)
            if base in self.w.withdrawing_envoys:
                yield from self._envoy_withdrawn(t)
            if base in self.w.withdrawing_envoys or base in self.w.summoning_verbs or base in self.d.expelling_envoys:
                yield from self._envoy_provoked(t)  # "recalled its envoy after X called Y corrupt"
            if base in self.w.unwelcome:
                yield from self._unwelcome(t)
            if base in self.w.expelling or base in self.w.pausing:
                yield from self._suspended_membership(t)
            if base in self.w.closing:
                yield from self._closed_to(t)
                yield from self._embassy_closed(t)
            if base in self.w.pitting:
                yield from self._pitted(t)
            if base in self.w.helping:
                yield from self._helped_against(t)
            if base in self.w.enumerating:
                yield from self._listed_targets(t)
            if base == "want":
                yield from self._wanted_by(t)  # "X is wanted by Y"
            if base in self.w.acting_together:
                yield from self._together(t)  # "X and Y agreed to work together"
            if t.tag_ in {"VBN", "VBD"} and t.dep_ in {"ccomp", "xcomp"}:
                yield from self._causative(t)
        elif t.pos_ in {"NOUN", "PROPN"}:
            if t.i in self.d.token_mention and kind_of(self.d.mentions[self.d.token_mention[t.i]].kb_id) == ACCORD:
                yield from self._authored(t)
            if t.i in self.d.token_mention and (
                    kind_of(kb := self.d.mentions[self.d.token_mention[t.i]].kb_id) == MISSION or kb == FORCE_ID):
                yield from self._owned_operation(t)  # "France's Operation Barkhane", "its contingent force"
            if t.i in self.d.token_mention:
                yield from self._members_apposed(t)
            if base == "part":
                yield from self._part_of(t)
            if base == "command" and t.dep_ == "pobj" and t.head.lower_ == "under":
                yield from self._under_command(t)
            if low in self.w.failings and t.i not in self.d.token_mention:
                yield from self._failing(t)
            if base in self.w.member_nouns:
                yield from self._member_of(t)
                yield from self._member_in_apposition(t)
                yield from self._members_listed(t)
                yield from self._fellows(t)
            if base in self.w.delegates:
                yield from self._delegates_from(t)
            if base in self.w.delegations:
                yield from self._delegation(t)
            if base in self.w.speeches and t.i not in self.d.token_mention:
                yield from self._speech_at(t)
            if base in self.w.participation_nouns and t.i not in self.d.token_mention:
                yield from self._participation_noun(t)
            if (base in self.w.participants or self._participating(t)) and t.i not in self.d.token_mention:
                yield from self._participants_named(t)
            if base in self.w.chair_nouns:
                yield from self._chair_held(t)
            if base in self.w.sought_fates:
                yield from self._sought_fate(t)  # "issued a warrant for X's arrest"
            if base == "membership" and t.i not in self.d.token_mention:
                yield from self._membership_cited(t)
            if base in self.w.hosting and t.i not in self.d.token_mention:
                yield from self._host(t)
            if base in self.w.leaving_nouns and t.i not in self.d.token_mention:
                yield from self._leaving(t)
            if base in self.w.voting and t.pos_ == "NOUN":
                yield from self._vote_noun(t)  # "their vote against X"
            if base in self.w.relational and t.i not in self.d.token_mention:
                yield from self._relational(t, self.w.relational[base])
            if t.dep_ == "pobj" and t.head.lower_ == "as":
                yield from self._as_evaluation(t)
            if base in self.w.remark_nouns and t.i not in self.d.token_mention:
                yield from self._toned_remark(t)  # "critical comments toward X"
            if base in self.w.brands:
                yield from self._branded(t)
            if base in self.w.misconduct or ((base in self.w.conduct or base in self.w.courses) and any(
                    c.dep_ == "amod" and c.lower_ in self.w.eval_neg for c in t.children)):
                yield from self._misconduct(t)  # "Russia's recklessness", "reckless Russian behaviour"
            if base in self.w.restorations:
                yield from self._restoration(t)
            if base in self.w.relief_nouns:
                yield from self._relief(t)
            if base in self.w.tie_events:
                yield from self._tie_event(t, self.w.tie_events[base])
            if base in self.w.withdrawing_nouns:
                yield from self._envoy_recall(t)
            if base in self.w.side_nouns:
                yield from self._alongside(t)  # "Russia's deployment alongside Syrian troops"
            if t.i not in self.d.token_mention:
                if base in self.lex.nouns and not (base in self.w.supply_heads
                                                   and self._qualified_supply(t, self.w.money)):
                    yield from self._noun(t, base, self.lex.nouns[base])
                elif base in self.w.supply_heads:  # "arms sales to X"; "a financial contribution to X": no troops
                    yield from self._supply(t)
                if base in self.w.bonds:
                    yield from self._bond(t)
                if base in self.w.conflicts:
                    yield from self._conflict_between(t)
            if base in self.w.agreements:
                yield from self._agreement_with(t)
            elif base in self.w.formed_bonds and t.i not in self.d.token_mention:
                yield from self._formed_together(t)
                yield from self._bloc_against(t)
            if base in self.w.implicit_patients and t.i not in self.d.token_mention:
                yield from self._unsaid_patient(t, self.w.implicit_patients[base])
        if t.i in self.d.token_mention and hyphen_prefix(self.d.doc, t.i) is not None:
            yield from self._leaning(t)  # "pro-China leader X"
        if (t.pos_ == "ADJ" or (t.tag_ == "VBG" and t.dep_ == "pcomp")) and ((
                t.head.lower_ == "as" and t.dep_ in {"amod", "pobj", "acomp", "pcomp"}) or (
                t.dep_ in {"advcl", "oprd", "xcomp"} and any(c.lower_ == "as" and c.i < t.i for c in t.children))):
            yield from self._as_evaluation(t)  # "described X's actions as reckless", "... as all wrong"
        if t.pos_ == "ADV" and low.endswith("ly"):
            yield from self._conduct(t)  # "Y said X acted illegally"
        if low in self.w.adjectives and (t.pos_ == "ADJ" or (
                t.tag_ == "VBN" and (is_passive(t) or t.dep_ in {"acomp", "acl"}))):
            yield from self._adjective(t, self.w.adjectives[low])  # "X is disappointed by Y", parsed any way;
            # "the states aligned with X include Y"
        if t.pos_ == "NOUN" and base in self.w.right_nouns:
            yield from self._right_upheld(t)  # "X has the right to defend itself", said by Y
        if t.pos_ == "ADJ" and low in self.w.presence:
            yield from self._presence(t, self.w.presence[low])
        if (first_conjunct(t).dep_ in {"attr", "acomp", "oprd", "xcomp"} or self._misparsed_complement(t)
                or self._presented(t)) and self._evaluative(t):
            yield from self._evaluation(t)
        if low == "up" and t.i > 0 and self.d.doc[t.i - 1].lower_ == "not":
            yield from self._not_up_to(t)


    def holder(self, t: Token, *, skip_own_subject: bool = False) -> Holder:
        """Who holds the stance expressed at token t: the nearest subject up the tree that names an
        entity; the controller of an infinitive ('allow X to deploy'); else the quotation's speaker."""
        quote = self.d.quote_of(t)
        speaker = quote.speaker[0] if quote and quote.speaker else None
        node, steps = t, 0
        own = skip_own_subject
        active_conjunct = False  # "X was involved but also provided Y": X is the active conjunct's subject
        purpose = False  # came up from a purpose clause ("were deployed to support X")
        participle = False  # came up from a participle after a comma (", accusing X of ...")
        raised = False  # came up from the infinitive of a passive that lends its subject ("X is set to join Y")
        while steps < MAX_CLIMB:
            steps += 1
            node = self._conjoined_with_report(node) or node
            if node.pos_ in {"VERB", "AUX", "ADJ"} or node.dep_ == "ROOT":
                subject = None if own else self._subject(node)
                if subject is not None and node.dep_ == "relcl" and subject.tag_ in {"WDT", "WP"}:
                    subject = None  # "an act that violates X": whose act it is, below; no "that" of a speaker
                own = False
                if subject is not None:
                    low = subject.lower_
                    if (low in self.w.first_person and subject.i not in self.d.token_mention) or (
                            subject.i not in self.d.token_mention and any(
                                c.dep_ == "poss" and self._first_person(c) for c in subject.children)):
                        # "we", not "US"; "our troops", "our country"
                        if quote and quote.speaker:
                            return Holder(tuple(quote.speaker), speaker)
                        return Holder(())
                    if low in {"there", "it"} and self._is_expletive(subject):
                        pass  # climb on: "there should be no easing", "it is not up to X"
                    elif self._deontic(node) and (node.dep_ in {"ccomp", "xcomp"} or (
                            node.dep_ == "conj" and node.head.dep_ == "ccomp")):
                        pass  # "X said Y should not ease sanctions", "... and that Y must cooperate": X's stance
                    elif self._infinitive(node) and any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children):
                        if (leave := self._leave_given(node)) is not None:  # "a green light for X to invade Y"
                            return Holder(tuple(self.d.entities(subject, fallback=False)) if leave else ())
                        # "his call for Iran to cooperate with X": wanted of Iran, not done by it
                    elif node.dep_ in {"ccomp", "xcomp", "advcl"} and self._infinitive(node) \
                            and self.lex.lemma(node.head) in self.w.directive:
                        pass  # "X called on Y to lift sanctions": the stance is X's
                    elif listed := self._listed_by_conjunct(node, subject):
                        return Holder(tuple(listed), None)  # "the countries ranged against X are A and B"
                    elif subject.dep_ != "nsubjpass" or active_conjunct or raised or (
                            purpose and self.lex.lemma(subject) in self.w.military_nouns):
                        # "Ugandan troops were deployed to support X": the troops sent act for their state
                        found = self._object_said_of(subject) or self._act_named_before(subject, node) \
                            or self.d.entities(subject, fallback=True, agent=True) or self._name_under_title(subject) \
                            or self._purpose_owner(node, subject)  # "X's first move was to endorse Y"
                        if found:
                            found = list(dict.fromkeys([*self._list_opener(node, subject), *found,
                                                        *self._followers(node, subject),
                                                        *self._companions(node, subject)]))
                            return Holder(tuple(found), self._reporter(node) or (speaker if quote else None))
                        if participle and node.dep_ == "ccomp" and self._proceeding(subject):
                            node = node.head  # "X said talks had hit a dead end, accusing Y of ...": the
                            continue  # parser hung X's participle on the clause X reported; talks accuse no one
                        if active_conjunct and subject.dep_ == "nsubjpass" and node.dep_ == "ccomp":
                            node = node.head  # "X protested that the road was built there and summoned Y": the
                            continue  # parser hung X's act on the clause X reported; a road summons no one
                        if quote and quote.speaker and low in DEMONSTRATIVE - {"these", "those"} \
                                and self._within_quote(subject, quote):  # "this means ...", not "those who ..."
                            return Holder(tuple(quote.speaker), speaker)  # "'This means pressure on X,' Y said"
                        return Holder(())
                agent = self._agent(node)
                if agent:
                    return Holder(tuple(agent), None)
                if node.dep_ == "advcl" and node.tag_ in FINITE and not is_passive(node) \
                        and self._subject(node) is None and node.left_edge.i > 0 \
                        and node.doc[node.left_edge.i - 1].pos_ in {"NOUN", "PROPN", "PRON"}:
                    return Holder(())  # "X pushed back after the second Arab country made a decision to ...":
                    # a finite clause has a subject of its own, here one the parser took for the object of 'after'
                    # (not "X welcomed Y, admitted Z ...", the subject shared)
                if node.lower_ in self.w.necessity and node.dep_ in {"acomp", "attr"} and not self._felt(node):
                    own = True  # "sanctions are crucial to support X": the speaker's stance, not the subject's
            if node.dep_ not in CLIMB or node.head == node:
                break
            befell = node.dep_ == "pcomp" and self.lex.lemma(node.head.head) in self.d.patient_nouns
            # "retaliates for X's killing by firing missiles at Y": the killing befell X, who fires nothing
            if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN" and not befell \
                    and node.head.head.i not in self.d.token_mention and (owners := [
                        m for c in node.head.head.children if c.dep_ in {"poss", "amod", "compound"}
                        for m in self.d.entities(c, fallback=False)]):
                return Holder(tuple(owners), None)  # "China's role in helping bring X and Y together": China's
            grant = self._granting(node)  # "X was given free rein to criticise Y", "gave X the green light to"
            if grant is not None:
                recipient = [c for c in grant.children if c.dep_ in {"nsubjpass", "dative"}]
                found = [m for c in recipient for m in self.d.entities(c, agent=True)]
                if found:
                    return Holder(tuple(found), None)
            listed = self._listed(node) if node.dep_ in {"relcl", "acl"} else []
            if listed:  # "X and Y were among those who voted for Z", "those voting for Z included X and Y"
                return Holder(tuple(listed), None)
            if node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN"}:
                if any(c.dep_ == "auxpass" for c in node.children) and node.head.dep_ in {"pobj", "dobj"}:
                    # "called for X's mandate to be altered to give it powers": whoever wants it altered
                    node = node.head
                    continue
                # a clause describing a noun does not inherit the main clause's subject, nor the speaker's
                # voice: 'measures targeting X' are whoever took the measures
                if not self._charging_participle(node):
                    actor = self._noun_actor(node.head)
                    if not actor and self._infinitive(node) and node.head.dep_ == "dobj" \
                            and self.lex.lemma(node.head) in self.w.military_nouns:
                        node = node.head.head  # "X deployed a force to combat Y": the force X sent acts for X
                        if self.polarity.negated(node) or self.polarity.refused(node):
                            return Holder(())  # "X did not send a force to fight Y"
                        continue
                    return Holder(tuple(actor), None)
                node = node.head.head.head  # "filed a case at the court accusing X": the parser hung the
                continue  # participle on the nearest noun; whoever filed accuses
            if node.dep_ == "pcomp" and node.head.head.pos_ == "NOUN" and self._possessor(node.head.head) \
                    and not befell:
                # "China's role in propping up X", "its part in arming X": the possessor does it
                return Holder(tuple(self._possessor(node.head.head)), None)
            if node.dep_ == "pcomp" and node.head.lower_ == "in" and node.head.head.pos_ == "VERB" \
                    and self.lex.lemma(node.head.head) in self.w.joining and node.tag_ == "VBG":
                # "X joined Y in severing ties with Z": both sever them
                joined = [m for c in node.head.head.children if c.dep_ == "dobj"
                          for m in self.d.entities(c, fallback=False)]
                joiners = self.holder(node.head.head)
                if joined and joiners.mentions:
                    return Holder(tuple(dict.fromkeys([*joiners.mentions, *joined])), joiners.speaker)
            if (hinderer := hindering_verb(node)) is not None:  # "blocked X from joining Y", "deterred X from
                # attacking": X would act
                return Holder(tuple(m for c in hinderer.children if c.dep_ == "dobj"
                                    for m in self.d.entities(c, fallback=False)), None)
            if node.dep_ == "pcomp" and node.head.lower_ in {"for", "of"} and node.head.head.dep_ == "dobj" \
                    and node.head.head.head.pos_ == "VERB" \
                    and self.lex.lemma(node.head.head.head) in self.polarity.allegations:
                # "accused the proposal of undermining X": the parser hung the charge on the accused, who does it
                return Holder(tuple(self.d.entities(node.head.head, fallback=False)), None)
            if node.dep_ == "pcomp" and node.head.lower_ in {"for", "of"} and node.head.head.pos_ == "VERB" \
                    and not any(c.lower_ in INSTEAD for c in node.head.children):
                # "thanked X for sending troops", "praised X for ...": X did it; "downgraded ties with X for
                # supplying Y": X, the partner; never the one who thanks or punishes
                objects = [c for c in node.head.head.children if c.dep_ == "dobj"]
                doer = [m for c in objects for m in self.d.entities(c, fallback=False)] or [
                    m for c in objects if self.lex.lemma(c) in self.w.tie_nouns for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
                    for m in self.d.entities(o)]
                if doer or objects:
                    return Holder(tuple(doer), None)
            if node.dep_ in {"xcomp", "ccomp"} and node.pos_ in {"VERB", "AUX"} \
                    and self.lex.lemma(node.head) not in self.w.directive:  # not a purpose clause (advcl)
                controller = [c for c in node.head.children if c.dep_ in {"dobj", "dative"} and c.i < node.i]
                found = [m for c in controller for m in self.d.entities(c, fallback=False)]
                if found and self._infinitive(node) and self.lex.lemma(node.head) in COMMANDING:
                    boss = self.holder(node.head).mentions  # "X ordered her minister to establish ties with Y"
                    return Holder(tuple(dict.fromkeys([*found, *boss])), None)
                if found and self._infinitive(node):
                    return Holder(tuple(found), None)  # "allowed the coalition to deploy": the coalition
            if node.dep_ == "advcl" and self._infinitive(node):
                undertaking = self._undertaking_before(node)
                if undertaking:  # "followed a US operation to capture X", the purpose hung on the verb
                    return Holder(tuple(undertaking), None)
            active_conjunct = node.dep_ == "conj" and node.pos_ == "VERB" and not is_passive(node)
            purpose = node.dep_ == "advcl" and self._infinitive(node)
            raised = node.dep_ == "xcomp" and self._infinitive(node) and is_passive(node.head) \
                and self.lex.lemma(node.head) in self.w.raising
            participle = node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > 0 and node.doc[node.i - 1].is_punct
            if node.dep_ == "ccomp" and node.pos_ == "VERB" and self.lex.lemma(node.head) == "report" \
                    and self._subject(node) is None:
                return Holder(())  # "..., the ministry summoned X, Interfax reported": whoever reports did not act
            node = node.head
        if quote and quote.speaker:
            return Holder(tuple(quote.speaker), speaker)
        return Holder(())


    def _withholding(self, verb: Token) -> bool:
        """'halted', 'suspended', 'restricted'; 'put ... on hold'."""
        return self.lex.lemma(verb) in self.w.withholding_or_restricting or self._put_on_hold(verb)

    def _put_on_hold(self, verb: Token) -> bool:
        """'put arms exports to X on hold', 'placed aid on ice'."""
        nouns = self.w.on_hold.get(self.lex.lemma(verb))
        return bool(nouns) and any(self.lex.lemma(o) in nouns for o in prep_objects(verb, {"on"}))

    def _leave_given(self, clause: Token) -> bool | None:
        """For 'for X to V' on a noun of leave ('a green light for X to invade Y'): whether the leave is given
        (the act is X's) or withheld ('did not give a green light'); None when the noun grants no leave."""
        noun = clause.head
        if clause.dep_ not in {"advcl", "acl", "relcl"} or noun.pos_ != "NOUN" \
                or self.lex.lemma(noun) not in self.w.permission_nouns or (
                    noun.lower_ == "light" and not any(c.lower_ == "green" for c in noun.children)):
            return None
        governor = self._governing_verb(noun)
        return not (self.polarity.negated(noun) or (governor is not None and (
            self.polarity.negated(governor) or self.polarity.refused(governor))))

    def _name_under_title(self, subject: Token) -> list[int]:
        """'Acting Under Secretary Bradley T. Smith accused X': a capitalised title the parser made the subject, with
        the person's name at the end of its phrase, is that person."""
        words = list(subject.subtree)
        last = self.d.token_mention.get(words[-1].i)
        if last is None or self.d._kind(last) != "PERSON" or subject.i in self.d.token_mention:
            return []
        title = [w for w in words if self.d.token_mention.get(w.i) != last]
        return [last] if title and all(w.is_title for w in title) else []

    def _act_named_before(self, subject: Token, verb: Token) -> list[int]:
        """'The sanctions also target X': a definite act noun with no owner of its own, as a clause's subject, is
        the act named before ('the EU is sanctioning ...'); whoever carried it out acts. 'X's expulsion of Y is a
        signal of ...': what an owned act is said to be is its owner's (not what an act does: 'X's decision
        angered Y')."""
        if subject.pos_ != "NOUN" or subject.i in self.d.token_mention:
            return []
        if any(c.dep_ in {"poss", "compound", "amod", "nmod"} and self.d.entities(c, fallback=False)
               for c in subject.children):
            return self._possessor(subject) if self.events.kind(subject) is not None \
                and self.lex.lemma(verb) == "be" else []
        return self.events.antecedent(subject) or self.events.same_word_actors(subject)

    def _undertaking_before(self, clause: Token) -> list[int]:
        """Whose operation, plan or bid an infinitive right after it serves: 'a US operation to capture X' -> the US."""
        obj = next((c for c in clause.head.children
                    if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i), None)
        if obj is None or not (self.lex.lemma(obj) in UNDERTAKING_NOUNS or self.lex.lemma(obj) in self.w.volition):
            return []
        return self._noun_holder(obj, self.lex.lemma(obj))

    def _own_side(self, holder: Holder) -> set[str]:
        """The states and bodies the holder's people act for, by their titles in this article."""
        names = {self.d.mentions[m].text.split()[-1] for m in holder.mentions if self.d._kind(m) == "PERSON"}
        return {state_key(self.d.mentions[r.target].kb_id) for r in self.d.affiliations
                if r.source in holder.mentions or self.d.mentions[r.source].text.split()[-1] in names} - {""}

    def _against_own_state(self, person: int, state: int) -> bool:
        """Whether a person holding an office of a state is read as opposing that state itself: no official
        stands against the state it serves (a misread holder)."""
        return self.d._kind(person) == "PERSON" and self.d._kind(state) == "STATE" \
            and state_key(self.d.mentions[state].kb_id) in self._own_side(Holder((person,)))

    def _of_own_side(self, holder: Holder, m: int) -> bool:
        """Whether m is the holder or acts for the holder's state or body ('Israel said the strikes were ordered by
        its Prime Minister X': X is Israel's own)."""
        ours = self._own_side(holder) | {state_key(self.d.mentions[h].kb_id) for h in holder.mentions}
        theirs = self._own_side(Holder((m,))) | {state_key(self.d.mentions[m].kb_id)}
        return bool((ours & theirs) - {""})

    def _proceeding(self, noun: Token) -> bool:
        """A noun naming a proceeding or an event, which can say or charge nothing ('talks', 'the strikes')."""
        base = self.lex.lemma(noun)
        return noun.pos_ == "NOUN" and (base in self.w.proceedings or base in self.w.conflicts
                                        or base in self.w.tie_nouns or self.events.kind(noun) is not None)

    def _listed(self, clause: Token) -> list[int]:
        """Those a clause describes, named where they are listed: 'X and Y were among those who voted for Z',
        'Among the countries that voted for Z were X and Y', 'Those voting against Z included X and Y', 'The
        countries that backed Z were X and Y'."""
        noun = self._collective(clause.head)
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "among":
            verb = verb.head
            fronted = [c for c in verb.children if c.dep_ in {"nsubj", "attr"} and c.i > verb.i] \
                if verb.i > noun.i else []
            named = fronted or [s for s in [self._subject(verb)] if s is not None]  # "Among ... were X and Y" (X and
            # Y parsed as the subject or as the copula's attribute)
        elif noun.dep_ == "nsubj" and self.lex.lemma(verb) in self.w.member_listing \
                and not self.polarity.negated(verb):
            named = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
        elif (copula := self._one_of(noun)) is not None:  # "X is one of the nations that took part in Z"
            named = [s for s in [self._subject(copula)] if s is not None]
        elif noun.dep_ == "dobj" and self.lex.lemma(verb) in self.w.joining:
            if self.polarity.negated(verb) or self.polarity.refused(verb) or self.polarity.stopped(verb):
                return []
            return list(self.holder(verb).mentions)  # "X joined the list of countries that recognised Z"
        elif noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ in PARTITIVES \
                and verb.head.dep_ == "appos":
            named = [verb.head.head]  # "X, one of the states that condemned Z, ..."
        else:
            return []
        return [m for c in named for m in self.d.entities(c, agent=True)]

    def _listed_by_conjunct(self, verb: Token, subject: Token) -> list[int]:
        """'The countries ranged against X are A, B and C', parsed with the participle as the main verb and the
        copula as its conjunct (no 'and', a change of tense, no subject of its own before it): those listed are
        whom the plural noun and its participle describe."""
        if subject.dep_ != "nsubj" or subject.tag_ != "NNS" or subject.i in self.d.token_mention \
                or verb.tag_ != "VBD":
            return []
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.tag_ not in {"VBP", "VBZ"} \
                    or self.lex.lemma(conj) not in self.w.member_listing or self.polarity.negated(conj) \
                    or any(c.dep_ == "cc" for c in verb.children if c.i < conj.i) \
                    or any(c.dep_ in SUBJECTS and c.i < conj.i for c in conj.children):
                continue
            named = [c for c in conj.children if c.dep_ in {"attr", "dobj"} or (c.dep_ == "nsubj" and c.i > conj.i)]
            return [m for c in named for m in self.d.entities(c, agent=True)]
        return []

    def _collective(self, noun: Token) -> Token:
        """The word a set of nouns is named by: 'the list' in 'the list of countries', else the noun itself."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and self.lex.lemma(noun.head.head) in self.w.collectives:
            noun = noun.head.head
        return noun

    def _one_of(self, noun: Token) -> Token | None:
        """The copula of 'X is one of the <noun>s' or 'X and Y are among the <noun>s', not negated."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in {"of", "among"}:
            return None
        if head.lower_ == "of":
            head = head.head
            if head.lower_ not in PARTITIVES or head.dep_ != "attr":
                return None
        verb = head.head
        if self.lex.lemma(verb) not in self.w.copulas or self.polarity.negated(verb):
            return None
        return verb

    def _purpose_owner(self, copula: Token, subject: Token) -> list[int]:
        """'X's first move was to endorse Y', 'the aim of X is to ...': the owner of the purpose does it."""
        if self.lex.lemma(copula) not in self.w.copulas or self.lex.lemma(subject) not in self.w.purposes \
                or not any(c.dep_ == "xcomp" and self._infinitive(c) for c in copula.children):
            return []
        return self._noun_actor(subject) or [m for o in prep_objects(subject, {"of"})
                                             for m in self.d.entities(o, agent=True)]

    def _noun_actor(self, noun: Token) -> list[int]:
        """Who acts through a thing: 'Israeli jets' -> Israel; 'the measures the US introduced' -> the US."""
        if makers := self.d.coup_makers(noun):
            return makers  # "last month's coup, which overthrew X": the junta's
        if noun.i not in self.d.token_mention and any(c.dep_ == "poss" for c in noun.children):
            return self._possessor(noun) or self.d.possessor_of(noun)  # "his country's fighters"; "any side's
            # attempt to undermine X": that side's, named or not
        found = self.d.entities(noun, agent=True) or self._possessor(noun) or [  # "the EU's decision to ..."
            m for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" and not self.d.entities(noun)
            for o in p.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)] or [
            m for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj" for m in self.d.entities(o, agent=True)] or [  # "a case filed by X"
            m for c in (noun.children if self.lex.lemma(noun) in self.w.volition else ())
            if c.dep_ in {"compound", "amod", "poss"} for m in self.d.entities(c, agent=True)]
        # "a US effort to ...", "the UK government's decision to ..."
        if found:
            return found
        governor = self._governing_verb(noun)
        if governor is not None and noun.dep_ == "dobj" and (
                self.lex.lemma(governor) in self.w.carrying or self.lex.lemma(noun) in self.w.volition):
            return list(self.holder(governor).mentions)  # "X has no plans to ...", "X made an offer to ..."
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in {"VERB", "AUX"} \
                and self.lex.lemma(noun) in self.w.volition and not self.polarity.negated(noun.head.head):
            return list(self.holder(noun.head.head).mentions)  # "X stepped up patrols in a bid to counter Y"
        if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} and noun.head.head.pos_ == "VERB" \
                and self.events.kind(noun) == "attack" and not is_passive(noun.head.head) \
                and not self.polarity.negated(noun.head.head):
            return list(self.holder(noun.head.head).mentions)  # "X flew troops into Y in a raid that killed Z"
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and self.lex.lemma(noun) in self.w.volition \
                and self._proceeds(noun.head.head):
            return list(self.holder(noun.head.head).mentions)  # "X will go through with plans to revoke Y's status"
        return []

    def _proceeds(self, verb: Token) -> bool:
        """'go through (with)', 'press ahead (with)', 'proceed (with)': going on with something, not negated."""
        particles = self.w.proceeding_with.get(self.lex.lemma(verb))
        if particles is None or self.polarity.negated(verb) or self.polarity.refused(verb):
            return False
        return not particles or any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in verb.children)


    def _act_noun(self, noun: Token) -> bool:
        """A noun naming an act or a measure ('sanctions', 'support', 'strikes'), not someone acted on."""
        lemma = self.lex.lemma(noun)
        return lemma in self.lex.nouns or self.events.kind(noun) is not None or lemma in self.w.relief_objects

    def _inner_act(self, noun: Token) -> Token:
        """'a surge in violence', 'a wave of attacks': a noun of how much or how often stands for the act it
        counts; any other noun for itself."""
        if noun.pos_ != "NOUN" or self.lex.lemma(noun) not in self.w.trend_nouns:
            return noun
        return next((x for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                     for x in p.children if x.dep_ == "pobj" and (self._act_noun(x) or self._wrong(x))), noun)

    def _possessor(self, noun: Token) -> list[int]:
        """'X's', 'its', and in a quotation 'our' (the speaker's): who owns a noun."""
        found = []
        for c in (c for c in noun.children if c.dep_ == "poss"):
            speaker = self._quoted_speaker(c) if self._first_person(c) else []
            found += speaker or self.d.direct(c) or self.d.pronoun(c)
        return found

    def _first_person(self, token: Token) -> bool:
        """'we', 'our' (not 'US', a name that reads like one)."""
        return token.lower_ in self.w.first_person and token.i not in self.d.token_mention

    def _speaker_or_named(self, token: Token, **resolve: bool) -> list[int]:
        """A quoted 'we' or 'our' is the quotation's speaker; any other word, what it refers to."""
        return self._quoted_speaker(token) if self._first_person(token) else self.d.entities(token, **resolve)

    def _quoted_speaker(self, token: Token) -> list[int]:
        """Who speaks the quotation a token is in, if it is in one with a known speaker."""
        quote = self.d.quote_of(token)
        return list(quote.speaker) if quote and quote.speaker else []


    def _infinitive(self, verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


    def _felt(self, adjective: Token) -> bool:
        """Whether an adjective takes the preposition of a feeling toward someone: 'critical of X' is the
        subject's stance, 'critical to X' a necessity."""
        preps = {p for frame in self.w.adjectives.get(adjective.lower_, {}).values() for p in frame}
        return any(c.dep_ == "prep" and c.lower_ in preps for c in adjective.children)

    def _measure_adopters(self, holder: Holder, *, sponsors: bool) -> Holder:
        """'The council adopted a resolution censuring X', 'Y's resolution condemning X': a measure's stance is
        held by whoever adopts it or whose it is, and for what it says by a verb, by whoever brought it; a measure
        with none of these holds none (a text takes no side)."""
        found: list[int] = []
        for h in holder.mentions:
            if kind_of(self.d.mentions[h].kb_id) != ACCORD:
                found.append(h)
                continue
            first = self.d.mention_token.get(h)
            root = self.d._mention_root(h, first) if first is not None else None
            if root is None:
                continue
            found += [m for c in root.children if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)]
            verb = root.head
            if root.dep_ == "dobj" and verb.pos_ == "VERB" and not self.polarity.negated(verb) \
                    and "opposes" not in self.lex.verb_relations(verb) and self.lex.lemma(verb) not in self.lex.refusal:
                found += self.holder(verb).mentions
            found += self._measure_sponsors(h) if sponsors else []
        return Holder(tuple(dict.fromkeys(found)), holder.speaker)

    def _past_measures(self, targets: list[int], holder: Holder) -> list[int]:
        """'Eritrea hailed the decision', 'Russia voted against the resolution': a stance on a measure the article
        names by no proper name is one on whoever made it (`_measure_makers`), not on a node of its own; on none
        when one of its makers holds it ('the council adopted a British-drafted resolution'), and on the measure
        when no maker is told."""
        found: list[int] = []
        for t in targets:
            if ARTICLE_KEY not in self.d.mentions[t].kb_id or kind_of(self.d.mentions[t].kb_id) != ACCORD:
                found.append(t)
                continue
            adopters, bringers = self._measure_makers(t)
            adopters = adopters or ([] if bringers else self._measure_bodies(t))
            if not adopters and not bringers:
                found.append(t)
            elif not any(self._same_entity(m, h) for m in (*adopters, *bringers) for h in holder.mentions):
                found += adopters or bringers  # a draft voted down is its sponsors'
        return list(dict.fromkeys(found))

    def _measure_makers(self, measure: int) -> tuple[list[int], list[int]]:
        """Who made a measure, at any of its mentions: the bodies that adopted it ('the council adopted a
        resolution', 'a resolution passed by X', 'X's resolution'), and whoever brought it ('a British-drafted
        resolution', 'the resolution brought by X')."""
        kb_id = self.d.mentions[measure].kb_id
        if kb_id in self.measure_makers:
            return self.measure_makers[kb_id]
        makers: list[int] = []
        drafters: list[int] = []
        for root in self._measure_roots(measure):
            verb = root.head
            adopted = self.lex.lemma(verb) in self.w.adopting and not self.polarity.negated(verb)
            if root.dep_ == "dobj" and adopted:
                makers += self.holder(verb).mentions
            elif root.dep_ == "nsubjpass" and adopted:
                makers += self._agent(verb)
            elif root.dep_ == "pobj" and verb.lower_ == "with":
                makers += self._going_ahead(verb.head)
            for c in root.children:
                if c.dep_ == "poss":
                    makers += self.d.entities(c, fallback=False)
                elif c.dep_ == "acl" and self.lex.lemma(c) in self.w.adopting:  # "passed by X"
                    makers += self._agent(c)
                elif c.dep_ == "amod" and self.lex.lemma(c) in self.w.adopting | self.w.sponsoring:
                    named = self._hyphen_owner(c)  # "a British-drafted resolution"
                    (makers if self.lex.lemma(c) in self.w.adopting else drafters).extend(named)
                # "brought by X" is among `_measure_sponsors`, which leaves out who also voted against it
        found = list(dict.fromkeys(makers)), list(dict.fromkeys([*drafters, *self._measure_sponsors(measure)]))
        self.measure_makers[kb_id] = found
        return found

    def _measure_bodies(self, measure: int) -> list[int]:
        """The body or state this mention of a measure names before its head, when none of its mentions tells who
        made it ('rejected the Arab League resolution', 'welcomed the EU resolution')."""
        first = self.d.mention_token.get(measure)
        root = self.d._mention_root(measure, first) if first is not None else None
        return [m for m in self.d.named_by_modifiers(root) if self.d._kind(m) in {"ORG", "STATE"}] if root else []

    def _going_ahead(self, token: Token) -> list[int]:
        """Who carries on with a measure ('X pressed ahead with the referendum', 'X will go ahead with the vote');
        not one who refuses to or will not."""
        verb = token.head if token.lower_ == "ahead" and token.dep_ in {"advmod", "prt"} else token
        if self.lex.lemma(verb) not in self.w.going_ahead or self.polarity.negated(verb) \
                or self.polarity.refused(verb):
            return []
        return list(self.holder(verb).mentions)

    def _measure_roots(self, measure: int) -> list[Token]:
        """The parse roots of every mention of the measure's entity in the article."""
        kb_id = self.d.mentions[measure].kb_id
        roots = []
        for m in (x.idx for x in self.d.mentions if x.kb_id == kb_id):
            first = self.d.mention_token.get(m)
            root = self.d._mention_root(m, first) if first is not None else None
            if root is not None:
                roots.append(root)
        return roots

    def _measure_sponsors(self, measure: int) -> list[int]:
        """Who the article says brought a measure ('the resolution brought by X', 'co-sponsored by X and Y', 'X
        introduced the resolution'), at any of its mentions; not who also voted against or vetoed it (an
        article's two rival drafts are one entity)."""
        kb_id = self.d.mentions[measure].kb_id
        if kb_id in self.measure_sponsors:
            return self.measure_sponsors[kb_id]
        sponsors: list[int] = []
        opponents: set[str] = set()
        for root in self._measure_roots(measure):
            verb = root.head
            sponsored = self.lex.lemma(verb) in self.w.sponsoring and not self.polarity.negated(verb)
            if root.dep_ == "dobj" and sponsored:  # "X introduced the resolution"
                sponsors += self.holder(verb).mentions
            elif root.dep_ == "nsubjpass" and sponsored:  # "the resolution was tabled by X"
                sponsors += self._agent(verb)
            elif root.dep_ in {"dobj", "pobj"} and verb.pos_ in {"VERB", "ADP"}:  # "vetoed it", "voted against it"
                acting = verb.head if verb.pos_ == "ADP" else verb
                if "opposes" in self.lex.verb_relations(acting) or verb.lower_ == "against":
                    opponents.update(self.d.entity_key(x) for x in self.holder(acting).mentions)
            sponsors += [x for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         and self.lex.lemma(c) in self.w.sponsoring for x in self._agent(c)]  # "brought by X"
        self.measure_sponsors[kb_id] = [x for x in dict.fromkeys(sponsors) if self.d.entity_key(x) not in opponents]
        return self.measure_sponsors[kb_id]

    def _conjoined_with_report(self, node: Token) -> Token | None:
        """'X has said his party is ready to help Y, and has accused Z of ...': a verb without a subject that the
        parser hung on the reported clause, though its auxiliary is the reporting verb's: X accused Z."""
        if node.dep_ != "conj" or node.pos_ != "VERB" or node.head.dep_ != "ccomp" \
                or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in node.children):
            return None
        report = node.head.head
        if self.lex.lemma(report) not in self.lex.speech or report.tag_ != node.tag_:
            return None
        auxiliaries = [c.lower_ for c in node.children if c.dep_ == "aux"]
        if not auxiliaries or auxiliaries != [c.lower_ for c in report.children if c.dep_ == "aux"] \
                or auxiliaries == [c.lower_ for c in node.head.children if c.dep_ == "aux"]:
            return None
        return report

    def _reporter(self, clause: Token) -> int | None:
        """The speaker of a reported clause: 'Witkoff said the US would keep supporting Ukraine'."""
        node = clause
        for _ in range(3):
            if node.dep_ != "ccomp" or node.head == node:
                return None
            node = node.head
            if self.lex.lemma(node) in self.lex.speech:
                for child in node.children:
                    if child.dep_ == "nsubj":
                        found = self.d.entities(child, fallback=False)
                        return found[0] if found else None
        return None


    def _within_quote(self, token: Token, quote) -> bool:
        return quote.start <= token.idx < quote.end


    def _subject(self, verb: Token) -> Token | None:
        return self.d.subject_of(verb)


    def _object_said_of(self, subject: Token) -> list[int]:
        """'X slammed the decision, saying it undermines Y': 'it' is the act X slammed, so whoever took it."""
        clause, said = subject.head, subject.head.head
        if subject.lower_ != "it" or subject.dep_ != "nsubj" or clause.dep_ != "ccomp" or said.tag_ != "VBG":
            return []
        main = said.head.head if said.dep_ == "pcomp" else said.head if said.dep_ == "advcl" else None
        acts = [o for o in (main.children if main is not None else ()) if o.dep_ == "dobj"
                and o.i not in self.d.token_mention and self.events.kind(o) is not None]
        return [m for o in acts for m in self.events.antecedent(o)]

    def _list_opener(self, verb: Token, subject: Token) -> list[int]:
        """'Turkey, the US and Iran have joined X': the first name of a list opening the clause, which the parser
        hung on the verb (as npadvmod) and not as a conjunct of the subject that follows the comma."""
        if not any(c.dep_ == "cc" for c in subject.children) or subject.left_edge.i < 2:
            return []
        comma = subject.doc[subject.left_edge.i - 1]
        opener = subject.doc[comma.i - 1]
        while opener.head.i != opener.i and opener.head.i < comma.i and opener.dep_ in {"compound", "flat"}:
            opener = opener.head
        if comma.text != "," or opener.head.i != verb.i or opener.dep_ not in {"npadvmod", "nsubj"} \
                or opener.left_edge.i != verb.sent.start:
            return []
        return self.d.entities(opener, fallback=False)

    def _followers(self, verb: Token, subject: Token) -> list[int]:
        """'X recognised Y, followed by Z and W', 'X, joined by Z, condemned Y', 'X recognised Y, as did Z': those
        who do as the subject does; not a named act ('followed by Z's retaliation') nor a negated participle."""
        participles = [c for c in verb.children if c.dep_ == "advcl"] + [
            c for c in subject.children if c.dep_ == "acl" and c.i > subject.i]
        found: list[int] = []
        for p in participles:
            if p.lower_ in PRO_VERBS and any(c.dep_ == "mark" and c.lower_ == "as" for c in p.children) \
                    and not self.polarity.negated(p):  # "X recognised Y, as did Z and W": the same act, theirs too
                found += [m for c in p.children if c.dep_ == "nsubj" for m in self.d.entities(c, fallback=False)]
                continue
            if p.tag_ != "VBN" or self.lex.lemma(p) not in self.w.following or self.polarity.negated(p):
                continue
            for by in (c for c in p.children if c.dep_ == "agent"):
                for o in (c for c in by.children if c.dep_ == "pobj"):
                    if any(c.dep_ == "poss" for c in o.children) or self.events.kind(o) is not None \
                            or self.lex.lemma(o) in self.w.event_nouns:
                        continue
                    found += self.d.entities(o, fallback=False, agent=True)
        return found

    def _own_claim(self, t: Token, holder: Holder) -> bool:
        """'China's claims that X poses a risk': a judgement inside a claim is the claimant's own stance, however
        the claim is reported; not another's act the claim alleges ('Y's claims that X attacked Z'). So is a
        description in a free relative ('rejected what Y called X's aggression': Y's own words)."""
        node = t
        for _ in range(6):
            if node.head == node:
                return False
            came_by, node = node.dep_, node.head
            if node.pos_ == "VERB" and self.lex.lemma(node) in self.w.construing and node.left_edge.lower_ == "what" \
                    and node.left_edge.dep_ in {"dobj", "attr"}:
                return bool(holder.mentions) and set(self.holder(node).mentions) == set(holder.mentions)
            if came_by in {"acl", "ccomp"} and node.lower_ in self.polarity.denial_nouns:
                owners = {m for c in node.children if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)}
                return bool(owners) and owners <= set(holder.mentions)
        return False

    def _companions(self, verb: Token, subject: Token) -> list[int]:
        """'X, along with Y, condemned Z', 'X together with Y ...', 'X, alongside Y, ...': Y acts with the subject,
        whether the parser hung the phrase on the subject or, between subject and verb, on the verb."""
        found: list[int] = []
        for c in (*subject.children, *(c for c in verb.children if subject.i < c.i < verb.i)):
            if c.dep_ != "prep":
                continue
            low = c.lower_
            withs = [c] if low == "alongside" or (low == "with" and any(
                a.dep_ == "advmod" and a.lower_ in {"together", "along"} for a in c.children)) else [
                w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"] if low == "along" else []
            found += [m for w in withs for o in w.children if o.dep_ == "pobj"
                      for m in self.d.entities(o, fallback=False, agent=True)]
        return found

    def _agent(self, verb: Token) -> list[int]:
        by = agent_object(verb)
        if by is not None:
            return self.d.entities(by)
        return self._framed_agent(verb) or self._repeated_agent(verb) or self._shut_out_by_owner(verb)

    def _shut_out_by_owner(self, verb: Token) -> list[int]:
        """'Huawei was banned from the UK's 5G network': shut out of what X owns, by no one named, by X."""
        if not is_passive(verb) or self.lex.lemma(verb) not in self.w.shutting_out:
            return []
        return [m for o in prep_objects(verb, {"from"}) if o.i not in self.d.token_mention
                for c in o.children if c.dep_ == "poss" for m in self.d.entities(c, fallback=False)]

    def _framed_agent(self, verb: Token) -> list[int]:
        """'was expelled in a retaliatory move by X', 'in X's response': the act's frame names who did it."""
        frames = [o for o in prep_objects(verb, {"in", "as"}) if self.lex.lemma(o) in self.w.agent_frames]
        return [m for f in frames for x in (*prep_objects(f, {"by"}), *(c for c in f.children if c.dep_ == "poss"))
                for m in self.d.entities(x, agent=True)]

    def _last_named(self, t: Token, *, back: int, among: Container[int], holders: set[int]) -> list[int]:
        """The last mention of one of `among`, not a holder, named in this sentence before `t` or the `back`
        sentences before it."""
        for token in self._tokens_before(t, back=back):
            m = self.d.token_mention.get(token.i)
            if m is not None and m in among and m not in holders:
                return [m]
        return []

    def _tokens_before(self, t: Token, *, back: int) -> Iterator[Token]:
        """The tokens before `t`, nearest first, back to the start of the sentence `back` sentences before."""
        return reversed(self.d.doc[self.d.window_start(t.i, back):t.i])

    def _repeated_agent(self, verb: Token) -> list[int]:
        """'X suspended Niger. Mali and Guinea have also been suspended': an act said to be repeated ('also',
        'too', 'likewise') without its agent is by whoever did it last in the sentences before."""
        if not any(c.dep_ == "advmod" and c.lower_ in {"also", "too", "likewise", "similarly"} for c in verb.children):
            return []
        lemma = self.lex.lemma(verb)
        for earlier in self._tokens_before(verb, back=3):
            if earlier.pos_ == "VERB" and self.lex.lemma(earlier) == lemma and not is_passive(earlier):
                subject = self.d.subject_of(earlier)
                return self.d.entities(subject, agent=True) if subject is not None else []
        return []


    def _is_expletive(self, subject: Token) -> bool:
        head = subject.head
        if subject.lower_ == "there":
            return True
        if subject.dep_ != "nsubj":
            return False
        if self.lex.lemma(head) in {"be", "seem", "appear", "remain", "become"}:  # "it is not up to X"
            # in a relative clause only a clause set after it makes 'it' empty: "the sea, where it is at odds
            # with X" names whoever 'it' is
            empty = {"ccomp", "xcomp"} if head.dep_ == "relcl" else \
                {"ccomp", "xcomp", "acomp", "attr", "prep", "advmod"}
            return any(c.dep_ in empty or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children))
                for c in head.children)  # "it was because X annexed Y": a reason given, no one's act
        return any(c.dep_ == "ccomp" for c in head.children)  # "it emerged that ...", not "it is seeking X"


    def _deontic(self, verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children)


    def _not_reported(self, objects: list[Token]) -> list[Token]:
        """What a worry is about, less the allegations and reports it names: 'concern over X's allegations' is
        over what they say, not over X."""
        return [o for o in objects if self.lex.lemma(o) not in self.w.reported]

    def _objects(self, t: Token, preps: list[str] | tuple[str, ...]) -> list[Token]:
        out = []
        fronted = any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
        for child in t.children:
            if child.dep_ in OBJECTS or (fronted and child.dep_ == "nsubj" and child.i > t.i):
                out.append(child)  # "X's ministry summoned Y's ambassador": the parser may make Y a second subject
            elif child.dep_ == "prep" and child.lower_ in preps:
                out.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
            elif child.dep_ == "prt":
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ in preps:
                        out.extend(c for c in grand.children if c.dep_ == "pobj")
        if self._object_gap(t):
            out.append(t.head)  # "a move Y condemned", "the militia X backs": the noun the clause is about
        if not any(c.dep_ in OBJECTS or c.dep_ == "nsubjpass" for c in t.children):
            out += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "as" and any(
                c.pos_ == "ADJ" for c in p.children) for o in p.children if o.dep_ == "pobj" and o not in out]
            # "rejected as 'baseless' X's claim": an object moved after the judgement, the adjective hung on 'as'
            # (whatever else hangs on the verb: "on Tuesday dismissed as absurd the proposal of X")
        return out


    def _object_gap(self, t: Token, complement: Token | None = None) -> bool:
        """A relative clause with no pronoun whose object is the noun it describes ('a move Y condemned as
        illegal', 'a decision Y called illegal', 'the militia X backs'): a subject, no object of its own but the
        complement given; only for a noun that names someone or a clause's act."""
        if t.dep_ not in {"relcl", "acl"} or t.head.pos_ not in {"NOUN", "PROPN"} or t.head.i > t.i or any(
                (c != complement and (c.dep_ in OBJECTS or c.dep_ in {"nsubjpass", "ccomp", "xcomp"}))
                or c.lower_ in RELATIVE for c in t.children):
            return False
        if not any(c.dep_ == "nsubj" for c in t.children):
            return False
        return bool(self.d.direct(t.head) or self.events.clause_act(t.head))

    def _framework(self, objects: list[Token]) -> list[int]:
        """'the cessation of hostilities under the Pretoria Agreement': the accord a process is carried out under;
        backing the process backs the accord."""
        out: list[int] = []
        frontier = [o for o in objects if o.pos_ == "NOUN" and o.i not in self.d.token_mention]
        for _ in range(3):  # "the cessation of hostilities under X": down a short chain of 'of' phrases
            nxt = []
            for node in frontier:
                for p in (c for c in node.children if c.dep_ == "prep" and (c.lower_ in self.w.framing_preps
                                                                             or c.lower_ == "of")):
                    for x in (c for c in p.children if c.dep_ == "pobj"):
                        m = self.d.token_mention.get(x.i)
                        if p.lower_ != "of" and m is not None and kind_of(self.d.mentions[m].kb_id) == ACCORD:
                            if m not in out:
                                out.append(m)
                        elif p.lower_ == "of" and m is None:
                            nxt.append(x)
            frontier = nxt
        return out

    def _targets(self, tokens: list[Token]) -> list[int]:
        out: list[int] = []
        for tok in tokens:
            for m in self._agreement_parties(tok) or self._object_said_of(tok) or self._bid_talked(tok) \
                    or self.d.entities(tok, fallback=True) or self.events.antecedent(tok) \
                    or self.events.clause_act(tok):
                if m not in out:
                    out.append(m)
        return out

    def _bid_talked(self, tok: Token) -> list[int]:
        """'the start of talks on X's bid to join the EU', 'talks over X's entry into the EU': whose bid to join
        the talks are about."""
        lemma = self.lex.lemma
        if tok.pos_ != "NOUN" or tok.i in self.d.token_mention:
            return []
        talks = [o for o in prep_objects(tok, {"of"}) if lemma(o) in self.w.bid_talk_nouns] \
            if lemma(tok) in self.w.talk_openings else [tok] if lemma(tok) in self.w.bid_talk_nouns else []
        bids = [b for x in talks for b in prep_objects(x, {"on", "over", "about", "for"})
                if lemma(b) in self.w.talked_bids]
        return [m for b in bids for m in self.d.possessor_of(b) if self.d._kind(m) == "STATE"]

    def _agreement_parties(self, tok: Token) -> list[int]:
        """'slammed an agreement between X and Y', 'the X-Y deal', 'X's pact with Y': a stance on an unnamed
        agreement is one on its parties, each named in its phrase; not on a deal that only ends hostilities
        ('the ceasefire agreement between X and Y')."""
        if tok.pos_ != "NOUN" or tok.i in self.d.token_mention or self.lex.lemma(tok) not in self.w.agreements \
                or any(self.lex.lemma(c) in self.w.not_agreements for c in tok.children
                       if c.dep_ in {"amod", "compound", "nmod"}):
            return []
        found: list[int] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"between", "with"}:
                found += [m for o in c.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
                          for m in self.d.entities(x, fallback=False)]
            elif c.dep_ == "poss":
                found += self.d.entities(c, fallback=False)
            elif c.dep_ in {"compound", "amod", "nmod"} and c.i in self.d.token_mention:  # "the Greece-Egypt deal"
                found += [m for x in (*hyphened_before(c), c) for m in self.d.direct(x)]
        return list(dict.fromkeys(m for m in found if self.d._kind(m) in {"STATE", "ORG", "PERSON"}))


def stance_relations(d: Discourse) -> Iterator[Relation]:
    """The rules' relations; where one sentence has an actor both take part in a force and stay out of it ('said
    it would send a frigate but made clear the deployment was not part of the operation'), the refusal stands."""
    found = list(StanceRules(d).relations())

    def key(r: Relation) -> tuple[str, str, int]:
        return d.entity_key(r.source), d.entity_key(r.target), r.sent

    refused = {key(r) for r in found if r.relation == "declines"}
    yield from (r for r in found if r.relation != "participates_in" or key(r) not in refused)
