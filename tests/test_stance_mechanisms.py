"""Stance mechanisms beyond verb cues, on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from nlp.events import same_word
from nlp.lemmas import LemmaSetter
from nlp.stance import StanceRules
from nlp.stance_evaluations import adjective_of
from tests.handmade import MEASURE_ROWS, parsed, relation_records, relations


def test_a_demonym_holds_a_noun_of_stance_and_a_reaction_answers_it(data_dir: Path) -> None:
    doc = parsed("""
        Israeli ADJ/JJ amod 1
        strikes NOUN/NNS nsubj 4
        on ADP/IN prep 1
        Damascus PROPN/NNP pobj 2
        drew VERB/VBD ROOT 4
        condemnation NOUN/NN dobj 4
        from ADP/IN prep 4
        France PROPN/NNP pobj 6
        . PUNCT/. punct 4
    """, [("Israeli", "STATE", "STATE:IL"), ("Damascus", "PLACE", "CAPITAL:SY:damascus"),
          ("France", "STATE", "STATE:FR")])
    assert relations(doc, str(data_dir)) == {("Israeli", "opposes", "Damascus"), ("France", "opposes", "Israeli")}


def test_strikes_by_one_on_another(data_dir: Path) -> None:
    doc = parsed("""
        Strikes NOUN/NNS nsubj 5
        by ADP/IN prep 0
        Russia PROPN/NNP pobj 1
        on ADP/IN prep 0
        Ukraine PROPN/NNP pobj 3
        continued VERB/VBD ROOT 5
        overnight ADV/RB advmod 5
        . PUNCT/. punct 5
    """, [("Russia", "STATE", "STATE:RU"), ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == {("Russia", "opposes", "Ukraine")}


def test_a_participle_with_its_agent(data_dir: Path) -> None:
    doc = parsed("""
        Hamas PROPN/NNP nsubj 6
        , PUNCT/, punct 0
        backed VERB/VBN acl 0
        by ADP/IN agent 2
        Iran PROPN/NNP pobj 3
        , PUNCT/, punct 0
        fired VERB/VBD ROOT 6
        rockets NOUN/NNS dobj 6
        . PUNCT/. punct 6
    """, [("Hamas", "ORG", "ORG:HAMAS"), ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == {("Iran", "supports", "Hamas")}


def test_a_hyphenated_participle_names_its_holder(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 4
        Iran PROPN/NNP npadvmod 3
        - PUNCT/HYPH punct 3
        backed VERB/VBN amod 4
        Houthis PROPN/NNP nsubj 5
        attacked VERB/VBD ROOT 5
        ships NOUN/NNS dobj 5
        . PUNCT/. punct 5
    """, [("Iran", "STATE", "STATE:IR"), ("Houthis", "ORG", "ORG:HOUTHIS")])
    assert relations(doc, str(data_dir)) == {("Iran", "supports", "Houthis")}


def test_condemning_the_strikes_opposes_who_carried_them_out(data_dir: Path) -> None:
    doc = parsed("""
        Britain PROPN/NNP nsubj 1
        bombed VERB/VBD ROOT 1
        Houthi PROPN/NNP compound 3
        sites NOUN/NNS dobj 1
        . PUNCT/. punct 1
        Iran PROPN/NNP nsubj 6
        condemned VERB/VBD ROOT 6
        the DET/DT det 8
        strikes NOUN/NNS dobj 6
        . PUNCT/. punct 6
    """, [("Britain", "STATE", "STATE:GB"), ("Houthi", "ORG", "ORG:HOUTHIS"), ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == {("Britain", "opposes", "Houthi"), ("Iran", "opposes", "Britain")}


def test_an_event_with_no_earlier_actor_is_not_guessed(data_dir: Path) -> None:
    doc = parsed("""
        Iran PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 3
        strikes NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, [("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == set()


def test_an_ally_named_in_apposition(data_dir: Path) -> None:
    doc = parsed("""
        Qatar PROPN/NNP nsubj 7
        , PUNCT/, punct 0
        a DET/DT det 5
        close ADJ/JJ amod 5
        US PROPN/NNP compound 5
        ally NOUN/NN appos 0
        , PUNCT/, punct 0
        hosted VERB/VBD ROOT 7
        the DET/DT det 9
        talks NOUN/NNS dobj 7
        . PUNCT/. punct 7
    """, [("Qatar", "STATE", "STATE:QA"), ("US", "STATE", "STATE:US")])
    assert relations(doc, str(data_dir)) == {("US", "supports", "Qatar"), ("Qatar", "supports", "US")}


def test_rivals_oppose_each_other(data_dir: Path) -> None:
    doc = parsed("""
        Sudan PROPN/NNP nsubj 1
        fought VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        rival NOUN/NN dobj 1
        , PUNCT/, punct 3
        the DET/DT det 6
        RSF PROPN/NNP appos 3
        . PUNCT/. punct 1
    """, [("Sudan", "STATE", "STATE:SD"), ("RSF", "ORG", "")])
    found = relations(doc, str(data_dir))
    assert {("Sudan", "opposes", "RSF"), ("RSF", "opposes", "Sudan")} <= found


def test_regarding_as_an_ally(data_dir: Path) -> None:
    doc = parsed("""
        France PROPN/NNP nsubj 1
        regards VERB/VBZ ROOT 1
        Germany PROPN/NNP dobj 1
        as ADP/IN prep 1
        a DET/DT det 6
        close ADJ/JJ amod 6
        ally NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, [("France", "STATE", "STATE:FR"), ("Germany", "STATE", "STATE:DE")])
    assert relations(doc, str(data_dir)) == {("France", "supports", "Germany")}


def test_an_ally_named_after_its_title_under_a_misplaced_as(data_dir: Path) -> None:
    # "X called for action as even Y's top ally Z voiced ...": the parser hangs 'as' on X's verb
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        for ADP/IN prep 1
        action NOUN/NN pobj 2
        as ADP/IN prep 1
        Castria PROPN/NNP poss 8
        's PART/POS case 5
        top ADJ/JJ amod 8
        ally NOUN/NN pobj 4
        Doravia PROPN/NNP nsubj 10
        spoke VERB/VBD relcl 8
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "supports", "Castria") in found
    assert ("Norland", "supports", "Castria") not in found


def test_a_description_is_not_the_describers_attack(data_dir: Path) -> None:
    doc = parsed("""
        Observers NOUN/NNS nsubj 1
        described VERB/VBD ROOT 1
        Poland PROPN/NNP dobj 1
        as ADP/IN prep 1
        a DET/DT det 5
        target NOUN/NN pobj 3
        of ADP/IN prep 5
        attacks NOUN/NNS pobj 6
        on ADP/IN prep 7
        Lithuania PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Poland", "STATE", "STATE:PL"), ("Lithuania", "STATE", "STATE:LT")])
    assert relations(doc, str(data_dir)) == set()


def test_receiving_weapons_from_a_state(data_dir: Path) -> None:
    doc = parsed("""
        Ukraine PROPN/NNP nsubj 1
        received VERB/VBD ROOT 1
        missiles NOUN/NNS dobj 1
        from ADP/IN prep 1
        Israel PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Ukraine", "STATE", "STATE:UA"), ("Israel", "STATE", "STATE:IL")])
    assert relations(doc, str(data_dir)) == {("Israel", "supports", "Ukraine")}


def test_receiving_a_letter_is_no_support(data_dir: Path) -> None:
    doc = parsed("""
        Ukraine PROPN/NNP nsubj 1
        received VERB/VBD ROOT 1
        a DET/DT det 3
        letter NOUN/NN dobj 1
        from ADP/IN prep 1
        Israel PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Ukraine", "STATE", "STATE:UA"), ("Israel", "STATE", "STATE:IL")])
    assert relations(doc, str(data_dir)) == set()


def test_striking_sites_in_a_state(data_dir: Path) -> None:
    doc = parsed("""
        India PROPN/NNP nsubj 1
        struck VERB/VBD ROOT 1
        nine NUM/CD nummod 3
        sites NOUN/NNS dobj 1
        in ADP/IN prep 1
        Pakistan PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("India", "STATE", "STATE:IN"), ("Pakistan", "STATE", "STATE:PK")])
    assert relations(doc, str(data_dir)) == {("India", "opposes", "Pakistan")}


def test_sanctions_on_a_group_of_companies_target_their_state(data_dir: Path) -> None:
    doc = parsed("""
        China PROPN/NNP nsubj 1
        imposed VERB/VBD ROOT 1
        sanctions NOUN/NNS dobj 1
        on ADP/IN prep 2
        a DET/DT det 5
        group NOUN/NN pobj 3
        of ADP/IN prep 5
        American ADJ/JJ amod 8
        companies NOUN/NNS pobj 6
        . PUNCT/. punct 1
    """, [("China", "STATE", "STATE:CN"), ("American", "STATE", "STATE:US")])
    assert relations(doc, str(data_dir)) == {("China", "opposes", "American")}


def test_measures_targeting_a_state_are_whoever_took_them(data_dir: Path) -> None:
    doc = parsed("""
        “ PUNCT/`` punct 3
        The DET/DT det 2
        US PROPN/NNP nsubj 3
        introduced VERB/VBD ROOT 3
        measures NOUN/NNS dobj 3
        targeting VERB/VBG acl 4
        China PROPN/NNP dobj 5
        , PUNCT/, punct 3
        ” PUNCT/'' punct 3
        Lin PROPN/NNP nsubj 10
        said VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """, [("US", "STATE", "STATE:US"), ("China", "STATE", "STATE:CN"), ("Lin", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("US", "opposes", "China")}


def test_the_us_is_not_the_first_person(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        US PROPN/NNP nsubj 3
        has AUX/VBZ aux 3
        backed VERB/VBN ROOT 3
        Riyadh PROPN/NNP dobj 3
        . PUNCT/. punct 3
    """, [("US", "STATE", "STATE:US"), ("Riyadh", "PLACE", "CAPITAL:SA:riyadh")])
    assert relations(doc, str(data_dir)) == {("US", "supports", "Riyadh")}


ATLAS = ("Operation Atlas", "ORG", "MISSION:Operation Atlas")


def test_will_not_participate_declines(data_dir: Path) -> None:
    doc = parsed("""
        Spain PROPN/NNP nsubj 3
        will AUX/MD aux 3
        not PART/RB neg 3
        participate VERB/VB ROOT 3
        in ADP/IN prep 3
        Operation PROPN/NNP compound 6
        Atlas PROPN/NNP pobj 4
        . PUNCT/. punct 3
    """, [("Spain", "STATE", "STATE:ES"), ATLAS])
    assert relations(doc, str(data_dir)) == {("Spain", "declines", "Operation Atlas")}


def test_the_leader_of_an_operation_takes_part(data_dir: Path) -> None:
    doc = parsed("""
        Italy PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 7
        US PROPN/NNP npadvmod 5
        - PUNCT/HYPH punct 5
        led VERB/VBN amod 7
        Operation PROPN/NNP compound 7
        Atlas PROPN/NNP dobj 1
        . PUNCT/. punct 1
    """, [("Italy", "STATE", "STATE:IT"), ("US", "STATE", "STATE:US"), ATLAS])
    assert relations(doc, str(data_dir)) == {("US", "participates_in", "Operation Atlas"),
                                             ("Italy", "participates_in", "Operation Atlas")}


def test_a_deployment_not_part_of_the_operation_declines_it(data_dir: Path) -> None:
    doc = parsed("""
        Italy PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        frigate NOUN/NN nsubj 4
        was AUX/VBD ccomp 1
        not PART/RB neg 4
        part NOUN/NN attr 4
        of ADP/IN prep 6
        Operation PROPN/NNP compound 9
        Atlas PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Italy", "STATE", "STATE:IT"), ATLAS])
    assert relations(doc, str(data_dir)) == {("Italy", "declines", "Operation Atlas")}


def test_being_part_of_the_operation_takes_part(data_dir: Path) -> None:
    doc = parsed("""
        Bahrain PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        part NOUN/NN attr 1
        of ADP/IN prep 2
        Operation PROPN/NNP compound 5
        Atlas PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Bahrain", "STATE", "STATE:BH"), ATLAS])
    assert relations(doc, str(data_dir)) == {("Bahrain", "participates_in", "Operation Atlas")}


def test_staying_out_declines(data_dir: Path) -> None:
    doc = parsed("""
        Japan PROPN/NNP nsubj 1
        stayed VERB/VBD ROOT 1
        out ADP/IN prep 1
        of ADP/IN prep 2
        Operation PROPN/NNP compound 5
        Atlas PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Japan", "STATE", "STATE:JP"), ATLAS])
    assert relations(doc, str(data_dir)) == {("Japan", "declines", "Operation Atlas")}


def test_launching_a_campaign_dubbed_an_operation(data_dir: Path) -> None:
    doc = parsed("""
        India PROPN/NNP nsubj 1
        launched VERB/VBD ROOT 1
        a DET/DT det 3
        campaign NOUN/NN dobj 1
        dubbed VERB/VBN acl 3
        Operation PROPN/NNP compound 6
        Atlas PROPN/NNP oprd 4
        . PUNCT/. punct 1
    """, [("India", "STATE", "STATE:IN"), ATLAS])
    assert relations(doc, str(data_dir)) == {("India", "participates_in", "Operation Atlas")}


def test_sites_controlled_by_a_group_are_its_own(data_dir: Path) -> None:
    doc = parsed("""
        US PROPN/NNP compound 1
        forces NOUN/NNS nsubj 2
        hit VERB/VBD ROOT 2
        Houthi PROPN/NNP npadvmod 5
        - PUNCT/HYPH punct 5
        controlled VERB/VBN amod 6
        sites NOUN/NNS dobj 2
        . PUNCT/. punct 2
    """, [("US", "STATE", "STATE:US"), ("Houthi", "ORG", "ORG:HOUTHIS")])
    assert relations(doc, str(data_dir)) == {("US", "opposes", "Houthi")}


def test_a_coalition_led_by_a_state_acts_for_it(data_dir: Path) -> None:
    doc = parsed("""
        Yemen PROPN/NNP nsubjpass 2
        is AUX/VBZ auxpass 2
        backed VERB/VBN ROOT 2
        by ADP/IN agent 2
        a DET/DT det 5
        coalition NOUN/NN pobj 3
        led VERB/VBN acl 5
        by ADP/IN agent 6
        Saudi PROPN/NNP compound 9
        Arabia PROPN/NNP pobj 7
        . PUNCT/. punct 2
    """, [("Yemen", "STATE", "STATE:YE"), ("Saudi Arabia", "STATE", "STATE:SA")])
    assert relations(doc, str(data_dir)) == {("Saudi Arabia", "supports", "Yemen")}


def test_irregular_and_inflected_forms_match_without_a_lemmatizer(data_dir: Path) -> None:
    from nlp.lexicon import load_stance_lexicon

    lex = load_stance_lexicon(str(data_dir))
    assert [lex.base(w) for w in ("struck", "fought", "seized", "bombed", "drew", "dubbed")] == [
        "strike", "fight", "seize", "bomb", "draw", "dub"]


def test_a_pronoun_in_a_clause_refers_to_the_owner_of_what_it_describes(data_dir: Path) -> None:
    doc = parsed("""
        Lin PROPN/NNP nsubj 1
        criticised VERB/VBD ROOT 1
        Trump PROPN/NNP poss 4
        's PART/POS case 2
        announcement NOUN/NN dobj 1
        on ADP/IN prep 4
        his PRON/PRP$ poss 7
        platform NOUN/NN pobj 5
        , PUNCT/, punct 7
        where SCONJ/WRB advmod 11
        he PRON/PRP nsubj 11
        vowed VERB/VBD relcl 7
        to PART/TO aux 13
        slap VERB/VB xcomp 11
        tariffs NOUN/NNS dobj 13
        on ADP/IN prep 13
        China PROPN/NNP pobj 15
        . PUNCT/. punct 1
    """, [("Lin", "PERSON", ""), ("Trump", "PERSON", ""), ("China", "STATE", "STATE:CN")])
    assert relations(doc, str(data_dir)) == {("Trump", "opposes", "China"), ("Lin", "opposes", "Trump")}


def test_a_group_honouring_its_own_commitments_backs_no_member(data_dir: Path) -> None:
    doc = parsed("""
        Cambodia PROPN/NNP nsubj 4
        and CCONJ/CC cc 0
        Thailand PROPN/NNP conj 0
        must AUX/MD aux 4
        honor VERB/VB ROOT 4
        their PRON/PRP$ poss 6
        commitments NOUN/NNS dobj 4
        . PUNCT/. punct 4
    """, [("Cambodia", "STATE", "STATE:KH"), ("Thailand", "STATE", "STATE:TH")])
    assert relations(doc, str(data_dir)) == set()


def test_a_phrasal_verb_with_its_particle_beats_a_pattern(data_dir: Path) -> None:
    doc = parsed("""
        NATO PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        out ADP/RP prt 1
        China PROPN/NNP dobj 1
        for ADP/IN prep 1
        its PRON/PRP$ poss 6
        role NOUN/NN pobj 4
        in ADP/IN prep 6
        propping VERB/VBG pcomp 7
        up ADP/RP prt 8
        Russia PROPN/NNP dobj 8
        . PUNCT/. punct 1
    """, [("NATO", "ORG", "ORG:NATO"), ("China", "STATE", "STATE:CN"), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("NATO", "opposes", "China"), ("China", "supports", "Russia")}


def test_every_state_named_in_an_attacked_place(data_dir: Path) -> None:
    doc = parsed("""
        India PROPN/NNP nsubj 1
        struck VERB/VBD ROOT 1
        sites NOUN/NNS dobj 1
        in ADP/IN prep 2
        Pakistan PROPN/NNP nmod 6
        - PUNCT/HYPH punct 6
        administered VERB/VBN amod 7
        Kashmir PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("India", "STATE", "STATE:IN"), ("Pakistan", "STATE", "STATE:PK"), ("Kashmir", "PLACE", "")])
    assert relations(doc, str(data_dir)) == {("India", "opposes", "Pakistan")}


def test_fighting_alongside_supports_and_against_opposes(data_dir: Path) -> None:
    doc = parsed("""
        Korean ADJ/JJ amod 1
        fighters NOUN/NNS nsubj 2
        fought VERB/VBD ROOT 2
        alongside ADP/IN prep 2
        Russia PROPN/NNP pobj 3
        against ADP/IN prep 2
        Ukrainian ADJ/JJ amod 7
        troops NOUN/NNS pobj 5
        . PUNCT/. punct 2
    """, [("Korean", "STATE", "STATE:KP"), ("Russia", "STATE", "STATE:RU"), ("Ukrainian", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == {("Korean", "supports", "Russia"), ("Korean", "opposes", "Ukrainian")}


def test_service_alongside_a_side_supports_it(data_dir: Path) -> None:
    # "Doravia's deployment alongside Castria angered Norland": Doravia's side is Castria's, not Norland's
    doc = parsed("""
        Doravia PROPN/NNP poss 2
        's PART/POS case 0
        deployment NOUN/NN nsubj 5
        alongside ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        angered VERB/VBD ROOT 5
        Norland PROPN/NNP dobj 5
        . PUNCT/. punct 5
    """, [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "supports", "Castria") in found and ("Norland", "supports", "Castria") not in found


def test_saying_a_move_undermines_something_opposes_who_made_it(data_dir: Path) -> None:
    doc = parsed("""
        Iran PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 3
        move NOUN/NN dobj 1
        by ADP/IN prep 3
        France PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Tehran PROPN/NNP nsubj 8
        argued VERB/VBD ROOT 8
        that SCONJ/IN mark 12
        the DET/DT det 11
        move NOUN/NN nsubj 12
        undermines VERB/VBZ ccomp 8
        diplomacy NOUN/NN dobj 12
        . PUNCT/. punct 8
    """, [("Iran", "STATE", "STATE:IR"), ("France", "STATE", "STATE:FR"), ("Tehran", "PLACE", "CAPITAL:IR:tehran")])
    assert ("Tehran", "opposes", "France") in relations(doc, str(data_dir))


def test_blocking_the_adoption_of_a_bodys_sanctions_opposes_the_body(data_dir: Path) -> None:
    doc = parsed("""
        Hungary PROPN/NNP nsubj 1
        blocked VERB/VBD ROOT 1
        the DET/DT det 3
        adoption NOUN/NN dobj 1
        of ADP/IN prep 3
        the DET/DT det 6
        package NOUN/NN pobj 4
        of ADP/IN prep 6
        EU PROPN/NNP compound 9
        sanctions NOUN/NNS pobj 7
        . PUNCT/. punct 1
    """, [("Hungary", "STATE", "STATE:HU"), ("EU", "ORG", "ORG:EU")])
    assert relations(doc, str(data_dir)) == {("Hungary", "opposes", "EU")}


def test_formed_with_a_ministrys_support(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        Corps PROPN/NNP nsubjpass 3
        was AUX/VBD auxpass 3
        formed VERB/VBN ROOT 3
        with ADP/IN prep 3
        the DET/DT det 7
        Russian ADJ/JJ amod 7
        ministry NOUN/NN poss 9
        's PART/POS case 7
        support NOUN/NN pobj 4
        . PUNCT/. punct 3
    """, [("Corps", "ORG", ""), ("Russian", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Russian", "supports", "Corps")}


def test_saying_a_state_interfered_is_a_charge_against_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        State PROPN/NNP compound 2
        Department PROPN/NNP nsubj 3
        said VERB/VBD ROOT 3
        that SCONJ/IN mark 7
        Chinese ADJ/JJ amod 6
        ships NOUN/NNS nsubj 7
        interfered VERB/VBD ccomp 3
        with ADP/IN prep 7
        Philippine ADJ/JJ amod 10
        vessels NOUN/NNS pobj 8
        . PUNCT/. punct 3
    """, [("State Department", "ORG", ""), ("Chinese", "STATE", "STATE:CN"), ("Philippine", "STATE", "STATE:PH")])
    found = relations(doc, str(data_dir))
    assert ("State Department", "opposes", "Chinese") in found
    assert ("Chinese", "opposes", "Philippine") in found


def test_calling_a_states_involvement_illegal_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Jeon PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        North PROPN/NNP compound 3
        Korea PROPN/NNP poss 5
        's PART/POS case 3
        involvement NOUN/NN nsubj 6
        is AUX/VBZ ccomp 1
        an DET/DT det 9
        illegal ADJ/JJ amod 9
        act NOUN/NN attr 6
        . PUNCT/. punct 1
    """, [("Jeon", "PERSON", ""), ("North Korea", "STATE", "STATE:KP")])
    assert relations(doc, str(data_dir)) == {("Jeon", "opposes", "North Korea")}


def test_an_unnamed_envoy_stands_for_their_state(data_dir: Path) -> None:
    doc = parsed("""
        China PROPN/NNP poss 2
        's PART/POS case 0
        ambassador NOUN/NN nsubj 3
        condemned VERB/VBD ROOT 3
        Japan PROPN/NNP dobj 3
        . PUNCT/. punct 3
    """, [("China", "STATE", "STATE:CN"), ("Japan", "STATE", "STATE:JP")])
    assert relations(doc, str(data_dir)) == {("China", "opposes", "Japan")}


def test_no_plans_to_contribute_declines(data_dir: Path) -> None:
    doc = parsed("""
        Japan PROPN/NNP nsubj 1
        has VERB/VBZ ROOT 1
        no DET/DT det 3
        plans NOUN/NNS dobj 1
        to PART/TO aux 5
        contribute VERB/VB acl 3
        troops NOUN/NNS dobj 5
        to ADP/IN prep 5
        Operation PROPN/NNP compound 9
        Atlas PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Japan", "STATE", "STATE:JP"), ATLAS])
    assert relations(doc, str(data_dir)) == {("Japan", "declines", "Operation Atlas")}


def test_unwilling_declines_and_reluctant_says_nothing(data_dir: Path) -> None:
    rows = """
        Germany PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        {word} ADJ/JJ acomp 1
        to PART/TO aux 4
        send VERB/VB xcomp 2
        troops NOUN/NNS dobj 4
        to ADP/IN prep 4
        Operation PROPN/NNP compound 8
        Atlas PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """
    ents = [("Germany", "STATE", "STATE:DE"), ATLAS]
    assert relations(parsed(rows.format(word="unwilling"), ents), str(data_dir)) == {
        ("Germany", "declines", "Operation Atlas")}
    assert relations(parsed(rows.format(word="reluctant"), ents), str(data_dir)) == set()


def test_calling_someones_actions_illegal_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Caracas PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        the DET/DT det 4
        American ADJ/JJ amod 4
        actions NOUN/NNS dobj 1
        illegal ADJ/JJ oprd 1
        . PUNCT/. punct 1
    """, [("Caracas", "PLACE", "CAPITAL:VE:caracas"), ("American", "STATE", "STATE:US")])
    assert relations(doc, str(data_dir)) == {("Caracas", "opposes", "American")}


def test_rejecting_a_pact_opposes_those_who_signed_it(data_dir: Path) -> None:
    doc = parsed("""
        Somalia PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        a DET/DT det 3
        pact NOUN/NN dobj 1
        Somaliland PROPN/NNP nsubj 5
        signed VERB/VBD relcl 3
        with ADP/IN prep 5
        Ethiopia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Somalia", "STATE", "STATE:SO"), ("Somaliland", "ORG", ""), ("Ethiopia", "STATE", "STATE:ET")])
    assert relations(doc, str(data_dir)) == {("Somalia", "opposes", "Somaliland"), ("Somalia", "opposes", "Ethiopia")}


def test_a_bloc_that_suspends_a_member_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Niger PROPN/NNP nsubjpass 2
        was AUX/VBD auxpass 2
        suspended VERB/VBN ROOT 2
        from ADP/IN prep 2
        ECOWAS PROPN/NNP pobj 3
        . PUNCT/. punct 2
    """, [("Niger", "STATE", "STATE:NE"), ("ECOWAS", "ORG", "ORG:ECOWAS")])
    assert relations(doc, str(data_dir)) == {("ECOWAS", "opposes", "Niger")}


def test_withdrawing_from_a_bloc_declines_it_and_joining_an_alliance_takes_part(data_dir: Path) -> None:
    doc = parsed("""
        Mali PROPN/NNP nsubj 1
        announced VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        withdrawal NOUN/NN dobj 1
        from ADP/IN prep 3
        ECOWAS PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Sweden PROPN/NNP nsubj 8
        joined VERB/VBD ROOT 8
        NATO PROPN/NNP dobj 8
        . PUNCT/. punct 8
    """, [("Mali", "STATE", "STATE:ML"), ("ECOWAS", "ORG", "ORG:ECOWAS"), ("Sweden", "STATE", "STATE:SE"),
          ("NATO", "ORG", "ORG:NATO")])
    assert relations(doc, str(data_dir)) == {("Mali", "declines", "ECOWAS"), ("Mali", "opposes", "ECOWAS"),
                                             ("Sweden", "participates_in", "NATO")}  # leaving by choice rejects it


def test_a_bid_to_join_is_no_joining_yet(data_dir: Path) -> None:
    doc = parsed("""
        Ukraine PROPN/NNP poss 2
        's PART/POS case 0
        bid NOUN/NN nsubj 6
        to PART/TO aux 4
        join VERB/VB acl 2
        NATO PROPN/NNP dobj 4
        stalled VERB/VBD ROOT 6
        . PUNCT/. punct 6
    """, [("Ukraine", "STATE", "STATE:UA"), ("NATO", "ORG", "ORG:NATO")])
    assert relations(doc, str(data_dir)) == set()


def test_rejecting_allegations_opposes_who_made_them(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP nsubj 1
        accused VERB/VBD ROOT 1
        Ukraine PROPN/NNP dobj 1
        of ADP/IN prep 1
        shelling VERB/VBG pcomp 3
        . PUNCT/. punct 1
        Kyiv PROPN/NNP nsubj 7
        rejected VERB/VBD ROOT 7
        those DET/DT det 9
        allegations NOUN/NNS dobj 7
        . PUNCT/. punct 7
    """, [("Russia", "STATE", "STATE:RU"), ("Ukraine", "STATE", "STATE:UA"), ("Kyiv", "PLACE", "CAPITAL:UA:kyiv")])
    assert relations(doc, str(data_dir)) == {("Russia", "opposes", "Ukraine"), ("Kyiv", "opposes", "Russia")}


def test_a_close_relationship_supports_and_a_referential_it_holds(data_dir: Path) -> None:
    doc = parsed("""
        Azerbaijan PROPN/NNP nsubj 1
        met VERB/VBD ROOT 1
        . PUNCT/. punct 1
        It PRON/PRP nsubj 6
        is AUX/VBZ aux 6
        also ADV/RB advmod 6
        seeking VERB/VBG ROOT 6
        closer ADJ/JJR amod 8
        alliances NOUN/NNS dobj 6
        with ADP/IN prep 8
        Turkey PROPN/NNP pobj 9
        . PUNCT/. punct 6
    """, [("Azerbaijan", "STATE", "STATE:AZ"), ("Turkey", "STATE", "STATE:TR")])
    assert relations(doc, str(data_dir)) == {("Azerbaijan", "supports", "Turkey")}


def test_what_a_relative_clause_judges(data_dir: Path) -> None:
    doc = parsed("""
        the DET/DT det 1
        YPG PROPN/NNP nsubj 7
        , PUNCT/, punct 1
        which PRON/WDT dobj 5
        Turkey PROPN/NNP nsubj 5
        sees VERB/VBZ relcl 1
        as ADP/IN prep 5
        fought VERB/VBD ROOT 7
        . PUNCT/. punct 7
    """, [("YPG", "ORG", ""), ("Turkey", "STATE", "STATE:TR")])
    assert relations(doc, str(data_dir)) == set()  # "sees as" with no judgement names no stance


def test_leading_the_coordination_of_a_mission(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 2
        will AUX/MD aux 2
        lead VERB/VB ROOT 2
        the DET/DT det 4
        coordination NOUN/NN dobj 2
        of ADP/IN prep 4
        Operation PROPN/NNP compound 7
        Atlas PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [("Kenya", "STATE", "STATE:KE"), ATLAS])
    assert relations(doc, str(data_dir)) == {("Kenya", "participates_in", "Operation Atlas")}


def test_they_after_a_plural_noun_is_that_noun(data_dir: Path) -> None:
    doc = parsed("""
        Turkey PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 4
        Israeli ADJ/JJ amod 4
        strikes NOUN/NNS dobj 1
        and CCONJ/CC cc 1
        warned VERB/VBD conj 1
        that SCONJ/IN mark 9
        they PRON/PRP nsubj 9
        pose VERB/VBP ccomp 6
        a DET/DT det 11
        threat NOUN/NN dobj 9
        . PUNCT/. punct 1
    """, [("Turkey", "STATE", "STATE:TR"), ("Israeli", "STATE", "STATE:IL")])
    assert relations(doc, str(data_dir)) == {("Turkey", "opposes", "Israeli")}


def test_reporting_ones_own_sides_act_is_no_charge(data_dir: Path) -> None:
    doc = parsed("""
        Hungary PROPN/NNP nsubj 1
        blocked VERB/VBD ccomp 6
        the DET/DT det 3
        package NOUN/NN dobj 1
        , PUNCT/, punct 6
        Minister PROPN/NNP compound 5
        Szijjarto PROPN/NNP nsubj 6
        said VERB/VBD ROOT 6
        . PUNCT/. punct 6
    """, [("Hungary", "STATE", "STATE:HU"), ("Szijjarto", "PERSON", "")])
    assert relations(doc, str(data_dir)) == set()


def test_all_three_are_the_three_states_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Mali PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Chad PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Niger PROPN/NNP conj 2
        left VERB/VBD ROOT 5
        ECOWAS PROPN/NNP dobj 5
        . PUNCT/. punct 5
        All DET/DT det 9
        three NUM/CD nsubjpass 11
        were AUX/VBD auxpass 11
        suspended VERB/VBN ROOT 11
        from ADP/IN prep 11
        ECOWAS PROPN/NNP pobj 12
        . PUNCT/. punct 11
    """, [("Mali", "STATE", "STATE:ML"), ("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE"),
          ("ECOWAS", "ORG", "ORG:ECOWAS"), ("ECOWAS", "ORG", "ORG:ECOWAS")])
    found = relations(doc, str(data_dir))
    assert {("ECOWAS", "opposes", "Mali"), ("ECOWAS", "opposes", "Chad"), ("ECOWAS", "opposes", "Niger")} <= found
    assert ("Mali", "declines", "ECOWAS") in found


def test_refusing_to_recognise_it_opposes_what_it_refers_to(data_dir: Path) -> None:
    doc = parsed("""
        Kosovo PROPN/NNP nsubj 1
        declared VERB/VBD ROOT 1
        independence NOUN/NN dobj 1
        . PUNCT/. punct 1
        Serbia PROPN/NNP nsubj 6
        has AUX/VBZ aux 6
        refused VERB/VBN ROOT 6
        to PART/TO aux 8
        recognize VERB/VB xcomp 6
        it PRON/PRP dobj 8
        . PUNCT/. punct 6
    """, [("Kosovo", "STATE", "STATE:XK"), ("Serbia", "STATE", "STATE:RS")])
    assert relations(doc, str(data_dir)) == {("Serbia", "opposes", "Kosovo")}


@pytest.mark.parametrize(("first", "named"), [("backed", False), ("welcomed", False), ("drafted", True)])
def test_it_after_a_stance_on_a_thing_is_that_thing(data_dir: Path, first: str, named: bool) -> None:
    # "Castria backed the plan, while Norland opposed it": the plan, not Castria; after a clause that only
    # makes the thing ("drafted the plan"), 'it' keeps its name-based reading (Castria's plan)
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        {first} VERB/VBD ROOT 1
        the DET/DT det 3
        plan NOUN/NN dobj 1
        , PUNCT/, punct 1
        while SCONJ/IN mark 7
        Norland PROPN/NNP nsubj 7
        opposed VERB/VBD advcl 1
        it PRON/PRP dobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert (("Norland", "opposes", "Castria") in relations(doc, str(data_dir))) == named


def test_an_allegation_about_a_state_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Vance PROPN/NNP nsubj 1
        alleged VERB/VBD ROOT 1
        that SCONJ/IN mark 5
        Denmark PROPN/NNP nsubj 5
        had AUX/VBD aux 5
        underinvested VERB/VBN ccomp 1
        . PUNCT/. punct 1
    """, [("Vance", "PERSON", ""), ("Denmark", "STATE", "STATE:DK")])
    assert relations(doc, str(data_dir)) == {("Vance", "opposes", "Denmark")}


def test_a_noun_whose_clause_refers_back_to_it_ends(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        militia NOUN/NN nsubj 7
        , PUNCT/, punct 1
        which PRON/WDT nsubj 4
        controls VERB/VBZ relcl 1
        the DET/DT det 6
        port NOUN/NN dobj 4
        attacked VERB/VBD ROOT 7
        Tripoli PROPN/NNP dobj 7
        . PUNCT/. punct 7
    """, [("Tripoli", "PLACE", "CAPITAL:LY:tripoli")])
    assert relations(doc, str(data_dir)) == set()


def test_expelling_a_diplomat_opposes_the_diplomats_state(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 1
        expelled VERB/VBD ROOT 1
        an DET/DT det 4
        Indian ADJ/JJ amod 4
        diplomat NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [("Canada", "STATE", "STATE:CA"), ("Indian", "STATE", "STATE:IN")])
    assert relations(doc, str(data_dir)) == {("Canada", "opposes", "Indian")}


def test_fighting_between_two_sides_and_a_backer_of_one(data_dir: Path) -> None:
    doc = parsed("""
        Fighting NOUN/NN nsubj 1
        erupted VERB/VBD ROOT 1
        between ADP/IN prep 1
        Israel PROPN/NNP pobj 2
        and CCONJ/CC cc 3
        Iran PROPN/NNP npadvmod 7
        - PUNCT/HYPH punct 7
        backed VERB/VBN amod 8
        Hezbollah PROPN/NNP conj 3
        . PUNCT/. punct 1
    """, [("Israel", "STATE", "STATE:IL"), ("Iran", "STATE", "STATE:IR"), ("Hezbollah", "ORG", "ORG:HEZBOLLAH")])
    assert relations(doc, str(data_dir)) == {("Israel", "opposes", "Hezbollah"), ("Hezbollah", "opposes", "Israel"),
                                             ("Iran", "supports", "Hezbollah")}


def test_clashes_that_took_place_between_two_sides(data_dir: Path) -> None:
    doc = parsed("""
        Clashes NOUN/NNS nsubj 2
        have AUX/VBP aux 2
        taken VERB/VBN ROOT 2
        place NOUN/NN dobj 2
        between ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Doravia PROPN/NNP conj 5
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Doravia", "opposes", "Castria")}
    doc = parsed("""
        Talks NOUN/NNS nsubj 1
        took VERB/VBD ROOT 1
        place NOUN/NN dobj 1
        between ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        and CCONJ/CC cc 4
        Doravia PROPN/NNP conj 4
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_membership_for_a_state_is_that_states_bid_not_the_bodys(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        opposes VERB/VBZ ROOT 1
        NATO PROPN/NNP compound 3
        membership NOUN/NN dobj 1
        for ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Norland PROPN/NNP conj 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("NATO", "ORG", "ORG:NATO"), ("Doravia", "STATE", "STATE:XD"),
          ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Castria", "opposes", "Norland")}


def test_what_was_done_instead_of_an_act_leaves_the_act_undone(data_dir: Path) -> None:
    doc = parsed("""
        Instead ADV/RB advmod 1
        of ADP/IN prep 6
        backing VERB/VBG pcomp 1
        Doravia PROPN/NNP dobj 2
        , PUNCT/, punct 6
        Castria PROPN/NNP nsubj 6
        praised VERB/VBD ROOT 6
        Norland PROPN/NNP dobj 6
        . PUNCT/. punct 6
    """, [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Norland")}


def test_a_pattern_of_the_subjects_own_activity_does_not_reach_a_direct_object(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        engaged VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        in ADP/IN prep 1
        an DET/DT det 5
        effort NOUN/NN pobj 3
        to PART/TO aux 7
        hide VERB/VB acl 5
        losses NOUN/NNS dobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == set()


def test_condemning_someones_trial_is_no_stance_against_them(data_dir: Path) -> None:
    doc = parsed("""
        Trump PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        Bolsonaro PROPN/NNP poss 4
        's PART/POS case 2
        trial NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [("Trump", "PERSON", ""), ("Bolsonaro", "PERSON", "")])
    assert relations(doc, str(data_dir)) == set()


def test_a_critic_named_in_apposition(data_dir: Path) -> None:
    doc = parsed("""
        Protasevich PROPN/NNP nsubjpass 7
        , PUNCT/, punct 0
        a DET/DT det 3
        critic NOUN/NN appos 0
        of ADP/IN prep 3
        Lukashenko PROPN/NNP pobj 4
        , PUNCT/, punct 0
        was AUX/VBD auxpass 8
        arrested VERB/VBN ROOT 8
        . PUNCT/. punct 8
    """, [("Protasevich", "PERSON", ""), ("Lukashenko", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Protasevich", "opposes", "Lukashenko")}


def test_what_a_condition_imagines_does_not_happen(data_dir: Path) -> None:
    doc = parsed("""
        If SCONJ/IN mark 4
        China PROPN/NNP nsubj 4
        were AUX/VBD aux 4
        to PART/TO aux 4
        attack VERB/VB advcl 8
        Taiwan PROPN/NNP dobj 4
        , PUNCT/, punct 8
        Japan PROPN/NNP nsubj 8
        would AUX/MD ROOT 8
        . PUNCT/. punct 8
    """, [("China", "STATE", "STATE:CN"), ("Taiwan", "STATE", "STATE:TW"), ("Japan", "STATE", "STATE:JP")])
    assert relations(doc, str(data_dir)) == set()


def test_a_trading_partner_is_no_ally_and_an_agreement_with_a_state_supports_it(data_dir: Path) -> None:
    doc = parsed("""
        Brazil PROPN/NNP poss 3
        's PART/POS case 0
        trading NOUN/NN compound 3
        partner NOUN/NN attr 5
        is AUX/VBZ ROOT 5
        China PROPN/NNP nsubj 5
        . PUNCT/. punct 5
        Mozambique PROPN/NNP nsubj 8
        signed VERB/VBD ROOT 8
        an DET/DT det 10
        agreement NOUN/NN dobj 8
        with ADP/IN prep 10
        Rwanda PROPN/NNP pobj 11
        . PUNCT/. punct 8
    """, [("Brazil", "STATE", "STATE:BR"), ("China", "STATE", "STATE:CN"), ("Mozambique", "STATE", "STATE:MZ"),
          ("Rwanda", "STATE", "STATE:RW")])
    assert relations(doc, str(data_dir)) == {("Mozambique", "supports", "Rwanda"), ("Rwanda", "supports", "Mozambique")}


_CLAIM_ROWS = """
    The DET/DT det 2
    Varn PROPN/NNP compound 2
    Brigade PROPN/NNP nsubj 3
    {verb} VERB/VBD ROOT 3
    responsibility NOUN/NN dobj 3
    for ADP/IN prep 4
    the DET/DT det 8
    rocket NOUN/NN compound 8
    attack NOUN/NN pobj 5
    on ADP/IN prep 8
    Chad PROPN/NNP pobj 9
    . PUNCT/. punct 3
"""


def test_an_act_owned_up_to_is_its_claimants_and_a_denied_one_is_not(data_dir: Path) -> None:
    ents = [("Varn Brigade", "ORG", ""), ("Chad", "STATE", "STATE:TD")]
    assert relations(parsed(_CLAIM_ROWS.format(verb="claimed"), ents), str(data_dir)) == {
        ("Varn Brigade", "opposes", "Chad")}
    assert relations(parsed(_CLAIM_ROWS.format(verb="denied"), ents), str(data_dir)) == set()
    direct = parsed("""
        The DET/DT det 2
        Varn PROPN/NNP compound 2
        Brigade PROPN/NNP nsubj 3
        claimed VERB/VBD ROOT 3
        the DET/DT det 6
        drone NOUN/NN compound 6
        strike NOUN/NN dobj 3
        on ADP/IN prep 6
        Chad PROPN/NNP pobj 7
        . PUNCT/. punct 3
    """, ents)
    assert relations(direct, str(data_dir)) == {("Varn Brigade", "opposes", "Chad")}


_OPERATION = """
    Operation PROPN/NNP compound 1
    Aspides PROPN/NNP nsubj 2
    began VERB/VBD ROOT 2
    . PUNCT/. punct 2
"""
_OPERATION_ENTS = [("Operation Aspides", "ORG", "MISSION:Operation Aspides"),
                   ("operation", "ORG", "MISSION:Operation Aspides")]


def test_work_done_under_an_operation_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed(_OPERATION + """
        Kenya PROPN/NNP nsubj 5
        took VERB/VBD ROOT 5
        part NOUN/NN dobj 5
        in ADP/IN prep 5
        patrols NOUN/NNS pobj 7
        under ADP/IN prep 8
        the DET/DT det 11
        operation NOUN/NN pobj 9
        . PUNCT/. punct 5
    """, [_OPERATION_ENTS[0], ("Kenya", "STATE", "STATE:KE"), _OPERATION_ENTS[1]])
    assert relations(doc, str(data_dir)) == {("Kenya", "participates_in", "operation")}


def test_the_states_whose_forces_make_up_an_operation_take_part(data_dir: Path) -> None:
    doc = parsed(_OPERATION + """
        The DET/DT det 5
        operation NOUN/NN nsubj 6
        includes VERB/VBZ ROOT 6
        troops NOUN/NNS dobj 6
        from ADP/IN prep 7
        Kenya PROPN/NNP pobj 8
        and CCONJ/CC cc 7
        Chadian ADJ/JJ amod 12
        warships NOUN/NNS conj 7
        . PUNCT/. punct 6
    """, [*_OPERATION_ENTS, ("Kenya", "STATE", "STATE:KE"), ("Chadian", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("Kenya", "participates_in", "operation"),
                                             ("Chadian", "participates_in", "operation")}


def test_the_states_a_force_draws_troops_from_take_part(data_dir: Path) -> None:
    doc = parsed(_OPERATION + """
        The DET/DT det 5
        operation NOUN/NN nsubj 7
        will AUX/MD aux 7
        draw VERB/VB ROOT 7
        troops NOUN/NNS dobj 7
        from ADP/IN prep 7
        Kenya PROPN/NNP pobj 9
        and CCONJ/CC cc 10
        Chad PROPN/NNP conj 10
        . PUNCT/. punct 7
    """, [*_OPERATION_ENTS, ("Kenya", "STATE", "STATE:KE"), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("Kenya", "participates_in", "operation"),
                                             ("Chad", "participates_in", "operation")}


def test_the_one_heading_an_operation_in_an_inverted_clause_takes_part(data_dir: Path) -> None:
    doc = parsed(_OPERATION + """
        Heading VERB/VBG csubj 7
        the DET/DT det 6
        operation NOUN/NN dobj 4
        is AUX/VBZ ROOT 7
        Chadian PROPN/NNP compound 12
        Maj PROPN/NNP compound 12
        Gen PROPN/NNP compound 12
        Mira PROPN/NNP compound 12
        Odell PROPN/NNP attr 7
        . PUNCT/. punct 7
    """, [*_OPERATION_ENTS, ("Chadian", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Mira Odell", "participates_in", "operation"),
                                             ("Mira Odell", "affiliated_with", "Chadian")}


def test_measures_aimed_at_someone_oppose_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        adopted VERB/VBD ROOT 1
        sanctions NOUN/NNS dobj 1
        aimed VERB/VBN acl 2
        at ADP/IN prep 3
        Niger PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


_CHAD_NIGER = [("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE")]


def test_arms_sent_to_someone_support_them_and_a_refusal_gives_no_edge(data_dir: Path) -> None:
    sent = parsed("""
        Chad PROPN/NNP nsubj 2
        will AUX/MD aux 2
        send VERB/VB ROOT 2
        Leopard PROPN/NNP compound 4
        tanks NOUN/NNS dobj 2
        to ADP/IN prep 2
        Niger PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, _CHAD_NIGER)
    assert relations(sent, str(data_dir)) == {("Chad", "supports", "Niger")}
    refused = parsed("""
        Chad PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        send VERB/VB xcomp 1
        tanks NOUN/NNS dobj 3
        to ADP/IN prep 3
        Niger PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(refused, str(data_dir)) == set()


def test_cutting_ties_opposes_and_restoring_them_supports_each_other(data_dir: Path) -> None:
    cut = parsed("""
        Chad PROPN/NNP nsubj 1
        cut VERB/VBD ROOT 1
        diplomatic ADJ/JJ amod 3
        ties NOUN/NNS dobj 1
        with ADP/IN prep 3
        Niger PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(cut, str(data_dir)) == {("Chad", "opposes", "Niger")}
    restored = parsed("""
        Chad PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Niger PROPN/NNP conj 0
        agreed VERB/VBD ROOT 3
        to PART/TO aux 5
        restore VERB/VB xcomp 3
        ties NOUN/NNS dobj 5
        . PUNCT/. punct 3
    """, _CHAD_NIGER)
    assert relations(restored, str(data_dir)) == {("Chad", "supports", "Niger"), ("Niger", "supports", "Chad")}


@pytest.mark.parametrize("verb", ["forged", "expanded", "accelerated"])
def test_building_up_ties_backs_the_partner(data_dir: Path, verb: str) -> None:
    doc = parsed(f"""
        Chad PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        ties NOUN/NNS dobj 1
        with ADP/IN prep 2
        Niger PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "supports", "Niger")}


def test_announcing_the_breaking_of_relations_opposes_the_partner(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        announced VERB/VBD ROOT 1
        the DET/DT det 3
        breaking NOUN/NN dobj 1
        of ADP/IN prep 3
        diplomatic ADJ/JJ amod 6
        relations NOUN/NNS pobj 4
        with ADP/IN prep 6
        Niger PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_names_in_apposition_with_conjuncts_all_hold_and_a_possessive_object_is_the_subjects(data_dir: Path) -> None:
    doc = parsed("""
        Both DET/DT det 2
        Chadian ADJ/JJ amod 2
        president NOUN/NN nsubj 8
        Mira PROPN/NNP compound 4
        Odell PROPN/NNP appos 2
        and CCONJ/CC cc 4
        Tom PROPN/NNP compound 7
        Varn PROPN/NNP conj 4
        condemned VERB/VBD ROOT 8
        Mali PROPN/NNP poss 11
        's PART/POS case 9
        attack NOUN/NN dobj 8
        and CCONJ/CC cc 8
        reiterated VERB/VBD conj 8
        their PRON/PRP$ poss 15
        support NOUN/NN dobj 13
        for ADP/IN prep 15
        Niger PROPN/NNP pobj 16
        . PUNCT/. punct 8
    """, [("Chadian", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", ""), ("Tom Varn", "PERSON", ""),
          ("Mali", "STATE", "STATE:ML"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) - {("Mira Odell", "affiliated_with", "Chadian")} == {
        ("Mira Odell", "opposes", "Mali"), ("Tom Varn", "opposes", "Mali"),
        ("Mira Odell", "supports", "Niger"), ("Tom Varn", "supports", "Niger")}


def test_an_envoy_ordered_to_leave_a_country_is_opposed_by_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP poss 2
        's PART/POS case 0
        ambassador NOUN/NN nsubjpass 4
        was AUX/VBD auxpass 4
        ordered VERB/VBN ROOT 4
        to PART/TO aux 6
        leave VERB/VB xcomp 4
        Niger PROPN/NNP dobj 6
        . PUNCT/. punct 4
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Niger", "opposes", "Chad")}


def test_declaring_someone_persona_non_grata_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Niger PROPN/NNP nsubj 1
        declared VERB/VBD ROOT 1
        the DET/DT det 4
        Chadian ADJ/JJ amod 4
        ambassador NOUN/NN nsubj 5
        persona VERB/VB ccomp 1
        non PROPN/NNP compound 7
        grata NOUN/NN dobj 5
        . PUNCT/. punct 1
    """, [("Niger", "STATE", "STATE:NE"), ("Chadian", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("Niger", "opposes", "Chadian")}


def test_suspending_a_membership_and_an_act_said_to_be_repeated_without_its_agent(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Varn PROPN/NNP compound 2
        Union PROPN/NNP nsubj 3
        suspended VERB/VBD ROOT 3
        Chad PROPN/NNP poss 6
        's PART/POS case 4
        membership NOUN/NN dobj 3
        . PUNCT/. punct 3
        Niger PROPN/NNP nsubjpass 12
        has AUX/VBZ aux 12
        also ADV/RB advmod 12
        been AUX/VBN auxpass 12
        suspended VERB/VBN ROOT 12
        . PUNCT/. punct 12
    """, [("Varn Union", "ORG", ""), *_CHAD_NIGER])
    assert relations(doc, str(data_dir)) == {("Varn Union", "opposes", "Chad"), ("Varn Union", "opposes", "Niger")}


def test_having_someone_arrested_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Varn PROPN/NNP compound 2
        Court PROPN/NNP nsubj 3
        had VERB/VBD ROOT 3
        Mira PROPN/NNP compound 5
        Odell PROPN/NNP nsubj 6
        arrested VERB/VBN ccomp 3
        . PUNCT/. punct 3
    """, [("Varn Court", "ORG", ""), ("Mira Odell", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Varn Court", "opposes", "Mira Odell")}


def test_recalling_ones_envoys_from_a_country_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Mali PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Chad PROPN/NNP appos 0
        and CCONJ/CC cc 2
        Niger PROPN/NNP conj 2
        recalled VERB/VBD ROOT 5
        their PRON/PRP$ poss 7
        ambassadors NOUN/NNS dobj 5
        from ADP/IN prep 5
        Algeria PROPN/NNP pobj 8
        . PUNCT/. punct 5
    """, [("Mali", "STATE", "STATE:ML"), *_CHAD_NIGER, ("Algeria", "STATE", "STATE:DZ")])
    assert relations(doc, str(data_dir)) == {("Mali", "opposes", "Algeria"), ("Chad", "opposes", "Algeria"),
                                             ("Niger", "opposes", "Algeria")}


def test_a_pro_side_leader_supports_it_and_asking_a_state_to_withdraw_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Pro ADJ/JJ amod 3
        - PUNCT/HYPH punct 2
        Chad PROPN/NNP amod 3
        leader NOUN/NN compound 5
        Mira PROPN/NNP compound 5
        Odell PROPN/NNP nsubj 6
        requested VERB/VBD ROOT 6
        Niger PROPN/NNP dobj 6
        to PART/TO aux 9
        withdraw VERB/VB xcomp 6
        its PRON/PRP$ poss 11
        troops NOUN/NNS dobj 9
        . PUNCT/. punct 6
    """, [("Chad", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", ""), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Mira Odell", "supports", "Chad"), ("Mira Odell", "opposes", "Niger")}


def test_joining_an_anti_side_coalition_opposes_that_side_and_joins_no_side(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        the DET/DT det 6
        anti ADJ/JJ amod 6
        - PUNCT/HYPH punct 6
        Vexor PROPN/NNP amod 6
        coalition NOUN/NN dobj 1
        . PUNCT/. punct 1
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Vexor", "ORG", "")]
    assert relations(parsed(rows.format(verb="joined"), ents), str(data_dir)) == {("Castria", "opposes", "Vexor")}
    assert relations(parsed(rows.format(verb="described"), ents), str(data_dir)) == set()


def test_reacting_angrily_to_an_act_opposes_its_author(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 1
        reacted VERB/VBD ROOT 1
        {manner} ADV/RB advmod 1
        to ADP/IN prep 1
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        remarks NOUN/NNS pobj 3
        . PUNCT/. punct 1
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    assert relations(parsed(rows.format(manner="angrily"), ents), str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(parsed(rows.format(manner="calmly"), ents), str(data_dir)) == set()


def test_acts_described_with_a_negative_adjective(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        described VERB/VBD ROOT 1
        Niger PROPN/NNP poss 4
        's PART/POS case 2
        actions NOUN/NNS dobj 1
        as ADP/IN prep 1
        reckless ADJ/JJ amod 5
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_an_idiomatic_phrasal_verb_is_not_its_verb_but_striking_at_someone_is(data_dir: Path) -> None:
    hammered = parsed("""
        Chad PROPN/NNP nsubj 1
        hammered VERB/VBD ROOT 1
        out ADP/RP prt 1
        a DET/DT det 4
        deal NOUN/NN dobj 1
        with ADP/IN prep 4
        Niger PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert ("Chad", "opposes", "Niger") not in relations(hammered, str(data_dir))
    struck = parsed("""
        Chad PROPN/NNP nsubj 1
        struck VERB/VBD ROOT 1
        back ADV/RB advmod 1
        at ADP/IN prep 1
        Niger PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(struck, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_votes_for_and_against_a_measure_are_stances_on_its_author(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        tariffs NOUN/NNS nsubj 7
        proposed VERB/VBN acl 1
        by ADP/IN agent 2
        the DET/DT det 6
        Varn PROPN/NNP compound 6
        Commission PROPN/NNP pobj 3
        passed VERB/VBD ROOT 7
        . PUNCT/. punct 7
        Chad PROPN/NNP nsubj 10
        voted VERB/VBD ROOT 10
        in ADP/IN prep 10
        favour NOUN/NN pobj 11
        of ADP/IN prep 12
        tariffs NOUN/NNS pobj 13
        and CCONJ/CC cc 10
        Niger PROPN/NNP nsubj 17
        voted VERB/VBD conj 10
        against ADP/IN prep 17
        them PRON/PRP pobj 18
        . PUNCT/. punct 17
    """, [("Varn Commission", "ORG", ""), *_CHAD_NIGER])
    assert relations(doc, str(data_dir)) == {("Chad", "supports", "Varn Commission"),
                                             ("Niger", "opposes", "Varn Commission")}


def test_annulling_someones_victory_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        annulled VERB/VBD ROOT 1
        the DET/DT det 3
        victory NOUN/NN dobj 1
        of ADP/IN prep 3
        Mira PROPN/NNP compound 6
        Odell PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Mira Odell")}


def test_freezing_ones_own_participation_in_an_alliance_declines_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        froze VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        participation NOUN/NN dobj 1
        in ADP/IN prep 3
        the DET/DT det 7
        Varn PROPN/NNP compound 7
        Alliance PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Varn Alliance", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Chad", "declines", "Varn Alliance")}


def test_whose_troops_are_sent_to_an_alliance_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Units NOUN/NNS nsubjpass 9
        of ADP/IN prep 0
        Chadian ADJ/JJ amod 3
        soldiers NOUN/NNS pobj 1
        and CCONJ/CC cc 3
        forces NOUN/NNS conj 3
        from ADP/IN prep 5
        Niger PROPN/NNP pobj 6
        were AUX/VBD auxpass 9
        sent VERB/VBN ROOT 9
        to ADP/IN prep 9
        the DET/DT det 13
        Varn PROPN/NNP compound 13
        Alliance PROPN/NNP pobj 10
        . PUNCT/. punct 9
    """, [("Chadian", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE"), ("Varn Alliance", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Chadian", "participates_in", "Varn Alliance"),
                                             ("Niger", "participates_in", "Varn Alliance")}


def test_contributing_a_ship_to_a_bodys_mission_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        contributed VERB/VBD ROOT 1
        a DET/DT det 3
        frigate NOUN/NN dobj 1
        to ADP/IN prep 3
        the DET/DT det 8
        Varn PROPN/NNP compound 7
        Alliance PROPN/NNP compound 8
        mission NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Varn Alliance", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Chad", "participates_in", "Varn Alliance")}


def test_without_doing_something_is_not_doing_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        spoke VERB/VBD ROOT 1
        without ADP/IN prep 1
        endorsing VERB/VBG pcomp 2
        Niger PROPN/NNP dobj 3
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == set()


def test_two_sides_that_fought_or_accused_one_another_oppose_each_other(data_dir: Path) -> None:
    both = {("Chad", "opposes", "Niger"), ("Niger", "opposes", "Chad")}
    fought = parsed("""
        Chad PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Niger PROPN/NNP conj 0
        fought VERB/VBD ROOT 3
        a DET/DT det 5
        war NOUN/NN dobj 3
        . PUNCT/. punct 3
    """, _CHAD_NIGER)
    assert relations(fought, str(data_dir)) == both
    accused = parsed("""
        Chad PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Niger PROPN/NNP conj 0
        accused VERB/VBD ROOT 3
        one NOUN/NN dobj 3
        another DET/DT det 4
        of ADP/IN prep 3
        lying VERB/VBG pcomp 6
        . PUNCT/. punct 3
    """, _CHAD_NIGER)
    assert relations(accused, str(data_dir)) == both


def test_parties_that_sign_a_pact_together_support_each_other(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Niger PROPN/NNP conj 0
        signed VERB/VBD ROOT 3
        a DET/DT det 6
        defence NOUN/NN compound 6
        pact NOUN/NN dobj 3
        . PUNCT/. punct 3
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "supports", "Niger"), ("Niger", "supports", "Chad")}


def test_demanding_the_withdrawal_of_someones_troops_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        demanded VERB/VBD ROOT 1
        the DET/DT det 3
        withdrawal NOUN/NN dobj 1
        of ADP/IN prep 3
        Nigerien ADJ/JJ amod 6
        troops NOUN/NNS pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Nigerien", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Nigerien")}


def test_recalling_ones_ambassador_in_a_country_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        recalled VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        ambassador NOUN/NN dobj 1
        in ADP/IN prep 3
        Niger PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_saying_someone_failed_is_a_charge_against_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Niger PROPN/NNP nsubj 4
        had AUX/VBD aux 4
        failed VERB/VBN ccomp 1
        to PART/TO aux 6
        stop VERB/VB xcomp 4
        the DET/DT det 8
        attacks NOUN/NNS dobj 6
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_diplomats_from_a_country_ordered_to_leave(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        ordered VERB/VBD ROOT 1
        the DET/DT det 3
        diplomats NOUN/NNS dobj 1
        from ADP/IN prep 3
        Niger PROPN/NNP pobj 4
        to PART/TO aux 7
        leave VERB/VB xcomp 1
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_an_operation_called_by_a_name_and_a_later_contribution_to_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        launched VERB/VBD ROOT 1
        a DET/DT det 5
        new ADJ/JJ amod 5
        naval ADJ/JJ amod 5
        operation NOUN/NN dobj 1
        , PUNCT/, punct 1
        called VERB/VBN advcl 1
        VARNA PROPN/NNP oprd 7
        . PUNCT/. punct 1
        Niger PROPN/NNP nsubj 12
        will AUX/MD aux 12
        contribute VERB/VB ROOT 12
        a DET/DT det 14
        frigate NOUN/NN dobj 12
        to ADP/IN prep 12
        the DET/DT det 17
        mission NOUN/NN pobj 15
        . PUNCT/. punct 12
    """, [("Chad", "STATE", "STATE:TD"), ("VARNA", "ORG", "MISSION:VARNA"), ("Niger", "STATE", "STATE:NE"),
          ("mission", "ORG", "MISSION:VARNA")])
    assert relations(doc, str(data_dir)) == {("Chad", "participates_in", "VARNA"),
                                             ("Niger", "participates_in", "mission")}


def test_an_initiative_launched_by_someone_has_them_take_part(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Varn PROPN/NNP compound 2
        Initiative PROPN/NNP nsubjpass 4
        was AUX/VBD auxpass 4
        launched VERB/VBN ROOT 4
        by ADP/IN agent 4
        Chad PROPN/NNP pobj 5
        . PUNCT/. punct 4
    """, [("Varn Initiative", "ORG", "MISSION:Varn Initiative"), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("Chad", "participates_in", "Varn Initiative")}


def test_an_object_pronoun_is_not_the_infinitives_controller(data_dir: Path) -> None:
    doc = parsed("""
        Niger PROPN/NNP nsubj 1
        urged VERB/VBD ROOT 1
        Chad PROPN/NNP dobj 1
        to PART/TO aux 4
        send VERB/VB xcomp 1
        it PRON/PRP dative 4
        tanks NOUN/NNS dobj 4
        . PUNCT/. punct 1
    """, _CHAD_NIGER[::-1])
    assert ("Niger", "supports", "Chad") not in relations(doc, str(data_dir))


def test_allies_back_each_other(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 8
        and CCONJ/CC cc 0
        its PRON/PRP$ poss 4
        key ADJ/JJ amod 4
        ally NOUN/NN conj 0
        , PUNCT/, punct 4
        Niger PROPN/NNP appos 4
        , PUNCT/, punct 4
        met VERB/VBD ROOT 8
        . PUNCT/. punct 8
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Chad", "supports", "Niger"), ("Niger", "supports", "Chad")}


def test_pressing_someone_to_act_against_a_third_is_a_stance_on_the_third_only(data_dir: Path) -> None:
    doc = parsed("""
        Mali PROPN/NNP nsubj 1
        pressured VERB/VBD ROOT 1
        the DET/DT det 3
        leaders NOUN/NNS dobj 1
        of ADP/IN prep 3
        Chad PROPN/NNP pobj 4
        to PART/TO aux 7
        exclude VERB/VB xcomp 1
        Niger PROPN/NNP dobj 7
        . PUNCT/. punct 1
    """, [("Mali", "STATE", "STATE:ML"), *_CHAD_NIGER])
    assert relations(doc, str(data_dir)) == {("Mali", "opposes", "Niger")}


def test_a_named_accord_signed_with_a_partner_backs_the_partner_not_through_the_accord(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        signed VERB/VBD ROOT 1
        the DET/DT det 4
        Varn PROPN/NNP compound 4
        Accord PROPN/NNP dobj 1
        with ADP/IN prep 4
        Niger PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Varn Accord", "ORG", "ACCORD:Varn Accord"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Chad", "supports", "Varn Accord"), ("Chad", "supports", "Niger"),
                                             ("Niger", "supports", "Chad")}  # both sign it


def test_catching_someone_off_guard_is_no_arrest(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        caught VERB/VBD ROOT 1
        Niger PROPN/NNP dobj 1
        off ADP/IN prep 1
        guard NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == set()


def test_a_reason_clause_is_the_partners_act_and_a_day_name_does_not_hide_the_subject(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP compound 1
        Friday PROPN/NNP npadvmod 2
        cut VERB/VBD ROOT 2
        ties NOUN/NNS dobj 2
        with ADP/IN prep 3
        Niger PROPN/NNP pobj 4
        for ADP/IN prep 2
        supplying VERB/VBG pcomp 6
        Mali PROPN/NNP dobj 7
        with ADP/IN prep 7
        drones NOUN/NNS pobj 9
        . PUNCT/. punct 2
    """, [*_CHAD_NIGER, ("Mali", "STATE", "STATE:ML")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger"), ("Niger", "supports", "Mali")}


def test_withdrawing_an_ambassador_to_a_country_and_vetoing_a_resolution_in_a_body(data_dir: Path) -> None:
    withdrew = parsed("""
        Chad PROPN/NNP nsubj 1
        withdrew VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        ambassador NOUN/NN dobj 1
        to ADP/IN prep 3
        Niger PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(withdrew, str(data_dir)) == {("Chad", "opposes", "Niger")}
    vetoed = parsed("""
        Chad PROPN/NNP nsubj 1
        vetoed VERB/VBD ROOT 1
        a DET/DT det 3
        resolution NOUN/NN dobj 1
        in ADP/IN prep 3
        the DET/DT det 7
        Varn PROPN/NNP compound 7
        Council PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Varn Council", "ORG", "")])
    assert relations(vetoed, str(data_dir)) == {("Chad", "opposes", "Varn Council")}


def test_receiving_someones_backing_is_their_support(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        received VERB/VBD ROOT 1
        the DET/DT det 3
        backing NOUN/NN dobj 1
        of ADP/IN prep 3
        Niger PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, _CHAD_NIGER)
    assert relations(doc, str(data_dir)) == {("Niger", "supports", "Chad")}


def test_depriving_someone_of_accreditation_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        deprived VERB/VBD ROOT 1
        Mira PROPN/NNP compound 3
        Odell PROPN/NNP dobj 1
        of ADP/IN prep 3
        her PRON/PRP$ poss 6
        accreditation NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Mira Odell", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Mira Odell")}


def test_measures_others_failed_to_prevent_stand_with_their_proposer_and_target(data_dir: Path) -> None:
    doc = parsed("""
        Mali PROPN/NNP nsubj 1
        was AUX/VBD ROOT 1
        unable ADJ/JJ acomp 1
        to PART/TO aux 4
        prevent VERB/VB xcomp 2
        the DET/DT det 6
        tariffs NOUN/NNS dobj 4
        proposed VERB/VBN acl 6
        by ADP/IN agent 7
        the DET/DT det 11
        Varn PROPN/NNP compound 11
        Commission PROPN/NNP pobj 8
        to PART/TO aux 14
        be AUX/VB auxpass 14
        imposed VERB/VBN xcomp 7
        on ADP/IN prep 14
        Chinese PROPN/NNP npadvmod 18
        - PUNCT/HYPH punct 18
        made VERB/VBN amod 19
        cars NOUN/NNS pobj 15
        . PUNCT/. punct 1
    """, [("Mali", "STATE", "STATE:ML"), ("Varn Commission", "ORG", ""), ("Chinese", "STATE", "STATE:CN")])
    assert relations(doc, str(data_dir)) == {("Varn Commission", "opposes", "Chinese")}


def test_a_counted_group_spelled_out_after_a_dash_holds_the_stance(data_dir: Path) -> None:
    doc = parsed("""
        Two NUM/CD nummod 1
        countries NOUN/NNS nsubj 2
        condemned VERB/VBD ROOT 2
        Chad PROPN/NNP dobj 2
        over ADP/IN prep 2
        the DET/DT det 6
        coup NOUN/NN pobj 4
        — PUNCT/: punct 6
        Mali PROPN/NNP appos 6
        and CCONJ/CC cc 8
        Niger PROPN/NNP conj 8
        . PUNCT/. punct 2
    """, [("Chad", "STATE", "STATE:TD"), ("Mali", "STATE", "STATE:ML"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Mali", "opposes", "Chad"), ("Niger", "opposes", "Chad")}


def test_whom_a_right_is_granted_to_acts(data_dir: Path) -> None:
    doc = parsed("""
        Mira PROPN/NNP compound 1
        Odell PROPN/NNP nsubjpass 3
        was AUX/VBD auxpass 3
        given VERB/VBN ROOT 3
        free ADJ/JJ amod 5
        rein NOUN/NN dobj 3
        to PART/TO aux 7
        criticize VERB/VB relcl 5
        Niger PROPN/NNP dobj 7
        . PUNCT/. punct 3
    """, [("Mira Odell", "PERSON", ""), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Mira Odell", "opposes", "Niger")}

def test_an_approved_act_backs_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        Niger PROPN/NNP poss 4
        's PART/POS case 2
        decision NOUN/NN dobj 1
        and CCONJ/CC cc 1
        Gabon PROPN/NNP nsubj 7
        ratified VERB/VBD conj 1
        Mali PROPN/NNP poss 10
        's PART/POS case 8
        membership NOUN/NN dobj 7
        . PUNCT/. punct 7
    """, [("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE"), ("Gabon", "STATE", "STATE:GA"),
          ("Mali", "STATE", "STATE:ML")])
    assert relations(doc, str(data_dir)) == {('Gabon', 'supports', 'Mali'), ('Chad', 'supports', 'Niger')}


def test_approval_of_an_act_that_befalls_someone_backs_not_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        the DET/DT det 3
        arrest NOUN/NN dobj 1
        of ADP/IN prep 3
        Tomas PROPN/NNP compound 6
        Varn PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Tomas Varn", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Tomas Varn")}  # welcoming an arrest


def test_our_in_a_quote_is_the_speakers(data_dir: Path) -> None:
    doc = parsed("""
        “ PUNCT/`` punct 9
        Our PRON/PRP$ poss 2
        support NOUN/NN nsubj 5
        for ADP/IN prep 2
        Chad PROPN/NNP pobj 3
        is AUX/VBZ ccomp 9
        firm ADJ/JJ acomp 5
        , PUNCT/, punct 9
        ” PUNCT/'' punct 9
        said VERB/VBD ROOT 9
        Lena PROPN/NNP compound 11
        Varo PROPN/NNP nsubj 9
        . PUNCT/. punct 9
    """, [("Chad", "STATE", "STATE:TD"), ("Lena Varo", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Lena Varo", "supports", "Chad")}


def test_a_ratification_leads_to_the_act_ratified(data_dir: Path) -> None:
    doc = parsed("""
        Niger PROPN/NNP nsubj 1
        signed VERB/VBD ROOT 1
        the DET/DT det 3
        ratification NOUN/NN dobj 1
        of ADP/IN prep 3
        Chad PROPN/NNP poss 7
        's PART/POS case 5
        accession NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Niger", "STATE", "STATE:NE"), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("Niger", "supports", "Chad")}


def test_an_approval_denied_backs_nobody(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        welcome VERB/VB ROOT 3
        Niger PROPN/NNP poss 6
        's PART/POS case 4
        decision NOUN/NN dobj 3
        . PUNCT/. punct 3
    """, [("Chad", "PERSON", ""), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == set()


def test_an_invasion_in_a_country_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        It PRON/PRP nsubj 1
        followed VERB/VBD ROOT 1
        Chad PROPN/NNP poss 4
        's PART/POS case 2
        invasion NOUN/NN dobj 1
        in ADP/IN prep 4
        Niger PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_a_body_that_suspends_a_member_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Varn PROPN/NNP compound 2
        Union PROPN/NNP nsubj 3
        suspended VERB/VBD ROOT 3
        Chad PROPN/NNP dobj 3
        from ADP/IN prep 3
        all DET/DT det 7
        activities NOUN/NNS pobj 5
        . PUNCT/. punct 3
    """, [("Varn Union", "ORG", ""), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("Varn Union", "opposes", "Chad")}


def test_no_longer_negates(data_dir: Path) -> None:
    def doc(*negation: str) -> Doc:
        return parsed(f"""
        Chad PROPN/NNP nsubj {1 + len(negation)}
        {negation[0] if negation else ""}
        {negation[1] if negation else ""}
        supports VERB/VBZ ROOT {1 + len(negation)}
        Niger PROPN/NNP dobj {1 + len(negation)}
        . PUNCT/. punct {1 + len(negation)}
    """, [("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE")])

    assert relations(doc(), str(data_dir)) == {("Chad", "supports", "Niger")}
    assert relations(doc("no ADV/RB neg 2", "longer ADV/RBR advmod 3"), str(data_dir)) == set()


def test_a_patterns_preposition_names_the_target(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        threw VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        weight NOUN/NN dobj 1
        behind ADP/IN prep 1
        Tomas PROPN/NNP compound 6
        Varn PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Tomas Varn", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Chad", "supports", "Tomas Varn")}


def test_a_name_after_a_comma_continues_a_list(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 7
        , PUNCT/, punct 0
        Jordan PROPN/NNP npadvmod 0
        , PUNCT/, punct 0
        and CCONJ/CC cc 0
        Mali PROPN/NNP conj 0
        have AUX/VBP aux 7
        expressed VERB/VBN ROOT 7
        their PRON/PRP$ poss 9
        support NOUN/NN dobj 7
        for ADP/IN prep 9
        Niger PROPN/NNP pobj 10
        . PUNCT/. punct 7
    """, [("Chad", "STATE", "STATE:TD"), ("Jordan", "STATE", "STATE:JO"), ("Mali", "STATE", "STATE:ML"),
          ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Chad", "supports", "Niger"), ("Jordan", "supports", "Niger"),
                                             ("Mali", "supports", "Niger")}


def test_fighting_someones_policies_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        fighting VERB/VBG ROOT 2
        the DET/DT det 4
        policies NOUN/NNS dobj 2
        of ADP/IN prep 4
        Niger PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_carrying_out_a_bodys_measure_is_no_stance_on_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        moved VERB/VBD ROOT 1
        to PART/TO aux 3
        reimpose VERB/VB xcomp 1
        United PROPN/NNP compound 5
        Nations PROPN/NNP compound 6
        sanctions NOUN/NNS dobj 3
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("United Nations", "ORG", "ORG:UN")])
    assert relations(doc, str(data_dir)) == set()


def test_declining_to_join_a_forum_declines_it(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        declined VERB/VBD ROOT 1
        an DET/DT det 3
        invitation NOUN/NN dobj 1
        to PART/TO aux 5
        join VERB/VB acl 3
        BRICS PROPN/NNP dobj 5
        , PUNCT/, punct 1
        and CCONJ/CC cc 1
        Mali PROPN/NNP nsubj 10
        rejected VERB/VBD conj 1
        the DET/DT det 12
        offer NOUN/NN dobj 10
        to PART/TO aux 14
        join VERB/VB acl 12
        the DET/DT det 17
        African PROPN/NNP compound 17
        Union PROPN/NNP dobj 14
        . PUNCT/. punct 10
    """, [("Chad", "STATE", "STATE:TD"), ("BRICS", "ORG", "ORG:BRICS"), ("Mali", "STATE", "STATE:ML"),
          ("African Union", "ORG", "ORG:AU")])
    assert relations(doc, str(data_dir)) == {("Chad", "declines", "BRICS"), ("Mali", "declines", "African Union")}


def test_scrapping_a_pact_with_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        scrapped VERB/VBD ROOT 1
        its PRON/PRP$ poss 4
        defence NOUN/NN compound 4
        pact NOUN/NN dobj 1
        with ADP/IN prep 4
        Niger PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {("Chad", "opposes", "Niger")}


def test_a_relative_that_is_no_speakers_that(data_dir: Path) -> None:
    doc = parsed("""
        “ PUNCT/`` punct 15
        It PRON/PRP nsubj 2
        is AUX/VBZ ccomp 15
        an DET/DT det 4
        act NOUN/NN attr 2
        that PRON/WDT nsubj 6
        violates VERB/VBZ relcl 4
        the DET/DT det 8
        resolutions NOUN/NNS dobj 6
        of ADP/IN prep 8
        the DET/DT det 12
        Security PROPN/NNP compound 12
        Council PROPN/NNP pobj 9
        , PUNCT/, punct 15
        ” PUNCT/'' punct 15
        said VERB/VBD ROOT 15
        Lena PROPN/NNP compound 17
        Varo PROPN/NNP nsubj 15
        . PUNCT/. punct 15
    """, [("Security Council", "ORG", ""), ("Lena Varo", "PERSON", "")])
    assert relations(doc, str(data_dir)) == set()


def test_a_commander_and_the_commanded_both_act(data_dir: Path) -> None:
    doc = parsed("""
        Lena PROPN/NNP compound 1
        Varo PROPN/NNP nsubj 2
        ordered VERB/VBD ROOT 2
        her PRON/PRP$ poss 4
        minister NOUN/NN compound 6
        Tomas PROPN/NNP compound 6
        Varn PROPN/NNP dobj 2
        to PART/TO aux 8
        establish VERB/VB xcomp 2
        diplomatic ADJ/JJ amod 10
        relations NOUN/NNS dobj 8
        with ADP/IN prep 10
        Chad PROPN/NNP pobj 11
        . PUNCT/. punct 2
    """, [("Lena Varo", "PERSON", ""), ("Tomas Varn", "PERSON", ""), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("Lena Varo", "supports", "Chad"), ("Tomas Varn", "supports", "Chad")}



def test_a_sender_out_opposes_whom_it_sends_out(data_dir: Path) -> None:
    doc = parsed("""
        Latvia PROPN/NNP nsubj 1
        ordered VERB/VBD ROOT 1
        out ADP/RP prt 1
        two NUM/CD nummod 5
        Belarusian ADJ/JJ amod 5
        diplomats NOUN/NNS dobj 1
        on ADP/IN prep 1
        Friday PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Latvia", "STATE", "STATE:LV"), ("Belarusian", "STATE", "STATE:BY")])
    assert relations(doc, str(data_dir)) == {('Latvia', 'opposes', 'Belarusian')}

def test_ordering_out_food_is_no_expulsion(data_dir: Path) -> None:
    doc = parsed("""
        Ghana PROPN/NNP nsubj 1
        ordered VERB/VBD ROOT 1
        out ADP/RP prt 1
        food NOUN/NN dobj 1
        for ADP/IN prep 3
        the DET/DT det 7
        Belarusian ADJ/JJ amod 7
        delegation NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Ghana", "STATE", "STATE:GH"), ("Belarusian", "STATE", "STATE:BY")])
    assert relations(doc, str(data_dir)) == set()

def test_an_act_despite_objections_is_opposed_by_the_objector(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        signed VERB/VBD ROOT 1
        the DET/DT det 3
        treaty NOUN/NN dobj 1
        despite SCONJ/IN prep 1
        objections NOUN/NNS pobj 4
        from ADP/IN prep 5
        Peru PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == {('Peru', 'opposes', 'Chile')}

def test_a_passive_act_over_protests_is_opposed_by_the_protester(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        law NOUN/NN nsubjpass 3
        was AUX/VBD auxpass 3
        adopted VERB/VBN ROOT 3
        by ADP/IN agent 3
        Japan PROPN/NNP pobj 4
        over ADP/IN prep 3
        the DET/DT det 8
        protests NOUN/NNS pobj 6
        of ADP/IN prep 8
        China PROPN/NNP pobj 9
        . PUNCT/. punct 3
    """, [("Japan", "STATE", "STATE:JP"), ("China", "STATE", "STATE:CN")])
    assert relations(doc, str(data_dir)) == {('China', 'opposes', 'Japan')}

def test_objections_of_nobody_named_make_no_edge(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        signed VERB/VBD ROOT 1
        the DET/DT det 3
        treaty NOUN/NN dobj 1
        despite SCONJ/IN prep 1
        objections NOUN/NNS pobj 4
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == set()

def test_helping_someone_act_supports_them(data_dir: Path) -> None:
    doc = parsed("""
        Turkey PROPN/NNP nsubj 1
        helped VERB/VBD ROOT 1
        Azerbaijan PROPN/NNP dobj 1
        retake VERB/VB xcomp 1
        the DET/DT det 5
        region NOUN/NN dobj 3
        . PUNCT/. punct 1
    """, [("Turkey", "STATE", "STATE:TR"), ("Azerbaijan", "STATE", "STATE:AZ")])
    assert relations(doc, str(data_dir)) == {('Turkey', 'supports', 'Azerbaijan')}

def test_received_help_comes_from_a_supporter(data_dir: Path) -> None:
    doc = parsed("""
        Somalia PROPN/NNP nsubj 1
        received VERB/VBD ROOT 1
        help NOUN/NN dobj 1
        from ADP/IN prep 1
        Kenya PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Somalia", "STATE", "STATE:SO"), ("Kenya", "STATE", "STATE:KE")])
    assert relations(doc, str(data_dir)) == {('Kenya', 'supports', 'Somalia')}

def test_welcoming_an_agreement_between_two_backs_both(data_dir: Path) -> None:
    doc = parsed("""
        Qatar PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        the DET/DT det 3
        agreement NOUN/NN dobj 1
        between ADP/IN prep 3
        Ethiopia PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Eritrea PROPN/NNP conj 5
        . PUNCT/. punct 1
    """, [("Qatar", "STATE", "STATE:QA"), ("Ethiopia", "STATE", "STATE:ET"), ("Eritrea", "STATE", "STATE:ER")])
    # the welcomer backs both; the parties of an agreement between them back each other, as they would if named
    # signing it (a welcomer is no party: bond_agreements.signing)
    assert relations(doc, str(data_dir)) == {('Qatar', 'supports', 'Ethiopia'), ('Qatar', 'supports', 'Eritrea'),
                                             ('Ethiopia', 'supports', 'Eritrea'), ('Eritrea', 'supports', 'Ethiopia')}

def test_declining_to_become_a_member_declines_the_bloc(data_dir: Path) -> None:
    doc = parsed("""
        Mexico PROPN/NNP nsubj 1
        declined VERB/VBD ROOT 1
        an DET/DT det 3
        invitation NOUN/NN dobj 1
        to PART/TO aux 5
        become VERB/VB acl 3
        a DET/DT det 7
        member NOUN/NN attr 5
        of ADP/IN prep 7
        OPEC PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Mexico", "STATE", "STATE:MX"), ("OPEC", "ORG", "ORG:OPEC")])
    assert relations(doc, str(data_dir)) == {('Mexico', 'declines', 'OPEC')}

def test_becoming_a_member_joins(data_dir: Path) -> None:
    doc = parsed("""
        Finland PROPN/NNP nsubj 1
        became VERB/VBD ROOT 1
        a DET/DT det 3
        member NOUN/NN attr 1
        of ADP/IN prep 3
        NATO PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Finland", "STATE", "STATE:FI"), ("NATO", "ORG", "ORG:NATO")])
    assert relations(doc, str(data_dir)) == {('Finland', 'participates_in', 'NATO')}



def test_withheld_arms_exports_oppose_the_recipient(data_dir: Path) -> None:
    doc = parsed("""
        Norway PROPN/NNP nsubj 1
        halted VERB/VBD ROOT 1
        arms NOUN/NNS compound 3
        exports NOUN/NNS dobj 1
        to ADP/IN prep 3
        Chile PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Norway", "STATE", "STATE:NO"), ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == {('Norway', 'opposes', 'Chile')}

def test_suspended_aid_in_the_passive_opposes_the_recipient(data_dir: Path) -> None:
    doc = parsed("""
        Military ADJ/JJ amod 1
        aid NOUN/NN nsubjpass 5
        to ADP/IN prep 1
        Jordan PROPN/NNP pobj 2
        was AUX/VBD auxpass 5
        suspended VERB/VBN ROOT 5
        by ADP/IN agent 5
        Canada PROPN/NNP pobj 6
        . PUNCT/. punct 5
    """, [("Jordan", "STATE", "STATE:JO"), ("Canada", "STATE", "STATE:CA")])
    assert relations(doc, str(data_dir)) == {('Canada', 'opposes', 'Jordan')}

def test_a_demand_to_stop_support_is_not_the_withholding(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 1
        demanded VERB/VBD ROOT 1
        that SCONJ/IN mark 4
        Norway PROPN/NNP nsubj 4
        stop VERB/VB ccomp 1
        its PRON/PRP$ poss 6
        support NOUN/NN dobj 4
        for ADP/IN prep 6
        Chile PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Canada", "STATE", "STATE:CA"), ("Norway", "STATE", "STATE:NO"), ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == {('Canada', 'opposes', 'Norway')}

def test_a_vote_on_whether_to_grant_is_no_grant(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 3
        UN PROPN/NNP compound 3
        Security PROPN/NNP compound 3
        Council PROPN/NNP nsubj 5
        will AUX/MD aux 5
        vote VERB/VB ROOT 5
        on ADP/IN prep 5
        whether SCONJ/IN mark 9
        to PART/TO aux 9
        grant VERB/VB pcomp 6
        Kosovo PROPN/NNP nmod 12
        full ADJ/JJ amod 12
        membership NOUN/NN dobj 9
        . PUNCT/. punct 5
    """, [("UN Security Council", "ORG", "ORG:UNSC"), ("Kosovo", "STATE", "STATE:XK")])
    assert relations(doc, str(data_dir)) == set()

def test_trying_to_get_support_is_not_support_received(data_dir: Path) -> None:
    doc = parsed("""
        Ukraine PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        pushing VERB/VBG ROOT 2
        to PART/TO aux 4
        get VERB/VB xcomp 2
        the DET/DT det 6
        support NOUN/NN dobj 4
        of ADP/IN prep 6
        Brazil PROPN/NNP pobj 7
        for ADP/IN prep 4
        its PRON/PRP$ poss 11
        plan NOUN/NN pobj 9
        . PUNCT/. punct 2
    """, [("Ukraine", "STATE", "STATE:UA"), ("Brazil", "STATE", "STATE:BR")])
    assert relations(doc, str(data_dir)) == set()

def test_strikes_on_rebels_in_a_state_are_no_strikes_on_the_state(data_dir: Path) -> None:
    doc = parsed("""
        French ADJ/JJ amod 1
        strikes NOUN/NNS nsubj 7
        against ADP/IN prep 1
        Islamist ADJ/JJ amod 4
        rebels NOUN/NNS pobj 2
        in ADP/IN prep 4
        Chad PROPN/NNP pobj 5
        continued VERB/VBD ROOT 7
        . PUNCT/. punct 7
    """, [("French", "STATE", "STATE:FR"), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == set()

def test_joining_someone_in_an_act_makes_both_its_actors(data_dir: Path) -> None:
    doc = parsed("""
        Oman PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        Qatar PROPN/NNP dobj 1
        in ADP/IN prep 1
        cutting VERB/VBG pcomp 3
        ties NOUN/NNS dobj 4
        with ADP/IN prep 4
        Iran PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Oman", "STATE", "STATE:OM"), ("Qatar", "STATE", "STATE:QA"), ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == {
        ("Oman", "opposes", "Iran"), ("Qatar", "opposes", "Iran")}

def test_measures_against_a_state_in_a_signed_decree_are_the_signers(data_dir: Path) -> None:
    doc = parsed("""
        Erdogan PROPN/NNP nsubj 1
        signed VERB/VBD ROOT 1
        a DET/DT det 3
        decree NOUN/NN dobj 1
        adopting VERB/VBG advcl 1
        economic ADJ/JJ amod 6
        measures NOUN/NNS dobj 4
        against ADP/IN prep 6
        Greece PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Erdogan", "PERSON", ""), ("Greece", "STATE", "STATE:GR")])
    assert relations(doc, str(data_dir)) == {('Erdogan', 'opposes', 'Greece')}

def test_backing_efforts_by_someone_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 3
        UN PROPN/NNP compound 3
        Security PROPN/NNP compound 3
        Council PROPN/NNP nsubj 4
        backed VERB/VBD ROOT 4
        efforts NOUN/NNS dobj 4
        by ADP/IN prep 5
        ECOWAS NOUN/NNS pobj 6
        to PART/TO aux 9
        restore VERB/VB acl 5
        order NOUN/NN dobj 9
        . PUNCT/. punct 4
    """, [("UN Security Council", "ORG", "ORG:UNSC"), ("ECOWAS", "ORG", "ORG:ECOWAS")])
    assert relations(doc, str(data_dir)) == {('UN Security Council', 'supports', 'ECOWAS')}



def test_naming_an_act_aggression_opposes_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Cuba PROPN/NNP nsubj 1
        described VERB/VBD ROOT 1
        the DET/DT det 3
        blockade NOUN/NN dobj 1
        as ADP/IN prep 3
        American ADJ/JJ amod 6
        aggression NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Cuba", "STATE", "STATE:CU"), ("American", "STATE", "STATE:US")])
    assert relations(doc, str(data_dir)) == {("Cuba", "opposes", "American")}

def test_naming_someones_move_an_attack_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 1
        described VERB/VBD ROOT 1
        the DET/DT det 4
        Somali ADJ/JJ amod 4
        move NOUN/NN dobj 1
        as ADP/IN prep 1
        an DET/DT det 7
        attack NOUN/NN pobj 5
        on ADP/IN prep 7
        its PRON/PRP$ poss 10
        sovereignty NOUN/NN pobj 8
        . PUNCT/. punct 1
    """, [("Kenya", "STATE", "STATE:KE"), ("Somali", "STATE", "STATE:SO")])
    assert relations(doc, str(data_dir)) == {('Kenya', 'opposes', 'Somali')}

def test_naming_an_act_of_nobody_an_attack_opposes_nobody(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP nsubj 1
        described VERB/VBD ROOT 1
        the DET/DT det 3
        raid NOUN/NN dobj 1
        as ADP/IN prep 3
        an DET/DT det 6
        attack NOUN/NN pobj 4
        on ADP/IN prep 6
        Syria PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Russia", "STATE", "STATE:RU"), ("Syria", "STATE", "STATE:SY")])
    assert relations(doc, str(data_dir)) == set()



def test_days_given_to_leave_are_an_expulsion_not_a_gift(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 1
        gave VERB/VBD ROOT 1
        the DET/DT det 4
        Mexican ADJ/JJ amod 4
        ambassador NOUN/NN dative 1
        three NUM/CD nummod 6
        days NOUN/NNS npadvmod 1
        to PART/TO aux 8
        leave VERB/VB advcl 1
        the DET/DT det 10
        country NOUN/NN dobj 8
        . PUNCT/. punct 1
    """, [("Peru", "STATE", "STATE:PE"), ("Mexican", "STATE", "STATE:MX")])
    assert relations(doc, str(data_dir)) == {('Peru', 'opposes', 'Mexican')}



def test_the_move_by_someone_to_act_is_theirs(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        decision NOUN/NN nsubjpass 10
        by ADP/IN prep 1
        Norway PROPN/NNP pobj 2
        to PART/TO aux 5
        send VERB/VB acl 1
        tanks NOUN/NNS dobj 5
        to ADP/IN prep 5
        Estonia PROPN/NNP pobj 7
        was AUX/VBD auxpass 10
        welcomed VERB/VBN ROOT 10
        . PUNCT/. punct 10
    """, [("Norway", "STATE", "STATE:NO"), ("Estonia", "STATE", "STATE:EE")])
    assert relations(doc, str(data_dir)) == {('Norway', 'supports', 'Estonia')}

def test_backing_someone_in_a_war_makes_them_wage_it(data_dir: Path) -> None:
    doc = parsed("""
        Iran PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        backed VERB/VBN ROOT 2
        Syria PROPN/NNP dobj 2
        in ADP/IN prep 2
        a DET/DT det 6
        war NOUN/NN pobj 4
        against ADP/IN prep 6
        Turkey PROPN/NNP pobj 7
        . PUNCT/. punct 2
    """, [("Iran", "STATE", "STATE:IR"), ("Syria", "STATE", "STATE:SY"), ("Turkey", "STATE", "STATE:TR")])
    assert relations(doc, str(data_dir)) == {
        ("Syria", "opposes", "Turkey"), ("Iran", "opposes", "Turkey"), ("Iran", "supports", "Syria")}


def test_imposing_a_bodys_sanctions_is_the_imposers_act_too(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 1
        imposed VERB/VBD ROOT 1
        United PROPN/NNP compound 3
        Nations PROPN/NNP compound 4
        sanctions NOUN/NNS dobj 1
        on ADP/IN prep 1
        Iran PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Canada", "STATE", "STATE:CA"), ("United Nations", "ORG", "ORG:UN"), ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == {('Canada', 'opposes', 'Iran'), ('United Nations', 'opposes', 'Iran')}

def test_calling_for_someones_release_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        Amnesty PROPN/NNP compound 1
        International PROPN/NNP nsubj 2
        demanded VERB/VBD ROOT 2
        the DET/DT det 4
        release NOUN/NN dobj 2
        of ADP/IN prep 4
        Alexei PROPN/NNP compound 7
        Navalny PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [("Amnesty International", "ORG", ""), ("Alexei Navalny", "ORG", "")])
    assert relations(doc, str(data_dir)) == {('Amnesty International', 'supports', 'Alexei Navalny')}

def test_refusing_calls_for_a_release_backs_nobody(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        calls NOUN/NNS dobj 1
        for ADP/IN prep 2
        the DET/DT det 5
        release NOUN/NN pobj 3
        of ADP/IN prep 5
        Alexei PROPN/NNP compound 8
        Navalny PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Russia", "STATE", "STATE:RU"), ("Alexei Navalny", "ORG", "")])
    assert relations(doc, str(data_dir)) == set()

def test_backing_calls_by_a_body_backs_the_body(data_dir: Path) -> None:
    doc = parsed("""
        France PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        calls NOUN/NNS dobj 1
        by ADP/IN prep 2
        the DET/DT det 6
        African PROPN/NNP compound 6
        Union PROPN/NNP pobj 3
        for ADP/IN prep 2
        the DET/DT det 9
        release NOUN/NN pobj 7
        of ADP/IN prep 9
        Mohamed PROPN/NNP compound 12
        Bazoum PROPN/NNP pobj 10
        . PUNCT/. punct 1
    """, [("France", "STATE", "STATE:FR"), ("African Union", "ORG", "ORG:AU"), ("Mohamed Bazoum", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {
        ("France", "supports", "African Union"), ("African Union", "supports", "Mohamed Bazoum")}



def test_the_other_members_are_those_named_before_but_not_the_target(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        pact NOUN/NN nsubj 2
        has VERB/VBZ ROOT 2
        five NUM/CD nummod 4
        members NOUN/NNS dobj 2
        : PUNCT/: punct 4
        Chile PROPN/NNP appos 4
        , PUNCT/, punct 6
        Peru PROPN/NNP appos 6
        , PUNCT/, punct 8
        Bolivia PROPN/NNP conj 8
        , PUNCT/, punct 10
        Ecuador PROPN/NNP conj 10
        and CCONJ/CC cc 12
        Brazil PROPN/NNP conj 12
        . PUNCT/. punct 2
        The DET/DT det 19
        other ADJ/JJ amod 19
        four NUM/CD nummod 19
        members NOUN/NNS nsubj 20
        condemned VERB/VBD ROOT 20
        Brazil PROPN/NNP poss 23
        's PART/POS case 21
        decision NOUN/NN dobj 20
        . PUNCT/. punct 20
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO"),
          ("Ecuador", "STATE", "STATE:EC"), ("Brazil", "STATE", "STATE:BR"), ("Brazil", "STATE", "STATE:BR")])
    assert relations(doc, str(data_dir)) == {
        ("Bolivia", "opposes", "Brazil"), ("Chile", "opposes", "Brazil"), ("Ecuador", "opposes", "Brazil"),
        ("Peru", "opposes", "Brazil")}



def test_these_nations_are_the_last_list_named(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Peru PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Bolivia PROPN/NNP conj 2
        met VERB/VBD ROOT 5
        in ADP/IN prep 5
        Lima PROPN/NNP pobj 6
        on ADP/IN prep 5
        Monday PROPN/NNP pobj 8
        . PUNCT/. punct 5
        Brazil PROPN/NNP nsubj 12
        stayed VERB/VBD ROOT 12
        away ADV/RB advmod 12
        . PUNCT/. punct 12
        These DET/DT det 16
        nations NOUN/NNS nsubj 17
        condemned VERB/VBD ROOT 17
        the DET/DT det 20
        Ecuadorian ADJ/JJ amod 20
        decision NOUN/NN dobj 17
        . PUNCT/. punct 17
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO"),
          ("Lima", "PLACE", "CAPITAL:PE:lima"), ("Brazil", "STATE", "STATE:BR"),
          ("Ecuadorian", "STATE", "STATE:EC")])
    assert relations(doc, str(data_dir)) == {
        ("Bolivia", "opposes", "Ecuadorian"), ("Chile", "opposes", "Ecuadorian"), ("Peru", "opposes", "Ecuadorian")}

def test_joining_someone_in_a_recognition_makes_both_recognise(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        Peru PROPN/NNP dobj 1
        in ADP/IN prep 1
        the DET/DT det 5
        recognition NOUN/NN pobj 3
        of ADP/IN prep 5
        Kosovo PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Kosovo", "STATE", "STATE:XK")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "supports", "Kosovo"), ("Peru", "supports", "Kosovo")}



def test_acting_with_the_support_of_someone_is_backed_by_them(data_dir: Path) -> None:
    doc = parsed("""
        Gambia PROPN/NNP nsubj 1
        filed VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        case NOUN/NN dobj 1
        with ADP/IN prep 1
        support NOUN/NN pobj 4
        of ADP/IN prep 5
        the DET/DT det 8
        Organisation PROPN/NNP pobj 6
        of ADP/IN prep 8
        Islamic PROPN/NNP compound 11
        Cooperation PROPN/NNP pobj 9
        . PUNCT/. punct 1
    """, [("Gambia", "STATE", "STATE:GM"), ("Organisation of Islamic Cooperation", "ORG", "ORG:OIC")])
    assert relations(doc, str(data_dir)) == {("Organisation of Islamic Cooperation", "supports", "Gambia")}

def test_a_stance_against_someones_presence_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Washington PROPN/NNP nsubj 1
        took VERB/VBD ROOT 1
        a DET/DT det 4
        firm ADJ/JJ amod 4
        stance NOUN/NN dobj 1
        against ADP/IN prep 4
        China PROPN/NNP poss 9
        's PART/POS case 6
        growing VERB/VBG amod 9
        presence NOUN/NN pobj 5
        . PUNCT/. punct 1
    """, [("Washington", "PLACE", "CAPITAL:US:washington"), ("China", "STATE", "STATE:CN")])
    assert relations(doc, str(data_dir)) == {("Washington", "opposes", "China")}

def test_suspending_trade_with_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Pakistan PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        suspending VERB/VBG ROOT 2
        bilateral ADJ/JJ amod 4
        trade NOUN/NN dobj 2
        with ADP/IN prep 2
        India PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [("Pakistan", "STATE", "STATE:PK"), ("India", "STATE", "STATE:IN")])
    assert relations(doc, str(data_dir)) == {("Pakistan", "opposes", "India")}

def test_calling_back_an_ambassador_from_a_state_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Pakistan PROPN/NNP nsubj 2
        will AUX/MD aux 2
        call VERB/VB ROOT 2
        back ADV/RB prt 2
        its PRON/PRP$ poss 5
        ambassador NOUN/NN dobj 2
        from ADP/IN prep 5
        Nepal PROPN/NNP pobj 6
        . PUNCT/. punct 2
    """, [("Pakistan", "STATE", "STATE:PK"), ("Nepal", "STATE", "STATE:NP")])
    assert relations(doc, str(data_dir)) == {("Pakistan", "opposes", "Nepal")}

def test_calling_an_ambassador_is_no_recall(data_dir: Path) -> None:
    doc = parsed("""
        Pakistan PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        ambassador NOUN/NN dobj 1
        in ADP/IN prep 3
        Nepal PROPN/NNP pobj 4
        on ADP/IN prep 1
        Monday PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Pakistan", "STATE", "STATE:PK"), ("Nepal", "STATE", "STATE:NP")])
    assert relations(doc, str(data_dir)) == set()

def test_stopping_financial_contributions_opposes_the_recipient(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        United PROPN/NNP compound 2
        States PROPN/NNP nsubj 4
        has AUX/VBZ aux 4
        stopped VERB/VBN ROOT 4
        its PRON/PRP$ poss 7
        financial ADJ/JJ amod 7
        contributions NOUN/NNS dobj 4
        to ADP/IN prep 4
        UNESCO PROPN/NNP pobj 8
        . PUNCT/. punct 4
    """, [("United States", "STATE", "STATE:US"), ("UNESCO", "ORG", "ORG:UNESCO")])
    assert relations(doc, str(data_dir)) == {("United States", "opposes", "UNESCO")}

def test_welcoming_someone_joining_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        Ethiopia PROPN/NNP nsubj 3
        joining VERB/VBG ccomp 1
        the DET/DT det 5
        bloc NOUN/NN dobj 3
        . PUNCT/. punct 1
    """, [("Kenya", "STATE", "STATE:KE"), ("Ethiopia", "STATE", "STATE:ET")])
    assert relations(doc, str(data_dir)) == {("Kenya", "supports", "Ethiopia")}



def test_a_bare_vote_takes_the_measure_voted_on_before(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        assembly NOUN/NN nsubj 2
        voted VERB/VBD ROOT 2
        to PART/TO aux 4
        admit VERB/VB xcomp 2
        Kosovo PROPN/NNP dobj 4
        as ADP/IN prep 4
        a DET/DT det 8
        member NOUN/NN pobj 6
        . PUNCT/. punct 2
        Chile PROPN/NNP nsubj 13
        and CCONJ/CC cc 10
        Peru PROPN/NNP conj 10
        were AUX/VBD ccomp 22
        among ADP/IN prep 13
        those PRON/DT pobj 14
        who PRON/WP nsubj 17
        voted VERB/VBD relcl 15
        in ADP/IN prep 17
        favour NOUN/NN pobj 18
        ; PUNCT/: punct 22
        Brazil PROPN/NNP nsubj 22
        voted VERB/VBD ROOT 22
        against ADP/IN prep 22
        . PUNCT/. punct 22
    """, [("Kosovo", "STATE", "STATE:XK"), ("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"),
          ("Brazil", "STATE", "STATE:BR")])
    assert relations(doc, str(data_dir)) == {
        ("Brazil", "opposes", "Kosovo"), ("Chile", "supports", "Kosovo"), ("Peru", "supports", "Kosovo")}

def test_a_bare_vote_against_a_sanction_says_nothing(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        assembly NOUN/NN nsubj 2
        voted VERB/VBD ROOT 2
        to PART/TO aux 4
        suspend VERB/VB xcomp 2
        Russia PROPN/NNP dobj 4
        from ADP/IN prep 4
        the DET/DT det 8
        council NOUN/NN pobj 6
        . PUNCT/. punct 2
        India PROPN/NNP nsubj 11
        voted VERB/VBD ROOT 11
        against ADP/IN prep 11
        . PUNCT/. punct 11
    """, [("Russia", "STATE", "STATE:RU"), ("India", "STATE", "STATE:IN")])
    assert relations(doc, str(data_dir)) == set()



def test_forces_sent_where_an_alliance_deploys_take_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 4
        Collective PROPN/NNP compound 2
        Security PROPN/NNP compound 4
        Treaty PROPN/NNP compound 4
        Organization PROPN/NNP nsubj 5
        said VERB/VBD ROOT 5
        the DET/DT det 7
        force NOUN/NN nsubj 9
        would AUX/MD aux 9
        stay VERB/VB ccomp 5
        . PUNCT/. punct 5
        Forces NOUN/NNS nsubjpass 17
        from ADP/IN prep 11
        Armenia PROPN/NNP pobj 12
        and CCONJ/CC cc 13
        Belarus PROPN/NNP conj 13
        were AUX/VBD auxpass 17
        sent VERB/VBN ROOT 17
        as ADP/IN prep 17
        peacekeepers NOUN/NNS pobj 18
        . PUNCT/. punct 17
    """, [("Collective Security Treaty Organization", "ORG", "ORG:CSTO"), ("Armenia", "STATE", "STATE:AM"),
          ("Belarus", "STATE", "STATE:BY")])
    assert relations(doc, str(data_dir)) == {
        ("Armenia", "participates_in", "Collective Security Treaty Organization"),
        ("Belarus", "participates_in", "Collective Security Treaty Organization")}

def test_forces_sent_to_a_state_do_not_join_the_alliance_named_before(data_dir: Path) -> None:
    doc = parsed("""
        NATO PROPN/NNP nsubj 1
        met VERB/VBD ROOT 1
        in ADP/IN prep 1
        Brussels PROPN/NNP pobj 2
        . PUNCT/. punct 1
        Russian ADJ/JJ amod 6
        troops NOUN/NNS nsubjpass 8
        were AUX/VBD auxpass 8
        sent VERB/VBN ROOT 8
        to ADP/IN prep 8
        Ukraine PROPN/NNP pobj 9
        . PUNCT/. punct 8
    """, [("NATO", "ORG", "ORG:NATO"), ("Brussels", "PLACE", "CAPITAL:BE:brussels"),
          ("Russian", "STATE", "STATE:RU"), ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == set()



def test_not_renewing_an_agreement_with_a_bloc_declines_it(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 3
        will AUX/MD aux 3
        not PART/RB neg 3
        renew VERB/VB ROOT 3
        its PRON/PRP$ poss 5
        agreement NOUN/NN dobj 3
        with ADP/IN prep 5
        the DET/DT det 9
        Pacific PROPN/NNP compound 9
        Alliance PROPN/NNP pobj 6
        . PUNCT/. punct 3
    """, [("Chile", "STATE", "STATE:CL"), ("Pacific Alliance", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Chile", "declines", "Pacific Alliance")}



def test_justifying_strikes_opposes_their_target(data_dir: Path) -> None:
    doc = parsed("""
        Rishi PROPN/NNP compound 1
        Sunak PROPN/NNP nsubj 2
        justified VERB/VBD ROOT 2
        the DET/DT det 4
        strikes NOUN/NNS dobj 2
        on ADP/IN prep 4
        the DET/DT det 7
        Houthis PROPN/NNP pobj 5
        as ADP/IN prep 2
        necessary ADJ/JJ amod 8
        . PUNCT/. punct 2
    """, [("Rishi Sunak", "PERSON", ""), ("Houthis", "ORG", "ORG:HOUTHIS")])
    assert relations(doc, str(data_dir)) == {("Rishi Sunak", "opposes", "Houthis")}



def test_a_charge_hung_on_the_place_of_the_act_is_the_actors(data_dir: Path) -> None:
    doc = parsed("""
        Gambia PROPN/NNP nsubj 1
        filed VERB/VBD ROOT 1
        a DET/DT det 3
        case NOUN/NN dobj 1
        at ADP/IN prep 1
        the DET/DT det 8
        United PROPN/NNP compound 7
        Nations PROPN/NNP compound 8
        court NOUN/NN pobj 4
        accusing VERB/VBG acl 8
        Myanmar PROPN/NNP dobj 9
        of ADP/IN prep 9
        genocide NOUN/NN pobj 11
        . PUNCT/. punct 1
    """, [("Gambia", "STATE", "STATE:GM"), ("United Nations", "ORG", "ORG:UN"), ("Myanmar", "STATE", "STATE:MM")])
    assert relations(doc, str(data_dir)) == {("Gambia", "opposes", "Myanmar")}



def test_letting_someone_act_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        Lithuania PROPN/NNP nsubj 1
        allowed VERB/VBD ROOT 1
        Taiwan PROPN/NNP nsubj 4
        to PART/TO aux 4
        open VERB/VB ccomp 1
        an DET/DT det 6
        office NOUN/NN dobj 4
        in ADP/IN prep 6
        Vilnius PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Lithuania", "STATE", "STATE:LT"), ("Taiwan", "STATE", "STATE:TW"),
          ("Vilnius", "PLACE", "CAPITAL:LT:vilnius")])
    assert relations(doc, str(data_dir)) == {("Lithuania", "supports", "Taiwan")}

def test_refusing_to_let_someone_act_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Hungary PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        allow VERB/VB xcomp 1
        Ukraine PROPN/NNP nsubj 6
        to PART/TO aux 6
        join VERB/VB ccomp 3
        the DET/DT det 8
        bloc NOUN/NN dobj 6
        . PUNCT/. punct 1
    """, [("Hungary", "STATE", "STATE:HU"), ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == {("Hungary", "opposes", "Ukraine")}



def test_our_line_of_supporting_someone_in_a_quote_is_the_speakers(data_dir: Path) -> None:
    doc = parsed("""
        “ PUNCT/`` punct 13
        We PRON/PRP nsubj 2
        follow VERB/VBP ccomp 13
        our PRON/PRP$ poss 4
        line NOUN/NN dobj 2
        of ADP/IN prep 4
        supporting VERB/VBG pcomp 5
        Ukraine PROPN/NNP dobj 6
        , PUNCT/, punct 13
        ” PUNCT/'' punct 13
        Chancellor PROPN/NNP compound 12
        Olaf PROPN/NNP compound 12
        Scholz PROPN/NNP nsubj 13
        said VERB/VBD ROOT 13
        . PUNCT/. punct 13
    """, [("Ukraine", "STATE", "STATE:UA"), ("Olaf Scholz", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Olaf Scholz", "supports", "Ukraine")}



def test_turning_to_someone_for_help_is_backed_by_them(data_dir: Path) -> None:
    doc = parsed("""
        Mali PROPN/NNP nsubj 1
        turned VERB/VBD ROOT 1
        to ADP/IN prep 1
        Russia PROPN/NNP pobj 2
        for ADP/IN prep 1
        military ADJ/JJ amod 6
        help NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Mali", "STATE", "STATE:ML"), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Russia", "supports", "Mali")}

def test_turning_to_someone_for_talks_is_no_help(data_dir: Path) -> None:
    doc = parsed("""
        Mali PROPN/NNP nsubj 1
        turned VERB/VBD ROOT 1
        to ADP/IN prep 1
        Russia PROPN/NNP pobj 2
        for ADP/IN prep 1
        talks NOUN/NNS pobj 4
        . PUNCT/. punct 1
    """, [("Mali", "STATE", "STATE:ML"), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == set()



def test_a_move_named_after_a_clause_is_its_actors(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP nsubj 1
        annexed VERB/VBD ROOT 1
        Crimea PROPN/NNP dobj 1
        , PUNCT/, punct 2
        a DET/DT det 5
        move NOUN/NN appos 2
        that PRON/WDT nsubjpass 8
        was AUX/VBD auxpass 8
        condemned VERB/VBN relcl 5
        by ADP/IN agent 8
        the DET/DT det 11
        EU PROPN/NNP pobj 9
        . PUNCT/. punct 1
    """, [("Russia", "STATE", "STATE:RU"), ("Crimea", "ORG", ""), ("EU", "ORG", "ORG:EU")])
    assert relations(doc, str(data_dir)) == {("EU", "opposes", "Russia"), ("Russia", "opposes", "Crimea")}


def test_backing_an_act_against_x_is_against_x_not_for_it(data_dir: Path) -> None:
    doc = parsed("""
        Spain PROPN/NNP nsubj 1
        supports VERB/VBZ ROOT 1
        sanctioning VERB/VBG xcomp 1
        Russia PROPN/NNP dobj 2
        . PUNCT/. punct 1
    """, [("Spain", "STATE", "STATE:ES"), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Spain", "opposes", "Russia")}


def test_rejecting_an_act_that_backs_x_opposes_x(data_dir: Path) -> None:
    doc = parsed("""
        Qatar PROPN/NNP nsubj 1
        opposed VERB/VBD ROOT 1
        recognising VERB/VBG xcomp 1
        Kosovo PROPN/NNP dobj 2
        . PUNCT/. punct 1
    """, [("Qatar", "STATE", "STATE:QA"), ("Kosovo", "STATE", "STATE:XK")])
    assert relations(doc, str(data_dir)) == {("Qatar", "opposes", "Kosovo")}


def test_rejecting_an_act_against_x_backs_nobody(data_dir: Path) -> None:
    doc = parsed("""
        Qatar PROPN/NNP nsubj 1
        opposed VERB/VBD ROOT 1
        sanctioning VERB/VBG compound 3
        Syria PROPN/NNP dobj 1
        . PUNCT/. punct 1
    """, [("Qatar", "STATE", "STATE:QA"), ("Syria", "STATE", "STATE:SY")])
    assert relations(doc, str(data_dir)) == set()


def test_backing_an_attack_does_not_back_its_victim(data_dir: Path) -> None:
    doc = parsed("""
        Qatar PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        the DET/DT det 3
        invasion NOUN/NN dobj 1
        of ADP/IN prep 3
        Syria PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Qatar", "STATE", "STATE:QA"), ("Syria", "STATE", "STATE:SY")])
    assert relations(doc, str(data_dir)) == {("Qatar", "opposes", "Syria")}


def test_backing_a_fight_against_x_backs_the_fighter_and_opposes_x(data_dir: Path) -> None:
    doc = parsed("""
        Qatar PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        Ukraine PROPN/NNP poss 4
        's PART/POS case 2
        fight NOUN/NN dobj 1
        against ADP/IN prep 4
        Russia PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Qatar", "STATE", "STATE:QA"), ("Ukraine", "STATE", "STATE:UA"), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Qatar", "opposes", "Russia"), ("Qatar", "supports", "Ukraine"),
                                             ("Ukraine", "opposes", "Russia")}  # the fighter's own fight


def test_calling_for_better_ties_backs_the_partner(data_dir: Path) -> None:
    doc = parsed("""
        Mexico PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        for ADP/IN prep 1
        improved VERB/VBN amod 4
        relations NOUN/NNS pobj 2
        with ADP/IN prep 4
        Cuba PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Mexico", "STATE", "STATE:MX"), ("Cuba", "STATE", "STATE:CU")])
    assert relations(doc, str(data_dir)) == {("Mexico", "supports", "Cuba")}


def test_calling_something_a_name_is_not_asking_for_it(data_dir: Path) -> None:
    doc = parsed("""
        Mexico PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        the DET/DT det 3
        sanctions NOUN/NNS dobj 1
        on ADP/IN prep 3
        Cuba PROPN/NNP pobj 4
        a DET/DT det 7
        mistake NOUN/NN oprd 1
        . PUNCT/. punct 1
    """, [("Mexico", "STATE", "STATE:MX"), ("Cuba", "STATE", "STATE:CU")])
    assert relations(doc, str(data_dir)) == set()




def test_a_motion_brought_against_x_opposes_x(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 1
        brought VERB/VBD ROOT 1
        a DET/DT det 3
        motion NOUN/NN dobj 1
        against ADP/IN prep 3
        Iran PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Canada", "STATE", "STATE:CA"), ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == {("Canada", "opposes", "Iran")}



def test_a_group_of_members_is_of_the_kind_most_named_before_it(data_dir: Path) -> None:
    doc = parsed("""
        Norway PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Sweden PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Finland PROPN/NNP conj 2
        met VERB/VBD ROOT 5
        in ADP/IN prep 5
        Oslo PROPN/NNP pobj 6
        with ADP/IN prep 5
        the DET/DT det 11
        Nordic ADJ/JJ amod 11
        Council PROPN/NNP pobj 8
        . PUNCT/. punct 5
        Russia PROPN/NNP nsubj 14
        holds VERB/VBZ ROOT 14
        the DET/DT det 16
        council NOUN/NN poss 18
        's PART/POS case 16
        chair NOUN/NN dobj 14
        , PUNCT/, punct 14
        and CCONJ/CC cc 14
        the DET/DT det 24
        other ADJ/JJ amod 24
        three NUM/CD nummod 24
        members NOUN/NNS nsubj 25
        condemned VERB/VBD conj 14
        Russia PROPN/NNP dobj 25
        . PUNCT/. punct 25
    """, [("Norway", "STATE", "STATE:NO"), ("Sweden", "STATE", "STATE:SE"), ("Finland", "STATE", "STATE:FI"),
          ("Oslo", "PLACE", "CAPITAL:NO:oslo"), ("Nordic Council", "ORG", ""), ("Russia", "STATE", "STATE:RU"),
          ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {
        ("Finland", "opposes", "Russia"), ("Norway", "opposes", "Russia"), ("Sweden", "opposes", "Russia")}


def test_backing_calls_by_x_hung_on_the_verb_backs_x(data_dir: Path) -> None:
    doc = parsed("""
        Paris PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        calls NOUN/NNS dobj 1
        by ADP/IN prep 2
        Ghana PROPN/NNP pobj 3
        for ADP/IN prep 2
        new ADJ/JJ amod 7
        elections NOUN/NNS pobj 5
        . PUNCT/. punct 1
    """, [("Paris", "PLACE", "CAPITAL:FR:paris"), ("Ghana", "STATE", "STATE:GH")])
    assert relations(doc, str(data_dir)) == {("Paris", "supports", "Ghana")}


def test_lifting_a_veto_on_xs_bid_backs_x(data_dir: Path) -> None:
    doc = parsed("""
        Turkey PROPN/NNP nsubj 1
        lifted VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        veto NOUN/NN dobj 1
        on ADP/IN prep 3
        Sweden PROPN/NNP poss 7
        's PART/POS case 5
        bid NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Turkey", "STATE", "STATE:TR"), ("Sweden", "STATE", "STATE:SE")])
    assert relations(doc, str(data_dir)) == {("Turkey", "supports", "Sweden")}


def test_dropping_objections_to_x_backs_x_and_keeping_them_opposes_x(data_dir: Path) -> None:
    doc = parsed("""
        Turkey PROPN/NNP nsubj 1
        dropped VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        objections NOUN/NNS dobj 1
        to ADP/IN prep 3
        Sweden PROPN/NNP poss 7
        's PART/POS case 5
        membership NOUN/NN pobj 4
        , PUNCT/, punct 1
        but CCONJ/CC cc 1
        Hungary PROPN/NNP nsubj 13
        will AUX/MD aux 13
        not PART/RB neg 13
        drop VERB/VB conj 1
        its PRON/PRP$ poss 15
        opposition NOUN/NN dobj 13
        to ADP/IN prep 15
        Finland PROPN/NNP poss 19
        's PART/POS case 17
        bid NOUN/NN pobj 16
        . PUNCT/. punct 13
    """, [("Turkey", "STATE", "STATE:TR"), ("Sweden", "STATE", "STATE:SE"), ("Hungary", "STATE", "STATE:HU"),
          ("Finland", "STATE", "STATE:FI")])
    assert relations(doc, str(data_dir)) == {("Hungary", "opposes", "Finland"), ("Turkey", "supports", "Sweden")}


def test_the_name_before_a_gerund_does_what_it_says(data_dir: Path) -> None:
    doc = parsed("""
        Turkey PROPN/NNP nsubj 1
        lifted VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        opposition NOUN/NN dobj 1
        to ADP/IN prep 1
        Sweden PROPN/NNP pobj 4
        joining VERB/VBG advcl 1
        NATO PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """, [("Turkey", "STATE", "STATE:TR"), ("Sweden", "STATE", "STATE:SE"), ("NATO", "ORG", "ORG:NATO")])
    assert relations(doc, str(data_dir)) == {
        ("Sweden", "participates_in", "NATO"), ("Turkey", "supports", "Sweden")}




def test_launching_what_one_calls_an_operation_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        launched VERB/VBD ROOT 1
        what PRON/WP dobj 4
        it PRON/PRP nsubj 4
        called VERB/VBD ccomp 1
        Andean PROPN/NNP compound 6
        Shield PROPN/NNP compound 7
        exercises NOUN/NNS oprd 4
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("Andean Shield", "ORG", "MISSION:Andean Shield")])
    assert relations(doc, str(data_dir)) == {("Chile", "participates_in", "Andean Shield")}



def test_rejecting_an_accusation_against_x_never_opposes_x(data_dir: Path) -> None:
    doc = parsed("""
        Israel PROPN/NNP nsubj 1
        accused VERB/VBD ROOT 1
        Hamas PROPN/NNP dobj 1
        of ADP/IN prep 1
        war NOUN/NN compound 5
        crimes NOUN/NNS pobj 3
        . PUNCT/. punct 1
        Germany PROPN/NNP nsubj 8
        rejected VERB/VBD ROOT 8
        the DET/DT det 10
        accusation NOUN/NN dobj 8
        that PRON/WDT nsubjpass 13
        was AUX/VBD auxpass 13
        brought VERB/VBN relcl 10
        against ADP/IN prep 13
        Israel PROPN/NNP pobj 14
        . PUNCT/. punct 8
    """, [("Israel", "STATE", "STATE:IL"), ("Hamas", "ORG", "ORG:HAMAS"), ("Germany", "STATE", "STATE:DE"),
          ("Israel", "STATE", "STATE:IL")])
    assert relations(doc, str(data_dir)) == {("Israel", "opposes", "Hamas")}



def test_a_group_is_not_made_of_leanings(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        blockaded VERB/VBD ROOT 1
        the DET/DT det 3
        port NOUN/NN dobj 1
        of ADP/IN prep 3
        Bolivia PROPN/NNP pobj 4
        and CCONJ/CC cc 1
        seized VERB/VBD conj 1
        pro ADJ/JJ amod 11
        - ADJ/JJ amod 11
        Peruvian ADJ/JJ amod 11
        activists NOUN/NNS dobj 7
        . PUNCT/. punct 1
        Both DET/DT det 14
        countries NOUN/NNS nsubj 15
        expelled VERB/VBD ROOT 15
        each DET/DT det 17
        other ADJ/JJ poss 19
        's PART/POS case 17
        diplomats NOUN/NNS dobj 15
        . PUNCT/. punct 15
    """, [("Chile", "STATE", "STATE:CL"), ("Bolivia", "STATE", "STATE:BO"), ("Peruvian", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == {("Bolivia", "opposes", "Chile"), ("Chile", "opposes", "Bolivia")}


def test_aid_recipients_are_not_the_giver(data_dir: Path) -> None:
    doc = parsed("""
        Major ADJ/JJ amod 3
        US PROPN/NNP compound 3
        aid NOUN/NN compound 3
        recipients NOUN/NNS nsubj 8
        including VERB/VBG prep 3
        Kenya PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Ghana PROPN/NNP conj 5
        condemned VERB/VBD ROOT 8
        Israel PROPN/NNP dobj 8
        . PUNCT/. punct 8
    """, [("US", "STATE", "STATE:US"), ("Kenya", "STATE", "STATE:KE"), ("Ghana", "STATE", "STATE:GH"),
          ("Israel", "STATE", "STATE:IL")])
    assert relations(doc, str(data_dir)) == {("Ghana", "opposes", "Israel"), ("Kenya", "opposes", "Israel")}


def test_a_specific_act_noun_refers_back_only_to_its_own_word(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        United PROPN/NNP compound 2
        States PROPN/NNP nsubj 3
        took VERB/VBD ROOT 3
        action NOUN/NN dobj 3
        against ADP/IN prep 4
        Cuba PROPN/NNP pobj 5
        on ADP/IN prep 3
        Monday PROPN/NNP pobj 7
        . PUNCT/. punct 3
        Kenya PROPN/NNP nsubj 11
        supported VERB/VBD ROOT 11
        the DET/DT det 13
        resolution NOUN/NN dobj 11
        . PUNCT/. punct 11
    """, [("United States", "STATE", "STATE:US"), ("Cuba", "STATE", "STATE:CU"), ("Kenya", "STATE", "STATE:KE")])
    assert relations(doc, str(data_dir)) == {("United States", "opposes", "Cuba")}  # action against Cuba; Kenya's
    # resolution is not that action




def test_a_capital_or_seat_is_one_entity_with_its_state() -> None:
    from nlp.discourse import state_key

    assert state_key("CAPITAL:US:washington") == state_key("STATE:US") == "STATE:US"
    assert state_key("SEAT:RU:kremlin") == "STATE:RU"
    assert state_key("ORG:NATO") == "ORG:NATO"

def test_attending_a_bodys_summit_takes_part_in_the_body(data_dir: Path) -> None:
    doc = parsed("""
        Lula PROPN/NNP nsubj 1
        attended VERB/VBD ROOT 1
        the DET/DT det 4
        BRICS PROPN/NNP compound 4
        summit NOUN/NN dobj 1
        in ADP/IN prep 4
        Kazan PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Lula", "PERSON", ""), ("BRICS", "ORG", "ORG:BRICS"), ("Kazan", "PLACE", "")])
    assert relations(doc, str(data_dir)) == {("Lula", "participates_in", "BRICS")}


def test_not_attending_or_boycotting_a_bodys_gathering_declines_it(data_dir: Path) -> None:
    doc = parsed("""
        Argentina PROPN/NNP nsubj 3
        will AUX/MD aux 3
        not PART/RB neg 3
        attend VERB/VB ROOT 3
        the DET/DT det 6
        G20 PROPN/NNP compound 6
        summit NOUN/NN dobj 3
        , PUNCT/, punct 3
        and CCONJ/CC cc 3
        Chile PROPN/NNP nsubj 10
        boycotted VERB/VBD conj 3
        the DET/DT det 13
        NATO PROPN/NNP compound 13
        meeting NOUN/NN dobj 10
        . PUNCT/. punct 10
    """, [("Argentina", "STATE", "STATE:AR"), ("G20", "ORG", "ORG:G20"), ("Chile", "STATE", "STATE:CL"),
          ("NATO", "ORG", "ORG:NATO")])
    assert relations(doc, str(data_dir)) == {("Argentina", "declines", "G20"), ("Chile", "declines", "NATO")}


def test_pulling_out_of_a_summit_declines_it(data_dir: Path) -> None:
    doc = parsed("""
        Brazil PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Peru PROPN/NNP conj 0
        pulled VERB/VBD ROOT 3
        out ADP/IN prep 3
        of ADP/IN prep 4
        the DET/DT det 8
        ASEAN PROPN/NNP compound 8
        summit NOUN/NN pobj 5
        . PUNCT/. punct 3
    """, [("Brazil", "STATE", "STATE:BR"), ("Peru", "STATE", "STATE:PE"), ("ASEAN", "ORG", "ORG:ASEAN")])
    assert relations(doc, str(data_dir)) == {("Brazil", "declines", "ASEAN"), ("Peru", "declines", "ASEAN")}


def test_attending_a_gathering_of_nobody_named_is_no_stance(data_dir: Path) -> None:
    doc = parsed("""
        Lula PROPN/NNP nsubj 1
        attended VERB/VBD ROOT 1
        the DET/DT det 3
        funeral NOUN/NN dobj 1
        in ADP/IN prep 1
        Tokyo PROPN/NNP pobj 4
        and CCONJ/CC cc 1
        talks NOUN/NNS conj 1
        in ADP/IN prep 7
        Doha PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Lula", "PERSON", ""), ("Tokyo", "PLACE", "CAPITAL:JP:tokyo"), ("Doha", "PLACE", "CAPITAL:QA:doha")])
    assert relations(doc, str(data_dir)) == set()



def test_readmitting_or_reinstating_a_member_backs_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        African PROPN/NNP compound 2
        Union PROPN/NNP nsubj 3
        agreed VERB/VBD ROOT 3
        to PART/TO aux 5
        readmit VERB/VB xcomp 3
        Morocco PROPN/NNP dobj 5
        , PUNCT/, punct 3
        and CCONJ/CC cc 3
        the DET/DT det 10
        Commonwealth PROPN/NNP nsubj 11
        reinstated VERB/VBD conj 3
        Fiji PROPN/NNP dobj 11
        . PUNCT/. punct 11
    """, [("African Union", "ORG", "ORG:AU"), ("Morocco", "STATE", "STATE:MA"),
          ("Commonwealth", "ORG", "ORG:COMMONWEALTH"), ("Fiji", "STATE", "STATE:FJ")])
    assert relations(doc, str(data_dir)) == {
        ("African Union", "supports", "Morocco"), ("Commonwealth", "supports", "Fiji")}


def test_ending_or_lifting_pressure_backs_its_target_and_refusing_to_opposes_it(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 1
        ended VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        sanctions NOUN/NNS dobj 1
        on ADP/IN prep 3
        Iran PROPN/NNP pobj 4
        and CCONJ/CC cc 1
        lifted VERB/VBD conj 1
        its PRON/PRP$ poss 9
        suspension NOUN/NN dobj 7
        of ADP/IN prep 9
        Fiji PROPN/NNP pobj 10
        , PUNCT/, punct 1
        but CCONJ/CC cc 1
        Japan PROPN/NNP nsubj 15
        refused VERB/VBD conj 1
        to PART/TO aux 17
        ease VERB/VB xcomp 15
        sanctions NOUN/NNS dobj 17
        on ADP/IN prep 18
        Syria PROPN/NNP pobj 19
        . PUNCT/. punct 15
    """, [("Canada", "STATE", "STATE:CA"), ("Iran", "STATE", "STATE:IR"), ("Fiji", "STATE", "STATE:FJ"),
          ("Japan", "STATE", "STATE:JP"), ("Syria", "STATE", "STATE:SY")])
    assert relations(doc, str(data_dir)) == {
        ("Canada", "supports", "Fiji"), ("Canada", "supports", "Iran"), ("Japan", "opposes", "Syria")}




def test_a_counted_plural_spelled_out_after_a_colon_is_those_named(data_dir: Path) -> None:
    # the parser ends the sentence at the colon: the list is the next one
    doc = parsed("""
        Peru PROPN/NNP nsubj 1
        met VERB/VBD ROOT 1
        Chile PROPN/NNP dobj 1
        on ADP/IN prep 1
        Monday PROPN/NNP pobj 3
        . PUNCT/. punct 1
        In ADP/IN prep 14
        solidarity NOUN/NN pobj 6
        with ADP/IN prep 7
        Chile PROPN/NNP pobj 8
        , PUNCT/, punct 14
        three NUM/CD nummod 13
        more ADJ/JJR amod 11
        nations NOUN/NNS nsubj 14
        walked VERB/VBD ROOT 14
        out ADP/RP prt 14
        in ADP/IN prep 14
        protest NOUN/NN pobj 16
        : PUNCT/: punct 14
        Bolivia PROPN/NNP ROOT 19
        , PUNCT/, punct 19
        Ecuador PROPN/NNP conj 19
        and CCONJ/CC cc 21
        Colombia PROPN/NNP conj 21
        . PUNCT/. punct 19
    """, [("Peru", "STATE", "STATE:PE"), ("Chile", "STATE", "STATE:CL"), ("Chile", "STATE", "STATE:CL"),
          ("Bolivia", "STATE", "STATE:BO"), ("Ecuador", "STATE", "STATE:EC"), ("Colombia", "STATE", "STATE:CO")])
    assert relations(doc, str(data_dir)) == {
        ("Bolivia", "supports", "Chile"), ("Colombia", "supports", "Chile"), ("Ecuador", "supports", "Chile")}


def test_cutting_off_gas_supplies_opposes_the_recipient_and_trade_is_no_stance(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP nsubj 1
        halted VERB/VBD ROOT 1
        gas NOUN/NN compound 3
        supplies NOUN/NNS dobj 1
        to ADP/IN prep 1
        Moldova PROPN/NNP pobj 4
        and CCONJ/CC cc 1
        sells VERB/VBZ conj 1
        oil NOUN/NN dobj 7
        to ADP/IN prep 7
        Hungary PROPN/NNP pobj 9
        . PUNCT/. punct 1
    """, [("Russia", "STATE", "STATE:RU"), ("Moldova", "STATE", "STATE:MD"), ("Hungary", "STATE", "STATE:HU")])
    assert relations(doc, str(data_dir)) == {("Russia", "opposes", "Moldova")}


def test_protesting_to_x_opposes_x(data_dir: Path) -> None:
    doc = parsed("""
        Japan PROPN/NNP nsubj 1
        protested VERB/VBD ROOT 1
        to ADP/IN prep 1
        China PROPN/NNP pobj 2
        over ADP/IN prep 1
        the DET/DT det 6
        incursion NOUN/NN pobj 4
        . PUNCT/. punct 1
    """, [("Japan", "STATE", "STATE:JP"), ("China", "STATE", "STATE:CN")])
    assert relations(doc, str(data_dir)) == {("Japan", "opposes", "China")}




def test_cutting_ties_and_contacts_with_x_is_against_x_not_each_other(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Peru PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Colombia PROPN/NNP conj 2
        cut VERB/VBD ROOT 5
        diplomatic ADJ/JJ amod 7
        ties NOUN/NNS dobj 5
        and CCONJ/CC cc 7
        all DET/DT det 11
        trade NOUN/NN compound 11
        contacts NOUN/NNS conj 7
        with ADP/IN prep 11
        Venezuela PROPN/NNP pobj 12
        on ADP/IN prep 5
        Monday PROPN/NNP pobj 14
        . PUNCT/. punct 5
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Colombia", "STATE", "STATE:CO"),
          ("Venezuela", "STATE", "STATE:VE")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "opposes", "Venezuela"), ("Colombia", "opposes", "Venezuela"), ("Peru", "opposes", "Venezuela")}

    unnamed = parsed("""
        Chile PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Peru PROPN/NNP conj 0
        cut VERB/VBD ROOT 3
        ties NOUN/NNS dobj 3
        with ADP/IN prep 4
        the DET/DT det 7
        regime NOUN/NN pobj 5
        . PUNCT/. punct 3
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(unnamed, str(data_dir)) == set()  # ties with someone unnamed: not with each other


def test_concern_at_an_act_against_x_is_no_act_of_the_concerned(data_dir: Path) -> None:
    doc = parsed("""
        Norway PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        it PRON/PRP nsubjpass 6
        is AUX/VBZ auxpass 6
        " PUNCT/`` punct 6
        deeply ADV/RB advmod 6
        concerned VERB/VBN ccomp 1
        " PUNCT/'' punct 6
        at ADP/IN prep 6
        the DET/DT det 10
        expulsion NOUN/NN pobj 8
        of ADP/IN prep 10
        the DET/DT det 14
        EU PROPN/NNP compound 14
        envoys NOUN/NNS pobj 11
        . PUNCT/. punct 1
    """, [("Norway", "STATE", "STATE:NO"), ("EU", "ORG", "ORG:EU")])
    assert relations(doc, str(data_dir)) == set()
    regret = parsed("""
        Norway PROPN/NNP nsubj 1
        regretted VERB/VBD ROOT 1
        the DET/DT det 3
        expulsion NOUN/NN dobj 1
        of ADP/IN prep 3
        EU PROPN/NNP compound 6
        envoys NOUN/NNS pobj 4
        . PUNCT/. punct 1
    """, [("Norway", "STATE", "STATE:NO"), ("EU", "ORG", "ORG:EU")])
    assert relations(regret, str(data_dir)) == set()  # regret of an expulsion: the expeller's act, not Norway's


def test_the_n_states_are_the_last_list_of_n(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Peru PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Colombia PROPN/NNP conj 2
        accused VERB/VBD ROOT 5
        Venezuela PROPN/NNP dobj 5
        of ADP/IN prep 5
        fraud NOUN/NN pobj 7
        . PUNCT/. punct 5
        The DET/DT det 12
        three NUM/CD nummod 12
        states NOUN/NNS nsubj 14
        then ADV/RB advmod 14
        expelled VERB/VBD ROOT 14
        Cuban ADJ/JJ amod 16
        diplomats NOUN/NNS dobj 14
        . PUNCT/. punct 14
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Colombia", "STATE", "STATE:CO"),
          ("Venezuela", "STATE", "STATE:VE"), ("Cuban", "STATE", "STATE:CU")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "opposes", "Cuban"), ("Chile", "opposes", "Venezuela"), ("Colombia", "opposes", "Cuban"),
        ("Colombia", "opposes", "Venezuela"), ("Peru", "opposes", "Cuban"), ("Peru", "opposes", "Venezuela")}



def test_a_narrated_pronoun_is_not_a_subject_inside_a_quote(data_dir: Path) -> None:
    doc = parsed("""
        Spain PROPN/NNP nsubj 1
        issued VERB/VBD ROOT 1
        a DET/DT det 3
        statement NOUN/NN dobj 1
        on ADP/IN prep 1
        Monday PROPN/NNP pobj 4
        . PUNCT/. punct 1
        “ PUNCT/`` punct 9
        Chile PROPN/NNP nsubj 9
        is AUX/VBZ ROOT 9
        a DET/DT det 12
        trusted ADJ/JJ amod 12
        partner NOUN/NN attr 9
        . PUNCT/. punct 9
        Peru PROPN/NNP nsubj 16
        often ADV/RB advmod 16
        breaks VERB/VBZ ccomp 22
        its PRON/PRP$ poss 18
        promises NOUN/NNS dobj 16
        , PUNCT/, punct 22
        ” PUNCT/'' punct 22
        it PRON/PRP nsubj 22
        said VERB/VBD ROOT 22
        . PUNCT/. punct 22
    """, [("Spain", "STATE", "STATE:ES"), ("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == {("Spain", "supports", "Chile")}



def test_declining_a_gathering_without_naming_it_again_or_its_invitation(data_dir: Path) -> None:
    doc = parsed("""
        Leaders NOUN/NNS nsubj 2
        will AUX/MD aux 2
        meet VERB/VB ROOT 2
        at ADP/IN prep 2
        the DET/DT det 5
        Summit PROPN/NNP pobj 3
        of ADP/IN prep 5
        the DET/DT det 8
        Andes PROPN/NNP pobj 6
        in ADP/IN prep 2
        May PROPN/NNP pobj 9
        . PUNCT/. punct 2
        Chile PROPN/NNP nsubj 13
        said VERB/VBD ROOT 13
        it PRON/PRP nsubj 17
        would AUX/MD aux 17
        not PART/RB neg 17
        attend VERB/VB ccomp 13
        , PUNCT/, punct 13
        and CCONJ/CC cc 13
        Bolivia PROPN/NNP nsubj 21
        turned VERB/VBD conj 13
        down ADP/RP prt 21
        an DET/DT det 24
        invitation NOUN/NN dobj 21
        to ADP/IN prep 24
        the DET/DT det 29
        Golden PROPN/NNP compound 28
        Quill PROPN/NNP compound 29
        ceremony NOUN/NN pobj 25
        honouring VERB/VBG acl 29
        Peru PROPN/NNP dobj 30
        . PUNCT/. punct 21
    """, [("Summit of the Andes", "ORG", "GATHERING:Summit of the Andes"), ("Chile", "STATE", "STATE:CL"),
          ("Bolivia", "STATE", "STATE:BO"), ("Golden Quill ceremony", "ORG", "GATHERING:Golden Quill ceremony"),
          ("Peru", "STATE", "STATE:PE")])
    # a gathering attends nobody and honours nobody: it is only attended or stayed away from
    assert relations(doc, str(data_dir)) == {("Chile", "declines", "Summit of the Andes"),
                                             ("Bolivia", "declines", "Golden Quill ceremony")}


def test_the_n_states_after_a_list_the_parser_opened_with_an_apposition(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 7
        , PUNCT/, punct 0
        Peru PROPN/NNP appos 0
        , PUNCT/, punct 2
        Ecuador PROPN/NNP conj 2
        and CCONJ/CC cc 4
        Colombia PROPN/NNP conj 4
        accused VERB/VBD ROOT 7
        Venezuela PROPN/NNP dobj 7
        of ADP/IN prep 7
        fraud NOUN/NN pobj 9
        . PUNCT/. punct 7
        The DET/DT det 14
        four NUM/CD nummod 14
        states NOUN/NNS nsubj 16
        then ADV/RB advmod 16
        expelled VERB/VBD ROOT 16
        Cuban ADJ/JJ amod 18
        diplomats NOUN/NNS dobj 16
        . PUNCT/. punct 16
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Ecuador", "STATE", "STATE:EC"),
          ("Colombia", "STATE", "STATE:CO"), ("Venezuela", "STATE", "STATE:VE"), ("Cuban", "STATE", "STATE:CU")])
    expelling = {(a, b) for a, relation, b in relations(doc, str(data_dir)) if b == "Cuban"}
    assert expelling == {("Chile", "Cuban"), ("Peru", "Cuban"), ("Ecuador", "Cuban"), ("Colombia", "Cuban")}


def test_an_invitation_or_a_call_to_attend_is_no_attendance(data_dir: Path) -> None:
    doc = parsed("""
        Spain PROPN/NNP nsubj 1
        urged VERB/VBD ROOT 1
        Chile PROPN/NNP dobj 1
        to PART/TO aux 4
        attend VERB/VB xcomp 1
        the DET/DT det 7
        Lima PROPN/NNP compound 7
        Conference PROPN/NNP dobj 4
        . PUNCT/. punct 1
    """, [("Spain", "STATE", "STATE:ES"), ("Chile", "STATE", "STATE:CL"),
          ("Lima Conference", "ORG", "GATHERING:Lima Conference")])
    assert relations(doc, str(data_dir)) == set()



def test_asking_another_to_take_part_is_nobodys_part(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        US PROPN/NNP nsubj 2
        asked VERB/VBD ROOT 2
        Germany PROPN/NNP dobj 2
        to PART/TO aux 5
        take VERB/VB xcomp 2
        part NOUN/NN dobj 5
        in ADP/IN prep 5
        the DET/DT det 10
        Hormuz PROPN/NNP compound 10
        mission NOUN/NN pobj 7
        , PUNCT/, punct 2
        and CCONJ/CC cc 2
        Italy PROPN/NNP nsubj 14
        agreed VERB/VBD conj 2
        to PART/TO aux 16
        send VERB/VB xcomp 14
        ships NOUN/NNS dobj 16
        to ADP/IN prep 16
        the DET/DT det 20
        mission NOUN/NN pobj 18
        . PUNCT/. punct 14
    """, [("US", "STATE", "STATE:US"), ("Germany", "STATE", "STATE:DE"), ("Hormuz", "ORG", "MISSION:Hormuz"),
          ("mission", "ORG", "MISSION:Hormuz"), ("Italy", "STATE", "STATE:IT"),
          ("mission", "ORG", "MISSION:Hormuz")])
    assert relations(doc, str(data_dir)) == {("Italy", "participates_in", "mission")}



def test_voting_against_it_is_not_against_the_voters_or_one_named_after(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        African PROPN/NNP compound 2
        Union PROPN/NNP nsubj 3
        suspended VERB/VBD ROOT 3
        Mali PROPN/NNP dobj 3
        on ADP/IN prep 3
        Monday PROPN/NNP pobj 5
        . PUNCT/. punct 3
        Twenty NUM/CD nummod 9
        states NOUN/NNS nsubj 10
        backed VERB/VBD ROOT 10
        the DET/DT det 12
        move NOUN/NN dobj 10
        while SCONJ/IN mark 19
        Chad PROPN/NNP nsubj 19
        , PUNCT/, punct 14
        Niger PROPN/NNP conj 14
        and CCONJ/CC cc 16
        Mali PROPN/NNP conj 16
        voted VERB/VBD advcl 10
        against ADP/IN prep 19
        it PRON/PRP pobj 20
        and CCONJ/CC cc 21
        Togo PROPN/NNP conj 21
        abstained VERB/VBD conj 10
        . PUNCT/. punct 10
    """, [("African Union", "ORG", "ORG:AU"), ("Mali", "STATE", "STATE:ML"), ("Chad", "STATE", "STATE:TD"),
          ("Niger", "STATE", "STATE:NE"), ("Mali", "STATE", "STATE:ML"), ("Togo", "STATE", "STATE:TG")])
    # 'it' is the move, not one of the voters nor Togo, which the parser joined to 'it'; the move is the
    # suspension the sentence before tells, so the voters oppose the body that suspended Mali
    assert relations(doc, str(data_dir)) == {("African Union", "opposes", "Mali"), ("Chad", "opposes", "African Union"),
                                             ("Niger", "opposes", "African Union"),
                                             ("Mali", "opposes", "African Union")}


def test_a_single_ally_in_apposition_is_not_its_conjunct(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        hailed VERB/VBD ROOT 1
        the DET/DT det 3
        accord NOUN/NN dobj 1
        between ADP/IN prep 3
        US PROPN/NNP compound 6
        ally NOUN/NN pobj 4
        Peru PROPN/NNP appos 6
        and CCONJ/CC cc 7
        Bolivia PROPN/NNP conj 7
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("US", "STATE", "STATE:US"), ("Peru", "STATE", "STATE:PE"),
          ("Bolivia", "STATE", "STATE:BO")])
    # the accord's parties are Peru and Bolivia (back each other), not the US whose ally Peru is
    assert relations(doc, str(data_dir)) == {
        ("Chile", "supports", "Bolivia"), ("Chile", "supports", "Peru"), ("Peru", "supports", "US"),
        ("US", "supports", "Peru"), ("Peru", "supports", "Bolivia"), ("Bolivia", "supports", "Peru")}



def test_barring_x_as_except_is_no_bar_on_x(data_dir: Path) -> None:
    doc = parsed("""
        All DET/DT det 2
        member NOUN/NN compound 2
        states NOUN/NNS nsubj 5
        barring VERB/VBG acl 2
        Spain PROPN/NNP dobj 3
        believe VERB/VBP ROOT 5
        Chile PROPN/NNP nsubj 8
        has AUX/VBZ aux 8
        done VERB/VBN ccomp 5
        enough ADV/RB advmod 8
        . PUNCT/. punct 5
    """, [("Spain", "STATE", "STATE:ES"), ("Chile", "STATE", "STATE:CL")])
    assert StanceRules._excepting(doc[3])  # "barring Spain": except Spain
    barred = parsed("""
        A DET/DT det 1
        ruling NOUN/NN nsubj 5
        barring VERB/VBG acl 1
        Spain PROPN/NNP dobj 2
        from ADP/IN prep 2
        talks NOUN/NNS pobj 4
        stands VERB/VBZ ROOT 5
        . PUNCT/. punct 5
    """, [("Spain", "STATE", "STATE:ES")])
    assert not StanceRules._excepting(barred[2])  # "barring Spain from talks": a bar


def test_the_governments_of_x_and_y_recall_their_own_envoys(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        governments NOUN/NNS nsubj 7
        of ADP/IN prep 1
        Chile PROPN/NNP pobj 2
        and CCONJ/CC cc 3
        Peru PROPN/NNP conj 3
        also ADV/RB advmod 7
        recalled VERB/VBD ROOT 7
        their PRON/PRP$ poss 9
        ambassadors NOUN/NNS dobj 7
        . PUNCT/. punct 7
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == set()



def test_calling_upon_x_to_do_y_is_not_xs_act(data_dir: Path) -> None:
    doc = parsed("""
        We PRON/PRP nsubj 1
        call VERB/VBP ROOT 1
        upon SCONJ/IN prep 1
        Chile PROPN/NNP pobj 2
        to PART/TO aux 5
        show VERB/VB advcl 1
        restraint NOUN/NN dobj 5
        and CCONJ/CC cc 5
        cooperate VERB/VB conj 5
        with ADP/IN prep 8
        the DET/DT det 11
        OAS PROPN/NNP pobj 9
        to PART/TO aux 13
        restore VERB/VB advcl 8
        calm NOUN/NN dobj 13
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("OAS", "ORG", "ORG:OAS")])
    assert relations(doc, str(data_dir)) == set()



def test_a_resolution_is_put_forward_voted_against_sponsored_and_owned(data_dir: Path) -> None:
    measure = "ACCORD:draft resolution@@0000abcd"
    doc = parsed(MEASURE_ROWS, [("Chile", "STATE", "STATE:CL"), ("resolution", "ORG", measure),
                                ("Peru", "STATE", "STATE:PE"), ("resolution", "ORG", measure)])
    assert relations(doc, str(data_dir)) == {("Chile", "supports", "resolution"), ("Peru", "opposes", "resolution")}
    doc = parsed("""
        The DET/DT det 2
        Chilean ADJ/JJ amod 2
        resolution NOUN/NN nsubjpass 4
        was AUX/VBD auxpass 4
        sponsored VERB/VBN ROOT 4
        by ADP/IN agent 4
        Peru PROPN/NNP pobj 5
        , PUNCT/, punct 4
        and CCONJ/CC cc 4
        Bolivia PROPN/NNP poss 11
        's PART/POS case 9
        referendum NOUN/NN conj 4
        angered VERB/VBD amod 13
        Chile PROPN/NNP appos 11
        . PUNCT/. punct 4
    """, [("Chilean", "STATE", "STATE:CL"), ("resolution", "ORG", "ACCORD:Chilean resolution@@0000abcd"),
          ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO"),
          ("referendum", "ORG", "ACCORD:referendum@@0000abcd"), ("Chile", "STATE", "STATE:CL")])
    # Peru sponsored the one, Bolivia owns the other: makers hold no stance on their own measures (46th session)
    assert relations(doc, str(data_dir)) == set()


def test_who_drafts_presents_or_introduces_a_resolution_backs_it(data_dir: Path) -> None:
    measure = "ACCORD:resolution on Peru@@0000abcd"
    doc = parsed("""
        A DET/DT det 4
        Brazil PROPN/NNP npadvmod 3
        - PUNCT/HYPH punct 3
        drafted VERB/VBN amod 4
        resolution NOUN/NN nsubjpass 6
        was AUX/VBD auxpass 6
        adopted VERB/VBN ROOT 6
        , PUNCT/, punct 6
        and CCONJ/CC cc 6
        Chile PROPN/NNP nsubj 10
        presented VERB/VBD conj 6
        a DET/DT det 12
        resolution NOUN/NN dobj 10
        on ADP/IN prep 12
        Peru PROPN/NNP pobj 13
        . PUNCT/. punct 10
    """, [("Brazil", "STATE", "STATE:BR"), ("resolution", "ORG", measure), ("Chile", "STATE", "STATE:CL"),
          ("resolution", "ORG", measure), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == set()  # Brazil drafted it, Chile presented it: its makers
    doc = parsed("""
        The DET/DT det 1
        resolution NOUN/NN nsubjpass 11
        , PUNCT/, punct 1
        introduced VERB/VBN acl 1
        by ADP/IN agent 3
        Mexico PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Cuba PROPN/NNP conj 5
        , PUNCT/, punct 1
        was AUX/VBD auxpass 11
        not PART/RB neg 11
        presented VERB/VBN ROOT 11
        by ADP/IN agent 11
        Spain PROPN/NNP pobj 12
        . PUNCT/. punct 11
    """, [("resolution", "ORG", "ACCORD:resolution@@0000abcd"), ("Mexico", "STATE", "STATE:MX"),
          ("Cuba", "STATE", "STATE:CU"), ("Spain", "STATE", "STATE:ES")])
    assert relations(doc, str(data_dir)) == set()  # its makers, Mexico and Cuba, take no stance on it; nor Spain
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        presented VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        credentials NOUN/NNS dobj 1
        to ADP/IN prep 1
        Peru PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == set()  # presenting what is no measure


TABLED_ROWS = """
    Kenya PROPN/NNP nsubj 1
    tabled VERB/VBD ROOT 1
    a DET/DT det 3
    resolution NOUN/NN dobj 1
    . PUNCT/. punct 1
"""
TABLED = [("Kenya", "STATE", "STATE:KE"), ("resolution", "ORG", "ACCORD:resolution@@0000abcd")]


def test_voters_listed_after_the_clause_that_says_how_they_voted(data_dir: Path) -> None:
    for dep in ("nsubj", "attr"):  # the names parsed as the subject or as the copula's attribute
        doc = parsed(TABLED_ROWS + f"""
            Among ADP/IN prep 12
            the DET/DT det 7
            countries NOUN/NNS pobj 5
            that PRON/WDT nsubj 9
            voted VERB/VBD relcl 7
            in ADP/IN prep 9
            favour NOUN/NN pobj 10
            were AUX/VBD ROOT 12
            Chile PROPN/NNP {dep} 12
            and CCONJ/CC cc 13
            Peru PROPN/NNP conj 13
            . PUNCT/. punct 12
        """, [*TABLED, ("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
        assert relations(doc, str(data_dir)) == {  # voting for a measure backs whoever made it
            ("Chile", "supports", "Kenya"), ("Peru", "supports", "Kenya")}, dep
    doc = parsed(TABLED_ROWS + """
        Those PRON/DT nsubj 9
        voting VERB/VBG acl 5
        against ADP/IN prep 6
        it PRON/PRP pobj 7
        included VERB/VBD ROOT 9
        Chile PROPN/NNP dobj 9
        and CCONJ/CC cc 10
        Peru PROPN/NNP conj 10
        , PUNCT/, punct 9
        and CCONJ/CC cc 9
        the DET/DT det 16
        countries NOUN/NNS nsubj 21
        voting VERB/VBG acl 16
        " PUNCT/`` punct 17
        no INTJ/UH dobj 17
        " PUNCT/'' punct 21
        were AUX/VBD conj 9
        Cuba PROPN/NNP attr 21
        and CCONJ/CC cc 22
        Iran PROPN/NNP conj 22
        . PUNCT/. punct 21
    """, [*TABLED, ("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Cuba", "STATE", "STATE:CU"),
          ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == {  # voting against a measure opposes whoever made it
        ("Chile", "opposes", "Kenya"), ("Cuba", "opposes", "Kenya"), ("Iran", "opposes", "Kenya"),
        ("Peru", "opposes", "Kenya")}


def test_voters_not_listed_or_not_named_vote_on_nothing(data_dir: Path) -> None:
    doc = parsed(TABLED_ROWS + """
        Those PRON/DT nsubj 10
        voting VERB/VBG acl 5
        against ADP/IN prep 6
        did AUX/VBD aux 10
        not PART/RB neg 10
        include VERB/VB ROOT 10
        Chile PROPN/NNP dobj 10
        , PUNCT/, punct 10
        and CCONJ/CC cc 10
        two NUM/CD nummod 15
        members NOUN/NNS nsubj 16
        voted VERB/VBD conj 10
        no INTJ/UH intj 16
        . PUNCT/. punct 16
    """, [*TABLED, ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == set()  # no voter named; Kenya tabled it


def test_voting_against_it_after_a_measure_named_is_against_the_measure(data_dir: Path) -> None:
    doc = parsed(TABLED_ROWS + """
        Chile PROPN/NNP nsubj 6
        voted VERB/VBD ROOT 6
        against ADP/IN prep 6
        it PRON/PRP pobj 7
        . PUNCT/. punct 6
    """, [*TABLED, ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == {("Chile", "opposes", "Kenya")}  # against Kenya, who tabled it


def test_an_unnamed_measure_nobody_takes_a_stance_on_is_no_entity(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        discussed VERB/VBD ROOT 1
        the DET/DT det 3
        resolution NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("resolution", "ORG", "ACCORD:resolution@@0000abcd")])
    assert [m.text for m in relation_records(doc, str(data_dir)).mentions] == ["Chile"]


def test_joining_any_body_takes_part_in_it_but_joining_it_in_an_act_does_not(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        agreed VERB/VBD ROOT 1
        to PART/TO aux 3
        join VERB/VB xcomp 1
        the DET/DT det 6
        Andean PROPN/NNP compound 6
        Bank PROPN/NNP dobj 3
        , PUNCT/, punct 1
        and CCONJ/CC cc 1
        Peru PROPN/NNP nsubj 10
        joined VERB/VBD conj 1
        the DET/DT det 12
        OAS PROPN/NNP dobj 10
        in ADP/IN prep 10
        condemning VERB/VBG pcomp 13
        the DET/DT det 16
        coup NOUN/NN dobj 14
        . PUNCT/. punct 10
    """, [("Chile", "STATE", "STATE:CL"), ("Andean Bank", "ORG", ""), ("Peru", "STATE", "STATE:PE"),
          ("OAS", "ORG", "ORG:OAS")])
    assert relations(doc, str(data_dir)) == {("Chile", "participates_in", "Andean Bank")}


def test_hosting_a_bodys_summit_takes_part_in_the_body_hosting_a_group_does_not(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 2
        will AUX/MD aux 2
        host VERB/VB ROOT 2
        the DET/DT det 5
        OAS PROPN/NNP compound 5
        summit NOUN/NN dobj 2
        , PUNCT/, punct 2
        and CCONJ/CC cc 2
        Peru PROPN/NNP nsubj 9
        hosted VERB/VBD conj 2
        Hamas PROPN/NNP dobj 9
        on ADP/IN prep 9
        Monday PROPN/NNP pobj 11
        . PUNCT/. punct 9
    """, [("Chile", "STATE", "STATE:CL"), ("OAS", "ORG", "ORG:OAS"), ("Peru", "STATE", "STATE:PE"),
          ("Hamas", "ORG", "ORG:HAMAS")])
    assert relations(doc, str(data_dir)) == {("Chile", "participates_in", "OAS")}


def test_announcing_an_alliance_by_name_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Peru PROPN/NNP conj 0
        announced VERB/VBD ROOT 3
        the DET/DT det 6
        Pacific PROPN/NNP compound 6
        Alliance PROPN/NNP dobj 3
        on ADP/IN prep 3
        Monday PROPN/NNP pobj 7
        . PUNCT/. punct 3
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Pacific Alliance", "ORG", "")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "participates_in", "Pacific Alliance"), ("Peru", "participates_in", "Pacific Alliance")}


def test_captives_held_by_a_group_are_not_its_own(data_dir: Path) -> None:
    doc = parsed("""
        Britain PROPN/NNP nsubj 1
        helped VERB/VBD ROOT 1
        rescue NOUN/NN compound 3
        schoolgirls NOUN/NNS dobj 1
        held VERB/VBN acl 3
        hostage NOUN/NN dobj 4
        by ADP/IN agent 4
        Boko PROPN/NNP compound 8
        Haram PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Britain", "STATE", "STATE:GB"), ("Boko Haram", "ORG", "ORG:BOKO_HARAM")])
    assert relations(doc, str(data_dir)) == set()


def test_a_purpose_clause_is_its_verbs_subjects_not_the_place_before_it(data_dir: Path) -> None:
    doc = parsed("""
        US PROPN/NNP compound 1
        officials NOUN/NNS nsubj 2
        arrived VERB/VBD ROOT 2
        in ADP/IN prep 2
        Nigeria PROPN/NNP pobj 3
        to PART/TO aux 6
        help VERB/VB advcl 2
        Chad PROPN/NNP dobj 6
        . PUNCT/. punct 2
    """, [("US", "STATE", "STATE:US"), ("Nigeria", "STATE", "STATE:NG"), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {("US", "supports", "Chad")}



def test_allies_such_as_are_the_named_examples(data_dir: Path) -> None:
    doc = parsed("""
        Major ADJ/JJ amod 2
        US PROPN/NNP compound 2
        allies NOUN/NNS nsubj 9
        such ADJ/JJ amod 4
        as ADP/IN prep 2
        Norway PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Chile PROPN/NNP conj 5
        have AUX/VBP aux 9
        agreed VERB/VBN ROOT 9
        to PART/TO aux 11
        join VERB/VB xcomp 9
        the DET/DT det 14
        Arctic PROPN/NNP compound 14
        Council PROPN/NNP dobj 11
        . PUNCT/. punct 9
    """, [("US", "STATE", "STATE:US"), ("Norway", "STATE", "STATE:NO"), ("Chile", "STATE", "STATE:CL"),
          ("Arctic Council", "ORG", "ORG:ARCTIC_COUNCIL")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "participates_in", "Arctic Council"), ("Norway", "participates_in", "Arctic Council")}


def test_countries_including_examples_hung_on_the_verb(data_dir: Path) -> None:
    doc = parsed("""
        Some DET/DT quantmod 1
        30 NUM/CD nummod 2
        countries NOUN/NNS nsubj 4
        have AUX/VBP aux 4
        condemned VERB/VBN ROOT 4
        Iran PROPN/NNP dobj 4
        so ADV/RB advmod 7
        far ADV/RB advmod 4
        , PUNCT/, punct 4
        including VERB/VBG prep 4
        Peru PROPN/NNP pobj 9
        and CCONJ/CC cc 10
        Kenya PROPN/NNP conj 10
        . PUNCT/. punct 4
    """, [("Iran", "STATE", "STATE:IR"), ("Peru", "STATE", "STATE:PE"), ("Kenya", "STATE", "STATE:KE")])
    assert relations(doc, str(data_dir)) == {("Kenya", "opposes", "Iran"), ("Peru", "opposes", "Iran")}


def test_taking_part_in_a_named_body(data_dir: Path) -> None:
    doc = parsed("""
        Ghana PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Chile PROPN/NNP conj 0
        declined VERB/VBD ROOT 3
        to PART/TO aux 5
        participate VERB/VB xcomp 3
        in ADP/IN prep 5
        the DET/DT det 9
        Arctic PROPN/NNP compound 9
        Council PROPN/NNP pobj 6
        . PUNCT/. punct 3
    """, [("Ghana", "STATE", "STATE:GH"), ("Chile", "STATE", "STATE:CL"),
          ("Arctic Council", "ORG", "ORG:ARCTIC_COUNCIL")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "declines", "Arctic Council"), ("Ghana", "declines", "Arctic Council")}


def test_taking_part_in_a_bodys_meeting(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 2
        will AUX/MD aux 2
        take VERB/VB ROOT 2
        part NOUN/NN dobj 2
        in ADP/IN prep 2
        the DET/DT det 8
        African PROPN/NNP compound 7
        Union PROPN/NNP compound 8
        meeting NOUN/NN pobj 4
        . PUNCT/. punct 2
    """, [("Kenya", "STATE", "STATE:KE"), ("African Union", "ORG", "ORG:AU")])
    assert relations(doc, str(data_dir)) == {("Kenya", "participates_in", "African Union")}


def test_a_meeting_of_a_bodys_leaders_is_its_gathering(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 3
        will AUX/MD aux 3
        not PART/RB neg 3
        attend VERB/VB ROOT 3
        the DET/DT det 5
        meeting NOUN/NN dobj 3
        of ADP/IN prep 5
        African PROPN/NNP compound 8
        Union PROPN/NNP compound 9
        leaders NOUN/NNS pobj 6
        . PUNCT/. punct 3
    """, [("Kenya", "STATE", "STATE:KE"), ("African Union", "ORG", "ORG:AU")])
    assert relations(doc, str(data_dir)) == {("Kenya", "declines", "African Union")}


def test_inability_to_take_part_declines(data_dir: Path) -> None:
    doc = parsed("""
        Chad PROPN/NNP nsubj 1
        conveyed VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        inability NOUN/NN dobj 1
        to PART/TO aux 5
        participate VERB/VB acl 3
        in ADP/IN prep 5
        the DET/DT det 9
        Arctic PROPN/NNP compound 9
        Council PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Chad", "PERSON", ""), ("Arctic Council", "ORG", "ORG:ARCTIC_COUNCIL")])
    assert relations(doc, str(data_dir)) == {("Chad", "declines", "Arctic Council")}


def test_instead_of_someone_is_not_the_actor_even_when_parsed_as_a_conjunct(data_dir: Path) -> None:
    doc = parsed("""
        Instead ADV/RB advmod 1
        of ADP/IN prep 9
        Putin PROPN/NNP pobj 1
        , PUNCT/, punct 9
        Foreign PROPN/NNP compound 5
        Minister PROPN/NNP compound 7
        Sergei PROPN/NNP compound 7
        Lavrov PROPN/NNP conj 2
        will AUX/MD aux 9
        attend VERB/VB ROOT 9
        the DET/DT det 12
        BRICS PROPN/NNP compound 12
        summit NOUN/NN dobj 9
        . PUNCT/. punct 9
    """, [("Putin", "PERSON", ""), ("Sergei Lavrov", "PERSON", ""), ("BRICS", "ORG", "ORG:BRICS")])
    assert relations(doc, str(data_dir)) == {("Sergei Lavrov", "participates_in", "BRICS")}


def test_a_bare_vote_against_is_against_the_measure_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN/NNP nsubj 1
        vetoed VERB/VBD ROOT 1
        the DET/DT det 4
        draft NOUN/NN compound 4
        resolution NOUN/NN dobj 1
        , PUNCT/, punct 1
        while SCONJ/IN mark 10
        China PROPN/NNP nsubj 10
        and CCONJ/CC cc 7
        Iran PROPN/NNP conj 7
        voted VERB/VBD advcl 1
        against ADP/IN prep 10
        . PUNCT/. punct 1
    """, [("Russia", "STATE", "STATE:RU"), ("resolution", "ORG", "ACCORD:draft resolution@@0000abcd"),
          ("China", "STATE", "STATE:CN"), ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == {
        ("China", "opposes", "resolution"), ("Iran", "opposes", "resolution"), ("Russia", "opposes", "resolution")}




def test_a_bare_attend_takes_the_gathering_named_sentences_before(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 2
        will AUX/MD aux 2
        boycott VERB/VB ROOT 2
        the DET/DT det 5
        G20 PROPN/NNP compound 5
        summit NOUN/NN dobj 2
        in ADP/IN prep 5
        Rome PROPN/NNP pobj 6
        . PUNCT/. punct 2
        Rights NOUN/NNS compound 10
        groups NOUN/NNS nsubj 11
        are AUX/VBP ROOT 11
        angry ADJ/JJ acomp 11
        . PUNCT/. punct 11
        Chile PROPN/NNP nsubj 15
        said VERB/VBD ROOT 15
        it PRON/PRP nsubj 18
        will AUX/MD aux 18
        attend VERB/VB ccomp 15
        . PUNCT/. punct 15
    """, [("Canada", "STATE", "STATE:CA"), ("G20", "ORG", "ORG:G20"), ("Rome", "PLACE", "CAPITAL:IT:rome"),
          ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == {("Canada", "declines", "G20"), ("Chile", "participates_in", "G20")}


def test_the_summit_is_the_gathering_named_before(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        G20 PROPN/NNP compound 2
        summit NOUN/NN nsubj 3
        opens VERB/VBZ ROOT 3
        in ADP/IN prep 3
        Rome PROPN/NNP pobj 4
        . PUNCT/. punct 3
        Spain PROPN/NNP nsubj 9
        will AUX/MD aux 9
        skip VERB/VB ROOT 9
        the DET/DT det 11
        summit NOUN/NN dobj 9
        . PUNCT/. punct 9
    """, [("G20", "ORG", "ORG:G20"), ("Rome", "PLACE", "CAPITAL:IT:rome"), ("Spain", "STATE", "STATE:ES")])
    assert relations(doc, str(data_dir)) == {("Spain", "declines", "G20")}


def test_the_host_of_a_gathering_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 9
        , PUNCT/, punct 0
        the DET/DT det 3
        host NOUN/NN appos 0
        of ADP/IN prep 3
        the DET/DT det 7
        APEC PROPN/NNP compound 7
        summit NOUN/NN pobj 4
        , PUNCT/, punct 0
        welcomed VERB/VBD ROOT 9
        the DET/DT det 11
        plan NOUN/NN dobj 9
        . PUNCT/. punct 9
    """, [("Peru", "STATE", "STATE:PE"), ("APEC", "ORG", "ORG:APEC")])
    assert relations(doc, str(data_dir)) == {("Peru", "participates_in", "APEC")}


def test_an_inverted_condition_is_no_fact(data_dir: Path) -> None:
    doc = parsed("""
        Bashir PROPN/NNP nsubj 1
        risked VERB/VBD ROOT 1
        arrest NOUN/NN dobj 1
        had AUX/VBD aux 5
        he PRON/PRP nsubj 5
        attended VERB/VBN advcl 1
        the DET/DT det 9
        African PROPN/NNP compound 8
        Union PROPN/NNP compound 9
        summit NOUN/NN dobj 5
        . PUNCT/. punct 1
    """, [("Bashir", "PERSON", ""), ("African Union", "ORG", "ORG:AU")])
    assert relations(doc, str(data_dir)) == set()



def test_a_state_becoming_a_bodys_member_by_compound_takes_part(data_dir: Path) -> None:
    doc = parsed("""
        Indonesia PROPN/NNP nsubj 1
        became VERB/VBD ROOT 1
        a DET/DT det 5
        full ADJ/JJ amod 5
        BRICS PROPN/NNP compound 5
        member NOUN/NN attr 1
        on ADP/IN prep 1
        Monday PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Indonesia", "STATE", "STATE:ID"), ("BRICS", "ORG", "ORG:BRICS")])
    assert relations(doc, str(data_dir)) == {("Indonesia", "participates_in", "BRICS")}


def test_a_state_becoming_a_bodys_member_by_possessive_takes_part(data_dir: Path) -> None:
    doc = parsed("""
        Finland PROPN/NNP nsubj 1
        became VERB/VBD ROOT 1
        the DET/DT det 5
        Asian PROPN/NNP compound 5
        Development PROPN/NNP compound 5
        Bank PROPN/NNP poss 8
        's PART/POS case 5
        newest ADJ/JJS amod 8
        member NOUN/NN attr 1
        . PUNCT/. punct 1
    """, [("Finland", "STATE", "STATE:FI"), ("Asian Development Bank", "ORG", "ORG:ADB")])
    assert relations(doc, str(data_dir)) == {("Finland", "participates_in", "Asian Development Bank")}


def test_a_persons_membership_is_no_stance(data_dir: Path) -> None:
    doc = parsed("""
        Omar PROPN/NNP compound 1
        Haddad PROPN/NNP nsubj 2
        became VERB/VBD ROOT 2
        a DET/DT det 4
        member NOUN/NN attr 2
        of ADP/IN prep 4
        the DET/DT det 8
        Arab PROPN/NNP compound 8
        Bank PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [("Omar Haddad", "PERSON", ""), ("Arab Bank", "ORG", "")])
    assert relations(doc, str(data_dir)) == set()




def test_closing_a_way_in_to_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Norway PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        closed VERB/VBN ROOT 2
        its PRON/PRP$ poss 4
        ports NOUN/NNS dobj 2
        to ADP/IN prep 2
        Russian ADJ/JJ amod 7
        trawlers NOUN/NNS pobj 5
        . PUNCT/. punct 2
    """, [("Norway", "STATE", "STATE:NO"), ("Russian", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Norway", "opposes", "Russian")}


def test_closing_a_border_opposes_whom_it_is_closed_to_not_whose_border(data_dir: Path) -> None:
    doc = parsed("""
        Algeria PROPN/NNP nsubj 1
        closed VERB/VBD ROOT 1
        the DET/DT det 4
        Moroccan ADJ/JJ amod 4
        border NOUN/NN dobj 1
        to ADP/IN prep 1
        Malian ADJ/JJ amod 7
        lorries NOUN/NNS pobj 5
        . PUNCT/. punct 1
    """, [("Algeria", "STATE", "STATE:DZ"), ("Moroccan", "STATE", "STATE:MA"), ("Malian", "STATE", "STATE:ML")])
    assert relations(doc, str(data_dir)) == {("Algeria", "opposes", "Malian")}


def test_not_closing_a_border_is_no_stance(data_dir: Path) -> None:
    doc = parsed("""
        Jordan PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        close VERB/VB ROOT 3
        its PRON/PRP$ poss 5
        airspace NOUN/NN dobj 3
        to ADP/IN prep 3
        Iran PROPN/NNP pobj 6
        . PUNCT/. punct 3
    """, [("Jordan", "STATE", "STATE:JO"), ("Iran", "STATE", "STATE:IR")])
    assert relations(doc, str(data_dir)) == set()


@pytest.mark.parametrize("attached", [6, 1])  # "with" on the crossings, or (as parsers also read it) the verb
def test_shutting_the_border_crossings_with_a_state_opposes_it(data_dir: Path, attached: int) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        shut VERB/VBD ROOT 1
        its PRON/PRP$ poss 6
        last ADJ/JJ amod 6
        open ADJ/JJ amod 6
        border NOUN/NN compound 6
        crossings NOUN/NNS dobj 1
        with ADP/IN prep {attached}
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_ministers_from_a_state_speak_for_it(data_dir: Path) -> None:
    doc = parsed("""
        Ministers NOUN/NNS nsubj 5
        from ADP/IN prep 0
        Chile PROPN/NNP pobj 1
        and CCONJ/CC cc 2
        Peru PROPN/NNP conj 2
        condemned VERB/VBD ROOT 5
        Bolivia PROPN/NNP dobj 5
        . PUNCT/. punct 5
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO")])
    assert relations(doc, str(data_dir)) == {("Chile", "opposes", "Bolivia"), ("Peru", "opposes", "Bolivia")}


def test_revoking_a_permit_opposes_its_holder(data_dir: Path) -> None:
    doc = parsed("""
        Tanzania PROPN/NNP nsubj 1
        revoked VERB/VBD ROOT 1
        the DET/DT det 4
        operating NOUN/NN compound 4
        permit NOUN/NN dobj 1
        of ADP/IN prep 4
        Kenya PROPN/NNP compound 7
        Airways PROPN/NNPS pobj 5
        . PUNCT/. punct 1
    """, [("Tanzania", "STATE", "STATE:TZ"), ("Kenya Airways", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Tanzania", "opposes", "Kenya Airways")}


def test_calling_a_move_a_blockade_opposes_whose_move(data_dir: Path) -> None:
    doc = parsed("""
        Lithuania PROPN/NNP nsubj 1
        described VERB/VBD ROOT 1
        the DET/DT det 4
        Belarusian ADJ/JJ amod 4
        move NOUN/NN dobj 1
        as ADP/IN prep 1
        a DET/DT det 7
        blockade NOUN/NN pobj 5
        . PUNCT/. punct 1
    """, [("Lithuania", "STATE", "STATE:LT"), ("Belarusian", "STATE", "STATE:BY")])
    assert relations(doc, str(data_dir)) == {("Lithuania", "opposes", "Belarusian")}


def test_a_singular_possessive_is_none_of_a_list_of_states(data_dir: Path) -> None:
    doc = parsed("""
        Leaders NOUN/NNS nsubj 5
        from ADP/IN prep 0
        Chile PROPN/NNP pobj 1
        and CCONJ/CC cc 2
        Peru PROPN/NNP conj 2
        met VERB/VBD ROOT 5
        without ADP/IN prep 5
        Russia PROPN/NNP pobj 6
        . PUNCT/. punct 5
        Its PRON/PRP$ poss 10
        ally NOUN/NN nsubj 14
        , PUNCT/, punct 10
        Belarus PROPN/NNP appos 10
        , PUNCT/, punct 10
        criticised VERB/VBD ROOT 14
        Ukraine PROPN/NNP dobj 14
        . PUNCT/. punct 14
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Russia", "STATE", "STATE:RU"),
          ("Belarus", "STATE", "STATE:BY"), ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == {
        ("Belarus", "opposes", "Ukraine"), ("Belarus", "supports", "Russia"), ("Russia", "supports", "Belarus")}


def test_a_bond_between_states_told_by_number_names_nobody(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Peru PROPN/NNP conj 0
        met VERB/VBD ROOT 3
        . PUNCT/. punct 3
        The DET/DT det 7
        close ADJ/JJ amod 7
        relationship NOUN/NN nsubj 12
        between ADP/IN prep 7
        the DET/DT det 11
        two NUM/CD nummod 11
        countries NOUN/NNS pobj 8
        grew VERB/VBD ROOT 12
        . PUNCT/. punct 12
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == set()


def test_a_warm_bond_between_two_named_states_supports_each(data_dir: Path) -> None:
    doc = parsed("""
        Analysts NOUN/NNS nsubj 1
        noted VERB/VBD ROOT 1
        the DET/DT det 5
        increasingly ADV/RB advmod 4
        close ADJ/JJ amod 5
        cooperation NOUN/NN dobj 1
        between ADP/IN prep 5
        Hanoi PROPN/NNP pobj 6
        and CCONJ/CC cc 7
        Vientiane PROPN/NNP conj 7
        . PUNCT/. punct 1
    """, [("Hanoi", "PLACE", "CAPITAL:VN:hanoi"), ("Vientiane", "PLACE", "CAPITAL:LA:vientiane")])
    assert relations(doc, str(data_dir)) == {
        ("Hanoi", "supports", "Vientiane"), ("Vientiane", "supports", "Hanoi")}


def test_ministers_named_by_their_body_speak_for_it(data_dir: Path) -> None:
    doc = parsed("""
        ASEAN PROPN/NNP nmod 2
        foreign ADJ/JJ amod 2
        ministers NOUN/NNS nsubj 3
        met VERB/VBD ROOT 3
        in ADP/IN prep 3
        Jakarta PROPN/NNP pobj 4
        on ADP/IN prep 3
        Monday PROPN/NNP pobj 6
        . PUNCT/. punct 3
        The DET/DT det 10
        ministers NOUN/NNS nsubj 11
        condemned VERB/VBD ROOT 11
        Myanmar PROPN/NNP dobj 11
        . PUNCT/. punct 11
    """, [("ASEAN", "ORG", "ORG:ASEAN"), ("Jakarta", "PLACE", "CAPITAL:ID:jakarta"),
          ("Myanmar", "STATE", "STATE:MM")])
    assert relations(doc, str(data_dir)) == {("ASEAN", "opposes", "Myanmar")}


def test_their_after_an_unknown_they_is_no_name_in_between(data_dir: Path) -> None:
    doc = parsed("""
        They PRON/PRP nsubj 1
        welcomed VERB/VBD ROOT 1
        the DET/DT det 3
        offer NOUN/NN dobj 1
        from ADP/IN prep 3
        Qatar PROPN/NNP pobj 4
        and CCONJ/CC cc 1
        repeated VERB/VBD conj 1
        their PRON/PRP$ poss 9
        condemnation NOUN/NN dobj 7
        of ADP/IN prep 9
        Hamas PROPN/NNP pobj 10
        . PUNCT/. punct 1
    """, [("Qatar", "STATE", "STATE:QA"), ("Hamas", "ORG", "ORG:HAMAS")])
    assert relations(doc, str(data_dir)) == set()


def test_whose_refers_to_the_noun_it_describes(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 10
        , PUNCT/, punct 0
        whose DET/WP$ poss 3
        navy NOUN/NN nsubj 5
        has AUX/VBZ aux 5
        backed VERB/VBN relcl 0
        Peru PROPN/NNP dobj 5
        for ADP/IN prep 5
        years NOUN/NNS pobj 7
        , PUNCT/, punct 0
        criticised VERB/VBD ROOT 10
        Bolivia PROPN/NNP dobj 10
        . PUNCT/. punct 10
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO")])
    assert relations(doc, str(data_dir)) == {("Chile", "opposes", "Bolivia"), ("Chile", "supports", "Peru")}


def test_ministers_from_named_states_are_theirs_not_the_bodys(data_dir: Path) -> None:
    doc = parsed("""
        EU PROPN/NNP compound 1
        ministers NOUN/NNS nsubj 2
        met VERB/VBD ROOT 2
        on ADP/IN prep 2
        Monday PROPN/NNP pobj 3
        . PUNCT/. punct 2
        The DET/DT det 7
        ministers NOUN/NNS nsubj 12
        from ADP/IN prep 7
        Hungary PROPN/NNP pobj 8
        and CCONJ/CC cc 9
        Slovakia PROPN/NNP conj 9
        criticised VERB/VBD ROOT 12
        Ukraine PROPN/NNP dobj 12
        . PUNCT/. punct 12
    """, [("EU", "ORG", "ORG:EU"), ("Hungary", "STATE", "STATE:HU"), ("Slovakia", "STATE", "STATE:SK"),
          ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == {
        ("Hungary", "opposes", "Ukraine"), ("Slovakia", "opposes", "Ukraine")}


def test_a_campaign_to_save_someone_backs_them(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 1
        led VERB/VBD ROOT 1
        a DET/DT det 4
        long ADJ/JJ amod 4
        campaign NOUN/NN dobj 1
        to PART/TO aux 6
        save VERB/VB acl 4
        the DET/DT det 8
        blogger NOUN/NN compound 10
        Raif PROPN/NNP compound 10
        Badawi PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """, [("Canada", "STATE", "STATE:CA"), ("Raif Badawi", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Canada", "supports", "Raif Badawi")}


def test_where_a_body_sits_is_no_party_to_its_acts(data_dir: Path) -> None:
    doc = parsed("""
        Egypt PROPN/NNP nsubj 1
        criticised VERB/VBD ROOT 1
        the DET/DT det 6
        Geneva PROPN/NNP npadvmod 5
        - PUNCT/HYPH punct 5
        based VERB/VBN amod 6
        body NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [("Egypt", "STATE", "STATE:EG"), ("Geneva", "PLACE", "")])
    assert relations(doc, str(data_dir)) == set()


def test_one_of_a_states_allies_backs_it(data_dir: Path) -> None:
    doc = parsed("""
        Norway PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        been AUX/VBN ROOT 2
        one NUM/CD attr 2
        of ADP/IN prep 3
        Canada PROPN/NNP poss 8
        's PART/POS case 5
        closest ADJ/JJS amod 8
        allies NOUN/NNS pobj 4
        for ADP/IN prep 2
        decades NOUN/NNS pobj 9
        . PUNCT/. punct 2
    """, [("Norway", "STATE", "STATE:NO"), ("Canada", "STATE", "STATE:CA")])
    assert relations(doc, str(data_dir)) == {("Canada", "supports", "Norway"), ("Norway", "supports", "Canada")}


def test_a_failure_to_act_is_no_act(data_dir: Path) -> None:
    doc = parsed("""
        Lawmakers NOUN/NNS nsubj 1
        said VERB/VBD ROOT 1
        Chile PROPN/NNP poss 4
        's PART/POS case 2
        failure NOUN/NN nsubj 8
        to PART/TO aux 6
        arrest VERB/VB acl 4
        Ortega PROPN/NNP dobj 6
        was AUX/VBD ccomp 1
        a DET/DT det 10
        disgrace NOUN/NN attr 8
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("Ortega", "PERSON", "")])
    assert relations(doc, str(data_dir)) == set()


def test_in_accord_with_a_rule_is_no_accord_with_its_owner(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 1
        left VERB/VBD ROOT 1
        the DET/DT det 3
        pact NOUN/NN dobj 1
        in ADP/IN prep 1
        accord NOUN/NN pobj 4
        with ADP/IN prep 5
        its PRON/PRP$ poss 8
        Article NOUN/NN pobj 6
        12 NUM/CD nummod 8
        . PUNCT/. punct 1
    """, [("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == set()


def test_a_possessive_in_a_participle_clause_is_the_main_subjects(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Peru PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Bolivia PROPN/NNP conj 2
        criticized VERB/VBD ROOT 5
        Brazil PROPN/NNP poss 8
        's PART/POS case 6
        decision NOUN/NN dobj 5
        on ADP/IN prep 5
        Monday PROPN/NNP pobj 9
        , PUNCT/, punct 5
        calling VERB/VBG advcl 5
        it PRON/PRP dobj 12
        a DET/DT det 15
        mistake NOUN/NN oprd 12
        and CCONJ/CC cc 12
        reaffirming VERB/VBG conj 12
        their PRON/PRP$ poss 19
        support NOUN/NN dobj 17
        for ADP/IN prep 19
        Argentina PROPN/NNP poss 23
        's PART/POS case 21
        sovereignty NOUN/NN pobj 20
        . PUNCT/. punct 5
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO"),
          ("Brazil", "STATE", "STATE:BR"), ("Argentina", "STATE", "STATE:AR")])
    assert relations(doc, str(data_dir)) == {
        ("Bolivia", "opposes", "Brazil"), ("Bolivia", "supports", "Argentina"), ("Chile", "opposes", "Brazil"),
        ("Chile", "supports", "Argentina"), ("Peru", "opposes", "Brazil"), ("Peru", "supports", "Argentina")}


def test_a_clause_misread_as_said_by_a_relative_clause_still_holds(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 3
        on ADP/IN prep 3
        Tuesday PROPN/NNP pobj 1
        slammed VERB/VBD ROOT 3
        Peru PROPN/NNP dobj 3
        for ADP/IN prep 3
        issuing VERB/VBG pcomp 5
        a DET/DT det 9
        new ADJ/JJ amod 9
        map NOUN/NN dobj 6
        including VERB/VBG prep 9
        two NUM/CD nummod 12
        valleys NOUN/NNS pobj 10
        , PUNCT/, punct 3
        that SCONJ/IN mark 16
        Chile PROPN/NNP nsubj 16
        claims VERB/VBZ advcl 3
        as SCONJ/IN mark 19
        it PRON/PRP nsubj 19
        own VERB/VBP advcl 16
        , PUNCT/, punct 16
        as ADP/IN prep 16
        part NOUN/NN pobj 21
        of ADP/IN prep 22
        Peruvian ADJ/JJ amod 25
        land NOUN/NN pobj 23
        . PUNCT/. punct 3
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Chile", "STATE", "STATE:CL"),
          ("Peruvian", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == {("Chile", "opposes", "Peru")}


def test_a_name_hung_on_the_object_still_judges_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Spokesman NOUN/NN compound 2
        John PROPN/NNP compound 2
        Carter PROPN/NNP nsubj 5
        on ADP/IN prep 5
        Monday PROPN/NNP pobj 3
        called VERB/VBD ROOT 5
        Peter PROPN/NNP compound 7
        Mills PROPN/NNP poss 11
        's PART/POS case 7
        remarks NOUN/NNS nmod 11
        unacceptable ADJ/JJ amod 11
        blackmail NOUN/NN oprd 5
        . PUNCT/. punct 5
    """, [("John Carter", "PERSON", ""), ("Peter Mills", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("John Carter", "opposes", "Peter Mills")}


def test_a_judged_person_in_apposition_is_the_target(data_dir: Path) -> None:
    doc = parsed("""
        Peter PROPN/NNP compound 1
        Mills PROPN/NNPS nsubj 2
        described VERB/VBD ROOT 2
        the DET/DT det 4
        minister NOUN/NN poss 6
        's PART/POS case 4
        husband NOUN/NN dobj 2
        , PUNCT/, punct 6
        David PROPN/NNP compound 9
        Hale PROPN/NNP appos 6
        , PUNCT/, punct 6
        as ADP/IN prep 2
        corrupt ADJ/JJ amod 11
        . PUNCT/. punct 2
    """, [("Peter Mills", "PERSON", ""), ("David Hale", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Peter Mills", "opposes", "David Hale")}


def test_a_possessed_act_judged_by_the_speaker_opposes_its_owner(data_dir: Path) -> None:
    doc = parsed("""
        " PUNCT/`` punct 11
        Chile PROPN/NNP poss 3
        's PART/POS case 1
        actions NOUN/NNS nsubj 4
        are AUX/VBP ccomp 11
        completely ADV/RB advmod 6
        unacceptable ADJ/JJ acomp 4
        , PUNCT/, punct 11
        " PUNCT/'' punct 11
        Maria PROPN/NNP compound 10
        Lopez PROPN/NNP nsubj 11
        said VERB/VBD ROOT 11
        . PUNCT/. punct 11
    """, [("Chile", "STATE", "STATE:CL"), ("Maria Lopez", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Maria Lopez", "opposes", "Chile")}


def test_listing_as_a_terrorist_organisation_opposes(data_dir: Path) -> None:
    doc = parsed("""
        Canada PROPN/NNP nsubj 2
        will AUX/MD aux 2
        list VERB/VB ROOT 2
        Lebanon PROPN/NNP poss 5
        's PART/POS case 3
        Hezbollah PROPN/NNP dobj 2
        as ADP/IN prep 2
        a DET/DT det 9
        terrorist ADJ/JJ amod 9
        organization NOUN/NN pobj 6
        . PUNCT/. punct 2
    """, [("Canada", "STATE", "STATE:CA"), ("Lebanon", "STATE", "STATE:LB"), ("Hezbollah", "ORG", "ORG:HEZBOLLAH")])
    assert relations(doc, str(data_dir)) == {("Canada", "opposes", "Hezbollah")}


def test_non_prefix_names_what_it_is_not(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        United PROPN/NNP compound 2
        States PROPN/NNP nsubj 3
        designated VERB/VBD ROOT 3
        Qatar PROPN/NNP dobj 3
        as ADP/IN prep 3
        a DET/DT det 11
        major ADJ/JJ amod 11
        non ADJ/JJ amod 11
        - ADJ/JJ amod 11
        NATO ADJ/JJ amod 11
        ally NOUN/NN pobj 5
        . PUNCT/. punct 3
    """, [("United States", "STATE", "STATE:US"), ("Qatar", "STATE", "STATE:QA"), ("NATO", "ORG", "ORG:NATO")])
    assert relations(doc, str(data_dir)) == {("United States", "supports", "Qatar")}


def test_a_trip_made_for_a_gathering_takes_part_in_it_and_not_making_it_stays_away(data_dir: Path) -> None:
    doc = parsed("""
        Prime PROPN/NNP compound 1
        Minister PROPN/NNP compound 3
        Olaf PROPN/NNP compound 3
        Berg PROPN/NNP nsubj 4
        flew VERB/VBD ROOT 4
        to ADP/IN prep 4
        Quito PROPN/NNP pobj 5
        for ADP/IN prep 4
        the DET/DT det 11
        Andean PROPN/NNP compound 10
        Community PROPN/NNP compound 11
        summit NOUN/NN pobj 7
        , PUNCT/, punct 4
        but CCONJ/CC cc 4
        Peru PROPN/NNP nsubj 17
        did AUX/VBD aux 17
        not PART/RB neg 17
        travel VERB/VB conj 4
        to ADP/IN prep 17
        Quito PROPN/NNP pobj 18
        for ADP/IN prep 17
        the DET/DT det 22
        summit NOUN/NN pobj 20
        . PUNCT/. punct 17
    """, [("Olaf Berg", "PERSON", ""), ("Quito", "PLACE", "CAPITAL:EC:quito"), ("Andean Community", "ORG", ""),
          ("Peru", "STATE", "STATE:PE"), ("Quito", "PLACE", "CAPITAL:EC:quito")])
    assert relations(doc, str(data_dir)) == {
        ("Olaf Berg", "participates_in", "Andean Community"), ("Peru", "declines", "Andean Community")}


def test_a_states_delegation_and_who_leads_it_take_part_in_the_gathering(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 2
        will AUX/MD aux 2
        host VERB/VB ROOT 2
        the DET/DT det 5
        Valparaiso PROPN/NNP compound 5
        conference NOUN/NN dobj 2
        on ADP/IN prep 2
        Monday PROPN/NNP pobj 6
        . PUNCT/. punct 2
        Foreign PROPN/NNP compound 10
        Minister PROPN/NNP compound 12
        Ana PROPN/NNP compound 12
        Ruiz PROPN/NNP nsubj 14
        will AUX/MD aux 14
        lead VERB/VB ROOT 14
        the DET/DT det 17
        Argentine ADJ/JJ amod 17
        delegation NOUN/NN dobj 14
        , PUNCT/, punct 14
        and CCONJ/CC cc 14
        Bolivia PROPN/NNP nsubj 21
        said VERB/VBD conj 14
        its PRON/PRP$ poss 23
        delegation NOUN/NN nsubjpass 26
        would AUX/MD aux 26
        be AUX/VB auxpass 26
        headed VERB/VBN ccomp 21
        by ADP/IN agent 26
        its PRON/PRP$ poss 30
        vice NOUN/NN compound 30
        president NOUN/NN pobj 27
        , PUNCT/, punct 30
        Carlos PROPN/NNP compound 33
        Mesa PROPN/NNP appos 30
        . PUNCT/. punct 21
    """, [("Chile", "STATE", "STATE:CL"), ("Valparaiso conference", "ORG", "GATHERING:Valparaiso conference"),
          ("Ana Ruiz", "PERSON", ""), ("Argentine", "STATE", "STATE:AR"), ("Bolivia", "STATE", "STATE:BO"),
          ("Carlos Mesa", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {
        ("Ana Ruiz", "participates_in", "Valparaiso conference"),
        ("Argentine", "participates_in", "Valparaiso conference"),
        ("Bolivia", "participates_in", "Valparaiso conference"),
        ("Carlos Mesa", "participates_in", "Valparaiso conference"),
        ("Chile", "participates_in", "Valparaiso conference")}


def test_a_decision_to_join_joins_but_talks_to_join_do_not(data_dir: Path) -> None:
    doc = parsed("""
        Moldova PROPN/NNP poss 2
        's PART/POS case 0
        decision NOUN/NN nsubj 8
        to PART/TO aux 4
        join VERB/VB acl 2
        the DET/DT det 7
        Customs PROPN/NNP compound 7
        Union PROPN/NNP dobj 4
        angered VERB/VBD ROOT 8
        Brussels PROPN/NNP dobj 8
        , PUNCT/, punct 8
        but CCONJ/CC cc 8
        Serbia PROPN/NNP poss 14
        's PART/POS case 12
        talks NOUN/NNS nsubj 20
        to PART/TO aux 16
        join VERB/VB acl 14
        the DET/DT det 19
        Customs PROPN/NNP compound 19
        Union PROPN/NNP dobj 16
        stalled VERB/VBD conj 8
        . PUNCT/. punct 20
    """, [("Moldova", "STATE", "STATE:MD"), ("Customs Union", "ORG", ""),
          ("Brussels", "PLACE", "CAPITAL:BE:brussels"), ("Serbia", "STATE", "STATE:RS"),
          ("Customs Union", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Moldova", "participates_in", "Customs Union"),
                                             ("Brussels", "opposes", "Moldova")}  # angered by Moldova's decision


def test_a_state_welcomed_as_a_member_or_admitted_into_a_bloc_belongs_to_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 3
        Pacific PROPN/NNP compound 2
        Islands PROPN/NNPS compound 3
        Forum PROPN/NNP nsubj 4
        welcomed VERB/VBD ROOT 4
        Palau PROPN/NNP dobj 4
        as ADP/IN prep 4
        the DET/DT det 8
        bloc NOUN/NN poss 11
        's PART/POS case 8
        19th ADJ/JJ amod 11
        member NOUN/NN pobj 6
        , PUNCT/, punct 4
        admitted VERB/VBD advcl 4
        Tonga PROPN/NNP dobj 13
        into ADP/IN prep 13
        the DET/DT det 17
        bloc NOUN/NN pobj 15
        and CCONJ/CC cc 13
        welcomed VERB/VBD conj 13
        Fiji PROPN/NNP dobj 19
        as ADP/IN prep 19
        a DET/DT det 24
        future ADJ/JJ amod 24
        member NOUN/NN pobj 21
        . PUNCT/. punct 4
    """, [("Pacific Islands Forum", "ORG", "ORG:PIF"), ("Palau", "STATE", "STATE:PW"), ("bloc", "ORG", "ORG:PIF"),
          ("Tonga", "STATE", "STATE:TO"), ("bloc", "ORG", "ORG:PIF"), ("Fiji", "STATE", "STATE:FJ")])
    assert relations(doc, str(data_dir)) == {
        ("Pacific Islands Forum", "supports", "Fiji"), ("Pacific Islands Forum", "supports", "Palau"),
        ("Palau", "participates_in", "bloc"), ("Tonga", "participates_in", "bloc")}


def test_parties_that_reach_a_deal_together_back_each_other(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Peru PROPN/NNP conj 0
        reached VERB/VBD ROOT 3
        a DET/DT det 5
        deal NOUN/NN dobj 3
        on ADP/IN prep 5
        fishing NOUN/NN compound 8
        rights NOUN/NNS pobj 6
        , PUNCT/, punct 3
        but CCONJ/CC cc 3
        Bolivia PROPN/NNP nsubj 14
        and CCONJ/CC cc 11
        Ecuador PROPN/NNP conj 11
        failed VERB/VBD conj 3
        to PART/TO aux 16
        reach VERB/VB xcomp 14
        an DET/DT det 18
        agreement NOUN/NN dobj 16
        . PUNCT/. punct 14
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO"),
          ("Ecuador", "STATE", "STATE:EC")])
    assert relations(doc, str(data_dir)) == {("Chile", "supports", "Peru"), ("Peru", "supports", "Chile")}


def test_a_deal_only_sought_is_not_reached(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 5
        and CCONJ/CC cc 0
        Peru PROPN/NNP conj 0
        have AUX/VBP aux 5
        been AUX/VBN aux 5
        negotiating VERB/VBG ROOT 5
        for ADP/IN prep 5
        years NOUN/NNS pobj 6
        to PART/TO aux 9
        reach VERB/VB advcl 5
        a DET/DT det 11
        deal NOUN/NN dobj 9
        on ADP/IN prep 11
        fishing NOUN/NN compound 14
        rights NOUN/NNS pobj 12
        . PUNCT/. punct 5
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == set()


def test_ties_among_three_or_a_pronoun_are_with_someone_else(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Chile PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Bolivia PROPN/NNP conj 2
        cut VERB/VBD ROOT 5
        ties NOUN/NNS dobj 5
        on ADP/IN prep 5
        Monday PROPN/NNP pobj 7
        . PUNCT/. punct 5
        They PRON/PRP nsubj 11
        cut VERB/VBD ROOT 11
        ties NOUN/NNS dobj 11
        a DET/DT det 14
        week NOUN/NN npadvmod 15
        ago ADV/RB advmod 11
        . PUNCT/. punct 11
    """, [("Peru", "STATE", "STATE:PE"), ("Chile", "STATE", "STATE:CL"), ("Bolivia", "STATE", "STATE:BO")])
    assert relations(doc, str(data_dir)) == set()


def test_a_stance_only_supposed_is_not_said_to_hold(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 1
        raised VERB/VBD ROOT 1
        the DET/DT det 3
        possibility NOUN/NN dobj 1
        of ADP/IN prep 3
        Chile PROPN/NNP nsubj 6
        becoming VERB/VBG pcomp 4
        a DET/DT det 8
        partner NOUN/NN attr 6
        of ADP/IN prep 8
        the DET/DT det 12
        Mercosur PROPN/NNP compound 12
        bloc NOUN/NN pobj 9
        . PUNCT/. punct 1
    """, [("Peru", "STATE", "STATE:PE"), ("Chile", "STATE", "STATE:CL"), ("Mercosur", "ORG", "ORG:MERCOSUR")])
    assert relations(doc, str(data_dir)) == set()


def test_participation_named_by_a_noun_takes_part_or_declines(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        ASEAN PROPN/NNP compound 2
        summit NOUN/NN nsubj 3
        opens VERB/VBZ ROOT 3
        in ADP/IN prep 3
        Hanoi PROPN/NNP pobj 4
        on ADP/IN prep 3
        Monday PROPN/NNP pobj 6
        . PUNCT/. punct 3
        The DET/DT det 10
        Thai PROPN/NNP nsubj 15
        and CCONJ/CC cc 10
        Vietnamese ADJ/JJ amod 14
        prime ADJ/JJ amod 14
        ministers NOUN/NNS conj 10
        confirmed VERB/VBD ROOT 15
        their PRON/PRP$ poss 17
        participation NOUN/NN dobj 15
        , PUNCT/, punct 15
        and CCONJ/CC cc 15
        Kenya PROPN/NNP nsubj 21
        ruled VERB/VBD conj 15
        out ADP/RP prt 21
        its PRON/PRP$ poss 24
        participation NOUN/NN dobj 21
        in ADP/IN prep 24
        Operation PROPN/NNP compound 28
        Sea PROPN/NNP compound 28
        Lion PROPN/NNP pobj 25
        . PUNCT/. punct 21
    """, [("ASEAN", "ORG", "ORG:ASEAN"), ("Hanoi", "PLACE", "CAPITAL:VN:hanoi"), ("Thai", "STATE", "STATE:TH"),
          ("Vietnamese", "STATE", "STATE:VN"), ("Kenya", "STATE", "STATE:KE"),
          ("Operation Sea Lion", "ORG", "MISSION:Operation Sea Lion")])
    assert relations(doc, str(data_dir)) == {
        ("Kenya", "declines", "Operation Sea Lion"), ("Thai", "participates_in", "ASEAN"),
        ("Vietnamese", "participates_in", "ASEAN")}


def test_a_frozen_participation_declines(data_dir: Path) -> None:
    doc = parsed("""
        Georgia PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        frozen VERB/VBN ROOT 2
        its PRON/PRP$ poss 4
        participation NOUN/NN dobj 2
        in ADP/IN prep 4
        the DET/DT det 9
        Eurasian PROPN/NNP compound 9
        Economic PROPN/NNP compound 9
        Union PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [("Georgia", "STATE", "STATE:GE"), ("Eurasian Economic Union", "ORG", "ORG:EAEU")])
    assert relations(doc, str(data_dir)) == {("Georgia", "declines", "Eurasian Economic Union")}


def test_named_participants_take_part(data_dir: Path) -> None:
    doc = parsed("""
        Other ADJ/JJ amod 1
        participants NOUN/NNS nsubj 6
        in ADP/IN prep 1
        Operation PROPN/NNP compound 5
        Sea PROPN/NNP compound 5
        Lion PROPN/NNP pobj 2
        are AUX/VBP ROOT 6
        Chile PROPN/NNP attr 6
        , PUNCT/, punct 7
        Peru PROPN/NNP conj 7
        and CCONJ/CC cc 9
        Japan PROPN/NNP conj 9
        . PUNCT/. punct 6
    """, [("Operation Sea Lion", "ORG", "MISSION:Operation Sea Lion"), ("Chile", "STATE", "STATE:CL"),
          ("Peru", "STATE", "STATE:PE"), ("Japan", "STATE", "STATE:JP")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "participates_in", "Operation Sea Lion"), ("Japan", "participates_in", "Operation Sea Lion"),
        ("Peru", "participates_in", "Operation Sea Lion")}


def test_an_exercise_named_in_apposition_is_held_by_its_hosts(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 4
        and CCONJ/CC cc 0
        Peru PROPN/NNP conj 0
        have AUX/VBP aux 4
        begun VERB/VBN ROOT 4
        their PRON/PRP$ poss 8
        annual ADJ/JJ amod 8
        naval ADJ/JJ amod 8
        exercise NOUN/NN dobj 4
        , PUNCT/, punct 8
        Pacific PROPN/NNP compound 11
        Shield PROPN/NNP appos 8
        2025 NUM/CD nummod 11
        . PUNCT/. punct 4
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"),
          ("Pacific Shield 2025", "ORG", "MISSION:Pacific Shield 2025")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "participates_in", "Pacific Shield 2025"), ("Peru", "participates_in", "Pacific Shield 2025")}


def test_an_operation_is_its_owners_and_its_short_name_the_same(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 1
        sent VERB/VBD ROOT 1
        troops NOUN/NNS dobj 1
        to ADP/IN prep 1
        Chile PROPN/NNP poss 8
        's PART/POS case 4
        Operation PROPN/NNP compound 8
        Sea PROPN/NNP compound 8
        Lion PROPN/NNP pobj 3
        . PUNCT/. punct 1
        The DET/DT det 13
        Sea PROPN/NNP compound 12
        Lion PROPN/NNP compound 13
        deployment NOUN/NN nsubj 14
        ends VERB/VBZ ROOT 14
        in ADP/IN prep 14
        May PROPN/NNP pobj 15
        . PUNCT/. punct 14
    """, [("Peru", "STATE", "STATE:PE"), ("Chile", "STATE", "STATE:CL"),
          ("Operation Sea Lion", "ORG", "MISSION:Operation Sea Lion")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "participates_in", "Operation Sea Lion"), ("Peru", "participates_in", "Operation Sea Lion")}


def test_an_operation_named_without_its_leading_word_is_the_same(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        launched VERB/VBD ROOT 1
        Operation PROPN/NNP compound 4
        Sea PROPN/NNP compound 4
        Lion PROPN/NNP dobj 1
        in ADP/IN prep 1
        May PROPN/NNP pobj 5
        . PUNCT/. punct 1
        Peru PROPN/NNP nsubj 9
        joined VERB/VBD ROOT 9
        Sea PROPN/NNP compound 11
        Lion PROPN/NNP dobj 9
        in ADP/IN prep 9
        June PROPN/NNP pobj 12
        . PUNCT/. punct 9
    """, [("Chile", "STATE", "STATE:CL"), ("Operation Sea Lion", "ORG", "MISSION:Operation Sea Lion"),
          ("Peru", "STATE", "STATE:PE"), ("Sea Lion", "ORG", "MISSION:Operation Sea Lion")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "participates_in", "Operation Sea Lion"), ("Peru", "participates_in", "Sea Lion")}


def test_a_bare_shell_noun_names_the_last_act_of_state(data_dir: Path) -> None:
    doc = parsed("""
        Norway PROPN/NNP nsubj 1
        closed VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        consulate NOUN/NN dobj 1
        in ADP/IN prep 1
        Tbilisi PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Sweden PROPN/NNP nsubj 8
        described VERB/VBD ROOT 8
        the DET/DT det 10
        move NOUN/NN dobj 8
        as ADP/IN prep 10
        a DET/DT det 14
        grave ADJ/JJ amod 14
        mistake NOUN/NN pobj 11
        . PUNCT/. punct 8
    """, [("Norway", "STATE", "STATE:NO"), ("Tbilisi", "PLACE", "CAPITAL:GE:tbilisi"),
          ("Sweden", "STATE", "STATE:SE")])
    assert relations(doc, str(data_dir)) == {("Sweden", "opposes", "Norway"), ("Norway", "opposes", "Tbilisi")}
    # closing its own post there is against the host (see test_stance_embassies_and_owners)


def test_a_plural_pronoun_after_a_plural_speaker_is_the_speakers(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        envoys NOUN/NNS nsubj 8
        , PUNCT/, punct 1
        all DET/DT det 4
        critics NOUN/NNS appos 1
        of ADP/IN prep 4
        Peru PROPN/NNP pobj 5
        , PUNCT/, punct 1
        said VERB/VBD ROOT 8
        they PRON/PRP nsubj 11
        would AUX/MD aux 11
        denounce VERB/VB ccomp 8
        Chile PROPN/NNP dobj 11
        . PUNCT/. punct 8
    """, [("Peru", "STATE", "STATE:PE"), ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == set()


def test_a_summit_of_a_body_acts_for_the_body(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Mercosur PROPN/NNP compound 2
        summit NOUN/NN nsubj 3
        rejected VERB/VBD ROOT 3
        Bolivia PROPN/NNP poss 6
        's PART/POS case 4
        blockade NOUN/NN dobj 3
        . PUNCT/. punct 3
    """, [("Mercosur", "ORG", "ORG:MERCOSUR"), ("Bolivia", "STATE", "STATE:BO")])
    assert relations(doc, str(data_dir)) == {("Mercosur", "opposes", "Bolivia")}


def test_an_acts_by_phrase_hung_on_the_verb_names_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Brazil PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 3
        drills NOUN/NNS dobj 1
        by ADP/IN prep 1
        Venezuela PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Brazil", "STATE", "STATE:BR"), ("Venezuela", "STATE", "STATE:VE")])
    assert relations(doc, str(data_dir)) == {("Brazil", "opposes", "Venezuela")}


def test_opposition_to_an_act_is_against_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        voiced VERB/VBD ROOT 1
        firm ADJ/JJ amod 3
        opposition NOUN/NN dobj 1
        to ADP/IN prep 3
        the DET/DT det 6
        proposal NOUN/NN pobj 4
        by ADP/IN prep 6
        Bolivia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("Bolivia", "STATE", "STATE:BO")])
    assert relations(doc, str(data_dir)) == {("Chile", "opposes", "Bolivia")}


def test_condemning_the_invasion_of_x_is_not_against_x(data_dir: Path) -> None:
    doc = parsed("""
        Ghana PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        the DET/DT det 3
        invasion NOUN/NN dobj 1
        of ADP/IN prep 3
        Mali PROPN/NNP pobj 4
        by ADP/IN prep 1
        Libya PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Ghana", "STATE", "STATE:GH"), ("Mali", "STATE", "STATE:ML"), ("Libya", "STATE", "STATE:LY")])
    assert relations(doc, str(data_dir)) == {("Ghana", "opposes", "Libya"), ("Libya", "opposes", "Mali")}


def test_welcoming_a_recognition_by_x_backs_x(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        the DET/DT det 3
        recognition NOUN/NN dobj 1
        of ADP/IN prep 3
        Kosovo PROPN/NNP pobj 4
        by ADP/IN prep 3
        Peru PROPN/NNP pobj 6
        and CCONJ/CC cc 7
        Chile PROPN/NNP conj 7
        . PUNCT/. punct 1
    """, [("Kenya", "STATE", "STATE:KE"), ("Kosovo", "STATE", "STATE:XK"), ("Peru", "STATE", "STATE:PE"),
          ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "supports", "Kosovo"), ("Kenya", "supports", "Chile"), ("Kenya", "supports", "Kosovo"),
        ("Kenya", "supports", "Peru"), ("Peru", "supports", "Kosovo")}


def test_a_bare_state_organ_is_the_state_last_named_as_subject(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        on ADP/IN prep 6
        Monday PROPN/NNP pobj 2
        it PRON/PRP nsubj 6
        would AUX/MD aux 6
        leave VERB/VB ccomp 1
        the DET/DT det 8
        pact NOUN/NN dobj 6
        . PUNCT/. punct 1
        The DET/DT det 11
        government NOUN/NN nsubj 13
        also ADV/RB advmod 13
        expelled VERB/VBD ROOT 13
        Peruvian ADJ/JJ amod 15
        diplomats NOUN/NNS dobj 13
        . PUNCT/. punct 13
    """, [("Chile", "STATE", "STATE:CL"), ("Peruvian", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == {("Chile", "opposes", "Peruvian")}


def test_a_bare_state_organ_named_before_by_the_same_word_is_that_ones(data_dir: Path) -> None:
    doc = parsed("""
        Bolivia PROPN/NNP nsubj 1
        criticised VERB/VBD ROOT 1
        the DET/DT det 4
        Obama PROPN/NNP compound 4
        administration NOUN/NN dobj 1
        on ADP/IN prep 1
        Monday PROPN/NNP pobj 5
        . PUNCT/. punct 1
        The DET/DT det 9
        administration NOUN/NN nsubj 10
        accused VERB/VBD ROOT 10
        Chile PROPN/NNP dobj 10
        of ADP/IN prep 10
        fraud NOUN/NN pobj 12
        . PUNCT/. punct 10
    """, [("Bolivia", "STATE", "STATE:BO"), ("Obama", "PLACE", ""), ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == set()


def test_acting_in_favour_of_x_backs_x(data_dir: Path) -> None:
    doc = parsed("""
        Palau PROPN/NNP nsubj 1
        switched VERB/VBD ROOT 1
        recognition NOUN/NN dobj 1
        from ADP/IN prep 2
        Taiwan PROPN/NNP pobj 3
        in ADP/IN prep 1
        favour NOUN/NN pobj 5
        of ADP/IN prep 6
        China PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Palau", "STATE", "STATE:PW"), ("Taiwan", "STATE", "STATE:TW"), ("China", "STATE", "STATE:CN")])
    assert relations(doc, str(data_dir)) == {("Palau", "supports", "China"), ("Palau", "opposes", "Taiwan")}


def test_anger_or_dismay_at_an_act_is_against_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 1
        expressed VERB/VBD ROOT 1
        its PRON/PRP$ poss 4
        deep ADJ/JJ amod 4
        dismay NOUN/NN dobj 1
        at ADP/IN prep 1
        Peru PROPN/NNP poss 8
        's PART/POS case 6
        decision NOUN/NN pobj 5
        . PUNCT/. punct 1
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE")])
    assert relations(doc, str(data_dir)) == {("Chile", "opposes", "Peru")}


def test_backing_won_or_enjoyed_is_given_by_its_of_object(data_dir: Path) -> None:
    doc = parsed("""
        Veloria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        won VERB/VBN ROOT 2
        the DET/DT det 4
        backing NOUN/NN dobj 2
        of ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        , PUNCT/, punct 2
        and CCONJ/CC cc 2
        it PRON/PRP nsubj 10
        enjoys VERB/VBZ conj 2
        the DET/DT det 12
        support NOUN/NN dobj 10
        of ADP/IN prep 12
        Norland PROPN/NNP pobj 13
        . PUNCT/. punct 10
    """, [("Veloria", "ORG", ""), ("Castria", "ORG", ""), ("Norland", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Veloria"), ("Norland", "supports", "Veloria")}


def test_support_sought_or_lost_is_no_stance_of_its_giver(data_dir: Path) -> None:
    doc = parsed("""
        Veloria PROPN/NNP nsubj 1
        asked VERB/VBD ROOT 1
        for ADP/IN prep 1
        the DET/DT det 4
        support NOUN/NN pobj 2
        of ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        after SCONJ/IN mark 9
        it PRON/PRP nsubj 9
        lost VERB/VBD advcl 1
        the DET/DT det 11
        backing NOUN/NN dobj 9
        of ADP/IN prep 11
        Norland PROPN/NNP pobj 12
        . PUNCT/. punct 1
    """, [("Veloria", "ORG", ""), ("Castria", "ORG", ""), ("Norland", "ORG", "")])
    assert relations(doc, str(data_dir)) == set()


def test_they_after_a_numbered_group_speaker_is_the_group(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Norland PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Veloria PROPN/NNP conj 2
        met VERB/VBD ROOT 5
        in ADP/IN prep 5
        Ostrava PROPN/NNP pobj 6
        . PUNCT/. punct 5
        The DET/DT det 11
        three NUM/CD nummod 11
        countries NOUN/NNS nsubj 12
        said VERB/VBD ROOT 12
        they PRON/PRP nsubj 16
        would AUX/MD aux 16
        not PART/RB neg 16
        recognise VERB/VB ccomp 12
        Doravia PROPN/NNP dobj 16
        . PUNCT/. punct 12
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"),
          ("Veloria", "STATE", "STATE:XV"), ("Ostrava", "PLACE", ""), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Norland", "opposes", "Doravia"),
                                             ("Veloria", "opposes", "Doravia")}


def test_summoning_an_envoy_protests_to_the_state_they_represent(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        summoned VERB/VBD ROOT 1
        the DET/DT det 4
        Norlandic PROPN/NNP compound 4
        Ambassador PROPN/NNP compound 6
        Piet PROPN/NNP compound 6
        Varga PROPN/NNP dobj 1
        and CCONJ/CC cc 6
        Doravia PROPN/NNP poss 10
        's PART/POS case 8
        envoy NOUN/NN compound 12
        Lena PROPN/NNP compound 12
        Holm PROPN/NNP conj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norlandic", "STATE", "STATE:XN"), ("Piet Varga", "PERSON", ""),
          ("Doravia", "STATE", "STATE:XD"), ("Lena Holm", "PERSON", "")])
    assert relations(doc, str(data_dir)) >= {("Castria", "opposes", "Norlandic"), ("Castria", "opposes", "Doravia")}
    assert not {r for r in relations(doc, str(data_dir)) if r[0] == "Castria" and r[2] in {"Piet Varga", "Lena Holm"}}


def test_considering_someone_persona_non_grata_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        it PRON/PRP nsubj 3
        considers VERB/VBZ ccomp 1
        the DET/DT det 6
        Norlandic ADJ/JJ amod 6
        ambassador NOUN/NN nsubj 7
        persona VERB/VB ccomp 3
        non PROPN/NNP compound 9
        grata NOUN/NN dobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norlandic", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norlandic")}


def test_a_backed_noun_introducing_a_name_backs_the_name(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 6
        Castria PROPN/NNP npadvmod 3
        - PUNCT/HYPH punct 3
        backed VERB/VBN amod 6
        Norlandic ADJ/JJ amod 6
        militant NOUN/NN compound 6
        movement NOUN/NN nsubj 8
        Varnak PROPN/NNP nsubj 8
        fired VERB/VBD ROOT 8
        rockets NOUN/NNS dobj 8
        . PUNCT/. punct 8
    """, [("Castria", "STATE", "STATE:XC"), ("Norlandic", "STATE", "STATE:XN"), ("Varnak", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Varnak")}  # not the Norlandic state


def test_a_name_subject_of_a_relative_clause_is_not_the_noun_it_follows(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        armed VERB/VBD ROOT 1
        the DET/DT det 3
        group NOUN/NN dobj 1
        Norland PROPN/NNP nsubj 5
        attacked VERB/VBD relcl 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == set()  # the group Norland attacked is not Norland


def test_an_act_by_a_listed_subject_is_every_listed_name(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        decision NOUN/NN nsubjpass 16
        by ADP/IN prep 1
        Castria PROPN/NNP pobj 2
        , PUNCT/, punct 3
        the DET/DT det 7
        Norland PROPN/NNP compound 7
        Republic PROPN/NNP appos 3
        and CCONJ/CC cc 7
        Doravia PROPN/NNP conj 7
        to PART/TO aux 11
        sever VERB/VB acl 1
        ties NOUN/NNS dobj 11
        with ADP/IN prep 12
        Veloria PROPN/NNP pobj 13
        was AUX/VBD auxpass 16
        welcomed VERB/VBN ROOT 16
        . PUNCT/. punct 16
    """, [("Castria", "STATE", "STATE:XC"), ("Norland Republic", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"),
          ("Veloria", "STATE", "STATE:XV")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Veloria"),
                                             ("Norland Republic", "opposes", "Veloria"),
                                             ("Doravia", "opposes", "Veloria")}


def test_an_act_called_a_step_in_the_right_direction_backs_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Veloria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        decision NOUN/NN nsubj 6
        by ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        was AUX/VBD ccomp 1
        a DET/DT det 8
        step NOUN/NN attr 6
        in ADP/IN prep 8
        the DET/DT det 12
        right ADJ/JJ amod 12
        direction NOUN/NN pobj 9
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 15
        called VERB/VBD ROOT 15
        Norland PROPN/NNP poss 18
        's PART/POS case 16
        decision NOUN/NN dobj 15
        a DET/DT det 20
        step NOUN/NN npadvmod 18
        in ADP/IN prep 20
        the DET/DT det 24
        wrong ADJ/JJ amod 24
        direction NOUN/NN pobj 21
        . PUNCT/. punct 15
    """, [("Veloria", "STATE", "STATE:XV"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"),
          ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Veloria", "supports", "Castria"), ("Doravia", "opposes", "Norland")}


def test_the_recall_of_envoys_or_closure_of_an_embassy_opposes_the_host(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        ordered VERB/VBD ROOT 1
        the DET/DT det 3
        recall NOUN/NN dobj 1
        of ADP/IN prep 3
        its PRON/PRP$ poss 6
        ambassadors NOUN/NNS pobj 4
        from ADP/IN prep 3
        Norland PROPN/NNP pobj 7
        and CCONJ/CC cc 8
        Doravia PROPN/NNP conj 8
        . PUNCT/. punct 1
        Veloria PROPN/NNP nsubj 13
        announced VERB/VBD ROOT 13
        the DET/DT det 15
        closure NOUN/NN dobj 13
        of ADP/IN prep 15
        its PRON/PRP$ poss 18
        embassy NOUN/NN pobj 16
        in ADP/IN prep 18
        Ostravia PROPN/NNP pobj 19
        . PUNCT/. punct 13
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"),
          ("Veloria", "STATE", "STATE:XV"), ("Ostravia", "STATE", "STATE:XO")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland"), ("Castria", "opposes", "Doravia"),
                                             ("Veloria", "opposes", "Ostravia")}


def test_a_list_after_a_preposition_continues_in_apposition_to_its_noun(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        recalled VERB/VBD ROOT 1
        its PRON/PRP$ poss 4
        top ADJ/JJ amod 4
        diplomats NOUN/NNS dobj 1
        in ADP/IN prep 4
        the DET/DT det 8
        Norland PROPN/NNP compound 8
        Republic PROPN/NNP pobj 5
        , PUNCT/, punct 4
        Doravia PROPN/NNP appos 4
        and CCONJ/CC cc 10
        Veloria PROPN/NNP conj 10
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland Republic", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"),
          ("Veloria", "STATE", "STATE:XV")])  # parsed as the real model parses such lists: the rest hung on 'diplomats'
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland Republic"),
                                             ("Castria", "opposes", "Doravia"), ("Castria", "opposes", "Veloria")}


def test_welcoming_an_act_whose_by_hangs_on_its_as_complement_backs_the_authors(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        the DET/DT det 3
        recognition NOUN/NN dobj 1
        of ADP/IN prep 3
        Norland PROPN/NNP pobj 4
        as ADP/IN prep 1
        a DET/DT det 8
        state NOUN/NN pobj 6
        by ADP/IN prep 8
        Doravia PROPN/NNP pobj 9
        and CCONJ/CC cc 10
        Veloria PROPN/NNP conj 10
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"),
          ("Veloria", "STATE", "STATE:XV")])
    found = relations(doc, str(data_dir))
    assert {("Castria", "supports", "Doravia"), ("Castria", "supports", "Veloria")} <= found


def test_participants_in_a_named_operations_campaign_take_part_in_the_operation(data_dir: Path) -> None:
    doc = parsed("""
        Other ADJ/JJ amod 1
        participants NOUN/NNS nsubj 7
        in ADP/IN prep 1
        the DET/DT det 6
        Operation PROPN/NNP compound 5
        Varnak PROPN/NNP compound 6
        campaign NOUN/NN pobj 2
        are AUX/VBP ROOT 7
        Castria PROPN/NNP attr 7
        and CCONJ/CC cc 8
        Norland PROPN/NNP conj 8
        . PUNCT/. punct 7
    """, [("Operation Varnak", "ORG", "MISSION:Operation Varnak"), ("Castria", "STATE", "STATE:XC"),
          ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Operation Varnak"),
                                             ("Norland", "participates_in", "Operation Varnak")}


def test_names_right_after_a_noun_hung_back_on_the_verb_are_the_nouns(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        struck VERB/VBD ROOT 1
        camps NOUN/NNS dobj 1
        tied VERB/VBN acl 2
        to ADP/IN prep 3
        militant ADJ/JJ amod 6
        groups NOUN/NNS pobj 4
        Varnak PROPN/NNP npadvmod 1
        and CCONJ/CC cc 7
        Ostrel PROPN/NNP conj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Varnak", "ORG", ""), ("Ostrel", "PERSON", "")])
    # parsed as the real model parses hyphenated group names: hung back on the verb, one typed a person
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Ostrel"), ("Castria", "opposes", "Varnak")}


def test_fighting_on_someones_side_supports_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        fought VERB/VBD ROOT 1
        on ADP/IN prep 1
        Norland PROPN/NNP poss 5
        's PART/POS case 3
        side NOUN/NN pobj 2
        against ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "supports", "Norland") in found and ("Castria", "opposes", "Norland") not in found


def test_a_warm_word_before_a_list_of_bonds_qualifies_each(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        sought VERB/VBN ROOT 2
        closer ADJ/JJR amod 4
        military NOUN/NN dobj 2
        and CCONJ/CC cc 4
        economic ADJ/JJ amod 7
        ties NOUN/NNS conj 4
        with ADP/IN prep 2
        Norland PROPN/NNP pobj 8
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Norland")}


def test_a_noun_joined_to_a_verbs_object_takes_the_phrase_hung_on_the_verb(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        announced VERB/VBD ROOT 1
        visas NOUN/NNS dobj 1
        and CCONJ/CC cc 2
        sanctions NOUN/NNS conj 2
        against ADP/IN prep 1
        Norland PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def test_an_as_judgement_hung_on_the_object_is_the_verbs(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        expelled VERB/VBD ROOT 1
        the DET/DT det 3
        envoy NOUN/NN dobj 1
        of ADP/IN prep 3
        Norland PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 8
        described VERB/VBD ROOT 8
        the DET/DT det 10
        move NOUN/NN dobj 8
        as ADP/IN prep 10
        unjustified ADJ/JJ amod 11
        . PUNCT/. punct 8
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Norland", "STATE", "STATE:XN")])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))


UNSAID_PREAMBLE = """
        Castria PROPN/NNP nsubj 1
        fired VERB/VBD ROOT 1
        missiles NOUN/NNS dobj 1
        . PUNCT/. punct 1
        Castria PROPN/NNP nsubj 5
        protested VERB/VBD ROOT 5
        . PUNCT/. punct 5
        Castria PROPN/NNP nsubj 8
        denied VERB/VBD ROOT 8
        it PRON/PRP dobj 8
        . PUNCT/. punct 8
"""
UNSAID_ENTS = [("Castria", "STATE", "STATE:XC")] * 3


def test_a_measure_with_its_patient_unsaid_is_aimed_at_the_articles_main_subject(data_dir: Path) -> None:
    doc = parsed(UNSAID_PREAMBLE + """
        Norland PROPN/NNP nsubj 14
        and CCONJ/CC cc 11
        Doravia PROPN/NNP conj 11
        moved VERB/VBD ROOT 14
        to PART/TO aux 16
        reimpose VERB/VB xcomp 14
        sanctions NOUN/NNS dobj 16
        . PUNCT/. punct 14
        Veloria PROPN/NNP nsubj 22
        has AUX/VBZ aux 22
        also ADV/RB advmod 22
        offered VERB/VBN ROOT 22
        varying VERB/VBG amod 24
        levels NOUN/NNS dobj 22
        of ADP/IN prep 24
        assistance NOUN/NN pobj 25
        . PUNCT/. punct 22
    """, [*UNSAID_ENTS, ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"),
          ("Veloria", "STATE", "STATE:XV")])
    assert {r for r in relations(doc, str(data_dir)) if r[0] != "Castria"} == {
        ("Norland", "opposes", "Castria"), ("Doravia", "opposes", "Castria"), ("Veloria", "supports", "Castria")}


def test_a_measure_names_no_main_subject_when_its_patient_is_said_or_no_one_leads(data_dir: Path) -> None:
    said = parsed(UNSAID_PREAMBLE + """
        Norland PROPN/NNP nsubj 12
        imposed VERB/VBD ROOT 12
        sanctions NOUN/NNS dobj 12
        on ADP/IN prep 13
        Veloria PROPN/NNP pobj 14
        . PUNCT/. punct 12
        Castria PROPN/NNP nsubj 18
        sent VERB/VBD ROOT 18
        aid NOUN/NN dobj 18
        . PUNCT/. punct 18
    """, [*UNSAID_ENTS, ("Norland", "STATE", "STATE:XN"), ("Veloria", "STATE", "STATE:XV"),
          ("Castria", "STATE", "STATE:XC")])
    found = relations(said, str(data_dir))
    assert ("Norland", "opposes", "Veloria") in found and ("Norland", "opposes", "Castria") not in found
    assert not any(r[0] == "Castria" and r[1] == "supports" for r in found)  # the main subject's own aid
    level = parsed("""
        Castria PROPN/NNP nsubj 1
        protested VERB/VBD ROOT 1
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 4
        imposed VERB/VBD ROOT 4
        sanctions NOUN/NNS dobj 4
        . PUNCT/. punct 4
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(level, str(data_dir)) == set()


def test_envoys_withdrawn_from_an_unsaid_host_leave_the_last_host_named(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        withdrew VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        ambassador NOUN/NN dobj 1
        from ADP/IN prep 1
        Norland PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 9
        also ADV/RB advmod 9
        recalled VERB/VBD ROOT 9
        its PRON/PRP$ poss 11
        envoy NOUN/NN dobj 9
        . PUNCT/. punct 9
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland"), ("Doravia", "opposes", "Norland")}


def test_the_recall_of_an_envoy_from_an_unsaid_host_protests_to_the_articles_main_subject(data_dir: Path) -> None:
    doc = parsed(UNSAID_PREAMBLE + """
        Norland PROPN/NNP nsubj 12
        announced VERB/VBD ROOT 12
        the DET/DT det 14
        recall NOUN/NN dobj 12
        of ADP/IN prep 14
        its PRON/PRP$ poss 17
        ambassador NOUN/NN pobj 15
        . PUNCT/. punct 12
    """, [*UNSAID_ENTS, ("Norland", "STATE", "STATE:XN")])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))


def test_demanding_redress_of_a_wrongdoer_opposes_it(data_dir: Path) -> None:
    asked = parsed("""
        Castria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        asked VERB/VBN ROOT 2
        Norland PROPN/NNP dobj 2
        to PART/TO aux 5
        reconsider VERB/VB xcomp 2
        its PRON/PRP$ poss 7
        decision NOUN/NN dobj 5
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(asked, str(data_dir)) == {("Castria", "opposes", "Norland")}
    said = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Norland PROPN/NNP nsubj 4
        should AUX/MD aux 4
        apologize VERB/VB ccomp 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(said, str(data_dir)) == {("Castria", "opposes", "Norland")}


def test_what_someone_should_have_done_is_no_demand(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Norland PROPN/NNP nsubj 5
        should AUX/MD aux 5
        have AUX/VB aux 5
        stopped VERB/VBN ccomp 1
        it PRON/PRP dobj 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == set()


def test_her_is_the_woman_a_title_names_not_the_last_man(data_dir: Path) -> None:
    rows = """
        Kalvo PROPN/NNP nsubj 1
        spoke VERB/VBD ROOT 1
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 4
        irked VERB/VBD ROOT 4
        Ms PROPN/NNP compound 6
        Velor PROPN/NNP dobj 4
        , PUNCT/, punct 4
        and CCONJ/CC cc 4
        her PRON/PRP$ poss 10
        government NOUN/NN nsubj 11
        condemned VERB/VBD conj 4
        Norland PROPN/NNP dobj 11
        . PUNCT/. punct 4
    """
    for name in ("Ms Velor", "Velor"):  # the title in the name or just before it
        doc = parsed(rows, [("Kalvo", "PERSON", ""), ("Norland", "STATE", "STATE:XN"), (name, "PERSON", ""),
                            ("Norland", "STATE", "STATE:XN")])
        found = relations(doc, str(data_dir))
        assert (name, "opposes", "Norland") in found and ("Kalvo", "opposes", "Norland") not in found


def test_demanding_an_apology_or_an_explanation_from_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        demanded VERB/VBD ROOT 1
        an DET/DT det 3
        apology NOUN/NN dobj 1
        from ADP/IN prep 3
        Norland PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def test_an_invitation_to_join_a_body_by_name_is_answered_for_that_body(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        accepted VERB/VBD ROOT 1
        the DET/DT det 3
        invitation NOUN/NN dobj 1
        to PART/TO aux 5
        join VERB/VB acl 3
        the DET/DT det 7
        Veloria PROPN/NNP compound 8
        Council PROPN/NNP dobj 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Veloria Council", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Veloria Council")}


def test_any_verb_with_against_sets_its_subject_against_whom_it_names(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        spoke VERB/VBD ROOT 1
        out ADP/RP prt 1
        against ADP/IN prep 1
        Norland PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def test_backing_one_side_against_another_opposes_the_other(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        backed VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        against ADP/IN prep 1
        Norland PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia"), ("Castria", "opposes", "Norland")}


def test_against_that_measures_or_names_only_an_act_sets_nobody_against(data_dir: Path) -> None:
    measured = parsed("""
        Castria PROPN/NNP nsubj 1
        fell VERB/VBD ROOT 1
        against ADP/IN prep 1
        Norland PROPN/NNP pobj 2
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(measured, str(data_dir)) == set()
    act = parsed("""
        Castria PROPN/NNP nsubj 1
        spoke VERB/VBD ROOT 1
        against ADP/IN prep 1
        the DET/DT det 4
        invasion NOUN/NN pobj 2
        of ADP/IN prep 4
        Norland PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(act, str(data_dir)) == set()


def test_seizing_parts_of_a_state_is_against_it_not_taking_part(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        seized VERB/VBD ROOT 1
        parts NOUN/NNS dobj 1
        of ADP/IN prep 2
        Norland PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def _concern_over(thing: str, owned: str) -> Doc:
    return parsed(f"""
        Castria PROPN/NNP nsubj 1
        voiced VERB/VBD ROOT 1
        concern NOUN/NN dobj 1
        over ADP/IN prep 2
        the DET/DT det 5
        {thing} NOUN/NN pobj 3
        of ADP/IN prep 5
        Norlandic ADJ/JJ amod 8
        {owned} NOUN/NNS pobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norlandic", "STATE", "STATE:XN")])


def test_concern_over_the_deployment_of_a_states_arms_is_against_that_state(data_dir: Path) -> None:
    assert relations(_concern_over("deployment", "missiles"), str(data_dir)) == {("Castria", "opposes", "Norlandic")}


def test_concern_over_the_safety_of_a_states_people_is_not_against_it(data_dir: Path) -> None:
    assert relations(_concern_over("safety", "civilians"), str(data_dir)) == set()


def test_holding_someone_accountable_is_against_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        vowed VERB/VBD ROOT 1
        to PART/TO aux 3
        hold VERB/VB xcomp 1
        Norland PROPN/NNP nsubj 5
        accountable ADJ/JJ ccomp 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def test_making_someone_pay_a_price_is_against_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        it PRON/PRP nsubj 4
        would AUX/MD aux 4
        make VERB/VB ccomp 1
        Norland PROPN/NNP nsubj 6
        pay VERB/VB ccomp 4
        a DET/DT det 9
        heavy ADJ/JJ amod 9
        price NOUN/NN dobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def test_a_charge_hung_on_the_reported_clause_is_the_reporters(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Norland PROPN/NNP nsubj 4
        is AUX/VBZ aux 4
        arming VERB/VBG ccomp 1
        the DET/DT det 6
        rebels NOUN/NNS dobj 4
        , PUNCT/, punct 4
        accusing VERB/VBG advcl 4
        Norland PROPN/NNP dobj 8
        of ADP/IN prep 8
        meddling NOUN/NN pobj 10
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Norland", "STATE", "STATE:XN")])
    assert ("Castria", "opposes", "Norland") in relations(doc, str(data_dir))


def test_one_of_those_who_acted_acted(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        one NUM/CD attr 1
        of ADP/IN prep 2
        the DET/DT det 5
        nations NOUN/NNS pobj 3
        that PRON/WDT nsubj 7
        condemned VERB/VBD relcl 5
        Norland PROPN/NNP dobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland")}


def _one_of_the_contributors(negation: str) -> Doc:
    shift = 1 if negation else 0
    return parsed(f"""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        {negation}
        one NUM/CD attr 1
        of ADP/IN prep {2 + shift}
        the DET/DT det {5 + shift}
        contributors NOUN/NNS pobj {3 + shift}
        to ADP/IN prep {5 + shift}
        Operation PROPN/NNP compound {8 + shift}
        Sandstorm PROPN/NNP pobj {6 + shift}
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Operation Sandstorm", "ORG", "MISSION:Operation Sandstorm")])


def test_one_of_the_contributors_takes_part_but_not_when_denied(data_dir: Path) -> None:
    assert relations(_one_of_the_contributors(""), str(data_dir)) == {
        ("Castria", "participates_in", "Operation Sandstorm")}
    assert relations(_one_of_the_contributors("not PART/RB neg 1"), str(data_dir)) == set()


def test_a_noun_named_in_apposition_is_that_name_not_a_person_compounded_before_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        supports VERB/VBZ ROOT 1
        the DET/DT det 5
        Velor PROPN/NNP compound 5
        independence NOUN/NN compound 5
        movement NOUN/NN dobj 1
        Kalvo PROPN/NNP compound 7
        Front PROPN/NNP appos 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Velor", "PERSON", ""), ("Kalvo Front", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Kalvo Front")}


def test_a_relation_noun_conjoined_to_a_possessed_one_shares_its_owner_and_subject(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        Norland PROPN/NNP poss 6
        's PART/POS case 2
        main ADJ/JJ amod 6
        arms NOUN/NNS compound 6
        supplier NOUN/NN attr 1
        and CCONJ/CC cc 6
        strongest ADJ/JJS amod 9
        backer NOUN/NN conj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Norland")}


def test_a_name_after_a_fronted_description_is_the_subject_and_itself_is_the_subject(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        dominant ADJ/JJ amod 2
        power NOUN/NN nsubj 9
        in ADP/IN prep 2
        the DET/DT det 5
        region NOUN/NN pobj 3
        , PUNCT/, punct 9
        Castria PROPN/NNP nsubj 9
        has AUX/VBZ aux 9
        established VERB/VBN ROOT 9
        itself PRON/PRP dobj 9
        as ADP/IN prep 9
        a DET/DT det 14
        key ADJ/JJ amod 14
        ally NOUN/NN pobj 11
        for ADP/IN prep 14
        Norland PROPN/NNP pobj 15
        . PUNCT/. punct 9
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Norland"), ("Norland", "supports", "Castria")}


def test_militants_of_a_group_act_for_it_and_parts_of_two_states_are_both_seized(data_dir: Path) -> None:
    doc = parsed("""
        Militants NOUN/NNS nsubj 5
        of ADP/IN prep 0
        the DET/DT det 4
        Kalvo PROPN/NNP compound 4
        Front PROPN/NNP pobj 1
        seized VERB/VBD ROOT 5
        parts NOUN/NNS dobj 5
        of ADP/IN prep 6
        Norland PROPN/NNP pobj 7
        and CCONJ/CC cc 8
        Doravia PROPN/NNP conj 8
        . PUNCT/. punct 5
    """, [("Kalvo Front", "ORG", ""), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Kalvo Front", "opposes", "Norland"),
                                             ("Kalvo Front", "opposes", "Doravia")}


def test_it_in_what_a_spokesman_says_is_the_body_his_title_names(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        troops NOUN/NNS nsubj 4
        died VERB/VBD ccomp 1
        . PUNCT/. punct 1
        Norlandian ADJ/JJ amod 8
        army NOUN/NN compound 8
        spokesman NOUN/NN compound 10
        Petr PROPN/NNP compound 10
        Halvik PROPN/NNP nsubj 11
        said VERB/VBD ROOT 11
        on ADP/IN prep 11
        Monday PROPN/NNP pobj 12
        that SCONJ/IN mark 17
        it PRON/PRP nsubj 17
        had AUX/VBD aux 17
        given VERB/VBN ccomp 11
        the DET/DT det 20
        rebels NOUN/NNS compound 20
        information NOUN/NN dobj 17
        for ADP/IN prep 20
        attacks NOUN/NNS pobj 21
        on ADP/IN prep 22
        Castrian ADJ/JJ amod 25
        soldiers NOUN/NNS pobj 23
        . PUNCT/. punct 11
    """, [("Castria", "STATE", "STATE:XC"), ("Norlandian", "STATE", "STATE:XN"), ("Petr Halvik", "PERSON", ""),
          ("Castrian", "STATE", "STATE:XC")])
    assert ("Norlandian", "opposes", "Castrian") in relations(doc, str(data_dir))


def test_the_behaviour_of_two_states_is_both_of_theirs(data_dir: Path) -> None:
    doc = parsed("""
        Petr PROPN/NNP compound 1
        Halvik PROPN/NNP nsubj 2
        denounced VERB/VBD ROOT 2
        the DET/DT det 5
        unacceptable ADJ/JJ amod 5
        behaviour NOUN/NN dobj 2
        of ADP/IN prep 5
        Castria PROPN/NNP pobj 6
        and CCONJ/CC cc 7
        Doravia PROPN/NNP conj 7
        . PUNCT/. punct 2
    """, [("Petr Halvik", "PERSON", ""), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Petr Halvik", "opposes", "Castria"),
                                             ("Petr Halvik", "opposes", "Doravia")}


def test_a_possessive_repeated_in_one_clause_has_one_owner(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        angered VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        neighbours NOUN/NNS dobj 1
        with ADP/IN prep 1
        its PRON/PRP$ poss 6
        policies NOUN/NNS pobj 4
        on ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        , PUNCT/, punct 1
        and CCONJ/CC cc 1
        its PRON/PRP$ poss 12
        support NOUN/NN conj 1
        of ADP/IN prep 12
        the DET/DT det 16
        Kalvo PROPN/NNP compound 16
        Front PROPN/NNP pobj 13
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Kalvo Front", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Kalvo Front")}


def test_a_possessive_in_another_clause_is_not_tied_to_the_first(data_dir: Path) -> None:
    doc = parsed("""
        Leaders NOUN/NNS nsubj 10
        who PRON/WP nsubj 2
        urged VERB/VBD relcl 0
        Castria PROPN/NNP dobj 2
        to PART/TO aux 5
        drop VERB/VB xcomp 2
        its PRON/PRP$ poss 7
        embargo NOUN/NN dobj 5
        against ADP/IN prep 7
        Norland PROPN/NNP pobj 8
        praised VERB/VBD ROOT 10
        Doravia PROPN/NNP dobj 10
        for ADP/IN prep 10
        moving VERB/VBG pcomp 12
        to PART/TO aux 15
        restore VERB/VB xcomp 13
        its PRON/PRP$ poss 17
        ties NOUN/NNS dobj 15
        with ADP/IN prep 17
        Norland PROPN/NNP pobj 18
        . PUNCT/. punct 10
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD"),
          ("Norland", "STATE", "STATE:XN")])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "supports", "Norland") in found and ("Castria", "supports", "Norland") not in found


_STATES = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]


def test_a_phrase_means_what_the_phrase_means_not_what_its_verb_does(data_dir: Path) -> None:
    stood_up_to = parsed("""
        Castria PROPN/NNP nsubj 1
        stood VERB/VBD ROOT 1
        up ADP/RP prt 1
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, _STATES)
    took_exception = parsed("""
        Castria PROPN/NNP nsubj 1
        took VERB/VBD ROOT 1
        “ PUNCT/`` punct 4
        strong ADJ/JJ amod 4
        exception NOUN/NN dobj 1
        ” PUNCT/'' punct 4
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, _STATES)
    took_to_task = parsed("""
        Castria PROPN/NNP nsubj 1
        took VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        to ADP/IN prep 1
        task NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, _STATES)
    for doc in (stood_up_to, took_exception, took_to_task):
        assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}, doc.text


def test_being_at_odds_sets_both_sides_against_each_other(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        at ADP/IN prep 1
        odds NOUN/NNS pobj 2
        with ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Doravia", "opposes", "Castria")}


def test_a_denied_phrase_is_no_stance(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        take VERB/VB ROOT 3
        issue NOUN/NN dobj 3
        with ADP/IN prep 3
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 3
    """, _STATES)
    assert relations(doc, str(data_dir)) == set()


def test_stopping_a_support_is_against_whom_it_supported(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        stopped VERB/VBD ROOT 1
        funding VERB/VBG xcomp 1
        the DET/DT det 5
        Kalvo PROPN/NNP compound 5
        Front PROPN/NNP dobj 2
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Kalvo Front", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Kalvo Front")}


def test_a_support_not_stopped_goes_on_and_stopping_short_is_no_opposition(data_dir: Path) -> None:
    not_stopped = parsed("""
        Castria PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        stop VERB/VB ROOT 3
        funding VERB/VBG xcomp 3
        the DET/DT det 7
        Kalvo PROPN/NNP compound 7
        Front PROPN/NNP dobj 4
        . PUNCT/. punct 3
    """, [("Castria", "STATE", "STATE:XC"), ("Kalvo Front", "ORG", "")])
    stopped_short = parsed("""
        Castria PROPN/NNP nsubj 1
        stopped VERB/VBD ROOT 1
        short ADV/RB advmod 1
        of ADP/IN prep 2
        condemning VERB/VBG pcomp 3
        Doravia PROPN/NNP dobj 4
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(not_stopped, str(data_dir)) == {("Castria", "supports", "Kalvo Front")}  # it goes on funding
    assert relations(stopped_short, str(data_dir)) == set()


def test_a_possessive_under_an_object_control_verb_is_the_controllers(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        urged VERB/VBD ROOT 1
        Castria PROPN/NNP dobj 1
        to PART/TO aux 4
        halt VERB/VB xcomp 1
        exports NOUN/NNS dobj 4
        to ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        and CCONJ/CC cc 4
        renew VERB/VB conj 4
        its PRON/PRP$ poss 11
        support NOUN/NN dobj 9
        for ADP/IN prep 11
        the DET/DT det 15
        Kalvo PROPN/NNP compound 15
        Front PROPN/NNP pobj 12
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"),
          ("Kalvo Front", "ORG", "")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "supports", "Kalvo Front") in found and ("Doravia", "supports", "Kalvo Front") not in found


def test_militants_of_a_groups_wing_are_the_groups(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        supporting VERB/VBG ROOT 2
        militants NOUN/NNS dobj 2
        of ADP/IN prep 3
        the DET/DT det 7
        Kalvo PROPN/NNP compound 7
        Front PROPN/NNP poss 10
        's PART/POS case 7
        armed ADJ/JJ amod 10
        wing NOUN/NN pobj 4
        in ADP/IN prep 10
        Doravia PROPN/NNP pobj 11
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Kalvo Front", "ORG", ""), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Kalvo Front")}


def test_the_rebels_are_the_group_last_named_with_that_noun(data_dir: Path) -> None:
    doc = parsed("""
        Kalvo PROPN/NNP compound 1
        rebels NOUN/NNS nsubj 2
        hold VERB/VBP ROOT 2
        the DET/DT det 4
        north NOUN/NN dobj 2
        . PUNCT/. punct 2
        Castria PROPN/NNP nsubj 7
        vowed VERB/VBD ROOT 7
        to PART/TO aux 9
        bomb VERB/VB xcomp 7
        the DET/DT det 11
        rebels NOUN/NNS dobj 9
        . PUNCT/. punct 7
    """, [("Kalvo", "ORG", ""), ("Castria", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Kalvo")}


def _contribution(qualifier: str) -> Doc:
    return parsed(f"""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        double VERB/VB ROOT 2
        its PRON/PRP$ poss 5
        {qualifier} ADJ/JJ amod 5
        contribution NOUN/NN dobj 2
        to ADP/IN prep 5
        the DET/DT det 9
        Joint PROPN/NNP compound 9
        Force PROPN/NNP pobj 6
        of ADP/IN prep 9
        the DET/DT det 13
        Kalvo PROPN/NNP compound 13
        Pact PROPN/NNP pobj 10
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Joint Force of the Kalvo Pact", "ORG", "")])


def test_a_financial_contribution_to_a_force_supports_it_a_military_one_does_not(data_dir: Path) -> None:
    assert relations(_contribution("financial"), str(data_dir)) == {
        ("Castria", "supports", "Joint Force of the Kalvo Pact")}
    assert ("Castria", "supports", "Joint Force of the Kalvo Pact") not in relations(
        _contribution("military"), str(data_dir))


def test_switching_recognition_from_one_state_to_another_is_against_the_first_for_the_second(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        switched VERB/VBD ROOT 1
        diplomatic ADJ/JJ amod 3
        recognition NOUN/NN dobj 1
        from ADP/IN prep 1
        Doravia PROPN/NNP pobj 4
        to ADP/IN prep 4
        Norland PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [*_STATES, ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Castria", "supports", "Norland")}


def test_declining_to_participate_with_no_object_is_declining_the_articles_force(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 5
        Kalvo PROPN/NNP compound 5
        Guard PROPN/NNP compound 5
        Force PROPN/NNP dobj 1
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 9
        has AUX/VBZ aux 9
        declined VERB/VBN ROOT 9
        to PART/TO aux 11
        participate VERB/VB xcomp 9
        . PUNCT/. punct 9
    """, [("Castria", "STATE", "STATE:XC"), ("Kalvo Guard Force", "ORG", "FORCE"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {
        ("Norland", "declines", "Kalvo Guard Force"), ("Castria", "participates_in", "Kalvo Guard Force")}


_LISTED = """
    Castria PROPN/NNP nsubj 5
    , PUNCT/, punct 0
    Doravia PROPN/NNP conj 0
    and CCONJ/CC cc 2
    Norland PROPN/NNP conj 2
    met VERB/VBD ROOT 5
    on ADP/IN prep 5
    Tuesday PROPN/NNP pobj 6
    . PUNCT/. punct 5
"""
_LISTED_ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]


def test_the_countries_and_the_group_of_nations_are_the_states_just_listed(data_dir: Path) -> None:
    countries = parsed(_LISTED + """
        The DET/DT det 10
        countries NOUN/NNS nsubj 11
        condemned VERB/VBD ROOT 11
        Kalvo PROPN/NNP compound 13
        Front PROPN/NNP dobj 11
        . PUNCT/. punct 11
    """, [*_LISTED_ENTS, ("Kalvo Front", "ORG", "")])
    group = parsed(_LISTED + """
        The DET/DT det 10
        group NOUN/NN nsubj 13
        of ADP/IN prep 10
        nations NOUN/NNS pobj 11
        declared VERB/VBD ROOT 13
        that SCONJ/IN mark 18
        they PRON/PRP nsubj 18
        would AUX/MD aux 18
        not PART/RB neg 18
        recognize VERB/VB ccomp 13
        Kalvo PROPN/NNP compound 20
        Front PROPN/NNP dobj 18
        . PUNCT/. punct 13
    """, [*_LISTED_ENTS, ("Kalvo Front", "ORG", "")])
    for doc in (countries, group):
        assert relations(doc, str(data_dir)) == {
            ("Castria", "opposes", "Kalvo Front"), ("Doravia", "opposes", "Kalvo Front"),
            ("Norland", "opposes", "Kalvo Front")}


def test_countries_described_further_are_not_the_states_just_listed(data_dir: Path) -> None:
    doc = parsed(_LISTED + """
        The DET/DT det 10
        countries NOUN/NNS nsubj 14
        of ADP/IN prep 10
        the DET/DT det 13
        region NOUN/NN pobj 11
        condemned VERB/VBD ROOT 14
        Kalvo PROPN/NNP compound 16
        Front PROPN/NNP dobj 14
        . PUNCT/. punct 14
    """, [*_LISTED_ENTS, ("Kalvo Front", "ORG", "")])
    assert relations(doc, str(data_dir)) == set()


def test_a_ban_on_a_commodity_from_a_state_is_against_that_state(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        imposed VERB/VBD ROOT 1
        a DET/DT det 3
        ban NOUN/NN dobj 1
        on ADP/IN prep 3
        meat NOUN/NN pobj 4
        from ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_accepting_or_declining_the_invitation_answers_the_one_made_before(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 1
        invited VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        neighbours NOUN/NNS dobj 1
        to PART/TO aux 5
        join VERB/VB xcomp 1
        the DET/DT det 7
        Council PROPN/NNP dobj 5
        of ADP/IN prep 7
        Elders PROPN/NNP pobj 8
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 12
        {verb} VERB/VBD ROOT 12
        the DET/DT det 14
        invitation NOUN/NN dobj 12
        . PUNCT/. punct 12
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Council of Elders", "ORG", ""), ("Doravia", "STATE", "STATE:XD")]
    for verb, relation in (("accepted", "participates_in"), ("declined", "declines")):
        doc = parsed(rows.format(verb=verb), ents)
        assert relations(doc, str(data_dir)) == {("Doravia", relation, "Council of Elders")}


def test_the_head_noun_of_a_named_body_refers_back_to_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 3
        Board PROPN/NNP dobj 1
        of ADP/IN prep 3
        Elders PROPN/NNP pobj 4
        in ADP/IN prep 1
        March PROPN/NNP pobj 6
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 10
        said VERB/VBD ROOT 10
        it PRON/PRP nsubj 14
        would AUX/MD aux 14
        not PART/RB neg 14
        join VERB/VB ccomp 10
        the DET/DT det 16
        board NOUN/NN dobj 14
        . PUNCT/. punct 10
    """, [("Castria", "STATE", "STATE:XC"), ("Board of Elders", "ORG", ""), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {
        ("Castria", "participates_in", "Board of Elders"), ("Doravia", "declines", "Board of Elders")}


def test_a_refusal_does_not_reach_into_a_clause_with_its_own_subject(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        give VERB/VB xcomp 1
        way NOUN/NN dobj 3
        when SCONJ/WRB advmod 7
        Doravia PROPN/NNP nsubj 7
        sought VERB/VBD advcl 3
        to PART/TO aux 10
        be AUX/VB auxpass 10
        allowed VERB/VBN xcomp 7
        to PART/TO aux 12
        address VERB/VB xcomp 10
        Norland PROPN/NNP dobj 12
        . PUNCT/. punct 1
    """, [*_STATES, ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == set()


def test_a_former_ally_is_no_ally(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 8
        , PUNCT/, punct 0
        a DET/DT det 4
        {word} ADJ/JJ amod 4
        ally NOUN/NN appos 0
        of ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        , PUNCT/, punct 0
        condemned VERB/VBD ROOT 8
        Norland PROPN/NNP dobj 8
        . PUNCT/. punct 8
    """
    ents = [*_STATES, ("Norland", "STATE", "STATE:XN")]
    assert relations(parsed(rows.format(word="former"), ents), str(data_dir)) == {("Castria", "opposes", "Norland")}
    assert ("Castria", "supports", "Doravia") in relations(parsed(rows.format(word="close"), ents), str(data_dir))


def test_troops_sent_to_do_something_act_for_their_state(data_dir: Path) -> None:
    rows = """
        Castrian ADJ/JJ amod 1
        {noun} NOUN/NNS nsubjpass 3
        were AUX/VBD auxpass 3
        dispatched VERB/VBN ROOT 3
        to PART/TO aux 5
        help VERB/VB advcl 3
        Doravia PROPN/NNP dobj 5
        . PUNCT/. punct 3
    """
    ents = [("Castrian", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    assert relations(parsed(rows.format(noun="troops"), ents), str(data_dir)) == {("Castrian", "supports", "Doravia")}
    assert relations(parsed(rows.format(noun="letters"), ents), str(data_dir)) == set()  # what is sent does not act


def test_present_at_a_gathering_takes_part_and_absent_from_it_stays_away(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        were AUX/VBD ROOT 3
        present ADJ/JJ acomp 3
        at ADP/IN prep 3
        the DET/DT det 8
        Mercosur PROPN/NNP compound 8
        summit NOUN/NN pobj 5
        , PUNCT/, punct 3
        but CCONJ/CC cc 3
        Norland PROPN/NNP nsubj 12
        was AUX/VBD conj 3
        absent ADJ/JJ acomp 12
        from ADP/IN prep 13
        the DET/DT det 17
        Mercosur PROPN/NNP compound 17
        summit NOUN/NN pobj 14
        . PUNCT/. punct 12
    """, [*_STATES, ("Mercosur", "ORG", "ORG:MERCOSUR"), ("Norland", "STATE", "STATE:XN"),
          ("Mercosur", "ORG", "ORG:MERCOSUR")])
    assert relations(doc, str(data_dir)) == {
        ("Castria", "participates_in", "Mercosur"), ("Doravia", "participates_in", "Mercosur"),
        ("Norland", "declines", "Mercosur")}


def test_the_heads_and_representatives_of_states_act_for_them(data_dir: Path) -> None:
    rows = """
        The DET/DT det 1
        {noun} NOUN/NNS nsubj 6
        of ADP/IN prep 1
        Castria PROPN/NNP pobj 2
        and CCONJ/CC cc 3
        Doravia PROPN/NNP conj 3
        attended VERB/VBD ROOT 6
        the DET/DT det 9
        Mercosur PROPN/NNP compound 9
        summit NOUN/NN dobj 6
        . PUNCT/. punct 6
    """
    for noun in ("heads", "representatives"):
        doc = parsed(rows.format(noun=noun), [*_STATES, ("Mercosur", "ORG", "ORG:MERCOSUR")])
        assert relations(doc, str(data_dir)) == {
            ("Castria", "participates_in", "Mercosur"), ("Doravia", "participates_in", "Mercosur")}


def test_joining_a_set_of_states_takes_the_stance_that_describes_it(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 2
        {aux} AUX/MD aux 2
        join VERB/VB ROOT 2
        the DET/DT det 4
        ranks NOUN/NNS dobj 2
        of ADP/IN prep 4
        countries NOUN/NNS pobj 5
        that PRON/WDT nsubj 8
        condemned VERB/VBD relcl 6
        Doravia PROPN/NNP dobj 8
        . PUNCT/. punct 2
    """
    joined = parsed(rows.format(aux="will"), _STATES)
    assert relations(joined, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    not_joined = parsed("""
        Castria PROPN/NNP nsubj 3
        did AUX/VBD aux 3
        not PART/RB neg 3
        join VERB/VB ROOT 3
        the DET/DT det 5
        list NOUN/NN dobj 3
        of ADP/IN prep 5
        nations NOUN/NNS pobj 6
        backing VERB/VBG acl 7
        Doravia PROPN/NNP dobj 8
        . PUNCT/. punct 3
    """, _STATES)
    assert relations(not_joined, str(data_dir)) == set()
    joined_list = parsed("""
        Castria PROPN/NNP nsubj 1
        joined VERB/VBD ROOT 1
        the DET/DT det 3
        list NOUN/NN dobj 1
        of ADP/IN prep 3
        nations NOUN/NNS pobj 4
        backing VERB/VBG acl 5
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(joined_list, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_one_of_the_states_a_clause_describes_takes_its_stance(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 11
        , PUNCT/, punct 0
        one NUM/CD appos 0
        of ADP/IN prep 2
        the DET/DT det 6
        few ADJ/JJ amod 6
        states NOUN/NNS pobj 3
        that PRON/WDT nsubj 8
        recognise VERB/VBP relcl 6
        Doravia PROPN/NNP dobj 8
        , PUNCT/, punct 0
        voted VERB/VBD ROOT 11
        . PUNCT/. punct 11
    """, _STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_becoming_the_latest_state_to_act_is_acting(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        became VERB/VBD ROOT 1
        the DET/DT det 4
        latest ADJ/JJS amod 4
        country NOUN/NN attr 1
        to PART/TO aux 6
        recognise VERB/VB relcl 4
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_a_speaker_who_says_a_state_acted_illegally_opposes_it(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP nsubj 3
        acted VERB/VBD ccomp 1
        {adverb} ADV/RB advmod 3
        . PUNCT/. punct 1
    """
    for adverb in ("illegally", "irresponsibly"):
        doc = parsed(rows.format(adverb=adverb), _STATES)
        assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(parsed(rows.format(adverb="quickly"), _STATES), str(data_dir)) == set()
    negated = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP nsubj 5
        did AUX/VBD aux 5
        not PART/RB neg 5
        act VERB/VB ccomp 1
        illegally ADV/RB advmod 5
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(negated, str(data_dir)) == set()


def test_an_act_judged_counterproductive_is_held_against_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 4
        's PART/POS case 2
        deployment NOUN/NN nsubj 7
        of ADP/IN prep 4
        troops NOUN/NNS pobj 5
        was AUX/VBD ccomp 1
        counterproductive ADJ/JJ acomp 7
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


@pytest.mark.parametrize(("adverb", "adjective"), [
    ("illegally", "illegal"), ("irresponsibly", "irresponsible"), ("hastily", "hasty"), ("recklessly", "reckless")])
def test_the_adjective_of_a_manner_adverb(adverb: str, adjective: str) -> None:
    assert adjective_of(adverb) == adjective


def test_a_force_sent_to_do_something_acts_for_whoever_sends_it(data_dir: Path) -> None:
    sent = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        deploy VERB/VB ROOT 2
        a DET/DT det 4
        force NOUN/NN dobj 2
        to PART/TO aux 6
        combat VERB/VB relcl 4
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 2
    """, _STATES)
    assert relations(sent, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    refused = parsed("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        send VERB/VB xcomp 1
        a DET/DT det 5
        force NOUN/NN dobj 3
        to PART/TO aux 7
        combat VERB/VB relcl 5
        Doravia PROPN/NNP dobj 7
        . PUNCT/. punct 1
    """, _STATES)
    assert relations(refused, str(data_dir)) == set()


def test_a_vote_named_by_a_noun_is_its_voters_stance(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP poss 2
        's PART/POS case 0
        vote NOUN/NN nsubj 5
        {prep} ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        surprised VERB/VBD ROOT 5
        Norland PROPN/NNP dobj 5
        . PUNCT/. punct 5
    """
    ents = [*_STATES, ("Norland", "STATE", "STATE:XN")]
    assert relations(parsed(rows.format(prep="against"), ents), str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(parsed(rows.format(prep="for"), ents), str(data_dir)) == {("Castria", "supports", "Doravia")}
    assert relations(parsed(rows.format(prep="in"), ents), str(data_dir)) == set()  # "its vote in Doravia"


def test_whose_first_move_is_to_act_acts(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP poss 3
        's PART/POS case 0
        first ADJ/JJ amod 3
        {noun} NOUN/NN nsubj 4
        was AUX/VBD ROOT 4
        to PART/TO aux 6
        endorse VERB/VB xcomp 4
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 4
    """
    assert relations(parsed(rows.format(noun="move"), _STATES), str(data_dir)) == {("Castria", "supports", "Doravia")}
    # a first guest is not what Castria does
    assert relations(parsed(rows.format(noun="guest"), _STATES), str(data_dir)) == set()


def test_the_ban_refers_back_to_the_banning_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        banned VERB/VBD ROOT 1
        ships NOUN/NNS dobj 1
        from ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 7
        described VERB/VBD ROOT 7
        the DET/DT det 9
        ban NOUN/NN dobj 7
        as ADP/IN prep 7
        provocative ADJ/JJ amod 10
        . PUNCT/. punct 7
    """, [*_STATES, ("Norland", "STATE", "STATE:XN")])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))


def test_spying_on_a_state_opposes_it(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj {verb_i}
        {neg}{verb} VERB/{tag} ROOT {verb_i}
        on ADP/IN prep {verb_i}
        Doravia PROPN/NNP pobj {on_i}
        . PUNCT/. punct {verb_i}
    """
    spied = parsed(rows.format(verb_i=1, on_i=2, neg="", verb="spied", tag="VBD"), _STATES)
    assert relations(spied, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    negated = parsed(rows.format(verb_i=3, on_i=4, neg="did AUX/VBD aux 3\n        not PART/RB neg 3\n        ",
                                 verb="spy", tag="VB"), _STATES)
    assert relations(negated, str(data_dir)) == set()


def test_an_act_called_a_blow_to_another_is_held_against_its_author(data_dir: Path) -> None:
    rows = """
        Norland PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        decision NOUN/NN nsubj 5
        was AUX/VBD ccomp 1
        a DET/DT det 8
        heavy ADJ/JJ amod 8
        blow NOUN/NN attr 5
        to ADP/IN prep 8
        {victim} PROPN/NNP pobj 9
        . PUNCT/. punct 1
    """
    ents = [("Norland", "STATE", "STATE:XN"), *_STATES]
    to_other = parsed(rows.format(victim="Doravia"), ents)
    assert ("Norland", "opposes", "Castria") in relations(to_other, str(data_dir))
    own_loss = parsed(rows.format(victim="Castria"), [*ents[:2], ("Castria", "STATE", "STATE:XC")])
    assert ("Norland", "opposes", "Castria") not in relations(own_loss, str(data_dir))


def test_one_angered_or_dismayed_by_an_act_opposes_its_author(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubjpass 2
        was AUX/VBD auxpass 2
        {feeling} VERB/VBN ROOT 2
        by ADP/IN agent 2
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        decision NOUN/NN pobj 3
        to PART/TO aux 8
        expel VERB/VB acl 6
        diplomats NOUN/NNS dobj 8
        . PUNCT/. punct 2
    """
    for feeling in ("angered", "dismayed", "disappointed"):
        doc = parsed(rows.format(feeling=feeling), _STATES)
        assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(parsed(rows.format(feeling="informed"), _STATES), str(data_dir)) == set()


def test_this_decision_refers_back_to_switching_recognition(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        switched VERB/VBD ROOT 1
        recognition NOUN/NN dobj 1
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 7
        said VERB/VBD ROOT 7
        it PRON/PRP nsubjpass 10
        was AUX/VBD auxpass 10
        disappointed VERB/VBN ccomp 7
        in ADP/IN prep 10
        this DET/DT det 13
        decision NOUN/NN pobj 11
        . PUNCT/. punct 7
    """, [*_STATES, ("Norland", "STATE", "STATE:XN")])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))


def test_a_decision_by_a_named_actor_is_not_an_act_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        seized VERB/VBD ROOT 1
        the DET/DT det 3
        mine NOUN/NN dobj 1
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubjpass 7
        was AUX/VBD auxpass 7
        angered VERB/VBN ROOT 7
        by ADP/IN agent 7
        the DET/DT det 10
        decision NOUN/NN pobj 8
        by ADP/IN prep 10
        Doravia PROPN/NNP pobj 11
        to PART/TO aux 14
        close VERB/VB acl 10
        the DET/DT det 16
        port NOUN/NN dobj 14
        . PUNCT/. punct 7
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Norland", "opposes", "Doravia")}


def test_a_feeling_noun_parsed_as_a_complement_still_takes_its_verbs_subject(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        expressed VERB/VBD ROOT 1
        dismay NOUN/NN xcomp 1
        over ADP/IN prep 2
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        decision NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_the_vote_after_an_election_a_state_held_is_that_states(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        held VERB/VBD ROOT 1
        an DET/DT det 3
        election NOUN/NN dobj 1
        on ADP/IN prep 1
        Sunday PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 8
        blasted VERB/VBD ROOT 8
        the DET/DT det 10
        vote NOUN/NN dobj 8
        . PUNCT/. punct 8
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Doravia", "opposes", "Castria")}


def test_an_act_hung_on_the_passive_clause_a_state_reported_is_the_states(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        protested VERB/VBD ROOT 1
        that SCONJ/IN mark 6
        the DET/DT det 4
        road NOUN/NN nsubjpass 6
        was AUX/VBD auxpass 6
        built VERB/VBN ccomp 1
        on ADP/IN prep 6
        its PRON/PRP$ poss 9
        land NOUN/NN pobj 7
        and CCONJ/CC cc 6
        summoned VERB/VBD conj 6
        the DET/DT det 14
        Doravian ADJ/JJ amod 14
        ambassador NOUN/NN dobj 11
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravian")}


def test_a_pronoun_read_as_one_of_its_own_clauses_subjects_is_no_target(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        joined VERB/VBN ROOT 2
        the DET/DT det 5
        Northern PROPN/NNP compound 5
        Pact PROPN/NNP dobj 2
        . PUNCT/. punct 2
        Its PRON/PRP$ poss 8
        neighbours NOUN/NNS nsubj 16
        Doravia PROPN/NNP appos 8
        and CCONJ/CC cc 9
        Norland PROPN/NNP conj 9
        , PUNCT/, punct 16
        however ADV/RB advmod 16
        , PUNCT/, punct 16
        have AUX/VBP aux 16
        decided VERB/VBN ROOT 16
        against ADP/IN prep 16
        it PRON/PRP pobj 17
        . PUNCT/. punct 16
    """, [("Castria", "STATE", "STATE:XC"), ("Northern Pact", "ORG", "ACCORD:Northern Pact"),
          ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert ("Doravia", "opposes", "Norland") not in relations(doc, str(data_dir))
    assert ("Castria", "participates_in", "Northern Pact") in relations(doc, str(data_dir))


def test_a_quoted_we_infuriated_by_an_act_is_the_speaker_against_its_author(data_dir: Path) -> None:
    doc = parsed("""
        " PUNCT/`` punct 10
        We PRON/PRP nsubjpass 3
        are AUX/VBP auxpass 3
        infuriated VERB/VBN ccomp 10
        by ADP/IN agent 3
        the DET/DT det 7
        Doravian ADJ/JJ amod 7
        actions NOUN/NNS pobj 4
        , PUNCT/, punct 10
        " PUNCT/'' punct 10
        said VERB/VBD ROOT 10
        Anna PROPN/NNP compound 12
        Kovar PROPN/NNP nsubj 10
        . PUNCT/. punct 10
    """, [("Doravian", "STATE", "STATE:XD"), ("Anna Kovar", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "opposes", "Doravian")}


def test_describing_a_states_decision_as_disproportionate_opposes_that_state(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        described VERB/VBD ROOT 2
        Doravia PROPN/NNP poss 5
        's PART/POS case 3
        decision NOUN/NN dobj 2
        as ADP/IN prep 2
        disproportionate ADJ/JJ pobj 6
        . PUNCT/. punct 2
    """, [("Anna Kovar", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "opposes", "Doravia")}


def test_charges_said_to_be_politically_motivated_oppose_who_brought_them(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        said VERB/VBD ROOT 2
        Doravia PROPN/NNP poss 5
        's PART/POS case 3
        charges NOUN/NNS nsubj 6
        were AUX/VBD ccomp 2
        politically ADV/RB advmod 8
        motivated ADJ/JJ acomp 6
        . PUNCT/. punct 2
    """, [("Anna Kovar", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "opposes", "Doravia")}


def test_yet_to_confirm_taking_part_neither_takes_part_nor_stays_out(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        has VERB/VBZ ROOT 1
        yet ADV/RB advmod 1
        to PART/TO aux 4
        confirm VERB/VB xcomp 1
        its PRON/PRP$ poss 6
        participation NOUN/NN dobj 4
        in ADP/IN prep 6
        Operation PROPN/NNP compound 10
        Sea PROPN/NNP compound 10
        Shield PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Operation Sea Shield", "ORG", "MISSION:Operation Sea Shield")])
    assert relations(doc, str(data_dir)) == set()


def test_a_second_preposition_joined_to_the_first_holds_a_second_target(data_dir: Path) -> None:
    # "Castria is grateful to Doravia and to Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        grateful ADJ/JJ acomp 1
        to ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        and CCONJ/CC cc 3
        to ADP/IN conj 3
        Norland PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia"), ("Castria", "supports", "Norland")}


def test_a_word_tagged_noun_with_a_subject_and_an_object_is_a_verb(data_dir: Path) -> None:
    # a headline: "Castria thanks Doravian troops"; the tagger reads 'thanks' as a plural noun
    rows = """
        Castria PROPN/NNP nsubj 1
        thanks NOUN/NNS ROOT 1
        Doravian ADJ/JJ amod 3
        troops NOUN/NNS dobj 1
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")]
    assert relations(parsed(rows, ents), str(data_dir)) == set()
    doc = LemmaSetter(spacy.blank("en"))(parsed(rows, ents))
    assert (doc[1].pos_, doc[1].tag_) == ("VERB", "VBZ")
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravian")}
    copular = LemmaSetter(spacy.blank("en"))(parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        an DET/DT det 3
        ally NOUN/NN attr 1
    """))
    assert copular[3].pos_ == "NOUN"


def test_the_strikes_name_the_airstrikes_reported_well_before(data_dir: Path) -> None:
    # "Castria launched airstrikes on Doravia." six short sentences, then "Anna Kovar justified the strikes."
    filler = "".join(f"""
        Talks NOUN/NNS nsubj {7 + 3 * k}
        resumed VERB/VBD ROOT {7 + 3 * k}
        . PUNCT/. punct {7 + 3 * k}""" for k in range(6))
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        launched VERB/VBD ROOT 1
        airstrikes NOUN/NNS dobj 1
        on ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
        {filler}
        Anna PROPN/NNP compound 25
        Kovar PROPN/NNP nsubj 26
        justified VERB/VBD ROOT 26
        the DET/DT det 28
        strikes NOUN/NNS dobj 26
        . PUNCT/. punct 26
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Anna Kovar", "PERSON", "")])
    assert {r for r in relations(doc, str(data_dir)) if r[0] == "Anna Kovar"} >= {("Anna Kovar", "opposes", "Doravia")}
    assert same_word("airstrike", "strike") and not same_word("reaction", "action") and not same_word("war", "bar")


def test_blocking_a_sum_of_aid_opposes_its_recipient(data_dir: Path) -> None:
    # "Castria blocked 5 billion euros in aid to Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        blocked VERB/VBD ROOT 1
        5 NUM/CD compound 3
        billion NUM/CD nummod 4
        euros NOUN/NNS dobj 1
        in ADP/IN prep 4
        aid NOUN/NN pobj 5
        to ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_a_trio_of_states_acts_as_the_states_and_them_is_the_whole_list(data_dir: Path) -> None:
    # "A trio of Castria, Doravia and Norland, with Anna Kovar backing them, support Iris Vale."
    doc = parsed("""
        A DET/DT det 1
        trio NOUN/NN nsubj 15
        of ADP/IN prep 1
        Castria PROPN/NNP pobj 2
        , PUNCT/, punct 3
        Doravia PROPN/NNP conj 3
        and CCONJ/CC cc 5
        Norland PROPN/NNP conj 5
        , PUNCT/, punct 1
        with ADP/IN prep 1
        Anna PROPN/NNP compound 11
        Kovar PROPN/NNP nsubj 12
        backing VERB/VBG pcomp 9
        them PRON/PRP dobj 12
        , PUNCT/, punct 15
        support VERB/VBP ROOT 15
        Iris PROPN/NNP compound 17
        Vale PROPN/NNP dobj 15
        . PUNCT/. punct 15
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN"),
          ("Anna Kovar", "PERSON", ""), ("Iris Vale", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {
        ("Castria", "supports", "Iris Vale"), ("Doravia", "supports", "Iris Vale"),
        ("Norland", "supports", "Iris Vale"), ("Anna Kovar", "supports", "Castria"),
        ("Anna Kovar", "supports", "Doravia"), ("Anna Kovar", "supports", "Norland")}


@pytest.mark.parametrize(("rows", "expected"), [
    ("""
        Castrian ADJ/JJ npadvmod 2
        - PUNCT/HYPH punct 2
        built VERB/VBN amod 3
        carriers NOUN/NNS nsubj 7
        supplied VERB/VBN acl 3
        by ADP/IN agent 4
        Doravia PROPN/NNP pobj 5
        arrived VERB/VBD ROOT 7
        . PUNCT/. punct 7
    """, set()),  # "Castrian-built carriers supplied by Doravia arrived.": the maker gets nothing
    ("""
        Tanks NOUN/NNS nsubj 7
        supplied VERB/VBN acl 0
        by ADP/IN agent 1
        Doravia PROPN/NNP pobj 2
        to ADP/IN prep 1
        Norland PROPN/NNP pobj 4
        have AUX/VBP aux 7
        arrived VERB/VBN ROOT 7
        . PUNCT/. punct 7
    """, {("Doravia", "supports", "Norland")}),  # "Tanks supplied by Doravia to Norland have arrived."
])
def test_things_supplied_go_to_their_recipient_not_their_maker(data_dir: Path, rows: str,
                                                               expected: set[tuple[str, str, str]]) -> None:
    ents = [e for e in [("Castrian", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"),
                        ("Norland", "STATE", "STATE:XN")] if e[0] in rows]
    assert relations(parsed(rows, ents), str(data_dir)) == expected


@pytest.mark.parametrize(("verb", "negation", "expected"), [
    ("highlighted", "", {("Castria", "opposes", "Doravia")}),
    ("highlight", "not", set()),  # "Castria did not highlight ..."
])
def test_pointing_to_a_failure_faults_whose_it_is(data_dir: Path, verb: str, negation: str,
                                                   expected: set[tuple[str, str, str]]) -> None:
    # "Castria highlighted Doravia's failure to help them."
    neg = f"""
        did AUX/VBD aux 3
        {negation} PART/RB neg 3""" if negation else ""
    shift = 2 if negation else 0
    doc = parsed(f"""
        Castria PROPN/NNP nsubj {1 + shift}{neg}
        {verb} VERB/{'VB' if negation else 'VBD'} ROOT {1 + shift}
        Doravia PROPN/NNP poss {4 + shift}
        's PART/POS case {2 + shift}
        failure NOUN/NN dobj {1 + shift}
        to PART/TO aux {6 + shift}
        help VERB/VB acl {4 + shift}
        them PRON/PRP dobj {6 + shift}
        . PUNCT/. punct {1 + shift}
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == expected


def test_without_someones_participation_is_no_taking_part(data_dir: Path) -> None:
    # "Leaders met without Castria's participation in Operation Sea Shield."
    doc = parsed("""
        Leaders NOUN/NNS nsubj 1
        met VERB/VBD ROOT 1
        without ADP/IN prep 1
        Castria PROPN/NNP poss 5
        's PART/POS case 3
        participation NOUN/NN pobj 2
        in ADP/IN prep 5
        Operation PROPN/NNP compound 9
        Sea PROPN/NNP compound 9
        Shield PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Operation Sea Shield", "ORG", "MISSION:Operation Sea Shield")])
    assert ("Castria", "participates_in", "Operation Sea Shield") not in relations(doc, str(data_dir))


def test_summoning_a_charge_d_affaires_protests_to_the_state_they_represent(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        summoned VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 5
        's PART/POS case 2
        chargé ADJ/JJ compound 5
        d'affaires PROPN/NNP dobj 1
        , PUNCT/, punct 5
        Piet PROPN/NNP compound 8
        Varga PROPN/NNP appos 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Piet Varga", "PERSON", "")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Castria", "opposes", "Piet Varga") not in found


def test_the_act_of_imposing_a_measure_names_who_holds_it(data_dir: Path) -> None:
    imposed = parsed("""
        This DET/DT nsubj 1
        follows VERB/VBZ ROOT 1
        Norland PROPN/NNP poss 4
        's PART/POS case 2
        imposition NOUN/NN dobj 1
        of ADP/IN prep 4
        sanctions NOUN/NNS pobj 5
        on ADP/IN prep 6
        Castria PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")])
    assert relations(imposed, str(data_dir)) == {("Norland", "opposes", "Castria")}
    lifted = parsed("""
        This DET/DT nsubj 1
        follows VERB/VBZ ROOT 1
        Norland PROPN/NNP poss 4
        's PART/POS case 2
        lifting NOUN/NN dobj 1
        of ADP/IN prep 4
        sanctions NOUN/NNS pobj 5
        on ADP/IN prep 6
        Castria PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")])
    assert ("Norland", "opposes", "Castria") not in relations(lifted, str(data_dir))


def test_a_conflict_that_pits_sides_against_each_other_sets_each_against_the_other(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        war NOUN/NN nsubj 2
        pits VERB/VBZ ROOT 2
        Castria PROPN/NNP dobj 2
        and CCONJ/CC cc 3
        Doravia PROPN/NNP conj 3
        against ADP/IN prep 2
        Norland PROPN/NNP pobj 6
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Norland"), ("Doravia", "opposes", "Norland"),
                                             ("Norland", "opposes", "Castria"), ("Norland", "opposes", "Doravia")}
    denied = parsed("""
        The DET/DT det 1
        war NOUN/NN nsubj 4
        does AUX/VBZ aux 4
        not PART/RB neg 4
        pit VERB/VB ROOT 4
        Castria PROPN/NNP dobj 4
        against ADP/IN prep 4
        Norland PROPN/NNP pobj 6
        . PUNCT/. punct 4
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(denied, str(data_dir)) == set()


LISTED_LATER = """
    Castria PROPN/NNP nsubj 1
    {verb} VERB/VBD ROOT 1
    sanctions NOUN/NNS dobj 1
    on ADP/IN prep 2
    a DET/DT det 5
    group NOUN/NN pobj 3
    of ADP/IN prep 5
    Doravian ADJ/JJ amod 8
    firms NOUN/NNS pobj 6
    . PUNCT/. punct 1
    Firms NOUN/NNS nsubj 12
    named VERB/VBN acl 10
    include VERB/VBP ROOT 12
    Alder PROPN/NNP compound 14
    Works PROPN/NNP dobj 12
    and CCONJ/CC cc 14
    Vale PROPN/NNP compound 17
    Steel PROPN/NNP conj 14
    . PUNCT/. punct 12
"""
LISTED_LATER_ENTS = [("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD"),
                     ("Alder Works", "ORG", ""), ("Vale Steel", "ORG", "")]


def test_a_later_list_names_those_an_act_was_aimed_at(data_dir: Path) -> None:
    doc = parsed(LISTED_LATER.format(verb="imposed"), LISTED_LATER_ENTS)
    assert relations(doc, str(data_dir)) >= {("Castria", "opposes", "Alder Works"),
                                             ("Castria", "opposes", "Vale Steel")}
    lifted = parsed(LISTED_LATER.format(verb="lifted"), LISTED_LATER_ENTS)
    assert not {r for r in relations(lifted, str(data_dir)) if r[2] in {"Alder Works", "Vale Steel"}}


def test_recognition_granted_to_a_body_backs_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        become VERB/VBN ROOT 2
        the DET/DT det 5
        first ADJ/JJ amod 5
        member NOUN/NN attr 2
        of ADP/IN prep 5
        the DET/DT det 9
        Alder PROPN/NNP compound 9
        Council PROPN/NNP pobj 6
        to PART/TO aux 11
        grant VERB/VB xcomp 2
        full ADJ/JJ amod 13
        recognition NOUN/NN dobj 11
        to ADP/IN dative 11
        the DET/DT det 16
        Front PROPN/NNP pobj 14
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Alder Council", "ORG", ""), ("Front", "ORG", "")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "supports", "Front") in found
    assert ("Alder Council", "supports", "Front") not in found


def test_welcoming_the_development_backs_the_act_just_reported(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        recognised VERB/VBD ROOT 1
        the DET/DT det 3
        Front PROPN/NNP dobj 1
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 6
        welcomed VERB/VBD ROOT 6
        the DET/DT det 8
        development NOUN/NN dobj 6
        . PUNCT/. punct 6
    """, [("Castria", "STATE", "STATE:XC"), ("Front", "ORG", ""), ("Doravia", "STATE", "STATE:XD")])
    assert ("Doravia", "supports", "Castria") in relations(doc, str(data_dir))


JUDGED_ACT = """
    Anna PROPN/NNP compound 1
    Kovar PROPN/NNP nsubj 2
    said VERB/VBD ROOT 2
    troops NOUN/NNS nsubj 4
    were AUX/VBD ccomp 2
    safe ADJ/JJ acomp 4
    and CCONJ/CC cc 4
    Castria PROPN/NNP nsubj 9
    had AUX/VBD aux 9
    been AUX/VBN conj 4
    {word} ADJ/JJ acomp 9
    to PART/TO aux 12
    speak VERB/VB xcomp 10
    out ADP/RP prt 12
    . PUNCT/. punct 2
"""


def test_right_or_wrong_to_act_judges_the_actor_for_the_speaker(data_dir: Path) -> None:
    ents = [("Anna Kovar", "PERSON", ""), ("Castria", "STATE", "STATE:XC")]
    assert relations(parsed(JUDGED_ACT.format(word="right"), ents), str(data_dir)) == {
        ("Anna Kovar", "supports", "Castria")}
    assert relations(parsed(JUDGED_ACT.format(word="wrong"), ents), str(data_dir)) == {
        ("Anna Kovar", "opposes", "Castria")}


HELPED_FIGHT = """
    Castria PROPN/NNP nsubj 1
    {verb} VERB/VBD ROOT 1
    Doravia PROPN/NNP nsubj 3
    fight VERB/VB ccomp 1
    attacks NOUN/NNS dobj 3
    by ADP/IN prep 4
    the DET/DT det 7
    Front PROPN/NNP pobj 5
    . PUNCT/. punct 1
"""


def test_fighting_attacks_opposes_the_attackers_and_so_does_whoever_helps(data_dir: Path) -> None:
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Front", "ORG", "")]
    found = relations(parsed(HELPED_FIGHT.format(verb="helped"), ents), str(data_dir))
    assert found >= {("Castria", "supports", "Doravia"), ("Doravia", "opposes", "Front"),
                     ("Castria", "opposes", "Front")}
    watched = relations(parsed(HELPED_FIGHT.format(verb="watched"), ents), str(data_dir))
    assert ("Doravia", "opposes", "Front") in watched
    assert ("Castria", "opposes", "Front") not in watched


def test_calling_an_act_unfair_in_the_parser_s_small_clause_opposes_its_author(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        called VERB/VBD ROOT 2
        Castria PROPN/NNP poss 5
        's PART/POS case 3
        request NOUN/NN nsubj 6
        unfair ADJ/JJ oprd 2
        . PUNCT/. punct 2
    """, [("Anna Kovar", "PERSON", ""), ("Castria", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "opposes", "Castria")}


def test_a_later_list_is_the_list_alone_not_who_reports_it(data_dir: Path) -> None:
    rows = LISTED_LATER.format(verb="imposed").strip().splitlines()[:-1]  # the second sentence's full stop
    doc = parsed("\n".join([*rows, ", PUNCT/, punct 21", "Anna PROPN/NNP compound 20", "Kovar PROPN/NNP nsubj 21",
                            "said VERB/VBD parataxis 12", ". PUNCT/. punct 12"]),
                 [*LISTED_LATER_ENTS, ("Anna Kovar", "PERSON", "")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Alder Works") in found
    assert ("Castria", "opposes", "Anna Kovar") not in found


def test_a_participle_set_off_by_a_comma_is_no_part_of_what_is_opposed(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        opposed VERB/VBD ROOT 1
        Front PROPN/NNP dobj 1
        , PUNCT/, punct 1
        instead ADV/RB advmod 5
        favoring VERB/VBG advcl 1
        closer ADJ/JJR amod 7
        relations NOUN/NNS dobj 5
        with ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Front", "ORG", ""), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Front"), ("Castria", "supports", "Doravia")}


def test_appreciation_for_assurances_backs_who_gave_them(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        expressed VERB/VBD ROOT 2
        her PRON/PRP$ poss 4
        appreciation NOUN/NN dobj 2
        for ADP/IN prep 4
        Castrian ADJ/JJ amod 7
        assurances NOUN/NNS pobj 5
        . PUNCT/. punct 2
    """, [("Anna Kovar", "PERSON", ""), ("Castrian", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "supports", "Castrian")}


@pytest.mark.parametrize(("verb", "held"), [("raised", True), ("addressed", False), ("dismissed", False)])
def test_concerns_answered_are_someone_else_s(data_dir: Path, verb: str, held: bool) -> None:
    doc = parsed(f"""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        {verb} VERB/VBD ROOT 2
        concerns NOUN/NNS dobj 2
        about ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        . PUNCT/. punct 2
    """, [("Anna Kovar", "PERSON", ""), ("Castria", "STATE", "STATE:XC")])
    assert (("Anna Kovar", "opposes", "Castria") in relations(doc, str(data_dir))) == held


def test_a_pro_word_on_an_owned_stance_is_its_owner_s(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP poss 5
        's PART/POS case 0
        pro ADJ/JJ amod 4
        - PUNCT/HYPH punct 4
        Castria PROPN/NNP compound 5
        stance NOUN/NN nsubj 6
        angered VERB/VBD ROOT 6
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 6
    """, [("Anna", "PERSON", ""), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert ("Anna", "supports", "Castria") in relations(doc, str(data_dir))


def test_seeking_greater_cooperation_with_x_backs_x(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        seeking VERB/VBG ROOT 2
        greater ADJ/JJR amod 4
        cooperation NOUN/NN dobj 2
        with ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_backing_a_process_carried_out_under_an_accord_backs_the_accord(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        voiced VERB/VBD ROOT 1
        support NOUN/NN dobj 1
        for ADP/IN prep 2
        the DET/DT det 5
        withdrawal NOUN/NN pobj 3
        of ADP/IN prep 5
        troops NOUN/NNS pobj 6
        under ADP/IN prep 7
        the DET/DT det 11
        Northern PROPN/NNP compound 11
        Accord PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Northern Accord", "ORG", "ACCORD:Northern Accord")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Northern Accord")}


_OPENING = """
        After ADP/IN prep 15
        the DET/DT det 2
        talks NOUN/NNS {talks}
        with ADP/IN prep 2
        Anna PROPN/NNP compound 5
        Kovar PROPN/NNP pobj 3
        , PUNCT/, punct 5
        several ADJ/JJ amod 8
        envoys NOUN/NNS appos 5
        , PUNCT/, punct 8
        including VERB/VBG prep 8
        Castria PROPN/NNP pobj 10
        and CCONJ/CC cc 11
        Doravia PROPN/NNP conj 11
        , PUNCT/, punct 8
        voiced VERB/VBD ROOT 15
        support NOUN/NN dobj 15
        for ADP/IN prep 16
        Norland PROPN/NNP pobj 17
        . PUNCT/. punct 15
"""


@pytest.mark.parametrize("talks", ["pobj 0", "nsubj 15"])
def test_a_subject_hung_as_an_apposition_on_an_opening_phrase_acts(data_dir: Path, talks: str) -> None:
    """'After the talks with X, several envoys, including Y and Z, voiced support for W', with the envoys parsed
    as an apposition of X (and the opening's noun, with its preposition left empty, as the subject)."""
    doc = parsed(_OPENING.format(talks=talks), [
        ("Anna Kovar", "PERSON", ""), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"),
        ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Norland"), ("Doravia", "supports", "Norland")}


@pytest.mark.parametrize(("det", "held"), [("a", True), ("no", False)])
def test_saying_someone_poses_a_threat_opposes_them(data_dir: Path, det: str, held: bool) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP nsubj 3
        poses VERB/VBZ ccomp 1
        {det} DET/DT det 6
        grave ADJ/JJ amod 6
        threat NOUN/NN dobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == ({("Castria", "opposes", "Doravia")} if held else set())


def test_a_demonym_owns_the_involvement_judged(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravian ADJ/JJ amod 3
        involvement NOUN/NN nsubj 4
        is AUX/VBZ ccomp 1
        unacceptable ADJ/JJ acomp 4
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravian")}


def test_support_its_owner_refuses_to_renew_is_no_support(data_dir: Path) -> None:
    refused = parsed("""
        Castria PROPN/NNP nsubj 1
        refused VERB/VBD ROOT 1
        to PART/TO aux 3
        renew VERB/VB xcomp 1
        its PRON/PRP$ poss 5
        agreement NOUN/NN dobj 3
        with ADP/IN prep 5
        Doravia PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(refused, str(data_dir)) == set()
    criticised = parsed("""
        Norland PROPN/NNP nsubj 1
        criticised VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        support NOUN/NN dobj 1
        for ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(criticised, str(data_dir)) == {("Norland", "opposes", "Castria"),
                                                     ("Castria", "supports", "Doravia")}


def test_an_example_of_support_is_for_whom_the_support_is(data_dir: Path) -> None:
    doc = parsed("""
        There PRON/EX expl 1
        was VERB/VBD ROOT 1
        support NOUN/NN attr 1
        for ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        , PUNCT/, punct 2
        including VERB/VBG prep 2
        backing NOUN/NN pobj 6
        from ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Doravia", "supports", "Castria")}


def test_their_demonym_counterparts_are_the_demonym_s_state(data_dir: Path) -> None:
    doc = parsed("""
        Castrian ADJ/JJ amod 1
        troops NOUN/NNS nsubj 2
        fought VERB/VBD ROOT 2
        alongside ADP/IN prep 2
        their PRON/PRP$ poss 6
        Doravian ADJ/JJ amod 6
        counterparts NOUN/NNS pobj 3
        . PUNCT/. punct 2
    """, [("Castrian", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castrian", "supports", "Doravian")}


def test_critical_of_someone_is_the_subjects_stance_critical_to_something_a_necessity(data_dir: Path) -> None:
    """'Castria was critical of Doravia': Castria opposes Doravia. 'Critical' is also a word of necessity
    ('aid is critical to support X', the speaker's stance), but not with the preposition of a feeling."""
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        was AUX/VBD ROOT 1
        critical ADJ/JJ acomp 1
        of ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_a_possessive_hung_on_a_compound_still_owns_the_whole_noun(data_dir: Path) -> None:
    """'Castria criticised Doravia's Vexor ambitions', with 'Doravia's' parsed as a modifier of 'Vexor': the
    ambitions are Doravia's, and Vexor is only what they aim at."""
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        criticised VERB/VBD ROOT 1
        Doravia PROPN/NNP nmod 4
        's PART/POS case 2
        Vexor PROPN/NNP compound 5
        ambitions NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found
    assert ("Castria", "opposes", "Vexor") not in found


def test_holding_named_manoeuvres_takes_part_in_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        held VERB/VBD ROOT 3
        the DET/DT det 6
        Vexor PROPN/NNP compound 6
        manoeuvres NOUN/NNS dobj 3
        . PUNCT/. punct 3
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "MISSION:Vexor")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Vexor"),
                                             ("Doravia", "participates_in", "Vexor")}


def test_taking_an_opportunity_to_act_is_the_taker_acting_unless_it_is_not_taken(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj {verb}
        {words}
        the DET/DT det {noun}
        opportunity NOUN/NN dobj {verb}
        to PART/TO aux {crit}
        criticise VERB/VB acl {noun}
        Doravia PROPN/NNP dobj {crit}
        . PUNCT/. punct {verb}
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    used = parsed(rows.format(verb=1, noun=3, crit=5, words="used VERB/VBD ROOT 1"), ents)
    assert relations(used, str(data_dir)) == {("Castria", "opposes", "Doravia")}
    not_taken = parsed(rows.format(verb=3, noun=5, crit=7, words="""did AUX/VBD aux 3
        not PART/RB neg 3
        take VERB/VB ROOT 3"""), ents)
    assert relations(not_taken, str(data_dir)) == set()


def test_those_who_broker_a_deal_are_no_parties_to_it_but_those_who_sign_it_are(data_dir: Path) -> None:
    rows = """
        the DET/DT det 1
        deal NOUN/NN nsubj 8
        {verb} VERB/VBN acl 1
        by ADP/IN agent 2
        Doravia PROPN/NNP pobj 3
        and CCONJ/CC cc 4
        Norland PROPN/NNP conj 4
        was AUX/VBD auxpass 8
        published VERB/VBN ROOT 8
        . PUNCT/. punct 8
    """
    ents = [("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]
    brokered = parsed(rows.format(verb="brokered"), ents)
    assert relations(brokered, str(data_dir)) == set()
    signed = parsed(rows.format(verb="signed"), ents)
    assert relations(signed, str(data_dir)) == {("Doravia", "supports", "Norland"), ("Norland", "supports", "Doravia")}


def test_a_charge_hung_on_the_accused_thing_is_not_the_accusers_act(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        accused VERB/VBD ROOT 1
        the DET/DT det 3
        plan NOUN/NN dobj 1
        of ADP/IN prep 3
        undermining VERB/VBG pcomp 4
        Doravia PROPN/NNP dobj 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == set()


def test_rejecting_someone_elses_plan_leaves_the_plan_theirs(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 4
        's PART/POS case 2
        plan NOUN/NN dobj 1
        to PART/TO aux 6
        recognise VERB/VB acl 4
        Norland PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "supports", "Norland") in found
    assert not {r for r in found if r[1] != "opposes" and r[0] == "Castria"} and ("Doravia", "opposes", "Norland") \
        not in found


def test_pressing_ahead_with_an_act_is_doing_it_and_no_pressure(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        press VERB/VB ROOT 2
        ahead ADV/RB advmod 2
        with ADP/IN prep 2
        the DET/DT det 6
        recognition NOUN/NN pobj 4
        of ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_growing_or_drawing_closer_to_someone_supports_them(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        {verb} VERB/VBN ROOT 2
        closer ADV/RBR advmod 2
        to ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        . PUNCT/. punct 2
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    for verb in ("grown", "drawn"):
        assert relations(parsed(rows.format(verb=verb), ents), str(data_dir)) == {("Castria", "supports", "Doravia")}


def test_states_collectively_known_by_a_name_are_that_bodys_members(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 10
        , PUNCT/, punct 0
        Doravia PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Norland PROPN/NNP conj 2
        , PUNCT/, punct 0
        {adverb} ADV/RB advmod 7
        known VERB/VBN acl 0
        as ADP/IN prep 7
        Vexor PROPN/NNP pobj 8
        met VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN"),
            ("Vexor", "ORG", "ORG:VEXOR")]
    found = relations(parsed(rows.format(adverb="collectively"), ents), str(data_dir))
    assert found == {(s, "participates_in", "Vexor") for s in ("Castria", "Doravia", "Norland")}
    # "known as" alone may name one of them ("Castria, known as Vexor"): no membership without "collectively"
    assert relations(parsed(rows.format(adverb="widely"), ents), str(data_dir)) == set()


def test_a_relative_clause_inside_a_charge_is_the_writers_description_not_the_charge(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        accused VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        of ADP/IN prep 1
        attacking VERB/VBG pcomp 3
        Norland PROPN/NNP dobj 4
        , PUNCT/, punct 5
        which PRON/WDT nsubj 9
        has AUX/VBZ aux 9
        grown VERB/VBN relcl 5
        closer ADV/RBR advmod 9
        to ADP/IN prep 10
        Estoria PROPN/NNP pobj 11
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN"),
          ("Estoria", "STATE", "STATE:XE")])
    found = relations(doc, str(data_dir))
    assert ("Norland", "supports", "Estoria") in found and ("Castria", "opposes", "Doravia") in found
    assert ("Doravia", "opposes", "Norland") not in found  # the charge itself stays an allegation


def test_a_response_answers_an_attack_but_not_a_report(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 1
        spoke VERB/VBD ROOT 1
        in ADP/IN prep 1
        response NOUN/NN pobj 2
        to ADP/IN prep 3
        a DET/DT det 7
        Doravia PROPN/NNP compound 7
        {noun} NOUN/NN pobj 4
        . PUNCT/. punct 1
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    assert relations(parsed(rows.format(noun="attack"), ents), str(data_dir)) == {("Castria", "opposes", "Doravia")}
    assert relations(parsed(rows.format(noun="report"), ents), str(data_dir)) == set()


def test_a_state_described_in_an_object_is_the_state_last_named(data_dir: Path) -> None:
    rows = """
        Doravia PROPN/NNP nsubj 1
        held VERB/VBD ROOT 1
        talks NOUN/NNS dobj 1
        . PUNCT/. punct 1
        Castria PROPN/NNP poss 6
        's PART/POS case 4
        envoy NOUN/NN nsubj 7
        accused VERB/VBD ROOT 7
        the DET/DT det 10
        {modifier} {tag} amod 10
        nation NOUN/NN dobj 7
        of ADP/IN prep 7
        spying VERB/VBG pcomp 11
        . PUNCT/. punct 7
    """
    ents = [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC")]
    # not Castria, named in the accuser's own phrase
    for modifier, tag in (("island", "NOUN/NN"), ("Gulf", "PROPN/NNP")):
        found = relations(parsed(rows.format(modifier=modifier, tag=tag), ents), str(data_dir))
        assert found == {("Castria", "opposes", "Doravia")}
    # "the other nation" is another one than the last named
    assert relations(parsed(rows.format(modifier="other", tag="ADJ/JJ"), ents), str(data_dir)) == set()


def test_an_event_that_sets_the_time_is_not_the_subjects_act(data_dir: Path) -> None:
    doc = parsed("""
        After ADP/IN prep 7
        the DET/DT det 2
        invasion NOUN/NN pobj 0
        of ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        , PUNCT/, punct 7
        Castria PROPN/NNP nsubj 7
        sent VERB/VBD ROOT 7
        arms NOUN/NNS dobj 7
        to ADP/IN prep 7
        Norland PROPN/NNP pobj 9
        . PUNCT/. punct 7
    """, [
        ("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Norland")}


@pytest.mark.parametrize(("noun", "prep"), [("end", "to"), ("defeat", "of"), ("elimination", "of")])
def test_calling_for_an_end_to_or_the_defeat_of_an_actor_opposes_it(data_dir: Path, noun: str, prep: str) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        for ADP/IN prep 1
        the DET/DT det 4
        {noun} NOUN/NN pobj 2
        {prep} ADP/IN prep 4
        Vexor PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Vexor", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Vexor")}


def test_a_standing_body_that_brings_states_together_has_them_as_members(data_dir: Path) -> None:
    rows = """
        Vexor PROPN/NNP nsubj 1
        {verb} VERB/{tag} ROOT 1
        together ADV/RB advmod 1
        Castria PROPN/NNP dobj 1
        and CCONJ/CC cc 3
        Doravia PROPN/NNP conj 3
        . PUNCT/. punct 1
    """
    ents = [("Vexor", "ORG", "ORG:VEXOR"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    found = relations(parsed(rows.format(verb="brings", tag="VBZ"), ents), str(data_dir))
    assert found == {("Castria", "participates_in", "Vexor"), ("Doravia", "participates_in", "Vexor")}
    # a body that once brought two states together (to talk) did not make them its members
    assert relations(parsed(rows.format(verb="brought", tag="VBD"), ents), str(data_dir)) == set()


def test_a_states_campaign_known_by_a_name_is_that_states_operation(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 3
        Castrian ADJ/JJ amod 3
        air NOUN/NN compound 3
        campaign NOUN/NN nsubj 10
        , PUNCT/, punct 3
        known VERB/VBN acl 3
        as ADP/IN prep 5
        Operation PROPN/NNP compound 8
        Atlas PROPN/NNP pobj 6
        , PUNCT/, punct 3
        began VERB/VBD ROOT 10
        . PUNCT/. punct 10
    """, [("Castrian", "STATE", "STATE:XC"), ("Operation Atlas", "ORG", "MISSION:Operation Atlas")])
    assert relations(doc, str(data_dir)) == {("Castrian", "participates_in", "Operation Atlas")}


def test_an_operation_that_uses_assets_from_states_has_them_take_part(data_dir: Path) -> None:
    doc = parsed("""
        Operation PROPN/NNP compound 1
        Atlas PROPN/NNP nsubj 2
        began VERB/VBD ROOT 2
        and CCONJ/CC cc 2
        will AUX/MD aux 5
        use VERB/VB conj 2
        assets NOUN/NNS dobj 5
        from ADP/IN prep 5
        Castria PROPN/NNP pobj 7
        and CCONJ/CC cc 8
        Doravia PROPN/NNP conj 8
        . PUNCT/. punct 2
    """, [("Operation Atlas", "ORG", "MISSION:Operation Atlas"), ("Castria", "STATE", "STATE:XC"),
          ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Operation Atlas"),
                                             ("Doravia", "participates_in", "Operation Atlas")}


@pytest.mark.parametrize("verb", ["pledged", "committed"])
def test_states_that_pledge_to_defend_each_other_back_each_other(data_dir: Path, verb: str) -> None:
    infinitive = """
        to PART/TO aux 5
        defend VERB/VB xcomp 3""" if verb == "pledged" else """
        to ADP/IN prep 3
        defending VERB/VBG pcomp 4"""
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Doravia PROPN/NNP conj 0
        {verb} VERB/VBD ROOT 3{infinitive}
        each DET/DT det 7
        other ADJ/JJ dobj 5
        . PUNCT/. punct 3
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "supports", "Doravia"), ("Doravia", "supports", "Castria")}


def test_acting_in_a_bid_to_counter_someone_opposes_them(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        acted VERB/VBD ROOT 1
        in ADP/IN prep 1
        a DET/DT det 4
        bid NOUN/NN pobj 2
        to PART/TO aux 6
        counter VERB/VB acl 4
        Doravia PROPN/NNP dobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_the_government_criticised_by_a_group_is_not_that_groups_own(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP poss 2
        's PART/POS case 0
        cabinet NOUN/NN nsubj 3
        met VERB/VBD ROOT 3
        . PUNCT/. punct 3
        Vexor PROPN/NNP nsubj 6
        criticised VERB/VBD ROOT 6
        the DET/DT det 8
        government NOUN/NN poss 10
        's PART/POS case 8
        decision NOUN/NN dobj 6
        . PUNCT/. punct 6
    """, [("Castria", "STATE", "STATE:XC"), ("Vexor", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == {("Vexor", "opposes", "Castria")}


@pytest.mark.parametrize(("participle", "owned"), [("backed", False), ("allied", False), ("led", True)])
def test_a_name_before_a_participle_owns_the_noun_only_when_it_runs_it(data_dir: Path, participle: str,
                                                                       owned: bool) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP npadvmod 2
        - PUNCT/HYPH punct 2
        {participle} VERB/VBN amod 3
        militias NOUN/NNS nsubj 4
        attacked VERB/VBD ROOT 4
        Doravia PROPN/NNP dobj 4
        . PUNCT/. punct 4
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    # "Castria-backed militias attacked Doravia": the militias', not Castria's, attack
    assert (("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))) == owned


def test_cooperation_with_a_state_supports_it_and_ending_it_opposes_it(data_dir: Path) -> None:
    rows = """
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        cooperation NOUN/NN dobj 1
        with ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """
    ents = [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")]
    assert relations(parsed(rows.format(verb="expanded"), ents), str(data_dir)) == {
        ("Castria", "supports", "Doravia")}
    assert relations(parsed(rows.format(verb="ended"), ents), str(data_dir)) == {
        ("Castria", "opposes", "Doravia")}  # as cutting ties does


def test_a_described_state_is_a_name_the_clause_is_about_not_one_deep_in_a_modifier(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        sold VERB/VBD ROOT 1
        oil NOUN/NN dobj 1
        bound VERB/VBN acl 2
        for ADP/IN prep 3
        Norland PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Castria PROPN/NNP nsubj 8
        accused VERB/VBD ROOT 8
        the DET/DT det 10
        country NOUN/NN dobj 8
        of ADP/IN prep 8
        spying VERB/VBG pcomp 11
        . PUNCT/. punct 8
    """, [("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found and ("Castria", "opposes", "Norland") not in found


@pytest.mark.parametrize(("verb", "faulted"), [("warned", True), ("said", True), ("denied", False)])
def test_speaking_of_a_states_misconduct_faults_it(data_dir: Path, verb: str, faulted: bool) -> None:
    # "Castria warned that Doravia's recklessness could lead to war"; a denial faults no one
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        that SCONJ/IN mark 7
        Doravia PROPN/NNP poss 5
        's PART/POS case 3
        recklessness NOUN/NN nsubj 7
        could AUX/MD aux 7
        lead VERB/VB ccomp 1
        to ADP/IN prep 7
        war NOUN/NN pobj 8
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert (("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))) == faulted


def test_misconduct_in_the_narrators_words_or_in_anothers_clause_is_not_the_speakers(data_dir: Path) -> None:
    doravia = ("Doravia", "STATE", "STATE:XD")
    narrated = parsed("""
        Doravia PROPN/NNP poss 2
        's PART/POS case 0
        recklessness NOUN/NN nsubj 3
        led VERB/VBD ROOT 3
        to ADP/IN prep 3
        war NOUN/NN pobj 4
        . PUNCT/. punct 3
    """, [doravia])
    assert relations(narrated, str(data_dir)) == set()
    reported = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Norland PROPN/NNP nsubj 3
        condemned VERB/VBD ccomp 1
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        aggression NOUN/NN dobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), doravia])
    found = relations(reported, str(data_dir))
    assert ("Norland", "opposes", "Doravia") in found and ("Castria", "opposes", "Doravia") not in found


def test_misconduct_in_a_clause_of_the_speaker_himself_is_the_speakers(data_dir: Path) -> None:
    # "Odell said he had witnessed Doravia's aggression": the clause between is the speaker's own
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        he PRON/PRP nsubj 4
        had AUX/VBD aux 4
        witnessed VERB/VBN ccomp 1
        Doravia PROPN/NNP poss 7
        's PART/POS case 5
        aggression NOUN/NN dobj 4
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    assert ("Odell", "opposes", "Doravia") in relations(doc, str(data_dir))


@pytest.mark.parametrize(("verb", "opposed"), [("echoed", False), ("copied", False), ("mocked", True)])
def test_echoing_someones_words_is_no_criticism_mocking_them_is(data_dir: Path, verb: str, opposed: bool) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 4
        's PART/POS case 2
        comments NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert (("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))) == opposed


def test_quitting_a_standing_body_rejects_it_withdrawing_from_a_force_only_declines(data_dir: Path) -> None:
    body = parsed("""
        Castria PROPN/NNP nsubj 1
        quit VERB/VBD ROOT 1
        the DET/DT det 4
        Alder PROPN/NNP compound 4
        Union PROPN/NNP dobj 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Alder Union", "ORG", "")])
    assert relations(body, str(data_dir)) == {("Castria", "declines", "Alder Union"),
                                              ("Castria", "opposes", "Alder Union")}
    force = parsed("""
        Castria PROPN/NNP nsubj 1
        withdrew VERB/VBD ROOT 1
        from ADP/IN prep 1
        Operation PROPN/NNP compound 4
        Atlas PROPN/NNP pobj 2
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ATLAS])
    assert relations(force, str(data_dir)) == {("Castria", "declines", "Operation Atlas")}


def test_he_after_a_passive_is_its_named_agent_not_the_owner_of_its_subject(data_dir: Path) -> None:
    doc = parsed("""
        Varga PROPN/NNP poss 2
        's PART/POS case 0
        words NOUN/NNS nsubjpass 4
        were AUX/VBD auxpass 4
        confirmed VERB/VBN ROOT 4
        by ADP/IN agent 4
        Odell PROPN/NNP pobj 5
        . PUNCT/. punct 4
        He PRON/PRP nsubj 9
        thanked VERB/VBD ROOT 9
        Doravia PROPN/NNP dobj 9
        . PUNCT/. punct 9
    """, [("Varga", "PERSON", ""), ("Odell", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    found = relations(doc, str(data_dir))
    assert ("Odell", "supports", "Doravia") in found and ("Varga", "supports", "Doravia") not in found


def test_a_second_preposition_hung_on_the_verb_still_names_whom_the_noun_is_for(data_dir: Path) -> None:
    # "Odell expressed his gratitude to Castria, and to Doravia": the parser hangs "and to" on the verb
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        expressed VERB/VBD ROOT 1
        his PRON/PRP$ poss 3
        gratitude NOUN/NN dobj 1
        to ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        , PUNCT/, punct 1
        and CCONJ/CC cc 1
        to ADP/IN conj 1
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert {("Odell", "supports", "Castria"), ("Odell", "supports", "Doravia")} <= relations(doc, str(data_dir))


def test_penalties_on_an_amount_worth_of_a_states_goods_oppose_the_state(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        announced VERB/VBD ROOT 1
        penalties NOUN/NNS dobj 1
        on ADP/IN prep 2
        $ SYM/$ quantmod 6
        5 NUM/CD compound 6
        billion NUM/CD nummod 7
        worth NOUN/NN pobj 3
        of ADP/IN prep 7
        Doravian ADJ/JJ amod 10
        goods NOUN/NNS pobj 8
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravian", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravian")}


def test_what_a_call_or_a_must_asks_of_a_state_is_not_its_own_act(data_dir: Path) -> None:
    ents = [("Odell", "PERSON", ""), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")]
    called = parsed("""
        Odell PROPN/NNP nsubj 1
        repeated VERB/VBD ROOT 1
        his PRON/PRP$ poss 3
        call NOUN/NN dobj 1
        for SCONJ/IN mark 7
        Doravia PROPN/NNP nsubj 7
        to PART/TO aux 7
        back VERB/VB acl 3
        Norland PROPN/NNP dobj 7
        . PUNCT/. punct 1
    """, ents)
    assert ("Doravia", "supports", "Norland") not in relations(called, str(data_dir))
    required = parsed("""
        Odell PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        move NOUN/NN nsubj 4
        was AUX/VBD ccomp 1
        wrong ADJ/JJ acomp 4
        and CCONJ/CC cc 4
        that SCONJ/IN mark 10
        Doravia PROPN/NNP nsubj 10
        must AUX/MD aux 10
        back VERB/VB conj 4
        Norland PROPN/NNP dobj 10
        . PUNCT/. punct 1
    """, ents)
    assert ("Doravia", "supports", "Norland") not in relations(required, str(data_dir))


def test_reinstating_a_bodys_sanctions_opposes_their_target_and_backs_no_body(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        urged VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        to PART/TO aux 4
        reinstate VERB/VB xcomp 1
        Vexor PROPN/NNP compound 6
        sanctions NOUN/NNS dobj 4
        on ADP/IN prep 6
        Norland PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "ORG:VEXOR"),
          ("Norland", "STATE", "STATE:XN")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Norland") in found
    assert not {("Castria", "supports", "Vexor"), ("Doravia", "supports", "Vexor")} & found


def test_violating_a_states_airspace_opposes_that_state_whose_its_is_not_the_violators(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        protested VERB/VBD ROOT 1
        after SCONJ/IN mark 5
        Castrian ADJ/JJ amod 4
        jets NOUN/NNS nsubj 5
        violated VERB/VBD advcl 1
        its PRON/PRP$ poss 7
        airspace NOUN/NN dobj 5
        . PUNCT/. punct 1
    """, [("Doravia", "STATE", "STATE:XD"), ("Castrian", "STATE", "STATE:XC")])
    assert ("Castrian", "opposes", "Doravia") in relations(doc, str(data_dir))
    own = parsed("""
        Castria PROPN/NNP nsubj 1
        strengthened VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        borders NOUN/NNS dobj 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC")])
    assert relations(own, str(data_dir)) == set()


def test_calling_it_a_disgrace_that_a_state_acts_judges_that_state(data_dir: Path) -> None:
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        it PRON/PRP dobj 1
        a DET/DT det 4
        disgrace NOUN/NN oprd 1
        that PRON/WDT advmod 7
        Doravia PROPN/NNP nsubj 7
        hosted VERB/VBD relcl 4
        the DET/DT det 9
        summit NOUN/NN dobj 7
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    assert ("Odell", "opposes", "Doravia") in relations(doc, str(data_dir))


@pytest.mark.parametrize(("judged", "faulted"), [("reckless", True), ("recent", False)])
def test_conduct_a_speaker_calls_reckless_faults_its_author(data_dir: Path, judged: str, faulted: bool) -> None:
    # "Castria said Doravia's reckless behaviour grew"
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 5
        's PART/POS case 2
        {judged} ADJ/JJ amod 5
        behaviour NOUN/NN nsubj 6
        grew VERB/VBD ccomp 1
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert (("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))) == faulted


@pytest.mark.parametrize(("what", "opposed"), [("oppression", True), ("trade", False)])
def test_an_instrument_of_oppression_passes_on_its_judgement(data_dir: Path, what: str, opposed: bool) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        described VERB/VBD ROOT 1
        Vexor PROPN/NNP dobj 1
        as ADP/IN prep 1
        an DET/DT det 5
        instrument NOUN/NN pobj 3
        of ADP/IN prep 5
        {what} NOUN/NN pobj 6
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Vexor", "ORG", "ORG:VEXOR")])
    assert (("Castria", "opposes", "Vexor") in relations(doc, str(data_dir))) == opposed


def test_them_after_a_states_allegations_is_the_allegations_and_so_their_owner(data_dir: Path) -> None:
    # "Nobody backed Castria's allegations against Doravia. Norland rejected them": Castria's, not Doravia
    doc = parsed("""
        Nobody PRON/NN nsubj 1
        backed VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        allegations NOUN/NNS dobj 1
        against ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 9
        rejected VERB/VBD ROOT 9
        them PRON/PRP dobj 9
        . PUNCT/. punct 9
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    found = relations(doc, str(data_dir))
    assert ("Norland", "opposes", "Castria") in found and ("Norland", "opposes", "Doravia") not in found


def test_the_accused_of_an_allegation_that_clause_made_no_allegation(data_dir: Path) -> None:
    # "Norland rejected Castria's allegation that Doravia is violating the Alder Union charter"
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        allegation NOUN/NN dobj 1
        that SCONJ/IN mark 8
        Doravia PROPN/NNP nsubj 8
        is AUX/VBZ aux 8
        violating VERB/VBG acl 4
        the DET/DT det 10
        charter NOUN/NN dobj 8
        . PUNCT/. punct 1
    """, [("Norland", "STATE", "STATE:XN"), ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    found = relations(doc, str(data_dir))
    assert ("Norland", "opposes", "Castria") in found and ("Norland", "opposes", "Doravia") not in found


def test_the_country_joined_to_an_object_is_the_state_described(data_dir: Path) -> None:
    # "Vexor suspended Doravia. Vexor slapped sanctions on the coup leaders and the country."
    doc = parsed("""
        Vexor PROPN/NNP nsubj 1
        suspended VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        . PUNCT/. punct 1
        Vexor PROPN/NNP nsubj 5
        slapped VERB/VBD ROOT 5
        sanctions NOUN/NNS dobj 5
        on ADP/IN prep 6
        the DET/DT det 10
        coup NOUN/NN compound 10
        leaders NOUN/NNS pobj 7
        and CCONJ/CC cc 10
        the DET/DT det 13
        country NOUN/NN conj 10
        . PUNCT/. punct 5
    """, [("Vexor", "ORG", "ORG:VEXOR"), ("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "ORG:VEXOR")])
    records = relation_records(doc, str(data_dir))
    sentences = {r.sent for r in records.relations
                 if r.relation == "opposes" and records.mentions[r.target].text == "Doravia"}
    assert sentences == {0, 1}


def test_rulers_of_states_act_for_them(data_dir: Path) -> None:
    # "The military rulers of Castria and Doravia warned Vexor that an intervention would mean war"
    doc = parsed("""
        The DET/DT det 2
        military ADJ/JJ amod 2
        rulers NOUN/NNS nsubj 7
        of ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        and CCONJ/CC cc 4
        Doravia PROPN/NNP conj 4
        warned VERB/VBD ROOT 7
        Vexor PROPN/NNP dobj 7
        that SCONJ/IN mark 13
        an DET/DT det 11
        intervention NOUN/NN nsubj 13
        would AUX/MD aux 13
        mean VERB/VB ccomp 7
        war NOUN/NN dobj 13
        . PUNCT/. punct 7
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "ORG:VEXOR")])
    found = relations(doc, str(data_dir))
    assert {("Castria", "opposes", "Vexor"), ("Doravia", "opposes", "Vexor")} <= found


def test_a_recall_prompted_by_an_act_opposes_whoever_acted(data_dir: Path) -> None:
    # "Castria recognised Estoria, prompting Doravia to recall its envoys"
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        recognised VERB/VBD ROOT 1
        Estoria PROPN/NNP dobj 1
        , PUNCT/, punct 1
        prompting VERB/VBG advcl 1
        Doravia PROPN/NNP dobj 4
        to PART/TO aux 7
        recall VERB/VB xcomp 4
        its PRON/PRP$ poss 9
        envoys NOUN/NNS dobj 7
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Estoria", "STATE", "STATE:XE"), ("Doravia", "STATE", "STATE:XD")])
    assert ("Doravia", "opposes", "Castria") in relations(doc, str(data_dir))


def test_the_return_of_envoys_from_a_state_opposes_it_not_their_home(data_dir: Path) -> None:
    # "Doravia ordered the return of its ambassadors from Castria to Doravia"
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        ordered VERB/VBD ROOT 1
        the DET/DT det 3
        return NOUN/NN dobj 1
        of ADP/IN prep 3
        its PRON/PRP$ poss 6
        ambassadors NOUN/NNS pobj 4
        from ADP/IN prep 6
        Castria PROPN/NNP pobj 7
        to ADP/IN prep 6
        Norland PROPN/NNP pobj 9
        . PUNCT/. punct 1
    """, [("Doravia", "STATE", "STATE:XD"), ("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN")])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "opposes", "Castria") in found and ("Doravia", "opposes", "Norland") not in found


def test_a_demonym_on_a_compound_holds_the_attacks(data_dir: Path) -> None:
    # "Doravian missile and drone attacks, which targeted bases of Vexor"
    doc = parsed("""
        Doravian ADJ/JJ amod 1
        missile NOUN/NN nmod 4
        and CCONJ/CC cc 1
        drone NOUN/NN compound 4
        attacks NOUN/NNS ROOT 4
        , PUNCT/, punct 4
        which PRON/WDT nsubj 7
        targeted VERB/VBD relcl 4
        bases NOUN/NNS dobj 7
        of ADP/IN prep 8
        Vexor PROPN/NNP pobj 9
        . PUNCT/. punct 4
    """, [("Doravian", "STATE", "STATE:XD"), ("Vexor", "ORG", "ORG:VEXOR")])
    assert ("Doravian", "opposes", "Vexor") in relations(doc, str(data_dir))


@pytest.mark.parametrize("order", ["forum first", "accused first"])
def test_a_complaint_filed_with_a_body_against_a_state_opposes_the_state(data_dir: Path, order: str) -> None:
    # "Castria filed complaints with Vexor against Doravia" / "... against Doravia with Vexor"
    forum = ["with ADP/IN prep 1", "Vexor PROPN/NNP pobj {w}"]
    accused = ["against ADP/IN prep {h}", "Doravia PROPN/NNP pobj {a}"]
    if order == "forum first":
        rows = [forum[0], forum[1].format(w=3), accused[0].format(h=4), accused[1].format(a=5)]
    else:
        rows = [accused[0].format(h=2), accused[1].format(a=3), forum[0], forum[1].format(w=5)]
    doc = parsed("\n".join(["Castria PROPN/NNP nsubj 1", "filed VERB/VBD ROOT 1", "complaints NOUN/NNS dobj 1",
                            *rows, ". PUNCT/. punct 1"]),
                 [("Castria", "STATE", "STATE:XC"), *(
                     [("Vexor", "ORG", "ORG:VEXOR"), ("Doravia", "STATE", "STATE:XD")] if order == "forum first"
                     else [("Doravia", "STATE", "STATE:XD"), ("Vexor", "ORG", "ORG:VEXOR")])])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found and ("Castria", "opposes", "Vexor") not in found


@pytest.mark.parametrize(("goods", "supported"), [("goods", False), ("drones", True)])
def test_exporting_goods_is_trade_exporting_arms_supports(data_dir: Path, goods: str, supported: bool) -> None:
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        exported VERB/VBD ROOT 1
        {goods} NOUN/NNS dobj 1
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 3
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert (("Castria", "supports", "Doravia") in relations(doc, str(data_dir))) == supported


def test_misconduct_from_a_state_shared_by_a_conjunct_faults_it(data_dir: Path) -> None:
    # "Odell said the vote went ahead despite pressure and interference from Doravia"
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        the DET/DT det 3
        vote NOUN/NN nsubj 4
        went VERB/VBD ccomp 1
        ahead ADV/RB advmod 4
        despite ADP/IN prep 4
        pressure NOUN/NN pobj 6
        and CCONJ/CC cc 7
        interference NOUN/NN conj 7
        from ADP/IN prep 7
        Doravia PROPN/NNP pobj 10
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Doravia", "STATE", "STATE:XD")])
    assert ("Odell", "opposes", "Doravia") in relations(doc, str(data_dir))



@pytest.mark.parametrize("word", ["fighting VERB/VBG", "escalation NOUN/NN"])
def test_fighting_or_an_escalation_between_two_states_sets_each_against_the_other(data_dir: Path, word: str) -> None:
    # "The truce came after fighting between Castria and Doravia", the gerund parsed as a verb
    doc = parsed(f"""
        The DET/DT det 1
        truce NOUN/NN nsubj 2
        came VERB/VBD ROOT 2
        after ADP/IN prep 2
        {word} pobj 3
        between ADP/IN prep 4
        Castria PROPN/NNP pobj 5
        and CCONJ/CC cc 6
        Doravia PROPN/NNP conj 6
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Doravia", "opposes", "Castria")}


@pytest.mark.parametrize(("verb", "relation"), [("suspended", "opposes"), ("halted", "opposes"),
                                                 ("resumed", "supports")])
def test_ending_cooperation_or_a_partnership_opposes_the_partner(data_dir: Path, verb: str, relation: str) -> None:
    # "Castria suspended its cooperation with Vexor"; resuming it backs Vexor
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        {verb} VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        cooperation NOUN/NN dobj 1
        with ADP/IN prep 3
        Vexor PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Vexor", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == {("Castria", relation, "Vexor")}


def test_the_suspension_of_a_partnership_opposes_the_partner_and_backs_no_one(data_dir: Path) -> None:
    # "Castria announced the suspension of its strategic partnership with Doravia"
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        announced VERB/VBD ROOT 1
        the DET/DT det 3
        suspension NOUN/NN dobj 1
        of ADP/IN prep 3
        its PRON/PRP$ poss 7
        strategic ADJ/JJ amod 7
        partnership NOUN/NN pobj 4
        with ADP/IN prep 7
        Doravia PROPN/NNP pobj 8
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_a_warning_about_an_attack_opposes_its_author_and_never_the_warners_own_state(data_dir: Path) -> None:
    # "Castrian minister Odell warned that a Doravian invasion would end the alliance, and warned that Castria
    # would retaliate"
    doc = parsed("""
        Castrian ADJ/JJ amod 1
        minister NOUN/NN compound 2
        Odell PROPN/NNP nsubj 3
        warned VERB/VBD ROOT 3
        that SCONJ/IN mark 9
        a DET/DT det 7
        Doravian ADJ/JJ amod 7
        invasion NOUN/NN nsubj 9
        would AUX/MD aux 9
        end VERB/VB ccomp 3
        the DET/DT det 11
        alliance NOUN/NN dobj 9
        , PUNCT/, punct 3
        and CCONJ/CC cc 3
        warned VERB/VBD conj 3
        that SCONJ/IN mark 18
        Castria PROPN/NNP nsubj 18
        would AUX/MD aux 18
        retaliate VERB/VB ccomp 14
        . PUNCT/. punct 3
    """, [("Castrian", "STATE", "STATE:XC"), ("Odell", "PERSON", ""), ("Doravian", "STATE", "STATE:XD"),
          ("Castria", "STATE", "STATE:XC")])
    got = relations(doc, str(data_dir))
    assert ("Odell", "opposes", "Doravian") in got
    assert not {r for r in got if r[1] == "opposes" and r[2] in {"Castria", "Castrian"}}


def test_questioning_a_states_claim_opposes_the_state(data_dir: Path) -> None:
    # "Odell questioned Castria's claim over the islands"
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        questioned VERB/VBD ROOT 1
        Castria PROPN/NNP poss 4
        's PART/POS case 2
        claim NOUN/NN dobj 1
        over ADP/IN prep 4
        the DET/DT det 7
        islands NOUN/NNS pobj 5
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Castria", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Odell", "opposes", "Castria")}


@pytest.mark.parametrize(("quantity", "expected"), [("double DET/PDT nummod 4", set()),
                                                     ("all DET/PDT predet 4", {("Varga", "supports", "Odell")})])
def test_double_the_support_of_someone_is_an_amount_compared_not_support_received(
        data_dir: Path, quantity: str, expected: set) -> None:
    # "Odell received double the support of Varga" (votes); "Odell received all the support of Varga"
    doc = parsed(f"""
        Odell PROPN/NNP nsubj 1
        received VERB/VBD ROOT 1
        {quantity}
        the DET/DT det 4
        support NOUN/NN dobj 1
        of ADP/IN prep 4
        Varga PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Varga", "PERSON", "")])
    assert relations(doc, str(data_dir)) == expected


def test_a_step_closer_to_membership_or_being_able_to_join_is_not_taking_part(data_dir: Path) -> None:
    # "Castria is one step closer to becoming a member of Vexor. Castria will be able to join Vexor."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        one NUM/CD nummod 3
        step NOUN/NN npadvmod 4
        closer ADV/RBR advmod 1
        to ADP/IN prep 4
        becoming VERB/VBG pcomp 5
        a DET/DT det 8
        member NOUN/NN attr 6
        of ADP/IN prep 8
        Vexor PROPN/NNP pobj 9
        . PUNCT/. punct 1
        Castria PROPN/NNP nsubj 14
        will AUX/MD aux 14
        be AUX/VB ROOT 14
        able ADJ/JJ acomp 14
        to PART/TO aux 17
        join VERB/VB xcomp 15
        Vexor PROPN/NNP dobj 17
        . PUNCT/. punct 14
    """, [("Castria", "STATE", "STATE:XC"), ("Vexor", "ORG", "ORG:VEXOR"), ("Castria", "STATE", "STATE:XC"),
          ("Vexor", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == set()


def test_envoys_expelled_from_another_state_are_that_states(data_dir: Path) -> None:
    # "Castria expelled diplomats from Doravia and Norland"
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        expelled VERB/VBD ROOT 1
        diplomats NOUN/NNS dobj 1
        from ADP/IN prep 1
        Doravia PROPN/NNP pobj 3
        and CCONJ/CC cc 4
        Norland PROPN/NNP conj 4
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia"), ("Castria", "opposes", "Norland")}


def test_targets_used_by_a_group_are_the_groups(data_dir: Path) -> None:
    # "Castria bombed targets used by Vexor"
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        bombed VERB/VBD ROOT 1
        targets NOUN/NNS dobj 1
        used VERB/VBN acl 2
        by ADP/IN agent 3
        Vexor PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Vexor", "ORG", "ORG:VEXOR")])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Vexor")}


def test_a_states_warring_parties_are_not_the_state(data_dir: Path) -> None:
    # "Castria will stop backing Doravia's warring parties"
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        stop VERB/VB ROOT 2
        backing VERB/VBG xcomp 2
        Doravia PROPN/NNP poss 7
        's PART/POS case 4
        warring VERB/VBG amod 7
        parties NOUN/NNS dobj 3
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == set()


def test_applauding_a_parliaments_decision_supports_its_state(data_dir: Path) -> None:
    # "Odell applauded the Castrian parliament's decision"
    doc = parsed("""
        Odell PROPN/NNP nsubj 1
        applauded VERB/VBD ROOT 1
        the DET/DT det 4
        Castrian ADJ/JJ amod 4
        parliament NOUN/NN poss 6
        's PART/POS case 4
        decision NOUN/NN dobj 1
        . PUNCT/. punct 1
    """, [("Odell", "PERSON", ""), ("Castrian", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Odell", "supports", "Castrian")}
