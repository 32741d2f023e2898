"""Repairs of the statistical model's name spans that hold for any English news text.

- A name never ends inside a hyphenated word ('Jeon Ha' of 'Jeon Ha-kyu'; 'Lashkar' of 'Lashkar-e-Taiba'),
  unless the word modifies a noun after it ('Russia-backed forces', 'Trump-era tariffs').
- Titles alone are no name ('Brig.' of 'Brig. Gen. Pat Ryder'), nor is a portfolio before a ministerial
  title ('Justice' of 'Justice Minister X'), nor a lone designation ('Headquarters').
- Model designations are no part of a name ('Royal Thai Air Force F-16' -> 'Royal Thai Air Force').
- An organisation's name takes the capitalised words the model left off its front ('L3Harris' of
  'L3Harris Maritime Services').
- A list is no name ('Tigray, Eritrea'; 'UN Charter and Security Council'): it is split where a name the
  gazetteer knows stands as one of its items.
- A person's span ending in an organisation's designation is an organisation ('Lazarus AI'); one starting
  with a geographic generic or followed by a place noun is a place ('Jebel X', 'the X area').
- A name the text declares after 'also known as' is a name ('X, also known as Y'), and so is an
  organisation's name in quotation marks ('his “Board of Peace”').
- A word cut off by the end of an excerpt is no name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from nlp.gazetteer import MISSION
from nlp.name_lexicon import NameLexicon
from nlp.names import HONORIFICS, JOINING_HYPHENS, fold, spells_initials

HYPHENS = frozenset({"-", "‐", "‑"})
MODEL_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]?$")  # F-16, BM-21, Su-35, A400M, T-72
PREPOSITIONS = frozenset({"of", "for", "in", "on", "at", "to", "from", "with"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ"})
FINAL_PUNCTUATION = tuple(".!?\"'”’)]…:;")


def _joined(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written without spaces between two word tokens."""
    return (0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i + 1].is_alpha and doc[i - 1].is_alpha)


def after_hyphen(doc: Doc, i: int) -> bool:
    """Token i continues a hyphenated word ('kyu' of 'Ha-kyu')."""
    return i > 1 and _joined(doc, i - 1)


def _particle_link(doc: Doc, i: int, step: int) -> bool:
    """doc[i] is a short lower-case link between two hyphens and a capitalised piece ('-e-', '-ul-')."""
    j = i + 2 * step
    return (doc[i].is_lower and len(doc[i]) <= 3 and 0 <= j < len(doc) and _joined(doc, i + step)
            and doc[j].text[:1].isupper())


def _modifies_noun(token: Token) -> bool:
    """'Trump-era tariffs', 'Putin-led forces': the hyphenated word is a modifier of a later noun."""
    return token.head.i > token.i and token.head.pos_ in {"NOUN", "PROPN"} and token.dep_ != "nsubj"


def extend_hyphenated(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, bool]:
    """The span widened to whole hyphenated words; True when a linking particle was crossed
    ('Jaish-e-Mohammed'), which makes a name of an organisation rather than of a people."""
    linked = False
    while end < len(doc) - 1 and _joined(doc, end):
        piece = doc[end + 1]
        if _particle_link(doc, end + 1, 1):
            end, linked = end + 4, True
            continue
        if _modifies_noun(piece):
            break
        if piece.text[:1].isupper() or (label == "PERSON" and piece.is_lower and piece.tag_ not in PARTICIPLE_TAGS):
            end += 2
            continue
        break
    while start > 1 and _joined(doc, start - 1):
        piece = doc[start - 2]
        if _particle_link(doc, start - 2, -1):
            start, linked = start - 4, True
            continue
        if piece.text[:1].isupper() and not _modifies_noun(doc[end - 1]):
            start -= 2
            continue
        break
    return start, end, linked


def _word(token: Token) -> str:
    return fold(token.text).rstrip(".")


def is_title_only(doc: Doc, start: int, end: int, lex: NameLexicon) -> bool:
    """'Brig.', 'Lt. Col.', 'General' before a name: titles, not a name of their own."""
    words = [t for t in doc[start:end] if not t.is_punct]
    if not words or not all(_word(t) in HONORIFICS or _word(t) in lex.titles for t in words):
        return False
    abbreviated = any(t.text.endswith(".") or (t.i + 1 < len(doc) and doc[t.i + 1].text == ".") for t in words)
    following = doc[end] if end < len(doc) else None
    return abbreviated or (following is not None and following.text[:1].isupper())


