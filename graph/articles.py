"""Articles kept in memory between requests, for the sentences evidence shows.

An article never changes once stored (its id is the hash of its text, and nothing updates or deletes it), so
its title, url, text and sentence offsets can be kept as long as there is room: what is kept never goes stale.
A page of evidence then cuts its sentences out of texts in memory instead of looking up each sentence's
offsets and reading its article's text from the store (two index searches and a few kB of overflow pages for
150 characters, once per sentence shown). The 10,000 articles of the benchmark store hold 42 MB of text.
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections import OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

DEFAULT_SIZE = 96_000_000  # about this many bytes of texts, titles, urls and offsets are kept
CHUNK = 500  # articles per statement


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    url: str
    text: str
    bounds: array  # start, end of sentence 0, start, end of sentence 1, ... (-1 for one not stored)

    def sentence(self, idx: int) -> tuple[str, int, int] | None:
        """The text of one sentence, whitespace runs made single spaces, with its offsets; None if unknown."""
        if not 0 <= idx < len(self.bounds) // 2 or self.bounds[2 * idx] < 0:
            return None
        start, end = self.bounds[2 * idx], self.bounds[2 * idx + 1]
        return " ".join(self.text[start:end].split()), start, end

    @property
    def size(self) -> int:
        return len(self.title) + len(self.url) + len(self.text) + self.bounds.itemsize * len(self.bounds)


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
            out[doc_id] = Article(title, url or "", text, bounds.get(doc_id, array("q")))
    return out


def _bounds(numbers: str) -> array:
    """Start and end of each sentence in turn, from 'idx start end ...' in any order (-1 for a number missing)."""
    triples = list(map(int, numbers.split()))
    count = len(triples) // 3
    if triples[0::3] == list(range(count)):  # as stored: every sentence, in order
        del triples[0::3]
        return array("q", triples)
    out = array("q", [-1]) * (2 * (max(triples[0::3]) + 1))
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

    def articles(self, conn: sqlite3.Connection, doc_ids: Collection[str]) -> dict[str, Article]:
        """These articles: those kept, the others read from `conn` and kept."""
        found = self.get(doc_ids)
        read = read_articles(conn, set(doc_ids) - found.keys())
        self.put(read)
        return found | read
