#!/usr/bin/env python3
"""Derive a stance cue lexicon from the PETRARCH2 CAMEO 2.0 verb dictionary.

The CAMEO verb dictionary of the PETRARCH2 event coder (openeventdata/petrarch2, MIT) groups about 1,800
English verbs into synonym blocks, each with a CAMEO event code, and lists some 5,000 verb + object /
particle / preposition patterns with their own codes ("impose sanctions" 163, "launch attack" 190,
"back down" 080).  This script maps those codes to stancegraph's relations (``CODE_RELATIONS`` below,
the one place to review) and writes

- ``data/lexicon/cameo.json``: ``verbs``, ``multiword``, ``forms``, ``patterns``, ``nouns`` and
  ``blocks``, with the source and the MIT notice named (the format is described in the notice);
- ``data/lexicon/CAMEO-NOTICE.md``: what it is derived from, the mapping, and the licence text.

The file is read the way PETRARCH2 reads it (PETRreader.read_verb_dictionary, PETRtree.VerbPhrase): a
verb's patterns are those of its whole block (the ``# VERB`` comment only records where a pattern was first
found; it is kept as ``found_with``); a verb listed in two blocks belongs to the first; of two patterns
with the same constraints in one block the later wins; ``[A:P]`` is an active code A and a passive code P
(the subject is the target of P), so the relation comes from A.

Usage::

    python scripts/build_cue_lexicon.py [--source ../shared/lexicons/petrarch2/CAMEO.2.0.txt]
                                        [--out data/lexicon/cameo.json] [--notice data/lexicon/CAMEO-NOTICE.md]

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
DEFAULT_OUT = REPO / "data" / "lexicon" / "cameo.json"
DEFAULT_NOTICE = REPO / "data" / "lexicon" / "CAMEO-NOTICE.md"
GENERATED_BY = "scripts/build_cue_lexicon.py"

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
    "against alongside amid among as at between despite during for from into near of onto since to toward "
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


def noun_forms(word: str) -> list[str]:
    """The singular and, when it differs, the form as listed: ``arms`` -> ``arm``, ``arms``."""
    one = singular(word)
    return [one] if one == word else [one, word]


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
    found_with: str | None


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


def found_with(comment: str) -> str | None:
    """The verb a pattern's comment names first ("# RUSH", "# WIPE_OUT , WIPED_OUT <ab 31 Dec 2005>")."""
    first = comment.split(",")[0].split()
    if first and re.fullmatch(r"[A-Z][A-Z_'-]*", first[0]):
        return first[0].lower().replace("_", " ")
    return None


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
        body, _, comment = raw.partition("#")
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
            blocks.append(Block(header.group(1).lower(), code, passive))
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
            blocks[-1].patterns.append(PatternLine(before_items, after_items, code, passive, found_with(comment)))
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
            choices.append([(word,)])
    if not choices or not all(choices):
        return []
    return [tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*choices)]


def slots_for(item: Word | Phrase, synsets: Synsets) -> list[Slot]:
    """Single-word alternatives in one slot, multi-word ones (with their phrases) in another."""
    sequences = expand_words((item.text,) if isinstance(item, Word) else item.words, synsets)
    single = sorted({form for seq in sequences if len(seq) == 1 for form in noun_forms(seq[0])})
    multi = sorted({" ".join(seq) for seq in sequences if len(seq) > 1})
    heads = sorted({form for phrase in multi for form in noun_forms(phrase_head(phrase.split()))})
    return ([Slot(tuple(single))] if single else []) + ([Slot(tuple(heads), tuple(multi))] if multi else [])


def pattern_entries(pattern: PatternLine, synsets: Synsets) -> list[dict[str, Any]]:
    """The lexicon entries of one pattern line (several when a slot holds both words and phrases).

    None when a synset is undefined: PETRARCH skips such a pattern.
    """
    shape = shape_of(pattern)
    choices: list[list[Slot | None]] = []
    for item in (shape.subject, shape.object, shape.prep_object):
        slots: list[Slot | None] = [None] if item is None else list(slots_for(item, synsets))
        if not slots:
            return []
        choices.append(slots)
    relation = relation_for(pattern.code, in_pattern=True)
    entries = []
    for subject, obj, prep_object in itertools.product(*choices):
        entry: dict[str, Any] = {
            "subject": list(subject.lemmas) if subject else None,
            "particle": shape.particle,
            "object": list(obj.lemmas) if obj else None,
            "prep": shape.prep,
            "prep_object": list(prep_object.lemmas) if prep_object else None,
            "relation": relation,
            "code": pattern.code,
        }
        for name, slot in (("subject_phrases", subject), ("phrases", obj), ("prep_phrases", prep_object)):
            if slot and slot.phrases:
                entry[name] = list(slot.phrases)
        if pattern.passive_code:
            entry["passive_code"] = pattern.passive_code
        if shape.more:
            entry["more"] = list(shape.more)
        if shape.roles:
            entry["roles"] = dict(shape.roles)
        entry["found_with"] = pattern.found_with
        entries.append(entry)
    return entries


