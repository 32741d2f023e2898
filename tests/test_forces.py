"""The force being assembled when only its size or scope names it, and who contributes to it, on hand-parsed
sentences written for the test (no trained model)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from nlp.gazetteer import FORCE_ID
from tests.handmade import parsed, relations

# "Ghana and Togo deployed a peacekeeping force."
DEPLOYED_ROWS = """
        Ghana PROPN/NNP nsubj 3
        and CCONJ/CC cc 0
        Togo PROPN/NNP conj 0
        deployed VERB/VBD ROOT 3
        a DET/DT det 6
        peacekeeping NOUN/NN compound 6
        force NOUN/NN dobj 3
        . PUNCT/. punct 3
"""
DEPLOYED = [("Ghana", "STATE", "STATE:GH"), ("Togo", "STATE", "STATE:TG"), ("peacekeeping force", "ORG", "FORCE")]
DEPLOY_SIZED = """
    Ghana PROPN/NNP nsubj 3
    and CCONJ/CC cc 0
    Togo PROPN/NNP conj 0
    agreed VERB/VBD ROOT 3
    to PART/TO aux 5
    deploy VERB/VB xcomp 3
    a DET/DT det 10
    3,000 NUM/CD advmod 9
    - PUNCT/HYPH punct 9
    strong ADJ/JJ amod 10
    force NOUN/NN dobj 5
    . PUNCT/. punct 3
"""


def _recognized(blank_nlp: Language, rows: str) -> Doc:
    """A hand-parsed Doc whose entities the stancegraph entity component finds (no model's spans)."""
    hand = parsed(rows)
    doc = Doc(blank_nlp.vocab, words=[t.text for t in hand], spaces=[bool(t.whitespace_) for t in hand],
              pos=[t.pos_ for t in hand], tags=[t.tag_ for t in hand], deps=[t.dep_ for t in hand],
              heads=[t.head.i for t in hand])  # the component's matchers know the blank pipeline's strings
    return blank_nlp.get_pipe("stancegraph_entities")(doc)


def _forces(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.kb_id_ == FORCE_ID]


def test_a_force_told_by_its_size_that_several_deploy_is_the_force(blank_nlp: Language, data_dir: Path) -> None:
    doc = _recognized(blank_nlp, DEPLOY_SIZED)
    assert _forces(doc) == ["3,000-strong force"]
    assert relations(doc, str(data_dir)) == {
        ("Ghana", "participates_in", "3,000-strong force"), ("Togo", "participates_in", "3,000-strong force")}


def test_a_force_a_body_s_leaders_approve_is_the_force(blank_nlp: Language) -> None:
    doc = _recognized(blank_nlp, """
        AU PROPN/NNP compound 1
        leaders NOUN/NNS nsubj 2
        approved VERB/VBD ROOT 2
        a DET/DT det 7
        7,500 NUM/CD nummod 6
        - PUNCT/HYPH punct 6
        member NOUN/NN compound 7
        force NOUN/NN dobj 2
        . PUNCT/. punct 2
    """)
    assert _forces(doc) == ["7,500-member force"]


def test_one_state_s_sized_force_or_one_fought_is_no_force_being_assembled(blank_nlp: Language) -> None:
    one_state = """
        Russia PROPN/NNP nsubj 1
        deployed VERB/VBD ROOT 1
        a DET/DT det 6
        5,000 NUM/CD advmod 5
        - PUNCT/HYPH punct 5
        strong ADJ/JJ amod 6
        force NOUN/NN dobj 1
        . PUNCT/. punct 1
    """
    fought = DEPLOY_SIZED.replace("agreed VERB/VBD ROOT 3", "fought VERB/VBD ROOT 3").replace(
        "to PART/TO aux 5\n    deploy VERB/VB xcomp 3", "then ADV/RB advmod 3\n    again ADV/RB advmod 3").replace(
        "force NOUN/NN dobj 5", "force NOUN/NN dobj 3")
    garrison = DEPLOY_SIZED.replace("force NOUN/NN dobj 5", "garrison NOUN/NN dobj 5")
    for rows in (one_state, fought, garrison):
        assert _forces(_recognized(blank_nlp, rows)) == [], rows


def test_what_a_plan_sets_out_for_each_state_is_its_part(data_dir: Path) -> None:
    doc = parsed(DEPLOYED_ROWS + """
        The DET/DT det 9
        plan NOUN/NN nsubj 10
        calls VERB/VBZ ROOT 10
        for SCONJ/IN mark 14
        Chad PROPN/NNP nsubj 14
        to PART/TO aux 14
        contribute VERB/VB advcl 10
        900 NUM/CD nummod 16
        troops NOUN/NNS dobj 14
        , PUNCT/, punct 14
        while SCONJ/IN mark 21
        Niger PROPN/NNP nsubj 21
        would AUX/MD aux 21
        contribute VERB/VB advcl 14
        300 NUM/CD dobj 21
        . PUNCT/. punct 10
    """, [*DEPLOYED, ("Chad", "STATE", "STATE:TD"), ("Niger", "STATE", "STATE:NE")])
    assert relations(doc, str(data_dir)) == {
        ("Chad", "participates_in", "peacekeeping force"), ("Ghana", "participates_in", "peacekeeping force"),
        ("Niger", "participates_in", "peacekeeping force"), ("Togo", "participates_in", "peacekeeping force")}


def test_a_body_calling_for_a_state_to_contribute_is_no_part_taken(data_dir: Path) -> None:
    doc = parsed(DEPLOYED_ROWS + """
        The DET/DT det 9
        UN PROPN/NNP nsubj 10
        called VERB/VBD ROOT 10
        for SCONJ/IN mark 14
        Chad PROPN/NNP nsubj 14
        to PART/TO aux 14
        contribute VERB/VB advcl 10
        troops NOUN/NNS dobj 14
        . PUNCT/. punct 10
    """, [*DEPLOYED, ("UN", "ORG", "ORG:UN"), ("Chad", "STATE", "STATE:TD")])
    assert relations(doc, str(data_dir)) == {
        ("Ghana", "participates_in", "peacekeeping force"), ("Togo", "participates_in", "peacekeeping force")}


# "The Castria-led coalition fought the Front."
LED_ROWS = """
    The DET/DT det 4
    Castria PROPN/NNP npadvmod 3
    - PUNCT/HYPH punct 3
    led VERB/VBN amod 4
    coalition NOUN/NN nsubj 5
    {verb} VERB/VBD ROOT 5
    the DET/DT det 7
    Front PROPN/NNP dobj 5
    . PUNCT/. punct 5
"""
LED_ENTS = [("Castria", "STATE", "STATE:XC"), ("coalition", "ORG", "MISSION:Castria-led coalition"),
            ("Front", "ORG", "")]


def test_who_leads_a_coalition_shares_the_stance_it_takes(data_dir: Path) -> None:
    found = relations(parsed(LED_ROWS.format(verb="fought"), LED_ENTS), str(data_dir))
    assert {("Castria", "opposes", "Front"), ("coalition", "opposes", "Front"),
            ("Castria", "participates_in", "coalition")} <= found


def test_a_coalition_s_leader_takes_no_part_in_a_stance_the_coalition_does_not_take(data_dir: Path) -> None:
    found = relations(parsed(LED_ROWS.format(verb="met"), LED_ENTS), str(data_dir))
    assert not {r for r in found if r[1] in {"opposes", "supports"}}