def is_portfolio(doc: Doc, start: int, end: int, lex: NameLexicon) -> bool:
    """'Justice' in 'Justice Minister Adel Nassar', 'Health' in 'Health Secretary X', 'Foreign' in 'Foreign
    Affairs Minister X': the rest of the portfolio may follow the span before the title."""
    if end - start != 1:
        return False
    j = end
    while j < len(doc) and j - end < 3 and doc[j].lower_ not in lex.ministerial_titles and (
            doc[j].text[:1].isupper() or doc[j].lower_ in {"and", "&"}):
        j += 1  # "Foreign | Affairs Minister", "Foreign | Affairs and Trade Minister"
    return j < len(doc) and doc[j].lower_ in lex.ministerial_titles and doc[j].text[:1].isupper()


def trim_designations(doc: Doc, start: int, end: int) -> int:
    """'Royal Thai Air Force F-16' ends before 'F-16'; a designation alone ('M23') stays."""
    while end - start > 1 and MODEL_DESIGNATION.match(doc[end - 1].text):
        end -= 1
    return end


def extend_name_front(doc: Doc, start: int, end: int, *, stop_words: frozenset[str]) -> int:
    """Capitalised proper nouns right before an organisation's name that modify it belong to it
    ('L3Harris Maritime Services'); not words of another entity, titles or the first word of a sentence."""
    while start > 0:
        t = doc[start - 1]
        if (t.tag_ not in {"NNP", "NNPS"} or t.ent_iob_ != "O" or not start <= t.head.i < end
                or t.is_sent_start or not (t.text[:1].isupper() or any(c.isdigit() for c in t.text))
                or _word(t) in stop_words or t.whitespace_ == ""):
            break
        start -= 1
    return start


def relabel(doc: Doc, start: int, end: int, label: str, lex: NameLexicon) -> str:
    """A person's or a place's span that is evidently an organisation's name ('the Pacific Islands Forum'), and a
    person's that is a place's."""
    first, last = doc[start], doc[end - 1]
    if label in {"PERSON", "PLACE"} and end - start > 1 and lex.ends_organisation(last.text):
        return "ORG"
    if label != "PERSON":
        return label
    following = doc[end] if end < len(doc) else None
    if (end - start > 1 and _word(first) in lex.place_generics) or (
            following is not None and following.lower_ in lex.place_nouns and following.is_lower):
        return "PLACE"
    return label


def split_lists(span: Span, known: list[Span], lex: NameLexicon) -> list[Span]:
    """A span the model made of several names ('Tigray, Eritrea', 'UN Charter and Security Council',
    'Hamas and Hezbollah'): split at its commas, and at 'and' / 'or' when no preposition comes first, if a
    name the gazetteer knows begins one of the items. A separator inside a known name ('Bosnia and
    Herzegovina', 'Washington, D.C.') splits nothing; neither does a suffix ('Acme, Inc.')."""
    doc = span.doc
    inside = [k for k in known if span.start <= k.start and k.end <= span.end]
    if not inside:
        return [span]
    covered = {i for k in inside for i in range(k.start, k.end)}
    cuts: list[int] = []
    for t in span:
        if t.i in covered or t.i == span.start:
            continue
        if t.text == ",":
            nxt = doc[t.i + 1] if t.i + 1 < span.end else None
            if nxt is not None and _word(nxt) not in lex.name_suffixes:
                cuts.append(t.i)
        elif t.lower_ in {"and", "or"} and not any(w.lower_ in PREPOSITIONS for w in doc[span.start:t.i]):
            cuts.append(t.i)
    if not cuts:
        return [span]
    starts = {k.start for k in inside}
    bounds = [span.start, *cuts, span.end]
    items = [(a if a == span.start else a + 1, b) for a, b in pairwise(bounds)]
    if not any(a in starts or (a < len(doc) and doc[a].lower_ in {"and", "or"} and a + 1 in starts)
               for a, _ in items):
        return [span]
    out = []
    for a, b in items:
        while a < b and (doc[a].is_punct or doc[a].lower_ in {"and", "or", "the"}):
            a += 1
        while b > a and doc[b - 1].is_punct:
            b -= 1
        if a < b and any(c.isupper() for c in doc[a:b].text):
            out.append(Span(doc, a, b, label=span.label_))
    return out


MAX_SPELLED_TAIL = 4