SLOT_FIELDS = ("subject", "particle", "object", "prep", "prep_object")
YIELDS = ("relation", "code", "passive_code", "found_with")


def may_override(specific: dict[str, Any], general: dict[str, Any]) -> bool:
    """Whether ``general`` can match wherever ``specific`` does, so that the more constrained one decides.

    Lists need only overlap: the test is lenient and keeps a pattern whenever it might matter.
    """
    if general is specific or ("more" in general and "more" not in specific):
        return False
    for name in SLOT_FIELDS:
        wanted, given = general[name], specific[name]
        if wanted is None:
            continue
        if given is None or (isinstance(wanted, list) and not set(wanted) & set(given)):
            return False
        if isinstance(wanted, str) and wanted != given:
            return False
    return "phrases" not in general or "phrases" in specific


def block_patterns(block: Block, synsets: Synsets) -> list[tuple[dict[str, Any], bool]]:
    """A block's pattern entries, each with whether it is contested; of two entries with the same
    constraints the later wins (PETRARCH).

    An entry is contested when a less constrained entry of the block with another relation could match the
    same clause: it decides there, so it matters even when it only repeats its verb's own relation.
    """
    by_constraints: dict[str, dict[str, Any]] = {}
    for pattern in block.patterns:
        for entry in pattern_entries(pattern, synsets):
            key = json.dumps({k: v for k, v in entry.items() if k not in YIELDS}, sort_keys=True)
            by_constraints.pop(key, None)
            by_constraints[key] = entry
    entries = list(by_constraints.values())
    return [
        (entry, any(other["relation"] != entry["relation"] and may_override(entry, other) for other in entries))
        for entry in entries
    ]


# ---------------------------------------------------------------------------------------------------------
# The lexicon
# ---------------------------------------------------------------------------------------------------------


def owned_verbs(blocks: Iterable[Block]) -> Iterator[tuple[Block, VerbLine]]:
    """Each verb with the block it belongs to: the first block that lists it (PETRARCH keeps the first)."""
    seen: set[str] = set()
    for block in blocks:
        for verb in block.verbs:
            if verb.key not in seen:
                seen.add(verb.key)
                yield block, verb


def event_nouns(
    blocks: Iterable[tuple[Block, list[dict[str, Any]]]], *, min_votes: int, min_share: float
) -> dict[str, str]:
    """Object nouns that carry a relation themselves: the relation of "launch attack", "provide aid".

    Evidence is a plain verb + object pattern in a block whose verbs have no relation of their own
    ("launch", "stage", "provide" ...), where a relation can only come from the noun ("attack town" or
    "reject talks" say nothing about "town" or "talks").  One vote per block and noun.  A noun is kept when
    ``min_votes`` blocks give it one relation, that relation has ``min_share`` of the votes with a relation
    ("cut aid" and "suspend aid" oppose), and the blocks with a relation are at least as many as the null
    ones ("arrange a ceasefire", "hold talks": no side).
    """
    votes: dict[str, Counter[str | None]] = defaultdict(Counter)
    for block, entries in blocks:
        if relation_for(block.code, in_pattern=False) is not None:
            continue
        voted: set[tuple[str, str | None]] = set()
        for entry in entries:
            if not entry["object"] or any(entry[name] for name in ("subject", "particle", "prep")):
                continue
            if any(name in entry for name in ("phrases", "more", "roles")):
                continue
            for noun in entry["object"]:
                if (noun, entry["relation"]) not in voted:
                    voted.add((noun, entry["relation"]))
                    votes[noun][entry["relation"]] += 1
    nouns = {}
    for noun, counter in votes.items():
        neutral = counter.pop(None, 0)
        if not counter:
            continue
        relation, count = max(counter.items(), key=lambda item: (item[1], item[0] or ""))
        with_relation = sum(counter.values())
        if count >= min_votes and count >= min_share * with_relation and with_relation >= neutral:
            nouns[noun] = relation
    return dict(sorted(nouns.items()))


