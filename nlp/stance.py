"""Stance relations from the dependency parse (see issue 3)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from nlp.records import Extraction, Relation


def extract_relations(doc: Doc, extraction: Extraction, *, data_dir: str) -> Iterator[Relation]:
    return iter(())
