"""Taking part in a gathering (speaking or meeting at it, answering its invitation), on hand-parsed sentences written
for the test."""

from __future__ import annotations

from pathlib import Path

from tests.handmade import parsed, relations

SUMMIT = ("Alder Summit", "ORG", "GATHERING:Alder Summit")
KOVAR = ("Anna Kovar", "PERSON", "")


def test_saying_something_at_a_gathering_takes_part_in_it(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        said VERB/VBD ROOT 2
        at ADP/IN prep 2
        the DET/DT det 6
        Alder PROPN/NNP compound 6
        Summit PROPN/NNP pobj 3
        that PRON/WDT dobj 10
        trade NOUN/NN nsubj 10
        must AUX/MD aux 10
        grow VERB/VB ccomp 2
        . PUNCT/. punct 2
    """, [KOVAR, SUMMIT])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "participates_in", "Alder Summit")}


def test_meeting_on_the_sidelines_of_a_gathering_takes_both_there(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        met VERB/VBD ROOT 2
        Li PROPN/NNP compound 4
        Varo PROPN/NNP dobj 2
        on ADP/IN prep 2
        the DET/DT det 7
        sidelines NOUN/NNS pobj 5
        of ADP/IN prep 7
        the DET/DT det 11
        Alder PROPN/NNP compound 11
        Summit PROPN/NNP pobj 8
        . PUNCT/. punct 2
    """, [KOVAR, ("Li Varo", "PERSON", ""), SUMMIT])
    assert relations(doc, str(data_dir)) == {
        ("Anna Kovar", "participates_in", "Alder Summit"), ("Li Varo", "participates_in", "Alder Summit")}


def test_a_speech_at_a_gathering_is_its_speakers(data_dir: Path) -> None:
    doc = parsed("""
        In ADP/IN prep 10
        his PRON/PRP$ poss 2
        speech NOUN/NN pobj 0
        at ADP/IN prep 2
        the DET/DT det 6
        Alder PROPN/NNP compound 6
        Summit PROPN/NNP pobj 3
        , PUNCT/, punct 10
        Anna PROPN/NNP compound 9
        Kovar PROPN/NNP nsubj 10
        called VERB/VBD ROOT 10
        for ADP/IN prep 10
        more ADJ/JJR amod 13
        trade NOUN/NN pobj 11
        . PUNCT/. punct 10
    """, [SUMMIT, KOVAR])
    assert relations(doc, str(data_dir)) == {("Anna Kovar", "participates_in", "Alder Summit")}


def test_seeking_to_address_a_gathering_is_not_yet_speaking_there(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 2
        sought VERB/VBD ROOT 2
        to PART/TO aux 4
        address VERB/VB xcomp 2
        the DET/DT det 7
        Alder PROPN/NNP compound 7
        Summit PROPN/NNP dobj 4
        . PUNCT/. punct 2
    """, [KOVAR, SUMMIT])
    assert relations(doc, str(data_dir)) == set()


def test_not_speaking_at_a_gathering_is_no_staying_away(data_dir: Path) -> None:
    doc = parsed("""
        Anna PROPN/NNP compound 1
        Kovar PROPN/NNP nsubj 4
        did AUX/VBD aux 4
        not PART/RB neg 4
        speak VERB/VB ROOT 4
        at ADP/IN prep 4
        the DET/DT det 8
        Alder PROPN/NNP compound 8
        Summit PROPN/NNP pobj 5
        . PUNCT/. punct 4
    """, [KOVAR, SUMMIT])
    assert relations(doc, str(data_dir)) == set()


def test_representatives_including_from_states_answer_for_them(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Alder PROPN/NNP compound 2
        Summit PROPN/NNP nsubj 3
        opens VERB/VBZ ROOT 3
        on ADP/IN prep 3
        Friday PROPN/NNP pobj 4
        . PUNCT/. punct 3
        Envoys NOUN/NNS nsubj 16
        , PUNCT/, punct 7
        including VERB/VBG prep 7
        from ADP/IN prep 9
        Castria PROPN/NNP pobj 10
        and CCONJ/CC cc 11
        Doravia PROPN/NNP conj 11
        , PUNCT/, punct 7
        have AUX/VBP aux 16
        turned VERB/VBN ROOT 16
        down ADP/RP prt 16
        an DET/DT det 19
        invitation NOUN/NN dobj 16
        to ADP/IN prep 19
        the DET/DT det 22
        summit NOUN/NN pobj 20
        . PUNCT/. punct 16
    """, [("Alder Summit", "ORG", "GATHERING:Alder Summit"), ("Castria", "STATE", "STATE:XC"),
          ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "declines", "Alder Summit"),
                                             ("Doravia", "declines", "Alder Summit")}


