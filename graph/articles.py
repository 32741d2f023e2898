"""Articles kept in memory between requests, for the sentences evidence shows.

An article never changes once stored (its id is the hash of its text, and nothing updates or deletes it), so
its title, url and sentences can be kept as long as there is room: what is kept never goes stale. A page of
evidence then takes its sentences from memory instead of looking up each sentence's offsets and reading its
article's text from the store (two index searches and a few kB of overflow pages for 150 characters, once per
sentence shown). Each sentence is kept as evidence shows it (whitespace runs made single spaces), made once
when its article is read, not each time it is shown. The 10,000 articles of the benchmark store hold 42 MB of
text.
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections import OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

DEFAULT_SIZE = 96_000_000  # about this many bytes of titles, urls, sentences and offsets are kept
CHUNK = 500  # articles per statement
MISSING = -1  # the offsets of a sentence the store does not hold


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    url: str
    sentences: str  # the text of every sentence, whitespace runs made single spaces, one after the other
    cuts: array  # per sentence: where it starts and ends in `sentences`, then in the article's text

    @classmethod
    def of(cls, title: str, url: str, text: str, bounds: array) -> Article:
        """An article from its text and the start and end of each sentence in it (-1, -1 for one not stored)."""
        parts: list[str] = []
        cuts = array("i")
        at = 0
        for start, end in zip(bounds[0::2], bounds[1::2], strict=True):
            sentence = " ".join(text[start:end].split()) if start != MISSING else ""
            parts.append(sentence)
            cuts.extend((at, at + len(sentence), start, end))
            at += len(sentence)
        return cls(title, url, "".join(parts), cuts)

    def sentence(self, idx: int) -> tuple[str, int, int] | None:
        """The text of one sentence, whitespace runs made single spaces, with its offsets; None if unknown."""
        cuts = self.cuts
        if not 0 <= idx < len(cuts) // 4 or cuts[4 * idx + 2] == MISSING:
            return None
        at = 4 * idx
        return self.sentences[cuts[at]:cuts[at + 1]], cuts[at + 2], cuts[at + 3]

    @property
    def size(self) -> int:
        return len(self.title) + len(self.url) + len(self.sentences) + self.cuts.itemsize * len(self.cuts)


def read_articles(conn: sqlite3.Connection, doc_ids: Collection[str]) -> dict[str, Article]:
    """These articles as the store holds them (those it does not are left out)."""
    out = {}
    ids = sorted(doc_ids)
    for chunk in (ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)):
        marks = ",".join("?" * len(chunk))
        bounds = {doc_id: _bounds(numbers) for doc_id, numbers in conn.execute(
            f"SELECT doc_id, group_concat(idx || ' ' || start || ' ' || \"end\", ' ') FROM sentences "
            f"WHERE doc_id IN ({marks}) GROUP BY doc_id", chunk)}
        for doc_id, title, url, text in conn.execute(
                f"SELECT doc_id, title, url, text FROM documents WHERE doc_id IN ({marks})", chunk):
            out[doc_id] = Article.of(title, url or "", text, bounds.get(doc_id, array("q")))
    return out


def _bounds(numbers: str) -> array:
    """Start and end of each sentence in turn, from 'idx start end ...' in any order (-1 for a number missing)."""
    triples = list(map(int, numbers.split()))
    count = len(triples) // 3
    if triples[0::3] == list(range(count)):  # as stored: every sentence, in order
        del triples[0::3]
        return array("q", triples)
    out = array("q", [MISSING]) * (2 * (max(triples[0::3]) + 1))
    for idx, start, end in zip(triples[0::3], triples[1::3], triples[2::3], strict=True):
        out[2 * idx], out[2 * idx + 1] = start, end
    return out


class ArticleCache:
    """A least-recently-used map from doc_id to `Article`, bounded by the bytes its articles hold."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[str, Article] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()

    def get(self, doc_ids: Iterable[str]) -> dict[str, Article]:
        found = {}
        with self._lock:
            for doc_id in doc_ids:
                value = self._items.get(doc_id)
                if value is not None:
                    self._items.move_to_end(doc_id)
                    found[doc_id] = value
        return found

    def put(self, items: dict[str, Article]) -> None:
        with self._lock:
            for doc_id, article in items.items():
                old = self._items.pop(doc_id, None)
                if old is not None:
                    self._held -= old.size
                self._items[doc_id] = article
                self._held += article.size
            while self._held > self.size and self._items:
                _, dropped = self._items.popitem(last=False)
                self._held -= dropped.size

    @property
    def held(self) -> int:
        """Bytes held now (text counted a byte a character)."""
        return self._held

    def fill(self, conn: sqlite3.Connection) -> None:
        """Read articles in the store's order until the cache is full or holds them all, so that the first
        requests find them here."""
        ids = [doc_id for (doc_id,) in conn.execute("SELECT doc_id FROM documents ORDER BY rowid")]
        for at in range(0, len(ids), CHUNK):
            if self._held >= self.size:
                return
            with self._lock:
                missing = [doc_id for doc_id in ids[at:at + CHUNK] if doc_id not in self._items]
            self.put(read_articles(conn, missing))

    def articles(self, conn: sqlite3.Connection, doc_ids: Collection[str]) -> dict[str, Article]:
        """These articles: those kept, the others read from `conn` and kept."""
        found = self.get(doc_ids)
        read = read_articles(conn, set(doc_ids) - found.keys())
        self.put(read)
        return found | read
