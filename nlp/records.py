"""Plain records that the NLP side hands to the store: no spaCy objects cross this line."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    idx: int
    start: int
    end: int
    paragraph: int
    headline: bool


@dataclass(frozen=True)
class Mention:
    idx: int
    sent: int
    start: int
    end: int
    text: str
    label: str  # PERSON | STATE | ORG | PLACE
    kb_id: str = ""  # gazetteer id, "" for entities only the statistical model found


# Records about names rather than stances: stored beside the relations, read by canonicalisation, never edges.
ALIAS_OF = "alias_of"  # the source mention is another name the text gives the target mention ('X, known as Y')
TYPED_AS = "typed_as"  # the text shows what the mention names (source = target; `role` PERSON | ORG | PLACE)
NAME_EVIDENCE = frozenset({ALIAS_OF, TYPED_AS})
STANCES = frozenset({"supports", "opposes", "participates_in", "declines"})


@dataclass(frozen=True)
class Relation:
    """A directed relation between two mentions, with the sentence that states it."""

    source: int  # mention idx
    target: int  # mention idx
    relation: str  # supports | opposes | participates_in | declines | affiliated_with
    sent: int
    cue: str = ""
    modality: str = "stated"  # stated | pledged | conditional | refused
    condition: str = ""
    speaker: int | None = None  # mention idx of the speaker in reported speech
    role: str = ""  # for affiliated_with: 'President', 'special envoy', ...


@dataclass
class Extraction:
    n_tokens: int
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    name_evidence: list[Relation] = field(default_factory=list)  # ALIAS_OF and TYPED_AS records
    error: str = ""  # why extraction failed on this article (nothing of it is stored then)
