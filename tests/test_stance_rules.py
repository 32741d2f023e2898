"""Stance rules on hand-parsed sentences: every dependency is given, no trained model runs."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relation_records, relations

FORCE = ("peacekeeping force", "ORG", "FORCE")


def test_negated_participation_is_a_refusal(data_dir: Path) -> None:
    doc = parsed("""
        Italy PROPN nsubj 3
        and CCONJ cc 0
        Poland PROPN conj 0
        confirmed VERB ROOT 3
        they PRON nsubj 7
        would AUX aux 7
        not PART neg 7
        send VERB ccomp 3
        troops NOUN dobj 7
        to ADP prep 8
        the DET det 12
        peacekeeping NOUN compound 12
        force NOUN pobj 9
        . PUNCT punct 3
    """, [("Italy", "STATE", "STATE:IT"), ("Poland", "STATE", "STATE:PL"), FORCE])
    found = relations(doc, str(data_dir))
    assert found == {("Italy", "declines", "peacekeeping force"), ("Poland", "declines", "peacekeeping force")}
    ex = relation_records(doc, str(data_dir))
    assert {r.modality for r in ex.relations} == {"refused"}


def test_conjoined_subjects_each_pledge(data_dir: Path) -> None:
    doc = parsed("""
        Britain PROPN nsubj 4
        and CCONJ cc 0
        France PROPN conj 0
        will AUX aux 4
        send VERB ROOT 4
        troops NOUN dobj 4
        if SCONJ mark 10
        a DET det 8
        deal NOUN nsubjpass 10
        is AUX auxpass 10
        reached VERB advcl 4
        , PUNCT punct 4
        joining VERB advcl 4
        the DET det 15
        peacekeeping NOUN compound 15
        force NOUN dobj 12
        . PUNCT punct 4
    """, [("Britain", "STATE", "STATE:GB"), ("France", "STATE", "STATE:FR"), FORCE])
    ex = relation_records(doc, str(data_dir))
    got = {(ex.mentions[r.source].text, r.relation, r.modality) for r in ex.relations}
    assert ("Britain", "participates_in", "conditional") in got
    assert ("France", "participates_in", "conditional") in got
    assert all(r.condition.startswith("if a deal") for r in ex.relations if r.relation == "participates_in"
               and r.cue == "send")


def test_denied_support_is_not_turned_into_opposition(data_dir: Path) -> None:
    doc = parsed("""
        Germany PROPN nsubj 3
        did AUX aux 3
        not PART neg 3
        back VERB ROOT 3
        Hungary PROPN dobj 3
        . PUNCT punct 3
    """, [("Germany", "STATE", "STATE:DE"), ("Hungary", "STATE", "STATE:HU")])
    assert relations(doc, str(data_dir)) == set()


def test_quoted_first_person_stance_belongs_to_the_speaker(data_dir: Path) -> None:
    doc = parsed("""
        “ PUNCT punct 9
        We PRON nsubj 3
        will AUX aux 3
        back VERB ccomp 9
        Ukraine PROPN dobj 3
        , PUNCT punct 9
        ” PUNCT punct 9
        Emmanuel PROPN compound 8
        Macron PROPN nsubj 9
        said VERB ROOT 9
        . PUNCT punct 9
    """, [("Ukraine", "STATE", "STATE:UA"), ("Emmanuel Macron", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Emmanuel Macron", "supports", "Ukraine")}


def test_pronoun_subject_takes_the_last_subject(data_dir: Path) -> None:
    doc = parsed("""
        Starmer PROPN nsubj 1
        met VERB ROOT 1
        Macron PROPN dobj 1
        . PUNCT punct 1
        He PRON nsubj 5
        accused VERB ROOT 5
        Putin PROPN dobj 5
        of ADP prep 5
        delaying VERB pcomp 7
        . PUNCT punct 5
    """, [("Starmer", "PERSON", ""), ("Macron", "PERSON", ""), ("Putin", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Starmer", "opposes", "Putin")}


def test_refusing_to_ease_sanctions_opposes_the_target(data_dir: Path) -> None:
    doc = parsed("""
        Costa PROPN nsubj 1
        said VERB ROOT 1
        there PRON expl 4
        must AUX aux 4
        be AUX ccomp 1
        no DET det 6
        easing NOUN attr 4
        of ADP prep 6
        sanctions NOUN pobj 7
        on ADP prep 8
        Russia PROPN pobj 9
        . PUNCT punct 1
    """, [("Costa", "PERSON", ""), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Costa", "opposes", "Russia")}


def test_easing_sanctions_supports_the_target(data_dir: Path) -> None:
    doc = parsed("""
        Washington PROPN nsubj 2
        will AUX aux 2
        ease VERB ROOT 2
        sanctions NOUN dobj 2
        on ADP prep 3
        Russia PROPN pobj 4
        . PUNCT punct 2
    """, [("Washington", "PLACE", "CAPITAL:US:washington"), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Washington", "supports", "Russia")}


def test_someone_elses_refusal_is_not_a_refusal_to_take_part(data_dir: Path) -> None:
    doc = parsed("""
        Moscow PROPN nsubj 1
        ruled VERB ROOT 1
        out ADP prt 1
        allowing VERB advcl 1
        Nato PROPN dobj 3
        to PART aux 6
        deploy VERB ccomp 3
        a DET det 9
        peacekeeping NOUN compound 9
        force NOUN dobj 6
        . PUNCT punct 1
    """, [("Moscow", "PLACE", "CAPITAL:RU:moscow"), ("Nato", "ORG", "ORG:NATO"), FORCE])
    found = relations(doc, str(data_dir))
    assert found == {("Moscow", "opposes", "Nato"), ("Moscow", "opposes", "peacekeeping force")}


def test_reciprocal_accusation(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN nsubj 3
        and CCONJ cc 0
        Ukraine PROPN conj 0
        accused VERB ROOT 3
        each DET det 5
        other ADJ dobj 3
        . PUNCT punct 3
    """, [("Russia", "STATE", "STATE:RU"), ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == {("Russia", "opposes", "Ukraine"), ("Ukraine", "opposes", "Russia")}


def test_title_before_a_name_is_an_affiliation(data_dir: Path) -> None:
    doc = parsed("""
        French ADJ amod 2
        President PROPN compound 4
        Emmanuel PROPN compound 4
        Macron PROPN nsubj 4
        spoke VERB ROOT 4
        . PUNCT punct 4
    """, [("French", "STATE", "STATE:FR"), ("Emmanuel Macron", "PERSON", "")])
    ex = relation_records(doc, str(data_dir))
    assert [(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text, r.role) for r in ex.relations] == [
        ("Emmanuel Macron", "affiliated_with", "French", "President")
    ]


def test_evaluation_in_reported_speech(data_dir: Path) -> None:
    doc = parsed("""
        Russia PROPN nsubj 1
        warned VERB ROOT 1
        that SCONJ mark 7
        foreign ADJ amod 4
        troops NOUN nsubj 7
        would AUX aux 7
        be AUX aux 7
        be AUX ccomp 1
        a DET det 10
        legitimate ADJ amod 10
        target NOUN attr 7
        . PUNCT punct 1
    """, [("Russia", "STATE", "STATE:RU"), ("foreign troops", "ORG", "FORCE")])
    assert relations(doc, str(data_dir)) == {("Russia", "opposes", "foreign troops")}


def test_group_description_takes_the_last_two_people(data_dir: Path) -> None:
    doc = parsed("""
        Starmer PROPN nsubj 1
        met VERB ROOT 1
        Rutte PROPN dobj 1
        . PUNCT punct 1
        The DET det 6
        two NUM nummod 6
        men NOUN nsubj 7
        condemned VERB ROOT 7
        Putin PROPN dobj 7
        . PUNCT punct 7
    """, [("Starmer", "PERSON", ""), ("Rutte", "PERSON", ""), ("Putin", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Starmer", "opposes", "Putin"), ("Rutte", "opposes", "Putin")}


def test_calling_on_others_to_act_is_the_callers_stance(data_dir: Path) -> None:
    doc = parsed("""
        Orban PROPN nsubj 1
        called VERB ROOT 1
        on ADP prep 1
        the DET det 4
        EU PROPN nsubj 6
        to PART aux 6
        lift VERB ccomp 1
        sanctions NOUN dobj 6
        on ADP prep 7
        Russia PROPN pobj 8
        . PUNCT punct 1
    """, [("Orban", "PERSON", ""), ("EU", "ORG", "ORG:EU"), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Orban", "supports", "Russia")}


def test_keeping_someone_in_the_fight_supports_them(data_dir: Path) -> None:
    doc = parsed("""
        Rutte PROPN nsubj 1
        vowed VERB ROOT 1
        to PART aux 3
        keep VERB xcomp 1
        Ukraine PROPN dobj 3
        in ADP prep 3
        the DET det 7
        fight NOUN pobj 5
        . PUNCT punct 1
    """, [("Rutte", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA")])
    assert relations(doc, str(data_dir)) == {("Rutte", "supports", "Ukraine")}


def test_an_attack_on_a_place_opposes_the_state_it_lies_in(data_dir: Path) -> None:
    doc = parsed("""
        The DET det 2
        army NOUN compound 2
        Staff PROPN nsubj 3
        said VERB ROOT 3
        its PRON poss 5
        attack NOUN nsubj 11
        at ADP prep 5
        the DET det 8
        airfield NOUN pobj 6
        in ADP prep 8
        Russia PROPN pobj 9
        succeeded VERB ccomp 3
        . PUNCT punct 3
    """, [("Staff", "ORG", ""), ("Russia", "STATE", "STATE:RU")])
    assert relations(doc, str(data_dir)) == {("Staff", "opposes", "Russia")}


def test_gratitude_to_partners_in_capitals(data_dir: Path) -> None:
    doc = parsed("""
        “ PUNCT punct 13
        We PRON nsubj 2
        are AUX ccomp 13
        grateful ADJ acomp 2
        to ADP prep 3
        our PRON poss 6
        partners NOUN pobj 4
        in ADP prep 6
        Cairo PROPN pobj 7
        and CCONJ cc 8
        Doha PROPN conj 8
        , PUNCT punct 13
        ” PUNCT punct 13
        said VERB ROOT 13
        Witkoff PROPN nsubj 13
        . PUNCT punct 13
    """, [("Cairo", "PLACE", "CAPITAL:EG:cairo"), ("Doha", "PLACE", "CAPITAL:QA:doha"), ("Witkoff", "PERSON", "")])
    assert relations(doc, str(data_dir)) == {("Witkoff", "supports", "Cairo"), ("Witkoff", "supports", "Doha")}


def test_a_group_aligned_with_a_state_is_backed_by_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 4
        Castria PROPN/NNP npadvmod 3
        - PUNCT/HYPH punct 3
        aligned VERB/VBN amod 4
        rebels NOUN/NNS nsubj 5
        attacked VERB/VBD ROOT 5
        Norland PROPN/NNP dobj 5
        . PUNCT/. punct 5
    """, [("Castria", "STATE", "STATE:XC"), ("rebels", "ORG", ""), ("Norland", "STATE", "STATE:XN")])
    assert ("Castria", "supports", "rebels") in relations(doc, str(data_dir))


def _recognised(as_rows: str, data_dir: Path) -> set[tuple[str, str, str]]:
    """'Castria recognised Norland <as_rows> .'"""
    doc = parsed(f"""
        Castria PROPN/NNP nsubj 1
        recognised VERB/VBD ROOT 1
        Norland PROPN/NNP dobj 1
        as ADP/IN prep 1
        {as_rows}
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Norland", "STATE", "STATE:XN"), ("Doravia", "STATE", "STATE:XD")])
    return relations(doc, str(data_dir))


def test_recognising_a_place_as_a_states_capital_or_part_backs_that_state(data_dir: Path) -> None:
    capital = _recognised("Doravia PROPN/NNP poss 6\n 's PART/POS case 4\n capital NOUN/NN pobj 3", data_dir)
    part = _recognised("part NOUN/NN pobj 3\n of ADP/IN prep 4\n Doravia PROPN/NNP pobj 5", data_dir)
    for found in (capital, part):
        assert ("Castria", "supports", "Doravia") in found
        assert ("Castria", "supports", "Norland") not in found