def test_an_invitation_to_attend_answers_for_the_gathering_named_before(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Alder PROPN/NNP compound 2
        Summit PROPN/NNP nsubj 3
        opens VERB/VBZ ROOT 3
        on ADP/IN prep 3
        Friday PROPN/NNP pobj 4
        . PUNCT/. punct 3
        Castria PROPN/NNP nsubj 8
        declined VERB/VBD ROOT 8
        an DET/DT det 10
        invitation NOUN/NN dobj 8
        to PART/TO aux 12
        attend VERB/VB acl 10
        , PUNCT/, punct 8
        while SCONJ/IN mark 16
        Doravia PROPN/NNP nsubj 16
        accepted VERB/VBD advcl 8
        an DET/DT det 18
        invitation NOUN/NN dobj 16
        to PART/TO aux 20
        take VERB/VB acl 18
        part NOUN/NN dobj 20
        . PUNCT/. punct 8
    """, [("Alder Summit", "ORG", "GATHERING:Alder Summit"), ("Castria", "STATE", "STATE:XC"),
          ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "declines", "Alder Summit"),
                                             ("Doravia", "participates_in", "Alder Summit")}


def test_a_bare_summit_said_again_leads_back_to_the_one_named(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Alder PROPN/NNP compound 2
        Summit PROPN/NNP nsubj 3
        opens VERB/VBZ ROOT 3
        in ADP/IN prep 3
        May PROPN/NNP pobj 4
        . PUNCT/. punct 3
        Castria PROPN/NNP nsubj 9
        will AUX/MD aux 9
        host VERB/VB ROOT 9
        the DET/DT det 11
        summit NOUN/NN dobj 9
        . PUNCT/. punct 9
        Talks NOUN/NNS nsubj 14
        stalled VERB/VBD ROOT 14
        . PUNCT/. punct 14
        Prices NOUN/NNS nsubj 17
        rose VERB/VBD ROOT 17
        . PUNCT/. punct 17
        Rain NOUN/NN nsubj 20
        fell VERB/VBD ROOT 20
        . PUNCT/. punct 20
        Doravia PROPN/NNP nsubj 24
        will AUX/MD aux 24
        attend VERB/VB ROOT 24
        the DET/DT det 26
        summit NOUN/NN dobj 24
        . PUNCT/. punct 24
    """, [SUMMIT, ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Alder Summit"),
                                             ("Doravia", "participates_in", "Alder Summit")}


def test_a_gathering_that_brings_leaders_together_has_them_take_part(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Alder PROPN/NNP compound 2
        Summit PROPN/NNP nsubj 3
        brought VERB/VBD ROOT 3
        together ADP/RP advmod 3
        leaders NOUN/NNS dobj 3
        of ADP/IN prep 5
        Castria PROPN/NNP pobj 6
        and CCONJ/CC cc 7
        Doravia PROPN/NNP conj 7
        , PUNCT/, punct 3
        while SCONJ/IN mark 15
        envoys NOUN/NNS nsubj 15
        from ADP/IN prep 12
        Norland PROPN/NNP pobj 13
        met VERB/VBD advcl 3
        in ADP/IN prep 15
        Lima PROPN/NNP pobj 16
        for ADP/IN prep 15
        the DET/DT det 20
        summit NOUN/NN pobj 18
        . PUNCT/. punct 3
    """, [SUMMIT, ("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN"),
          ("Lima", "PLACE", "CAPITAL:PE:lima")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Alder Summit"),
                                             ("Doravia", "participates_in", "Alder Summit"),
                                             ("Norland", "participates_in", "Alder Summit")}


def test_bringing_people_together_is_no_gathering_unless_a_gathering_does_it(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        brought VERB/VBD ROOT 1
        together ADP/RP advmod 1
        leaders NOUN/NNS dobj 1
        of ADP/IN prep 3
        Doravia PROPN/NNP pobj 4
        and CCONJ/CC cc 5
        Norland PROPN/NNP conj 5
        for ADP/IN prep 1
        talks NOUN/NNS pobj 8
        . PUNCT/. punct 1
    """, [("Castria", "STATE", "STATE:XC"), ("Doravia", "STATE", "STATE:XD"), ("Norland", "STATE", "STATE:XN")])
    assert relations(doc, str(data_dir)) == set()


def test_a_gathering_hosted_by_a_state_in_a_participle_is_hosted_by_it(data_dir: Path) -> None:
    doc = parsed("""
        The DET/DT det 2
        Alder PROPN/NNP compound 2
        Summit PROPN/NNP nsubj 8
        , PUNCT/, punct 2
        hosted VERB/VBN acl 2
        by ADP/IN agent 4
        Castria PROPN/NNP pobj 5
        , PUNCT/, punct 2
        ended VERB/VBD ROOT 8
        on ADP/IN prep 8
        Friday PROPN/NNP pobj 9
        . PUNCT/. punct 8
    """, [SUMMIT, ("Castria", "STATE", "STATE:XC")])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Alder Summit")}


def test_a_ceremony_attended_by_someone_is_that_ceremony_not_the_summit_named_before(data_dir: Path) -> None:
    doc = parsed("""
        Castria PROPN/NNP nsubj 1
        hosted VERB/VBD ROOT 1
        the DET/DT det 4
        Alder PROPN/NNP compound 4
        Summit PROPN/NNP dobj 1
        last ADJ/JJ amod 6
        year NOUN/NN npadvmod 1
        . PUNCT/. punct 1
        Doravia PROPN/NNP nsubj 9
        signed VERB/VBD ROOT 9
        the DET/DT det 11
        accord NOUN/NN dobj 9
        in ADP/IN prep 9
        a DET/DT det 14
        ceremony NOUN/NN pobj 12
        attended VERB/VBN acl 14
        by ADP/IN agent 15
        Anna PROPN/NNP compound 18
        Kovar PROPN/NNP pobj 16
        . PUNCT/. punct 9
    """, [("Castria", "STATE", "STATE:XC"), SUMMIT, ("Doravia", "STATE", "STATE:XD"), KOVAR])
    assert relations(doc, str(data_dir)) == {("Castria", "participates_in", "Alder Summit")}
