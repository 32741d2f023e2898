"""Reading who and what a statement is about: 'the confirmation by Castria that it will withdraw from the Pact'
(it is Castria), 'Castria has broken its agreement with Doravia' (no support), 'cooperation on trade with
Doravia' (a partner hung on the topic), 'Castria's Trade Ministry ... The ministry accused Doravia' (the ministry
named before), and 'Castria tested a missile ... called the test reckless' (the test is Castria's). On
hand-parsed sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

CASTRIA, DORAVIA, NORLAND = ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")
PACT = ("Pact", "ORG", "ORG:XPACT")

CONFIRMED = """
    Norland PROPN/NNP nsubj 1
    regretted VERB/VBD ROOT 1
    the DET/DT det 3
    confirmation NOUN/NN dobj 1
    by ADP/IN prep 3
    Castria PROPN/NNP pobj 4
    that SCONJ/IN mark 9
    it PRON/PRP nsubj 9
    will AUX/MD aux 9
    withdraw VERB/VB acl 3
    from ADP/IN prep 9
    the DET/DT det 12
    Pact PROPN/NNP pobj 10
    . PUNCT/. punct 1
"""

BROKEN = """
    Castria PROPN/NNP nsubj 2
    has AUX/VBZ aux 2
    broken VERB/VBN ROOT 2
    its PRON/PRP$ poss 4
    agreement NOUN/NN dobj 2
    with ADP/IN prep 4
    Doravia PROPN/NNP pobj 5
    . PUNCT/. punct 2
"""

TOPIC = """
    Castria PROPN/NNP nsubj 1
    stepped VERB/VBD ROOT 1
    up ADP/RP prt 1
    its PRON/PRP$ poss 4
    cooperation NOUN/NN dobj 1
    on ADP/IN prep 4
    trade NOUN/NN pobj 5
    with ADP/IN prep 6
    Doravia PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""

MINISTRY = """
    Castria PROPN/NNP poss 3
    's PART/POS case 0
    Trade PROPN/NNP compound 3
    Ministry PROPN/NNP nsubj 4
    said VERB/VBD ROOT 4
    that SCONJ/IN mark 7
    Doravia PROPN/NNP nsubj 7
    caused VERB/VBD ccomp 4
    chaos NOUN/NN dobj 7
    . PUNCT/. punct 4
    The DET/DT det 11
    ministry NOUN/NN nsubj 12
    accused VERB/VBD ROOT 12
    Doravia PROPN/NNP dobj 12
    of ADP/IN prep 12
    lying VERB/VBG pcomp 14
    . PUNCT/. punct 12
"""

TESTED = """
    Castria PROPN/NNP nsubj 1
    tested VERB/VBD ROOT 1
    a DET/DT det 3
    missile NOUN/NN dobj 1
    . PUNCT/. punct 1
    Doravia PROPN/NNP nsubj 6
    called VERB/VBD ROOT 6
    the DET/DT det 8
    test NOUN/NN dobj 6
    reckless ADJ/JJ oprd 6
    . PUNCT/. punct 6
"""


def test_it_in_a_confirmation_by_a_state_is_that_state(data_dir: Path) -> None:
    found = relations(parsed(CONFIRMED, [NORLAND, CASTRIA, PACT]), str(data_dir))
    assert ("Castria", "declines", "Pact") in found and ("Norland", "declines", "Pact") not in found


def test_a_broken_agreement_backs_no_one(data_dir: Path) -> None:
    found = relations(parsed(BROKEN, [CASTRIA, DORAVIA]), str(data_dir))
    assert ("Castria", "supports", "Doravia") not in found and ("Doravia", "supports", "Castria") not in found


def test_a_signed_agreement_still_backs_the_partner(data_dir: Path) -> None:
    doc = parsed(BROKEN.replace("broken VERB/VBN", "signed VERB/VBN"), [CASTRIA, DORAVIA])
    assert ("Castria", "supports", "Doravia") in relations(doc, str(data_dir))


def test_a_partner_hung_on_the_topic_of_cooperation(data_dir: Path) -> None:
    assert ("Castria", "supports", "Doravia") in relations(parsed(TOPIC, [CASTRIA, DORAVIA]), str(data_dir))


def test_no_partner_in_a_war_with_someone(data_dir: Path) -> None:
    doc = parsed(TOPIC.replace("on ADP/IN", "in ADP/IN").replace("trade NOUN/NN", "war NOUN/NN"), [CASTRIA, DORAVIA])
    assert ("Castria", "supports", "Doravia") not in relations(doc, str(data_dir))


def test_the_ministry_is_the_one_named_before_by_that_word(data_dir: Path) -> None:
    found = relations(parsed(MINISTRY, [CASTRIA, DORAVIA, DORAVIA]), str(data_dir))
    assert ("Castria", "opposes", "Doravia") in found


def test_the_test_is_whoever_tested(data_dir: Path) -> None:
    assert ("Doravia", "opposes", "Castria") in relations(parsed(TESTED, [CASTRIA, DORAVIA]), str(data_dir))

BLAMED = """
    Doravia PROPN/NNP nsubj 1
    condemned VERB/VBD ROOT 1
    Castria PROPN/NNP dobj 1
    for ADP/IN prep 1
    testing VERB/VBG pcomp 3
    a DET/DT det 6
    missile NOUN/NN dobj 4
    . PUNCT/. punct 1
    Norland PROPN/NNP nsubj 9
    called VERB/VBD ROOT 9
    the DET/DT det 11
    test NOUN/NN dobj 9
    reckless ADJ/JJ oprd 9
    . PUNCT/. punct 9
"""


def test_the_test_a_state_was_condemned_for_is_that_states(data_dir: Path) -> None:
    found = relations(parsed(BLAMED, [DORAVIA, CASTRIA, NORLAND]), str(data_dir))
    assert ("Norland", "opposes", "Castria") in found and ("Norland", "opposes", "Doravia") not in found


def test_thanks_for_a_test_blame_no_one(data_dir: Path) -> None:
    found = relations(parsed(BLAMED.replace("condemned", "thanked"), [DORAVIA, CASTRIA, NORLAND]), str(data_dir))
    assert ("Norland", "opposes", "Castria") not in found
