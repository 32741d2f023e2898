"""Membership: who belongs to a body, on hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations


def test_founders_of_a_bloc_belong_to_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 3
        Gulf PROPN/NNP compound 3
        Cooperation PROPN/NNP compound 3
        Council PROPN/NNP nsubjpass 5
        was AUX/VBD auxpass 5
        founded VERB/VBN ROOT 5
        in ADP/IN prep 5
        1981 NUM/CD pobj 6
        by ADP/IN agent 5
        Kuwait PROPN/NNP pobj 8
        , PUNCT/, punct 9
        Oman PROPN/NNP conj 9
        and CCONJ/CC cc 11
        Qatar PROPN/NNP conj 11
        . PUNCT/. punct 5
    """, [("Gulf Cooperation Council", "ORG", "ORG:GCC"), ("Kuwait", "STATE", "STATE:KW"),
          ("Oman", "STATE", "STATE:OM"), ("Qatar", "STATE", "STATE:QA")])
    assert relations(doc, str(data_dir)) == {
        ("Kuwait", "participates_in", "Gulf Cooperation Council"),
        ("Oman", "participates_in", "Gulf Cooperation Council"),
        ("Qatar", "participates_in", "Gulf Cooperation Council")}


def test_states_that_set_up_a_body_belong_to_it(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Uganda PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Tanzania PROPN/NNP conj 2
        set VERB/VBD ROOT 5
        up ADP/RP prt 5
        the DET/DT det 10
        East PROPN/NNP compound 9
        African PROPN/NNP compound 10
        Community PROPN/NNP dobj 5
        in ADP/IN prep 5
        2000 NUM/CD pobj 11
        . PUNCT/. punct 5
    """, [("Kenya", "STATE", "STATE:KE"), ("Uganda", "STATE", "STATE:UG"), ("Tanzania", "STATE", "STATE:TZ"),
          ("East African Community", "ORG", "ORG:EAC")])
    assert relations(doc, str(data_dir)) == {
        ("Kenya", "participates_in", "East African Community"),
        ("Tanzania", "participates_in", "East African Community"),
        ("Uganda", "participates_in", "East African Community")}


def test_a_body_founded_under_a_name_is_that_body(data_dir: Path) -> None:
    doc = parsed("""
        Chile PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Peru PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Colombia PROPN/NNP conj 2
        formed VERB/VBD ROOT 5
        a DET/DT det 8
        new ADJ/JJ amod 8
        group NOUN/NN dobj 5
        known VERB/VBN acl 8
        as ADP/IN prep 9
        the DET/DT det 13
        Pacific PROPN/NNP compound 13
        Alliance PROPN/NNP pobj 10
        . PUNCT/. punct 5
    """, [("Chile", "STATE", "STATE:CL"), ("Peru", "STATE", "STATE:PE"), ("Colombia", "STATE", "STATE:CO"),
          ("Pacific Alliance", "ORG", "")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "participates_in", "Pacific Alliance"), ("Colombia", "participates_in", "Pacific Alliance"),
        ("Peru", "participates_in", "Pacific Alliance")}


def test_states_that_make_up_a_bloc_belong_to_it(data_dir: Path) -> None:
    doc = parsed("""
        Ghana PROPN/NNP nsubj 5
        , PUNCT/, punct 0
        Togo PROPN/NNP conj 0
        and CCONJ/CC cc 2
        Benin PROPN/NNP conj 2
        make VERB/VB ROOT 5
        up ADP/RP prt 5
        ECOWAS NOUN/NNS dobj 5
        . PUNCT/. punct 5
    """, [("Ghana", "STATE", "STATE:GH"), ("Togo", "STATE", "STATE:TG"), ("Benin", "STATE", "STATE:BJ"),
          ("ECOWAS", "ORG", "ORG:ECOWAS")])
    assert relations(doc, str(data_dir)) == {
        ("Benin", "participates_in", "ECOWAS"), ("Ghana", "participates_in", "ECOWAS"),
        ("Togo", "participates_in", "ECOWAS")}


def test_what_a_bloc_comprises_belongs_to_it(data_dir: Path) -> None:
    doc = parsed("""
        ECOWAS PROPN/NNP nsubj 8
        , PUNCT/, punct 0
        which PRON/WDT nsubj 3
        comprises VERB/VBZ relcl 0
        Ghana PROPN/NNP dobj 3
        and CCONJ/CC cc 4
        Togo PROPN/NNP conj 4
        , PUNCT/, punct 0
        met VERB/VBD ROOT 8
        on ADP/IN prep 8
        Friday PROPN/NNP pobj 9
        . PUNCT/. punct 8
    """, [("ECOWAS", "ORG", "ORG:ECOWAS"), ("Ghana", "STATE", "STATE:GH"), ("Togo", "STATE", "STATE:TG")])
    assert relations(doc, str(data_dir)) == {
        ("Ghana", "participates_in", "ECOWAS"), ("Togo", "participates_in", "ECOWAS")}


def test_a_static_membership_takes_part(data_dir: Path) -> None:
    doc = parsed("""
        Laos PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        a DET/DT det 3
        member NOUN/NN attr 1
        of ADP/IN prep 3
        ASEAN PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Laos", "STATE", "STATE:LA"), ("ASEAN", "ORG", "ORG:ASEAN")])
    assert relations(doc, str(data_dir)) == {("Laos", "participates_in", "ASEAN")}


def test_the_chairs_of_a_body_take_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Laos PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Chile PROPN/NNP conj 0
        are AUX/VBP ROOT 3
        co NOUN/NN compound 6
        - PUNCT/HYPH punct 6
        chairs NOUN/NNS attr 3
        of ADP/IN prep 6
        ASEAN PROPN/NNP pobj 7
        . PUNCT/. punct 3
    """, [("Laos", "STATE", "STATE:LA"), ("Chile", "STATE", "STATE:CL"), ("ASEAN", "ORG", "ORG:ASEAN")])
    assert relations(doc, str(data_dir)) == {("Laos", "participates_in", "ASEAN"),
                                             ("Chile", "participates_in", "ASEAN")}


def test_the_body_named_after_an_owners_possessive_is_the_one_joined(data_dir: Path) -> None:
    """'a member of the X's (ACR) Y Group', with Y Group parsed apart: Y Group, not X."""
    doc = parsed("""
        Laos PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        a DET/DT det 3
        member NOUN/NN attr 1
        of ADP/IN prep 3
        ASEAN PROPN/NNP pobj 4
        ’s PART/POS punct 1
        ( PUNCT/-LRB- punct 1
        AS PROPN/NNP appos 5
        ) PUNCT/-RRB- punct 1
        Zenith PROPN/NNP compound 11
        Forum PROPN/NNP npadvmod 1
        . PUNCT/. punct 1
    """, [("Laos", "STATE", "STATE:LA"), ("ASEAN", "ORG", "ORG:ASEAN"), ("AS", "ORG", "ORG:ASEAN"),
          ("Zenith Forum", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Laos", "participates_in", "Zenith Forum")}


def test_a_member_listing_names_the_members(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        members NOUN/NNS nsubj 4
        of ADP/IN prep 1
        ASEAN PROPN/NNP pobj 2
        include VERB/VBP ROOT 4
        Laos PROPN/NNP dobj 4
        and CCONJ/CC cc 5
        Cambodia PROPN/NNP conj 5
        . PUNCT/. punct 4
    """, [("ASEAN", "ORG", "ORG:ASEAN"), ("Laos", "STATE", "STATE:LA"), ("Cambodia", "STATE", "STATE:KH")])
    assert relations(doc, str(data_dir)) == {
        ("Cambodia", "participates_in", "ASEAN"), ("Laos", "participates_in", "ASEAN")}


def test_member_states_named_by_the_bloc_include_the_members(data_dir: Path) -> None:
    doc = parsed("""
        SCO PROPN/NNP compound 2
        member NOUN/NN compound 2
        states NOUN/NNS nsubj 3
        include VERB/VBP ROOT 3
        Iran PROPN/NNP dobj 3
        and CCONJ/CC cc 4
        India PROPN/NNP conj 4
        . PUNCT/. punct 3
    """, [("SCO", "ORG", "ORG:SCO"), ("Iran", "STATE", "STATE:IR"), ("India", "STATE", "STATE:IN")])
    assert relations(doc, str(data_dir)) == {
        ("India", "participates_in", "SCO"), ("Iran", "participates_in", "SCO")}


def test_the_members_of_a_body_every_state_belongs_to_say_nothing(data_dir: Path) -> None:
    doc = parsed("""
        UN PROPN/NNP compound 2
        member NOUN/NN compound 2
        states NOUN/NNS nsubj 3
        include VERB/VBP ROOT 3
        Peru PROPN/NNP dobj 3
        and CCONJ/CC cc 4
        Chile PROPN/NNP conj 4
        . PUNCT/. punct 3
    """, [("UN", "ORG", "ORG:UN"), ("Peru", "STATE", "STATE:PE"), ("Chile", "STATE", "STATE:CL")])
    assert relations(doc, str(data_dir)) == set()


def test_signatories_named_as_examples_take_part(data_dir: Path) -> None:
    doc = parsed("""
        Over ADP/IN quantmod 1
        150 NUM/CD nummod 2
        states NOUN/NNS nsubj 3
        are AUX/VBP ROOT 3
        signatories NOUN/NNS attr 3
        to ADP/IN prep 4
        the DET/DT det 8
        Ottawa PROPN/NNP compound 8
        Convention PROPN/NNP pobj 5
        , PUNCT/, punct 8
        including VERB/VBG prep 8
        Angola PROPN/NNP pobj 10
        . PUNCT/. punct 3
    """, [("Ottawa Convention", "ORG", ""), ("Angola", "STATE", "STATE:AO")])
    assert relations(doc, str(data_dir)) == {("Angola", "participates_in", "Ottawa Convention")}


def test_a_bare_membership_is_of_the_bloc_named_before(data_dir: Path) -> None:
    doc = parsed("""
        ASEAN PROPN/NNP nsubjpass 2
        was AUX/VBD auxpass 2
        set VERB/VBN ROOT 2
        up ADP/RP prt 2
        in ADP/IN prep 2
        1967 NUM/CD pobj 4
        . PUNCT/. punct 2
        Brunei PROPN/NNP nsubj 8
        became VERB/VBD ROOT 8
        a DET/DT det 10
        member NOUN/NN attr 8
        later ADV/RB advmod 8
        . PUNCT/. punct 8
    """, [("ASEAN", "ORG", "ORG:ASEAN"), ("Brunei", "STATE", "STATE:BN")])
    assert relations(doc, str(data_dir)) == {("Brunei", "participates_in", "ASEAN")}


def test_joining_without_an_object_joins_the_bloc_named_before(data_dir: Path) -> None:
    doc = parsed("""
        ASEAN PROPN/NNP nsubjpass 2
        was AUX/VBD auxpass 2
        set VERB/VBN ROOT 2
        up ADP/RP prt 2
        in ADP/IN prep 2
        1967 NUM/CD pobj 4
        , PUNCT/, punct 2
        and CCONJ/CC cc 2
        Brunei PROPN/NNP nsubj 9
        joined VERB/VBD conj 2
        in ADP/IN prep 9
        1984 NUM/CD pobj 10
        . PUNCT/. punct 9
    """, [("ASEAN", "ORG", "ORG:ASEAN"), ("Brunei", "STATE", "STATE:BN")])
    assert relations(doc, str(data_dir)) == {("Brunei", "participates_in", "ASEAN")}


def test_not_being_a_member_is_a_fact_not_a_refusal(data_dir: Path) -> None:
    doc = parsed("""
        Laos PROPN/NNP nsubj 1
        is AUX/VBZ ROOT 1
        not PART/RB neg 1
        a DET/DT det 4
        member NOUN/NN attr 1
        of ADP/IN prep 4
        the DET/DT det 7
        Quad PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [("Laos", "STATE", "STATE:LA"), ("Quad", "ORG", "ORG:QUAD")])
    assert relations(doc, str(data_dir)) == set()


def test_a_member_named_in_passing_is_a_description(data_dir: Path) -> None:
    doc = parsed("""
        Fellow ADJ/JJ amod 2
        NATO PROPN/NNP compound 2
        member NOUN/NN compound 3
        Norway PROPN/NNP nsubj 4
        objected VERB/VBD ROOT 4
        . PUNCT/. punct 4
    """, [("Fellow NATO", "ORG", ""), ("Norway", "STATE", "STATE:NO")])
    assert relations(doc, str(data_dir)) == set()


def test_hoping_to_join_is_not_joining(data_dir: Path) -> None:
    doc = parsed("""
        Mongolia PROPN/NNP nsubj 1
        hopes VERB/VBZ ROOT 1
        to PART/TO aux 3
        join VERB/VB xcomp 1
        the DET/DT det 5
        SCO PROPN/NNP dobj 3
        . PUNCT/. punct 1
    """, [("Mongolia", "STATE", "STATE:MN"), ("SCO", "ORG", "ORG:SCO")])
    assert relations(doc, str(data_dir)) == set()


def test_not_seeking_to_join_is_a_refusal(data_dir: Path) -> None:
    doc = parsed("""
        Kazakhstan PROPN/NNP nsubj 3
        will AUX/MD aux 3
        not PART/RB neg 3
        seek VERB/VB ROOT 3
        to PART/TO aux 5
        join VERB/VB xcomp 3
        the DET/DT det 7
        SCO PROPN/NNP dobj 5
        . PUNCT/. punct 3
    """, [("Kazakhstan", "STATE", "STATE:KZ"), ("SCO", "ORG", "ORG:SCO")])
    assert relations(doc, str(data_dir)) == {("Kazakhstan", "declines", "SCO")}


def test_states_a_bodys_envoys_come_from_belong_to_it(data_dir: Path) -> None:
    doc = parsed("""
        African PROPN/NNP compound 1
        Union PROPN/NNP compound 2
        diplomats NOUN/NNS nsubj 7
        from ADP/IN prep 2
        Ghana PROPN/NNP pobj 3
        and CCONJ/CC cc 4
        Kenya PROPN/NNP conj 4
        arrived VERB/VBD ROOT 7
        in ADP/IN prep 7
        Cairo PROPN/NNP pobj 8
        . PUNCT/. punct 7
    """, [("African Union", "ORG", "ORG:AU"), ("Ghana", "STATE", "STATE:GH"), ("Kenya", "STATE", "STATE:KE"),
          ("Cairo", "PLACE", "CAPITAL:EG:cairo")])
    assert relations(doc, str(data_dir)) == {
        ("Ghana", "participates_in", "African Union"), ("Kenya", "participates_in", "African Union")}


def test_inviting_a_state_into_a_body_backs_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 1
        EU PROPN/NNP nsubj 2
        decided VERB/VBD ROOT 2
        to PART/TO aux 4
        invite VERB/VB xcomp 2
        Moldova PROPN/NNP dobj 4
        to PART/TO aux 7
        join VERB/VB xcomp 4
        the DET/DT det 9
        bloc NOUN/NN dobj 7
        . PUNCT/. punct 2
    """, [("EU", "ORG", "ORG:EU"), ("Moldova", "STATE", "STATE:MD"), ("bloc", "ORG", "ORG:EU")])
    assert relations(doc, str(data_dir)) == {("EU", "supports", "Moldova")}


def test_leaders_set_off_by_dashes_are_the_body_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Mercosur PROPN/NNP compound 1
        leaders NOUN/NNS nsubj 2
        met VERB/VBD ROOT 2
        in ADP/IN prep 2
        Asuncion PROPN/NNP pobj 3
        . PUNCT/. punct 2
        The DET/DT det 7
        leaders NOUN/NNS nsubj 16
        — PUNCT/: punct 7
        from ADP/IN prep 7
        Brazil PROPN/NNP pobj 9
        , PUNCT/, punct 10
        Paraguay PROPN/NNP conj 10
        and CCONJ/CC cc 12
        Uruguay PROPN/NNP conj 12
        — PUNCT/: punct 7
        criticised VERB/VBD ROOT 16
        Venezuela PROPN/NNP dobj 16
        . PUNCT/. punct 16
    """, [("Mercosur", "ORG", "ORG:MERCOSUR"), ("Asuncion", "PLACE", "CAPITAL:PY:asuncion"),
          ("Brazil", "STATE", "STATE:BR"), ("Paraguay", "STATE", "STATE:PY"), ("Uruguay", "STATE", "STATE:UY"),
          ("Venezuela", "STATE", "STATE:VE")])
    assert relations(doc, str(data_dir)) == {
        ("Brazil", "participates_in", "Mercosur"), ("Mercosur", "opposes", "Venezuela"),
        ("Paraguay", "participates_in", "Mercosur"), ("Uruguay", "participates_in", "Mercosur")}


def test_an_invitation_to_talks_is_no_backing(data_dir: Path) -> None:
    doc = parsed("""
        Japan PROPN/NNP nsubj 1
        invited VERB/VBD ROOT 1
        Vietnam PROPN/NNP dobj 1
        to ADP/IN prep 1
        the DET/DT det 5
        talks NOUN/NNS pobj 3
        in ADP/IN prep 5
        Osaka PROPN/NNP pobj 6
        . PUNCT/. punct 1
    """, [("Japan", "STATE", "STATE:JP"), ("Vietnam", "STATE", "STATE:VN"), ("Osaka", "PLACE", "")])
    assert relations(doc, str(data_dir)) == set()


def test_a_state_that_chairs_a_body_belongs_to_it(data_dir: Path) -> None:
    doc = parsed("""
        Senegal PROPN/NNP nsubj 1
        chairs VERB/VBZ ROOT 1
        the DET/DT det 4
        Economic PROPN/NNP compound 4
        Community PROPN/NNP dobj 1
        of ADP/IN prep 4
        West PROPN/NNP compound 7
        African PROPN/NNP compound 8
        States PROPN/NNPS pobj 5
        . PUNCT/. punct 1
    """, [("Senegal", "STATE", "STATE:SN"), ("Economic Community of West African States", "ORG", "ORG:ECOWAS")])
    assert relations(doc, str(data_dir)) == {
        ("Senegal", "participates_in", "Economic Community of West African States")}


def test_holding_a_bodys_presidency_is_membership(data_dir: Path) -> None:
    doc = parsed("""
        Malaysia PROPN/NNP nsubj 1
        holds VERB/VBZ ROOT 1
        the DET/DT det 4
        rotating VERB/VBG amod 4
        presidency NOUN/NN dobj 1
        of ADP/IN prep 4
        ASEAN PROPN/NNP pobj 5
        this DET/DT det 8
        year NOUN/NN npadvmod 1
        . PUNCT/. punct 1
    """, [("Malaysia", "STATE", "STATE:MY"), ("ASEAN", "ORG", "ORG:ASEAN")])
    assert relations(doc, str(data_dir)) == {("Malaysia", "participates_in", "ASEAN")}


def test_a_leader_whose_country_chairs_a_body(data_dir: Path) -> None:
    doc = parsed("""
        Ghanaian ADJ/JJ amod 1
        President PROPN/NNP compound 3
        John PROPN/NNP compound 3
        Mahama PROPN/NNP nsubj 12
        , PUNCT/, punct 3
        whose DET/WP$ poss 6
        country NOUN/NN nsubj 7
        chairs VERB/VBZ relcl 3
        the DET/DT det 10
        African PROPN/NNP compound 10
        Union PROPN/NNP dobj 7
        , PUNCT/, punct 3
        spoke VERB/VBD ROOT 12
        on ADP/IN prep 12
        Monday PROPN/NNP pobj 13
        . PUNCT/. punct 12
    """, [("Ghanaian", "STATE", "STATE:GH"), ("John Mahama", "PERSON", ""), ("African Union", "ORG", "ORG:AU")])
    assert relations(doc, str(data_dir)) == {
        ("John Mahama", "affiliated_with", "Ghanaian"), ("John Mahama", "participates_in", "African Union")}


def test_chairing_a_meeting_is_no_membership(data_dir: Path) -> None:
    doc = parsed("""
        Macron PROPN/NNP nsubj 1
        chaired VERB/VBD ROOT 1
        the DET/DT det 3
        meeting NOUN/NN dobj 1
        in ADP/IN prep 3
        Paris PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [("Macron", "PERSON", ""), ("Paris", "PLACE", "CAPITAL:FR:paris")])
    assert relations(doc, str(data_dir)) == set()


def test_its_fellow_members_of_a_bloc(data_dir: Path) -> None:
    doc = parsed("""
        Oman PROPN/NNP nsubj 1
        regretted VERB/VBD ROOT 1
        the DET/DT det 3
        move NOUN/NN dobj 1
        by ADP/IN prep 3
        its PRON/PRP$ poss 9
        fellow ADJ/JJ amod 9
        Arab PROPN/NNP compound 8
        League PROPN/NNP compound 9
        members NOUN/NNS pobj 4
        . PUNCT/. punct 1
    """, [("Oman", "STATE", "STATE:OM"), ("Arab League", "ORG", "ORG:ARAB_LEAGUE")])
    assert relations(doc, str(data_dir)) == {("Oman", "participates_in", "Arab League")}


def test_refusing_membership_or_a_seat_declines_the_body(data_dir: Path) -> None:
    doc = parsed("""
        Kenya PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        membership NOUN/NN dobj 1
        of ADP/IN prep 2
        the DET/DT det 6
        Security PROPN/NNP compound 6
        Council PROPN/NNP pobj 3
        , PUNCT/, punct 1
        and CCONJ/CC cc 1
        Chile PROPN/NNP nsubj 10
        turned VERB/VBD conj 1
        down ADP/RP prt 10
        a DET/DT det 13
        seat NOUN/NN dobj 10
        on ADP/IN prep 13
        the DET/DT det 17
        Security PROPN/NNP compound 17
        Council PROPN/NNP pobj 14
        . PUNCT/. punct 10
    """, [("Kenya", "STATE", "STATE:KE"), ("Security Council", "ORG", "ORG:UNSC"), ("Chile", "STATE", "STATE:CL"),
          ("Security Council", "ORG", "ORG:UNSC")])
    assert relations(doc, str(data_dir)) == {
        ("Chile", "declines", "Security Council"), ("Kenya", "declines", "Security Council")}


def test_rejecting_anothers_membership_or_not_rejecting_a_seat_declines_nothing(data_dir: Path) -> None:
    doc = parsed("""
        Peru PROPN/NNP nsubj 1
        rejected VERB/VBD ROOT 1
        Bolivia PROPN/NNP poss 4
        's PART/POS case 2
        membership NOUN/NN dobj 1
        of ADP/IN prep 4
        Mercosur PROPN/NNP pobj 5
        , PUNCT/, punct 1
        but CCONJ/CC cc 1
        it PRON/PRP nsubj 12
        did AUX/VBD aux 12
        not PART/RB neg 12
        reject VERB/VB conj 1
        a DET/DT det 14
        seat NOUN/NN dobj 12
        on ADP/IN prep 14
        the DET/DT det 18
        Security PROPN/NNP compound 18
        Council PROPN/NNP pobj 15
        . PUNCT/. punct 12
    """, [("Peru", "STATE", "STATE:PE"), ("Bolivia", "STATE", "STATE:BO"), ("Mercosur", "ORG", "ORG:MERCOSUR"),
          ("Security Council", "ORG", "ORG:UNSC")])
    assert relations(doc, str(data_dir)) == {("Peru", "opposes", "Bolivia")}  # against Bolivia joining, as before


def test_what_had_been_a_membership_is_told_as_ended(data_dir: Path) -> None:
    doc = parsed("""
        Laos PROPN/NNP nsubj 2
        had AUX/VBD aux 2
        been AUX/VBN ROOT 2
        a DET/DT det 4
        member NOUN/NN attr 2
        of ADP/IN prep 4
        ASEAN PROPN/NNP pobj 5
        for ADP/IN prep 2
        decades NOUN/NNS pobj 7
        . PUNCT/. punct 2
    """, [("Laos", "STATE", "STATE:LA"), ("ASEAN", "ORG", "ORG:ASEAN")])
    assert relations(doc, str(data_dir)) == set()


def test_states_set_off_by_a_bracket_after_a_blocs_name_are_its_members(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Northern PROPN/NNP compound 2
        Pact PROPN/NNP nsubj 10
        ( PUNCT/-LRB- punct 2
        Castria PROPN/NNP appos 2
        , PUNCT/, punct 4
        Doravia PROPN/NNP conj 4
        and CCONJ/CC cc 6
        Norland PROPN/NNP conj 6
        ) PUNCT/-RRB- punct 2
        met VERB/VBD ROOT 10
        on ADP/IN prep 10
        Monday PROPN/NNP pobj 11
        . PUNCT/. punct 10
    """, [("Northern Pact", "ORG", "ACCORD:Northern Pact"), ("Castria", "STATE", "STATE:XC"),
          ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {
        ("Castria", "participates_in", "Northern Pact"), ("Doravia", "participates_in", "Northern Pact"),
        ("Norland", "participates_in", "Northern Pact")}


def test_states_set_off_by_dashes_after_a_blocs_name_are_its_members(data_dir: Path) -> None:
    doc = parsed("""
        Leaders NOUN/NNS nsubj 12
        of ADP/IN prep 0
        the DET/DT det 4
        Northern PROPN/NNP compound 4
        Pact PROPN/NNP pobj 1
        – PUNCT/: punct 4
        Castria PROPN/NNP appos 4
        , PUNCT/, punct 6
        Doravia PROPN/NNP conj 6
        and CCONJ/CC cc 8
        Norland PROPN/NNP conj 8
        – PUNCT/: punct 12
        met VERB/VBD ROOT 12
        on ADP/IN prep 12
        Monday PROPN/NNP pobj 13
        . PUNCT/. punct 12
    """, [("Northern Pact", "ORG", "ACCORD:Northern Pact"), ("Castria", "STATE", "STATE:XC"),
          ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {
        ("Castria", "participates_in", "Northern Pact"), ("Doravia", "participates_in", "Northern Pact"),
        ("Norland", "participates_in", "Northern Pact")}


def test_one_state_set_off_after_a_bloc_is_no_list_of_members(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Northern PROPN/NNP compound 2
        Pact PROPN/NNP nsubj 8
        – PUNCT/: punct 2
        Castria PROPN/NNP appos 2
        in ADP/IN prep 4
        particular ADJ/JJ pobj 5
        – PUNCT/: punct 8
        criticised VERB/VBD ROOT 8
        the DET/DT det 10
        plan NOUN/NN dobj 8
        . PUNCT/. punct 8
    """, [("Northern Pact", "ORG", "ACCORD:Northern Pact"), ("Castria", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == set()


def test_countries_that_joined_a_body_including_named_ones(data_dir: Path) -> None:
    doc = parsed("""
        Several ADJ/JJ amod 1
        countries NOUN/NNS nsubj 3
        have AUX/VBP aux 3
        joined VERB/VBN ROOT 3
        the DET/DT det 6
        Northern PROPN/NNP compound 6
        Pact PROPN/NNP dobj 3
        , PUNCT/, punct 6
        including VERB/VBG prep 6
        Castria PROPN/NNP pobj 8
        and CCONJ/CC cc 9
        Norland PROPN/NNP conj 9
        . PUNCT/. punct 3
    """, [("Northern Pact", "ORG", "ACCORD:Northern Pact"), ("Castria", "STATE", "STATE:XC"),
          ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == {
        ("Castria", "participates_in", "Northern Pact"), ("Norland", "participates_in", "Northern Pact")}


def test_taking_part_in_the_making_of_a_body_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        participate VERB/VB ROOT 2
        in ADP/IN prep 2
        the DET/DT det 5
        formation NOUN/NN pobj 3
        of ADP/IN prep 5
        the DET/DT det 10
        Northern PROPN/NNP compound 10
        Economic PROPN/NNP compound 10
        Union PROPN/NNP pobj 6
        . PUNCT/. punct 2
    """, [("Castria", "STATE", "STATE:XC"), ("Northern Economic Union", "ORG", "")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Northern Economic Union")}


def test_a_membership_pointed_to_is_a_fact_but_an_opposed_or_possible_one_is_not(data_dir: Path) -> None:
    doc = parsed("""
        Kovar PROPN/NNP nsubj 1
        pointed VERB/VBD ROOT 1
        to ADP/IN prep 1
        Castria PROPN/NNP poss 5
        's PART/POS case 3
        membership NOUN/NN pobj 2
        of ADP/IN prep 5
        the DET/DT det 10
        East PROPN/NNP compound 10
        African PROPN/NNP compound 10
        Community PROPN/NNP pobj 6
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 13
        opposed VERB/VBD ROOT 13
        Norland PROPN/NNP poss 17
        's PART/POS case 14
        possible ADJ/JJ amod 17
        membership NOUN/NN dobj 13
        of ADP/IN prep 17
        the DET/DT det 22
        East PROPN/NNP compound 22
        African PROPN/NNP compound 22
        Community PROPN/NNP pobj 18
        . PUNCT/. punct 13
    """, [("Kovar", "PERSON", ""), ("Castria", "STATE", "STATE:XC"), ("East African Community", "ORG", "ORG:EAC"),
          ("Doravia", "STATE", "STATE:XD"),
          ("Norland", "STATE", "STATE:XN"), ("East African Community", "ORG", "ORG:EAC")])
    assert {r for r in relations(doc, str(data_dir)) if r[1] == "participates_in"} == {
        ("Castria", "participates_in", "East African Community")}
