"""Gazetteer, force recognition and clean-up on a blank pipeline: no trained model involved."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.entities import is_dateline, is_headline, newline_boundaries
from nlp.gazetteer import FORCE_ID
from nlp.pipeline import add_components
from tests.conftest import DATA_DIR


def _ents(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def test_states_names_and_demonyms_share_one_id(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Britain, the UK, the United Kingdom and British officials met.")
    assert {kb for _, _, kb in ents} == {"STATE:GB"}
    assert [label for _, label, _ in ents] == ["STATE"] * 4


def test_acronyms_are_case_sensitive(blank_nlp: Language) -> None:
    assert _ents(blank_nlp, "The US and the EU agreed.") == [("US", "STATE", "STATE:US"), ("EU", "ORG", "ORG:EU")]
    assert _ents(blank_nlp, "Let us talk about who said what.") == []


def test_names_match_with_or_without_accents(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Envoys of Perú, Panamá and Peru met in Bogotá.")
    assert [e[2] for e in ents] == ["STATE:PE", "STATE:PA", "STATE:PE", "CAPITAL:CO:bogota"]


def test_delhi_is_the_seat_of_india_as_new_delhi_is(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Pakistan recalled its envoy from Delhi and New Delhi.")
    assert [kb for _, _, kb in ents] == ["STATE:PK", "CAPITAL:IN:new-delhi", "CAPITAL:IN:new-delhi"]


def test_capitals_and_seats_are_places_that_stand_for_states(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Moscow and the Kremlin answered Downing Street.")
    kinds = {text: kb.split(":")[0] for text, _, kb in ents}
    assert kinds == {"Moscow": "CAPITAL", "Kremlin": "SEAT", "Downing Street": "SEAT"}
    assert all(label == "PLACE" for _, label, _ in ents)


def test_a_states_ministry_stands_for_the_state_as_a_seat_does(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "The State Department and the US Treasury answered the Kremlin.")
    assert [kb.rsplit(":", 1)[0] for _, _, kb in ents] == ["SEAT:US", "SEAT:US", "SEAT:RU"]


def test_organisations_by_name_and_acronym(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Nato and the North Atlantic Treaty Organization, then NATO again.")
    assert {kb for _, _, kb in ents} == {"ORG:NATO"}


def test_named_coalition_in_lower_case(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Leaders of the so-called coalition of the willing met.")
    assert ("coalition of the willing", "ORG", "ORG:COALITION_OF_THE_WILLING") in ents


def test_force_being_assembled(blank_nlp: Language) -> None:
    for phrase in ("reassurance force", "peacekeeping force", "multinational force", "European armed force",
                   "foreign troops", "regional standby force", "intervention force"):
        ents = _ents(blank_nlp, f"They discussed a {phrase} for the country.")
        assert (phrase, "ORG", FORCE_ID) in ents, phrase


def test_ordinary_troops_are_not_the_force(blank_nlp: Language) -> None:
    assert _ents(blank_nlp, "Russian forces and armed forces and security forces and regional forces advanced.") == [
        ("Russian", "STATE", "STATE:RU")
    ]


def test_headline_detection(blank_nlp: Language) -> None:
    doc = blank_nlp("Leaders Wiki\nUK and France Ready to Deploy Troops After Ceasefire\nThe UK said it was ready.")
    flags = [is_headline(s, frozenset({"to", "and", "after", "the"})) for s in doc.sents]
    assert flags == [True, True, False]


def test_definite_description_refers_back_to_the_named_coalition(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "NATO met. The coalition of the willing met too. Later the coalition agreed, "
                            "and member states signed.")
    kbs = [(text, kb) for text, _, kb in ents]
    assert ("coalition", "ORG:COALITION_OF_THE_WILLING") in kbs  # a coalition before an alliance
    assert ("member states", "ORG:COALITION_OF_THE_WILLING") in kbs


def test_the_group_refers_back_to_a_forum_or_an_armed_group_named_last(blank_nlp: Language) -> None:
    kbs = [(text, kb) for text, _, kb in _ents(blank_nlp, "BRICS leaders met. Chile will not join the group.")]
    assert ("group", "ORG:BRICS") in kbs  # a forum of states is a group too
    kbs = [(text, kb) for text, _, kb in _ents(blank_nlp, "BRICS met, and so did NATO. Chile praised the group.")]
    assert not any(text == "group" for text, _ in kbs)  # only the organisation named last


def test_a_state_after_a_word_of_office_ending_the_models_person_is_the_state(blank_nlp: Language) -> None:
    from spacy.tokens import Span

    doc = blank_nlp.make_doc("Kabul told SAARC Chair Nepal that it would not attend.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]  # the small model's 'SAARC Chair Nepal'
    for _, component in blank_nlp.pipeline:
        doc = component(doc)
    assert [(e.text, e.kb_id_) for e in doc.ents if e.text != "Kabul"] == [("SAARC", "ORG:SAARC"),
                                                                           ("Nepal", "STATE:NP")]


def test_a_states_body_the_model_took_for_one_name_is_the_state(blank_nlp: Language) -> None:
    from spacy.tokens import Span

    doc = blank_nlp.make_doc("The Russian Government and the Government of South Sudan met the Orthodox Church.")
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 5, 9, label="ORG"), Span(doc, 11, 13, label="ORG")]
    for _, component in blank_nlp.pipeline:
        doc = component(doc)
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("Russian", "STATE:RU"), ("South Sudan", "STATE:SS"),
                                                       ("Orthodox Church", "")]


def test_a_persons_name_cut_by_the_model_takes_its_particles_and_the_noun_it_modifies(blank_nlp: Language) -> None:
    from tests.handmade import parsed

    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        excluded VERB/VBD ROOT 1
        Anna PROPN/NNP compound 3
        Lena PROPN/NNP compound 4
        Kovar PROPN/NNP dobj 1
        and CCONJ/CC cc 4
        Ida PROPN/NNP conj 4
        van ADP/IN compound 9
        der ADP/IN compound 9
        Berg PROPN/NNP appos 6
        . PUNCT/. punct 1
    """, [("Anna Lena", "PERSON", ""), ("Ida", "PERSON", "")])  # what the small model found
    doc = blank_nlp.get_pipe("stancegraph_entities")(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [
        ("Anna Lena Kovar", "PERSON"), ("Ida van der Berg", "PERSON")]


def test_no_antecedent_no_anaphor(blank_nlp: Language) -> None:
    assert _ents(blank_nlp, "The coalition agreed and member states signed.") == []


def test_bylines_and_credits_are_page_furniture(blank_nlp: Language, data_dir: Path) -> None:
    from nlp.extract import extract

    doc = blank_nlp("Britain backs Ukraine, officials said.\nReporting by John Smith; Editing by Jane Doe\n"
                    "Photo: Ivan Petrov/AFP\nBy the end of the day, talks resumed.")
    flags = [s.headline for s in extract(doc, data_dir=str(data_dir)).sentences]
    assert flags == [False, True, True, False]


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_a_line_break_ends_a_sentence(blank_nlp: Language) -> None:
    assert _sentences(blank_nlp, "Talks Resume in Geneva\nRussia said it would attend.") == [
        "Talks Resume in Geneva", "Russia said it would attend."]


def test_a_line_break_inside_a_sentence_does_not_end_it(blank_nlp: Language) -> None:
    assert _sentences(blank_nlp, "Hungary\nand Slovakia blocked the package.") == [
        "Hungary\nand Slovakia blocked the package."]


def test_a_lower_case_word_after_an_abbreviation_goes_on_the_sentence(blank_nlp: Language) -> None:
    words = ["Smith", "said", "the", "U.S.", "will", "stop", ".", "The", "U.S.", "Navy", "left", "."]
    starts = [True, False, False, False, True, False, False, True, False, True, False, False]  # a parser's cuts
    doc = newline_boundaries(Doc(blank_nlp.vocab, words=words, sent_starts=starts))
    assert [s.text for s in doc.sents] == ["Smith said the U.S. will stop .", "The U.S.", "Navy left ."]
    # a capitalised word after it is left to the parser


def test_a_hyphen_after_an_abbreviation_splits_like_any_other(blank_nlp: Language) -> None:
    assert [t.text for t in blank_nlp.make_doc("the U.S.-backed forces and the U.S. army")] == [
        "the", "U.S.", "-", "backed", "forces", "and", "the", "U.S.", "army"]


def test_a_dateline_stands_alone_and_is_page_furniture(blank_nlp: Language) -> None:
    doc = blank_nlp("QUITO, Ecuador (AP) — Mexico ended its ties with Ecuador.\nNATO – the alliance – met.")
    sents = list(doc.sents)
    assert sents[0].text.strip() == "QUITO, Ecuador (AP) —" and is_dateline(sents[0])
    assert not any(is_dateline(s) for s in sents[1:])


def test_a_place_and_a_colon_opening_the_text_is_a_dateline(blank_nlp: Language) -> None:
    doc = blank_nlp("Port Vela: Lurania on Monday condemned the raid.\nSmith said: Lurania must go.\n"
                    "Update: talks resumed.")
    sents = list(doc.sents)
    assert sents[0].text.strip() == "Port Vela:" and is_dateline(sents[0])
    assert sents[1].text.startswith("Lurania on Monday")
    assert not any(is_dateline(s) for s in sents[1:])  # a speaker; a label below the opening


def test_a_dateline_with_a_date_stands_alone(blank_nlp: Language) -> None:
    doc = blank_nlp("LIMA, May 4 (Agency) -- Chile and Peru voted against it.")
    sents = list(doc.sents)
    assert sents[0].text.strip() == "LIMA, May 4 (Agency) --" and is_dateline(sents[0])


def test_a_place_with_a_date_and_an_agency_before_a_colon_is_a_dateline(blank_nlp: Language) -> None:
    doc = blank_nlp("Vela City, May 4 (Agency): The leaders of Lurania failed to agree.")
    sents = list(doc.sents)
    assert sents[0].text.strip() == "Vela City, May 4 (Agency):" and is_dateline(sents[0])
    assert sents[1].text.startswith("The leaders")


def test_a_titled_place_before_a_spaced_dash_is_a_dateline_but_a_hyphenated_pair_is_not(blank_nlp: Language) -> None:
    sents = list(blank_nlp("Vela (Agency) — Lurania closed the border.").sents)
    assert sents[0].text.strip() == "Vela (Agency) —" and is_dateline(sents[0])
    sents = list(blank_nlp("Lurania-Doravia talks resumed on Monday.").sents)
    assert len(sents) == 1 and not is_dateline(sents[0])


def test_the_last_word_of_a_known_bodys_name_refers_back_to_it(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "The European Commission met. Later the Commission imposed tariffs.")
    assert [e for e in ents if e[0] == "Commission"] == [("Commission", "ORG", "ORG:EUROPEAN_COMMISSION")]


def test_the_court_is_the_last_court_named(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "The International Criminal Court ruled. Hungary said the court was biased, "
                            "and the court of appeal met.")
    assert [(text, kb) for text, _, kb in ents if text == "court"] == [("court", "ORG:ICC")]


def test_the_group_is_only_the_organisation_named_last(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Hamas spoke. The group agreed. Hamas met the EU. The group left.")
    assert [(text, kb) for text, _, kb in ents if text == "group"] == [("group", "ORG:HAMAS")]


def test_words_of_creed_are_no_part_of_a_known_groups_name(blank_nlp: Language) -> None:
    from spacy.tokens import Span

    doc = blank_nlp.make_doc("Saudi jets struck Shiite Houthi rebels.")
    doc.ents = [Span(doc, 3, 5, label="ORG")]  # the model's 'Shiite Houthi'
    ents = [(e.text, e.kb_id_) for e in blank_nlp.get_pipe("stancegraph_entities")(doc).ents]
    assert ("Houthi", "ORG:HOUTHIS") in ents and ("Shiite Houthi", "") not in ents


def test_the_north_and_the_south_are_the_halves_the_article_names(blank_nlp: Language) -> None:
    from spacy.tokens import Span

    pipe = blank_nlp.get_pipe("stancegraph_entities")
    doc = blank_nlp.make_doc("North Korea fired. Then the North warned the South.")
    doc.ents = [Span(doc, 6, 7, label="LOC"), Span(doc, 9, 10, label="LOC")]  # the model's 'North', 'South'
    assert [(e.text, e.kb_id_) for e in pipe(doc).ents] == [
        ("North Korea", "STATE:KP"), ("North", "STATE:KP"), ("South", "STATE:KR")]
    doc = blank_nlp.make_doc("Then the North warned the South.")  # no Korea named: no such reading
    doc.ents = [Span(doc, 2, 3, label="LOC"), Span(doc, 5, 6, label="LOC")]
    assert all(not e.kb_id_ for e in pipe(doc).ents)


def test_a_described_organisation_refers_back_to_the_body_named_last(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Mercosur met in Asuncion. Later Bolivia joined the regional trade bloc, and the "
                            "international organization welcomed it.")
    kbs = [(text, kb) for text, _, kb in ents]
    assert ("bloc", "ORG:MERCOSUR") in kbs
    assert ("organization", "ORG:MERCOSUR") in kbs


def test_the_organization_is_not_a_body_when_another_kind_was_named_last(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Mercosur met. Hamas said the organization would not attend.")
    assert "organization" not in [text for text, _, _ in ents]


def test_a_modified_description_before_a_name_introduces_that_name(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Hamas fired rockets. Later the armed group Jaish al-Adl claimed an attack.")
    assert "group" not in [text for text, _, _ in ents]


def test_a_body_described_by_where_it_sits_refers_back(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Mercosur met in Asuncion. Later Bolivia criticised the Montevideo-based bloc.")
    assert ("bloc", "ORG:MERCOSUR") in [(text, kb) for text, _, kb in ents]


def test_an_ambiguous_state_name_the_model_calls_a_person_is_a_state_in_a_list_of_states() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", name="ner").add_patterns(
        [{"label": "PERSON", "pattern": "Niger"}, {"label": "PERSON", "pattern": "Jordan"}])
    nlp = add_components(nlp, data_dir=DATA_DIR)
    assert ("Niger", "STATE", "STATE:NE") in _ents(nlp, "Mali, Burkina Faso and Niger formed a bloc.")
    assert ("Jordan", "STATE", "STATE:JO") not in _ents(nlp, "The coach, Jordan, said so on Monday.")


def test_an_ambiguous_state_name_confirmed_once_in_a_text_is_a_state_throughout() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", name="ner").add_patterns(
        [{"label": "PERSON", "pattern": "Niger"}, {"label": "PERSON", "pattern": "Chad Brown"}])
    nlp = add_components(nlp, data_dir=DATA_DIR)
    assert ("Niger", "STATE", "STATE:NE") in _ents(nlp, "Nigerien troops left. Niger rejected the plan.")
    assert ("Niger", "STATE", "STATE:NE") not in _ents(nlp, "Niger rejected the plan.")
    found = _ents(nlp, "Chadian troops left. Chad Brown reported it.")
    assert ("Chad", "STATE", "STATE:TD") not in found


def _ner_ruler(*names: tuple[str, str]) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", name="ner").add_patterns([{"label": label, "pattern": name} for name, label in names])
    return add_components(nlp, data_dir=DATA_DIR)


def test_a_state_owning_a_name_the_model_joined_to_it_is_no_part_of_it() -> None:
    nlp = _ner_ruler(("France’s Operation Sandstorm", "ORG"), ("People’s Liberation Front", "ORG"))
    found = _ents(nlp, "France’s Operation Sandstorm began. The People’s Liberation Front met.")
    assert ("France", "STATE", "STATE:FR") in found
    assert not any(text.startswith("France") and text != "France" for text, _, _ in found)
    assert any(text == "People’s Liberation Front" for text, _, _ in found)


def test_a_ministry_named_only_by_its_portfolio_is_its_states_organ_not_an_entity() -> None:
    nlp = _ner_ruler(("Information Ministry", "ORG"), ("Ministry of Health", "ORG"), ("Fisheries Authority", "ORG"))
    found = {text for text, _, _ in _ents(nlp, "The Information Ministry, the Ministry of Health and the Fisheries "
                                               "Authority spoke.")}
    assert "Information Ministry" not in found and "Ministry of Health" not in found
    assert "Fisheries Authority" in found


def test_a_continents_adjective_is_no_demonym_of_a_state(blank_nlp: Language) -> None:
    found = _ents(blank_nlp, "South American and Latin American envoys met Northern Irish and Irish officials.")
    assert ("American", "STATE", "STATE:US") not in found
    assert ("South American", "PLACE", "PLACE:SOUTH_AMERICA") in found
    assert ("Northern Irish", "PLACE", "PLACE:GB-NIR") in found and ("Irish", "STATE", "STATE:IE") in found


def test_a_region_the_model_joined_to_a_known_name_stays_apart_but_a_states_body_stays_whole() -> None:
    nlp = _ner_ruler(("South American Mercosur", "ORG"), ("Sudan People’s Liberation Army", "ORG"))
    found = _ents(nlp, "The South American Mercosur bloc met. The Sudan People’s Liberation Army fought.")
    assert ("Mercosur", "ORG", "ORG:MERCOSUR") in found
    assert not any(text == "South American Mercosur" for text, _, _ in found)
    assert any(text == "Sudan People’s Liberation Army" for text, _, _ in found)


def test_a_demonym_hyphened_to_speaking_names_a_language_not_a_state(blank_nlp: Language) -> None:
    ents = _ents(blank_nlp, "Doravia vowed to protect Russian-speakers and Russian-speaking residents; Russian troops")
    assert ents == [("Russian", "STATE", "STATE:RU")]  # only the troops' Russia


def test_the_state_of_an_envoys_post_is_no_part_of_the_envoys_name() -> None:
    nlp = _ner_ruler(("Sudan Volker Stamm", "PERSON"), ("Israel Katz", "PERSON"))
    found = _ents(nlp, "The envoy to Sudan Volker Stamm left. Defence Minister Israel Katz spoke.")
    assert ("Sudan", "STATE", "STATE:SD") in found and ("Volker Stamm", "PERSON", "") in found
    assert ("Israel Katz", "PERSON", "") in found  # a title before it, no post: a first name


def test_the_body_a_post_is_of_is_no_part_of_the_holders_name() -> None:
    nlp = _ner_ruler(("EU Commission Vassily Stamm", "ORG"),)
    found = _ents(nlp, "The Vice-President of the EU Commission Vassily Stamm said so.")
    assert ("Vassily Stamm", "PERSON", "") in found
    assert not any(text.startswith("EU Commission V") for text, _, _ in found)


def test_the_body_of_a_post_after_the_is_no_part_of_the_holders_name() -> None:
    nlp = _ner_ruler(("UN Vassily Stamm", "ORG"), ("UN Odell Marlow", "PERSON"))
    found = _ents(nlp, "The ambassador to the UN Vassily Stamm left. The delegate to the UN Odell Marlow spoke.")
    assert ("UN", "ORG", "ORG:UN") in found
    assert ("Vassily Stamm", "PERSON", "") in found and ("Odell Marlow", "PERSON", "") in found


def test_a_quotation_mark_inside_a_span_ends_the_name() -> None:
    nlp = _ner_ruler(("Dutch “Fascist", "ORG"))
    found = _ents(nlp, "Odell called the Dutch “Fascist remnants.”")
    assert ("Dutch", "STATE", "STATE:NL") in found
    assert not any("“" in text for text, _, _ in found)


def test_the_g8_is_the_former_name_of_the_g7(blank_nlp: Language) -> None:
    assert _ents(blank_nlp, "The G8 met after the G7 did.") == [("G8", "ORG", "ORG:G7"), ("G7", "ORG", "ORG:G7")]


def test_an_unclosed_parenthesis_inside_a_span_ends_the_name() -> None:
    nlp = _ner_ruler(("Zenith Control Board (ZCB", "ORG"))
    found = _ents(nlp, "The Zenith Control Board (ZCB) acted.")
    assert ("Zenith Control Board", "ORG", "") in found
    assert not any("(" in text for text, _, _ in found)


def test_sanctioning_offices_and_assemblies_news_names(blank_nlp: Language) -> None:
    found = _ents(blank_nlp, "The US Department of the Treasury and the Parliamentary Assembly of the Council of "
                             "Europe spoke, and OFAC and the Minsk Group did too.")
    assert [kb for _, _, kb in found] == ["SEAT:US:us-treasury", "ORG:PACE", "ORG:OFAC", "ORG:OSCE_MINSK_GROUP"]
