#!/usr/bin/env python3
"""Derive stancegraph's cue lexicon from the PETRARCH2 CAMEO 2.0 verb dictionary and the hand lexicon.

The CAMEO verb dictionary of the PETRARCH2 event coder (openeventdata/petrarch2, MIT) groups about 1,800
English verbs into synonym blocks, each with a CAMEO event code, and lists some 4,700 verb + object /
particle / preposition patterns with their own codes ("impose sanctions" 163, "launch attack" 190,
"back down" 080).  This script maps those codes to stancegraph's relations (``CODE_RELATIONS``), drops
the defaults that give false stances in news text (``REVIEW``, each with its reason), merges the
hand-written verbs of ``data/lexicon/stance.json`` (they win) and writes

- ``data/lexicon/cues.json``: ``verbs``, ``blocks`` (the patterns of each block) and ``forms``, with the
  source, the MIT notice and the review named (the format is described in the notice);
- ``data/lexicon/CAMEO-NOTICE.md``: what it is derived from, the mapping, the review and the licence text.

The file is read the way PETRARCH2 reads it (PETRreader.read_verb_dictionary, PETRtree.VerbPhrase): a
verb's patterns are those of its whole block (the ``# VERB`` comment only records where a pattern was
first found); a verb listed in two blocks belongs to the first; of two patterns with the same constraints
in one block the later wins; ``[A:P]`` is an active code A and a passive code P (the subject is the target
of P), so the relation comes from A.  A multi-word verb ("wage war") becomes a pattern of its first word.

Usage::

    python scripts/build_cue_lexicon.py [--source ../shared/lexicons/petrarch2/CAMEO.2.0.txt]
        [--hand data/lexicon/stance.json] [--out data/lexicon/cues.json] [--notice data/lexicon/CAMEO-NOTICE.md]

Standard library only; the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "lexicons" / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_OUT = REPO / "data" / "lexicon" / "cues.json"
DEFAULT_NOTICE = REPO / "data" / "lexicon" / "CAMEO-NOTICE.md"
DEFAULT_HAND = REPO / "data" / "lexicon" / "stance.json"
GENERATED_BY = "scripts/build_cue_lexicon.py"
HAND_SOURCE = "data/lexicon/stance.json 'verbs' (hand-written, takes precedence)"

SOURCE_REPOSITORY = "openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SOURCE_PATH = "petrarch2/data/dictionaries/CAMEO.2.0.txt"

SUPPORTS, OPPOSES = "supports", "opposes"
ANYWHERE, PATTERNS_ONLY = "verbs and patterns", "patterns only"

# CAMEO code prefix -> (relation, where it applies).  The longest matching prefix of a code's active part
# decides; a code no prefix matches (01x, 02x, 04x, 055, 056, 08x, 09x, 10x, 15x, "---") has no relation.
# 030-033 (intent to cooperate, to cooperate materially or diplomatically, to provide aid: "pledge aid")
# count only inside verb + object patterns: as a verb's default they would make every "plan", "promise"
# or "offer" a stance.  034-039 (intent to reform, yield, meet, settle, accept or offer mediation) name
# no side and are left out.
CODE_RELATIONS: dict[str, tuple[str, str]] = {
    "030": (SUPPORTS, PATTERNS_ONLY),  # express intent to cooperate
    "031": (SUPPORTS, PATTERNS_ONLY),  # ... to engage in material cooperation
    "032": (SUPPORTS, PATTERNS_ONLY),  # ... to engage in diplomatic cooperation
    "033": (SUPPORTS, PATTERNS_ONLY),  # ... to provide (material, military, humanitarian) aid
    "050": (SUPPORTS, ANYWHERE),  # engage in diplomatic cooperation
    "051": (SUPPORTS, ANYWHERE),  # praise or endorse
    "052": (SUPPORTS, ANYWHERE),  # defend verbally
    "053": (SUPPORTS, ANYWHERE),  # rally support on behalf of
    "054": (SUPPORTS, ANYWHERE),  # grant diplomatic recognition
    "057": (SUPPORTS, ANYWHERE),  # sign formal agreement
    "06": (SUPPORTS, ANYWHERE),  # engage in material cooperation (economic, military, judicial, intelligence)
    "07": (SUPPORTS, ANYWHERE),  # provide aid (economic, military, humanitarian, protection / peacekeeping)
    "11": (OPPOSES, ANYWHERE),  # disapprove: criticise, accuse, complain
    "12": (OPPOSES, ANYWHERE),  # reject
    "13": (OPPOSES, ANYWHERE),  # threaten
    "14": (OPPOSES, ANYWHERE),  # protest
    "16": (OPPOSES, ANYWHERE),  # reduce relations: break off, sanctions, expel diplomats, halt aid
    "17": (OPPOSES, ANYWHERE),  # coerce: seize, arrest, deport, restrict, repress
    "18": (OPPOSES, ANYWHERE),  # assault
    "19": (OPPOSES, ANYWHERE),  # fight
    "20": (OPPOSES, ANYWHERE),  # unconventional mass violence
}
NULL_CODE = "---"


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that follow a verb as its particle ("back down", "fight back") rather than as its object.
PARTICLES = word_set(
    "about across ahead along apart around aside away back behind by down forth forward in off on out over "
    "through together up"
)
# Prepositions written without parentheses in TABARI-era patterns ("- * WITH", "- * AT SUMMIT"); those
# that are also particles are read as particles.
BARE_PREPOSITIONS = word_set(
    "after against alongside amid among as at between despite during for from into near of onto since to toward "
    "towards under until upon via with within without"
)
# Tokens that mark a role rather than a word (TABARI / PETRARCH): $ source, + target, % compound actor
# (both sides), ^ any noun phrase (skipped).
ROLE_MARKERS = {"$": "source", "+": "target", "%": "compound"}
SKIP_MARKER = "^"
# Conjunctions in multi-word "verbs" (+KILLED_AND, +SHOT_AND) are a TreeBank-parse workaround, not verbs.
CONJUNCTIONS = word_set("and or")

# ---------------------------------------------------------------------------------------------------------
# Singular nouns (the dictionary lists nouns as they appear: SANCTIONS, TROOPS, ARMS, TALKS)
# ---------------------------------------------------------------------------------------------------------

# Plural-looking words that are singular or have no distinct singular.
UNCHANGED_NOUNS = word_set(
    "always afterwards arrears alias atlas bias canvas chaos christmas economics ethics gas headquarters "
    "kudos lens logistics mathematics means media news overseas personnel physics politics series species "
    "towards whereabouts yes"
)
IRREGULAR_SINGULARS: dict[str, str] = {
    "analyses": "analysis", "bases": "base", "children": "child", "crises": "crisis", "criteria": "criterion",
    "feet": "foot", "gases": "gas", "halves": "half", "knives": "knife", "lives": "life", "men": "man",
    "shelves": "shelf", "teeth": "tooth", "theses": "thesis", "thieves": "thief", "wives": "wife",
}  # fmt: skip
# Nouns ending in -che / -oe / -ie whose plural only adds -s.
PLAIN_S_STEMS = word_set("ache avalanche cache canoe cliche foe headache hoe movie niche oboe shoe tie toe")
NOT_MEN_PLURALS = word_set("abdomen amen omen regimen specimen")


def singular(word: str) -> str:
    """The singular of an English noun, by rule; words that are not plural come back unchanged."""
    w = word.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if w.endswith("men") and len(w) > 4 and w not in NOT_MEN_PLURALS:
        return w[:-3] + "man"  # servicemen, gunmen, women
    if len(w) <= 3 or not w.endswith("s") or w in UNCHANGED_NOUNS or w.endswith(("ss", "us", "is")):
        return w
    if w[:-1] in PLAIN_S_STEMS:
        return w[:-1]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"  # allies, supplies, casualties
    if w.endswith(("sses", "ches", "shes", "xes", "zzes", "oes")):
        return w[:-2]  # losses, marches, taxes, embargoes
    return w[:-1]


def phrase_head(words: Sequence[str]) -> str:
    """The head noun of a noun phrase: the word before "of" (weapons of mass destruction), else the last."""
    return words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]


# ---------------------------------------------------------------------------------------------------------
# CAMEO codes
# ---------------------------------------------------------------------------------------------------------


def split_code(raw: str) -> tuple[str, str | None]:
    """``042:043`` -> ("042", "043"); ``080!`` -> ("080", None); ``:173`` -> ("---", "173")."""
    active, colon, passive = raw.partition(":")

    def clean(part: str) -> str:
        digits = re.match(r"\d+", part.strip())
        return digits.group(0) if digits else NULL_CODE

    return clean(active), (clean(passive) if colon and passive.strip() else None)


def relation_for(code: str, *, in_pattern: bool) -> str | None:
    """The stance relation of an (active) CAMEO code, or None."""
    for size in range(len(code), 1, -1):
        hit = CODE_RELATIONS.get(code[:size])
        if hit is not None:
            relation, scope = hit
            return relation if in_pattern or scope == ANYWHERE else None
    return None


# ---------------------------------------------------------------------------------------------------------
# Reading the dictionary
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str  # lowercase; "&name" for a synset; "$", "+", "%", "^" for a marker


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # {ARMS SHIPMENT} -> ("arms", "shipment"); may hold synsets


@dataclass(frozen=True)
class Prep:
    prep: str
    items: tuple[Word | Phrase, ...]  # (TO {BANNED PARTIES}); (AGAINST) has none


Item = Word | Phrase | Prep


@dataclass(frozen=True)
class PatternLine:
    before: tuple[Item, ...]  # before "*": the subject
    after: tuple[Item, ...]  # after "*": particle, object, prepositional phrases
    code: str
    passive_code: str | None
    text: str  # as written, spaces collapsed, without the leading "-": "* (BY &MILITARY) [---]"


@dataclass(frozen=True)
class VerbLine:
    words: tuple[str, ...]  # lowercase; one word, or a multi-word verb ("wage", "war")
    verb_index: int  # which word is the verb (marked "+" in the file)
    code: str
    forms: tuple[str, ...]  # the forms listed in {...}, lowercase, words joined by spaces

    @property
    def key(self) -> str:
        return " ".join(self.words)


@dataclass
class Block:
    name: str
    code: str
    passive_code: str | None
    verbs: list[VerbLine] = field(default_factory=list)
    patterns: list[PatternLine] = field(default_factory=list)


@dataclass
class Dictionary:
    synsets: dict[str, list[tuple[str, ...]]]  # "&military" -> [("army",), ("armed", "forces"), ...]
    blocks: list[Block]
    problems: list[str]  # lines read with a repair, for the command's notes


BLOCK_HEADER = re.compile(r"---\s+(\S+)\s+\[([^\]]*)\]")
WELL_FORMED_HEADER = re.compile(r"---\s+\S+\s+\[[^\]]*\]\s+---\s*")
CODE_AT_END = re.compile(r"\[([^\]]*)\][^\[]*$")
FORMS = re.compile(r"\{([^}]*)\}")
CODE = re.compile(r"\[([^\]]*)\]")


def words_of(token: str) -> list[str]:
    """A token's words: underscores join words (AIR_STRIKE); a synset name stays whole."""
    if token.startswith("&"):
        return [token.lower().rstrip("_")]
    return [part for part in token.lower().split("_") if part]


