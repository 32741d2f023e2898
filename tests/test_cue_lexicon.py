"""scripts/build_cue_lexicon.py: the PETRARCH verb dictionary read right, the review and the hand lexicon
applied, and data/lexicon/cues.json fresh."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import DATA_DIR, SHARED

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_cue_lexicon.py"
SOURCE = SHARED / "lexicons" / "petrarch2" / "CAMEO.2.0.txt"
LICENSE = "The MIT License (MIT)\n\nCopyright (c) 2014 Somebody\n\nPermission is hereby granted ...\n"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cue_lexicon", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


cue = load_script()

SAMPLE = """\
# A CAMEO-style verb dictionary written for this test.
# Copyright (c) 2015 Test Alliance

####### SYNONYM SETS #######

&WEAPON
+GUN
+MISSILE
+ASSAULT_RIFLE
+AMMUNITION_

&MILITARY
+TROOPS
+ARMED_FORCES

####### VERB PATTERNS #######

---  ASSAULT   [190]  ---
STRIKE {STRIKES STRUCK STRIKING }
HIT
SHELL [183]
+FIGHT_BACK {+FOUGHT_BACK +FIGHTS_BACK +FIGHTING_BACK}
+WAGE_WAR
+KILLED_AND {}
- * DEAL                          [057]      # STRIKE
- * {MOCK TARGET}                 [150]      # HIT
- * TARGET                        [190]      # HIT
- * OFFICIALS                     [190]      # HIT
- * OFFICIAL                      [---]      # HIT
- * (BEFORE COURT)                [:173]     # STRIKE
- * (FOR WAGES)                   [143]      # STRIKE
- * (TO/FOR PRACTICE)             [---]      # STRIKE
- * INSURGENTS                    [062]      # BATTLE
- + * (BY TROOPS)                 [062:062]  # BACK
- * ON + BY $ SYMPATHISER         [190]      # ATTACK

---  SUPPORT   [051]  ---
BACK [050]
ENDORSE
STRIKE
+SIDE_WITH
- * DOWN                          [080!]     # BACK
- * DOWN (FROM)                   [080]      # BACK
- * SANCTIONS                     [1312]     # BACK
- * (BY &MILITARY)                [---]      # BACK
- * {ARMS SHIPMENT}               [072]      # BACK

---  LAUNCH   [---]  ---
LAUNCH
MOUNT ;shan 8/30/93
- * ATTACK                        [190]      # LAUNCH
- * AID                           [033]      # MOUNT
- * TALKS                         [---]      # LAUNCH
- * OFFENSIVE                     [111]      # LAUNCH
- &MILITARY * OFFENSIVE           [---]      # LAUNCH
- * &WEAPON (AT ^)                [194]      # LAUNCH
- * (WITH +) (ON BORDER)          [190:190]  # LAUNCH
- * AGAINST                       [190]      # LAUNCH
- * &UNDEFINED                    [190]      # LAUNCH
- * ATTACK (ON ^)  ^)              [190]      # LAUNCH

---  WAGE   [---]  ---
WAGE
- * OFFENSIVE                     [190]      # WAGE
- * PEACE                         [---]      # WAGE

---  RETREAT   [080]  ---
+STRIKE_DOWN {+STRUCK_DOWN}
+HIT_BACK
+BACK_DOWN
+IS_DETERMINED
WITHDRAW

---  BOOST   [060]  ---
INCREASE
+STEP_UP {+STEPPED_UP}
- * AID                           [070]      # INCREASE
- * ATTACKS                       [190]      # INCREASE

---  DESTROY   [190]  ---
DESTROY
BEST
- * RECORD                        [---]      # BEST
- * ARMY                          [190]      # DESTROY

---  ASSEMBLE   [040]  ---
JOIN
GATHER
- * COALITION                     [050]      # JOIN
- * TALKS                         [040]      # JOIN

---  DISGRACE   [110]---  ---
DISGRACE
PLEDGE [033]

---  HOST   [043:042]  ---
HOST

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""

HAND = {
    "verbs": {
        "supports": {"back": []},
        "opposes": {"shell": ["on"], "snub": [], "launch": ["against"]},
        "participates_in": {"join": [], "launch": [], "pledge": []},
    }
}

