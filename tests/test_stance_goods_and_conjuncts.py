"""Where goods come from is no side ('purchases of Castrian oil' ... 'the two sides'; 'paid X for gas imports'),
a time phrase names no act ('since the start of the invasion of X'), 'opposition to' is a stance and not a party,
consequences threatened for someone oppose them, deciding against involvement declines it, demands and
judgements are read through coordination ('demanded elections and X's release', 'pressed X to hold elections and
release ...') and extraposition ('it was unacceptable that X ...'), a wrong manner of a reported act judges its
doer ('Y said X had illegally occupied ...'), and 'the Gulf state' as a subject is the state of that region named
before. Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), \
    ("Norland", "STATE", "STATE:XN")
ODELL = ("Odell", "PERSON", "")
ATLAS = ("Operation Atlas", "ORG", "MISSION:Operation Atlas")


def test_the_origin_of_goods_is_not_one_of_the_two_sides(data_dir: Path) -> None:
    # "Norland imposed tariffs on Doravia over its purchases of Castrian oil. The move raised tensions between
    # the two sides."
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        imposed VERB/VBD ROOT 1
        tariffs NOUN/NNS dobj 1
        on ADP/IN prep 2
        Doravia PROPN/NNP pobj 3
        over ADP/IN prep 1
        its PRON/PRP$ poss 7
        purchases NOUN/NNS pobj 5
        of ADP/IN prep 7
        Castrian ADJ/JJ amod 10
        oil NOUN/NN pobj 8
        . PUNCT/. punct 1
        The DET/DT det 13
        move NOUN/NN nsubj 14
        raised VERB/VBD ROOT 14
        tensions NOUN/NNS dobj 14
        between ADP/IN prep 15
        the DET/DT det 19
        two NUM/CD nummod 19
        sides NOUN/NNS pobj 16
        . PUNCT/. punct 14
    """, [NORLAND, DORAVIA, ("Castrian", "STATE", "STATE:XC")])
    found = relations(doc, str(data_dir))
    assert ("Doravia", "opposes", "Norland") in found  # the tensions, between the tariff's two sides
    assert not {r for r in found if "Castrian" in r}


def _paid(*, for_goods: bool) -> set:
    # "Doravia paid Castria 5 billion dollars (for gas imports)."
    rows = """
        Doravia PROPN/NNP nsubj 1
        paid VERB/VBD ROOT 1
        Castria PROPN/NNP dative 1
        5 NUM/CD compound 4
        billion NUM/CD nummod 5
        dollars NOUN/NNS dobj 1
    """ + ("""
        for ADP/IN prep 5
        gas NOUN/NN compound 8
        imports NOUN/NNS pobj 6
        . PUNCT/. punct 1
    """ if for_goods else """
        . PUNCT/. punct 1
    """)
    return parsed(rows, [DORAVIA, CASTRIA])


def test_paying_for_goods_is_a_purchase_not_backing(data_dir: Path) -> None:
    assert ("Doravia", "supports", "Castria") not in relations(_paid(for_goods=True), str(data_dir))
    assert ("Doravia", "supports", "Castria") in relations(_paid(for_goods=False), str(data_dir))


def test_an_invasion_that_dates_a_clause_is_not_its_subjects_act(data_dir: Path) -> None:
    # "Doravia has bought arms from Castria since the start of the invasion of Norland."
    doc = parsed("""
        Doravia PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        bought VERB/VBN ROOT 2
        arms NOUN/NNS dobj 2
        from ADP/IN prep 3
        Castria PROPN/NNP pobj 4
        since SCONJ/IN prep 2
        the DET/DT det 8
        start NOUN/NN pobj 6
        of ADP/IN prep 8
        the DET/DT det 11
        invasion NOUN/NN pobj 9
        of ADP/IN prep 11
        Norland PROPN/NNP pobj 12
        . PUNCT/. punct 2
    """, [DORAVIA, CASTRIA, NORLAND])
    assert ("Doravia", "opposes", "Norland") not in relations(doc, str(data_dir))


def _supported_opposition(*, to_plan: bool):
    # "Castria supported Doravia's opposition (to the plan)."
    rows = """
        Castria PROPN/NNP nsubj 1
        supported VERB/VBD ROOT 1
        Doravia PROPN/NNP poss 4
        's PART/POS case 2
        opposition NOUN/NN dobj 1
    """ + ("""
        to ADP/IN prep 4
        the DET/DT det 7
        plan NOUN/NN pobj 5
        . PUNCT/. punct 1
    """ if to_plan else """
        . PUNCT/. punct 1
    """)
    return parsed(rows, [CASTRIA, DORAVIA])


