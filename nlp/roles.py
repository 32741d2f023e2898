"""Roles: affiliations from titles and appositions, and role descriptions as mentions.

"French President Emmanuel Macron", "NATO chief Mark Rutte", "Venezuela's leader Nicolas Maduro" and
"António Costa, the president of the European Council" give `affiliated_with` edges with a role.
"the prime minister" or "the Russian leader" without a name become ROLE mentions, resolved to a person
when the graph is built (see nlp.canon.resolve_roles).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp.discourse import Discourse
from nlp.records import Mention, Relation

ORG_LIKE = ("STATE", "ORG")


def _is_org_like(m: Mention) -> bool:
    return m.label in ORG_LIKE or m.kb_id.startswith(("CAPITAL:", "SEAT:"))


def role_words(d: Discourse) -> tuple[frozenset[str], frozenset[str]]:
    roles = d.lex.raw["roles"]
    return frozenset(roles["heads"]), frozenset(roles["modifiers"])


def affiliations(d: Discourse) -> Iterator[Relation]:
    heads, modifiers = role_words(d)
    doc = d.doc
    seen: set[tuple[int, int]] = set()
    for m in d.mentions:
        if m.label != "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        found = _title_before(d, span.start, heads, modifiers) or _apposition(d, span.root, heads)
        if found and (m.idx, found[0]) not in seen:
            seen.add((m.idx, found[0]))
            org, role = found
            yield Relation(m.idx, org, "affiliated_with", d.sent_of_token[span.start], cue=role, role=role)


def _title_before(d: Discourse, start: int, heads: frozenset[str], modifiers: frozenset[str]):
    doc = d.doc
    words: list[Token] = []
    i = start - 1
    while i >= 0:
        t = doc[i]
        low = t.lower_
        if i in d.token_mention:
            m = d.mentions[d.token_mention[i]]
            if _is_org_like(m) and words:
                return _finish(m.idx, words, heads)
            return None
        if low in {"'s", "’s"} and i - 1 in d.token_mention:
            m = d.mentions[d.token_mention[i - 1]]
            if _is_org_like(m) and words:
                return _finish(m.idx, words, heads)
            return None
        if low in heads or low in modifiers or (t.is_title and low in {"state", "staff", "defence", "defense"}):
            words.insert(0, t)
            i -= 1
            continue
        return None
    return None


def _finish(org: int, words: list[Token], heads: frozenset[str]):
    lows = [w.lower_ for w in words]
    if not any(w in heads for w in lows) or "former" in lows or lows[-1] in {"of"}:
        return None
    return org, " ".join(w.text for w in words)


def _apposition(d: Discourse, root: Token, heads: frozenset[str]):
    pairs = [(root, c) for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        pairs.append((root, root.head))
    for _, role in pairs:
        if role.lower_ not in heads or (role.i in d.token_mention and d.mentions[d.token_mention[role.i]].label
                                        != "ROLE"):
            continue
        for child in role.children:
            targets: list[Token] = []
            if child.dep_ == "prep" and child.lower_ == "of":
                targets = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in {"poss", "compound", "amod"}:
                targets = [child]
            for t in targets:
                if t.i not in d.token_mention:
                    continue
                target = d.mentions[d.token_mention[t.i]]
                # "Trump's special envoy": the patron's side, settled when the graph is built
                if _is_org_like(target) or (child.dep_ == "poss" and target.label in {"PERSON", "ORG"}):
                    mods = [c.text for c in role.children if c.dep_ in {"amod", "compound"}
                            and c.i not in d.token_mention]
                    return d.token_mention[t.i], " ".join([*mods, role.text])
    return None


def role_mentions(doc: Doc, d: Discourse, first_idx: int) -> list[tuple[Mention, set[int]]]:
    """'the prime minister', 'the Russian leader', 'Ukraine's president' (no name given) as ROLE mentions.
    The qualifying state or body, if any, goes in kb_id."""
    heads, modifiers = role_words(d)
    out: list[tuple[Mention, set[int]]] = []
    sent_of_token = d.sent_of_token
    idx = first_idx
    for t in doc:
        if t.lower_ not in heads or t.i in d.token_mention or t.pos_ not in {"NOUN", "PROPN"} or t.tag_ in {
                "NNS", "NNPS"}:
            continue
        if t.lower_ in {"prime", "deputy"}:
            continue
        children = list(t.children)
        if t.dep_ == "appos" and t.head.i in d.token_mention:
            continue  # 'António Costa, the president of ...': an apposition, not a description
        if any(c.dep_ in {"appos", "compound", "flat"} and c.i in d.token_mention and
               d.mentions[d.token_mention[c.i]].label == "PERSON" for c in children):
            continue  # 'President Macron': a title, not a description
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.i in d.token_mention and d.mentions[d.token_mention[nxt.i]].label == "PERSON":
            continue
        det = [c for c in children if c.dep_ == "det" and c.lower_ == "the"]
        poss = [c for c in children if c.dep_ == "poss" and c.i in d.token_mention]
        if not det and not poss:
            continue
        qualifier = ""
        start = t.i
        qualifier_tokens: set[int] = set()
        for c in sorted(children, key=lambda c: c.i):
            if c.i < t.i and c.dep_ in {"amod", "compound", "nmod", "poss"}:
                if c.i in d.token_mention and _is_org_like(d.mentions[d.token_mention[c.i]]):
                    qualifier = d.mentions[d.token_mention[c.i]].kb_id or qualifier
                    qualifier_tokens.update(range(c.left_edge.i, c.right_edge.i + 1))
                elif c.lower_ in modifiers or c.lower_ in heads:
                    start = min(start, c.i)
        span = doc[start: t.i + 1]  # the role words only; the qualifying state goes in kb_id
        role = Mention(idx, sent_of_token[t.i], span.start_char, span.end_char, span.text, "ROLE", qualifier)
        out.append((role, qualifier_tokens))
        idx += 1
    return out
