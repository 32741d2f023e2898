"""Cue lexicons (data/lexicon/stance.json), read by lemma.

Words are matched on their lemma (`StanceLexicon.lemma`): spaCy's where the pipeline set one, else an index of
the inflected forms of every word the lexicon names, so hand-built test Docs and blank pipelines match too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from nlp.cues import CueLexicon, load_cues
from nlp.gazetteer import load_gazetteer
from nlp.lemmas import FallbackLemmas
from nlp.stance_words import StanceWords

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nlp.polarity import Polarity

# The lexicon's word lists, by dotted path: their inflected forms are indexed for Docs without lemmas.
VERB_LISTS = (
    "speech_verbs", "acceptance_verbs", "refusal_verbs", "warning_verbs", "evaluative_verbs", "cessation_verbs",
    "denial_verbs", "directive_verbs", "combat_purposes", "allegation_verbs", "disapproval_verbs", "pledge_markers",
    "event_verbs", "framing_verbs", "describing_verbs", "naming_verbs", "owning_participles", "force_building_verbs",
    "founding_verbs",
    "relief.verbs", "sustain_idioms", "staying_out", "receiving.verbs", "reactions.triggers", "side_taking.verbs",
    "angry_reactions.verbs", "responding_to.verbs", "recognising_as.verbs", "rights_upheld.acts", "snubbing.verbs",
    "answered_calls.verbs",
    "accord_verbs.supports", "accord_verbs.opposes", "harm_verbs.verbs", "ordering_verbs", "helping_verbs",
    "expelling_verbs.verbs", "staying_out_nouns.verbs", "composition_verbs.verbs", "claiming.verbs",
    "aiming_participles.verbs", "ties.ending_verbs", "ties.restoring_verbs", "ties.switching_verbs", "ties.deliveries",
    "diplomacy.ordering_out", "diplomacy.leaving", "diplomacy.unwelcome_verbs", "diplomacy.causative",
    "diplomacy.retreats", "diplomacy.demanding", "diplomacy.annulling", "diplomacy.pausing", "votes.verbs",
    "diplomacy.withdrawing_envoys", "diplomacy.summoning", "diplomacy.sending_out", "copulas.verbs",
    "withholding_verbs.verbs", "withholding_verbs.blocking", "bond_agreements.signing", "diplomacy.forsaking",
    "diplomacy.restraint",
    "striving_verbs.verbs", "branding.verbs", "construing.verbs", "sought_fates.seeking_verbs",
    "sought_fates.seeking_for_verbs", "acting_together.verbs", "bloc_categories.renewing_verbs",
    "membership.founding_verbs",
    "membership.listing_verbs", "membership.aspiring_verbs", "membership.making_up", "closing.verbs",
    "permitting_verbs", "receiving.turning_verbs", "receiving.buying_verbs", "membership.inviting_verbs",
    "membership.chairing_verbs", "bond_agreements.reaching", "membership.admitting_verbs", "membership.holding_chair",
    "envoy_nouns.not_after",
    "envoy_nouns.expelled", "conflict_nouns.verbs", "harm_verbs.charging", "attendance.verbs", "attendance.hosting",
    "attendance.journeys", "attendance.speaking", "attendance.delegation_leading", "attendance.delegation_sending",
    "attendance.staying_away", "attendance.declining_invitations", "attendance.accepting_invitations",
    "threats.countering", "threats.posing", "quitting.verbs", "attendance.confirming", "attendance.participating",
    "implicit_patients.verbs",
    "against_taking.neutral_verbs", "holding_to_account.verbs", "phrase_idioms", "following_verbs.verbs",
    "access_granting.verbs",
    "small_clause_verbs.verbs",
    "support_ending.verbs", "ongoing_enders.verbs",
    "requests.verbs", "measure_sponsoring.verbs", "measure_adopting.verbs", "culprits.verbs", "culprits.knowing",
    "harm_verbs.charging_objects", "hindering.verbs", "military_nouns.sending_verbs",
    "presenting_verbs.verbs", "casualty_verbs.verbs", "remark_tones.voicing_verbs", "feeling_verbs.opposes",
    "feeling_verbs.supports", "feeling_verbs.leaving", "export_restricting.verbs", "hostile_lists.verbs",
    "shut_out.verbs", "measure_content.admitting", "measure_content.prolonging",
    "court_taking.verbs", "provoked_reactions.verbs", "provoked_reactions.voicing", "shared_views.verbs",
    "halted_trade.verbs", "territorial_acts.verbs",
)
NOUN_LISTS = (
    "internal_parties.insurgents", "responding_to.nouns", "proof_nouns.nouns", "proof_nouns.lacking",
    "worrying.nouns", "worrying.reported", "armed_kinds.words",
    "attack_nouns", "agent_nouns", "event_nouns", "participation_subjects", "quantity_nouns", "retaliation_nouns",
    "volition_hesitant", "from_holder_nouns", "denial_nouns", "located_nouns", "snubbing.refusal_nouns",
    "located_courts.nouns", "membership_nouns", "membership.seats",
    "membership.bids", "with_giver_nouns.nouns", "access_granting.objects", "receiving.arms",
    "relief.nouns", "relief.objects", "receiving.objects", "reactions.nouns", "reactions.approving_nouns",
    "staying_out_nouns.nouns",
    "bond_nouns.nouns", "leadership_nouns", "patient_nouns.nouns", "conflict_nouns.nouns", "bond_agreements.nouns",
    "recognising_as.winners", "rights_upheld.nouns", "located_attacks.nouns",
    "framework_nouns.nouns", "claiming.nouns", "ties.nouns", "ties.switched_nouns", "ties.ending_nouns",
    "ties.restoring_nouns", "bond_agreements.formed", "ties.contracts",
    "diplomacy.membership_objects", "diplomacy.time_nouns", "diplomacy.annulled", "votes.measures",
    "statement_nouns.nouns", "content_nouns.nouns", "export_restricting.objects", "hostile_lists.nouns",
    "hostile_lists.list_nouns", "supply_nouns.heads", "supply_nouns.qualifiers", "military_nouns.nouns",
    "military_nouns.arms", "trend_nouns.nouns", "measure_content.nouns", "measure_content.terms",
    "court_taking.forums", "provoked_reactions.nouns", "shared_views.nouns", "halted_trade.visas",
    "envoy_nouns.nouns", "seated_officials.nouns", "sought_fates.nouns", "group_members.nouns",
    "sought_fates.seeking_nouns",
    "diplomacy.envoys", "nonstate_targets", "branding.nouns", "misconduct.nouns",
    "misconduct.conduct", "misconduct.courses", "evaluative.vehicles", "asking_nouns.nouns",
    "access_granting.ways", "access_granting.passage_only_ways", "access_granting.passages",
    "membership.bid_talks.openings", "membership.bid_talks.talks", "membership.bid_talks.bids",
    "culprits.culprit_nouns", "issued_orders.nouns",
    "restoration.nouns", "restoration.calls", "recipient_nouns.nouns", "attendance.gatherings", "attendance.speeches",
    "attendance.sidelines", "requests.nouns",
    "bloc_categories.deciding_nouns", "attendance.delegations",
    "supply_nouns.cut_off", "supply_nouns.money", "supply_nouns.hardware", "remark_tones.nouns",
    "changed_standing.nouns", "changed_standing.acts", "culprits.wrongs", "culprits.acts", "culprits.evidence",
    "attendance.invitations", "membership.nouns", "membership.heads", "membership.when_nouns",
    "closing.objects", "membership.chair_nouns", "plan_texts.nouns", "threats.nouns", "conflict_nouns.mutual.nouns",
    "conflict_nouns.one_sided.nouns", "conjecture_nouns.nouns", "proceeding_nouns.nouns", "prospects.approaching",
    "prospects.ability", "internal_parties.nouns", "sponsored_groups.nouns",
    "attendance.participation_nouns",
    "attendance.participants", "attendance.taking_part_nouns", "victim_nouns.nouns",
    "state_organs.nouns", "giver_nouns.nouns", "diplomacy.withdrawing_nouns", "diplomacy.embassies",
    "attendance.hosted_armed",
    "implicit_patients.nouns", "undertaking_work_nouns", "quitting.nouns",
    "sovereign_possessions.nouns",
)


def _words(raw: dict, path: str) -> list[str]:
    """The words at a dotted path of the lexicon ('receiving.verbs'), or a dict's keys."""
    value: object = raw
    for key in path.split("."):
        value = value[key]  # type: ignore[index]
    return [w for w in value if not w.startswith("_")]  # type: ignore[union-attr]