SAMPLE_REVIEW = cue.Review(
    blocks={"BOOST": "increasing attacks is no support"},
    verbs={"best": "mostly the adjective", "step up": "listed to be caught: its block is excluded already"},
    patterns={"ASSAULT: * INSURGENTS [062]": "fighting insurgents opposes them", "RETREAT: +HIT_BACK": "retaliates"},
    participation={"ASSEMBLE: * COALITION [050]": "joining the coalition"},
)


def build(text: str = SAMPLE, *, hand: dict[str, Any] = HAND, review: Any = SAMPLE_REVIEW) -> dict[str, Any]:
    return cue.build_lexicon(
        cue.parse_dictionary(text),
        hand_verbs=cue.read_hand_verbs(hand),
        license_text=LICENSE,
        source_sha256="0" * 64,
        file_notice="notice",
        review=review,
    )


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return build()


def entries(lexicon: dict[str, Any], block: str, **wanted: Any) -> list[dict[str, Any]]:
    return [e for e in lexicon["blocks"][block] if all(e.get(k) == v for k, v in wanted.items())]


def test_verbs_take_their_own_code_or_the_block_default(sample: dict[str, Any]) -> None:
    verbs = sample["verbs"]
    assert verbs["hit"] == {"relation": "opposes", "code": "190", "block": "ASSAULT", "preps": [], "source": "cameo"}
    assert verbs["endorse"]["relation"] == "supports" and verbs["endorse"]["code"] == "051"
    assert verbs["disgrace"]["relation"] == "opposes" and verbs["disgrace"]["block"] == "DISGRACE"  # "[110]---"
    assert verbs["strike"]["block"] == "ASSAULT"  # listed twice: the first block keeps it
    # no relation of its own, but patterns of its block have one: listed with a null relation
    assert verbs["mount"] == {"relation": None, "code": "---", "block": "LAUNCH", "preps": [], "source": "cameo"}
    assert verbs["wage"]["relation"] is None
    # no relation and nothing in the block (consult 043:042, yield 080): not listed; nor are artefacts
    assert not {"host", "withdraw", "killed", "is", "step"} & set(verbs)


def test_hand_verbs_take_precedence_and_keep_their_cameo_block(sample: dict[str, Any]) -> None:
    verbs = sample["verbs"]
    assert verbs["back"] == {"relation": "supports", "code": "050", "block": "SUPPORT", "preps": [], "source": "hand"}
    assert verbs["shell"]["preps"] == ["on"] and verbs["shell"]["code"] == "183"
    assert verbs["pledge"] == {  # CAMEO: 033 (intent) has no relation as a verb; the hand lexicon gives one
        "relation": "participates_in", "code": "033", "block": "DISGRACE", "preps": [], "source": "hand",
    }  # fmt: skip
    assert verbs["snub"] == {"relation": "opposes", "code": None, "block": None, "preps": [], "source": "hand"}
    # a hand verb under two relations: the first listed leads, the others follow in "also"
    assert verbs["launch"]["relation"] == "opposes" and verbs["launch"]["also"] == {"participates_in": []}
    assert verbs["launch"]["preps"] == ["against"] and verbs["launch"]["block"] == "LAUNCH"
    # "back down" still cancels "back": the block's patterns apply to hand verbs too
    (down,) = entries(sample, "SUPPORT", particle="down", prep=None)
    assert down["relation"] is None and down["code"] == "080"  # "[080!]": suffix dropped


def test_multi_word_verbs_fold_into_the_block_of_their_first_word(sample: dict[str, Any]) -> None:
    (war,) = entries(sample, "WAGE", object=["war"])
    assert war == {
        "subject": None, "particle": None, "object": ["war"], "prep": None, "prep_object": None,
        "relation": "opposes", "code": "190", "verbs": ["wage"],
    }  # fmt: skip
    (struck_down,) = entries(sample, "ASSAULT", particle="down")
    assert struck_down["verbs"] == ["strike"] and struck_down["relation"] is None  # cancels "strike" there
    # "back down" repeats the block's own "- * DOWN [080!]": not added twice
    assert [e.get("verbs") for e in entries(sample, "SUPPORT", particle="down", prep=None)] == [None]
    # a word CAMEO lists only in multi-word verbs gets a block of its own
    fight = sample["verbs"]["fight"]
    assert (fight["relation"], fight["code"], fight["block"], fight["source"]) == (None, None, "+FIGHT", "cameo")
    assert sample["blocks"]["+FIGHT"] == [
        {"subject": None, "particle": "back", "object": None, "prep": None, "prep_object": None,
         "relation": "opposes", "code": "190", "verbs": ["fight"]},
    ]  # fmt: skip
    (side,) = sample["blocks"]["+SIDE"]
    assert (side["prep"], side["relation"]) == ("with", "supports")
    assert sample["forms"]["strike"] == ["strikes", "striking", "struck"]
    assert sample["forms"]["fight"] == ["fighting", "fights", "fought"]