def tokenize_side(text: str) -> tuple[tuple[Item, ...], list[str]]:
    """One side of a pattern as words, {phrases} and (prepositional phrases); notes what was repaired."""
    problems: list[str] = []
    items: list[Item] = []
    phrase: list[str] | None = None
    prep: list[Word | Phrase] | None = None  # the words inside (...), the preposition first

    def close_prep() -> None:
        if prep and isinstance(prep[0], Word):
            items.append(Prep(prep[0].text, tuple(prep[1:])))

    for token in re.sub(r"([(){}])", r" \1 ", text).split():
        if token == "{":
            phrase = []
        elif token == "}":
            if phrase:
                (items if prep is None else prep).append(Phrase(tuple(phrase)))
            phrase = None
        elif phrase is not None:
            phrase.extend(words_of(token))
        elif token == "(":
            prep = []
        elif token == ")":
            if prep is None:
                problems.append(f"stray ')' in {text.strip()!r}")
            close_prep()
            prep = None
        elif parts := words_of(token):
            item = Word(parts[0]) if len(parts) == 1 else Phrase(tuple(parts))
            (items if prep is None else prep).append(item)
    if phrase:
        problems.append(f"unclosed '{{' in {text.strip()!r}")
        (items if prep is None else prep).append(Phrase(tuple(phrase)))
    if prep is not None:
        problems.append(f"unclosed '(' in {text.strip()!r}")
        close_prep()
    return tuple(items), problems


def parse_verb_line(body: str, *, default_code: str) -> VerbLine | None:
    """``VERB``, ``VERB [code]``, ``VERB {FORMS}``, ``+MULTI_WORD {+FORMS_WORD} [code]``."""
    body = body.split(";")[0]  # TABARI-style comment: "SCRAP {...};shan 8/30/93"
    code = default_code
    if match := CODE.search(body):
        code = split_code(match.group(1))[0]
        body = body[: match.start()] + body[match.end() :]
    forms: tuple[str, ...] = ()
    if match := FORMS.search(body):
        listed = re.split(r"[\s,]+", match.group(1))
        forms = tuple(form.replace("+", "").replace("_", " ").lower() for form in listed if form)
        body = body[: match.start()] + body[match.end() :]
    tokens = body.split()
    if not tokens:
        return None
    parts = [part for part in tokens[0].split("_") if part]
    marked = [i for i, part in enumerate(parts) if part.startswith("+")]
    words = tuple(part.replace("+", "").lower() for part in parts)
    return VerbLine(words, marked[0] if marked else 0, code, forms)


