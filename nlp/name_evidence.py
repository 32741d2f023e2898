"""What a text says about its names: aliases it declares and evidence of what each name names.

Canonicalisation (nlp.canon) weighs these records across the whole corpus when the graph is built:
- `alias_of` (alias mention -> name mention): "X, also known as Y", "X (Y)" with Y an acronym of X or both
  names of one kind ("Rapid Support Forces (RSF)", "Hemedti (Mohamed Hamdan Dagalo)").
- `typed_as` (mention -> itself, `role` PERSON | ORG | PLACE, `cue` the words that show it): a title before
  the name ("President X", "Gen. X", "spokesman X"), a person noun in apposition ("X, a spokesman for Y"),
  a personal possessive in its clause ("X said in his speech"), a noun of office it modifies ("the X
  administration"); an organisation's designation or noun
  ("Lazarus AI", "M23 rebels", "the mercenary group Wagner", "X said its fighters"); a place noun or a
  geographic generic ("the X area", "Jebel X").
Names the gazetteer knows carry no evidence: their type is known.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from nlp.name_lexicon import NameLexicon
from nlp.names import HONORIFICS, fold, spells_initials
from nlp.records import ALIAS_OF, TYPED_AS, Relation

# Personal styles that make the name they begin a person's ('Mr Trump', 'Sheikh Mohammed'); spelled-out
# 'General', 'Chief' or 'King' also begin names of organisations and places and do not count inside a name.
PERSONAL_STYLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "sheikh", "prince", "princess",
    "president", "senator", "sen", "rep", "gov", "gen", "brig", "col", "lt", "maj", "capt", "sgt", "adm",
    "imam", "ayatollah", "comrade", "samdech", "datuk", "emir", "sultan", "pope", "marshal", "field",
})
CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis"})  # clauses with subjects of their own
OWN_PRONOUNS = {"his": "PERSON", "her": "PERSON", "himself": "PERSON", "herself": "PERSON",
                "its": "ORG", "itself": "ORG"}
SUBJECT_PRONOUNS = {"he": "PERSON", "she": "PERSON"}  # as the subject of what the name said


def _word(token: Token) -> str:
    return fold(token.text).rstrip(".")


def name_evidence(doc: Doc, lex: NameLexicon, *, role_heads: frozenset[str], sent_of_token: dict[int, int],
                  ents: list[Span] | None = None) -> Iterator[Relation]:
    """`alias_of` and `typed_as` records for `doc.ents` (or `ents`, the same list read once), whose positions
    are the mention idxs."""
    ents = list(doc.ents) if ents is None else ents
    ent_at = {i: idx for idx, e in enumerate(ents) for i in range(e.start, e.end)}
    for idx, ent in enumerate(ents):
        sent = sent_of_token[ent.start]
        if not ent.kb_id_:
            for kind, cue in _type_evidence(doc, ent, ents, ent_at, lex, role_heads):
                yield Relation(idx, idx, TYPED_AS, sent, cue=cue, role=kind)
        for alias, name, cue in _declared_aliases(doc, idx, ents, ent_at, lex):
            yield Relation(alias, name, ALIAS_OF, sent, cue=cue)
    for alias, name in _short_names(ents, lex):
        yield Relation(alias, name, ALIAS_OF, sent_of_token[ents[alias].start], cue="short name")


def _short_names(ents: list[Span], lex: NameLexicon) -> Iterator[tuple[int, int]]:
    """'the Security Council' after 'the UN Security Council', 'Irini' beside 'Operation Irini': an
    organisation's name that ends the one longer organisation name of the article is that organisation. The
    short name is two words or more, or one word no organisation or place noun ('the Council' is not one)."""
    words = {idx: tuple(fold(t.text) for t in e if not t.is_punct and t.lower_ != "the")
             for idx, e in enumerate(ents) if e.label_ == "ORG"}
    names = {w: idx for idx, w in words.items() if w}
    for idx, short in words.items():
        if ents[idx].kb_id_ or not short or (len(short) == 1 and short[0] in lex.generic_words
                                             and not _capitalised_short(ents[idx])):
            continue
        longer = {w for w in names if len(w) > len(short) and w[-len(short):] == short}
        if len(longer) == 1:
            yield idx, names[next(iter(longer))]


def _capitalised_short(ent: Span) -> bool:
    """'the Alliance' written with a capital in mid-sentence: a name cut short, not a common noun."""
    doc, first = ent.doc, ent.doc[ent.start]
    return len(ent) == 1 and first.is_title and not first.is_sent_start and ent.start > 0 \
        and doc[ent.start - 1].lower_ == "the"


# -- what a name names ---------------------------------------------------------------------------------
def _type_evidence(doc: Doc, ent: Span, ents: list[Span], ent_at: dict[int, int], lex: NameLexicon,
                   role_heads: frozenset[str]) -> Iterator[tuple[str, str]]:
    first, last = doc[ent.start], doc[ent.end - 1]
    before = doc[ent.start - 1] if ent.start > 0 else None
    # a person: a title before or beginning the name, a person noun in apposition, 'his'/'her' in its clause
    if len(ent) > 1 and _word(first) in PERSONAL_STYLES and ent.label_ != "PLACE":  # not 'Sheikh Jarrah'
        yield "PERSON", first.text
    possessed = any(t.tag_ == "POS" or t.lower_ in {"'s", "’s"} for t in ent)  # "Sir Keir's Office": a thing
    if before is not None and before.i not in ent_at and not possessed and _is_title(before, lex, role_heads):
        yield "PERSON", before.text
    for noun in _appositions(ent):
        if noun.lower_ in role_heads or noun.lower_ in lex.person_nouns:
            yield "PERSON", noun.text
        elif noun.lower_ in lex.org_nouns and any(c.dep_ == "det" for c in noun.children):
            yield "ORG", noun.text  # 'NIS, a Russian-owned energy company'
    owner = _own_pronoun_subject(doc, ent)
    if owner:
        yield owner
    # an organisation: its designation, an organisation noun it heads or stands beside
    if len(ent) > 1 and lex.ends_organisation(last.text):
        yield "ORG", last.text
    head = _compound_head(ent)  # 'the M23 rebels', 'the M23 rebel group', 'the Mar Elias refugee camp'
    if head is not None and head.lower_ in lex.person_heads and ent.label_ != "PLACE":
        yield "PERSON", head.text  # 'the Trump administration', not 'the Donetsk administration'
    if head is not None and head.lower_ in lex.org_nouns:
        yield "ORG", head.text
    noun = _org_noun_before(doc, ent, ents, ent_at, lex)
    if noun is not None:
        yield "ORG", noun.text
    # a place: a place noun after it ('the X area'), a geographic generic at its start ('Jebel X')
    if head is not None and head.lower_ in lex.place_nouns:
        yield "PLACE", head.text
    if len(ent) > 1 and _word(first) in lex.place_generics and first.text[:1].isupper():
        yield "PLACE", first.text


def _compound_head(ent: Span) -> Token | None:
    """The lower-case noun the name modifies: right after it, or the head of the compound it begins."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or not after.is_lower or after.pos_ not in {"NOUN", "PROPN", ""}:
        return None
    head = after
    while head.dep_ == "compound" and head.head.i > head.i and head.head.is_lower and head.head.pos_ == "NOUN":
        head = head.head
    return head


