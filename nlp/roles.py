"""Roles: affiliations from titles and appositions, and role descriptions as mentions.

"French President Emmanuel Macron", "NATO chief Mark Rutte", "Venezuela's leader Nicolas Maduro" and
"António Costa, the president of the European Council" give `affiliated_with` edges with a role.
"the prime minister" or "the Russian leader" without a name become ROLE mentions, resolved to a person
when the graph is built (see nlp.canon.resolve_roles).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from nlp.discourse import Discourse
from nlp.names import hyphen_prefix
from nlp.records import Mention, Relation

ORG_LIKE = ("STATE", "ORG")


def _is_org_like(m: Mention) -> bool:
    return m.label in ORG_LIKE or m.kb_id.startswith(("CAPITAL:", "SEAT:"))


def role_words(d: Discourse) -> tuple[frozenset[str], frozenset[str]]:
    return d.role_heads, frozenset(d.lex.raw["roles"]["modifiers"])


def affiliations(d: Discourse) -> Iterator[Relation]:
    heads, modifiers = role_words(d)
    doc = d.doc
    seen: set[tuple[int, int]] = set()
    titled: list[tuple[Mention, str, bool]] = []  # (person, title, whether a state or body was named with it)
    by_end: dict[int, int] = {}  # token after a tied person's name -> the org they act for
    for m in d.mentions:
        if m.label == "ROLE" or d._kind(m.idx) != "PERSON":  # the article's evidence first ("Field Marshal X")
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        org, words = _title_before(d, span.start, heads, modifiers)
        found = (_finish(d, org, words, heads) if words else (org, _title_inside(span, heads, modifiers))) \
            if org is not None else None
        found = found or _apposition(d, span.root, heads) or _shared_org(d, words, heads, by_end)
        if found and (m.idx, found[0]) not in seen:
            seen.add((m.idx, found[0]))
            org, role = found
            by_end[span.end] = org
            yield Relation(m.idx, org, "affiliated_with", d.sent_of_token[span.start], cue=role, role=role)
        if words and any(w.lower_ in heads for w in words):
            titled.append((m, " ".join(w.text for w in words), found is not None))
    yield from _tied_by_description(d, titled)


def _title_inside(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str:
    """'Jordan's King Abdullah', the title inside the model's name span: 'King'; '' when the span opens with none."""
    words = []
    for t in span[:-1]:
        if t.lower_ not in heads and t.lower_ not in modifiers:
            break
        words.append(t)
    while words and words[-1].lower_ not in heads:
        words.pop()
    return " ".join(t.text for t in words)


def _shared_org(d: Discourse, words: list[Token], heads: frozenset[str], by_end: dict[int, int]):
    """'Wagner founder X and commander Y': the second title shares the first one's organisation; a capitalised
    title names an office of its own ('his Turkish counterpart X and Secretary-General Y')."""
    if not words or not any(w.lower_ in heads for w in words) or words[0].i < 1 or any(w.is_title for w in words):
        return None
    joint = d.doc[words[0].i - 1]
    if joint.lower_ not in {"and", ","} or joint.i not in by_end:
        return None
    return by_end[joint.i], " ".join(w.text for w in words)


def _tied_by_description(d: Discourse, titled: list[tuple[Mention, str, bool]]) -> Iterator[Relation]:
    """'Foreign Minister X said ... The Hungarian minister also complained': the description names the state
    of the one person in the article with that title, when no state was named beside it."""
    for role in (m for m in d.mentions if m.label == "ROLE" and m.kb_id):
        key = role.text.lower().split()[-1]
        fitting = {m.text.split()[-1]: (m, title, tied) for m, title, tied in titled
                   if title.lower().split()[-1] == key}
        if len(fitting) > 1:  # "Georgia's interior minister" is the Interior Minister, not the Deputy Minister
            fitting = {k: v for k, v in fitting.items() if v[1].lower() == role.text.lower()}
        qualifier = next((q for q in d.mentions if q.kb_id == role.kb_id and q.label != "ROLE"
                          and abs(q.start - role.start) < 40), None)
        if len(fitting) == 1 and qualifier is not None:
            person, title, tied = next(iter(fitting.values()))
            if not tied:
                yield Relation(person.idx, qualifier.idx, "affiliated_with", role.sent, cue=title, role=title)


def _title_before(d: Discourse, start: int, heads: frozenset[str], modifiers: frozenset[str]
                  ) -> tuple[int | None, list[Token]]:
    """The title words right before a name, and the state or body named before them, if any."""
    doc = d.doc
    words: list[Token] = []
    i = start - 1
    abbreviations = d.lex.raw["roles"]["abbreviations"]
    while i >= 0:
        t = doc[i]
        low = _title_word(t, abbreviations)
        opening = _named_in_brackets(d, i)
        if opening is not None and words:
            i = opening - 1  # "United Kingdom (UK) Foreign Secretary X": the name before its bracketed short form
            continue
        if t.text == "," and not words and i - 1 in d.token_mention:
            m = d.mentions[d.token_mention[i - 1]]
            if _is_org_like(m):  # "the Prime Minister of the Bahamas, X": the title set off by a comma
                return _title_of(d, d.mention_token.get(m.idx, i - 1), m.idx, heads, modifiers)
        if i in d.token_mention:
            m = d.mentions[d.token_mention[i]]
            if is_leaning(doc, i):
                return None, words  # "pro-China leader X" leans to China, is not China's
            if m.label == "ORG" and words:  # "Russia's UN Ambassador X", "China's Deputy UN Ambassador X"
                j = d.mention_token.get(m.idx, i) - 1
                while j > 0 and _title_word(doc[j], abbreviations) in heads | modifiers:
                    j -= 1
                if j > 0 and doc[j].lower_ in {"'s", "’s"} and j - 1 in d.token_mention:
                    state = d.mentions[d.token_mention[j - 1]]
                    if state.label == "STATE":
                        return state.idx, words
            first = d.mention_token.get(m.idx, i)
            if not words and _is_org_like(m) and first >= 2 and doc[first - 1].lower_ == "to" \
                    and _title_word(doc[first - 2], abbreviations) in ENVOYS:
                words, i = list(doc[first - 1: i + 1]), first - 2  # "US Ambassador to Germany X": the US's
                continue
            if not words and _is_org_like(m):  # "the Prime Minister of the United Kingdom X"
                return _title_of(d, first, m.idx, heads, modifiers)
            if words and m.label == "PLACE" and not _is_org_like(m):
                words, i = list(doc[first: i + 1]) + words, first - 1  # "US Middle East Special Envoy X"
                continue
            if m.label == "STATE" and first > 0 and first - 1 in d.token_mention \
                    and d.mentions[d.token_mention[first - 1]].label == "STATE":
                return None, words  # "Bosnian Serb leader X": the second names a people within the first
            return (m.idx if _is_org_like(m) and words else None), words
        if low in {"'s", "’s"} and i > 1 and doc[i - 1].lower_ in STATE_NOUNS and doc[i - 2].lower_ == "the":
            owner = _last_state(d, i - 1)  # "the country's foreign minister X": the state named last
            return (owner if words else None), words
        if low in {"'s", "’s"} and i - 1 in d.token_mention:
            m = d.mentions[d.token_mention[i - 1]]
            # "Ukraine's President X"; "Russia's Vladimir Putin": the person of that state; "Odell's envoy X": a
            # patron, whose side is settled when the graph is built
            return (m.idx if _is_org_like(m) or (words and m.label == "PERSON") else None), words
        if low not in heads and hyphen_prefix(doc, i) not in {None, *heads, *modifiers}:
            break  # "pro-European": a compound adjective, no title word
        if t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"} and low not in heads:
            break  # 'the rebels ousted President X': the verb of the clause, no title word
        if low in heads or low in modifiers or (t.is_title and low in {"state", "staff", "defence", "defense"}):
            words.insert(0, t)
            i -= 1
            continue
        if t.text in {"-", "‑"} and words and i > 0 and doc[i - 1].lower_ in heads | modifiers:
            words.insert(0, t)  # "Secretary-General"
            i -= 1
            continue
        break
    if words and (owner := _possessive_owner(d, i)) is not None:
        return owner, words  # "Its pro-European President X": the state "its" refers to
    return None, words


def _named_in_brackets(d: Discourse, close: int) -> int | None:
    """Where a bracketed name that closes at `close` opens, when a name stands right before it: '(' of 'United
    Kingdom (UK)'."""
    doc = d.doc
    if doc[close].text != ")":
        return None
    opening = next((j for j in range(close - 1, max(close - 5, -1), -1) if doc[j].text == "("), None)
    if opening is None or opening < 1 or opening + 1 == close or opening - 1 not in d.token_mention \
            or any(j not in d.token_mention for j in range(opening + 1, close)):
        return None
    return opening


