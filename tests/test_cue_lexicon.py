"""scripts/build_cue_lexicon.py: the PETRARCH verb dictionary read right, and data/lexicon/cameo.json fresh."""

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
+KILLED_AND {}
- * DEAL                          [057]      # STRIKE
- * {MOCK TARGET}                 [150]      # HIT
- * TARGET                        [190]      # HIT
- * OFFICIALS                     [190]      # HIT
- * OFFICIALS                     [---]      # HIT
- * (BEFORE COURT)                [:173]     # STRIKE
- * (FOR WAGES)                   [143]      # STRIKE

---  SUPPORT   [051]  ---
BACK
ENDORSE [051]
STRIKE
- * DOWN                          [080!]     # BACK
- * DOWN (FROM)                   [080]      # BACK
- * SANCTIONS                     [1312]     # BACK
- + * (BY &MILITARY)              [---]      # BACK
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

---  DISGRACE   [110]---  ---
DISGRACE
PLEDGE [033]

---  HOST   [043:042]  ---
HOST

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return cue.build_lexicon(
        cue.parse_dictionary(SAMPLE), license_text=LICENSE, source_sha256="0" * 64, file_notice="notice"
    )


def entries(lexicon: dict[str, Any], verb: str, **wanted: Any) -> list[dict[str, Any]]:
    return [e for e in lexicon["patterns"].get(verb, []) if all(e.get(k) == v for k, v in wanted.items())]


def test_verbs_take_their_own_code_or_the_block_default(sample: dict[str, Any]) -> None:
    assert sample["verbs"]["hit"] == {"relation": "opposes", "code": "190"}
    assert sample["verbs"]["shell"] == {"relation": "opposes", "code": "183"}
    assert sample["verbs"]["back"] == {"relation": "supports", "code": "051"}
    assert sample["verbs"]["disgrace"] == {"relation": "opposes", "code": "110"}  # header "[110]---" repaired
    assert sample["verbs"]["strike"]["relation"] == "opposes"  # listed twice: the first block keeps it
    assert sample["blocks"]["strike"] == "assault"
    # no relation: a block without a code, consult (043:042), and 03x (intent) as a verb's own code
    assert not {"launch", "mount", "host", "pledge"} & set(sample["verbs"])


def test_multiword_verbs_forms_and_conjunction_artefacts(sample: dict[str, Any]) -> None:
    assert sample["multiword"] == {"fight back": {"verb": "fight", "relation": "opposes", "code": "190"}}
    assert sample["forms"]["strike"] == ["strikes", "striking", "struck"]
    assert sample["forms"]["fight back"] == ["fighting back", "fights back", "fought back"]


def test_patterns_are_shared_by_the_block_and_keep_where_they_were_found(sample: dict[str, Any]) -> None:
    assert sample["patterns"]["mount"] == sample["patterns"]["launch"]
    (aid,) = entries(sample, "mount", object=["aid"])
    assert aid["relation"] == "supports" and aid["code"] == "033" and aid["found_with"] == "mount"
    (attack,) = entries(sample, "launch", object=["attack"], prep=None)
    assert attack == {
        "subject": None, "particle": None, "object": ["attack"], "prep": None, "prep_object": None,
        "relation": "opposes", "code": "190", "found_with": "launch",
    }  # fmt: skip


def test_particles_cancel_the_verb_and_plural_objects_keep_both_forms(sample: dict[str, Any]) -> None:
    (down,) = entries(sample, "back", particle="down", prep=None)
    assert down["relation"] is None and down["code"] == "080"  # "[080!]": suffix dropped
    (down_from,) = entries(sample, "back", particle="down", prep="from")
    assert down_from["relation"] is None and down_from["prep_object"] is None
    (sanctions,) = entries(sample, "back", code="1312")
    assert sanctions["object"] == ["sanction", "sanctions"] and sanctions["relation"] == "opposes"