def parse_dictionary(text: str) -> Dictionary:
    """Read the synsets and the verb blocks of a PETRARCH verb dictionary."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    blocks: list[Block] = []
    problems: list[str] = []
    section = "header"
    synset: list[tuple[str, ...]] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.startswith("#######"):
            title = raw.strip("# ").split()
            section = {"SYNONYM": "synsets", "VERB": "verbs"}.get(title[0] if title else "", "end")
            continue
        if section in ("header", "end") or not raw.strip() or raw.startswith("#"):
            continue
        body = raw.partition("#")[0]
        if section == "synsets":
            stripped = body.strip()
            if stripped.startswith("&"):
                synset = synsets.setdefault(stripped.lower().rstrip("_"), [])
            elif stripped.startswith("+") and synset is not None and (member := words_of(stripped[1:])):
                synset.append(tuple(member))
        elif raw.startswith("---"):
            header = BLOCK_HEADER.match(raw)
            if header is None:
                problems.append(f"line {number}: unreadable block header {raw.strip()!r}, skipped")
                continue
            if not WELL_FORMED_HEADER.fullmatch(raw):
                problems.append(f"line {number}: malformed block header {raw.strip()!r}, read as {header.group(0)}")
            code, passive = split_code(header.group(2))
            blocks.append(Block(header.group(1), code, passive))
        elif not blocks:
            problems.append(f"line {number}: entry before the first block, skipped")
        elif raw.startswith("-"):
            code_match = CODE_AT_END.search(body)
            if code_match is None or "*" not in body:
                problems.append(f"line {number}: pattern without a code or '*', skipped")
                continue
            before, _, after = body[1 : code_match.start()].partition("*")
            before_items, before_problems = tokenize_side(before)
            after_items, after_problems = tokenize_side(after)
            problems.extend(f"line {number}: {p}" for p in before_problems + after_problems)
            code, passive = split_code(code_match.group(1))
            text = " ".join(body[1 : code_match.end()].split())
            blocks[-1].patterns.append(PatternLine(before_items, after_items, code, passive, text))
        elif verb := parse_verb_line(body, default_code=blocks[-1].code):
            blocks[-1].verbs.append(verb)
    return Dictionary(synsets, blocks, problems)


# ---------------------------------------------------------------------------------------------------------
# Patterns: from the file's notation to slots (subject, particle, object, preposition and its object)
# ---------------------------------------------------------------------------------------------------------

Synsets = dict[str, list[tuple[str, ...]]]


@dataclass(frozen=True)
class Shape:
    """What a pattern line requires, slot by slot, before synsets are expanded."""

    subject: Word | Phrase | None
    particle: str | None
    object: Word | Phrase | None
    prep: str | None
    prep_object: Word | Phrase | None
    more: tuple[str, ...]  # further words or phrases the line requires, as written
    roles: tuple[tuple[str, str], ...]  # ("target", "prep_object"), from the $ + % markers


@dataclass(frozen=True)
class Slot:
    """One noun slot: the lemmas its head may take, and the full phrases when it is multi-word."""

    lemmas: tuple[str, ...]
    phrases: tuple[str, ...] = ()


def item_text(item: Item) -> str:
    if isinstance(item, Word):
        return item.text
    if isinstance(item, Phrase):
        return " ".join(item.words)
    return " ".join([item.prep, *(item_text(i) for i in item.items)])


def marker_of(item: Item) -> str | None:
    return item.text if isinstance(item, Word) and (item.text in ROLE_MARKERS or item.text == SKIP_MARKER) else None


def merge_bare_prepositions(items: Sequence[Item]) -> list[Item]:
    """``AT SUMMIT`` -> ``(AT SUMMIT)``; a bare preposition with nothing after it -> ``(WITH)``."""
    merged: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if isinstance(item, Word) and item.text in BARE_PREPOSITIONS:
            takes_next = isinstance(following, Word | Phrase)
            merged.append(Prep(item.text, (following,) if takes_next else ()))  # type: ignore[arg-type]
            index += 2 if takes_next else 1
        else:
            merged.append(item)
            index += 1
    return merged


def shape_of(pattern: PatternLine) -> Shape:
    """Assign a line's items to slots: the first noun before "*" is the subject; after it, a leading
    particle, then the object, then the first prepositional phrase; whatever is left goes to ``more``."""
    roles: dict[str, str] = {}
    more: list[str] = []
    subject: Word | Phrase | None = None
    for item in pattern.before:
        if marker := marker_of(item):
            if marker in ROLE_MARKERS:
                roles[ROLE_MARKERS[marker]] = "subject"
        elif subject is None and not isinstance(item, Prep):
            subject = item
        else:
            more.append(item_text(item))
    particle: str | None = None
    obj: Word | Phrase | None = None
    prep: Prep | None = None
    for item in merge_bare_prepositions(pattern.after):
        if marker := marker_of(item):
            if marker in ROLE_MARKERS:
                roles[ROLE_MARKERS[marker]] = "object" if obj is None and prep is None else "after_object"
        elif isinstance(item, Prep) and prep is None:
            prep = item
        elif isinstance(item, Word) and item.text in PARTICLES and (particle, obj, prep) == (None, None, None):
            particle = item.text
        elif obj is None and prep is None and not isinstance(item, Prep):
            obj = item
        else:
            more.append(item_text(item))
    prep_object: Word | Phrase | None = None
    if prep is not None:
        for inner in prep.items:
            if (marker := marker_of(inner)) in ROLE_MARKERS:
                roles[ROLE_MARKERS[marker]] = "prep_object"  # type: ignore[index]
            elif marker is None and prep_object is None:
                prep_object = inner
            elif marker is None:
                more.append(item_text(inner))
    return Shape(
        subject, particle, obj, prep.prep if prep else None, prep_object, tuple(more), tuple(sorted(roles.items()))
    )


def expand_words(words: Sequence[str], synsets: Synsets) -> list[tuple[str, ...]]:
    """Every word sequence a phrase stands for, synsets expanded (a synset member may be several words)."""
    choices: list[list[tuple[str, ...]]] = []
    for word in words:
        if word.startswith("&"):
            choices.append(synsets.get(word, []))
        elif word not in ROLE_MARKERS and word != SKIP_MARKER:
            choices.append([(alternative,) for alternative in word.split("/")])  # BOMBING/EXPLOSION: either
    if not choices or not all(choices):
        return []
    return [tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*choices)]


def slots_for(item: Word | Phrase, synsets: Synsets) -> list[Slot]:
    """Single-word alternatives in one slot, multi-word ones (their head lemmas and phrases) in another."""
    sequences = expand_words((item.text,) if isinstance(item, Word) else item.words, synsets)
    single = sorted({singular(seq[0]) for seq in sequences if len(seq) == 1})
    multi = sorted({" ".join(seq) for seq in sequences if len(seq) > 1})
    heads = sorted({singular(phrase_head(phrase.split())) for phrase in multi})
    return ([Slot(tuple(single))] if single else []) + ([Slot(tuple(heads), tuple(multi))] if multi else [])


# Where a runtime reads the actors of a clause: the source is the subject, the target the object or the
# preposition's object.  A pattern whose $ + % markers say otherwise ("- + * (BY TROOPS)": the subject is
# the target) or that needs further words ("- * ON + BY $ SYMPATHISER") cannot be stated in slots.
READABLE_ROLES = {"source": frozenset({"subject"}), "target": frozenset({"object", "prep_object"})}


def readable(shape: Shape) -> bool:
    return not shape.more and all(place in READABLE_ROLES.get(role, ()) for role, place in shape.roles)


def shape_entries(shape: Shape, *, code: str, relation: str | None, synsets: Synsets) -> list[dict[str, Any]]:
    """The entries of one pattern (several when a slot holds both words and phrases); none when a synset
    is undefined (PETRARCH skips such a pattern)."""
    choices: list[list[Slot | None]] = []
    for item in (shape.subject, shape.object, shape.prep_object):
        slots: list[Slot | None] = [None] if item is None else list(slots_for(item, synsets))
        if not slots:
            return []
        choices.append(slots)
    preps = shape.prep.split("/") if shape.prep else [None]  # (BY/WITH SANCTIONS): either preposition
    entries = []
    for subject, obj, prep, prep_object in itertools.product(choices[0], choices[1], preps, choices[2]):
        entry: dict[str, Any] = {
            "subject": list(subject.lemmas) if subject else None,
            "particle": shape.particle,
            "object": list(obj.lemmas) if obj else None,
            "prep": prep,
            "prep_object": list(prep_object.lemmas) if prep_object else None,
            "relation": relation,
            "code": code,
        }
        for name, slot in (("subject_phrases", subject), ("phrases", obj), ("prep_phrases", prep_object)):
            if slot and slot.phrases:
                entry[name] = list(slot.phrases)
        entries.append(entry)
    return entries


SLOT_FIELDS = ("subject", "particle", "object", "prep", "prep_object")
YIELDS = ("relation", "code")


def constraints(entry: dict[str, Any]) -> str:
    """What an entry requires (everything but what it yields), as a comparable key."""
    return json.dumps({k: v for k, v in entry.items() if k not in YIELDS}, sort_keys=True)


def applies(entry: dict[str, Any], verb: str) -> bool:
    """Whether a block's entry applies to one of its verbs (a folded multi-word verb names its own)."""
    return "verbs" not in entry or verb in entry["verbs"]