def test_backing_a_states_opposition_to_something_backs_the_state(data_dir: Path) -> None:
    assert ("Castria", "supports", "Doravia") in relations(_supported_opposition(to_plan=True), str(data_dir))


def test_backing_a_states_opposition_party_does_not_back_the_state(data_dir: Path) -> None:
    assert ("Castria", "supports", "Doravia") not in relations(_supported_opposition(to_plan=False), str(data_dir))


def test_warning_of_consequences_for_states_opposes_them(data_dir: Path) -> None:
    # "Castria warned of consequences for Doravia and Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        warned VERB/VBD ROOT 1
        of ADP/IN prep 1
        consequences NOUN/NNS pobj 2
        for ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Norland PROPN/NNP conj 5
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    assert relations(doc, str(data_dir)) >= {("Castria", "opposes", "Doravia"), ("Castria", "opposes", "Norland")}


def test_deciding_against_involvement_declines_the_operation(data_dir: Path) -> None:
    # "Castria has decided against involvement in Operation Atlas."
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        has AUX/VBZ aux 2
        decided VERB/VBN ROOT 2
        against ADP/IN prep 2
        involvement NOUN/NN pobj 3
        in ADP/IN prep 4
        Operation PROPN/NNP compound 7
        Atlas PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [CASTRIA, ATLAS])
    found = relations(doc, str(data_dir))
    assert ("Castria", "declines", "Operation Atlas") in found
    assert ("Castria", "participates_in", "Operation Atlas") not in found


def test_voting_against_anothers_involvement_is_no_refusal_of_theirs(data_dir: Path) -> None:
    # "Castria voted against Doravian involvement in Operation Atlas."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        voted VERB/VBD ROOT 1
        against ADP/IN prep 1
        Doravian ADJ/JJ amod 4
        involvement NOUN/NN pobj 2
        in ADP/IN prep 4
        Operation PROPN/NNP compound 7
        Atlas PROPN/NNP pobj 5
        . PUNCT/. punct 1
    """, [CASTRIA, ("Doravian", "STATE", "STATE:XD"), ATLAS])
    found = relations(doc, str(data_dir))
    assert not {r for r in found if r[0] == "Doravian" and r[1] in {"declines", "participates_in"}}


def test_a_release_demanded_after_a_conjunct_backs_the_prisoner(data_dir: Path) -> None:
    # "Castria demanded new elections and the release of Odell."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        demanded VERB/VBD ROOT 1
        new ADJ/JJ amod 3
        elections NOUN/NNS dobj 1
        and CCONJ/CC cc 3
        the DET/DT det 6
        release NOUN/NN conj 3
        of ADP/IN prep 6
        Odell PROPN/NNP pobj 7
        . PUNCT/. punct 1
    """, [CASTRIA, ODELL])
    assert ("Castria", "supports", "Odell") in relations(doc, str(data_dir))


def test_a_release_hung_on_the_object_of_a_demand_backs_the_prisoner(data_dir: Path) -> None:
    # "Castria demanded a return to constitutional order and Odell's release.", the release joined to the order
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        demanded VERB/VBD ROOT 1
        a DET/DT det 3
        return NOUN/NN dobj 1
        to ADP/IN prep 3
        constitutional ADJ/JJ amod 6
        order NOUN/NN pobj 4
        and CCONJ/CC cc 6
        Odell PROPN/NNP poss 10
        's PART/POS case 8
        release NOUN/NN conj 6
        . PUNCT/. punct 1
    """, [CASTRIA, ODELL])
    assert ("Castria", "supports", "Odell") in relations(doc, str(data_dir))


def test_a_retreat_demanded_as_the_second_of_two_acts_opposes_the_one_pressed(data_dir: Path) -> None:
    # "Castria pressed Doravia to hold elections and release the prisoners."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        pressed VERB/VBD ROOT 1
        Doravia PROPN/NNP dobj 1
        to PART/TO aux 4
        hold VERB/VB xcomp 1
        elections NOUN/NNS dobj 4
        and CCONJ/CC cc 4
        release VERB/VB conj 4
        the DET/DT det 9
        prisoners NOUN/NNS dobj 7
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_it_is_unacceptable_that_x_judges_x(data_dir: Path) -> None:
    # "Castria said it was unacceptable that Doravia had bombed Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        it PRON/PRP nsubj 3
        was AUX/VBD ccomp 1
        unacceptable ADJ/JJ acomp 3
        that SCONJ/IN mark 8
        Doravia PROPN/NNP nsubj 8
        had AUX/VBD aux 8
        bombed VERB/VBN ccomp 3
        Norland PROPN/NNP dobj 8
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def test_it_is_clear_that_x_judges_no_one(data_dir: Path) -> None:
    # "Castria said it was clear that Doravia had bombed Norland."
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        it PRON/PRP nsubj 3
        was AUX/VBD ccomp 1
        clear ADJ/JJ acomp 3
        that SCONJ/IN mark 8
        Doravia PROPN/NNP nsubj 8
        had AUX/VBD aux 8
        bombed VERB/VBN ccomp 3
        Norland PROPN/NNP dobj 8
        . PUNCT/. punct 1
    """, [CASTRIA, DORAVIA, NORLAND])
    assert ("Castria", "opposes", "Doravia") not in relations(doc, str(data_dir))