def test_synsets_expand_and_multi_word_members_keep_their_phrases(sample: dict[str, Any]) -> None:
    weapons = entries(sample, "launch", code="194")
    assert [(e["object"], e.get("phrases")) for e in weapons] == [
        (["ammunition", "gun", "missile"], None),
        (["rifle"], ["assault rifle"]),
    ]
    assert all(e["prep"] == "at" and e["prep_object"] is None for e in weapons)  # (AT ^): any noun phrase
    by = entries(sample, "back", prep="by")
    assert [(e["prep_object"], e.get("prep_phrases")) for e in by] == [
        (["troop", "troops"], None),
        (["force", "forces"], ["armed forces"]),
    ]
    assert all(e["roles"] == {"target": "subject"} and e["relation"] is None for e in by)
    assert entries(sample, "launch", object=["undefined"]) == []  # an undefined synset drops the pattern


def test_null_patterns_kept_only_where_they_cancel_something(sample: dict[str, Any]) -> None:
    (mock,) = entries(sample, "hit", object=["target"])  # plain "target" repeats "hit": left out
    assert mock["phrases"] == ["mock target"] and mock["relation"] is None
    (officials,) = entries(sample, "hit", object=["official", "officials"])
    assert officials["relation"] is None  # two patterns with one constraint: the later wins
    (court,) = entries(sample, "strike", prep="before")
    assert court["code"] == "---" and court["passive_code"] == "173" and court["relation"] is None
    assert entries(sample, "launch", object=["talk", "talks"]) == []  # null under a null verb, cancels nothing
    troops = entries(sample, "launch", object=["offensive"], relation=None)
    assert [e["subject"] for e in troops] == [["troop", "troops"], ["force", "forces"]]  # cancel "offensive" 111
    assert entries(sample, "back", object=["shipment"]) == []  # supports under "back": nothing to add
    assert [e["relation"] for e in entries(sample, "strike", object=["deal"])] == ["supports"]


def test_prepositions_roles_and_repairs(sample: dict[str, Any]) -> None:
    (border,) = entries(sample, "launch", prep="with")
    assert border["roles"] == {"target": "prep_object"} and border["more"] == ["on border"]
    assert border["passive_code"] == "190" and border["relation"] == "opposes"
    (against,) = entries(sample, "launch", prep="against")  # bare "AGAINST", TABARI style
    assert against["prep_object"] is None and against["relation"] == "opposes"
    (on,) = entries(sample, "launch", prep="on")  # "(ON ^)  ^)": stray ")" ignored
    assert on["object"] == ["attack"]
    problems = "\n".join(cue.parse_dictionary(SAMPLE).problems)
    assert "malformed block header '---  DISGRACE   [110]---  ---'" in problems
    assert "stray ')'" in problems


def test_event_nouns_need_agreeing_evidence_from_several_blocks() -> None:
    def block(name: str, code: str, *plain: tuple[str, str | None]) -> tuple[Any, list[dict[str, Any]]]:
        rows = [
            {"subject": None, "particle": None, "object": [noun], "prep": None, "prep_object": None, "relation": r}
            for noun, r in plain
        ]
        return cue.Block(name, code, None), rows

    blocks = [
        block("launch", "---", ("raid", "opposes"), ("aid", "supports"), ("ceasefire", None)),
        block("stage", "---", ("raid", "opposes"), ("aid", "supports"), ("ceasefire", "opposes")),
        block("mount", "---", ("raid", "opposes"), ("aid", "opposes"), ("ceasefire", None)),
        block("conduct", "---", ("aid", "supports"), ("ceasefire", None)),
        block("attack", "190", ("town", "opposes"), ("town", "opposes")),  # the verb's relation, not the noun's
    ]
    assert cue.event_nouns(blocks, min_votes=3, min_share=0.7) == {"aid": "supports", "raid": "opposes"}