def may_override(specific: dict[str, Any], general: dict[str, Any]) -> bool:
    """Whether ``general`` can match wherever ``specific`` does, so that the more constrained one decides.

    Lists need only overlap: the test is lenient and keeps a pattern whenever it might matter.
    """
    if general is specific:
        return False
    if "verbs" in general and "verbs" in specific and not set(general["verbs"]) & set(specific["verbs"]):
        return False
    for name in SLOT_FIELDS:
        wanted, given = general[name], specific[name]
        if wanted is None:
            continue
        if given is None or (isinstance(wanted, list) and not set(wanted) & set(given)):
            return False
        if isinstance(wanted, str) and wanted != given:
            return False
    return all(name not in general or name in specific for name in ("phrases", "prep_phrases", "subject_phrases"))


# ---------------------------------------------------------------------------------------------------------
# Reviewed decisions: CAMEO defaults that give false stances in news text, and participation
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """What the review changes, each with a one-line reason.

    ``blocks`` and ``verbs``: their CAMEO default (the verb's own code or its block's) does not count as the
    verb's relation; the block's patterns still apply ("increase" keeps "increase aid").  A multi-word verb
    ("take over") is named as written.  ``patterns`` (``"BLOCK: pattern as written"``, e.g.
    ``"PHYSICAL_CONFLICT: * INSURGENTS [062]"``) are dropped, so that the verb's own relation decides
    there; a multi-word verb's pattern is named as the file writes the verb (``"IGNORE: +SCOFF_AT"``).
    ``participation`` patterns (named like the others) yield participates_in.
    """

    blocks: dict[str, str]
    verbs: dict[str, str]
    patterns: dict[str, str]
    participation: dict[str, str]


FEELING = "the object's feeling, not the subject's stance ('X's move irked Y'): the stance runs the other way"
TIMING = "timing, not opposition ('X postponed the vote', 'talks stalled')"
NO_PARTY = "names a thing done, not a party supported"
SPEECH = "a speech verb ('X argued that ...'): the stance is in the clause"