LEANINGS = {"pro": "supports", "anti": "opposes"}
STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
ENVOYS = frozenset({"ambassador", "envoy", "representative", "emissary", "consul"})


def _title_of(d: Discourse, first: int, org: int, heads: frozenset[str], modifiers: frozenset[str]
              ) -> tuple[int | None, list[Token]]:
    """'the Prime Minister of the United Kingdom X': title words, 'of' (and 'the') before the body's name."""
    doc, abbreviations = d.doc, d.lex.raw["roles"]["abbreviations"]
    j = first - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ != "of":
        return None, []
    words: list[Token] = []
    j -= 1
    while j >= 0 and _title_word(doc[j], abbreviations) in heads | modifiers:
        words.insert(0, doc[j])
        j -= 1
    return (org, words) if any(_title_word(w, abbreviations) in heads for w in words) else (None, [])


def _last_state(d: Discourse, before: int) -> int | None:
    """The state named last before token `before`, within the two sentences before it."""
    sent = d.sent_of_token[before]
    named = [m for m in d.mentions if m.label == "STATE" and sent - 2 <= m.sent <= sent
             and d.mention_token.get(m.idx, before) < before]
    return named[-1].idx if named else None


def is_leaning(doc, i: int) -> str | None:
    """'pro-China', 'anti-Russian': the relation a 'pro-' or 'anti-' before the name at token i expresses."""
    if i < 2 or doc[i - 1].text not in {"-", "‑"} or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return LEANINGS.get(doc[i - 2].lower_)


