"""A force told only by its size or scope ('an 8,750-strong force', 'a regional force'): the force being
assembled when several parties field it, not one state's army."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.gazetteer import Gazetteer
from nlp.holder import agent_object
from nlp.lemmas import inflections

HYPHENS = {"-", "‑", "–"}
CLIMB = 4  # steps from the force up to the verb that fields it, and from that verb up to its subject


class ForceBySize:
    """Reads entities.json's `force_by_size`."""

    def __init__(self, lex: dict) -> None:
        self.size_words = frozenset(lex["size_words"])
        self.scope = frozenset(lex["scope_modifiers"])
        self.fielding = frozenset(f for verb in lex["fielding_verbs"] for f in inflections(verb))
        self.planning = frozenset(lex["fielding_nouns"])
        self.categories = frozenset(lex["fielding_categories"])
        self.plurals = frozenset(lex["fielding_plurals"])

    def start(self, doc: Doc, head: Token, start: int) -> int | None:
        """Where the size or scope before `head` begins ('8,750' of '8,750-strong force', 'regional'), or
        `start` for 'a force of 5,000 troops'; None when the force is told neither way."""
        i = start
        if i >= 1 and doc[i - 1].lower_ in self.scope:
            return i - 1
        if any(t.lower_ in self.scope for t in doc[start:head.i]):
            return start  # "a joint force": 'joint' is already one of the force's modifiers
        if i >= 2 and doc[i - 1].lower_ in self.size_words:
            j = i - 3 if doc[i - 2].text in HYPHENS else i - 2
            if j >= 0 and doc[j].like_num:
                return j
        if i >= 1:
            number, _, word = doc[i - 1].lower_.rpartition("-")  # a tokenizer that keeps "300-man" whole
            if word in self.size_words and number.replace(",", "").isdigit():
                return i - 1
        if any(p.dep_ == "prep" and p.lower_ == "of" and (o.like_num or any(n.dep_ == "nummod" for n in o.children))
               for p in head.children for o in p.children if o.dep_ == "pobj"):
            return start  # "a force of 5,000 troops"
        return None

    def fielded_jointly(self, head: Token, known: dict[int, str], gazetteer: Gazetteer) -> bool:
        """Whether a verb of fielding ('deploy', 'approved') or a noun of planning ('plans for') governs the
        force, the force belongs to no state ('Nigeria's', 'a Russian'), and whoever fields it is several:
        a list, a plural of parties, or a body that assembles forces ('the African Union')."""
        if any(c.dep_ in {"poss", "amod", "compound", "nmod"} and known.get(c.i, "").startswith("STATE:")
               for c in head.children):
            return False
        node, verb, planned = head, None, False
        for _ in range(CLIMB):
            if node.dep_ in {"dobj", "nsubjpass"} and node.head.pos_ in {"VERB", "AUX"}:
                verb = node.head
                break
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                return False
            node = node.head.head
            if node.pos_ in {"VERB", "AUX"}:
                verb = node
                break
            planned = planned or node.lower_ in self.planning
        if verb is None or not (planned or verb.lower_ in self.fielding):
            return False
        return self._several(self._fielder(verb, passive=head.dep_ == "nsubjpass"), known, gazetteer)

    @staticmethod
    def _fielder(verb: Token, *, passive: bool) -> Token | None:
        """The subject of the verb or of the verbs it depends on ('X announced plans to deploy'); in the
        passive, the agent ('was approved by AU leaders')."""
        if passive:
            return agent_object(verb)
        node = verb
        for _ in range(CLIMB):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            if node.dep_ not in {"xcomp", "advcl", "conj", "ccomp"} or node.head == node:
                return None
            node = node.head
        return None

    def _several(self, subject: Token | None, known: dict[int, str], gazetteer: Gazetteer) -> bool:
        if subject is None:
            return False
        kb = known.get(subject.i, "")
        if kb.startswith("ORG:"):
            entity = gazetteer.entities.get(kb)
            return entity is not None and entity.category in self.categories
        if kb.startswith("STATE:"):
            return any(c.dep_ == "conj" for c in subject.children)  # "Nigeria and its neighbours"
        return subject.lower_ in self.plurals or any(c.dep_ == "conj" for c in subject.children)
