"""Hand-made records for tests that must not depend on a trained model."""

from __future__ import annotations

import re

from nlp.readers import Article, make_article
from nlp.records import Extraction, Mention, Relation, Sentence


class Counted:
    """Iterates over `items`, counting how many have been taken so far (to check read-ahead bounds)."""

    def __init__(self, items: list) -> None:
        self.items = items
        self.taken = 0

    def __iter__(self):
        for item in self.items:
            self.taken += 1
            yield item


def article(text: str, *, title: str = "T", date: str | None = "2025-03-27", url: str | None = None) -> Article:
    result = make_article(text, source="test", title=title, date=date, url=url)
    assert isinstance(result, Article)
    return result


def extraction(text: str, entities: list[tuple[str, str, str]],
               relations: list[tuple[int, str, int]] = (), *, role: str = "",
               name_evidence: list[tuple[int, str, int, str]] = ()) -> Extraction:
    """Sentences split on '. '; entities are (surface, label, kb_id) found in order of appearance;
    relations are (source entity index, relation, target entity index); name evidence is
    (source, 'alias_of' or 'typed_as', target, type)."""
    ex = Extraction(n_tokens=len(text.split()))
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    for i, (s, e) in enumerate(bounds):
        ex.sentences.append(Sentence(i, s, e, i, False))
    pos = 0
    for idx, (surface, label, kb) in enumerate(entities):
        start = text.index(surface, pos)
        pos = start + len(surface)
        sent = next(i for i, (s, e) in enumerate(bounds) if s <= start < e)
        ex.mentions.append(Mention(idx, sent, start, start + len(surface), surface, label, kb))
    for source, rel, target in relations:
        ex.relations.append(Relation(source, target, rel, ex.mentions[source].sent, cue="test",
                                     role=role if rel == "affiliated_with" else ""))
    for source, rel, target, kind in name_evidence:
        ex.name_evidence.append(Relation(source, target, rel, ex.mentions[source].sent, role=kind))
    return ex
