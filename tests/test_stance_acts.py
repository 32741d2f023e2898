"""Whose act it is and what it refers back to: an effort or decision to act is its owner's act ('a Castrian
effort to impose sanctions on X', 'the government's decision to suspend arms licences to X'); a nominal names
the act its verb told ('suspended licences ... took aim at the suspension'); critics of a decision oppose whoever
took it; taking someone's side; asking for help only in future is no help yet; 'itself' is its clause's one
subject; partners named with a host take part too; encroachment answered; a news agency reports, it does not act;
one's own support kept is support given; an uprising led by someone is theirs."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
CASTRIAN = ("Castrian", "STATE", "STATE:XC")


def test_an_effort_named_by_a_demonym_is_that_states_act(data_dir: Path) -> None:
    doc = parsed("""
        A DET/DT det 2
        Castrian ADJ/JJ amod 2
        effort NOUN/NN nsubjpass 10
        to PART/TO aux 4
        impose VERB/VB acl 2
        new ADJ/JJ amod 6
        sanctions NOUN/NNS dobj 4
        on ADP/IN prep 6
        Doravia PROPN/NNP pobj 7
        was AUX/VBD auxpass 10
        blocked VERB/VBN ROOT 10
        . PUNCT/. punct 10
    """, [CASTRIAN, DORAVIA])
    assert ("Castrian", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_a_governments_decision_to_suspend_arms_licences_is_its_states_opposition(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        criticised VERB/VBD ROOT 1
        the DET/DT det 4
        Castrian ADJ/JJ amod 4
        government NOUN/NN poss 6
        's PART/POS case 4
        decision NOUN/NN dobj 1
        to PART/TO aux 8
        suspend VERB/VB acl 6
        arms NOUN/NNS compound 11
        export NOUN/NN compound 11
        licences NOUN/NNS dobj 8
        to ADP/IN prep 8
        Norland PROPN/NNP pobj 12
        . PUNCT/. punct 1
    """, [DORAVIA, CASTRIAN, NORLAND])
    assert {("Castrian", "opposes", "Norland"), ("Doravia", "opposes", "Castrian")} <= relations(doc, str(data_dir))


def test_a_nominal_refers_back_to_the_act_its_verb_told(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        suspended VERB/VBD ROOT 1
        arms NOUN/NNS compound 3
        licences NOUN/NNS dobj 1
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Norland PROPN/NNP nsubj 8
        took VERB/VBD ROOT 8
        aim NOUN/NN dobj 8
        at ADP/IN prep 8
        the DET/DT det 12
        suspension NOUN/NN pobj 10
        . PUNCT/. punct 8
    """, [CASTRIA, DORAVIA, NORLAND])
    assert {("Castria", "opposes", "Doravia"), ("Norland", "opposes", "Castria")} <= relations(doc, str(data_dir))


def test_critics_of_a_decision_oppose_whoever_took_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        recalled VERB/VBD ROOT 1
        its PRON/PRP$ poss 3
        envoy NOUN/NN dobj 1
        to ADP/IN prep 1
        Doravia PROPN/NNP pobj 4
        . PUNCT/. punct 1
        Among ADP/IN prep 13
        the DET/DT det 9
        critics NOUN/NNS pobj 7
        of ADP/IN prep 9
        the DET/DT det 12
        decision NOUN/NN pobj 10
        was AUX/VBD ROOT 13
        Norland PROPN/NNP nsubj 13
        . PUNCT/. punct 13
    """, [CASTRIA, DORAVIA, NORLAND])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))


def test_regret_at_a_decision_opposes_whoever_took_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        expressed VERB/VBD ROOT 1
        regret NOUN/NN dobj 1
        at ADP/IN prep 2
        Doravia PROPN/NNP poss 6
        's PART/POS case 4
        decision NOUN/NN pobj 3
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert relations(doc, str(data_dir)) == {("Castria", "opposes", "Doravia")}


def test_taking_someones_side_supports_them(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        taken VERB/VBN ROOT 2
        Castria PROPN/NNP poss 5
        's PART/POS case 3
        side NOUN/NN dobj 2
        in ADP/IN prep 2
        the DET/DT det 8
        dispute NOUN/NN pobj 6
        . PUNCT/. punct 2
    """, [NORLAND, CASTRIA])
    assert ("Norland", "supports", "Castria") in relations(doc, str(data_dir))


def _turn(modal: bool) -> str:
    rows = """
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        turn VERB/VB ROOT 2
        to ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        for ADP/IN prep 2
        assistance NOUN/NN pobj 5
        . PUNCT/. punct 2
    """
    if not modal:
        rows = rows.replace("will AUX/MD aux 2", "has AUX/VBZ aux 2").replace("turn VERB/VB", "turned VERB/VBN")
    return rows


def test_turning_to_someone_for_help_is_their_help_only_once_done(data_dir: Path) -> None:
    assert ("Doravia", "supports", "Castria") in relations(parsed(_turn(False), [CASTRIA, DORAVIA]), str(data_dir))
    assert ("Doravia", "supports", "Castria") not in relations(parsed(_turn(True), [CASTRIA, DORAVIA]),
                                                               str(data_dir))


def test_itself_is_its_clauses_one_subject_not_two_asked_to_help(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        asked VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        and CCONJ/CC cc 2
        Norland PROPN/NNP conj 2
        to PART/TO aux 6
        cool VERB/VB xcomp 1
        tensions NOUN/NNS dobj 6
        between ADP/IN prep 7
        itself PRON/PRP pobj 8
        and CCONJ/CC cc 9
        Vexor PROPN/NNP conj 9
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND, ("Vexor", "STATE", "STATE:XV")])
    found = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Vexor") in found
    assert not {r for r in found if r[1] == "opposes" and {r[0], r[2]} & {"Doravia", "Norland"}}


def test_partners_named_with_a_host_take_part_too(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        will AUX/MD aux 2
        host VERB/VB ROOT 2
        Exercise PROPN/NNP compound 4
        Vexor PROPN/NNP dobj 2
        with ADP/IN prep 2
        Doravia PROPN/NNP pobj 5
        and CCONJ/CC cc 6
        Norland PROPN/NNP conj 6
        . PUNCT/. punct 2
    """, [CASTRIA, ("Exercise Vexor", "ORG", "MISSION:Exercise Vexor"), DORAVIA, NORLAND])
    assert {(s, "participates_in", "Exercise Vexor") for s in ("Castria", "Doravia", "Norland")} <= relations(
        doc, str(data_dir))


