"""Entity recognition on top of spaCy's NER: gazetteer, the force being assembled, clean-up, type repair.

The component `stancegraph_entities` runs after `ner` and rewrites `doc.ents` with the labels PERSON,
STATE, ORG and PLACE; gazetteer matches carry their knowledge-base id in `Span.kb_id_`.
"""

from __future__ import annotations

import json
from functools import cached_property, lru_cache, partial
from pathlib import Path

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp.armies import Armies
from nlp.factions import Factions
from nlp.forces import HYPHENS, ForceBySize
from nlp.gazetteer import FORCE_ID, Gazetteer, city_names, load_gazetteer
from nlp.juntas import Coups, Juntas
from nlp.missions import Undertakings
from nlp.name_lexicon import load_name_lexicon
from nlp.names import DASHES, HONORIFICS, SEATED, fold, hyphen_prefix, name_tokens, owner_end
from nlp.span_repair import (
    QUOTE_MARKS,
    after_hyphen,
    cut_off_at_end,
    declared_names,
    extend_hyphenated,
    extend_name_front,
    hyphen_spellings,
    is_portfolio,
    is_title_only,
    joined_person_halves,
    listed_names,
    quoted_names,
    relabel,
    repeated_persons,
    spelled_out,
    split_lists,
    surnames_retyped,
    titled_names,
    trim_designations,
)

POST_PREPOSITIONS = frozenset({"to", "in", "for", "at", "of"})  # "envoy to Sudan", "ambassador in Kyiv",
# "Vice-President of the EU Commission Maros Sefcovic"
NER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "NORP"}
DEFINITE = {"the", "this", "that", "such", "a", "an", "any", "its", "their", "our"}


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str, name: str) -> dict:
    return json.loads((Path(data_dir) / "lexicon" / f"{name}.json").read_text(encoding="utf-8"))


def _determined(doc: Doc, i: int, *, modifiers: int = 2) -> bool:
    """'the bloc', 'this alliance', 'the regional bloc', 'the new military alliance', 'the Hague-based court': a
    determiner before the noun at `i`, with at most `modifiers` lower-case adjectives or nouns (or where it sits)
    between, and no name after a modified one ('the separatist group Tuareg rebels' introduces a name)."""
    tagged = doc.has_annotation("TAG")
    j, used = i - 1, 0
    while j >= 0 and used < modifiers:
        if doc[j].lower_ in SEATED and hyphen_prefix(doc, j) is not None and doc[j - 2].text[:1].isupper():
            j -= 3  # "the Hague-based court", "the Brussels-based bloc"
        elif doc[j].is_alpha and doc[j].is_lower and not doc[j].is_stop and (not tagged or doc[j].pos_ in {
                "ADJ", "NOUN"}):
            j -= 1
        else:
            break
        used += 1
    named_next = i + 1 < len(doc) and doc[i + 1].is_title and j < i - 1  # "the separatist group Tuareg ...": a name
    return j >= 0 and doc[j].lower_ in {"the", "this", "that"} and not named_next


def is_furniture(sent: Span, openings: tuple[tuple[str, ...], ...]) -> bool:
    """Bylines, credits and calls to action: 'Reporting by ...', 'Photo: ...', 'Sign up for ...'."""
    tokens = [t for t in sent if not t.is_space]
    words = tuple(t.lower_ for t in tokens[:4])
    if words[:1] == ("by",):  # "By Mary Jones", not "By the end of the day, ..."
        rest = [t for t in tokens[1:] if t.is_alpha]
        return 0 < len(rest) <= 8 and all(t.text[:1].isupper() or t.lower_ in {"and", "in", "de"} for t in rest)
    return any(words[:len(o)] == o and len(words) > len(o) for o in openings)


MAX_DATELINE = 10
LIST_REACH = 4  # "Mali, Burkina Faso and Niger": an ambiguous state name with another state this near


def dateline_end(doc: Doc, start: int) -> int | None:
    """'QUITO, Ecuador —', 'SYDNEY (Reuters) –', 'UNITED NATIONS, June 9 (Xinhua) --' opening a paragraph:
    the index of the token after the dash, else None."""
    first = doc[start]
    if first.is_alpha and first.is_title:
        return _titled_dateline_end(doc) if start == 0 else None
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return None
    for i in range(start + 1, min(start + MAX_DATELINE, len(doc))):
        t = doc[i]
        if t.text in DASHES:
            following = doc[i + 1] if i + 1 < len(doc) else None
            return i + 1 if following is not None and following.text[:1].isupper() else None
        if not (t.is_upper or t.is_title or t.like_num or t.text in {",", "(", ")", "."} or t.is_space):
            return None
    return None


