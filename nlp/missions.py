"""Named undertakings: operations and missions (which states take part in or decline), accords (which
parties sign, back or break) and gatherings (which states attend, skip or boycott).

A name the NER found that is an operation ("Operation Prosperity Guardian", "the UN Mission in South Sudan")
or an accord ("the Washington Accords", "the Pretoria Agreement") or a gathering ("the Summit of the Americas",
"the Munich Security Conference") gets a knowledge-base id of its own kind, `MISSION:<name>`, `ACCORD:<name>` or
`GATHERING:<name>`. A definite description later in the article ("the Red Sea operation", "the US-led task
force", "the peace agreement", "Friday's ceremony") refers to the most recent such name of its kind before it,
else to the only one in the article, and takes the same id, so the two are one node.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span

from nlp.gazetteer import ACCORD, ARTICLE_KEY, FORCE_ID, GATHERING, KINDS, MISSION, kind_of
from nlp.names import owner_end
from nlp.span_repair import acronym_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REFERRING = frozenset({"the", "this", "that"})
POSSESSIVES = frozenset({"its", "their", "our"})  # "its peacekeepers": the mission just named
NAMING = frozenset({"called", "named", "dubbed", "known", "titled", "codenamed", "code-named"})
MAX_NAME_WORDS = 3  # "Operation Desert Storm"; a title-case headline must not run on
NOT_NAME = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "PRON"})
MAX_GATHERING_WORDS = 5  # "the Beijing Winter Olympics", "the Asia Pacific Economic Cooperation summit"
NAME_PREPS = frozenset({"of", "for", "on", "in", "to"})  # a name's head comes before them: "Government of ..."
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
                  "yesterday", "next", "last", "this", "week", "month", "year"})  # "Friday's ceremony"
FORMAL_ACCORDS = frozenset({"agreement", "agreements", "accord", "accords", "treaty", "protocol"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"})


def _quoted_name_end(doc: Doc, i: int) -> int:
    """Where a name in quotation marks after the word at i ends: "Operation 'Mlinzi wa Kimya'" and '“Operation
    Mlinzi wa Kimya.”' keep their small words; a quotation that goes on to say something ('“Operation X is
    over”') names nothing beyond the capitalised words."""
    opened = doc[i - 1].is_quote if i > 0 else False
    start = i + 1 + (0 if opened or i + 1 >= len(doc) or not doc[i + 1].is_quote else 1)
    if not (opened or start > i + 1) or start >= len(doc) or not doc[start].text[:1].isupper():
        return 0
    for k in range(start, min(start + MAX_NAME_WORDS + 2, len(doc))):
        if doc[k].is_quote or (doc[k].is_punct and k + 1 < len(doc) and doc[k + 1].is_quote):
            return k if k > start and doc[k - 1].text[:1].isupper() else 0
        if not doc[k].is_alpha or doc[k].pos_ in {"AUX", "PRON", "PART"}:
            return 0
    return 0