def _is_title(token: Token, lex: NameLexicon, role_heads: frozenset[str]) -> bool:
    """'President', 'Gen.', 'Sheikh' (capitalised), or a role noun ('spokesman', 'leader') right before."""
    word = _word(token)
    if token.text[:1].isupper() and (word in HONORIFICS or word in lex.titles or word in PERSONAL_STYLES):
        return True
    return token.lower_ in role_heads and token.pos_ in {"NOUN", "PROPN"} and token.tag_ not in {"NNS", "NNPS"}


def _appositions(ent: Span) -> list[Token]:
    """Nouns set off by a comma beside the name: 'X, a spokesman for Y', 'the group's leader, X'."""
    doc, root = ent.doc, ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end and c.left_edge.i == ent.end + 1
             and doc[ent.end].text == ","]
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN" and ent.start > 1 \
            and doc[ent.start - 1].text == "," and _ends_phrase(root.head, doc[ent.start - 2]):
        nouns.append(root.head)
    return nouns


def _ends_phrase(noun: Token, token: Token) -> bool:
    """Whether `token` is the noun or a word of its own phrase ('Colombia's president, X': 'president')."""
    return token == noun or (noun.is_ancestor(token) and not any(
        a.dep_ == "appos" and a.head == noun for a in [token, *token.ancestors]))