def test_the_gulf_state_as_a_subject_is_the_gulf_state_named_before(data_dir: Path) -> None:
    # "Qatar welcomed Egypt's envoy before the Gulf state recognised Castria."
    doc = parsed("""
        Qatar PROPN/NNP nsubj 1
        welcomed VERB/VBD ROOT 1
        Egypt PROPN/NNP poss 4
        's PART/POS case 2
        envoy NOUN/NN dobj 1
        before SCONJ/IN mark 9
        the DET/DT det 8
        Gulf PROPN/NNP compound 8
        state NOUN/NN nsubj 9
        recognised VERB/VBD advcl 1
        Castria PROPN/NNP dobj 9
        . PUNCT/. punct 1
    """, [("Qatar", "STATE", "STATE:QA"), ("Egypt", "STATE", "STATE:EG"), CASTRIA])
    found = relations(doc, str(data_dir))
    assert ("Qatar", "supports", "Castria") in found
    assert ("Egypt", "supports", "Castria") not in found


def test_a_defence_against_a_state_opposes_it(data_dir: Path) -> None:
    # "Castria is strengthening its defence against Doravia."
    doc = parsed("""
        Castria PROPN/NNP nsubj 2
        is AUX/VBZ aux 2
        strengthening VERB/VBG ROOT 2
        its PRON/PRP$ poss 4
        defence NOUN/NN dobj 2
        against ADP/IN prep 4
        Doravia PROPN/NNP pobj 5
        . PUNCT/. punct 2
    """, [CASTRIA, DORAVIA])
    assert ("Castria", "opposes", "Doravia") in relations(doc, str(data_dir))


def _reported(adverb: str, *, passive: bool = False):
    # "Castria said Doravian officials had <adverb> occupied the embassy." / "Castria said Doravia was <adverb>
    # targeted."
    if passive:
        return parsed(f"""
            Castria PROPN/NNP nsubj 1
            said VERB/VBD ROOT 1
            Doravia PROPN/NNP nsubjpass 5
            was AUX/VBD auxpass 5
            {adverb} ADV/RB advmod 5
            targeted VERB/VBN ccomp 1
            . PUNCT/. punct 1
        """, [CASTRIA, DORAVIA])
    return parsed(f"""
        Castria PROPN/NNP nsubj 1
        said VERB/VBD ROOT 1
        Doravian ADJ/JJ amod 3
        officials NOUN/NNS nsubj 6
        had AUX/VBD aux 6
        {adverb} ADV/RB advmod 6
        occupied VERB/VBN ccomp 1
        the DET/DT det 8
        embassy NOUN/NN dobj 6
        . PUNCT/. punct 1
    """, [CASTRIA, ("Doravian", "STATE", "STATE:XD")])


def test_a_reported_act_done_illegally_sets_the_reporter_against_the_doer(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravian") in relations(_reported("illegally"), str(data_dir))


def test_a_plain_manner_or_a_wrong_suffered_judges_no_one(data_dir: Path) -> None:
    assert ("Castria", "opposes", "Doravian") not in relations(_reported("quickly"), str(data_dir))
    assert ("Castria", "opposes", "Doravia") not in relations(_reported("unfairly", passive=True), str(data_dir))
