"""Cue lexicons (data/lexicon/stance.json) with the inflected forms the untagged lemma-free pipeline sees."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

IRREGULAR = {
    "send": ["sent"], "lead": ["led"], "take": ["took", "taken"], "stand": ["stood"], "strike": ["struck"],
    "fight": ["fought"], "build": ["built"], "hit": ["hit"], "say": ["said"], "tell": ["told"],
    "think": ["thought"], "write": ["wrote", "written"], "set": ["set"], "rule": ["ruled"],
    "be": ["is", "are", "was", "were", "been", "being", "am", "'s", "'re"], "see": ["saw", "seen"],
    "seize": ["seized"], "shell": ["shelled"], "forge": ["forged"], "give": ["gave", "given"],
    "put": ["put"], "hold": ["held"], "keep": ["kept"], "bring": ["brought"], "deny": ["denied"],
    "ally": ["allied"], "rally": ["rallied"], "supply": ["supplied"], "reply": ["replied"],
    "bombard": ["bombarded"], "lash": ["lashed"], "push": ["pushed"],
}
_DOUBLE = {"ship", "stop", "drop", "grab", "plan", "bar", "slam", "scrap", "snub", "commit", "admit", "permit",
           "regret", "refer", "prefer", "control", "patrol"}


def inflections(verb: str) -> set[str]:
    """Base, third person, past and -ing forms of an English verb (regular rules plus a small table)."""
    forms = {verb, *IRREGULAR.get(verb, [])}
    if verb == "be":
        return forms
    if re.search(r"(s|x|z|ch|sh)$", verb):
        forms.add(verb + "es")
    elif re.search(r"[^aeiou]y$", verb):
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb in _DOUBLE:
        stem = verb + verb[-1]
    elif verb.endswith("e") and not verb.endswith("ee"):
        stem = verb[:-1]
    else:
        stem = verb
    if re.search(r"[^aeiou]y$", verb):
        forms.add(verb[:-1] + "ied")
    elif verb.endswith("e"):
        forms.add(verb + "d")
    elif verb not in IRREGULAR:
        forms.add(stem + "ed")
    forms.add(stem + "ing")
    return forms


def _index(verbs: list[str] | dict[str, object]) -> dict[str, str]:
    """Inflected form -> base form."""
    out: dict[str, str] = {}
    for base in verbs:
        for form in inflections(base):
            out.setdefault(form, base)
    return out


@dataclass(frozen=True)
class StanceLexicon:
    raw: dict
    verb_forms: dict[str, str]  # any inflected form -> base
    verb_relations: dict[str, dict[str, list[str]]]  # base -> {relation: preps}
    nouns: dict[str, dict[str, list[str]]]  # noun -> {relation: preps}
    relief_verbs: dict[str, str]
    speech: dict[str, str]
    acceptance: dict[str, str]
    refusal: dict[str, str]
    warning: dict[str, str]
    evaluative_verbs: dict[str, str]

    def base(self, word: str) -> str:
        return self.verb_forms.get(word.lower(), word.lower())



@lru_cache(maxsize=4)
def load_stance_lexicon(data_dir: str) -> StanceLexicon:
    raw = json.loads((Path(data_dir) / "lexicon" / "stance.json").read_text(encoding="utf-8"))
    verb_relations: dict[str, dict[str, list[str]]] = {}
    for relation, verbs in raw["verbs"].items():
        for base, preps in verbs.items():
            verb_relations.setdefault(base, {})[relation] = preps
    nouns: dict[str, dict[str, list[str]]] = {}
    for relation, entries in raw["nouns"].items():
        for noun, preps in entries.items():
            nouns.setdefault(noun, {})[relation] = preps
    all_verbs = (set(verb_relations) | set(raw["relief"]["verbs"]) | set(raw["speech_verbs"])
                 | set(raw["acceptance_verbs"]) | set(raw["refusal_verbs"]) | set(raw["warning_verbs"])
                 | set(raw["evaluative_verbs"]) | set(raw["cessation_verbs"]) | set(raw["denial_verbs"])
                 | set(raw["directive_verbs"]) | set(raw["combat_purposes"]) | set(raw["allegation_verbs"])
                 | set(raw["disapproval_verbs"])
                 | {k for k in raw["sustain_idioms"] if not k.startswith("_")})
    forms = _index(sorted(all_verbs))
    return StanceLexicon(
        raw=raw,
        verb_forms=forms,
        verb_relations=verb_relations,
        nouns=nouns,
        relief_verbs=_index(raw["relief"]["verbs"]),
        speech=_index(raw["speech_verbs"]),
        acceptance=_index(raw["acceptance_verbs"]),
        refusal=_index(raw["refusal_verbs"]),
        warning=_index(raw["warning_verbs"]),
        evaluative_verbs=_index(raw["evaluative_verbs"]),
    )