@pytest.mark.parametrize(
    ("plural", "forms"),
    [
        ("sanctions", ["sanction", "sanctions"]),
        ("arms", ["arm", "arms"]),
        ("talks", ["talk", "talks"]),
        ("forces", ["force", "forces"]),
        ("allies", ["ally", "allies"]),
        ("embargoes", ["embargo", "embargoes"]),
        ("losses", ["loss", "losses"]),
        ("servicemen", ["serviceman", "servicemen"]),
        ("crises", ["crisis", "crises"]),
        ("foes", ["foe", "foes"]),
        ("news", ["news"]),
        ("headquarters", ["headquarters"]),
        ("status", ["status"]),
        ("aid", ["aid"]),
    ],
)
def test_noun_forms(plural: str, forms: list[str]) -> None:
    assert cue.noun_forms(plural) == forms


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


def test_command_writes_deterministic_output_with_the_licence(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "CAMEO.2.0.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "LICENSE").write_text(LICENSE, encoding="utf-8")
    out, notice = tmp_path / "out" / "cameo.json", tmp_path / "out" / "NOTICE.md"
    args = ["--source", str(tmp_path / "CAMEO.2.0.txt"), "--out", str(out), "--notice", str(notice)]
    assert cue.main(args) == 0
    first = out.read_bytes()
    assert cue.main(args) == 0
    assert out.read_bytes() == first
    lexicon = json.loads(first)
    assert lexicon["_license"] == LICENSE and lexicon["_generated_by"] == "scripts/build_cue_lexicon.py"
    assert lexicon["_source"]["notice_in_file"] == "Copyright (c) 2015 Test Alliance, MIT License"
    assert lexicon["_relations"]["07"] == {"relation": "supports", "applies_to": "verbs and patterns"}
    text = notice.read_text(encoding="utf-8")
    assert LICENSE.strip() in text and "| 163" not in text and "| 16 | opposes |" in text
    assert "malformed block header" in capsys.readouterr().err


def test_command_names_a_missing_source(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "cameo.json"
    assert cue.main(["--source", str(tmp_path / "nowhere.txt"), "--out", str(out)]) == 2
    assert "nowhere.txt not found" in capsys.readouterr().err and not out.exists()


def test_committed_lexicon_holds_the_cues_it_promises() -> None:
    lexicon = json.loads((DATA_DIR / "lexicon" / "cameo.json").read_text(encoding="utf-8"))
    assert lexicon["_license"].startswith("The MIT License (MIT)")
    assert lexicon["_source"]["commit"] == "676801cd9cb2924bbbad09f86d15c9323e7097bf"
    assert lexicon["verbs"]["attack"]["relation"] == "opposes"
    assert lexicon["verbs"]["praise"]["relation"] == "supports"
    assert lexicon["multiword"]["back down"]["relation"] is None
    assert "struck" in lexicon["forms"]["strike"] and "fought" in lexicon["forms"]["fight"]

    def relation(verb: str, noun: str) -> set[str | None]:
        return {e["relation"] for e in lexicon["patterns"][verb] if e["object"] and noun in e["object"]}

    assert "opposes" in relation("launch", "attack")
    assert "supports" in relation("extend", "support")
    for entries_of_verb in lexicon["patterns"].values():
        for entry in entries_of_verb:
            assert {"subject", "particle", "object", "prep", "prep_object", "relation", "code"} <= set(entry)
            assert entry["relation"] in ("supports", "opposes", None)
    assert lexicon["nouns"]["attack"] == "opposes" and lexicon["nouns"]["aid"] == "supports"


@pytest.mark.skipif(not SOURCE.exists(), reason="the PETRARCH2 dictionary (../shared/lexicons) is not beside the repo")
def test_committed_lexicon_is_what_the_script_makes_now(tmp_path: Path) -> None:
    out, notice = tmp_path / "cameo.json", tmp_path / "CAMEO-NOTICE.md"
    assert cue.main(["--source", str(SOURCE), "--out", str(out), "--notice", str(notice)]) == 0
    committed = DATA_DIR / "lexicon"
    assert out.read_bytes() == (committed / "cameo.json").read_bytes(), "run: python scripts/build_cue_lexicon.py"
    assert notice.read_bytes() == (committed / "CAMEO-NOTICE.md").read_bytes()
