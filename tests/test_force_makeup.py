"""Who a force is made of: contributors and participating countries listed, troops a force is made up of; on
hand-parsed sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

OPERATION_BEGAN = """
        Operation PROPN/NNP compound 2
        Sea PROPN/NNP compound 2
        Shield PROPN/NNP nsubj 3
        began VERB/VBD ROOT 3
        on ADP/IN prep 3
        Monday PROPN/NNP pobj 4
        . PUNCT/. punct 3
"""
OPERATION = ("Operation Sea Shield", "ORG", "MISSION:Operation Sea Shield")
CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
BOTH_TAKE_PART = {("Castria", "participates_in", "Operation Sea Shield"),
                  ("Doravia", "participates_in", "Operation Sea Shield")}


def test_contributors_listed_take_part_in_the_force_named_before(data_dir: Path) -> None:
    doc = parsed(OPERATION_BEGAN + """
        Contributors NOUN/NNS nsubj 8
        include VERB/VBP ROOT 8
        Castria PROPN/NNP dobj 8
        and CCONJ/CC cc 9
        Doravia PROPN/NNP conj 9
        . PUNCT/. punct 8
    """, [OPERATION, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == BOTH_TAKE_PART


def test_participating_countries_listed_take_part_in_the_force_named_before(data_dir: Path) -> None:
    doc = parsed(OPERATION_BEGAN + """
        Participating VERB/VBG amod 8
        countries NOUN/NNS nsubj 9
        include VERB/VBP ROOT 9
        Castria PROPN/NNP dobj 9
        and CCONJ/CC cc 10
        Doravia PROPN/NNP conj 10
        . PUNCT/. punct 9
    """, [OPERATION, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == BOTH_TAKE_PART


def test_a_participant_only_said_to_be_is_not_taken_for_the_force_named_before(data_dir: Path) -> None:
    doc = parsed(OPERATION_BEGAN + """
        Norland PROPN/NNP nsubj 8
        said VERB/VBD ROOT 8
        Castria PROPN/NNP nsubj 10
        was AUX/VBD ccomp 8
        a DET/DT det 12
        participant NOUN/NN attr 10
        . PUNCT/. punct 8
    """, [OPERATION, NORLAND, CASTRIA])
    assert relations(doc, str(data_dir)) == set()


def test_a_force_made_up_of_troops_from_states(data_dir: Path) -> None:
    doc = parsed("""
        Operation PROPN/NNP compound 2
        Sea PROPN/NNP compound 2
        Shield PROPN/NNP nsubjpass 4
        is AUX/VBZ auxpass 4
        made VERB/VBN ROOT 4
        up ADP/RP prt 4
        of ADP/IN prep 4
        troops NOUN/NNS pobj 6
        from ADP/IN prep 7
        Castria PROPN/NNP pobj 8
        and CCONJ/CC cc 9
        Doravia PROPN/NNP conj 9
        . PUNCT/. punct 4
    """, [OPERATION, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == BOTH_TAKE_PART


def test_troops_sent_to_a_capital_go_there_not_into_the_alliance_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Leaders NOUN/NNS nsubj 5
        of ADP/IN prep 0
        the DET/DT det 4
        Northern PROPN/NNP compound 4
        Alliance PROPN/NNP pobj 1
        met VERB/VBD ROOT 5
        on ADP/IN prep 5
        Monday PROPN/NNP pobj 6
        . PUNCT/. punct 5
        Castria PROPN/NNP nsubj 10
        sent VERB/VBD ROOT 10
        troops NOUN/NNS dobj 10
        to ADP/IN dative 10
        Alderport PROPN/NNP pobj 12
        . PUNCT/. punct 10
    """, [("Northern Alliance", "ORG", "ORG:Northern Alliance"), CASTRIA,
          ("Alderport", "PLACE", "CAPITAL:XD:alderport")])
    assert relations(doc, str(data_dir)) == set()