def test_patterns_belong_to_the_block_and_hold_lemmas(sample: dict[str, Any]) -> None:
    assert sample["verbs"]["mount"]["block"] == sample["verbs"]["launch"]["block"] == "LAUNCH"
    (aid,) = entries(sample, "LAUNCH", object=["aid"])
    assert aid["relation"] == "supports" and aid["code"] == "033"  # intent to give aid: a pattern only
    (attack,) = entries(sample, "LAUNCH", object=["attack"], prep=None)
    assert attack["relation"] == "opposes"
    (sanctions,) = entries(sample, "SUPPORT", code="1312")
    assert sanctions["object"] == ["sanction"] and sanctions["relation"] == "opposes"
    assert set(sample["blocks"]) == {v["block"] for v in sample["verbs"].values() if v["block"]}


def test_synsets_expand_and_multi_word_members_keep_their_phrases(sample: dict[str, Any]) -> None:
    weapons = entries(sample, "LAUNCH", code="194")
    assert [(e["object"], e.get("phrases")) for e in weapons] == [
        (["ammunition", "gun", "missile"], None),
        (["rifle"], ["assault rifle"]),
    ]
    assert all(e["prep"] == "at" and e["prep_object"] is None for e in weapons)  # (AT ^): any noun phrase
    by = entries(sample, "SUPPORT", prep="by")
    assert [(e["prep_object"], e.get("prep_phrases")) for e in by] == [(["troop"], None), (["force"], ["armed forces"])]
    assert all(e["relation"] is None for e in by)
    assert entries(sample, "LAUNCH", object=["undefined"]) == []  # an undefined synset drops the pattern


def test_null_patterns_kept_only_where_they_cancel_something(sample: dict[str, Any]) -> None:
    (mock,) = entries(sample, "ASSAULT", object=["target"])  # plain "target" repeats "hit": left out
    assert mock["phrases"] == ["mock target"] and mock["relation"] is None
    (officials,) = entries(sample, "ASSAULT", object=["official"])
    assert officials["relation"] is None  # "OFFICIALS" and "OFFICIAL": one lemma, the later wins
    (court,) = entries(sample, "ASSAULT", prep="before")
    assert court["code"] == "---" and court["relation"] is None  # "[:173]": the relation comes from the active
    assert entries(sample, "WAGE", object=["peace"]) == []  # null under a null verb, cancels nothing
    assert entries(sample, "LAUNCH", object=["talk"])[0]["relation"] is None  # cancels the hand verb "launch"
    troops = entries(sample, "LAUNCH", object=["offensive"], relation=None)
    assert [e["subject"] for e in troops] == [["troop"], ["force"]]  # they cancel "offensive" 111
    assert entries(sample, "SUPPORT", object=["shipment"]) == []  # supports under "back": nothing to add
    assert [e["relation"] for e in entries(sample, "ASSAULT", object=["deal"])] == ["supports"]