def _titled_dateline_end(doc: Doc) -> int | None:
    """'New Delhi: India on Wednesday ...', 'Brussels, Dec 19 (ANI): The leaders ...', 'Kyiv (Reuters) — Russia
    ...': a place in title case opening the text, with at most a date and an agency, then a colon or a spaced
    dash (further down, 'Photo: ...' or 'Update: ...' are more often captions and labels; 'Israel-Hamas talks'
    is a compound, not a dateline)."""
    for i in range(1, min(MAX_DATELINE, len(doc))):
        t = doc[i]
        if (t.is_punct and t.text.endswith(":")) or (t.text in DASHES and doc[i - 1].whitespace_):  # ':', '):'
            following = doc[i + 1] if i + 1 < len(doc) else None
            return i + 1 if following is not None and following.text[:1].isupper() else None
        if not ((t.is_alpha and (t.is_title or t.is_upper)) or t.like_num or t.text in {",", "(", ")", "."}):
            return None
    return None


def is_dateline(sent: Span) -> bool:
    return dateline_end(sent.doc, sent.start) == sent.end


def is_headline(sent: Span, function_words: frozenset[str]) -> bool:
    """Title-case lines without final punctuation: headlines, captions' titles and page furniture."""
    words = [t for t in sent if t.is_alpha]
    if not words:
        return False
    if sent.text.rstrip()[-1:] in ".!?\"'”’:;)":
        return False
    content = [t for t in words if t.lower_ not in function_words]
    if not content:
        return False
    capital = sum(1 for t in content if t.text[:1].isupper())
    return len(content) <= 3 or capital / len(content) >= 0.75


