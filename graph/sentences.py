"""Evidence sentences kept in memory between requests.

An article never changes once stored (its id is the hash of its text, and nothing updates or deletes it), so
a sentence of it, with its offsets and its article's title and url, can be kept as long as there is room:
what is kept never goes stale. Reading one from the store costs a few lookups and a slice of the article's
text; the edges most asked about share their first sentences, so most pages find theirs here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

Key = tuple[str, int]  # (doc_id, sentence index)
Sentence = tuple[str, int, int, str, str]  # (text, start, end, title, url)
DEFAULT_SIZE = 200_000  # sentences (about 300 bytes each)


class SentenceCache:
    """A bounded least-recently-used map from (doc_id, sentence) to the sentence as evidence shows it."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[Key, Sentence] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, keys: Iterable[Key]) -> dict[Key, Sentence]:
        found = {}
        with self._lock:
            for key in keys:
                value = self._items.get(key)
                if value is not None:
                    self._items.move_to_end(key)
                    found[key] = value
        return found

    def put(self, items: dict[Key, Sentence]) -> None:
        with self._lock:
            self._items.update(items)
            for key in items:
                self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