@dataclass(frozen=True)
class StanceLexicon:
    raw: dict
    cues: CueLexicon  # verbs of stance: the hand lexicon merged with CAMEO (data/lexicon/cues.json)
    nouns: dict[str, dict[str, list[str]]]  # noun lemma -> {relation: preps}
    relief_verbs: frozenset[str]
    speech: frozenset[str]
    acceptance: frozenset[str]
    refusal: frozenset[str]
    warning: frozenset[str]
    evaluative_verbs: frozenset[str]
    fallback: FallbackLemmas
    state_regions: dict[str, frozenset[str]]  # "STATE:IL" -> {"Asia", "Western Asia", "STATE:IL"} (the gazetteer's)
    seats: frozenset[str]  # capitals' ids for seats of government that are not the capital ("CAPITAL:NL:the-hague")

    def lemma(self, token: Token) -> str:
        return self.fallback.of(token)

    def named(self, token: Token, words: frozenset[str]) -> bool:
        """Whether the token's lemma or its written form is among the words ('bases', which the lemmatizer reads
        as 'basis'; 'visas' tagged as a proper noun)."""
        return self.lemma(token) in words or token.lower_ in words

    @cached_property
    def words(self) -> StanceWords:
        """The word lists the stance rules read, built once."""
        return StanceWords(self.raw)

    @cached_property
    def polarity(self) -> Polarity:
        from nlp.polarity import Polarity

        return Polarity(self)

    def verb_relations(self, token: Token) -> dict[str, list[str]]:
        """The relations a verb carries in its context ('impose sanctions', 'back down'), with the
        prepositions that introduce their targets. A hand-listed phrasal verb with its particle ('call out',
        'lash out') is more specific than any CAMEO pattern."""
        return self.verb_cue(token)[0]

    def verb_cue(self, token: Token) -> tuple[dict[str, list[str]], bool]:
        """The verb's relations and whether a pattern on its object gave them ('imposed sanctions on X')."""
        lemma = self.lemma(token)
        idiom = self.raw["idiomatic_phrasals"].get(lemma, ())
        if idiom and any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in idiom for c in token.children):
            return {}, False  # "hammered out a deal"
        particle = self.raw["phrasal_particles"].get(lemma)
        if particle and any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == particle for c in token.children):
            entry = self.cues.entry(lemma)
            return (entry.relations if entry else {}), False
        if self.cues.entry(lemma) is None:
            return {}, False
        pattern = self.cues.pattern(token, self.lemma)
        return self.cues.relations(token, self.lemma, pattern=pattern), self.cues.on_object(pattern)

    def base(self, word: str) -> str:
        """The lemma of a bare word form, by the lexicon's index ('struck' -> 'strike')."""
        return self.fallback(word)


