"""Build parsed spaCy Docs by hand, so rule tests do not depend on a trained model's output."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from nlp.extract import extract
from nlp.records import Extraction


@lru_cache(maxsize=1)
def english_vocab() -> Vocab:
    return spacy.blank("en").vocab


def parsed(rows: str, ents: list[tuple[str, str, str]] = ()) -> Doc:
    """`rows`: one token per line, 'word POS dep head-index' or 'word POS/TAG dep head-index' (head index
    0-based; ROOT points at itself); the word '<para>' is a paragraph break. `ents`: (surface, label, kb_id),
    matched left to right on whole tokens."""
    words, pos, tags, deps, heads = [], [], [], [], []
    for line in filter(str.strip, rows.strip().splitlines()):
        word, p, dep, head = line.split()
        p, _, tag = p.partition("/")
        words.append("\n\n" if word == "<para>" else word)
        pos.append(p)
        tags.append(tag or p)
        deps.append(dep)
        heads.append(int(head))
    spaces = [not ((i + 1 < len(words) and words[i + 1] in {".", ",", "’s", "'s", ":", "’", "?", "-", "\n\n"})
                   or words[i] in {"-", "\n\n"}) for i in range(len(words))]
    doc = Doc(english_vocab(), words=words, spaces=spaces, pos=pos, tags=tags, deps=deps, heads=heads)
    spans, cursor = [], 0
    for surface, label, kb in ents:
        for i, n in ((a, n) for a in range(cursor, len(doc)) for n in range(1, len(doc) - a + 1)):
            if doc[i:i + n].text == surface:  # 'VLA-IO' is three tokens written as one word
                spans.append(Span(doc, i, i + n, label=label, kb_id=kb))
                cursor = i + n
                break
        else:
            raise ValueError(f"{surface!r} not found")
    doc.ents = spans
    return doc


INVENTED_STATES = {"Doravia": "STATE:XD", "Norland": "STATE:XN", "Castria": "STATE:XC", "Pellia": "STATE:XP"}


def invented_states(*names: str) -> list[tuple[str, str, str]]:
    """Entity rows for the invented states, in the order they are named in a test's sentence."""
    return [(n, "STATE", INVENTED_STATES[n]) for n in names]


def relations(doc: Doc, data_dir: str) -> set[tuple[str, str, str]]:
    ex: Extraction = extract(doc, data_dir=data_dir)
    return {(ex.mentions[r.source].text, r.relation, ex.mentions[r.target].text) for r in ex.relations}


def relation_records(doc: Doc, data_dir: str) -> Extraction:
    return extract(doc, data_dir=data_dir)


# "Chile put forward a draft resolution, and Peru voted against the resolution, but a similar resolution failed."
MEASURE_ROWS = """
    Chile PROPN/NNP nsubj 1
    put VERB/VBD ROOT 1
    forward ADP/RP prt 1
    a DET/DT det 5
    draft NOUN/NN compound 5
    resolution NOUN/NN dobj 1
    , PUNCT/, punct 1
    and CCONJ/CC cc 1
    Peru PROPN/NNP nsubj 9
    voted VERB/VBD conj 1
    against ADP/IN prep 9
    the DET/DT det 12
    resolution NOUN/NN pobj 10
    , PUNCT/, punct 9
    but CCONJ/CC cc 9
    a DET/DT det 17
    similar ADJ/JJ amod 17
    resolution NOUN/NN nsubj 18
    failed VERB/VBD conj 9
    . PUNCT/. punct 9
"""


# "The UN, Doravia, the Union and Norland ...": a list of bodies and states parsed with Doravia as the UN's
# apposition and the rest joined to Doravia (tokens 0-8)
MIXED_LIST_ENTS = [("UN", "ORG", "ORG:United Nations"), ("Doravia", "STATE", "STATE:XD"),
                   ("Union", "ORG", "ORG:Southern Union"), ("Norland", "STATE", "STATE:XN")]


def mixed_list(verb: int) -> str:
    """The list's rows, the UN hung as the subject of the verb at index `verb`."""
    return f"""
    The DET/DT det 1
    UN PROPN/NNP nsubj {verb}
    , PUNCT/, punct 1
    Doravia PROPN/NNP appos 1
    , PUNCT/, punct 3
    the DET/DT det 6
    Union PROPN/NNP conj 3
    and CCONJ/CC cc 6
    Norland PROPN/NNP conj 6
    """
