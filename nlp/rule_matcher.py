"""A faster matcher for the trained model's attribute ruler, with the same matches.

The English pipelines' `attribute_ruler` maps tags to coarse parts of speech and fixes a few words ("n't",
"gonna") with about 180 patterns of one or two tokens that test only TAG, LOWER, DEP and IS_SPACE. spaCy's
general `Matcher` steps every pattern over every token, which costs about as much as the parser. Here the
patterns are indexed by a value their first token must have (its tag, word or dependency), and each token
is tested only against the patterns that can start on it, on the integer ids `Doc.to_array` gives.
`install` swaps it in only when every pattern uses what it reproduces (equality, IN, NOT_IN, REGEX on those
four attributes; no operators, extensions or other attributes); otherwise the ruler keeps spaCy's matcher.
The ruler itself still sorts the matches and sets the attributes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # attribute -> column of Doc.to_array(COLUMNS)
COLUMNS = [TAG, LOWER, DEP, IS_SPACE]

Tests = tuple[tuple[int, Callable[[int], bool]], ...]  # (column, test) for one token of a pattern


class Unsupported(ValueError):
    """A pattern uses a feature this matcher does not reproduce."""


class _Ids:
    """Pattern values as the integers `Doc.to_array` holds: string ids, and 0/1 for IS_SPACE."""

    def __init__(self, strings: StringStore) -> None:
        self.strings = strings

    def of(self, attr: str, value: Any) -> int:
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                raise Unsupported(f"IS_SPACE {value!r}")
            return int(value)
        if not isinstance(value, str):
            raise Unsupported(f"{attr} {value!r}")
        return self.strings.add(value) if value else 0

    def test(self, attr: str, value: Any) -> tuple[int, Callable[[int], bool]]:
        if attr not in FIELDS:
            raise Unsupported(attr)
        column = FIELDS[attr]
        if not isinstance(value, dict):
            wanted = self.of(attr, value)
            return column, lambda v: v == wanted
        if len(value) != 1:
            raise Unsupported(str(value))
        ((op, arg),) = value.items()
        if op == "IN":
            return column, frozenset(self.of(attr, v) for v in arg).__contains__
        if op == "NOT_IN":
            excluded = frozenset(self.of(attr, v) for v in arg)
            return column, lambda v: v not in excluded
        if op == "REGEX" and isinstance(arg, str) and attr != "IS_SPACE":
            search, strings = re.compile(arg).search, self.strings
            return column, functools.lru_cache(maxsize=65536)(lambda v: search(strings[v] if v else "") is not None)
        raise Unsupported(op)

    def anchors(self, spec: dict) -> list[tuple[int, int]]:
        """(column, id) entries under which a first token is indexed: the value one of its attributes must
        have, or the values of an IN; none when every test is a NOT_IN or a REGEX."""
        for attr in ("TAG", "LOWER", "DEP", "IS_SPACE"):
            value = spec.get(attr)
            if isinstance(value, (str, bool)):
                return [(FIELDS[attr], self.of(attr, value))]
            if isinstance(value, dict) and set(value) == {"IN"}:
                return [(FIELDS[attr], self.of(attr, v)) for v in value["IN"]]
        return []


class RuleMatcher:
    """Called as the attribute ruler calls its Matcher, `matcher(doc, allow_missing=True, as_spans=False)`:
    (match_id, start, end) for every pattern and every place it matches, each once."""

    def __init__(self, patterns: list[tuple[int, list[dict]]], strings: StringStore, fallback: Any) -> None:
        self._fallback = fallback  # spaCy's matcher: `get`, `len`, and any call for spans or alignments
        ids = _Ids(strings)
        # one-token patterns of literal TAG and LOWER only, looked up by (tag, word), (tag, 0) and (0, word)
        self._exact: dict[tuple[int, int], list[int]] = {}
        self._by_value: dict[tuple[int, int], list[tuple[int, tuple[Tests, ...]]]] = {}
        self._anywhere: list[tuple[int, tuple[Tests, ...]]] = []
        for key, tokens in patterns:
            if not tokens or not all(isinstance(spec, dict) and spec for spec in tokens):
                raise Unsupported(str(tokens))
            first = tokens[0]
            if len(tokens) == 1 and set(first) <= {"TAG", "LOWER"} and all(
                    isinstance(v, str) and v for v in first.values()):
                where = (ids.of("TAG", first.get("TAG", "")), ids.of("LOWER", first.get("LOWER", "")))
                self._exact.setdefault(where, []).append(key)
                continue
            entry = (key, tuple(tuple(ids.test(attr, value) for attr, value in spec.items()) for spec in tokens))
            anchors = ids.anchors(first)
            if not anchors:
                self._anywhere.append(entry)
            for anchor in anchors:
                self._by_value.setdefault(anchor, []).append(entry)

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False,
                 with_alignments: bool = False) -> list[tuple[int, int, int]]:
        if as_spans or with_alignments or not len(doc):
            return self._fallback(doc, allow_missing=allow_missing, as_spans=as_spans,
                                  with_alignments=with_alignments)
        rows = doc.to_array(COLUMNS).tolist()
        n = len(rows)
        exact, by_value, anywhere = self._exact, self._by_value, self._anywhere
        found: list[tuple[int, int, int]] = []
        for start, row in enumerate(rows):
            tag, lower = row[0], row[1]
            for where in ((tag, lower), (tag, 0), (0, lower)):
                for key in exact.get(where, ()):
                    found.append((key, start, start + 1))
            candidates = [*by_value.get((0, tag), ()), *by_value.get((1, lower), ()),
                          *by_value.get((2, row[2]), ()), *by_value.get((3, row[3]), ()), *anywhere]
            for key, tokens in candidates:
                end = start + len(tokens)
                if end <= n and all(test(rows[start + k][column]) for k, tests in enumerate(tokens)
                                    for column, test in tests):
                    found.append((key, start, end))
        return list(dict.fromkeys(found))  # each match once, as spaCy's matcher gives it

    def get(self, key: Any, default: Any = None) -> Any:
        return self._fallback.get(key, default)

    def __len__(self) -> int:
        return len(self._fallback)


def install(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the faster matcher, when all its patterns allow it."""
    if name not in nlp.component_names:
        return False
    ruler = nlp.get_pipe(name)
    matcher = getattr(ruler, "matcher", None)
    if matcher is None or isinstance(matcher, RuleMatcher) or not hasattr(ruler, "attrs"):
        return False
    strings = nlp.vocab.strings
    patterns = []
    for i in range(len(ruler.attrs)):
        found = matcher.get(str(i))
        if found is None:
            return False
        patterns.extend((strings[str(i)], list(tokens)) for tokens in found[1])
    try:
        ruler.matcher = RuleMatcher(patterns, strings, matcher)
    except Unsupported:
        return False
    return True