def _by_lemma(entries: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for relation, words in entries.items():
        for word, preps in words.items():
            out.setdefault(word, {})[relation] = preps
    return out


@lru_cache(maxsize=4)
def load_stance_lexicon(data_dir: str) -> StanceLexicon:
    raw = json.loads((Path(data_dir) / "lexicon" / "stance.json").read_text(encoding="utf-8"))
    cues = load_cues(data_dir)
    nouns = _by_lemma(raw["nouns"])
    verbs = set(cues.verbs) | set(_by_lemma(raw["verbs"]))
    for path in VERB_LISTS:
        verbs.update(_words(raw, path))
    for kind in _words(raw, "event_kinds"):
        verbs.update(raw["event_kinds"][kind]["verbs"])
    noun_words = set(nouns)
    for patterns in cues.blocks.values():  # "recalled its ambassadors": the objects CAMEO patterns name
        noun_words.update(w for p in patterns for w in (p.object or ()) if " " not in w)
    for path in NOUN_LISTS:
        noun_words.update(_words(raw, path))
    for group in ("relational_nouns", "event_kinds"):
        for kind in _words(raw, group):
            entry = raw[group][kind]
            noun_words.update(entry["nouns"] if isinstance(entry, dict) else entry)
            noun_words.update(entry.get("nominal", ()) if isinstance(entry, dict) else ())
    gazetteer = load_gazetteer(str(Path(data_dir) / "gazetteer"))
    return StanceLexicon(
        raw=raw,
        cues=cues,
        nouns=nouns,
        relief_verbs=frozenset(raw["relief"]["verbs"]),
        speech=frozenset(raw["speech_verbs"]),
        acceptance=frozenset(raw["acceptance_verbs"]),
        refusal=frozenset(raw["refusal_verbs"]),
        warning=frozenset(raw["warning_verbs"]),
        evaluative_verbs=frozenset(raw["evaluative_verbs"]),
        fallback=FallbackLemmas(verbs, noun_words, cues.forms),
        state_regions={kb: e.regions | {kb} for kb, e in gazetteer.entities.items() if e.type == "STATE"},
        seats=frozenset(kb for kb, e in gazetteer.entities.items() if e.category == "seat"),
    )