REVIEW = Review(
    blocks={
        "ALLEGE": "allege / claim / swear / avow: speech verbs; the accusation is in the clause (hand allegation rule)",
        "BARGAIN": "bargain / deal / haggle: negotiating takes no side ('X dealt with Y', 'X haggled with Y')",
        "BOOST": "increase / intensify / escalate: 'increased tariffs on Y', 'escalated attacks' are no support",
        "DIE": "'X died', 'died in Y's strike': the dead are no attackers",
        "DISCLOSE": "admit / reveal / expose / unveil: 'X revealed Y's plan', 'X exposed Y' are no support",
        "DISMAY": "disappoint / sadden / discourage: " + FEELING,
        "ENACT": "enact / establish / found / constitute: creating a thing ('constitutes a threat'; 'found' of 'find')",
        "ENCOURAGE": "encourage / embolden / inspire / spur: urging Y or an effect on Y ('X encouraged Y to talk')",
        "ENGAGE": "'engage with Y', 'engage in talks' are as often cooperation as combat",
        "ENLIST": "'X enlisted Y' recruits Y: Y serves X, not the reverse",
        "EVACUATE": "evacuate / flee / defect: 'X evacuated its citizens from Y', 'X fled Y' take no side",
        "EXTRADITE": "'X extradited Y' hands over a suspect: coercion of Y, not support",
        "FACILITATE": "ease / improve / appease: easing names no party ('ease sanctions' is the hand relief rule's)",
        "FAIL": "'X failed to ...' is about X's effort, not a rejection of anyone",
        "INFLUENCE": "affect / influence / persuade: 'X influenced Y' takes no side",
        "INTERVENE": "intervene / interfere / step in: 'X intervened in Y' is as often against Y as for it",
        "LAMENT": "mourn / grieve / weep: 'X mourned Y' is sympathy, not opposition",
        "LINK": "link / connect / tie: 'X linked Y to the attack' is an accusation",
        "MARCH": "march / demonstrate: 'X demonstrated its resolve' shows; 'marched with Y' is a rally for Y",
        "MERGE": "merge / combine / unify: a union of things, no side",
        "OVERSEE_MANAGE": "lead / command / govern / conduct: 'X leads Y', 'X conducted strikes' are no support",
        "PURCHASE": "buy / purchase: buying a thing or a company takes no side ('compensate' 114 is a slip)",
        "REJOICE": "rejoice / triumph / exult: 'X triumphed over Y' opposes Y",
        "TRADE": "exchange / swap / trade: 'exchanged fire', 'traded accusations' are hostile",
    },
    verbs={
        "advertise": NO_PARTY,
        "advertize": NO_PARTY,
        "affirm": "'X affirmed its commitment': affirming a statement supports no party",
        "agitate": "'agitate for Y' campaigns for Y; otherwise " + FEELING,
        "agonise": FEELING,
        "agonize": FEELING,
        "annoy": FEELING,
        "apportion": "'apportioned blame to Y' accuses Y",
        "appropriate": "mostly the adjective; 'appropriated funds' takes no side",
        "argue": SPEECH,
        "assign": "'assigned blame to Y', 'assigned Y to a post'",
        "associate": "'X associated Y with terrorism' accuses Y",
        "attire": NO_PARTY,
        "beef up": "coded 174 (expel) by a slip: 'beefed up security' strengthens",
        "benefit": "'X benefited from Y' runs the other way; 'the deal benefits Y' has no actor",
        "best": "mostly the adjective or adverb",
        "bill": "'X billed Y' sends an invoice",
        "blow": "'dealt a blow', 'blew a kiss'; 'blow up' keeps its own pattern",
        "bother": FEELING,
        "caution": "advice as often as threat ('the IMF cautioned Y'); the hand lexicon keeps 'warn against'",
        "celebrate": "'X celebrated the victory over Y': marking an event supports none of its parties",
        "charge": "'charged a fee', 'charged toward'; the hand allegation rule reads 'charged Y with'",
        "circle": "'X circled the date', 'circled back'",
        "commemorate": "'X commemorated the victims of Y' marks an event",
        "compete": "competition, not opposition ('X competes with Y for investment')",
        "conform": NO_PARTY,
        "contend": SPEECH,
        "contrast": "a comparison ('X's view contrasts with Y's')",
        "correlate": NO_PARTY,
        "decline": "'declined to comment', 'exports declined'; refusal is the hand refusal rule's",
        "defer": "'X deferred to Y' yields to Y; otherwise " + TIMING,
        "delay": TIMING,
        "differ": "a difference of view, not opposition ('X and Y differ on ...')",
        "discomfit": FEELING,
        "disconcert": FEELING,
        "disquiet": FEELING,
        "disturb": FEELING,
        "dominate": "'X dominated the vote / the market' prevails, attacks no one",
        "express": "'X expressed support for Y' (coded 110 disapprove)",
        "extract": "'extracted Y from' rescues Y; 'extracted a promise'",
        "fire": "'X fired Y' dismisses an official as often as it shoots",
        "gear": "'gear up' prepares",
        "greet": "protocol ('X greeted Y on arrival'), not endorsement",
        "inhabit": "'X inhabits Y' is residence, not occupation",
        "integrate": "'integrate Y into Z' names no side",
        "irk": FEELING,
        "irritate": FEELING,
        "issue": "'issued a statement / a warning to Y'; its patterns carry warnings, ultimatums and appeals",
        "master": "mostly the noun; mastering a skill",
        "match": "'X matched Y's offer' is parity, not combat",
        "moderate": "mostly the adjective; 'X moderated the debate'",
        "orchestrate": "'X orchestrated the attack on Y' would support Y",
        "organise": "'X organised a summit' names no side",
        "organize": "'X organized a summit' names no side",
        "overcome": "'overcome differences / obstacles' is reconciliation",
        "overshadow": "'the visit was overshadowed by Y' has no actor",
        "overtake": "'X overtook Y as the largest economy' is a ranking",
        "overturn": "'the court overturned Y's conviction' favours Y",
        "pit": "'X pitted Y against Z' sets others against each other",
        "pluck": "'plucked Y from the sea' rescues Y",
        "postpone": TIMING,
        "procrastinate": TIMING,
        "promote": "'promoted Y to general', 'promoted its plan'",
        "pull": "'pulled troops from Y' withdraws; 'pull out' and 'pull back' keep their own patterns",
        "rag": FEELING,
        "reassert": "'reasserted control over Y' coerces Y",
        "remit": "'remitted money', 'remitted the case'",
        "remove": "'removed sanctions on Y' eases them (hand relief rule); 'removed troops'",
        "render": "'rendered Y helpless', 'render assistance' (its patterns decide)",
        "reside": "'X resides in Y' is residence, not occupation",
        "retard": TIMING,
        "revolutionise": "'revolutionised the industry'",
        "revolutionize": "'revolutionized the industry'",
        "ring": "a call or a circle, seldom an encirclement",
        "serve": "'X served in Y's army', 'served as', 'served Y with a writ'",
        "shelve": TIMING,
        "slight": "mostly the adjective",
        "stall": TIMING,
        "stock": "'stock up', 'stocks' of goods",
        "surmount": "'surmount obstacles' overcomes a difficulty",
        "surround": "'the row surrounding Y' has no actor",
        "table": "'X tabled a motion' proposes it; " + TIMING,
        "take": "mostly light ('took part', 'took office', 'took steps'); 'take hostage', 'take control' still apply",
        "take over": "'took over from Y', 'took over the company': succession or purchase as often as seizure",
        "task": "'X tasked Y with ...' gives an order",
        "tend": "'X tends to ...' is a habit",
        "tender": "'tendered a resignation / a bid'",
        "unionise": NO_PARTY,
        "unionize": NO_PARTY,
        "upset": FEELING + "; 'X upset Y' in a vote is a contest",
        "import": "trade: 'Brazil imports from the US' takes no side",
        "respect": "'X fully respects Y's sovereignty' is diplomatic form, said even while striking Y",
        "vex": FEELING,
        "ward": "'ward off Y' repels Y",
    },
    patterns={
        "UTILIZE: * &MILITARY [062:062]": "'X used troops as cannon fodder' is no military cooperation",
        "AVERT: * CLASH [0334]": "'X avoided a clash with Y' coded 0334 (intent to keep peace): no support",
        "IGNORE: +SCOFF_AT": "'X scoffed at Y' (coded --- as ignoring) mocks Y: 'scoff' keeps its own 111",
        "EMBRACE: * DELIVERY [070]": "'X accepted a delivery': the subject receives, the giver is the supporter",
        "EMBRACE: * LOAN [071]": "'X accepted a loan from Y': the subject receives, Y supports",
        "MEET_PEOPLE: * (BY/WITH PROTESTS) [141]": "'X was met with protests': the subject is the target",
        "MEET_PEOPLE: * AGRESSION [130]": "'X faces aggression from Y': the subject is the target",
        "OBTAIN: * &WEAPON [072]": "'X received weapons from Y': the subject receives, Y supports",
        "OBTAIN: * AUTHORISATION [051]": "'X received authorisation': the subject receives",
        "OBTAIN: * EMBRACE [051]": "'X received an embrace': the subject receives",
        "OBTAIN: * PARLIAMENT [060]": "'X won parliament' is an election, not support",
        "OBTAIN: * SHIPMENT (OF &FOOD) [073]": "'X received food shipments': the subject receives",
        "OBTAIN: * {&MILITARY AID} [072]": "'X received military aid from Y': the subject receives, Y supports",
        "PHYSICAL_CONFLICT: * INSURGENTS [062]": "'battle insurgents' coded 062 (military cooperation) opposes them",
        "PHYSICAL_CONFLICT: * SINCE [---]": "a time phrase cancelled the fight: 'has been battling X since 2015' "
                                            "opposes X",
        "DESPATCH: * (TO) [061]": "trade: 'goods X exports to Y' takes no side, as 'import' takes none; exporting "
                                  "weapons keeps its 072",
        "DESPATCH: * {PASSENGER CARS} (TO +) [061]": "trade: exporting cars to Y takes no side",
        "REPEAT: * + [111]": "written for 'mock', whose own code is 111; it made 'X echoed Y's comments' and "
                             "'copied Y' criticism of Y",
    },
    participation={
        "ASSEMBLE: * COALITION [050]": "'join a coalition' (coded 050): joining the coalition, the force itself",
        "ASSEMBLE: * OPERATION [050]": "'join the operation' (coded 050): taking part in the operation",
        "ASSEMBLE: * {&PKO OPERATION} [074]": "'join a peacekeeping operation' (074)",
        "ASSEMBLE: * {PEACE MISSION} [074]": "'join a peace mission' (074)",
        "ASSEMBLE: * MISSION [074]": "'join the mission' (074)",
        "ASSEMBLE: * &PKO [074]": "'join the peacekeepers / peacekeeping force' (074)",
    },
)


