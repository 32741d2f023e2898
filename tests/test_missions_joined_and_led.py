"""A mission named after a body that fields forces is the force ('the United Nations security mission'); a state's
or an armed group's security force is its own. Who is 'set to join' it joins it; a participle set off by a comma
after the mission ('..., led by X') says who leads it even when the parser hangs it on the verb. Hand-parsed
sentences written for the test (no trained model), with invented names."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.handmade import parsed, relations

CASTRIAN, DORAVIA, NORLAND = ("Castrian", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), (
    "Norland", "STATE", "STATE:XN")
FORCE = ("peacekeeping mission", "ORG", "FORCE")

# "Castrian soldiers are set to join the peacekeeping mission in Doravia, led by Norland."
SET_TO_JOIN_LED = """
    Castrian ADJ/JJ amod 1
    soldiers NOUN/NNS nsubjpass 3
    are AUX/VBP auxpass 3
    set VERB/VBN ROOT 3
    to PART/TO aux 5
    join VERB/VB xcomp 3
    the DET/DT det 8
    peacekeeping NOUN/NN compound 8
    mission NOUN/NN dobj 5
    in ADP/IN prep 8
    Doravia PROPN/NNP pobj 9
    , PUNCT/, punct 3
    led VERB/VBN advcl 3
    by ADP/IN agent 12
    Norland PROPN/NNP pobj 13
    . PUNCT/. punct 3
"""

# "Castrian soldiers were asked to join the peacekeeping mission."
ASKED_TO_JOIN = """
    Castrian ADJ/JJ amod 1
    soldiers NOUN/NNS nsubjpass 3
    were AUX/VBD auxpass 3
    asked VERB/VBN ROOT 3
    to PART/TO aux 5
    join VERB/VB xcomp 3
    the DET/DT det 8
    peacekeeping NOUN/NN compound 8
    mission NOUN/NN dobj 5
    . PUNCT/. punct 3
"""

# "Castria sent aid to Doravia, led by Norland." (no force before the comma)
AID_LED = """
    Castria PROPN/NNP nsubj 1
    sent VERB/VBD ROOT 1
    aid NOUN/NN dobj 1
    to ADP/IN prep 1
    Doravia PROPN/NNP pobj 3
    , PUNCT/, punct 1
    led VERB/VBN advcl 1
    by ADP/IN agent 6
    Norland PROPN/NNP pobj 7
    . PUNCT/. punct 1
"""


def test_who_is_set_to_join_joins_and_the_set_off_leader_takes_part(data_dir: Path) -> None:
    found = relations(parsed(SET_TO_JOIN_LED, [CASTRIAN, FORCE, DORAVIA, NORLAND]), str(data_dir))
    assert ("Castrian", "participates_in", "peacekeeping mission") in found
    assert ("Norland", "participates_in", "peacekeeping mission") in found


def test_who_is_asked_to_join_does_not_join(data_dir: Path) -> None:
    found = relations(parsed(ASKED_TO_JOIN, [CASTRIAN, FORCE]), str(data_dir))
    assert not any(r == "participates_in" for _, r, _ in found)


def test_a_set_off_leader_of_something_other_than_a_force_takes_part_in_nothing(data_dir: Path) -> None:
    found = relations(parsed(AID_LED, [("Castria", "STATE", "STATE:XC"), DORAVIA, NORLAND]), str(data_dir))
    assert not any(r == "participates_in" for _, r, _ in found)


def _forces(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.kb_id_ == "FORCE"]


def test_a_bodys_security_mission_is_the_force(blank_nlp: Language) -> None:
    assert _forces(blank_nlp, "Belize will join the United Nations security mission in Haiti.") == [
        "security mission"]
    assert _forces(blank_nlp, "Kenya will join the African Union stability force.") == ["stability force"]


def test_a_states_or_armed_groups_security_force_is_its_own(blank_nlp: Language) -> None:
    assert _forces(blank_nlp, "Kenya deployed the Kenyan security force.") == []
    assert _forces(blank_nlp, "Hamas said Hamas's security force was attacked.") == []
