"""A name that owns the next phrase is not a list member, and a person's envoy acts through that person."""

from __future__ import annotations

from tests.handmade import parsed, relations

# "Castria's ousting of the leader Odell and Marlow's bid worried Doravia.", parsed (as the small model does)
# with Marlow joined to Odell and 'bid' in apposition to 'leader'
OUSTING = """
    Castria PROPN/NNP poss 2
    's PART/POS case 0
    ousting NOUN/NN nsubj 11
    of ADP/IN prep 2
    the DET/DT det 5
    leader NOUN/NN pobj 3
    Odell PROPN/NNP appos 5
    and CCONJ/CC cc 6
    Marlow PROPN/NNP conj 6
    's PUNCT/POS punct 8
    bid NOUN/NN appos 5
    worried VERB/VBD ROOT 11
    Doravia PROPN/NNP dobj 11
    . PUNCT/. punct 11
"""

# "Odell's envoy Marlow Kest met Norland's leaders."
ENVOY = """
    Odell PROPN/NNP poss 2
    's PART/POS case 0
    envoy NOUN/NN compound 4
    Marlow PROPN/NNP compound 4
    Kest PROPN/NNP nsubj 5
    met VERB/VBD ROOT 5
    Norland PROPN/NNP poss 8
    's PART/POS case 6
    leaders NOUN/NNS dobj 5
    . PUNCT/. punct 5
"""


def test_a_conjunct_that_owns_the_next_phrase_is_no_target(data_dir) -> None:
    doc = parsed(OUSTING, [("Castria", "STATE", "STATE:XC"), ("Odell", "PERSON", ""), ("Marlow", "PERSON", ""),
                           ("Doravia", "STATE", "STATE:XD")])
    rels = relations(doc, str(data_dir))
    assert ("Castria", "opposes", "Odell") in rels
    assert ("Castria", "opposes", "Marlow") not in rels


def test_a_persons_envoy_is_affiliated_through_that_person(data_dir) -> None:
    doc = parsed(ENVOY, [("Odell", "PERSON", ""), ("Marlow Kest", "PERSON", ""), ("Norland", "STATE", "STATE:XN")])
    assert ("Marlow Kest", "affiliated_with", "Odell") in relations(doc, str(data_dir))
