"""A judging verb's complement hung as its object's apposition, with no comma ('called his counterpart X a
"terrorist killer"'), still judges the object; whoever ends an accord by name opposes it ('ordered the abrogation
of the X Pact', 'abrogated the X Pact'). Hand-parsed sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

NORLAND = ("Norland", "STATE", "STATE:XN")
ODELL, BARO = ("Odell", "PERSON", ""), ("Baro", "PERSON", "")
PACT = ("Atlas Pact", "ORG", "ACCORD:Atlas Pact")


def _called(*, comma: bool) -> str:
    # "Odell called his counterpart Baro a terrorist killer." / "Odell called his counterpart Baro, a former
    # killer." (the model hangs the complement on Baro either way)
    if comma:
        return """
        Odell PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        his PRON/PRP$ poss 3
        counterpart NOUN/NN dobj 1
        Baro PROPN/NNP appos 3
        , PUNCT/, punct 4
        a DET/DT det 9
        former ADJ/JJ amod 9
        terrorist ADJ/JJ amod 9
        killer NOUN/NN appos 4
        . PUNCT/. punct 1
        """
    return """
        Odell PROPN/NNP nsubj 1
        called VERB/VBD ROOT 1
        his PRON/PRP$ poss 3
        counterpart NOUN/NN dobj 1
        Baro PROPN/NNP appos 3
        a DET/DT det 7
        terrorist ADJ/JJ amod 7
        killer NOUN/NN appos 4
        . PUNCT/. punct 1
        """


def test_a_judging_verbs_complement_hung_as_an_apposition_judges_the_object(data_dir: Path) -> None:
    found = relations(parsed(_called(comma=False), [ODELL, BARO]), str(data_dir))
    assert ("Odell", "opposes", "Baro") in found


def test_an_apposition_after_a_comma_describes_and_judges_no_one(data_dir: Path) -> None:
    found = relations(parsed(_called(comma=True), [ODELL, BARO]), str(data_dir))
    assert ("Odell", "opposes", "Baro") not in found


def _abrogation(*, negated: bool) -> set:
    # "Norland (did not order) ordered the abrogation of the Atlas Pact."
    rows = f"""
        Norland PROPN/NNP nsubj {3 if negated else 1}
        """
    rows += """
        did AUX/VBD aux 3
        not PART/RB neg 3
        order VERB/VB ROOT 3
        the DET/DT det 5
        abrogation NOUN/NN dobj 3
        of ADP/IN prep 5
        the DET/DT det 9
        Atlas PROPN/NNP compound 9
        Pact PROPN/NNP pobj 6
        . PUNCT/. punct 3
        """ if negated else """
        ordered VERB/VBD ROOT 1
        the DET/DT det 3
        abrogation NOUN/NN dobj 1
        of ADP/IN prep 3
        the DET/DT det 7
        Atlas PROPN/NNP compound 7
        Pact PROPN/NNP pobj 4
        . PUNCT/. punct 1
        """
    return rows


def test_whoever_orders_an_accords_end_opposes_it(data_dir: Path) -> None:
    assert ("Norland", "opposes", "Atlas Pact") in relations(parsed(_abrogation(negated=False), [NORLAND, PACT]),
                                                             str(data_dir))
    assert ("Norland", "opposes", "Atlas Pact") not in relations(parsed(_abrogation(negated=True), [NORLAND, PACT]),
                                                                 str(data_dir))


def test_whoever_abrogates_an_accord_by_name_opposes_it(data_dir: Path) -> None:
    # "Norland abrogated the Atlas Pact."
    doc = parsed("""
        Norland PROPN/NNP nsubj 1
        abrogated VERB/VBD ROOT 1
        the DET/DT det 4
        Atlas PROPN/NNP compound 4
        Pact PROPN/NNP dobj 1
        . PUNCT/. punct 1
    """, [NORLAND, PACT])
    assert ("Norland", "opposes", "Atlas Pact") in relations(doc, str(data_dir))