def build_lexicon(dictionary: Dictionary, *, license_text: str, source_sha256: str, file_notice: str) -> dict[str, Any]:
    verbs: dict[str, dict[str, str]] = {}
    multiword: dict[str, dict[str, str | None]] = {}
    forms: dict[str, list[str]] = {}
    patterns: dict[str, list[dict[str, Any]]] = {}
    blocks: dict[str, str] = {}
    per_block = [(block, block_patterns(block, dictionary.synsets)) for block in dictionary.blocks]
    patterns_of = {id(block): entries for block, entries in per_block}
    for block, verb in owned_verbs(dictionary.blocks):
        if CONJUNCTIONS & set(verb.words):
            continue
        relation = relation_for(verb.code, in_pattern=False)
        if len(verb.words) > 1:
            multiword[verb.key] = {"verb": verb.words[verb.verb_index], "relation": relation, "code": verb.code}
        elif relation is not None:
            verbs[verb.key] = {"relation": relation, "code": verb.code}
        # A pattern that yields the verb's own relation and overrides nothing changes nothing: left out.
        kept = [entry for entry, contested in patterns_of[id(block)] if entry["relation"] != relation or contested]
        if kept:
            patterns[verb.key] = kept
        if verb.key in verbs or verb.key in multiword or kept:
            blocks[verb.key] = block.name
            if listed := sorted(set(verb.forms) - {verb.key}):
                forms[verb.key] = listed
    nouns = event_nouns(
        ((block, [entry for entry, _ in entries]) for block, entries in per_block), min_votes=3, min_share=0.7
    )
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
        "verbs": dict(sorted(verbs.items())),
        "multiword": dict(sorted(multiword.items())),
        "forms": dict(sorted(forms.items())),
        "patterns": dict(sorted(patterns.items())),
        "nouns": nouns,
        "blocks": dict(sorted(blocks.items())),
    }


def file_notice_of(text: str) -> str:
    """The copyright line of the dictionary's own MIT notice, in its header."""
    match = re.search(r"^#\s*(Copyright \(c\).*?)\s*$", text, flags=re.MULTILINE)
    return f"{match.group(1)}, MIT License" if match else ""


# ---------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------

ONE_PER_LINE = ("verbs", "multiword", "forms", "patterns", "nouns", "blocks")


def dump_lexicon(lexicon: dict[str, Any]) -> str:
    """JSON with one verb (one pattern, one noun) per line, so that diffs stay readable."""

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    parts = []
    for key, value in lexicon.items():
        if key in ONE_PER_LINE and value:
            rows = []
            for name, item in value.items():
                if key == "patterns":
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

    entries = [entry for listed in lexicon["patterns"].values() for entry in listed]
    return {
        "verbs": by_relation(v["relation"] for v in lexicon["verbs"].values()),
        "multiword": by_relation(v["relation"] for v in lexicon["multiword"].values()),
        "pattern_verbs": len(lexicon["patterns"]),
        "patterns": by_relation(entry["relation"] for entry in entries),
        "nouns": by_relation(lexicon["nouns"].values()),
    }


def describe_counts(sizes: dict[str, Any]) -> str:
    def part(name: str) -> str:
        return ", ".join(f"{n} {relation}" for relation, n in sizes[name].items())

    return (
        f"verbs {part('verbs')}; multi-word verbs {part('multiword')}; patterns {part('patterns')}"
        f" (for {sizes['pattern_verbs']} verbs); nouns {part('nouns')}."
    )


