"""Cue lexicons (data/lexicon/stance.json), read by lemma.

Words are matched on their lemma (`StanceLexicon.lemma`): spaCy's where the pipeline set one, else an index of
the inflected forms of every word the lexicon names, so hand-built test Docs and blank pipelines match too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from nlp.lemmas import FallbackLemmas

if TYPE_CHECKING:
    from spacy.tokens import Token

VERB_LISTS = ("speech_verbs", "acceptance_verbs", "refusal_verbs", "warning_verbs", "evaluative_verbs",
              "cessation_verbs", "denial_verbs", "directive_verbs", "combat_purposes", "allegation_verbs",
              "disapproval_verbs", "pledge_markers")


@dataclass(frozen=True)
class StanceLexicon:
    raw: dict
    verb_relations: dict[str, dict[str, list[str]]]  # lemma -> {relation: preps}
    nouns: dict[str, dict[str, list[str]]]  # noun lemma -> {relation: preps}
    relief_verbs: frozenset[str]
    speech: frozenset[str]
    acceptance: frozenset[str]
    refusal: frozenset[str]
    warning: frozenset[str]
    evaluative_verbs: frozenset[str]
    fallback: FallbackLemmas

    def lemma(self, token: Token) -> str:
        return self.fallback.of(token)

    def base(self, word: str) -> str:
        """The lemma of a bare word form, by the lexicon's index ('struck' -> 'strike')."""
        return self.fallback(word)


def _by_lemma(entries: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for relation, words in entries.items():
        for word, preps in words.items():
            out.setdefault(word, {})[relation] = preps
    return out


@lru_cache(maxsize=4)
def load_stance_lexicon(data_dir: str) -> StanceLexicon:
    raw = json.loads((Path(data_dir) / "lexicon" / "stance.json").read_text(encoding="utf-8"))
    verb_relations = _by_lemma(raw["verbs"])
    nouns = _by_lemma(raw["nouns"])
    verbs = set(verb_relations) | set(raw["relief"]["verbs"]) | {k for k in raw["sustain_idioms"]
                                                                 if not k.startswith("_")}
    for name in VERB_LISTS:
        verbs.update(raw[name])
    noun_words = set(nouns) | set(raw["relief"]["nouns"]) | set(raw["relief"]["objects"]) | set(raw["attack_nouns"])
    return StanceLexicon(
        raw=raw,
        verb_relations=verb_relations,
        nouns=nouns,
        relief_verbs=frozenset(raw["relief"]["verbs"]),
        speech=frozenset(raw["speech_verbs"]),
        acceptance=frozenset(raw["acceptance_verbs"]),
        refusal=frozenset(raw["refusal_verbs"]),
        warning=frozenset(raw["warning_verbs"]),
        evaluative_verbs=frozenset(raw["evaluative_verbs"]),
        fallback=FallbackLemmas(verbs, noun_words, {}),
    )