def review_notes(review: Review, dictionary: Dictionary) -> list[str]:
    """Review entries that change nothing: a typo, a verb whose default has no relation anyway, or a
    dictionary that changed under the review."""
    owned = {verb.key: (block, verb) for block, verb in owned_verbs(dictionary.blocks)}
    names = {block.name for block in dictionary.blocks}
    patterns = {pattern_key(block, pattern) for block in dictionary.blocks for pattern in block.patterns}
    patterns |= {multiword_key(block, verb) for block, verb in owned.values() if len(verb.words) > 1}
    notes = [f"excluded block {name!r} is not in the dictionary" for name in review.blocks if name not in names]
    notes += [
        f"excluded block {name!r} has no verb whose default has a relation"
        for name in review.blocks
        if name in names
        and not any(block.name == name and relation_for(verb.code, in_pattern=False) for block, verb in owned.values())
    ]
    for name in review.verbs:
        if name not in owned:
            notes.append(f"excluded verb {name!r} is not in the dictionary")
        elif owned[name][0].name in review.blocks or relation_for(owned[name][1].code, in_pattern=False) is None:
            notes.append(f"excluded verb {name!r} has no relation to exclude")
    notes += [
        f"reviewed pattern {key!r} is not in the dictionary"
        for key in [*review.patterns, *review.participation]
        if key not in patterns
    ]
    return notes


# ---------------------------------------------------------------------------------------------------------
# The lexicon
# ---------------------------------------------------------------------------------------------------------

PARTICIPATES = "participates_in"
# A multi-word "verb" that starts with a form of "be" (+IS_DETERMINED) is an adjective phrase.
BE_FORMS = word_set("am are be been being is was were")
# The block of a word that CAMEO lists only inside multi-word verbs ("square" of "square off").
OWN_BLOCK = "+{}"


def pattern_key(block: Block, pattern: PatternLine) -> str:
    return f"{block.name}: {pattern.text}"


def multiword_key(block: Block, verb: VerbLine) -> str:
    """How the review names a multi-word verb's pattern: "IGNORE: +SCOFF_AT", as the file writes it."""
    return f"{block.name}: +{'_'.join(verb.words).upper()}"


def owned_verbs(blocks: Iterable[Block]) -> Iterator[tuple[Block, VerbLine]]:
    """Each verb with the block it belongs to: the first block that lists it (PETRARCH keeps the first).
    Conjunction artefacts ("arrest and") are left out."""
    seen: set[str] = set()
    for block in blocks:
        for verb in block.verbs:
            if verb.key not in seen and not CONJUNCTIONS & set(verb.words):
                seen.add(verb.key)
                yield block, verb


def default_relation(block: Block, verb: VerbLine, review: Review) -> str | None:
    """A verb's relation from its own code or its block's, unless the review excludes it."""
    if block.name in review.blocks or verb.key in review.verbs:
        return None
    return relation_for(verb.code, in_pattern=False)


def block_entries(block: Block, synsets: Synsets, review: Review, skipped: Counter[str]) -> list[dict[str, Any]]:
    """A block's pattern entries; of two with the same constraints the later wins (PETRARCH)."""
    by_constraints: dict[str, dict[str, Any]] = {}
    for pattern in block.patterns:
        key = pattern_key(block, pattern)
        shape = shape_of(pattern)
        if key in review.patterns:
            skipped["excluded by the review"] += 1
            continue
        if not readable(shape):
            skipped["not expressible in slots"] += 1
            continue
        relation = PARTICIPATES if key in review.participation else relation_for(pattern.code, in_pattern=True)
        for entry in shape_entries(shape, code=pattern.code, relation=relation, synsets=synsets):
            by_constraints.pop(constraints(entry), None)
            by_constraints[constraints(entry)] = entry
    return list(by_constraints.values())


def fold(verb: VerbLine, *, relation: str | None, synsets: Synsets) -> list[dict[str, Any]]:
    """A multi-word verb as a pattern of its first word: "wage war" -> object "war", "fight back" ->
    particle "back", "ask for" -> preposition "for"; it applies to that word only (``verbs``)."""
    after, _ = tokenize_side(" ".join(verb.words[1:]))
    shape = shape_of(PatternLine((), after, verb.code, None, verb.key.upper()))
    entries = shape_entries(shape, code=verb.code, relation=relation, synsets=synsets) if readable(shape) else []
    return [{**entry, "verbs": [verb.words[0]]} for entry in entries]


def add_folded(entries: list[dict[str, Any]], entry: dict[str, Any]) -> None:
    """Add a folded entry unless the block already says the same for all its verbs; replace an earlier
    folded entry with the same constraints (the later wins)."""
    general = constraints({k: v for k, v in entry.items() if k != "verbs"})
    if any(
        "verbs" not in other and constraints(other) == general and other["relation"] == entry["relation"]
        for other in entries
    ):
        return
    entries[:] = [other for other in entries if constraints(other) != constraints(entry)]
    entries.append(entry)


@dataclass
class CameoVerb:
    relation: str | None
    code: str | None
    block: str
    forms: set[str] = field(default_factory=set)


def cameo_verbs(
    dictionary: Dictionary, review: Review, skipped: Counter[str]
) -> tuple[dict[str, CameoVerb], dict[str, list[dict[str, Any]]]]:
    """Every single-word verb with its default relation and block, and every block's entries, the
    multi-word verbs folded into the block of their first word."""
    entries = {block.name: block_entries(block, dictionary.synsets, review, skipped) for block in dictionary.blocks}
    verbs: dict[str, CameoVerb] = {}
    multiword: list[tuple[Block, VerbLine]] = []
    for block, verb in owned_verbs(dictionary.blocks):
        if len(verb.words) > 1:
            multiword.append((block, verb))
        else:
            relation = default_relation(block, verb, review)
            verbs[verb.key] = CameoVerb(relation, verb.code, block.name, set(verb.forms) - {verb.key})
    for block, verb in multiword:
        head = verb.words[0]
        if verb.verb_index != 0 or head in BE_FORMS:
            skipped["multi-word verbs not led by their verb"] += 1
            continue
        if multiword_key(block, verb) in review.patterns:
            skipped["excluded by the review"] += 1
            continue
        if head not in verbs:
            verbs[head] = CameoVerb(None, None, OWN_BLOCK.format(head.upper()))
            entries[verbs[head].block] = []
        for entry in fold(verb, relation=default_relation(block, verb, review), synsets=dictionary.synsets):
            add_folded(entries[verbs[head].block], entry)
        verbs[head].forms.update(form.split()[0] for form in verb.forms if form.split()[0] != head)
    return verbs, entries