NOTICE_TEMPLATE = """\
# cameo.json: a cue lexicon derived from the PETRARCH2 CAMEO verb dictionary

`cameo.json` is generated by `{generated_by}` from `CAMEO.2.0.txt`, the CAMEO 2.0 verb dictionary of the
PETRARCH2 event coder: repository `{repository}`, commit `{commit}`, path `{path}`
(sha256 of the file read: `{sha256}`). The dictionary's own header carries the notice
"{file_notice}"; the repository's LICENSE is reproduced below. `cameo.json` is a derived work of the
dictionary and is distributed under that MIT licence. Regenerate it with `python {generated_by}` (the
dictionary is read from `../shared/lexicons/petrarch2/`, beside the repository).

## Contents

- `verbs`: single-word verb (lowercase base form) -> `relation`, `code` (its own code, else its block's),
  only where the code maps to a relation.
- `multiword`: multi-word verbs ("wage war", "back down"; `verb` is the word that inflects), also with a
  null `relation`: they override the single verb ("back down" is not "back").
- `forms`: the forms the dictionary lists for a verb ("strike" -> "struck", "strikes", "striking");
  regular forms are not listed.
- `patterns`: verb or multi-word verb -> the patterns of its block (PETRARCH applies a block's patterns to
  all its verbs; `found_with` names the verb a pattern was written for). Each has `subject`, `particle`,
  `object`, `prep`, `prep_object` (null where the pattern sets no constraint; noun lists hold the singular
  and, when it differs, the form as listed, synsets expanded), `relation` and `code`; optionally `phrases`,
  `prep_phrases`, `subject_phrases` (multi-word noun phrases whose head is in the list: the entry matches
  only them), `passive_code` (the code when the subject is the target), `more` (further words or
  prepositional phrases the pattern requires), `roles` (where the pattern's `$` `+` `%` markers put the
  source, the target or a compound actor: `subject`, `object`, `prep_object` or `after_object`). Null
  patterns are kept where they cancel something: the verb's own relation or a less constrained pattern's.
  A pattern that repeats its verb's relation and overrides nothing is left out.
- `nouns`: object nouns that carry a relation themselves: in blocks whose verbs have none ("launch",
  "provide"), at least three blocks give the noun one relation, with 70 % of the blocks that give one and
  at least as many as give none.
- `blocks`: verb -> the name of its block (verbs of one block share their patterns).

Counts: {counts}

## CAMEO code -> relation

The longest prefix of a code's active part (before `:`, suffixes such as `!` dropped) decides; any other
code (01x public statement, 02x appeal, 04x consult, 055 apologise, 056 forgive, 08x yield, 09x
investigate, 10x demand, 15x force posture, ...) has no relation.

| code prefix | relation | applies to |
|---|---|---|
{mapping}

## Licence

{license_text}
"""


def render_notice(lexicon: dict[str, Any]) -> str:
    source = lexicon["_source"]
    mapping = "\n".join(
        f"| {prefix} | {spec['relation']} | {spec['applies_to']} |" for prefix, spec in lexicon["_relations"].items()
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
        license_text=lexicon["_license"].strip(),
    )


def generate(*, source: Path, license_path: Path) -> tuple[dict[str, Any], Dictionary]:
    """Read the dictionary and its licence; return the lexicon and what was parsed."""
    raw = source.read_bytes()
    text = raw.decode("utf-8")
    dictionary = parse_dictionary(text)
    lexicon = build_lexicon(
        dictionary,
        license_text=license_path.read_text(encoding="utf-8").strip() + "\n",
        source_sha256=hashlib.sha256(raw).hexdigest(),
        file_notice=file_notice_of(text),
    )
    return lexicon, dictionary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Derive data/lexicon/cameo.json from the PETRARCH2 CAMEO verbs.")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="CAMEO.2.0.txt (default: %(default)s)")
    parser.add_argument("--license", type=Path, default=None, help="its LICENSE (default: beside the source)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument("--notice", type=Path, default=DEFAULT_NOTICE, help="default: %(default)s")
    args = parser.parse_args(argv)
    license_path = args.license or args.source.with_name("LICENSE")
    for path in (args.source, license_path):
        if not path.is_file():
            print(f"error: {path} not found (the PETRARCH2 dictionary and its LICENSE are needed)", file=sys.stderr)
            return 2
    try:
        lexicon, dictionary = generate(source=args.source, license_path=license_path)
    except UnicodeDecodeError as error:
        print(f"error: {args.source} is not UTF-8 text ({error.reason} at byte {error.start})", file=sys.stderr)
        return 2
    if not dictionary.blocks:
        print(f"error: {args.source} has no verb blocks after '####### VERB PATTERNS #######'", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump_lexicon(lexicon), encoding="utf-8")
    args.notice.parent.mkdir(parents=True, exist_ok=True)
    args.notice.write_text(render_notice(lexicon), encoding="utf-8")
    for problem in dictionary.problems:
        print(f"note: {problem}", file=sys.stderr)
    print(f"wrote {args.out} and {args.notice}: {json.dumps(counts(lexicon), sort_keys=True)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
