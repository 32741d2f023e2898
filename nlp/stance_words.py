"""The word lists the stance rules read, built once per lexicon from data/lexicon/stance.json."""

from __future__ import annotations

from dataclasses import dataclass


class StanceWords:
    def __init__(self, raw: dict) -> None:
        self.participation_objects = frozenset(raw["participation_objects"])
        self.plan_texts = frozenset(raw["plan_texts"]["nouns"])  # "the plans call for X to contribute troops"
        self.military_nouns = frozenset(raw["military_nouns"]["nouns"])  # "forces from X were sent"
        self.arms = frozenset(raw["military_nouns"]["arms"])  # "the deployment of US missiles"
        self.sending = frozenset(raw["military_nouns"]["sending_verbs"])  # "the UPDF are deployed under X"
        self.mission_nouns = frozenset(raw["military_nouns"]["missions"])  # "deployed to the CSTO mission"
        self.composing = frozenset(raw["composition_verbs"]["verbs"])  # "a mission comprising X forces"
        self.aiming = frozenset(raw["aiming_participles"]["verbs"])  # "sanctions aimed at X"
        self.blacklisting = frozenset(raw["blacklisting_participles"]["verbs"])  # "a US-designated group"
        self.voting = frozenset(raw["votes"]["verbs"])  # "voted against X"
        self.measures = frozenset(raw["votes"]["measures"])
        self.sponsoring = frozenset(raw["measure_sponsoring"]["verbs"])  # "the resolution brought by X"
        self.adopting = frozenset(raw["measure_adopting"]["verbs"])  # "the council adopted a resolution"
        self.going_ahead = frozenset(raw["measure_adopting"]["going_ahead"])  # "pressed ahead with the referendum"
        content = raw["measure_content"]  # "a motion to admit X", "a resolution condemning X"
        self.content_measures = frozenset(content["nouns"])
        self.measure_admitting = frozenset(content["admitting"])
        self.measure_prolonging = frozenset(content["prolonging"])
        self.measure_terms = frozenset(content["terms"])
        court = raw["court_taking"]  # "will take X to the International Court of Justice"
        self.court_taking = frozenset(court["verbs"])
        self.court_preps = frozenset(court["preps"])
        self.forums = frozenset(court["forums"])
        self.territorial = frozenset(raw["territorial_acts"]["verbs"])  # "annexed X's Crimean Peninsula"
        halted = raw["halted_trade"]  # "halted canola shipments from X"
        self.trade_halting = frozenset(halted["verbs"])
        self.visa_nouns = frozenset(halted["visas"])
        self.halted_through = frozenset(halted["through"])  # "the issuing of visas", "imports of X"
        self.view_sharing = frozenset(raw["shared_views"]["verbs"])  # "X shares the concerns of Y"
        self.shared_views = frozenset(raw["shared_views"]["nouns"])
        provoked = raw["provoked_reactions"]  # "X protested after Y sent ships"
        self.provoked_verbs = frozenset(provoked["verbs"])
        self.provoked_nouns = frozenset(provoked["nouns"])
        self.provoked_voicing = frozenset(provoked["voicing"])
        self.provoking_marks = frozenset(provoked["marks"])
        culprits = raw["culprits"]  # "X said Y was behind the fire"
        self.culprit_verbs = frozenset(culprits["verbs"])
        self.culprit_nouns = frozenset(culprits["culprit_nouns"])  # "the only culprit is Y"
        self.wrongs = frozenset(culprits["wrongs"])
        self.wrong_acts = frozenset(culprits["acts"])
        self.knowing = frozenset(culprits["knowing"])
        self.evidence = frozenset(culprits["evidence"])
        self.standing = frozenset(raw["changed_standing"]["nouns"])  # "will not recognise X's altered status"
        self.standing_changes = frozenset(raw["changed_standing"]["acts"])  # "... any change to X's borders"
        self.ballot_words = {k: v for k, v in raw["votes"]["ballots"].items() if not k.startswith("_")}  # "voted no"
        approval = raw["approval"]
        self.approval = frozenset(approval["verbs"])  # "welcomed X's decision"
        self.approved_acts = frozenset(approval["acts"])
        self.approval_chains = frozenset(approval["chains"])
        self.joining = frozenset(approval["joining"])  # "joined the case brought by X"
        self.joined_acts = frozenset(approval["joined_acts"])
        diplomacy = raw["diplomacy"]
        self.ordering_out = frozenset(diplomacy["ordering_out"])  # "was ordered to leave X"
        self.sending_out = frozenset(diplomacy["sending_out"])  # "ordered out 18 diplomats"
        self.leaving_country = frozenset(diplomacy["leaving"])
        self.membership_objects = frozenset(diplomacy["membership_objects"])  # "suspended X's membership"
        self.pausing = frozenset(diplomacy["pausing"])
        self.time_nouns = frozenset(diplomacy["time_nouns"])
        self.unwelcome = frozenset(diplomacy["unwelcome_verbs"])  # "declared X persona non grata"
        self.causative = frozenset(diplomacy["causative"])  # "had X arrested"
        self.withdrawing_envoys = frozenset(diplomacy["withdrawing_envoys"])  # "withdrew its ambassador to X"
        self.envoys = frozenset(diplomacy["envoys"])
        self.envoy_bodies = frozenset(diplomacy["envoy_bodies"]["nouns"])  # "its diplomatic staff"
        self.envoy_body_modifiers = frozenset(diplomacy["envoy_bodies"]["modifiers"])
        self.withdrawing_nouns = frozenset(diplomacy["withdrawing_nouns"])  # "the recall of its envoy from X"
        self.embassies = frozenset(diplomacy["embassies"])
        self.summoning = frozenset(diplomacy["summoning"])  # "summoned the Indian ambassador X": India
        self.envoy_particles = {k: v for k, v in diplomacy["withdrawing_particles"].items() if not k.startswith("_")}
        self.annulling = frozenset(diplomacy["annulling"])  # "annulled the victory of X"
        self.annulled = frozenset(diplomacy["annulled"])
        self.retreats = frozenset(diplomacy["retreats"])  # "requested X to withdraw its troops"
        self.retreat_particles = {v: frozenset(p) for v, p in diplomacy["retreat_particles"].items()}  # "step down"
        self.demanding = frozenset(diplomacy["demanding"])
        self.forsaking = frozenset(diplomacy["forsaking"])  # "urged X not to ignore Y": no opposition
        self.restraint = frozenset(diplomacy["restraint"])  # "urged X and Y to refrain from ...": mediation
        self.trend_nouns = frozenset(raw["trend_nouns"]["nouns"])  # "a surge in violence by X": the violence
        self.agent_frames = frozenset(raw["agent_frames"])  # "was expelled in a retaliatory move by X"
        ties = raw["ties"]
        self.tie_nouns = frozenset(ties["nouns"])  # "cut ties with X", "restored relations with X"
        self.contracts = frozenset(ties["contracts"])  # "cancelled X's contract"
        self.switching = frozenset(ties["switching_verbs"])  # "switched recognition from X to Y"
        self.switched = self.tie_nouns | frozenset(ties["switched_nouns"])
        self.tie_verbs = {**dict.fromkeys(ties["restoring_verbs"], "supports"),
                          **dict.fromkeys(ties["ending_verbs"], "opposes")}
        self.tie_events = {**dict.fromkeys(ties["restoring_nouns"], "supports"),
                           **dict.fromkeys(ties["ending_nouns"], "opposes")}
        self.deliveries = frozenset(ties["deliveries"])  # "sent tanks to X"
        self.requested_help = frozenset(raw["requests"]["verbs"])  # "sent troops at the request of X"
        self.requests = frozenset(raw["requests"]["nouns"])
        self.inviting = frozenset(raw["requests"]["inviting"])  # "invited in the CSTO to combat protests"
        self.invited_to = frozenset(raw["requests"]["invited_to"])
        self.force_building = frozenset(raw["force_building_verbs"])
        self.founding = frozenset(raw["founding_verbs"])  # "announced the AUKUS pact": an alliance, by name
        self.first_person = frozenset(raw["first_person"])
        self.relief_nouns = frozenset(raw["relief"]["nouns"])
        self.relief_objects = frozenset(raw["relief"]["objects"])
        self.relief_preps = frozenset(raw["relief"]["preps"])
        self.eval_neg = frozenset(raw["evaluative"]["opposes"])
        self.vehicles = frozenset(raw["evaluative"]["vehicles"])  # "an instrument of oppression"
        self.eval_pos = frozenset(raw["evaluative"]["supports"])
        self.judged_acts = {w: r for r, ws in raw["evaluative"]["judged_acts"].items() for w in ws}  # "right to"
        self.eval_phrases = raw["evaluative"]["phrases"]  # "a step in the right direction"
        self.conduct_verbs = frozenset(raw["evaluative"]["conduct_verbs"])  # "X acted illegally"
        self.particles = raw["phrasal_particles"]
        self.necessity = frozenset(raw["necessity_predicates"])
        self.raising = frozenset(raw["raising_passives"]["verbs"])  # "X is set to join Y": X joins
        self.voicing_stance = frozenset(raw["voiced_stances"]["verbs"])  # "X stressed Y's support for Z"
        self.event_nouns = frozenset(raw["event_nouns"])
        self.combat = frozenset(raw["combat_purposes"])
        self.adjectives: dict[str, dict[str, list[str]]] = {}
        for relation, entries in raw["adjectives"].items():
            for adjective, preps in entries.items():
                self.adjectives.setdefault(adjective, {})[relation] = preps
        self.attack_nouns = frozenset(raw["attack_nouns"])
        self.locative_preps = frozenset(raw["locative_preps"])
        self.sustain = {k: v for k, v in raw["sustain_idioms"].items() if not k.startswith("_")}
        self.directive = frozenset(raw["directive_verbs"])  # "urged X to ...": the urger's stance
        self.asking = self.directive | self.demanding  # "asked Germany to join": nobody's part yet
        self.from_holders = frozenset(raw["from_holder_nouns"])  # "condemnation from X"
        self.with_givers = frozenset(raw["with_giver_nouns"]["nouns"])  # "with the support of X": X gives it
        self.crediting = frozenset(raw["credited_aid"]["verbs"])  # "thanked X for its assistance": X gave it
        self.following = frozenset(raw["following_verbs"]["verbs"])  # "X recognised Y, followed by Z": Z too
        self.access_giving = frozenset(raw["access_granting"]["verbs"])  # "gave port access to X"
        self.snubbing: dict[str, list[str]] = raw["snubbing"]["verbs"]  # "refused to meet X"
        self.refusal_nouns = frozenset(raw["snubbing"]["refusal_nouns"])  # "its refusal to host X"
        self.access_objects = frozenset(raw["access_granting"]["objects"])
        self.lent_ways = frozenset(raw["access_granting"]["ways"])  # "offered its airspace to X"
        self.passage_ways = frozenset(raw["access_granting"]["passage_only_ways"])  # "its territory for transit"
        self.passages = frozenset(raw["access_granting"]["passages"])  # "for the transit of supplies to X"
        bid_talks = raw["membership"]["bid_talks"]  # "talks on X's bid to join"
        self.talk_openings = frozenset(bid_talks["openings"])
        self.bid_talk_nouns = frozenset(bid_talks["talks"])
        self.talked_bids = frozenset(bid_talks["bids"])
        self.participation_subjects = frozenset(raw["participation_subjects"])  # "the deployment was part of X"
        self.relational = {noun: kind for kind, nouns in raw["relational_nouns"].items() if not kind.startswith("_")
                           for noun in nouns}  # "Qatar, a key US ally"
        self.receiving = frozenset(raw["receiving"]["verbs"])  # "received weapons from X"
        self.turning = frozenset(raw["receiving"]["turning_verbs"])  # "turned to X for support"
        self.accord_verbs = {v: r for r, verbs in raw["accord_verbs"].items() if not r.startswith("_") for v in verbs}
        self.accord_heads = frozenset(v.split()[0] for v in self.accord_verbs)  # "put" of "put forward"
        self.side_verbs = frozenset(raw["side_taking"]["verbs"])  # "fought alongside X"
        self.side_nouns = frozenset(raw["side_taking"]["nouns"])  # "years of engagement alongside X"
        self.against_neutral = frozenset(raw["against_taking"]["neutral_verbs"])  # "fell against the dollar"
        self.harm_verbs = frozenset(raw["harm_verbs"]["verbs"])  # "X said the move undermines Y"
        self.casualty_verbs = frozenset(raw["casualty_verbs"]["verbs"])  # "soldiers killed in the X strike"
        tones = raw["remark_tones"]  # "critical comments toward X", "warm words for X"
        self.remark_nouns = frozenset(tones["nouns"])
        self.remark_tones = {**{w: "opposes" for w in tones["opposes"]}, **{w: "supports" for w in tones["supports"]}}
        self.remark_preps = frozenset(tones["preps"])
        self.voicing = frozenset(tones["voicing_verbs"])
        self.retaliations = frozenset(raw["retaliation_nouns"])  # "X vowed retaliation"
        self.ordering = frozenset(raw["ordering_verbs"])  # "the strikes were ordered by X"
        self.helping = frozenset(raw["helping_verbs"])  # "helped restore X's control"
        self.volition = frozenset(raw["volition_nouns"])  # "X has plans to send troops": X's plans
        self.proceeding_with = {v: frozenset(p) for v, p in raw["proceeding_with"].items() if not v.startswith("_")}
        self.leader_words = frozenset(w for r in (*raw["roles"]["leader_roles"], *raw["roles"]["generic_leader"])
                                      for w in r.split()[-1:])
        self.side_preps = frozenset(raw["side_taking"]["preps"])
        self.sides = frozenset(raw["side_taking"]["sides"])
        self.materiel = frozenset(raw["receiving"]["objects"])
        self.buying = frozenset(raw["receiving"]["buying_verbs"])  # "bought tanks from X": armed by X
        self.arms = frozenset(raw["receiving"]["arms"])
        self.giver_nouns = frozenset(raw["giver_nouns"]["nouns"])  # "the backing of X": X gives it
        unsaid = raw["implicit_patients"]
        self.implicit_patients = {k: v for k, v in unsaid["nouns"].items() if not k.startswith("_")}  # "sanctions"
        self.implicit_carriers = frozenset(unsaid["verbs"])  # "reimposed UN sanctions": on the article's subject
        self.reactions = frozenset(raw["reactions"]["nouns"])  # "the strikes drew condemnation from X"
        self.triggers = frozenset(raw["reactions"]["triggers"])
        self.approving_reactions = frozenset(raw["reactions"]["approving_nouns"])  # "drew praise from X"
        self.reacting = frozenset(raw["angry_reactions"]["verbs"])  # "reacted angrily to X"
        self.angrily = frozenset(raw["angry_reactions"]["adverbs"])
        self.attack_verbs = frozenset(raw["event_kinds"]["attack"]["verbs"])
        self.sanction_nouns = frozenset(raw["event_kinds"]["sanction"]["nouns"])  # "an oligarch under US sanctions"
        self.staying_out = {k: v for k, v in raw["staying_out"].items() if not k.startswith("_")}
        self.attending = frozenset(raw["attendance"]["verbs"])  # "attended the G20 summit"
        self.staying_away = frozenset(raw["attendance"]["staying_away"])  # "skipped the summit"
        self.hosting = frozenset(raw["attendance"]["hosting"])  # "hosted the G20 summit"
        self.hosted_armed = frozenset(raw["attendance"]["hosted_armed"]) | self.military_nouns  # "hosting X fighters"
        self.journeys = frozenset(raw["attendance"]["journeys"])  # "flew to Kazan for the summit"
        self.bringing_together = frozenset(raw["attendance"]["bringing_together"])  # "brought together leaders of X"
        self.speaking = frozenset(raw["attendance"]["speaking"])  # "said at the forum"
        self.speaking_to = frozenset(raw["attendance"]["speaking_to"])  # "addressed the General Assembly"
        self.speeches = frozenset(raw["attendance"]["speeches"])  # "in his speech at the summit"
        self.sidelines = frozenset(raw["attendance"]["sidelines"])  # "on the sidelines of the summit"
        self.delegations = frozenset(raw["attendance"]["delegations"])  # "led the Saudi delegation"
        self.delegation_leading = frozenset(raw["attendance"]["delegation_leading"])
        self.delegation_sending = frozenset(raw["attendance"]["delegation_sending"])
        self.gatherings = frozenset(raw["attendance"]["gatherings"])
        self.participation_nouns = frozenset(raw["attendance"]["participation_nouns"])  # "its participation in X"
        self.confirming = frozenset(raw["attendance"]["confirming"])  # "confirmed participation in X"
        self.taking_part_nouns = frozenset(raw["attendance"]["taking_part_nouns"])  # "confirmed their participation"
        self.participants = frozenset(raw["attendance"]["participants"])  # "participants in X are Y and Z"
        self.participating = frozenset(raw["attendance"]["participating"])  # "participating countries include X"
        self.attendees = frozenset(raw["attendance"]["attendees"])  # "a meeting of NATO leaders"
        self.delegates = self.attendees | frozenset(raw["envoy_nouns"]["nouns"])  # "NATO envoys from X": X's
        self.presence = {k: v for k, v in raw["attendance"]["presence"].items() if k[0] != "_"}  # "present at X"
        self.invitations = frozenset(raw["attendance"]["invitations"])  # "turned down an invitation to X"
        self.invitation_answers = {**{v: "declines" for v in raw["attendance"]["declining_invitations"]},
                                   **{v: "participates_in" for v in raw["attendance"]["accepting_invitations"]}}
        self.invitation_heads = frozenset(v.split()[0] for v in self.invitation_answers)
        self.carrying = frozenset(raw["event_verbs"])  # "launched strikes", "introduced measures"
        self.enumerating = frozenset(raw["enumerating"]["verbs"])  # "Companies named include A, B"
        self.pitting = frozenset(raw["pitting"]["verbs"])  # "the war pits X against Y"
        self.carrying_nouns = frozenset(raw["act_nouns"])  # "X's imposition of sanctions on Y"
        self.describing = frozenset(raw["describing_verbs"])  # "views X as an ally"
        self.sought_fates = frozenset(raw["sought_fates"]["nouns"])  # "issued a warrant for X's arrest"
        self.seeking_fates = frozenset(raw["sought_fates"]["seeking_verbs"])
        self.fate_seeking_nouns = frozenset(raw["sought_fates"]["seeking_nouns"])
        self.fate_asking = frozenset(raw["sought_fates"]["seeking_for_verbs"])  # "called for X's arrest"
        self.acting_together = frozenset(raw["acting_together"]["verbs"])  # "X and Y agreed to work together"
        self.construing = frozenset(raw["construing"]["verbs"])  # "condemned what it described as X's move"
        self.claiming = frozenset(raw["claiming"]["verbs"])  # "claimed responsibility for the attack"
        self.claim_nouns = frozenset(raw["claiming"]["nouns"])
        self.claiming_direct = frozenset(raw["claiming"]["direct"])  # "claimed the attack"
        self.framing = frozenset(raw["framing_verbs"])  # "described it as an attack on X": not the describer's
        self.supply_heads = frozenset(raw["supply_nouns"]["heads"])
        self.supply_qualifiers = frozenset(raw["supply_nouns"]["qualifiers"])
        self.cut_off = frozenset(raw["supply_nouns"]["cut_off"])  # "halted gas supplies to X"
        self.armaments = self.supply_qualifiers | self.arms | frozenset(raw["supply_nouns"]["hardware"])
        self.money = frozenset(raw["supply_nouns"]["money"])  # "a financial contribution to X": support
        self.nonstate_targets = frozenset(raw["nonstate_targets"])  # "militant targets in X" are not X's
        self.culprit_preps = {k: v for k, v in raw["culprit_preps"].items() if not k.startswith("_")}
        self.expelling = frozenset(raw["expelling_verbs"]["verbs"])  # "X was suspended from Y"
        self.bloc_join = frozenset(raw["bloc_categories"]["join"])
        self.bloc_leave = frozenset(raw["bloc_categories"]["leave"])
        self.operation_categories = frozenset(raw["bloc_categories"]["operations"])  # "sent troops to UNIFIL"
        self.bloc_words = frozenset(raw["bloc_categories"]["name_words"])
        self.left_words = frozenset(raw["bloc_categories"]["leave_name_words"])  # "withdrew from the X Forum"
        self.leaving_nouns = frozenset(raw["staying_out_nouns"]["nouns"])  # "withdrawal from X"
        self.aspirations = frozenset(raw["volition_hesitant"])  # "a bid to join X" is no joining yet
        self.leaving_verbs = frozenset(raw["staying_out_nouns"]["verbs"])  # "left X", "quit X"
        self.quitting = frozenset(raw["quitting"]["verbs"]) | frozenset(raw["quitting"]["nouns"])  # "quit ECOWAS"
        self.joining = frozenset(raw["bloc_categories"]["joining_verbs"])  # "joined NATO": an alliance, by name
        self.deciding_nouns = frozenset(raw["bloc_categories"]["deciding_nouns"])  # "its decision to join X"
        self.partaking = frozenset(raw["bloc_categories"]["partaking_verbs"])  # "take part in" a body, by name
        self.bonds = frozenset(raw["bond_nouns"]["nouns"])  # "a close relationship with X"
        self.warm = frozenset(raw["bond_nouns"]["warm"])
        self.leadership = frozenset(raw["leadership_nouns"])  # "lead the coordination of the mission"
        self.undertaking_work = frozenset(raw["undertaking_work_nouns"])  # "participate in the formation of X"
        self.charging = frozenset(raw["harm_verbs"]["charging"])  # "X said Y interfered": a charge against Y
        self.charging_objects = raw["harm_verbs"]["charging_objects"]  # "X said Y had crossed a red line"
        self.patients = frozenset(raw["patient_nouns"]["nouns"])  # "condemned X's trial": X suffers it
        self.conflicts = frozenset(raw["conflict_nouns"]["nouns"])  # "fighting between X and Y"
        self.proceedings = frozenset(raw["proceeding_nouns"]["nouns"])  # "talks", "the process": they charge no one
        self.mutual_conflicts = frozenset(raw["conflict_nouns"]["mutual"]["nouns"])  # "X's feud with Y"
        self.one_sided = frozenset(raw["conflict_nouns"]["one_sided"]["nouns"])  # "X's battle against Y"
        self.one_sided_preps = frozenset(raw["conflict_nouns"]["one_sided"]["preps"])
        self.threats = frozenset(raw["threats"]["nouns"])  # "the threat posed by X"
        self.holding_to_account = {v: frozenset(c) for v, c in raw["holding_to_account"]["verbs"].items()}
        self.phrase_idioms = {verb: [_idiom(rest, meaning) for rest, meaning in entries.items()]
                              for verb, entries in raw["phrase_idioms"].items() if not verb.startswith("_")}
        self.countering = frozenset(raw["threats"]["countering"])  # "combat the threat posed by X": against X
        self.posing = frozenset(raw["threats"]["posing"])
        self.conflict_verbs = frozenset(raw["conflict_nouns"]["verbs"])  # "X and Y fought a war"
        self.agreements = frozenset(raw["bond_agreements"]["nouns"])  # "signed an agreement with X"
        self.not_agreements = frozenset(raw["bond_agreements"]["not"])
        self.reaching = frozenset(raw["bond_agreements"]["reaching"])  # "X and Y reached a deal"
        self.signing = frozenset(raw["bond_agreements"]["signing"])  # "X and Y signed it"; not "brokered by"
        self.formed_bonds = frozenset(raw["bond_agreements"]["formed"])  # "X, Y and Z formed an alliance"
        self.presenting = frozenset(raw["presenting_verbs"]["verbs"])  # "X poses a threat"
        self.export_restricting = frozenset(raw["export_restricting"]["verbs"])  # "restricted exports to X"
        self.exports = frozenset(raw["export_restricting"]["objects"])
        self.shutting_out = frozenset(raw["shut_out"]["verbs"])  # "X was banned from the UK's network"
        lists = raw["hostile_lists"]
        self.listing = frozenset(lists["verbs"])  # "put X on its entity list"
        self.hostile_lists = frozenset(lists["nouns"])
        self.list_nouns = frozenset(lists["list_nouns"])
        self.list_qualifiers = frozenset(lists["qualifiers"])
        self.any_lists = self.list_nouns | self.hostile_lists  # "removed X from the list" is no shutting out
        feeling = raw["feeling_verbs"]
        self.feeling_caused = {**dict.fromkeys(feeling["opposes"], "opposes"),
                               **dict.fromkeys(feeling["supports"], "supports")}  # "X's move angered Y"
        self.feeling_left = frozenset(feeling["leaving"])  # "X's actions left Y frustrated"
        self.framing_preps = frozenset(raw["framework_nouns"]["preps"])  # "the truce under the X accord"
        self.concessive_preps = frozenset(raw["objections"]["preps"])  # "despite objections from X"
        self.objections = frozenset(raw["objections"]["nouns"])
        self.hindering = frozenset(raw["hindering"]["verbs"])  # "to stop X from attacking ships"
        self.worrying = frozenset(raw["worrying"]["nouns"] + raw["worrying"]["adjectives"])  # "concern over X"
        self.reported = frozenset(raw["worrying"]["reported"])  # "concern over X's allegations": over what they say
        self.stance_holding = frozenset(raw["stance_holding_nouns"]["nouns"])  # "her pro-Taiwan stance"
        self.answering = frozenset(raw["answering_verbs"]["verbs"])  # "addressing concerns about X": others'
        self.recognising = frozenset(raw["recognising_as"]["verbs"])  # "recognised X as Y's capital"
        self.recognised_as = frozenset(raw["recognising_as"]["nouns"])
        responding = raw["responding_to"]
        self.responding = frozenset(responding["verbs"]) | frozenset(responding["nouns"])  # "responding to attacks"
        self.responding_preps = frozenset(responding["preps"])
        self.copulas = frozenset(raw["copulas"]["verbs"])  # "X is part of Y"
        self.becoming = frozenset(raw["copulas"]["joining"])  # "X became a member of Y"
        self.failings = frozenset(raw["failings"]["nouns"])  # "highlighted X's failure to support them"
        self.faulting = frozenset(raw["failings"]["verbs"])
        self.purposes = frozenset(raw["copulas"]["purposes"])  # "X's first move was to endorse Y"
        self.closing = frozenset(raw["closing"]["verbs"])  # "closed its airspace to X"
        self.closed_ways = frozenset(raw["closing"]["objects"])
        membership = raw["membership"]
        self.member_nouns = frozenset(membership["nouns"])  # "a member of X", "a signatory to X"
        self.member_heads = frozenset(membership["heads"])  # "X member states include ..."
        self.admitting = frozenset(membership["admitting_verbs"])  # "welcomed X as its 11th member"
        self.not_yet_members = frozenset(membership["not_yet_members"])  # "a future member"
        self.member_listing = frozenset(membership["listing_verbs"])
        self.collectives = frozenset(membership["collectives"])  # "joined the list of countries that ..."
        self.seats = frozenset(membership["seats"])  # "turned down a seat on the council"
        self.body_founding = frozenset(membership["founding_verbs"])  # "the bloc was founded by X"
        self.body_founding_heads = frozenset(v.split()[0] for v in membership["founding_verbs"])
        self.making_up = frozenset(membership["making_up"])  # "X and Y make up the bloc"
        self.making_up_heads = frozenset(v.split()[0] for v in membership["making_up"])
        self.known_together = frozenset(membership["known_together"])  # "collectively known as the Quad"
        self.aspiring = frozenset(membership["aspiring_verbs"])  # "hopes to join X": not yet a member
        self.inviting = frozenset(membership["inviting_verbs"])  # "invited X to join the alliance" backs X
        self.chairing = frozenset(membership["chairing_verbs"])  # "Ethiopia chairs the AU": a member
        self.citing = frozenset(membership["citing_verbs"])  # "pointed to Armenia's membership of the CSTO"
        self.chair_nouns = frozenset(membership["chair_nouns"])  # "holds the presidency of the EAC"
        self.holding_chair = frozenset(membership["holding_chair"])
        self.universal_categories = frozenset(membership["universal_categories"])  # "UN member states"
        self.universal_bodies = frozenset(membership["universal_bodies"])
        self.when_nouns = frozenset(membership["when_nouns"])  # "joined the following year"
        self.withholding = frozenset(raw["withholding_verbs"]["verbs"])  # "halted arms exports to X"
        self.blocking = frozenset(raw["withholding_verbs"]["blocking"])  # "blocked a shipment of vaccines to X"
        self.withholding_or_restricting = self.withholding | self.export_restricting
        self.striving = frozenset(raw["striving_verbs"]["verbs"])  # "pushing to get X's support"
        self.branding = frozenset(raw["branding"]["verbs"])  # "described as Israeli aggression"
        self.brands = frozenset(raw["branding"]["nouns"])
        self.misconduct = frozenset(raw["misconduct"]["nouns"])  # "X warned of Russia's recklessness"
        self.conduct = frozenset(raw["misconduct"]["conduct"])  # "reckless Russian behaviour"
        self.courses = frozenset(raw["misconduct"]["courses"])  # "going down the wrong path"
        self.restorations = frozenset(raw["restoration"]["nouns"])  # "called for the reinstatement of X"
        self.calls = frozenset(raw["restoration"]["calls"])
        self.renewing = frozenset(raw["bloc_categories"]["renewing_verbs"])  # "will not renew its agreement with X"
        self.permitting = frozenset(raw["permitting_verbs"])  # "allowed X to open an office"
        self.not_stance = frozenset(raw["relational_nouns"]["_not_stance"])  # "trading partner"
        self.past_relations = frozenset(raw["relational_nouns"]["_past"])  # "a former ally", "once its ally"


@dataclass(frozen=True)
class PhraseIdiom:
    """'take exception to': the words after the verb, whether its object comes first ('take X to task'), the
    relation, and whether it holds both ways ('at odds with')."""
    words: tuple[str, ...]
    object_first: bool
    relation: str
    mutual: bool


def _idiom(rest: str, meaning: str) -> PhraseIdiom:
    words = rest.replace("'s", " 's").split()
    object_first = bool(words) and words[0] == "X"
    return PhraseIdiom(tuple(words[1:] if object_first else words), object_first, meaning.split()[0],
                       meaning.endswith("each other"))