class EntityRecognizer:
    """Combine NER and gazetteer matches into one clean, typed set of entity spans."""

    def __init__(self, nlp: Language, data_dir: str) -> None:
        self.data_dir = data_dir
        self.gazetteer: Gazetteer = load_gazetteer(str(Path(data_dir) / "gazetteer"))
        self.cities = city_names(str(Path(data_dir) / "gazetteer"))
        lex = load_lexicon(data_dir, "entities")
        self.force_modifiers = frozenset(lex["force_modifiers"])
        self.force_core = frozenset(lex["force_core_modifiers"])
        self.force_heads = frozenset(lex["force_heads"])
        self.owned_heads = frozenset(lex["force_heads_owned_by_body"]["words"])
        self.contingent_heads = frozenset(lex["force_contingent_heads"])  # a state's 'peacekeeping troops'
        self.by_size = ForceBySize(lex["force_by_size"])
        self.connectors = frozenset(lex["name_connectors"])
        self.particles = self.connectors - {"of", "and", "for", "the", "&", "-"}
        self.person_prefixes = frozenset(lex["person_prefixes"])
        self.not_entities = frozenset(lex["not_entities"])
        self.function_words = frozenset(lex["headline_function_words"])
        self.language_words = frozenset(lex["language_words"]["words"])  # "Russian-speaking residents"
        self.anaphors = {k: tuple(v) for k, v in lex["org_anaphors"].items() if not k.startswith("_")}
        self.guarded_anaphors = frozenset(lex["org_anaphors_last_named"]["words"])
        self.body_words = frozenset(lex["body_words"]["words"])
        self.creed_modifiers = frozenset(lex["creed_modifiers"]["words"])
        self.member_nouns = [tuple(n.split()) for n in lex["member_nouns"]]
        self.member_starts = frozenset(words[0] for words in self.member_nouns)
        self.member_categories = tuple(lex["member_categories"])
        self.state_bodies = frozenset(tuple(b.split()) for b in lex["state_bodies"])
        self.governments = frozenset((w,) for w in lex["governments"]["words"])  # "the Russian Government"
        self.undertakings = Undertakings(lex)
        self.armies = Armies(lex["armies"], self.gazetteer)
        self.names = load_name_lexicon(data_dir)
        stance = load_lexicon(data_dir, "stance")
        roles = stance["roles"]
        self.juntas = Juntas(lex["juntas"], Coups.from_lexicon(stance["coups"]), self.gazetteer)
        self.factions = Factions(lex["factions"], self.gazetteer, creeds=self.creed_modifiers)
        operation_categories = frozenset(stance["bloc_categories"]["operations"])
        self.operations = frozenset(kb for kb, e in self.gazetteer.entities.items()
                                    if e.category in operation_categories)  # "the force" after "UNIFIL"
        self.role_heads, self.role_modifiers = frozenset(roles["heads"]), frozenset(roles["modifiers"])
        self.title_heads = HONORIFICS | self.names.titles | frozenset(roles["heads"])
        self.title_words = self.title_heads | frozenset(roles["modifiers"])
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.unaccented = PhraseMatcher(nlp.vocab, attr="NORM")  # "Perú", "Panamá": NORM set to the folded form
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        for surface, kb_id, case_sensitive in self.gazetteer.surfaces():
            (exact if case_sensitive else folded).setdefault(kb_id, []).append(surface)
        for kb_id, surfaces in exact.items():
            self.exact.add(kb_id, list(nlp.tokenizer.pipe(surfaces)))
        for kb_id, surfaces in folded.items():
            patterns = list(nlp.tokenizer.pipe(surfaces))
            self.folded.add(kb_id, patterns)
            self.unaccented.add(kb_id, patterns)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text re-joins every token on each call
        gaz = self._gazetteer_spans(doc, ascii_only=text.isascii())
        forces = self._force_spans(doc, gaz) + self.undertakings.operation_names(doc)
        ner = joined_person_halves(doc, [s for s in (self._clean_ner(e) for e in doc.ents) if s is not None])
        ner = [part for s in ner for part in split_lists(s, gaz, self.names)]
        ner = [self._after_post_state(s, gaz) for s in ner]
        ents = [self.undertakings.named(e) for e in self._state_bodies(doc, self._merge(doc, gaz + forces, ner))]
        ents = self.undertakings.with_country(doc, ents)
        if doc.has_annotation("TAG"):
            ents = self.undertakings.called_names(doc, self.undertakings.modifier_names(doc, ents))
            ents = self.undertakings.gathering_names(doc, ents)
        ents = self.undertakings.accord_names(doc, ents)
        ents = self.undertakings.short_names(doc, ents)
        headline = partial(is_headline, function_words=self.function_words)
        ents = spelled_out(doc, ents)
        ents = sorted(ents + declared_names(doc, ents, self.names), key=lambda s: s.start)
        ents = sorted(ents + quoted_names(doc, ents, self.names), key=lambda s: s.start)
        ents += titled_names(doc, ents, self.title_heads, self.names, is_headline=headline)
        ents.sort(key=lambda s: s.start)
        if doc.has_annotation("DEP"):
            ents = sorted(ents + listed_names(doc, ents, self.title_words), key=lambda s: s.start)
        if doc.has_annotation("TAG"):
            ents = sorted(ents + repeated_persons(doc, ents, self.title_words), key=lambda s: s.start)
        ents = sorted(ents + hyphen_spellings(doc, ents), key=lambda s: s.start)
        ents = surnames_retyped(ents, self.title_heads)
        ents = cut_off_at_end(doc, ents, is_headline=headline, text=text)
        ents = [e for e in ents if not self._language(doc, e)]
        ents = self._halves(doc, ents)
        ents += self._anaphors(doc, ents)
        if doc.has_annotation("TAG"):
            ents = sorted(ents + self.undertakings.led_names(doc, ents), key=lambda s: s.start)
            ents = sorted(ents + self.undertakings.unnamed_measures(doc, ents), key=lambda s: s.start)
        ents = sorted(ents + self.undertakings.descriptions(doc, ents, operations=self.operations),
                      key=lambda s: s.start)
        if doc.has_annotation("DEP"):
            ents = self.undertakings.force_named(doc, ents, operations=self.operations, force_heads=self.force_heads)
            owned = self.undertakings.owned_forces(doc, ents, personnel=self.contingent_heads)
            if owned != ents:  # the article's later 'the mission' may be an owned one's
                ents = sorted(owned + self.undertakings.descriptions(doc, owned, operations=self.operations),
                              key=lambda s: s.start)
            ents = self.factions.parties(doc, self.juntas.parties(doc, self.armies.parties(doc, ents)))
        doc.ents = ents
        return doc

    def _language(self, doc: Doc, span: Span) -> bool:
        """'Russian' in 'Russian-speaking residents' or 'Russian-speakers': a language, not the state."""
        return span.end + 1 < len(doc) and doc[span.end].text in DASHES and not doc[span.end - 1].whitespace_ \
            and not doc[span.end].whitespace_ and doc[span.end + 1].lower_ in self.language_words

    def _state_bodies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A bare generic body ('Foreign Ministry', 'Defence Ministry', 'Army') is no entity of its own: whose
        it is comes from the state named beside it, which the stance rules already use; a state's government
        taken for one name is the state (`_owned_body`)."""
        kept = []
        for e in ents:
            words = tuple(fold(e.text).split())
            if e.kb_id_ or not self._state_body(words):
                kept.append(self._owned_body(doc, e, words) or e)
        return kept

    def _owned_body(self, doc: Doc, span: Span, words: tuple[str, ...]) -> Span | None:
        """'the Russian Government', 'the Government of South Sudan' taken by the model as one name: the state
        whose government it is ('the Russian government' reads so already)."""
        if span.kb_id_ or len(words) < 2 or span.label_ != "ORG":
            return None
        if words[1:] in self.governments:  # "the Russian Government"
            start, end = span.start, span.start + 1
        elif "of" in words and words[:words.index("of")] in self.governments:  # "the Government of South Sudan"
            start, end = span.start + words.index("of") + 1, span.end
        else:
            return None
        kb = self.gazetteer.lookup(doc[start:end].text)
        if kb is None or not kb.startswith("STATE:"):
            return None
        return Span(doc, start, end, label="STATE", kb_id=kb)

    def _state_body(self, words: tuple[str, ...]) -> bool:
        """'Foreign Ministry', 'Information Ministry', 'Ministry of Health': a state's organ, named by its kind."""
        if words in self.state_bodies:
            return True
        kind = words[:-1] if words[-1:] == ("ministry",) else words[2:] if words[:2] == ("ministry", "of") else ()
        return len(kind) == 1 and self.gazetteer.lookup(kind[0]) is None  # not 'French Ministry'

    # -- definite descriptions of an organisation named earlier ------------------------------------
    def _anaphors(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the coalition', 'the alliance', 'the bloc', 'coalition member states', 'member states': the
        last organisation of a fitting kind named earlier in the article."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        known = [(e.start, self.gazetteer.entities[e.kb_id_]) for e in ents
                 if e.kb_id_ in self.gazetteer.entities and self.gazetteer.entities[e.kb_id_].type == "ORG"]
        if not any(e.label_ == "ORG" for e in ents):
            return []
        out: list[Span] = []
        lowers = [t.lower_ for t in doc]
        for t in doc:
            low = lowers[t.i]
            if t.i in taken or not (low in self.anaphors or low in self.member_starts
                                    or low in self.names.org_suffixes):
                continue
            categories, end = None, t.i + 1
            if low in self.names.org_suffixes and t.i > 0 and doc[t.i - 1].lower_ == "the" \
                    and ((t.is_title and not t.is_sent_start) or self._body_word(t)):
                # "the Commission" after "the European Commission", "the court" after "the International
                # Criminal Court": the last such body, if no other organisation was named since
                named = [(start, kb) for start, kb in known if start < t.i and fold(kb.label).split()[-1:] == [low]]
                if named and (t.is_title or self._last_organisation(ents, t.i) == named[-1][0]):
                    out.append(Span(doc, t.i, t.i + 1, label="ORG", kb_id=named[-1][1].kb_id))
                    taken.add(t.i)
                    continue
                if not named and t.is_title and not t.is_sent_start and self._one_name_ending(ents, t):
                    out.append(Span(doc, t.i, t.i + 1, label="ORG"))  # "the Alliance" after "the Three
                    taken.add(t.i)  # Brotherhood Alliance": its short name (nlp.name_evidence)
                    continue
            if low in self.anaphors and t.i > 0 and (_determined(doc, t.i) or t.dep_ == "compound"):
                categories = self.anaphors[low]
                if low in self.guarded_anaphors:  # "the group": only the organisation named last; not
                    last = self._last_organisation(ents, t.i)  # "the court of appeal"
                    follows = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
                    categories = tuple(c for c in categories if follows != "of" and any(
                        start == last and kb.category == c for start, kb in known))
            else:
                for words in self.member_nouns:
                    if tuple(lowers[t.i:t.i + len(words)]) == words:
                        own = [c for w in doc[t.i:t.i + len(words)] for c in w.children
                               if c.dep_ in {"compound", "amod", "poss", "nmod", "nummod"}
                               and not (t.i <= c.i < t.i + len(words))]
                        if not own:  # 'member states', not 'EU member states', 'the EU's' or 'ten member states'
                            categories, end = self.member_categories, t.i + len(words)
                        break
            if categories is None or any(i in taken for i in range(t.i, end)):
                continue
            for category in categories:  # in order of preference: 'the coalition' is a coalition first
                earlier = [kb for start, kb in known if start < t.i and kb.category == category]
                if earlier:
                    out.append(Span(doc, t.i, end, label="ORG", kb_id=earlier[-1].kb_id))
                    taken.update(range(t.i, end))
                    break
        return out

    @staticmethod
    def _one_name_ending(ents: list[Span], t: Token) -> bool:
        """Whether exactly one organisation named before `t`, and known to no gazetteer, ends with its word."""
        low = t.lower_
        names = {fold(e.text) for e in ents if e.label_ == "ORG" and not e.kb_id_ and e.start < t.i and len(e) > 1
                 and e[-1].lower_ == low}
        return len(names) == 1

    @cached_property
    def divided(self) -> dict[str, dict[str, str]]:
        """States named as two halves of one land ('North Korea', 'South Korea'): land -> half -> kb id."""
        halves: dict[str, dict[str, str]] = {}
        for kb in self.gazetteer.entities.values():
            words = kb.label.split()
            if kb.type == "STATE" and len(words) == 2 and words[0] in {"North", "South"}:
                halves.setdefault(words[1], {})[words[0]] = kb.kb_id
        return {land: h for land, h in halves.items() if len(h) == 2}

    def _halves(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the North', 'the South's action' in an article that names North or South Korea: that state."""
        named = {e.kb_id_ for e in ents}
        lands = [h for h in self.divided.values() if named & set(h.values())]
        if len(lands) != 1:
            return ents
        out = []
        for e in ents:
            half = e.text if len(e) == 1 else ""
            if half in lands[0] and not e.kb_id_ and e.start > 0 and doc[e.start - 1].lower_ == "the":
                e = Span(doc, e.start, e.end, label="STATE", kb_id=lands[0][half])
            out.append(e)
        return out

    def _body_word(self, t: Token) -> bool:
        """'the court', 'the agency' in lower case: one body, not 'the council of elders' or 'the unions'."""
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return t.lower_ in self.body_words and t.tag_ not in {"NNS", "NNPS", "VB", "VBP", "VBZ"} \
            and not (nxt is not None and nxt.lower_ == "of")

    @staticmethod
    def _last_organisation(ents: list[Span], before: int) -> int | None:
        """Where the last organisation named before a token starts."""
        starts = [e.start for e in ents if e.label_ == "ORG" and e.end <= before]
        return max(starts) if starts else None

    # -- gazetteer ---------------------------------------------------------------------------------
    def _gazetteer_spans(self, doc: Doc, *, ascii_only: bool) -> list[Span]:
        spans = []
        matchers = [self.exact, self.folded]
        if not ascii_only:  # names written with accents the gazetteer spells without
            for token in doc:
                if not token.text.isascii():
                    token.norm_ = fold(token.text)
            matchers.append(self.unaccented)
        found = []
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                first = doc[start]
                if end - start == 1 and not first.text[:1].isupper():
                    continue  # proper names only: 'Chad' yes, 'chad' no
                kb_id = doc.vocab.strings[match_id]
                found.append(Span(doc, start, end, label=self.gazetteer.entities[kb_id].type, kb_id=kb_id))
        states = [s for s in found if s.kb_id_.startswith("STATE:")]
        ambiguous = self.gazetteer.ambiguous
        confirmed = {s.kb_id_ for s in found if s.kb_id_ in ambiguous and self._confirms_place(doc, s, states)}
        spans = [s for s in found if s.kb_id_ not in ambiguous
                 or (s.kb_id_ in confirmed and not self._inside_longer_person(doc, s))]
        return filter_spans(spans)

    @staticmethod
    def _inside_longer_person(doc: Doc, span: Span) -> bool:
        """'Chad Smith': the name is part of a longer person's name, whatever the rest of the text says."""
        return any(e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end and len(e) > len(span)
                   for e in doc.ents)

    def _confirms_place(self, doc: Doc, span: Span, states: list[Span]) -> bool:
        """An ambiguous state name ('Jordan', 'Georgia', 'Niger') counts when NER did not call it a person,
        or when it stands in a list with other states ('Mali, Burkina Faso and Niger'). One mention that
        counts confirms the name's other mentions in the text, unless one is inside a longer person's name."""
        start, end = span.start, span.end
        if not any(e.label_ == "PERSON" and e.start <= start and end <= e.end for e in doc.ents):
            return True
        window = doc[max(0, start - LIST_REACH): min(len(doc), end + LIST_REACH)]
        listed = any(t.lower_ in {"and", ",", "or"} for t in window)
        return listed and any(s.kb_id_ != span.kb_id_ and window.start <= s.start and s.end <= window.end
                              for s in states)

    # -- the force being assembled -----------------------------------------------------------------
    def _force_spans(self, doc: Doc, gaz: list[Span]) -> list[Span]:
        spans = []
        seen_force = False
        known: dict[int, str] | None = None  # token -> the kb id of the gazetteer name over it, for sized forces
        for token in doc:
            if token.lower_ not in self.force_heads:
                continue
            start = token.i
            modifiers: set[str] = set()
            while (step := self._modifier_before(doc, start)) is not None:
                width, word = step
                start -= width
                modifiers |= {word} - {""}
            if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                    and all(t.is_title for t in doc[start:token.i + 1]):
                continue  # "the UN Organisation Stabilisation Mission": part of a proper name, not the force
            if modifiers & self.force_core or (token.lower_ == "peacekeepers" and (
                    start < token.i or self._owned_by(doc, start, gaz))) or (
                    modifiers and token.lower_ in self.owned_heads
                    and self._owned_by(doc, start, gaz, categories=self.by_size.categories)):
                spans.append(Span(doc, start, token.i + 1, label="ORG", kb_id=FORCE_ID))
                seen_force = True
            elif token.lower_ == "force" and (sized := self.by_size.start(doc, token, start)) is not None:
                if known is None:
                    known = {i: s.kb_id_ for s in gaz for i in range(s.start, s.end)}
                if self.by_size.fielded_jointly(token, known, self.gazetteer):
                    spans.append(Span(doc, sized, token.i + 1, label="ORG", kb_id=FORCE_ID))
                    seen_force = True
            elif seen_force and token.lower_ in {"force", "peacekeepers"} and start == token.i and token.i > 0 \
                    and doc[token.i - 1].lower_ in DEFINITE - {"a", "an", "any"}:
                spans.append(Span(doc, token.i, token.i + 1, label="ORG", kb_id=FORCE_ID))
        return spans

    def _owned_by(self, doc: Doc, start: int, gaz: list[Span], *, categories: frozenset[str] | None = None) -> bool:
        """A known state or body just before `start` ("Russian peacekeepers", "the UN's peacekeepers"); with
        `categories`, only a body of one of them ('the United Nations security mission': a body that fields
        forces, where a state's or an armed group's 'security force' is its own)."""
        end = owner_end(doc, start)
        return any(s.end == end and s.label_ in {"STATE", "ORG"} and (
            categories is None or getattr(self.gazetteer.entities.get(s.kb_id_), "category", None) in categories)
            for s in gaz)

    def _modifier_before(self, doc: Doc, start: int) -> tuple[int, str] | None:
        """The force modifier that ends just before `start`, as (tokens, word): 'peacekeeping', and the same word
        split by the tokenizer or the writer ('peace-keeping', 'peace keeping'); a list comma or hyphen between
        two modifiers is stepped over."""
        if start < 1:
            return None
        if doc[start - 1].lower_ in self.force_modifiers:
            return 1, doc[start - 1].lower_
        if start >= 3 and doc[start - 2].text in HYPHENS:
            joined = doc[start - 3].lower_ + doc[start - 1].lower_
            if joined in self.force_modifiers:
                return 3, joined
        if start >= 2 and (joined := doc[start - 2].lower_ + doc[start - 1].lower_) in self.force_modifiers:
            return 2, joined
        if start >= 2 and doc[start - 1].text in {"-", ","} and doc[start - 2].lower_ in self.force_modifiers:
            return 1, ""
        return None

    # -- statistical NER, cleaned ------------------------------------------------------------------
    @staticmethod
    def _opening_gerund(word: Token, rest: Span) -> bool:
        """A sentence's opening participle taken into the name of its object ('Comprising TNLA', 'Backing
        Kyiv')."""
        return word.tag_ == "VBG" and word.pos_ == "VERB" and word.is_sent_start \
            and rest.root.head == word and rest.root.dep_ == "dobj"

    def _clean_ner(self, ent: Span) -> Span | None:
        label = NER_LABELS.get(ent.label_)
        if label is None:
            return None
        doc = ent.doc
        start, end, linked = extend_hyphenated(doc, ent.start, ent.end, label)
        if linked and label == "NORP":
            label = "ORG"  # 'Jaish-e-Mohammed': a linked name is an organisation's, not a people's
        if label == "PERSON":  # "Ursula von der" + "Leyen": a particle never ends a name
            while end < len(doc) and doc[end - 1].lower_ in self.particles and doc[end].is_title:
                end += 1
            end = self._name_rest(doc, start, end)  # "Ursula" + "von der Leyen", "Min Aung" + "Hlaing"
        while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in DEFINITE):
            start += 1
        if end - start > 1 and self._opening_gerund(doc[start], doc[start + 1:end]):
            start += 1  # "Comprising TNLA, MNDAA and the AA, the alliance ...": the name is the gerund's object
        for i in range(start + 1, end - 1):  # "France's Operation Barkhane": the state owns the name, is no part
            if doc[i].lower_ in {"'s", "’s"} and (kb := self.gazetteer.lookup(doc[start:i].text)) \
                    and self.gazetteer.entities[kb].type == "STATE":
                start = i + 1
                break
        end = next((i for i in range(start + 1, end) if doc[i].text in QUOTE_MARKS), end)  # 'the Dutch “Nazi'
        if not any(doc[i].text == ")" for i in range(start, end)):  # 'Office of X (OFAC': the name before it
            end = next((i for i in range(start + 1, end) if doc[i].text == "("), end)
        for i in range(start, end):  # cut at the first lower-case word that is not part of a name
            t = doc[i]
            if t.is_alpha and t.text.islower() and t.lower_ not in self.connectors and not after_hyphen(doc, i):
                end = i
                break
        while end > start and (
            doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"
            or doc[end - 1].lower_ in self.connectors or doc[end - 1].lower_ in {"'s", "’s"}
        ):
            end -= 1
        end = trim_designations(doc, start, end)
        if label != "PERSON" and end < len(doc) and doc[end].lower_ in self.role_heads:
            while end - start > 1 and doc[end - 1].lower_ in self.role_modifiers:
                end -= 1  # "US National Security | Adviser X": the state, then the title
        if end <= start or not any(c.isupper() for c in doc[start:end].text):
            return None
        if is_title_only(doc, start, end, self.names) or is_portfolio(doc, start, end, self.names) or (
                end - start == 1 and doc[start].lower_ in self.names.org_suffixes):
            return None
        if label != "PERSON" and doc[end - 1].lower_ in self.role_heads and all(
                t.lower_ in self.role_modifiers for t in doc[start:end - 1]):
            return None  # "National Security Advisor (Jake Sullivan)": a title, no organisation
        if end - start > 1 and doc[start].lower_ in self.names.event_generics:
            return None  # "Cyclone Chido": a storm's name is no actor
        if label == "PERSON" and end - start > 1 and doc[end - 1].text.isdigit():
            return None  # "Leopard 2", "Yuan Wang 5": a model or a ship, no person
        label = relabel(doc, start, end, label, self.names)
        last_kb = self.gazetteer.lookup(doc[end - 1].text) or ""
        if label == "PERSON" and end - start > 1 and last_kb.startswith("ORG:") and not (
                end - start > 3 and doc[end - 2].text == "-" and doc[end - 3].lower_ in {"al", "el"}):
            label = "ORG"  # "Kataib Hezbollah": a name ending in an organisation's is an organisation's; not
            # "Mohammed Ali al-Houthi", a person named for a family or a tribe
        if label == "PERSON":  # "Spokeswoman Maria Zakharova": a title opening a sentence is no name
            while end - start > 2 and doc[start].lower_ in self.title_words:
                start += 1
        if label == "ORG":
            start, label = self._titled_person(doc, start, end)  # "... Coordinator Kurt Campbell"
        if label == "ORG":
            start = extend_name_front(doc, start, end, stop_words=self.title_words)
        if label == "PERSON" and 0 < (front := extend_name_front(doc, start, end, stop_words=self.title_words)) \
                < start and doc[front - 1].lower_ in self.title_words:
            start = front  # "President Mahamat | Idriss Deby": a first name the model left off, after a title
        if label == "PERSON" and start > 0 and doc[start - 1].lower_ in self.person_prefixes:
            start -= 1
        span = Span(doc, start, end, label=label)
        if fold(span.text) in self.not_entities or len(span) > 8:
            return None
        return span

    def _name_rest(self, doc: Doc, start: int, end: int) -> int:
        """The rest of a person's name the model cut off: lower-case particles and the surname after them
        ('Ursula' + 'von der Leyen'), or the proper noun its last word modifies ('Min Aung' + 'Hlaing')."""
        j = end
        while j < len(doc) and doc[j].is_lower and doc[j].lower_ in self.particles:
            j += 1
        if j > end and j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            return j + 1
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.tag_ == "NNP" and nxt.is_title and nxt.is_alpha and doc[end - 1].head.i == end \
                and doc[end - 1].dep_ == "compound" and doc[end - 1].whitespace_ \
                and self.gazetteer.lookup(nxt.text) is None and nxt.lower_ not in self.title_words:
            return end + 1
        return end

    def _titled_person(self, doc: Doc, start: int, end: int) -> tuple[int, str]:
        """An organisation's span that ends in a title or a portfolio and two or three names is a person's:
        'Indo Pacific Coordinator Kurt Campbell', '(Secretary of) Defence Lloyd Austin'."""
        generic = self.names.generic_words
        for cut in range(end - 3, start - 1, -1):
            word = doc[cut].lower_
            if word in self.title_words or word in self.role_modifiers:
                tail = doc[cut + 1:end]
                if 2 <= len(tail) <= 3 and all(t.is_title and t.is_alpha and t.pos_ in {"PROPN", ""}
                                               and t.lower_ not in generic and t.lower_ not in self.title_words
                                               and t.lower_ not in self.role_modifiers for t in tail):
                    return cut + 1, "PERSON"
                break
        return start, "ORG"

    def _merge(self, doc: Doc, known: list[Span], ner: list[Span]) -> list[Span]:
        """Known (gazetteer, force) spans win, unless NER found a longer name that contains them."""
        result: list[Span] = []
        kept_known = []
        for span in known:
            container = next((n for n in ner if n.start <= span.start and span.end <= n.end
                              and len(n) > len(span) and n.label_ in {"PERSON", "ORG"}
                              and span.kb_id_ != FORCE_ID and not self._creed_only(n, span)
                              and not _tiled(n, known) and not any(self._titled_state(n, k) for k in known)),
                             None)
            if container is None:
                kept_known.append(span)
        result.extend(kept_known)
        for span in ner:
            if any(k.start < span.end and span.start < k.end for k in kept_known):
                continue
            repaired = self._repair(span)
            if repaired is not None:
                result.append(repaired)
        return sorted(filter_spans(result), key=lambda s: s.start)

    def _after_post_state(self, span: Span, known: list[Span]) -> Span:
        """'envoy to Sudan Volker Perthes', 'ambassador to the UN Vassily Nebenzia': the model's name begins with
        the state or body of the post named before it; the person is what follows (not 'Minister Israel Katz')."""
        doc = span.doc
        before = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")  # "to the UN"
        if span.label_ not in {"PERSON", "ORG"} or before < 1 or doc[before].lower_ not in \
                POST_PREPOSITIONS or doc[before - 1].lower_ not in self.title_heads:
            return span
        state = next((k for k in known if k.start == span.start and k.end < span.end and k.label_ in {"STATE", "ORG"}),
                     None)
        rest = doc[state.end:span.end] if state is not None else None
        if rest is None or len(rest) < 2 or not all(t.is_title for t in rest) \
                or self.names.ends_organisation(rest[-1].text):
            return span
        return Span(doc, state.end, span.end, label="PERSON")

    def _titled_state(self, container: Span, known: Span) -> bool:
        """'SAARC Chair Nepal', 'AU President Chad': a state after a word of office that ends the model's
        'person' is the state holding that office, no one's name."""
        return known.label_ == "STATE" and known.end == container.end and known.start > container.start \
            and container.doc[known.start - 1].lower_ in self.title_heads

    def _creed_only(self, container: Span, known: Span) -> bool:
        """'Shiite Houthi': the model's name adds only words of creed to a known name, which stays."""
        extra = [t for t in container if not known.start <= t.i < known.end]
        return all(t.lower_ in self.creed_modifiers for t in extra)

    def _repair(self, span: Span) -> Span | None:
        """Types the small model gets wrong: cities taken for people, unknown NORP and GPE."""
        label = span.label_
        if label == "NORP":
            return None  # a nationality not in the gazetteer is not an entity of its own
        if label in {"PERSON", "ORG"} and len(name_tokens(span.text)) == 1 and fold(span.text) in self.cities:
            label = "PLACE"
        return Span(span.doc, span.start, span.end, label=label) if label != span.label_ else span



