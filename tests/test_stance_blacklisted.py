"""Blacklisting named with its owner: 'a X-designated group', 'an oligarch under X sanctions'."""

from __future__ import annotations

from tests.handmade import parsed, relations

DESIGNATED = """
    The DET/DT det 4
    Castria PROPN/NNP npadvmod 3
    - PUNCT/HYPH punct 3
    designated VERB/VBN amod 4
    Pact PROPN/NNP nsubj 5
    met VERB/VBD ROOT 5
    . PUNCT/. punct 5
"""

NAMED_ENVOY = """
    Castria PROPN/NNP nsubj 1
    designated VERB/VBD ROOT 1
    Odell PROPN/NNP dobj 1
    as ADP/IN prep 1
    its PRON/PRP$ poss 5
    envoy NOUN/NN pobj 3
    . PUNCT/. punct 1
"""

UNDER_SANCTIONS = """
    Odell PROPN/NNP nsubj 8
    , PUNCT/, punct 0
    an DET/DT det 3
    oligarch NOUN/NN appos 0
    under ADP/IN prep 3
    Castria PROPN/NNP compound 6
    sanctions NOUN/NNS pobj 4
    , PUNCT/, punct 0
    fled VERB/VBD ROOT 8
    . PUNCT/. punct 8
"""

UNOWNED = """
    Odell PROPN/NNP nsubj 1
    is AUX/VBZ ROOT 1
    under ADP/IN prep 1
    sanctions NOUN/NNS pobj 2
    in ADP/IN prep 1
    Castria PROPN/NNP pobj 4
    . PUNCT/. punct 1
"""


def test_a_hyphenated_designation_blacklists_the_group(data_dir) -> None:
    doc = parsed(DESIGNATED, [("Castria", "STATE", "STATE:XC"), ("Pact", "ORG", "ORG:XPACT")])
    assert ("Castria", "opposes", "Pact") in relations(doc, str(data_dir))


def test_designating_someone_as_an_envoy_is_no_stance(data_dir) -> None:
    doc = parsed(NAMED_ENVOY, [("Castria", "STATE", "STATE:XC"), ("Odell", "PERSON", "")])
    assert not {r for r in relations(doc, str(data_dir)) if r[1] in {"opposes", "supports"}}


def test_whoever_is_under_a_states_sanctions_is_opposed_by_it(data_dir) -> None:
    doc = parsed(UNDER_SANCTIONS, [("Odell", "PERSON", ""), ("Castria", "STATE", "STATE:XC")])
    assert ("Castria", "opposes", "Odell") in relations(doc, str(data_dir))


def test_sanctions_with_no_owner_name_no_one(data_dir) -> None:
    doc = parsed(UNOWNED, [("Odell", "PERSON", ""), ("Castria", "STATE", "STATE:XC")])
    assert not {r for r in relations(doc, str(data_dir)) if r[1] == "opposes"}