def _own_pronoun_subject(doc: Doc, ent: Span) -> tuple[str, str] | None:
    """'X said in his speech', 'X said his country ...', 'X said he would ...', 'X denounced Y and said he would
    ...' (a person, unless another person is named in between); 'X said its
    fighters' (an organisation): a possessive or reflexive pronoun in the clause whose subject is the name,
    or the subject (or its possessor) of what the name said, with no other name in between."""
    root = ent.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = root.head
    for token in verb.subtree:
        kind = OWN_PRONOUNS.get(token.lower_) or SUBJECT_PRONOUNS.get(token.lower_)
        if kind is None or token.i < ent.end:
            continue
        between = doc[ent.end:token.i]
        reported = token.lower_ in SUBJECT_PRONOUNS and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and (
            token.head.head.i == verb.i or (token.head.head.dep_ == "conj" and token.head.head.head.i == verb.i
                                            and _subject(token.head.head) is None))
        # "X said he would ...", "X denounced Y and said he would ...": the speaker
        if any(t.ent_type_ == "PERSON" if reported else t.ent_type_ for t in between) or (
                kind == "ORG" and any(t.pos_ in {"NOUN", "PROPN"} for t in between)):
            return None  # 'X told Y his plan', 'X praised the alliance and its members': something else is nearer
        if token.lower_ == "her" and token.dep_ != "poss":
            continue  # 'X told her': the object, someone else
        if token.lower_ in SUBJECT_PRONOUNS and not reported:
            continue
        if reported or _in_clause_of(token, verb):
            return kind, token.text
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """No clause with a subject of its own lies between the token and the verb, except a reported clause
    whose subject the token is or belongs to ('X said his country ...')."""
    previous, step = token, token
    while step.i != verb.i:
        if step.dep_ in CLAUSE_EDGES and not (step.dep_ == "ccomp" and previous is not step
                                              and previous.dep_ in {"nsubj", "nsubjpass"}):
            return False
        if step.head.i == step.i:
            return False
        previous, step = step, step.head
    return True


def _org_noun_before(doc: Doc, ent: Span, ents: list[Span], ent_at: dict[int, int],
                     lex: NameLexicon) -> Token | None:
    """'the mercenary group Wagner', 'militant groups X and Y': an organisation noun right before the name,
    or before the list the name closes."""
    i = ent.start - 1
    while i >= 0 and (i in ent_at or doc[i].lower_ in {",", "and", "or"}):
        i -= 1  # back over earlier items of a list: 'groups X, Y and Z'
    if i < 0 or ent.root.dep_ in {"nsubj", "nsubjpass"}:
        return None  # 'the company Musk founded': the name is the subject of a relative clause
    noun = doc[i]
    fits = noun.lower_ in lex.org_nouns and noun.text.islower() and noun.pos_ in {"NOUN", ""}
    return noun if fits and i + 1 in ent_at else None


# -- aliases the text declares -------------------------------------------------------------------------
def _declared_aliases(doc: Doc, idx: int, ents: list[Span], ent_at: dict[int, int],
                      lex: NameLexicon) -> Iterator[tuple[int, int, str]]:
    ent = ents[idx]
    i = ent.end
    opened = i < len(doc) and doc[i].text == "("
    if i < len(doc) and doc[i].text in {",", "("}:
        i += 1
    cue = _cue_at(doc, i, lex)
    if cue and _own_verb(doc[i:i + len(cue)], ent):
        return  # "Omar Haddad also called President Sami": a call the name made, not a name it goes by
    if cue:
        j = i + len(cue)
        while j < len(doc) and (doc[j].lower_ == "the" or doc[j].is_quote):
            j += 1
        other = ent_at.get(j)
        if other is not None and other != idx and ents[other].start == j and \
                _compatible(ent, ents[other]):
            yield other, idx, " ".join(cue)
        return
    if opened and i in ent_at:
        other = ent_at[i]
        inner = ents[other]
        if inner.start == i and inner.end < len(doc) and doc[inner.end].text == ")" and _pair(ent, inner):
            alias, name = (other, idx) if _shorter(inner, ent) else (idx, other)
            yield alias, name, "( )"


def _cue_at(doc: Doc, i: int, lex: NameLexicon) -> tuple[str, ...] | None:
    if i >= len(doc) or doc[i].lower_ not in lex.alias_openers:
        return None
    for cue in lex.alias_cues:
        words = tuple(t.lower_ for t in doc[i:i + len(cue)])
        if words == cue:
            return cue
    return None


def _own_verb(cue: Span, ent: Span) -> bool:
    """The cue's verb is one the name is the subject of ('X also called Y'), not a participle naming it."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and ent.start <= c.i < ent.end
               for t in cue if t.pos_ in {"VERB", "AUX"} for c in t.children)


def _compatible(a: Span, b: Span) -> bool:
    """Two names of one entity: never two different entities the gazetteer knows, nor a person and a state."""
    if {a.label_, b.label_} == {"PERSON", "STATE"}:
        return False
    return not (a.kb_id_ and b.kb_id_ and a.kb_id_ != b.kb_id_)


def _pair(name: Span, inner: Span) -> bool:
    """'Rapid Support Forces (RSF)', 'RSF (Rapid Support Forces)', 'Hemedti (Mohamed Hamdan Dagalo)'."""
    if not _compatible(name, inner) or (name.kb_id_ and name.kb_id_ == inner.kb_id_):
        return False
    for short, long in ((inner, name), (name, inner)):
        if " " not in short.text and spells_initials(short.text, long.text):
            return True
    return name.label_ == inner.label_ and name.label_ in {"PERSON", "ORG"} and not (name.kb_id_ or inner.kb_id_)


def _shorter(a: Span, b: Span) -> bool:
    return (len(a), len(a.text)) < (len(b), len(b.text))
