"""Who holds a stance, as the rules pass it around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container, Iterator

    from spacy.tokens import Token

OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})  # dependents that name a verb's target


@dataclass(frozen=True)
class Holder:
    mentions: tuple[int, ...]
    speaker: int | None = None  # mention idx of the speaker, in reported speech


def each_other(relation: str, sides: list[int], cue: str) -> Iterator[tuple]:
    """Each side toward all the others: 'a war between X and Y', 'X, Y and Z formed an alliance'."""
    for a in sides:
        if others := [b for b in sides if b != a]:
            yield relation, Holder((a,)), others, cue


def prep_objects(token: Token, preps: Container[str]) -> list[Token]:
    """The objects of the token's prepositions in `preps`: 'Canada' and 'Japan' of 'ministers from Canada and
    Japan' ('from'), in the order they stand."""
    heads = [p for p in token.children if p.dep_ == "prep" and p.lower_ in preps]
    for p in list(heads):  # 'grateful to Kim and to the North Korean people'
        heads.extend(c for c in p.children if c.dep_ == "conj" and c.lower_ == p.lower_)
        heads.extend(c for c in token.head.children if c.dep_ == "conj" and c.pos_ == "ADP"
                     and c.lower_ == p.lower_ and c.i > p.i)  # 'his gratitude to X, and to Y', the second
        # preposition hung on the verb
    return [o for p in sorted(heads) for o in p.children if o.dep_ == "pobj"]


def agent_object(verb: Token) -> Token | None:
    """Who a passive names with 'by': 'X' of 'was approved by X'."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


def act_agents(noun: Token) -> list[Token]:
    """The 'by X' of an act noun, on the noun or where the parser hangs it, on the act's object: 'the seizure
    of two vessels by Iranian forces', 'the killing of X by Y'."""
    return [*prep_objects(noun, {"by"}), *(b for o in prep_objects(noun, {"of"}) if o.pos_ in {"NOUN", "PROPN"}
                                           for b in prep_objects(o, {"by"}))]


def shared_prep_objects(token: Token, preps: Container[str]) -> list[Token]:
    """The objects of the token's prepositions and, for a noun joined to an earlier one, those the parser hung on
    the first after it: 'X's build-up and aggression toward Y', 'pressure and interference from X'."""
    found = prep_objects(token, preps)
    if token.dep_ == "conj":
        found += [o for o in prep_objects(token.head, preps) if o.i > token.i and o not in found]
    return found


def first_conjunct(token: Token) -> Token:
    """The first of joined complements, which carries their place in the clause: 'unfortunate' of 'was
    unfortunate and irresponsible', 'a disgrace' of 'is a disgrace and a provocation'."""
    while token.dep_ == "conj" and token.head.pos_ in {"ADJ", "NOUN"} and token.pos_ in {"ADJ", "NOUN"}:
        token = token.head
    return token


def is_passive(verb: Token) -> bool:
    """A verb in the passive voice: it has a passive subject or a passive auxiliary."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def for_subject(verb: Token) -> Token | None:
    """The subject a 'for' gives an infinitive: 'sanctions' of 'called for the sanctions on X to be lifted'."""
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in verb.children):
        return None
    return next((o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < verb.i
                 for o in p.children if o.dep_ == "pobj"), None)


def for_clause(noun: Token) -> Token | None:
    """The infinitive a noun after 'for' is the subject of: 'lifted' of 'called for the sanctions to be lifted'."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    return next((c for c in noun.head.head.children if c.i > noun.i and for_subject(c) == noun), None)


def participles(noun: Token) -> list[Token]:
    """The past participles after a noun that say what was done with it: 'imposed' of 'the sanctions imposed ...'."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i]