def read_hand_verbs(stance: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """stance.json's ``verbs`` ({relation: {lemma: preps}}) as {lemma: {relation: preps}}, in file order."""
    hand: dict[str, dict[str, list[str]]] = {}
    for relation, verbs in stance["verbs"].items():
        for lemma, preps in verbs.items():
            hand.setdefault(lemma, {})[relation] = list(preps)
    return hand


def merged_verbs(
    cameo: dict[str, CameoVerb], entries: dict[str, list[dict[str, Any]]], hand: dict[str, dict[str, list[str]]]
) -> dict[str, dict[str, Any]]:
    """The hand verbs (their relation and prepositions win, CAMEO's block is kept) and the CAMEO verbs that
    carry a relation themselves or through a pattern of their block."""
    verbs: dict[str, dict[str, Any]] = {}
    for lemma, record in cameo.items():
        if record.relation is not None or any(
            entry["relation"] is not None and applies(entry, lemma) for entry in entries[record.block]
        ):
            verbs[lemma] = {
                "relation": record.relation, "code": record.code, "block": record.block, "preps": [], "source": "cameo"
            }  # fmt: skip
    for lemma, relations in hand.items():
        (relation, preps), *others = relations.items()
        record = cameo.get(lemma)
        verbs[lemma] = {
            "relation": relation,
            "code": record.code if record else None,
            "block": record.block if record else None,
            "preps": preps,
            "source": "hand",
        }
        if others:
            verbs[lemma]["also"] = dict(others)
    return dict(sorted(verbs.items()))


def kept_entries(entries: list[dict[str, Any]], members: dict[str, str | None]) -> list[dict[str, Any]]:
    """The entries that change something for the block's verbs (``members``: verb -> relation).

    An entry that yields the relation every verb it applies to has anyway, and that no less constrained
    entry with another relation could override, changes nothing and is left out.
    """
    kept = []
    for entry in entries:
        contested = any(other["relation"] != entry["relation"] and may_override(entry, other) for other in entries)
        differs = any(applies(entry, verb) and relation != entry["relation"] for verb, relation in members.items())
        if contested or differs:
            kept.append(entry)
    return kept


def build_lexicon(
    dictionary: Dictionary,
    *,
    hand_verbs: dict[str, dict[str, list[str]]],
    license_text: str,
    source_sha256: str,
    file_notice: str,
    review: Review,
) -> dict[str, Any]:
    skipped: Counter[str] = Counter()
    cameo, entries = cameo_verbs(dictionary, review, skipped)
    verbs = merged_verbs(cameo, entries, hand_verbs)
    members: dict[str, dict[str, str | None]] = defaultdict(dict)
    for lemma, verb in verbs.items():
        if verb["block"] is not None:
            members[verb["block"]][lemma] = verb["relation"]
    blocks = {name: kept_entries(entries[name], of_block) for name, of_block in sorted(members.items())}
    for name in [name for name, kept in blocks.items() if not kept and name.startswith(OWN_BLOCK[0])]:
        del blocks[name]  # a word's own block with nothing left: the word has no block
        for lemma in members[name]:
            verbs[lemma]["block"] = None
    forms = {lemma: sorted(cameo[lemma].forms) for lemma in verbs if lemma in cameo and cameo[lemma].forms}
    return {
        "_source": {
            "repository": SOURCE_REPOSITORY,
            "commit": SOURCE_COMMIT,
            "path": SOURCE_PATH,
            "sha256": source_sha256,
            "notice_in_file": file_notice,
            "description": "CAMEO 2.0 verb dictionary of the PETRARCH2 event coder (Open Event Data Alliance)",
        },
        "_license": license_text,
        "_generated_by": GENERATED_BY,
        "_relations": {
            prefix: {"relation": relation, "applies_to": scope} for prefix, (relation, scope) in CODE_RELATIONS.items()
        },
        "_hand_source": HAND_SOURCE,
        "_excluded": {"blocks": review.blocks, "verbs": review.verbs, "patterns": review.patterns},
        "_participation": review.participation,
        "_skipped_patterns": dict(sorted(skipped.items())),
        "verbs": verbs,
        "blocks": blocks,
        "forms": forms,
    }


def file_notice_of(text: str) -> str:
    """The copyright line of the dictionary's own MIT notice, in its header."""
    match = re.search(r"^#\s*(Copyright \(c\).*?)\s*$", text, flags=re.MULTILINE)
    return f"{match.group(1)}, MIT License" if match else ""


# ---------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------

ONE_PER_LINE = ("verbs", "blocks", "forms")


def dump_lexicon(lexicon: dict[str, Any]) -> str:
    """JSON with one verb (one pattern, one verb's forms) per line, so that diffs stay readable."""

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    parts = []
    for key, value in lexicon.items():
        if key in ONE_PER_LINE and value:
            rows = []
            for name, item in value.items():
                if key == "blocks" and item:
                    entries = ",\n".join(f"   {compact(entry)}" for entry in item)
                    rows.append(f"  {compact(name)}: [\n{entries}\n  ]")
                else:
                    rows.append(f"  {compact(name)}: {compact(item)}")
            body = ",\n".join(rows)
            parts.append(f" {compact(key)}: {{\n{body}\n }}")
        else:
            indented = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n ")
            parts.append(f" {compact(key)}: {indented}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def counts(lexicon: dict[str, Any]) -> dict[str, Any]:
    """Sizes of the lexicon by relation (null as "none")."""

    def by_relation(values: Iterable[str | None]) -> dict[str, int]:
        return dict(sorted(Counter(value or "none" for value in values).items()))

    verbs = lexicon["verbs"].values()
    entries = [entry for listed in lexicon["blocks"].values() for entry in listed]
    return {
        "verbs": by_relation(v["relation"] for v in verbs),
        "hand_verbs": sum(v["source"] == "hand" for v in verbs),
        "blocks": len(lexicon["blocks"]),
        "patterns": by_relation(entry["relation"] for entry in entries),
        "forms": len(lexicon["forms"]),
    }


def describe_counts(sizes: dict[str, Any]) -> str:
    def part(name: str) -> str:
        return ", ".join(f"{n} {relation}" for relation, n in sizes[name].items())

    return (
        f"verbs {part('verbs')} ({sizes['hand_verbs']} of them from the hand lexicon); patterns "
        f"{part('patterns')} in {sizes['blocks']} blocks; irregular forms for {sizes['forms']} verbs."
    )


NOTICE_TEMPLATE = """\
# cues.json: the stance cue lexicon, derived from the PETRARCH2 CAMEO verb dictionary

`cues.json` is generated by `{generated_by}` from `CAMEO.2.0.txt`, the CAMEO 2.0 verb dictionary of the
PETRARCH2 event coder: repository `{repository}`, commit `{commit}`, path `{path}`
(sha256 of the file read: `{sha256}`), merged with the hand-written verbs of `stance.json`. The
dictionary's own header carries the notice "{file_notice}"; the repository's LICENSE is reproduced below.
`cues.json` is a derived work of the dictionary and is distributed under that MIT licence. Regenerate it
with `python {generated_by}` (the dictionary is read from `../shared/lexicons/petrarch2/`, beside the
repository) whenever the dictionary, the review in the script or the `verbs` of `stance.json` change.

## Contents

- `verbs`: lemma -> `relation` (supports, opposes, participates_in or null), `code` (its CAMEO code, its
  own or its block's; null if CAMEO lacks the verb), `block` (its CAMEO synonym block, a key of `blocks`,
  or null), `preps` and `source`. `source` "hand": relation and prepositions come from `stance.json`
  (`also` holds the further relations of a hand verb listed under several); "cameo": from the code, with
  no prepositions of its own. A CAMEO verb is listed when its default maps to a relation, or when a
  pattern of its block does (then its relation is null: "impose", "launch", "wage", "extend").
- `blocks`: block -> its patterns, which apply to every verb of the block (PETRARCH's reading). Each
  pattern has `subject`, `particle`, `object`, `prep`, `prep_object` (null: no constraint; noun slots list
  lemmas, synsets expanded), `relation` and `code`; optionally `phrases`, `prep_phrases`,
  `subject_phrases` (a slot filled by a multi-word phrase: the lemmas are the phrases' heads and only the
  phrases match) and `verbs` (the pattern applies to those verbs only: a multi-word verb folded into the
  block of its first word, "wage war" = "wage" + object "war", "fight back" = particle "back", "ask for" =
  preposition "for"). The most constrained matching pattern decides; a null relation cancels the verb's
  own ("back down"). A word CAMEO lists only inside multi-word verbs ("square off") has a block of its own,
  `+SQUARE`. Patterns that repeat the relation of every verb they apply to, and that no other pattern could
  override, are left out.
- `forms`: the forms the dictionary lists for a verb ("strike" -> "struck", "strikes", "striking"; the
  first word of its multi-word verbs included), for pipelines without a lemmatizer.
- `_excluded`: the review. Blocks and verbs whose CAMEO default gives false stances in news text (their
  relation is null, their patterns still apply), and patterns dropped, each with its reason.
- `_participation`: patterns that mean joining a force or an operation, which yield participates_in.
  Otherwise participation is the hand lexicon's.
- `_skipped_patterns`: patterns left out because slots cannot state them (further words, or actors placed
  where a reader of subject and objects does not look) or because the review drops them.

Counts: {counts}

## CAMEO code -> relation

The longest prefix of a code's active part (before `:`, suffixes such as `!` dropped) decides; any other
code (01x public statement, 02x appeal, 04x consult, 055 apologise, 056 forgive, 08x yield, 09x
investigate, 10x demand, 15x force posture, ...) has no relation.

| code prefix | relation | applies to |
|---|---|---|
{mapping}

## Review

{review}

## Licence

{license_text}
"""


def render_notice(lexicon: dict[str, Any]) -> str:
    source = lexicon["_source"]
    mapping = "\n".join(
        f"| {prefix} | {spec['relation']} | {spec['applies_to']} |" for prefix, spec in lexicon["_relations"].items()
    )
    excluded = lexicon["_excluded"]
    review = "\n".join(
        [
            "Blocks whose default does not count: " + ", ".join(f"`{name}`" for name in excluded["blocks"]) + ".",
            "Verbs whose default does not count: " + ", ".join(f"`{name}`" for name in excluded["verbs"]) + ".",
            "Patterns dropped: " + ", ".join(f"`{key}`" for key in excluded["patterns"]) + ".",
            "Participation: " + ", ".join(f"`{key}`" for key in lexicon["_participation"]) + ".",
            "",
            "The reasons are in `cues.json` (`_excluded`, `_participation`) and in the script.",
        ]
    )
    return NOTICE_TEMPLATE.format(
        generated_by=lexicon["_generated_by"],
        repository=source["repository"],
        commit=source["commit"],
        path=source["path"],
        sha256=source["sha256"],
        file_notice=source["notice_in_file"],
        counts=describe_counts(counts(lexicon)),
        mapping=mapping,
        review=review,
        license_text=lexicon["_license"].strip(),
    )


def generate(*, source: Path, license_path: Path, hand_path: Path) -> tuple[dict[str, Any], Dictionary]:
    """Read the dictionary, its licence and the hand lexicon; return the lexicon and what was parsed."""
    raw = source.read_bytes()
    text = raw.decode("utf-8")
    dictionary = parse_dictionary(text)
    lexicon = build_lexicon(
        dictionary,
        hand_verbs=read_hand_verbs(json.loads(hand_path.read_text(encoding="utf-8"))),
        license_text=license_path.read_text(encoding="utf-8").strip() + "\n",
        source_sha256=hashlib.sha256(raw).hexdigest(),
        file_notice=file_notice_of(text),
        review=REVIEW,
    )
    return lexicon, dictionary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Derive data/lexicon/cues.json from the PETRARCH2 CAMEO verbs.")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="CAMEO.2.0.txt (default: %(default)s)")
    parser.add_argument("--license", type=Path, default=None, help="its LICENSE (default: beside the source)")
    parser.add_argument("--hand", type=Path, default=DEFAULT_HAND, help="hand lexicon (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument("--notice", type=Path, default=DEFAULT_NOTICE, help="default: %(default)s")
    args = parser.parse_args(argv)
    license_path = args.license or args.source.with_name("LICENSE")
    for path, what in (
        (args.source, "the PETRARCH2 dictionary"),
        (license_path, "its LICENSE"),
        (args.hand, "the hand lexicon"),
    ):
        if not path.is_file():
            print(f"error: {path} not found ({what} is needed)", file=sys.stderr)
            return 2
    try:
        lexicon, dictionary = generate(source=args.source, license_path=license_path, hand_path=args.hand)
    except UnicodeDecodeError as error:
        print(f"error: {args.source} is not UTF-8 text ({error.reason} at byte {error.start})", file=sys.stderr)
        return 2
    except (json.JSONDecodeError, KeyError, AttributeError) as error:
        print(f"error: {args.hand} has no readable 'verbs' {{relation: {{lemma: [preps]}}}} ({error})", file=sys.stderr)
        return 2
    if not dictionary.blocks:
        print(f"error: {args.source} has no verb blocks after '####### VERB PATTERNS #######'", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump_lexicon(lexicon), encoding="utf-8")
    args.notice.parent.mkdir(parents=True, exist_ok=True)
    args.notice.write_text(render_notice(lexicon), encoding="utf-8")
    for problem in [*dictionary.problems, *review_notes(REVIEW, dictionary)]:
        print(f"note: {problem}", file=sys.stderr)
    print(f"wrote {args.out} and {args.notice}: {json.dumps(counts(lexicon), sort_keys=True)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