def test_prepositions_alternatives_and_what_slots_cannot_state(sample: dict[str, Any]) -> None:
    (against,) = entries(sample, "LAUNCH", prep="against")  # bare "AGAINST", TABARI style
    assert against["prep_object"] is None and against["relation"] == "opposes"
    (on,) = entries(sample, "LAUNCH", prep="on")  # "(ON ^)  ^)": stray ")" ignored
    assert on["object"] == ["attack"]
    practice = entries(sample, "ASSAULT", prep_object=["practice"])
    assert [e["prep"] for e in practice] == ["to", "for"]  # "(TO/FOR PRACTICE)": either preposition
    assert entries(sample, "LAUNCH", prep="with") == []  # "(WITH +) (ON BORDER)": a further phrase
    assert entries(sample, "ASSAULT", prep="by") == []  # "+ * (BY TROOPS)": the subject is the target
    assert sample["_skipped_patterns"] == {
        "excluded by the review": 2, "multi-word verbs not led by their verb": 1, "not expressible in slots": 3,
    }  # fmt: skip
    problems = "\n".join(cue.parse_dictionary(SAMPLE).problems)
    assert "malformed block header '---  DISGRACE   [110]---  ---'" in problems
    assert "stray ')'" in problems


def test_review_excludes_defaults_but_keeps_their_patterns(sample: dict[str, Any]) -> None:
    verbs = sample["verbs"]
    # an excluded block: its verbs have no relation, its patterns (now not redundant) apply
    assert verbs["increase"]["relation"] is None and verbs["increase"]["code"] == "060"
    assert [e["relation"] for e in sample["blocks"]["BOOST"]] == ["supports", "opposes"]
    assert "+STEP" not in sample["blocks"]  # "step up" of an excluded block: nothing left to say
    # an excluded verb: null, while the rest of its block keeps the default
    assert verbs["best"]["relation"] is None and verbs["destroy"]["relation"] == "opposes"
    assert [e["object"] for e in sample["blocks"]["DESTROY"]] == [["record"], ["army"]]  # each matters to one
    # an excluded pattern is dropped: the verbs' own relation decides; so is an excluded multi-word verb
    assert entries(sample, "ASSAULT", object=["insurgent"]) == []
    assert entries(sample, "ASSAULT", particle="back") == []  # "hit back" (080) would have cancelled "hit"
    # participation
    (coalition,) = entries(sample, "ASSEMBLE", object=["coalition"])
    assert coalition["relation"] == "participates_in" and coalition["code"] == "050"
    assert entries(sample, "ASSEMBLE", object=["talk"])[0]["relation"] is None  # cancels "join" there
    assert sample["_excluded"] == {
        "blocks": SAMPLE_REVIEW.blocks, "verbs": SAMPLE_REVIEW.verbs, "patterns": SAMPLE_REVIEW.patterns,
    }  # fmt: skip
    assert sample["_participation"] == SAMPLE_REVIEW.participation


def test_review_notes_name_what_changes_nothing() -> None:
    review = cue.Review(
        blocks={"BOOST": "", "LAUNCH": "", "NOWHERE": ""},
        verbs={"best": "", "mount": "", "increase": "", "unheard": ""},
        patterns={"ASSAULT: * INSURGENTS [062]": "", "ASSAULT: * INSURGENTS [190]": "", "RETREAT: +HIT_BACK": ""},
        participation={},
    )
    assert cue.review_notes(review, cue.parse_dictionary(SAMPLE)) == [
        "excluded block 'NOWHERE' is not in the dictionary",
        "excluded block 'LAUNCH' has no verb whose default has a relation",
        "excluded verb 'mount' has no relation to exclude",
        "excluded verb 'increase' has no relation to exclude",
        "excluded verb 'unheard' is not in the dictionary",
        "reviewed pattern 'ASSAULT: * INSURGENTS [190]' is not in the dictionary",
    ]
    assert cue.review_notes(SAMPLE_REVIEW, cue.parse_dictionary(SAMPLE)) == [
        "excluded verb 'step up' has no relation to exclude"
    ]


@pytest.mark.parametrize(
    ("plural", "lemma"),
    [
        ("sanctions", "sanction"),
        ("arms", "arm"),
        ("talks", "talk"),
        ("forces", "force"),
        ("allies", "ally"),
        ("embargoes", "embargo"),
        ("losses", "loss"),
        ("servicemen", "serviceman"),
        ("crises", "crisis"),
        ("foes", "foe"),
        ("news", "news"),
        ("headquarters", "headquarters"),
        ("status", "status"),
        ("aid", "aid"),
    ],
)
def test_singular(plural: str, lemma: str) -> None:
    assert cue.singular(plural) == lemma