class Undertakings:
    """Names and descriptions of operations and accords, from the word lists in data/lexicon/entities.json."""

    def __init__(self, lexicon: dict) -> None:
        entry = lexicon["undertakings"]
        self.name_words = {MISSION: frozenset(entry["mission_name_words"]), ACCORD: frozenset(entry["accord_words"]),
                           GATHERING: frozenset(entry["gathering_name_words"])}
        self.heads = {MISSION: frozenset(entry["mission_heads"]), ACCORD: frozenset(entry["accord_words"]),
                      GATHERING: frozenset(entry["gathering_heads"])}
        self.capital_gathering_words = frozenset(entry["gathering_capital_name_words"])  # "... Government Meeting"
        self.plain_heads = frozenset(entry["plain_mission_heads"])  # "the new force"
        self.modified_heads = frozenset(entry["named_by_modifier"]["heads"])
        self.personal_heads = frozenset(entry["named_by_modifier"]["personal_heads"])  # "the Trump campaign"
        measures = entry["unnamed_measures"]
        self.measure_family = {k: v for k, v in measures["heads"].items() if not k.startswith("_")}
        self.not_measure_modifiers = frozenset(measures["not_modifiers"])
        self.measure_subject_preps = frozenset(measures["subject_preps"])  # "resolution on Jerusalem"
        self.later_heads = {w: family for family, words in measures["later_heads"].items() for w in words}

    def kind(self, words: Iterable[str]) -> str | None:
        lows = {w.lower() for w in words}
        for kind in KINDS:
            if lows & self.name_words[kind]:
                return kind
        return None

    def named(self, span: Span) -> Span:
        """An NER name given the id of its kind when it names an operation or an accord."""
        if span.label_ != "ORG" or span.kb_id_:
            return span
        words = [t.text for t in span]
        cut = next((i for i, w in enumerate(words) if i and w in NAME_PREPS), len(words))
        kind = self.kind(words[:cut])  # "the Treaty of Rome"; not "the Government of National Accord"
        if kind is None or (kind == GATHERING and len(span) == 1):
            return span  # "the Summit" alone is a description (`descriptions`), not a name
        name = " ".join(span.text.strip("\"'“”‘’ ").split())
        return Span(span.doc, span.start, span.end, label="ORG", kb_id=f"{kind}:{name}")

    def with_country(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the UN Mission in South Sudan', 'the Stabilisation Mission in the DRC': a mission's name takes in
        the country it serves, which is then no mention of its own."""
        by_start = {e.start: e for e in ents if e.label_ in {"STATE", "PLACE"}}
        out, dropped = [], set()
        for e in ents:
            i = e.end + 1
            if kind_of(e.kb_id_) == MISSION and e.end < len(doc) and doc[e.end].lower_ == "in":
                i += i < len(doc) and doc[i].lower_ == "the"
                place = by_start.get(i)
                if place is not None:
                    name = " ".join(doc[e.start:place.end].text.split())
                    e = Span(doc, e.start, place.end, label="ORG", kb_id=f"{MISSION}:{name}")
                    dropped.add(place.start)
            out.append(e)
        return [e for e in out if e.start not in dropped or e.label_ == "ORG"]

    def modifier_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the EU's Aspides naval mission', 'what it called "Joint Sword-2024A" exercises': the proper name
        before a mission's head noun names the mission. Known states, bodies and places are no such name."""
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        out = {e.start: e for e in ents}
        for head in doc:
            if head.lower_ not in self.modified_heads or head.pos_ not in {"NOUN", "PROPN"}:
                continue
            end = head.i
            while end > 0 and end > head.i - 3 and doc[end - 1].is_lower and doc[end - 1].is_alpha \
                    and doc[end - 1].pos_ in {"ADJ", "NOUN"}:
                end -= 1  # "naval", "air defence"; not "X stressed the exercises"
            if end > 2 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and doc[end - 2].is_upper:
                end -= 3  # "European Sky Shield (ESSI) air defence programme": the acronym is declared later
            start = _quoted_start(doc, end) if end > 0 and doc[end - 1].is_quote else None
            if start is not None:
                name_start, name_end = start + 1, end - 1
            else:
                name_end = end
                name_start = _name_start(doc, end, MAX_NAME_WORDS, _name_word)
            words = doc[name_start:name_end]
            unnamed = {"STATE", "PLACE", "NORP"} | ({"PERSON"} if head.lower_ in self.personal_heads else set())
            # "the Trump campaign" is a person's; "the Aspides mission" a mission's, whatever NER took it for
            if not any(c.isupper() for c in words.text) or all(t.pos_ == "ADJ" for t in words) \
                    or all(t.lower_ in DAYS for t in words) or any(
                    # "25 foreign missions" has no name; nor has "the European initiative"; nor "the Today
                    # programme", a day's word
                    i in by_token and (by_token[i].kb_id_ or by_token[i].label_ in unnamed)
                    for i in range(name_start, name_end)):
                continue
            name = " ".join(t.text for t in words if not t.is_quote)
            for i in range(name_start, name_end):
                if i in by_token:
                    out.pop(by_token[i].start, None)
            out[name_start] = Span(doc, name_start, name_end, label="ORG", kb_id=f"{MISSION}:{name}")
        return sorted(out.values(), key=lambda e: e.start)

    def called_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'a new maritime operation in the Red Sea, called ASPIDES', 'the mission, known as X', 'the mission,
        which is called X', 'their largest joint exercise, Balikatan 2024': the name."""
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        out = {e.start: e for e in ents}
        for head in doc:
            if head.lower_ not in self.modified_heads or head.pos_ not in {"NOUN", "PROPN"}:
                continue
            # ", called X", ", which is called X"; ", called X" may also hang on the verb
            clauses = [c for c in head.children if c.dep_ in {"acl", "relcl"}] + (
                [c for c in head.head.children if c.dep_ == "advcl" and c.i > head.i] if head.dep_ == "dobj" else [])
            names = [g for acl in clauses if acl.tag_ == "VBN" and acl.lower_ in NAMING for g in acl.children
                     if g.dep_ in {"oprd", "attr", "dobj"}]
            names += [o for acl in clauses if acl.tag_ == "VBN" and acl.lower_ in NAMING for p in acl.children
                      if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            names += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                      and doc[head.i + 1].text in {",", "-", "–", "—", ":"}
                      and not (c.i in by_token and by_token[c.i].label_ == "PERSON")]
            # "the exercise, Balikatan 2024"; not a person set beside it
            for name in names:
                start = min([name.i, *(c.i for c in name.children if c.dep_ in {"compound", "flat"})])
                end = max([name.i, *(c.i for c in name.children if c.dep_ == "nummod" and c.i == name.i + 1)]) + 1
                words = doc[start:end]
                if not all(_name_word(w) or w.is_upper or w.like_num for w in words) or any(
                        i in by_token and by_token[i].kb_id_ for i in range(start, end)):
                    continue
                for i in range(start, end):
                    if i in by_token:
                        out.pop(by_token[i].start, None)
                label = " ".join(w.text for w in words)
                out[start] = Span(doc, start, end, label="ORG", kb_id=f"{MISSION}:{label}")
        return sorted(out.values(), key=lambda e: e.start)

    def short_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Operation Barkhane' ... 'the Barkhane deployment', 'Exercise Balikatan' ... 'Balikatan': a named
        operation's name without its leading word is the same operation, whether or not NER saw it as a name;
        so is a name the text gave it ('the mission, called Aspides' ... 'Aspides' mandate') and the acronym
        declared after it ('the Multinational Security Support (MSS) mission' ... 'MSS contributors')."""
        short: dict[tuple[str, ...], str] = {}
        for e in ents:
            words = [t.text for t in e if not t.is_quote]
            if kind_of(e.kb_id_) != MISSION:
                continue
            if len(words) > 1 and words[0].lower() in self.name_words[MISSION]:
                short.setdefault(tuple(words[1:]), e.kb_id_)
            if words and words[0][:1].isupper():
                short.setdefault(tuple(words), e.kb_id_)
            acronym, close = acronym_after(doc, e.end)
            if acronym.replace("-", "").isupper():  # "the Multinational Security Support (MSS) mission" ... "MSS"
                short.setdefault(tuple(t.text for t in doc[e.end + 1:close]), e.kb_id_)
        if not short:
            return ents
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        out = {e.start: e for e in ents}
        firsts = {words[0] for words in short}
        for token in doc:
            if token.text not in firsts:
                continue
            for words, kb_id in short.items():
                span = doc[token.i:token.i + len(words)]
                if tuple(t.text for t in span) != words:
                    continue
                covering = {by_token[j].start for j in range(span.start, span.end) if j in by_token}
                if any(out[c].kb_id_ or (out[c].start, out[c].end) != (span.start, span.end) for c in covering):
                    continue  # part of another name, or a name the gazetteer knows
                out[span.start] = Span(doc, span.start, span.end, label="ORG", kb_id=kb_id)
                break
        return sorted(out.values(), key=lambda e: e.start)

    def gathering_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Summit of the Americas', 'the Munich Security Conference', 'the Beijing Winter Olympics': a capitalised
        gathering word with the capitalised words before it, and 'of (the) X' after it; 'the Nobel Peace Prize
        ceremony': a lower-case one after capitalised words that name nobody the text knows. A known body's
        gathering ('the G20 Summit') stays the body's, and a name with a person in it is no gathering's."""
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        out = {e.start: e for e in ents}
        for head in doc:
            if (head.lower_ not in self.name_words[GATHERING] and not (
                    head.lower_ in self.capital_gathering_words and head.text[:1].isupper())) or head.is_sent_start \
                    or (head.i in by_token and kind_of(by_token[head.i].kb_id_)):
                continue
            capital = head.text[:1].isupper()
            start = _name_start(doc, head.i, MAX_GATHERING_WORDS - 1, lambda w: (  # not "the Oct 26-28 summit"
                _name_word(w) and any(c.isalpha() for c in w.text)) or (w.i in by_token and not w.is_sent_start))
            end = head.i + 1
            ordinal = start < head.i and all(t.like_num for t in doc[start:head.i])  # "the 47th summit"
            name_end = None
            if (capital or ordinal) and end + 1 < len(doc) and doc[end].lower_ == "of":
                after = end + 1 + (doc[end + 1].lower_ == "the")
                body = by_token.get(after)
                last = after
                while capital and last < len(doc) and last - after < 3 and doc[last].text[:1].isupper() \
                        and doc[last].is_alpha:
                    last += 1
                if body is not None and body.start == after and body.label_ == "ORG" and not capital:
                    name_end = body.end  # "the 47th summit of the Association of Southeast Asian Nations": the body
                    # names it and stays a mention of its own
                end = last if last > after else end  # "of the Americas"
            inside = {by_token[i].start: by_token[i] for i in range(start, end) if i in by_token}
            if start == head.i and end == head.i + 1:
                continue  # "the Summit": a description of one named before
            if any(e.label_ == "PERSON" for e in inside.values()):
                continue  # "the Trump-Kim summit": whose meeting, not a name
            before = {by_token[i].start: by_token[i] for i in range(start, head.i) if i in by_token}
            placed = bool(before) and all(e.label_ == "PLACE" for e in before.values())  # "the Camp David summit"
            if not capital and not ordinal and not placed and (inside or any(
                    t.text in {"-", "–"} and t.i not in by_token for t in doc[start:head.i])):
                continue  # "the G20 summit", "the Trump-Putin summit": the body's, or whose meeting, not a name
            if end == head.i + 1 and len(inside) == 1 and next(iter(inside.values())).kb_id_.startswith("ORG:") \
                    and all(i in by_token for i in range(start, head.i)):
                continue  # "the NATO Summit": the body's
            for e in inside.values():
                out.pop(e.start, None)
            name = " ".join(doc[start:name_end or end].text.split())
            out[start] = Span(doc, start, end, label="ORG", kb_id=f"{GATHERING}:{name}")
        return sorted(out.values(), key=lambda e: e.start)

    def accord_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Good Friday Agreement', 'the Pretoria Agreement', 'the Minsk agreements': an accord named by the
        capitalised words or the place before its head word. A state's or a body's ('the US agreement') is
        whose deal it is, not its name, and a date ('the October agreement') names none."""
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        out = {e.start: e for e in ents}

        def name_word(w: Token) -> bool:
            return _name_word(w) and w.is_alpha and (w.i not in by_token or by_token[w.i].label_ == "PLACE")

        for head in doc:
            if head.lower_ not in self.name_words[ACCORD] or head.i in by_token or head.is_sent_start \
                    or head.pos_ not in {"NOUN", "PROPN"}:
                continue
            if head.text[:1].isupper():
                start = _name_start(doc, head.i, MAX_NAME_WORDS, name_word)
            elif head.lower_ in FORMAL_ACCORDS:  # "the Minsk agreements": a place alone, after 'the'; not "the
                place = by_token.get(head.i - 1)  # Gaza ceasefire", which says where, not which
                start = place.start if place is not None and place.label_ == "PLACE" and place.start > 0 \
                    and doc[place.start - 1].lower_ == "the" else head.i
            else:
                continue
            inside = {by_token[i].start: by_token[i] for i in range(start, head.i) if i in by_token}
            if start == head.i or all(w.lower_ in DAYS | MONTHS for w in doc[start:head.i]) \
                    or any(e.start < start or e.end > head.i for e in inside.values()):
                continue
            for e in inside.values():
                out.pop(e.start, None)
            name = " ".join(doc[start:head.i + 1].text.split())
            out[start] = Span(doc, start, head.i + 1, label="ORG", kb_id=f"{ACCORD}:{name}")
        return sorted(out.values(), key=lambda e: e.start)

    def led_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Saudi-led coalition', 'a US-led naval task force': an undertaking the article gives no name for
        is named by who leads it ('Saudi-led coalition'). The mention is the head noun with the words before it,
        so the leader stays a mention of its own (and takes part in it)."""
        if any(kind_of(e.kb_id_) == MISSION or e.kb_id_ == FORCE_ID for e in ents):
            return []  # "the US-led operation" is then the one named (`descriptions`)
        leaders = {e.end: e for e in ents if e.label_ in {"STATE", "ORG"} and not kind_of(e.kb_id_)}
        taken = {i for e in ents for i in range(e.start, e.end)}
        out: list[Span] = []
        for led in doc:
            if led.lower_ != "led" or led.i < 2 or doc[led.i - 1].text not in {"-", "–"}:
                continue
            leader = leaders.get(led.i - 1)
            head = next((t for t in doc[led.i + 1: led.i + 4] if t.pos_ in {"NOUN", "PROPN"}), None)
            if leader is None or head is None or head.lower_ not in self.heads[MISSION] \
                    or any(i in taken for i in range(led.i + 1, head.i + 1)) \
                    or not all(t.is_lower for t in doc[led.i + 1: head.i + 1]):
                continue  # "a US-led Operation X": the name is given
            name = f"{leader.text}-led {doc[led.i + 1: head.i + 1].text}"  # "US-led naval mission"
            out.append(Span(doc, led.i + 1, head.i + 1, label="ORG", kb_id=f"{MISSION}:{name}"))
        return out

    def unnamed_measures(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the draft resolution', 'resolution 1973', 'the independence referendum': a measure the article gives
        no proper name is still one thing the article's states vote on, back or reject. All mentions of one
        family (the lexicon's: resolution, referendum) in the article are one entity, named by its first mention
        with a number, else with words before its head ('draft resolution'), else by the head, and keyed to the
        article. (Agreements are no family: 'the agreement' refers to an accord the article names, through
        `descriptions`.)"""
        taken = {i for e in ents for i in range(e.start, e.end)}
        found: dict[str, list[tuple[Token, str, bool]]] = {}
        for token in doc:
            family = self.measure_family.get(token.lower_)
            if family is None or token.i in taken or token.tag_ not in {"NN", "NNP"} or token.dep_ == "compound":
                continue
            named = self._measure_name(token, taken)
            if named is not None:
                found.setdefault(family, []).append((token, *named))
        if not found:
            return []
        self._referred_back(doc, taken, found)
        key = f"{ARTICLE_KEY}{zlib.crc32(doc.text.encode()):08x}"
        out = []
        for family, mentions in found.items():
            label = min(mentions, key=lambda m, f=family: _naming_rank(m[1], about=m[2], family=f))[1]
            out += [Span(doc, t.i, t.i + 1, label="ORG", kb_id=f"{ACCORD}:{label}{key}") for t, _, _ in mentions]
        return out

    def _referred_back(self, doc: Doc, taken: set[int], found: dict[str, list[tuple[Token, str, bool]]]) -> None:
        """'the independence referendum ... speaking out against the poll': a definite 'poll' or 'vote' after the
        article named a referendum is that referendum, unless it has an owner or a preposition of its own ('the
        parliament's vote', 'the vote on the resolution') or the article also names another measure's family."""
        if len(found) != 1:
            return
        family, mentions = next(iter(found.items()))
        first = mentions[0][0].i
        for token in doc[first + 1:]:
            if self.later_heads.get(token.lower_) != family or token.i in taken or token.tag_ != "NN" \
                    or token.dep_ == "compound":
                continue
            kids = list(token.children)
            if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids) and not any(
                    c.dep_ in {"poss", "prep", "relcl", "acl"} for c in kids):
                mentions.append((token, token.lower_, False))
        mentions.sort(key=lambda m: m[0].i)

    def _measure_name(self, head: Token, taken: set[int]) -> tuple[str, bool] | None:
        """The words that name a measure's mention ('UN draft resolution'), the head alone when none do, and
        whether they say whom it is on; None when the noun names no measure here ('our resolution to win', 'a
        similar resolution', 'a peaceful resolution of the conflict')."""
        kids = list(head.children)
        if any(c.lower_ in self.not_measure_modifiers for c in kids if c.dep_ in {"amod", "poss", "det"}):
            return None
        if not any(c.dep_ in {"det", "poss", "amod", "compound", "nmod", "nummod"} for c in kids):
            return None  # "by resolution", "deal or no deal"
        if head.lower_ == "resolution" and any(
                c.dep_ == "prep" and c.lower_ in {"of", "to"} and not any(
                    g.i in taken for o in c.children if o.dep_ == "pobj" for g in o.subtree) for c in kids):
            return None  # "a peaceful resolution of the conflict": its settling
        modifiers = [c for c in kids if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i]
        start = min((c.left_edge.i for c in modifiers), default=head.i)
        number = next((c for c in kids if c.dep_ in {"nummod", "appos", "npadvmod"} and c.i == head.i + 1
                       and c.like_num), None)  # "resolution 1973"
        subject = self._measure_subject(head, taken) if number is None else None
        end = head.i + 1 if number is None else number.i + 1
        end = end if subject is None else subject.i + 1
        if not modifiers and number is None and subject is None:
            return head.lower_, False
        words = "".join((t.text if t.i in taken or t.pos_ == "PROPN" else t.lower_) + t.whitespace_
                        for t in head.doc[start:end] if not t.is_quote and t.tag_ != "POS")
        return " ".join(words.split()), subject is not None

    def _measure_subject(self, head: Token, taken: set[int]) -> Token | None:
        """Whom or what a measure is on, named right after it: the named entity in 'resolution on Jerusalem',
        'resolution against Sri Lanka', 'resolution condemning Russia'; None for 'a resolution in that sense' or
        'a resolution on the situation'."""
        for c in (c for c in head.children if c.i > head.i):
            if c.dep_ == "prep" and c.lower_ in self.measure_subject_preps:
                objects = [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.tag_ == "VBG":
                objects = [o for o in c.children if o.dep_ == "dobj"]
            else:
                continue
            named = next((o for o in objects if o.i in taken), None)
            if named is not None:
                return named
        return None

    def operation_names(self, doc: Doc) -> list[Span]:
        """'Operation Desert Storm', "Operation 'Sindoor'", 'Exercise Balikatan': the word Operation or Exercise and
        the capitalised name after it."""
        out = []
        for token in doc:
            if token.text not in {"Operation", "Exercise"} or token.i + 1 >= len(doc):
                continue
            end, words = token.i + 1, 0
            while end < len(doc) and words < MAX_NAME_WORDS and (doc[end].is_quote or (
                    doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].pos_ not in NOT_NAME)):
                words += 0 if doc[end].is_quote else 1
                end += 1
            end = max(end, _quoted_name_end(doc, token.i))
            while end > token.i + 1 and doc[end - 1].is_quote:
                end -= 1
            if end > token.i + 1 and any(t.is_alpha for t in doc[token.i + 1:end]):
                span = doc[token.i:end]
                name = " ".join(t.text for t in span if not t.is_quote)
                out.append(Span(doc, span.start, span.end, label="ORG", kb_id=f"{MISSION}:{name}"))
        return out

    def descriptions(self, doc: Doc, ents: list[Span], *, operations: frozenset[str] = frozenset()) -> list[Span]:
        """'the Red Sea operation', 'the peace deal': the head noun as a mention of the name it refers to; a peace
        operation known by name (`operations`: 'UNIFIL', 'the G5 Sahel force') is an operation too."""
        taken = {i for e in ents for i in range(e.start, e.end)}

        def kind(kb_id: str) -> str | None:
            return MISSION if kb_id in operations else kind_of(kb_id)

        names = [(e.start, e.kb_id_) for e in ents if kind(e.kb_id_) and ARTICLE_KEY not in e.kb_id_]
        if not names:
            return []
        out: list[Span] = []
        for token in doc:
            low = token.lower_
            if token.i in taken or token.pos_ not in {"NOUN", "PROPN"} or (
                    token.tag_ in {"NNS", "NNPS"} and low not in self.heads[GATHERING]):
                continue  # "the talks", "the Games": a gathering's name may be plural
            end = token.i + 1
            if low == "task" and end < len(doc) and doc[end].lower_ == "force":
                end += 1
                low = "task force"
            found = next((k for k in KINDS if low in self.heads[k]), None)
            if found is None and low in self.plain_heads and all(
                    c.dep_ in {"det", "amod"} and c.i not in taken for c in token.children if c.i < token.i):
                found = MISSION  # "the new force"; not "the air force", "the Israeli force"
            if found is None or end - 1 in taken:
                continue
            led_by = self._possessor_leading(doc, token, ents) if not self._definite(doc, token.i) else None
            if led_by is not None:  # "Saudi Arabia's coalition" after "the Saudi-led coalition": that one
                same = [(start, kb) for start, kb in names if kind(kb) == found and start in led_by]
                if same:
                    out.append(Span(doc, token.i, end, label="ORG", kb_id=same[-1][1]))
                continue
            if not self._definite(doc, token.i):
                continue
            if found == GATHERING and any(i in taken for i in range(token.left_edge.i, token.i)):
                continue  # "the three-day G-7 meeting": the G7's, not the gathering named before
            same = [(start, kb) for start, kb in names if kind(kb) == found]
            before = [kb for start, kb in same if start < token.i]
            choice = before[-1] if before else (same[0][1] if len({kb for _, kb in same}) == 1 else None)
            if choice:
                out.append(Span(doc, token.i, end, label="ORG", kb_id=choice))
        return out

    @staticmethod
    def _possessor_leading(doc: Doc, token: Token, ents: list[Span]) -> set[int] | None:
        """For "X's coalition": where the undertakings X leads or owns may start ('the X-led coalition', 'the X
        monitoring mission': up to three tokens after another mention of X, before or after); None when no state or
        body possesses it."""
        owner = next((e for c in token.children if c.dep_ == "poss" for e in ents
                      if e.start <= c.i < e.end and e.label_ in {"STATE", "ORG"} and e.kb_id_), None)
        if owner is None:
            return None
        return {e.end + k for e in ents if e.kb_id_ == owner.kb_id_ and e is not owner for k in range(4)}

    def force_named(self, doc: Doc, ents: list[Span], *, operations: frozenset[str] = frozenset(),
                    force_heads: frozenset[str] = frozenset()) -> list[Span]:
        """The force an article assembles, when the article names it: 'the AU force, known as MISCA', 'an AU
        peacekeeping mission (MISCA)', 'the G5 Sahel force', 'the MISCA mission'. With one such name, every
        mention of the force in the article is that operation; with none or several, the force stays the force."""
        forces = [e for e in ents if e.kb_id_ == FORCE_ID]
        if not forces:
            return ents

        def operation(kb_id: str) -> bool:
            return kb_id in operations or kind_of(kb_id) == MISSION

        by_token = {i: e for e in ents for i in range(e.start, e.end) if operation(e.kb_id_)}
        names: set[str] = set()
        for e in forces:
            root = e.root
            declared = [g for c in root.children if c.dep_ == "acl" and c.lower_ in NAMING for g in c.children
                        if g.dep_ in {"oprd", "attr", "dobj"}]
            declared += [o for c in root.children if c.dep_ == "acl" and c.lower_ in NAMING for p in c.children
                         if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            declared += [c for c in root.children if c.dep_ == "appos"]
            if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")":
                declared.append(doc[e.end + 1])  # "an AU peacekeeping mission (MISCA)"
            names.update(by_token[d.i].kb_id_ for d in declared if d.i in by_token)
        if not names:  # "the G5 Sahel force", "the MISCA mission"
            names = {e.kb_id_ for e in ents if operation(e.kb_id_) and (
                doc[e.end - 1].lower_ in force_heads or (e.end < len(doc) and doc[e.end].lower_ in force_heads))}
        if len(names) != 1:
            return ents
        name = next(iter(names))
        return [Span(doc, e.start, e.end, label=e.label_, kb_id=name) if e.kb_id_ == FORCE_ID else e for e in ents]

    def owned_forces(self, doc: Doc, ents: list[Span], *, personnel: frozenset[str]) -> list[Span]:
        """'an EU monitoring mission', 'Russian peacekeepers', 'the UN peacekeeping mission': a force named by the
        one state or body it belongs to is that owner's mission, not the force an article sees several parties
        assemble. Its name is its first mention's, owner included; the owner stays a mention of its own (and
        takes part in it), and the article's later mentions of the force with the same owner, or with none and
        'the' or a possessive pronoun before them ('the peacekeepers', 'its peacekeepers'), are the last such
        mission. A state's 'peacekeeping troops' or 'forces'
        (`personnel`) are its contingent, which may be part of a force of many, so they stay the force."""
        owners = {e.end: e for e in ents if e.label_ in {"STATE", "ORG"} and e.kb_id_ and not kind_of(e.kb_id_)
                  and e.kb_id_ != FORCE_ID}
        named: dict[str, str] = {}  # owner kb id -> the mission's id
        out, last = [], ""
        for e in ents:
            if e.kb_id_ != FORCE_ID:
                out.append(e)
                continue
            owner = self._force_owner(doc, e, owners)
            if owner is not None and (owner.label_ == "ORG" or doc[e.end - 1].lower_ not in personnel):
                last = named.setdefault(owner.kb_id_, f"{MISSION}:{doc[owner.start:e.end].text}")
                out.append(Span(doc, e.start, e.end, label="ORG", kb_id=last))
            elif last and owner is None and doc[e.root.left_edge.i].lower_ in REFERRING | POSSESSIVES:
                out.append(Span(doc, e.start, e.end, label="ORG", kb_id=last))  # "the peacekeepers" after them
            else:
                out.append(e)
        return out

    @staticmethod
    def _force_owner(doc: Doc, force: Span, owners: dict[int, Span]) -> Span | None:
        """The state or body named just before a force as its modifier ('EU' in 'EU monitoring mission') or
        possessor ("Russia's peacekeepers")."""
        owner = owners.get(owner_end(doc, force.start))
        return owner if owner is not None and owner.root.head.i in range(force.start, force.end) else None

    def _definite(self, doc: Doc, i: int) -> bool:
        """The noun phrase opens with 'the', 'this' or 'that' ('the US-led operation'), or a day's possessive
        ("Friday's ceremony")."""
        first = doc[doc[i].left_edge.i]
        return first.lower_ in REFERRING or (
            first.lower_ in DAYS and first.i + 1 < i and doc[first.i + 1].tag_ == "POS")


def _naming_rank(name: str, *, about: bool, family: str) -> int:
    """How well a mention names a measure, best first: a number ('resolution 1973'), whom it is on ('resolution on
    Jerusalem'), any words ('draft resolution'), the bare head. Of the best, the first mention names it."""
    return 0 if any(c.isdigit() for c in name) else 1 if about else 2 if name != family else 3


def _quoted_start(doc: Doc, closing: int) -> int | None:
    """The opening quote of a short quoted name that ends at token `closing` - 1."""
    for i in range(closing - 2, max(closing - 8, -1), -1):
        if doc[i].is_quote:
            return i if i < closing - 2 else None
    return None


NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "X"})


def _name_start(doc: Doc, end: int, max_words: int, is_word: Callable[[Token], bool]) -> int:
    """Where a name ending before token `end` starts: up to `max_words` words back, over name words and an
    'and' between two of them ("the Belt and Road Initiative")."""
    start = end
    while start > 0 and end - start < max_words:
        if is_word(doc[start - 1]):
            start -= 1
        elif 1 < start < end and doc[start - 1].lower_ in {"and", "&"} and _name_word(doc[start - 2]):
            start -= 2
        else:
            break
    return start


def _name_word(t) -> bool:
    capital = t.text[:1].isupper() or any(c.isdigit() for c in t.text)
    return capital and t.pos_ in NAME_POS and not t.is_sent_start