def test_a_force_that_will_have_ships_sent_by_states_and_more_to_be_added(data_dir: Path) -> None:
    # "Operation Sea Shield began on Monday. It will have frigates sent by Castria, with two ships from Doravia
    # to be added."
    doc = parsed(OPERATION_BEGAN + """
        It PRON/PRP nsubj 9
        will AUX/MD aux 9
        have VERB/VB ROOT 9
        frigates NOUN/NNS dobj 9
        sent VERB/VBN acl 10
        by ADP/IN agent 11
        Castria PROPN/NNP pobj 12
        , PUNCT/, punct 9
        with ADP/IN mark 22
        two NUM/CD nummod 17
        ships NOUN/NNS nsubjpass 22
        from ADP/IN prep 17
        Doravia PROPN/NNP pobj 18
        to PART/TO aux 22
        be AUX/VB auxpass 22
        added VERB/VBN advcl 9
        . PUNCT/. punct 9
    """, [OPERATION, CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == BOTH_TAKE_PART


def test_a_refusal_in_the_same_sentence_outweighs_the_ships_sent(data_dir: Path) -> None:
    # "Operation Sea Shield began on Monday. Castria sent frigates but said the deployment was not part of the
    # operation."
    doc = parsed(OPERATION_BEGAN + """
        Castria PROPN/NNP nsubj 8
        sent VERB/VBD ROOT 8
        frigates NOUN/NNS dobj 8
        but CCONJ/CC cc 8
        said VERB/VBD conj 8
        the DET/DT det 13
        deployment NOUN/NN nsubj 14
        was AUX/VBD ccomp 11
        not PART/RB neg 14
        part NOUN/NN attr 14
        of ADP/IN prep 16
        the DET/DT det 19
        operation NOUN/NN pobj 17
        . PUNCT/. punct 8
    """, [OPERATION, CASTRIA, ("operation", "ORG", "MISSION:Operation Sea Shield")])
    assert relations(doc, str(data_dir)) == {("Castria", "declines", "operation")}


AS_PART = """
        Castria PROPN/NNP nsubj 1
        has VERB/VBZ ROOT 1
        300 NUM/CD nummod 3
        {troops} NOUN/NNS dobj 1
        in ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        as ADP/IN prep 1
        part NOUN/NN pobj 6
        of ADP/IN prep 7
        Operation PROPN/NNP compound 11
        Sea PROPN/NNP compound 11
        Shield PROPN/NNP pobj 8
        . PUNCT/. punct 1
"""


def test_troops_kept_somewhere_as_part_of_a_force_take_part_in_it(data_dir: Path) -> None:
    doc = parsed(AS_PART.format(troops="troops"), [CASTRIA, DORAVIA, OPERATION])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Operation Sea Shield")}


def test_what_is_no_troops_as_part_of_a_force_says_nothing_of_taking_part(data_dir: Path) -> None:
    doc = parsed(AS_PART.format(troops="offices"), [CASTRIA, DORAVIA, OPERATION])
    assert ("Castria", "participates_in", "Operation Sea Shield") not in relations(doc, str(data_dir))


def test_who_commands_a_force_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Operation PROPN/NNP compound 2
        Sea PROPN/NNP compound 2
        Shield PROPN/NNP nsubj 3
        is AUX/VBZ ROOT 3
        under ADP/IN prep 3
        Castrian ADJ/JJ amod 6
        command NOUN/NN pobj 4
        . PUNCT/. punct 3
        Its PRON/PRP$ poss 9
        fleet NOUN/NN nsubj 10
        sails VERB/VBZ ROOT 10
        under ADP/IN prep 10
        the DET/DT det 13
        command NOUN/NN pobj 11
        of ADP/IN prep 13
        Doravia PROPN/NNP pobj 14
        . PUNCT/. punct 10
    """, [OPERATION, ("Castrian", "STATE", "STATE:XC"), DORAVIA])
    assert relations(doc, str(data_dir)) == {("Castrian", "participates_in", "Operation Sea Shield")}


def test_an_armed_force_deployed_under_an_operation_takes_part_in_it(data_dir: Path) -> None:
    rows = """
        The DET/DT det 1
        VXF PROPN/NNP nsubjpass 3
        are AUX/VBP auxpass 3
        {verb} VERB/VBN ROOT 3
        in ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        under ADP/IN prep 3
        Operation PROPN/NNP compound 8
        Sea PROPN/NNP compound 9
        Shield PROPN/NNP pobj 6
        . PUNCT/. punct 3
    """
    ents = [("VXF", "ORG", ""), CASTRIA, OPERATION]
    assert relations(parsed(rows.format(verb="deployed"), ents), str(data_dir)) == {
        ("VXF", "participates_in", "Operation Sea Shield")}
    assert relations(parsed(rows.format(verb="praised"), ents), str(data_dir)) == set()


SUPPLIED = """
        Castria PROPN/NNP nsubj 1
        provided VERB/VBD ROOT 1
        Operation PROPN/NNP compound 4
        Sea PROPN/NNP compound 4
        Shield PROPN/NNP dobj 1
        with ADP/IN prep 1
        {goods} NOUN/NNS pobj 5
        . PUNCT/. punct 1
"""


def test_supplying_a_force_with_goods_backs_it_without_joining(data_dir: Path) -> None:
    found = relations(parsed(SUPPLIED.format(goods="resources"), [CASTRIA, OPERATION]), str(data_dir))
    assert ("Castria", "supports", "Operation Sea Shield") in found
    assert ("Castria", "participates_in", "Operation Sea Shield") not in found


def test_supplying_a_force_with_troops_joins_it(data_dir: Path) -> None:
    found = relations(parsed(SUPPLIED.format(goods="troops"), [CASTRIA, OPERATION]), str(data_dir))
    assert ("Castria", "participates_in", "Operation Sea Shield") in found