@pytest.mark.parametrize(
    ("raw", "in_pattern", "relation"),
    [
        ("074", False, "supports"),
        ("057", False, "supports"),
        ("055", False, None),
        ("033", False, None),
        ("033", True, "supports"),
        ("036", True, None),
        ("0871", True, None),
        ("1312", False, "opposes"),
        ("163", False, "opposes"),
        ("1822", False, "opposes"),
        ("154", True, None),
        ("---", True, None),
    ],
)
def test_code_relations(raw: str, in_pattern: bool, relation: str | None) -> None:
    assert cue.relation_for(raw, in_pattern=in_pattern) == relation


def test_split_code() -> None:
    assert cue.split_code("042:043") == ("042", "043")
    assert cue.split_code("080!") == ("080", None)
    assert cue.split_code(":173") == ("---", "173")
    assert cue.split_code("---") == ("---", None)


def write_inputs(folder: Path) -> list[str]:
    (folder / "CAMEO.2.0.txt").write_text(SAMPLE, encoding="utf-8")
    (folder / "LICENSE").write_text(LICENSE, encoding="utf-8")
    (folder / "stance.json").write_text(json.dumps(HAND), encoding="utf-8")
    return ["--source", str(folder / "CAMEO.2.0.txt"), "--hand", str(folder / "stance.json")]


def test_command_writes_deterministic_output_with_the_licence(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out, notice = tmp_path / "out" / "cues.json", tmp_path / "out" / "NOTICE.md"
    args = [*write_inputs(tmp_path), "--out", str(out), "--notice", str(notice)]
    assert cue.main(args) == 0
    first = out.read_bytes()
    assert cue.main(args) == 0
    assert out.read_bytes() == first
    lexicon = json.loads(first)
    assert lexicon["_license"] == LICENSE and lexicon["_generated_by"] == "scripts/build_cue_lexicon.py"
    assert lexicon["_hand_source"] == "data/lexicon/stance.json 'verbs' (hand-written, takes precedence)"
    assert lexicon["_source"]["notice_in_file"] == "Copyright (c) 2015 Test Alliance, MIT License"
    assert lexicon["_relations"]["07"] == {"relation": "supports", "applies_to": "verbs and patterns"}
    assert lexicon["_excluded"]["blocks"] == cue.REVIEW.blocks  # the command applies the script's review
    assert first.decode().count("\n") > len(lexicon["verbs"]) + len(lexicon["forms"])  # one entry a line
    text = notice.read_text(encoding="utf-8")
    assert LICENSE.strip() in text and "| 163" not in text and "| 16 | opposes |" in text
    assert "malformed block header" in capsys.readouterr().err


@pytest.mark.parametrize("missing", ["CAMEO.2.0.txt", "LICENSE", "stance.json"])
def test_command_names_a_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture, missing: str) -> None:
    args = write_inputs(tmp_path)
    (tmp_path / missing).unlink()
    out = tmp_path / "cues.json"
    assert cue.main([*args, "--out", str(out), "--notice", str(tmp_path / "N.md")]) == 2
    assert f"{missing} not found" in capsys.readouterr().err and not out.exists()