def _tiled(container: Span, known: list[Span]) -> bool:
    """'the South American Mercosur group': the model's name is a region's and a known name side by side, which
    stay two names (not 'the Sudan People's Liberation Army', a state's name before another name)."""
    inside = [k for k in known if container.start <= k.start and k.end <= container.end]
    covered = {i for k in inside for i in range(k.start, k.end)}
    return len(inside) > 1 and any(k.label_ == "PLACE" for k in inside) and all(
        k.label_ != "STATE" for k in inside) and all(
        t.i in covered or t.is_punct for t in container)


CONTINUING_TAGS = frozenset({"CC", "IN", "DT", "TO", "PRP$", "POS", "HYPH"})
SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "…"})


def _abbreviation(text: str) -> bool:
    """'U.S.', 'etc.': a word that carries its own period, after which a lower-case word goes on the sentence
    ('the U.S. will stop bombing')."""
    return len(text) > 1 and text.endswith(".") and any(c.isalpha() for c in text)


def newline_boundaries(doc: Doc) -> Doc:
    """Sentence boundaries the parser must respect. A line break ends a sentence: headlines, captions and
    paragraphs stand alone (the break itself stays with the sentence it ends). A sentence never starts on a
    lower-case word that does not follow closing punctuation or an abbreviation's period ('the U.S. will'), nor
    right after a conjunction, preposition or determiner: the small parser sometimes cuts 'Turkey | and Saudi
    Arabia voiced ...', and scraped text breaks lines inside sentences ('Hungary' | 'and Slovakia have ...')."""
    tokens = list(doc)  # each Token once; the boundaries are written back in one array
    starts = doc.to_array([SENT_START]).astype("int64")  # 1 starts, -1 does not, 0 the parser decides
    texts = [t.text for t in tokens]
    breaks = ["\n" in t.whitespace_ or (t.is_space and "\n" in t.text) for t in tokens]  # a line ends after it
    last = 0  # the last token that is not white space
    dateline = dateline_end(doc, 0)
    for i in range(1, len(tokens)):
        token = tokens[i]
        if i == dateline:
            starts[i] = 1  # "QUITO, Ecuador — Mexico's government ...": the dateline stands alone
            last = i
            continue
        if token.is_space:
            starts[i] = -1
        else:
            prior = tokens[last]
            continues = (texts[i][:1].islower() and (texts[last][-1:] not in SENTENCE_END or _abbreviation(
                texts[last]))) or (prior.is_alpha and prior.tag_ in CONTINUING_TAGS)
            if breaks[i - 1]:
                starts[i] = -1 if continues else 1
                dateline = None if continues else dateline_end(doc, i)
            elif continues:
                starts[i] = -1
            last = i
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc
