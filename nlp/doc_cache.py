"""A Doc's tokens and text, made once and shared by the components and rules that walk it.

spaCy creates a new `Token` object at every step of every pass over a `Doc`, and `Doc.text` joins every
token's text each time it is read; over the twenty-odd passes the extraction makes, that costs more than the
passes' own work. The tokens are views of the Doc's arrays, so tags, heads and entities set after they were
made still show. A Doc whose length changed (retokenized) gets a new list.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_DOCS = 256  # more than a parse batch, so the components of one batch share each Doc's list

_cache: dict[int, tuple[Doc, list[Token], list[str]]] = {}
_lock = threading.Lock()


def _entry(doc: Doc) -> tuple[Doc, list[Token], list[str]]:
    hit = _cache.get(id(doc))
    if hit is not None and hit[0] is doc and len(hit[1]) == len(doc):
        return hit
    entry = (doc, list(doc), [])
    with _lock:
        while len(_cache) >= MAX_DOCS:
            _cache.pop(next(iter(_cache)))
        _cache[id(doc)] = entry
    return entry


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens, in order (do not modify the list)."""
    return _entry(doc)[1]


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once."""
    texts = _entry(doc)[2]
    if not texts:
        texts.append(doc.text)
    return texts[0]


def forget(doc: Doc) -> None:
    """Drop the Doc's entry (when the extraction is done with it)."""
    with _lock:
        hit = _cache.get(id(doc))
        if hit is not None and hit[0] is doc:
            del _cache[id(doc)]