def _possessive_owner(d: Discourse, i: int) -> int | None:
    """A possessive 'its'/'their' at or a few modifiers before token i, resolved to a state or body."""
    doc = d.doc
    for j in range(i, max(i - 4, -1), -1):
        t = doc[j]
        if t.lower_ in {"its", "their"} and t.tag_ == "PRP$":
            return next((idx for idx in d.pronoun(t) if _is_org_like(d.mentions[idx])), None)
        if not (t.pos_ in {"ADJ", "PROPN"} or t.text in {"-", "‑"} or t.lower_ == "pro"):
            return None
    return None


def _title_word(t: Token, abbreviations: dict[str, str]) -> str:
    """'Gen.', 'Maj' (capitalised) -> 'general', 'major'; other words in lower case."""
    return abbreviations.get(t.lower_.rstrip("."), t.lower_) if t.text.endswith(".") or t.is_title else t.lower_


def _finish(d: Discourse, org: int, words: list[Token], heads: frozenset[str]):
    lows = [_title_word(w, d.lex.raw["roles"]["abbreviations"]) for w in words]
    if not any(w in heads for w in lows) or lows[-1] in {"of"}:
        return None
    return org, "".join(w.text_with_ws for w in words).strip()


def _apposition(d: Discourse, root: Token, heads: frozenset[str]):
    pairs = [(root, c) for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        pairs.append((root, root.head))
        of = root.head.head
        if root.head.dep_ == "pobj" and of.lower_ == "of" and d.titled_apart(of.head) is not None:
            pairs.append((root, of.head))  # "the president of X, Y Z": the name hung on X
    elif root.dep_ == "pobj" and root.head.dep_ == "prep" and d.titled_apart(root.head.head) is not None:
        pairs.append((root, root.head.head))  # "the EU delegate to the UN Y Z": the name hung on the post's body
    for _, role in pairs:
        if role.lower_ not in heads or (role.i in d.token_mention and d.mentions[d.token_mention[role.i]].label
                                        != "ROLE") or _named_apart(d, root, role):
            continue
        for child in role.children:
            targets: list[Token] = []
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}:  # "spokesman for the ministry"
                targets = [_possessed(d, c) for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in {"poss", "compound", "amod", "nmod"}:  # "X, the UK foreign secretary"
                targets = [child, *(g for g in child.children if g.dep_ in {"compound", "amod"} and g.i < child.i
                                    and child.i not in d.token_mention)]  # "the Swiss Federal councillor"
            for t in targets:
                if t.i not in d.token_mention:
                    owner = [m for m in d.entities(t, fallback=True) if _is_org_like(d.mentions[m])]
                    if owner and child.dep_ == "prep":  # "head of Ukraine's presidential office"
                        return owner[0], role.text
                    continue
                if is_leaning(d.doc, t.i):
                    continue  # "the anti-Russian president X"
                target = d.mentions[d.token_mention[t.i]]
                # "Trump's special envoy": the patron's side, settled when the graph is built
                if _is_org_like(target) or (child.dep_ == "poss" and target.label in {"PERSON", "ORG"}):
                    mods = [c.text for c in role.children if c.dep_ in {"amod", "compound"}
                            and c.i not in d.token_mention and c.i < role.i]
                    return d.token_mention[t.i], " ".join([*mods, role.text])
    return None


def _named_apart(d: Discourse, root: Token, role: Token) -> bool:
    """A title that is someone else's: one with a person's name of its own in apposition ('"... Mr X ...," Spain's
    prime minister, Y Z, said', the parser hanging the title on X), or one across a quotation's edge from the
    name."""
    own = d.token_mention.get(root.i)
    if any(c.dep_ == "appos" and c.i in d.token_mention and d.token_mention[c.i] != own
           and d._kind(d.token_mention[c.i]) == "PERSON" for c in role.children):
        return True
    lo, hi = sorted((root.i, role.i))
    return sum(t.is_quote for t in d.doc[lo + 1:hi]) % 2 == 1


def _possessed(d: Discourse, pobj: Token) -> Token:
    """'leader of Sudan's paramilitary RSF': the parser may hang 'Sudan' on 'of'; what is meant is the
    organisation after the possessive."""
    if not any(c.dep_ == "case" for c in pobj.children):
        return pobj
    for t in d.doc[pobj.i + 1: min(len(d.doc), pobj.i + 8)]:
        if t.i in d.token_mention and _is_org_like(d.mentions[d.token_mention[t.i]]):
            return t
        if t.is_punct and t.text not in {"’s", "'s", "-"}:
            break
    return pobj


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
        if d.titled_apart(t) is not None:
            continue  # 'the president of X, António Costa, ...': a title, the name hung on X
        if any(c.dep_ in {"appos", "compound", "flat"} and c.i in d.token_mention and
               d._kind(d.token_mention[c.i]) == "PERSON" for c in children):
            continue  # 'President Macron': a title, not a description
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.i in d.token_mention and d._kind(d.token_mention[nxt.i]) == "PERSON":
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
                if c.i in d.token_mention and _is_org_like(d.mentions[d.token_mention[c.i]]) \
                        and not is_leaning(doc, c.i):  # "the pro-China president" is no president of China
                    qualifier = d.mentions[d.token_mention[c.i]].kb_id or qualifier
                    qualifier_tokens.update(range(c.left_edge.i, c.right_edge.i + 1))
                elif c.lower_ in modifiers or c.lower_ in heads:
                    start = min(start, c.i)
        span = doc[start: t.i + 1]  # the role words only; the qualifying state goes in kb_id
        role = Mention(idx, sent_of_token[t.i], span.start_char, span.end_char, span.text, "ROLE", qualifier)
        out.append((role, qualifier_tokens))
        idx += 1
    return out
