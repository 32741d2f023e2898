"""What the program knows about names in English news: titles, the words that make a name an organisation,
a person or a place, and the phrases that declare an alias (data/lexicon/names.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path


@dataclass(frozen=True)
class NameLexicon:
    title_abbreviations: tuple[str, ...]  # 'Brig.', 'Lt.' as written
    ministerial_titles: frozenset[str]
    org_suffixes: frozenset[str]
    short_form_suffixes: tuple[tuple[str, ...], ...]  # word sequences, longest first
    org_nouns: frozenset[str]
    person_nouns: frozenset[str]
    person_heads: frozenset[str]
    place_nouns: frozenset[str]
    place_generics: frozenset[str]
    event_generics: frozenset[str]
    alias_cues: tuple[tuple[str, ...], ...]  # word sequences, longest first
    name_suffixes: frozenset[str]
    person_pronouns: frozenset[str]

    def ends_organisation(self, word: str) -> bool:
        """'Group', 'Forces', 'AI': a word that ends an organisation's name, capitalised; two-letter ones
        ('AI', 'AG') in capitals, so that a family name ('Ai') is not taken for one."""
        return word.lower() in self.org_suffixes and word[:1].isupper() and (len(word) > 2 or word.isupper())

    @cached_property
    def generic_words(self) -> frozenset[str]:
        """Words of organisations and places, which no person's name is made of ('General Staff Headquarters')."""
        return self.org_suffixes | self.org_nouns | self.place_nouns

    @cached_property
    def alias_openers(self) -> frozenset[str]:
        """The first words of the alias cues ('also', 'known', 'a.k.a.')."""
        return frozenset(cue[0] for cue in self.alias_cues)

    @cached_property
    def titles(self) -> frozenset[str]:
        """Abbreviated titles folded for comparison: 'brig', 'lt'."""
        return frozenset(t.lower().rstrip(".") for t in self.title_abbreviations)


def _words(raw: dict, key: str) -> list[str]:
    value = raw[key]
    return value["words"] if isinstance(value, dict) else value


def _sequences(phrases: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(p.lower().split()) for p in phrases}, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=4)
def load_name_lexicon(data_dir: str) -> NameLexicon:
    raw = json.loads((Path(data_dir) / "lexicon" / "names.json").read_text(encoding="utf-8"))
    return NameLexicon(
        title_abbreviations=tuple(_words(raw, "title_abbreviations")),
        ministerial_titles=frozenset(_words(raw, "ministerial_titles")),
        org_suffixes=frozenset(_words(raw, "org_suffixes")),
        short_form_suffixes=_sequences(_words(raw, "short_form_suffixes")),
        org_nouns=frozenset(_words(raw, "org_nouns")),
        person_nouns=frozenset(_words(raw, "person_nouns")),
        person_heads=frozenset(_words(raw, "person_heads")),
        place_nouns=frozenset(_words(raw, "place_nouns")),
        place_generics=frozenset(_words(raw, "place_generics")),
        event_generics=frozenset(_words(raw, "event_generics")),
        alias_cues=_sequences(raw["alias_cues"]["phrases"]),
        name_suffixes=frozenset(_words(raw, "name_suffixes")),
        person_pronouns=frozenset(raw["person_pronouns"]),
    )