def test_command_names_an_unreadable_hand_lexicon(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    args = write_inputs(tmp_path)
    (tmp_path / "stance.json").write_text('{"nouns": {}}', encoding="utf-8")
    out = tmp_path / "cues.json"
    assert cue.main([*args, "--out", str(out), "--notice", str(tmp_path / "N.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "stance.json has no readable 'verbs'" in err and not out.exists()


def test_committed_lexicon_holds_the_cues_it_promises() -> None:
    lexicon = json.loads((DATA_DIR / "lexicon" / "cues.json").read_text(encoding="utf-8"))
    assert lexicon["_license"].startswith("The MIT License (MIT)")
    assert lexicon["_source"]["commit"] == "676801cd9cb2924bbbad09f86d15c9323e7097bf"
    verbs, blocks = lexicon["verbs"], lexicon["blocks"]

    def relations(verb: str, **wanted: Any) -> set[str | None]:
        found = set()
        for entry in blocks[verbs[verb]["block"]]:
            if cue.applies(entry, verb) and all(
                entry[k] is not None and v in entry[k] if isinstance(entry[k], list) else entry[k] == v
                for k, v in wanted.items()
            ):
                found.add(entry["relation"])
        return found

    assert verbs["assault"]["relation"] == "opposes" and verbs["acclaim"]["relation"] == "supports"
    assert verbs["attack"]["source"] == "hand" and verbs["attack"]["block"] == "PHYSICAL_CONFLICT"
    assert relations("launch", object="attack") == {"opposes"} and verbs["stage"]["relation"] is None
    assert "opposes" in relations("stage", object="raid")  # "stage a mock raid" is null
    assert relations("impose", object="sanction") == {"opposes"}
    assert relations("extend", object="support") == {"supports"}
    assert relations("wage", object="war") == {"opposes"}
    assert relations("back", particle="down") == {None}
    assert relations("join", object="coalition") == {"participates_in"}
    assert "struck" in lexicon["forms"]["strike"] and "fought" in lexicon["forms"]["fight"]
    # the review: excluded defaults are null, their patterns stay; the excluded pattern is gone
    assert verbs["increase"]["relation"] is None and verbs["take"]["source"] == "hand"
    assert verbs["lead"]["relation"] == "participates_in"  # the hand verb, not CAMEO's OVERSEE_MANAGE 060
    assert verbs["conduct"]["source"] == "hand" and relations("conduct", object="operation") == {"opposes"}
    # conducting a named exercise takes part in it (the hand verb); "conducted an operation against X" stays CAMEO's
    assert verbs["fire"]["relation"] is None and verbs.get("visit", {}).get("relation") is None
    assert "insurgent" not in {n for e in blocks["PHYSICAL_CONFLICT"] if e["object"] for n in e["object"]}
    assert "since" not in {e["prep"] for e in blocks["PHYSICAL_CONFLICT"]}  # "battling X since 2015" opposes X
    for name, reason in [*lexicon["_excluded"]["blocks"].items(), *lexicon["_excluded"]["verbs"].items()]:
        assert reason and "\n" not in reason, name
    hand = cue.read_hand_verbs(json.loads((DATA_DIR / "lexicon" / "stance.json").read_text(encoding="utf-8")))
    for lemma, by_relation in hand.items():
        assert verbs[lemma]["source"] == "hand" and verbs[lemma]["relation"] == next(iter(by_relation))
    for lemma, verb in verbs.items():
        assert verb["relation"] in ("supports", "opposes", "participates_in", None), lemma
        assert verb["block"] is None or verb["block"] in blocks, lemma
        if verb["source"] == "cameo" and verb["relation"] == "participates_in":
            pytest.fail(f"{lemma}: participation by default is the hand lexicon's")
    for entries_of_block in blocks.values():
        for entry in entries_of_block:
            assert {"subject", "particle", "object", "prep", "prep_object", "relation", "code"} <= set(entry)
            assert entry["relation"] in ("supports", "opposes", "participates_in", None)


@pytest.mark.skipif(not SOURCE.exists(), reason="the PETRARCH2 dictionary (../shared/lexicons) is not beside the repo")
def test_review_matches_the_dictionary() -> None:
    assert cue.review_notes(cue.REVIEW, cue.parse_dictionary(SOURCE.read_text(encoding="utf-8"))) == []


@pytest.mark.skipif(not SOURCE.exists(), reason="the PETRARCH2 dictionary (../shared/lexicons) is not beside the repo")
def test_committed_lexicon_is_what_the_script_makes_now(tmp_path: Path) -> None:
    out, notice = tmp_path / "cues.json", tmp_path / "CAMEO-NOTICE.md"
    assert cue.main(["--source", str(SOURCE), "--out", str(out), "--notice", str(notice)]) == 0
    committed = DATA_DIR / "lexicon"
    assert out.read_bytes() == (committed / "cues.json").read_bytes(), "run: python scripts/build_cue_lexicon.py"
    assert notice.read_bytes() == (committed / "CAMEO-NOTICE.md").read_bytes()


def test_no_data_file_repeats_a_key(data_dir: Path) -> None:
    """A repeated key in a JSON object silently drops the first value: a list added under a name already taken."""
    def unique(pairs: list[tuple[str, object]]) -> dict:
        keys = [k for k, _ in pairs]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"repeated keys {sorted(repeated)}"
        return dict(pairs)

    for path in sorted(data_dir.rglob("*.json")):
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique)
