"""Who holds a stance, as the rules pass it around."""

from __future__ import annotations

from dataclasses import dataclass

OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})  # dependents that name a verb's target


@dataclass(frozen=True)
class Holder:
    mentions: tuple[int, ...]
    speaker: int | None = None  # mention idx of the speaker, in reported speech