def test_drills_in_response_to_encroachment_oppose_the_encroacher(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        held VERB/VBD ROOT 1
        drills NOUN/NNS dobj 1
        in ADP/IN prep 1
        response NOUN/NN pobj 3
        to ADP/IN prep 4
        encroachment NOUN/NN pobj 5
        by ADP/IN prep 6
        Doravian ADJ/JJ amod 9
        warships NOUN/NNS pobj 7
        . PUNCT/. punct 1
    """, [CASTRIA, ("Doravian", "STATE", "STATE:XD")])
    assert ("Castria", "opposes", "Doravian") in relations(doc, str(data_dir))


def test_a_news_agency_reporting_a_subjectless_act_does_not_do_it(data_dir: Path) -> None:
    doc = parsed("""
        After ADP/IN prep 6
        talks NOUN/NNS pobj 0
        , PUNCT/, punct 1
        Castria PROPN/NNP poss 5
        's PART/POS case 3
        ministry NOUN/NN appos 1
        summoned VERB/VBD ccomp 12
        Doravia PROPN/NNP poss 9
        's PART/POS case 7
        envoy NOUN/NN dobj 6
        , PUNCT/, punct 12
        Vexor PROPN/NNP nsubj 12
        reported VERB/VBD ROOT 12
        . PUNCT/. punct 12
    """, [CASTRIA, DORAVIA, ("Vexor", "ORG", "")])
    assert not {r for r in relations(doc, str(data_dir)) if r[0] == "Vexor"}


def test_keeping_ones_own_support_is_support_not_support_received(data_dir: Path) -> None:
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        retains VERB/VBZ ROOT 1
        its PRON/PRP$ poss 3
        support NOUN/NN dobj 1
        for ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        . PUNCT/. punct 1
    """, [NORLAND, CASTRIA])
    assert relations(doc, str(data_dir)) == {("Norland", "supports", "Castria")}


def test_an_uprising_led_by_someone_is_theirs(data_dir: Path) -> None:
    doc = parsed("""
        Doravia PROPN/NNP nsubj 1
        condemned VERB/VBD ROOT 1
        a DET/DT det 3
        mutiny NOUN/NN dobj 1
        against ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        led VERB/VBN acl 3
        by ADP/IN agent 6
        Norland PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [DORAVIA, CASTRIA, NORLAND])
    assert ("Norland", "opposes", "Castria") in relations(doc, str(data_dir))


def _recalled_to(region: str) -> str:
    return f"""
        Doravia PROPN/NNP nsubj 1
        cut VERB/VBD ROOT 1
        ties NOUN/NNS dobj 1
        with ADP/IN prep 2
        Castria PROPN/NNP pobj 3
        , PUNCT/, punct 1
        and CCONJ/CC cc 1
        Norland PROPN/NNP nsubj 8
        recalled VERB/VBD conj 1
        its PRON/PRP$ poss 10
        ambassador NOUN/NN dobj 8
        to ADP/IN prep 10
        the DET/DT det 15
        {region.split()[0]} ADJ/JJ compound 14
        {region.split()[1]} ADJ/JJ amod 15
        country NOUN/NN pobj 11
        . PUNCT/. punct 8
    """


def test_a_state_described_by_its_region_is_the_one_named_before_that_lies_there(data_dir: Path) -> None:
    # the gazetteer's regions: Castria stands in for a Western Asian state, Doravia and Norland for South American
    ents = [("Doravia", "STATE", "STATE:BO"), ("Castria", "STATE", "STATE:IL"), ("Norland", "STATE", "STATE:CL")]
    found = relations(parsed(_recalled_to("Middle Eastern"), ents), str(data_dir))
    assert ("Norland", "opposes", "Castria") in found and ("Norland", "opposes", "Doravia") not in found
    found = relations(parsed(_recalled_to("South American"), ents), str(data_dir))
    assert ("Norland", "opposes", "Doravia") in found and ("Norland", "opposes", "Castria") not in found