def spelled_out(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name runs on to where the acronym after it says: "Sudan People's Liberation Army in
    Opposition (SPLA-IO)" where the model stopped at "Army"; the words between are capitalised or link words."""
    starts = {e.start for e in ents}
    out = []
    for e in ents:
        if e.label_ != "ORG" or spells_initials(acronym_after(doc, e.end)[0], e.text):
            out.append(e)
            continue
        end = e.end
        for k in range(e.end, min(e.end + MAX_SPELLED_TAIL, len(doc))):
            if k in starts or not ((doc[k].is_title and doc[k].is_alpha) or doc[k].lower_ in PREPOSITIONS | NAME_LINKS):
                break
            if spells_initials(acronym_after(doc, k + 1)[0], doc[e.start:k + 1].text):
                end = k + 1
                break
        out.append(e if end == e.end else Span(doc, e.start, end, label=e.label_, kb_id=e.kb_id_))
    return out


def acronym_after(doc: Doc, i: int) -> tuple[str, int]:
    """The word in parentheses opened at token i and the index of the closing one: '(SPLA-IO)', joined back if
    the tokenizer split it at a hyphen; ('', i) where none is."""
    if i >= len(doc) or doc[i].text != "(":
        return "", i
    close = next((k for k in range(i + 1, min(i + 5, len(doc))) if doc[k].text == ")"), None)
    return (doc[i + 1:close].text.replace(" ", ""), close) if close and close > i + 1 else ("", i)


def declared_names(doc: Doc, ents: list[Span], lex: NameLexicon) -> list[Span]:
    """'Mohamed Hamdan Dagalo, also known as Hemedti': the capitalised words after the cue, and an acronym
    in parentheses after the name it spells ('Central African Republic (CAR)'), as names of the same kind
    as the one before them, where the model found none."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    ends = {e.end: e for e in ents if e.label_ in {"PERSON", "ORG"} or (e.label_ == "STATE" and len(e) > 1)}
    out: list[Span] = []
    openers = lex.alias_openers
    for t in doc:
        for cue in lex.alias_cues if t.lower_ in openers else ():
            if tuple(w.lower_ for w in doc[t.i:t.i + len(cue)]) != cue:
                continue
            before = ends.get(t.i - 1 if t.i > 0 and doc[t.i - 1].text in {",", "("} else t.i)
            j = t.i + len(cue)
            while j < len(doc) and (doc[j].lower_ == "the" or doc[j].is_quote):
                j += 1
            k = j
            while k < len(doc) and k not in taken and (
                    (doc[k].text[:1].isupper() and doc[k].is_alpha) or _joined(doc, k) or after_hyphen(doc, k)):
                k += 1
            if before is not None and k > j and not doc[j].is_sent_start:
                out.append(Span(doc, j, k, label=before.label_))
                taken.update(range(j, k))
            break
        acronym, close = acronym_after(doc, t.i) if t.i in ends else ("", t.i)
        if acronym and t.i + 1 not in taken and _abbreviates(acronym, ends[t.i]):
            name = ends[t.i]  # 'Rapid Support Forces (RSF)'
            out.append(Span(doc, t.i + 1, close, label=name.label_, kb_id=name.kb_id_))
            taken.update(range(t.i + 1, close))
    return out + _repeated(doc, out, taken)


OPENING_QUOTES = frozenset({"“", '"', "‘", "«"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "»"})
QUOTE_MARKS = (OPENING_QUOTES | CLOSING_QUOTES) - {"’"}  # inside a span, a quotation ends the name (an apostrophe not)
NAME_LINKS = frozenset({"of", "for", "and", "on", "the"})
MAX_QUOTED_WORDS = 6


def quoted_names(doc: Doc, ents: list[Span], lex: NameLexicon) -> list[Span]:
    """'his “Board of Peace”', 'the so-called "Coalition for Renewal"': capitalised words in quotation marks,
    linked only by 'of', 'for', 'and', 'on', 'the', with a word that makes a name an organisation's, name an
    organisation the model missed."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for t in doc:
        if t.text not in OPENING_QUOTES or t.i + 2 >= len(doc):
            continue
        end = next((k for k in range(t.i + 1, min(t.i + 2 + MAX_QUOTED_WORDS, len(doc)))
                    if doc[k].text in CLOSING_QUOTES), None)
        if end is None or end - t.i - 1 < 2:
            continue
        words = doc[t.i + 1:end]
        if any(w.i in taken for w in words) or not (words[0].is_title and words[-1].is_title) or not all(
                (w.is_title and w.is_alpha) or w.lower_ in NAME_LINKS for w in words):
            continue
        if any(w.is_title and lex.ends_organisation(w.text) for w in words):
            out.append(Span(doc, t.i + 1, end, label="ORG"))
            taken.update(range(t.i + 1, end))
    return out


def _abbreviates(acronym: str, name: Span) -> bool:
    """An acronym spelling the name's initials; for a mission, or an organisation of several words the gazetteer
    does not know, any acronym of three capitals or more ('(MONUSCO)', 'the Indonesian Football Federation
    (PSSI)'): such names are abbreviated by syllables and often in another language."""
    if spells_initials(acronym, name.text):
        return True
    foreign = name.kb_id_.startswith(f"{MISSION}:") or (name.label_ == "ORG" and not name.kb_id_ and len(name) > 1)
    return foreign and len(acronym) >= 3 and acronym.isalpha() and acronym.isupper()


def _repeated(doc: Doc, declared: list[Span], taken: set[int]) -> list[Span]:
    """Later uses of a declared acronym the model missed ('SAMIDRC said ...') are the same name."""
    by_text = {s.text: s for s in declared if len(s) == 1 and s.text.isupper()}
    out = []
    for t in doc:
        first = by_text.get(t.text)
        if first is not None and t.i not in taken:
            out.append(Span(doc, t.i, t.i + 1, label=first.label_, kb_id=first.kb_id_))
            taken.add(t.i)
    return out


def _surnames(ents: list[Span]) -> dict[str, str]:
    """The last words of the names typed as persons ('Milei' of 'Javier Milei'), with the kb id of a one-word
    name."""
    known: dict[str, str] = {}
    for e in ents:
        if e.label_ == "PERSON" and e[-1].is_title and e[-1].is_alpha and len(e[-1]) > 2:
            known.setdefault(e[-1].text, e.kb_id_ if len(e) == 1 else "")
    return known


def surnames_retyped(ents: list[Span], title_heads: frozenset[str]) -> list[Span]:
    """One name, one referent: a name right after a title ('President Faustin-Archange Touadera') is a person's
    whatever type the model gave it, and so is a lone surname of a person's name the model typed as a place or
    a body ('Touadera has ties with Moscow'). A name the gazetteer knows keeps its type."""
    titled = {e.start for e in ents if len(e) > 1 and e.label_ in {"ORG", "PLACE"} and not e.kb_id_
              and e.start > 0 and _word(e.doc[e.start - 1]) in title_heads
              and all((w.is_title and w.pos_ == "PROPN") or w.text in JOINING_HYPHENS for w in e)}  # "Faustin-Archange"
    ents = [Span(e.doc, e.start, e.end, label="PERSON") if e.start in titled else e for e in ents]
    known = _surnames([e for e in ents if len(e) > 1])
    if not known:
        return ents
    return [Span(e.doc, e.start, e.end, label="PERSON")
            if len(e) == 1 and e.label_ != "PERSON" and not e.kb_id_ and e.text in known else e for e in ents]


def repeated_persons(doc: Doc, ents: list[Span], title_words: frozenset[str]) -> list[Span]:
    """One name, one referent in a story: a surname the model typed as a person's in one sentence
    ('Javier Milei', 'Milei said') is the same person where it missed it ('Spain accuses Milei of ...').
    Only capitalised proper nouns outside every entity, never a title, never next to another untyped proper
    noun in title case (a longer name; a sentence's first word aside, which is capitalised anyway)."""
    known = _surnames(ents)
    if not known:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for t in doc:
        if t.i in taken or t.text not in known or _word(t) in title_words:
            continue
        if t.pos_ not in {"PROPN", ""} and (t.pos_ not in {"ADJ", "NOUN"} or t.is_sent_start):
            continue  # "the Lula government", tagged as an adjective mid-sentence, is the name
        if any(0 <= k < len(doc) and k not in taken and doc[k].is_title and doc[k].pos_ == "PROPN"
               and not doc[k].is_sent_start for k in (t.i - 1, t.i + 1)):
            continue  # part of a longer name the model left untyped
        out.append(Span(doc, t.i, t.i + 1, label="PERSON", kb_id=known[t.text]))
    return out


def hyphen_spellings(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Red-Tabara' after 'Red Tabara': a name of two or more words typed once is the same name written with
    hyphens between its words, where no entity covers that spelling. One pass over the tokens: only a name's
    first word followed by a hyphen opens a candidate."""
    names = {tuple(t.lower_ for t in e): e for e in ents if e.label_ in {"ORG", "PERSON"} and len(e) > 1
             and all(t.is_alpha for t in e)}
    by_first: dict[str, list[tuple[tuple[str, ...], Span]]] = {}
    for words, e in names.items():
        by_first.setdefault(words[0], []).append((words, e))
    if not by_first:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for t in doc:
        if t.lower_ not in by_first or t.i in taken or t.i + 1 >= len(doc) or doc[t.i + 1].text not in JOINING_HYPHENS:
            continue
        for words, e in by_first[t.lower_]:
            end = t.i + 2 * len(words) - 1
            part = list(doc[t.i:end])
            if end > len(doc) or any(j in taken for j in range(t.i, end)) or any(
                    h.text not in JOINING_HYPHENS or h.whitespace_ or doc[h.i - 1].whitespace_ for h in part[1::2]):
                continue
            if tuple(w.lower_ for w in part[::2]) == words:
                out.append(Span(doc, t.i, end, label=e.label_, kb_id=e.kb_id_))
                taken.update(range(t.i, end))
                break
    return out


def joined_person_halves(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Abd Rabbu' + 'Mansour Hadi': two person names the model cut from one, side by side with nothing between
    and the first parsed as part of the second, are one name."""
    out: list[Span] = []
    for span in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == span.label_ == "PERSON" and last.end == span.start \
                and doc[last.end - 1].whitespace_ and doc[last.end - 1].dep_ in {"compound", "flat"} \
                and span.start <= doc[last.end - 1].head.i < span.end:
            out[-1] = Span(doc, last.start, span.end, label="PERSON", kb_id=last.kb_id_ or span.kb_id_)
        else:
            out.append(span)
    return out


def cut_off_at_end(doc: Doc, ents: list[Span], *, is_headline, text: str | None = None) -> list[Span]:
    """Excerpts are sometimes cut mid-word ('... Trump reportedly W'): a name that takes in the last word
    of a text ending mid-sentence is dropped unless the gazetteer knows it or the text names it elsewhere.
    `text` is the document's text, when the caller has it (Doc.text re-joins every token)."""
    whole = doc.text if text is None else text
    text = whole.rstrip()
    if not text or text.endswith(FINAL_PUNCTUATION) or not ents:
        return ents
    last = next((doc[i] for i in range(len(doc) - 1, -1, -1) if not doc[i].is_space), None)
    if last is None:
        return ents
    start = last.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1  # the last sentence, found from the end (Token.sent scans the whole document)
    sentence = doc[start:last.i + 1]
    if is_headline(sentence) or sum(1 for t in sentence if t.is_alpha) < 6:
        return ents  # a headline or a caption, not a paragraph cut short
    out = []
    for e in ents:
        if e.start <= last.i < e.end and not e.kb_id_ and \
                len(re.findall(rf"(?<!\w){re.escape(e.text)}(?!\w)", whole)) < 2:
            continue
        out.append(e)
    return out


def titled_names(doc: Doc, ents: list[Span], title_words: frozenset[str], lex: NameLexicon, *,
                 is_headline) -> list[Span]:
    """'South African Maj Gen Monwabisi Dyakopu', 'President Ruto': up to three capitalised proper nouns
    right after a title, which the model left untyped, are a person's name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    generic = lex.generic_words
    out: list[Span] = []
    for t in doc:
        if _word(t) not in title_words or t.i + 1 >= len(doc) or _word(doc[t.i + 1]) in title_words \
                or (t.i + 1 < len(doc) and doc[t.i + 1].text == "."):
            continue
        j = k = t.i + 1
        while k < len(doc) and k not in taken and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].is_alpha \
                and _word(doc[k]) not in title_words and doc[k].ent_type_ in {"", "PERSON"}:
            k += 1
        if 1 <= k - j <= 3 and (k == len(doc) or doc[k].pos_ != "PROPN") and not is_headline(doc[j].sent) \
                and not any(_word(w) in generic for w in doc[j:k]):  # "General Staff Headquarters"
            out.append(Span(doc, j, k, label="PERSON"))
            taken.update(range(j, k))
    return out


def listed_names(doc: Doc, ents: list[Span], title_words: frozenset[str]) -> list[Span]:
    """'carmakers including BYD, Geely and SAIC': proper nouns coordinated with an organisation's or a person's
    name, which the model left untyped, are names of the same kind."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in (e for e in ents if e.label_ in {"ORG", "PERSON"}):
        for conj in ent.root.conjuncts:
            start = min([conj.i, *(c.i for c in conj.children if c.dep_ in {"compound", "flat"})])
            words = doc[start:conj.i + 1]
            if any(i in taken for i in range(start, conj.i + 1)) or not all(
                    w.pos_ == "PROPN" and (w.is_title or w.is_upper) and w.is_alpha and _word(w) not in title_words
                    for w in words):  # "X and Ukrainian President Y": a title is no name
                continue
            out.append(Span(doc, start, conj.i + 1, label=ent.label_))
            taken.update(range(start, conj.i + 1))
    return out

