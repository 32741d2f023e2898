"""Who holds a stance, as the rules pass it around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})  # dependents that name a verb's target


@dataclass(frozen=True)
class Holder:
    mentions: tuple[int, ...]
    speaker: int | None = None  # mention idx of the speaker, in reported speech


def is_passive(verb: Token) -> bool:
    """A verb in the passive voice: it has a passive subject or a passive auxiliary."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
