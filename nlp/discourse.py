"""Discourse within one document: which mention a token stands for, quotations and their speakers,
pronouns, and role descriptions ("the prime minister", "the Russian leader").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from spacy.tokens import Doc, Token

from nlp.gazetteer import kind_of
from nlp.holder import act_agents, prep_objects
from nlp.juntas import Coups, is_junta
from nlp.lexicon import StanceLexicon
from nlp.names import DASHES, HONORIFICS, SEATED, fold, hyphen_prefix, hyphened_before
from nlp.records import Mention, Relation

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
PERSON_LIKE = {"PERSON", "ROLE"}
GROUP_LIKE = {"STATE", "ORG", "PLACE"}
STATE_LIKE = {"STATE", "PLACE"}  # "the two capitals"
MODIFYING = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})  # a name inside another noun's phrase
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
SINGLE_STATE = frozenset({"country", "nation", "kingdom"})  # "the country said", "the kingdom": a state named before
DESCRIBED_STATE = frozenset({*SINGLE_STATE, "state"})  # "the Gulf state", "the Asian country"
NOT_THE_SAME = frozenset({"other", "another", "neighbouring", "neighboring", "host", "home", "member", "third",
                          "whole", "entire", "next", "first", "last", "only", "new", "sovereign", "independent",
                          "foreign", "nuclear", "jewish", "palestinian", "islamic", "single", "transit"})
CROWDS = frozenset({"group", "crowd", "band", "mob", "gang"})  # "a group of protesters from X"
OTHER_STATE = frozenset({"neighbouring", "neighboring", "other", "another", "fellow", "rival", "allied"})
OPEN_QUOTES = {"“": "”", "‘": "’", '"': '"', "«": "»"}
DOUBLED_CLOSINGS = frozenset({"’’", "''"})  # typed for a closing ” after an opening “
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
HE_SHE = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
FEMININE = frozenset({"she", "her", "hers", "herself"})
# a title before a name that tells the person's gender ('Ms Rousseff', 'Mr. Smith', 'King Salman')
TITLE_GENDER = {**dict.fromkeys(("mr", "sir", "lord", "king", "prince", "sheikh", "herr", "monsieur"), "m"),
                **dict.fromkeys(("ms", "mrs", "miss", "dame", "lady", "queen", "princess", "frau", "madame"), "f")}
UNDERTAKING_NOUNS = frozenset({"operation", "exercise", "drill", "initiative", "programme", "program", "campaign",
                               "deployment", "mission"})  # what is done, not who: nlp.missions resolves these
MAX_NAME_WORDS = 8  # the longest name whose head word is looked for ('the Board of Peace': 'Board')
IT_THEY = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})  # the words before a noun that may name someone
HONORIFIC_WORDS = set(HONORIFICS)
LEANINGS = frozenset({"pro", "anti"})
GROUP_WINDOW = 2  # 'the other seven members': named in this sentence or the two before
LIST_WINDOW = 10  # 'these nations': the last list of them in this sentence or the ten before
TOPIC_MENTIONS = 3  # an article's main subject is named at least three times
EXEMPLIFYING = frozenset({"especially", "particularly", "notably", "chiefly", "mainly", "primarily"})
ROLE_WINDOW = 5  # 'the ministers': the group last named so in this sentence or the five before


CAPTIVE = frozenset({"hostage", "captive", "prisoner"})  # "held hostage by X"
ORIGIN_PARTICIPLES = frozenset({"make", "build", "manufacture", "produce"})  # "Chinese-made cars" are China's goods


LISTING_PRONOUNS = {"those", "these", "they"}


def _participle_opened(name: Token) -> bool:
    """'..., unsettling India', '..., angering Delhi': a name opened by an -ing word the parser took for an
    adjective is the object of a participle clause, never an apposition."""
    first = name.left_edge
    return first.i < name.i and first.head == name and first.dep_ == "amod" and first.lower_.endswith("ing") \
        and first.ent_type_ == ""


def _names_list(token: Token) -> bool:
    """'namely', or the 'are' of 'those are' / 'they were': words after which a counted plural is spelled out."""
    if token.lower_ == "namely":
        return True
    return token.lower_ in {"are", "were"} and token.i > 0 and token.doc[token.i - 1].lower_ in LISTING_PRONOUNS


@dataclass
class Quote:
    start: int  # char offsets, inclusive of the quote marks
    end: int
    speaker: list[int] = field(default_factory=list)  # mention idxs


@dataclass
class Discourse:
    doc: Doc
    lex: StanceLexicon
    mentions: list[Mention]
    token_mention: dict[int, int] = field(default_factory=dict)
    subjects: list[tuple[int, list[int]]] = field(default_factory=list)  # (token i, mention idxs), in order
    resolved: dict[int, list[int]] = field(default_factory=dict)  # pronoun token i -> mention idxs
    quotes: list[Quote] = field(default_factory=list)
    sent_of_token: dict[int, int] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
    mention_token: dict[int, int] = field(default_factory=dict)  # mention idx -> its first token
    evidenced: dict[str, str] = field(default_factory=dict)  # name -> what the article's words say it is
    affiliations: list[Relation] = field(default_factory=list)  # who acts for whom, from titles and appositions
    joinable: frozenset[int] = frozenset()  # mentions of alliances and coalitions one takes part in
    leavable: frozenset[int] = frozenset()  # mentions of blocs one may leave
    universal: frozenset[int] = frozenset()  # mentions of bodies every state belongs to (the UN)
    operations: frozenset[int] = frozenset()  # mentions of peace operations known by name (UNIFIL, KFOR)
    _ordered: list[Mention] = field(default_factory=list)
    _resolving: set[tuple[int, bool, bool]] = field(default_factory=set)
    _goods_origins: dict[int, bool] = field(default_factory=dict)  # mention idx -> names where goods come from

    # -- mentions ----------------------------------------------------------------------------------
    def mention(self, idx: int) -> Mention:
        return self.mentions[idx]

    def named_by_modifiers(self, noun: Token) -> list[int]:
        """The names among a noun's modifiers and possessor: 'Japanese seafood', 'X's peninsula', 'US citizens'."""
        return [m for c in noun.children if c.dep_ in MODIFIER_DEPS for m in self.direct(c)]

    def direct(self, token: Token) -> list[int]:
        """The mention a token is part of, or a named apposition ('the leader, Nicolas Maduro',
        'fellow member Denmark')."""
        if token.i in self.token_mention:
            if token.dep_ in {"amod", "compound"} and self.leaning(token):
                return []  # "pro-Russian separatists" are not Russia
            for child in token.children:  # "fellow NATO member Denmark" is Denmark, not NATO
                if child.dep_ == "appos" and child.i in self.token_mention and any(
                        g.lower_ in self.membership_nouns for g in child.children if g.dep_ in {"compound", "amod"}):
                    return [self.token_mention[child.i]]
            titled = self._titled_after_brackets(token)
            return [titled if titled is not None else self.token_mention[token.i]]
        named = [c for c in token.children if c.i in self.token_mention]
        for child in sorted(named, key=lambda c: c.dep_ != "appos"):  # "the X movement Polisario Front": the name
            label = self.mentions[self.token_mention[child.i]].label
            if child.dep_ == "appos" and _participle_opened(child):
                continue  # "financed roads, unsettling India": the object of a participle, no name for the roads
            if child.dep_ == "appos":  # "US president Joe Biden and Rishi Sunak": both
                return [self.token_mention[c.i] for c in (child, *child.conjuncts) if c.i in self.token_mention
                        and self.mentions[self.token_mention[c.i]].label == label and not _possessor_apart(child, c)]
            if child.dep_ in {"compound", "flat"} and label == "PERSON":
                return [self.token_mention[child.i]]
        titled = self.titled_apart(token)
        if titled is not None:
            return [titled]
        for child in token.children:  # "his close aide, now senator, X": a name in apposition to an apposed title
            if child.dep_ == "appos" and child.i not in self.token_mention and child.pos_ in {"NOUN", "PROPN"}:
                inner = [g for g in child.children if g.dep_ == "appos" and g.i in self.token_mention]
                if inner and self.mentions[self.token_mention[inner[0].i]].label == "PERSON":
                    return [self.token_mention[inner[0].i]]
        if token.dep_ == "appos" and token.head.i in self.token_mention and token.pos_ in {"NOUN", "PROPN"} and not (
                token.tag_ == "NNS" and self.mentions[self.token_mention[token.head.i]].label in {"PERSON", "PLACE"}):
            return [self.token_mention[token.head.i]]  # "the Houthis, a group backed by Iran": the group; but
            # "by X, foreign missions, including Y, ...", a plural the parser hung on a person, is not X
        if self.lex.lemma(token) in self.descriptor_nouns:  # "the NATO alliance", "the Houthi rebels"
            called = self._named(token)
            if called:  # "a NATO exercise called Operation X": the operation, not NATO
                return called
            named = [self.token_mention[c.i] for c in token.children if c.dep_ in {"compound", "amod", "nmod"}
                     and c.i in self.token_mention and self._kind(self.token_mention[c.i]) == "ORG"
                     and not self.leaning(c)]  # "the anti-ISIS coalition" is not ISIS
            if named:
                return named[:1]
            loose = self._loose_apposition(token)
            if loose is not None:
                return [loose]
        return self._named(token)

    def _titled_after_brackets(self, token: Token) -> int | None:
        """'United Kingdom (UK) Foreign Secretary X', parsed with X in apposition to the state: X, whose title
        follows the state's bracketed short form with no comma between."""
        for child in token.children:
            if child.dep_ != "appos" or child.i not in self.token_mention or child.i < token.i \
                    or self.mentions[self.token_mention[child.i]].label != "PERSON":
                continue
            between = self.doc[token.i + 1: child.left_edge.i]
            titled = any(g.dep_ == "compound" and g.lower_ in self.role_heads for g in child.children)
            if titled and between and between[0].text == "(" and not any(w.text == "," for w in between):
                return self.token_mention[child.i]
        return None

    def mention_bounds(self, i: int) -> tuple[int, int]:
        """The first and last token of the mention token i is part of."""
        idx, first, last = self.token_mention[i], i, i
        while first > 0 and self.token_mention.get(first - 1) == idx:
            first -= 1
        while last + 1 < len(self.doc) and self.token_mention.get(last + 1) == idx:
            last += 1
        return first, last

    def titled_apart(self, token: Token) -> int | None:
        """'the former president of X, Y Z, said': the person named after the title, which the parser hung on
        X (a person is no apposition of a state or body)."""
        if token.lower_ not in self.role_heads:
            return None
        for of in (p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"):
            for pobj in (o for o in of.children if o.dep_ == "pobj" and o.i in self.token_mention):
                if self._kind(self.token_mention[pobj.i]) == "PERSON":
                    continue
                for name in (a for a in pobj.children if a.dep_ == "appos" and a.i in self.token_mention):
                    idx, (first, _) = self.token_mention[name.i], self.mention_bounds(name.i)
                    if self._kind(idx) == "PERSON" and first > 0 and self.doc[first - 1].text == ",":
                        return idx
        for post in (p for p in token.children if p.dep_ == "prep" and p.lower_ in {"to", "at", "in"}):
            # "the EU delegate to the UN Charles Michel condemned": the name after the post's body, hung on it
            for pobj in (o for o in post.children if o.dep_ == "pobj" and o.i in self.token_mention):
                idx, (first, _) = self.token_mention[pobj.i], self.mention_bounds(pobj.i)
                body = self.token_mention.get(first - 1) if first > 0 else None
                if self._kind(idx) == "PERSON" and body is not None and self._kind(body) in {"STATE", "ORG"} \
                        and self.doc[first - 1].head == pobj:
                    return idx
        return None

    def _expelled_envoys(self, token: Token) -> list[int]:
        """'X expelled diplomats from Y': Y's, where Y is a state other than X (a host expels from its own soil)."""
        subject = self.subject_of(token.head)
        hosts = {state_key(self.mentions[m].kb_id) for m in (self.entities(subject) if subject is not None else [])}
        found = [m for c in [*token.children, *token.head.children] if c.dep_ == "prep" and c.lower_ == "from"
                 and c.i > token.i for pobj in c.children if pobj.dep_ == "pobj"
                 for x in (pobj, *pobj.conjuncts) for m in self.direct(x)]  # the parser may hang 'from' on the verb
        return [m for m in found if self._kind(m) == "STATE" and state_key(self.mentions[m].kb_id) not in hosts]

    def _loose_apposition(self, token: Token) -> int | None:
        """'an end to another armed group, the X Forces (XF)', with the name hung on the verb: the group's name."""
        i = token.right_edge.i + 1
        if i + 1 >= len(self.doc) or self.doc[i].text != ",":
            return None
        first = self.doc[i + 2] if self.doc[i + 1].lower_ == "the" and i + 2 < len(self.doc) else self.doc[i + 1]
        idx = self.token_mention.get(first.i)
        if idx is None or self._kind(idx) != "ORG":
            return None
        root = next((t for t in self.doc[first.i:self.sent_end(first.i)] if t.i in self.token_mention
                     and self.token_mention[t.i] == idx and t.head.i not in self.token_mention), None)
        if root is None or root.dep_ not in {"dep", "appos", "npadvmod"} or root.head.i > token.i \
                or token not in root.head.subtree:
            return None
        return idx

    def _named(self, token: Token) -> list[int]:
        """'a campaign dubbed Operation Sindoor', 'the task force, known as Operation X': the name."""
        later = [c for c in token.head.children if c.dep_ == "advcl" and c.i > token.i and c.tag_ == "VBN"] \
            if token.dep_ == "dobj" else []  # "launched an operation in the Red Sea, called X"
        for child in [*token.children, *later]:
            if child.dep_ not in {"acl", "relcl", "advcl"} or self.lex.lemma(child) not in self.naming_verbs \
                    or (child.dep_ == "acl" and child.tag_ != "VBN"):  # "a statement labeled X as ...": no name
                continue
            if self._names_another(child):
                continue  # "language that names X as an enabler": the language names X, it is not X
            before = self.doc[child.i - 2] if child.i >= 2 and self.doc[child.i - 1].text == "," else None
            if before is not None and before.i != token.i and before.pos_ == "NOUN" and before.head != token \
                    and token.i < before.i <= token.right_edge.i:
                continue  # "X's posting in the islands, called Las Malvinas": the islands are so called
            for grand in child.children:
                names = [grand] if grand.dep_ in {"oprd", "attr", "dobj"} else [
                    o for o in grand.children if o.dep_ == "pobj"] if grand.dep_ == "prep" and grand.lower_ == "as" \
                    else []
                found = [self.token_mention[n.i] for n in names if n.i in self.token_mention]
                if found:
                    return found
        return []

    @staticmethod
    def _names_another(clause: Token) -> bool:
        """A relative clause in which the noun itself names something else: 'a text that names X as Y', not 'a
        group that calls itself X' nor 'the operation, which was dubbed X'."""
        if clause.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in clause.children):
            return False
        relative = any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in clause.children)
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        return relative and bool(objects) and not any(o.lower_ in REFLEXIVES for o in objects)

    def entities(self, token: Token, *, fallback: bool = True, agent: bool = False) -> list[int]:
        """Mentions a token (and its conjuncts) refer to; pronouns resolved; optionally falling back to
        the possessor, an 'of' complement or a demonym modifier ('Russia's economy', 'the Russian leader').
        For an `agent` (who acts), the fallback only applies to institutional nouns ('Russian officials',
        'Russia's defence ministry'), not to 'Ukraine's allies'."""
        key = (token.i, fallback, agent)
        if key in self._resolving:  # a noun that refers back to itself ('the group which holds ...')
            return []
        self._resolving.add(key)
        try:
            out: list[int] = []
            if self._modifier_pair(token):
                return []  # "The EU and NATO member has ...": one member of both, neither body
            joined = () if _comma_only(token) else token.conjuncts  # "to Mr X, Gen Y accused": Y alone
            for t in (token, *joined, *self._listed(token)):
                if t is not token and (_replaced(t) or _possessor_apart(token, t)):
                    continue  # "Instead of Putin, Lavrov will attend", parsed with Lavrov joined to Putin
                found = self.direct(t) or self.pronoun(t) or self._copula_subject(t) or self.titled_name(t) \
                    or self._title_ended_by_name(t) or self._dash_list(t) or self.coup_makers(t)
                # "four countries — X, Y, Z and W"; "the coup, which overthrew X": its makers act
                if not found and agent and fallback:
                    found = self._members_of(t)  # "protesters from X attacked Y": X
                if not found and fallback and (not agent or self.lex.lemma(t) in self.agent_nouns
                                               or self._counted(t) or self._examples(t) or self._armed_kind(t)):
                    found = self._fallback(t)  # "five, including X", "allies such as X"
                elif not found and fallback and self.lex.lemma(t) in self.measure_nouns:
                    found = self._owner(t)  # "the motion led by X was critical of Y": its author's stance
                out.extend(i for i in [*found, *self._led_states(t, found)] if i not in out)
            return out
        finally:
            self._resolving.discard(key)

    def _joint(self, token: Token) -> bool:
        """A noun two hyphened names share: said to be 'joint', or an attack ('US-UK strikes')."""
        return any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children) or \
            self.lex.lemma(token) in self.attack_nouns

    @cached_property
    def located_courts(self) -> frozenset[str]:
        return frozenset(self.lex.raw["located_courts"]["nouns"])

    @cached_property
    def attack_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["attack_nouns"])

    @cached_property
    def led_organs(self) -> frozenset[str]:
        return frozenset(self.lex.raw["state_organs"]["led"])

    def _led_states(self, token: Token, found: list[int]) -> list[int]:
        """'Odell's government', 'the Odell administration' act for the state that Odell's titles in this article
        name, besides Odell (for Odell alone when no title names one)."""
        if token.i in self.token_mention or self.lex.lemma(token) not in self.led_organs \
                or not found or any(self._kind(m) != "PERSON" for m in found):
            return []
        return [s for m in found for s in self.affiliated(m) if self._kind(s) == "STATE"]

    def _modifier_pair(self, token: Token) -> bool:
        """'The EU and NATO member', parsed as 'the EU' joined to 'NATO member': a name with 'the' joined to a
        bare singular 'member' or 'ally' names two bodies that one member belongs to."""
        return token.i in self.token_mention and any(c.dep_ == "det" for c in token.children) and any(
            c.dep_ == "conj" and c.tag_ == "NN" and self.lex.lemma(c) in self.membership_nouns
            and any(g.dep_ == "compound" and g.i in self.token_mention for g in c.children)
            and not any(g.dep_ in {"det", "poss"} for g in c.children) for c in token.children)

    def _counted(self, token: Token) -> bool:
        """A quantity noun acts for whom it counts ('a group of US firms', 'the Castria-backed group' just named),
        not for a state that only names where a kind of group is from ('Tunisian rights groups' are no Tunisia)."""
        return self.lex.lemma(token) in self.quantity_nouns and (bool(prep_objects(token, {"of"})) or not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in self.token_mention for c in token.children))

    def _listed(self, token: Token) -> list[Token]:
        """'Mali, Burkina Faso and Niger', parsed as Mali with the rest in apposition (or as a loose modifier
        after a comma): names of one kind in apposition to a name continue a list."""
        if token.i not in self.token_mention:
            return []
        label = self.mentions[self.token_mention[token.i]].label
        loose = [a for a in token.children if a.dep_ == "appos" or (
            a.dep_ in {"npadvmod", "dep"} and self.doc[a.i - 1].text == ",")]  # "Turkey, Jordan, and X"
        if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN":  # "its diplomats in X, Y and Z", the rest
            loose += [a for a in token.head.head.children if a.dep_ == "appos" and a.i > token.i
                      and self.doc[a.left_edge.i - 1].text == ","]  # hung on the noun the preposition follows
        if token.dep_ in SUBJECTS:  # "X, Y, and Z formed ...", with Z parsed as a second subject after X's 'and'
            loose += [c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i and c.left_edge.i
                      and (cc := self.doc[c.left_edge.i - 1]).dep_ == "cc" and cc.head.i == token.i]
        noun = token.head.head if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN" else token
        loose += [o for c in noun.children if c.i > token.i and self.lex.lemma(c) == "mention" and any(
            n.dep_ == "neg" for n in c.children) for o in c.children if o.dep_ == "dobj"]  # ", not to mention Y"
        return [c for a in loose if a.i in self.token_mention and label != "PERSON" and (
                self.mentions[self.token_mention[a.i]].label == label or (_listed_appos(a) and {
                    label, self.mentions[self.token_mention[a.i]].label} <= {"STATE", "ORG"}))
                for c in (a, *a.conjuncts)] + self.exemplified(token)  # "the UN, the US, the EU and the AU"

    def exemplified(self, token: Token) -> list[Token]:
        """'the West, especially the United States': the names singled out of a group, whatever their kind."""
        return [c for a in token.children if a.dep_ == "appos" and a.i in self.token_mention
                and any(m.dep_ == "advmod" and m.lower_ in EXEMPLIFYING for m in a.children)
                for c in (a, *a.conjuncts)]

    @cached_property
    def membership_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["membership_nouns"])

    @cached_property
    def victim_nouns(self) -> frozenset[str]:
        return self.attack_nouns | frozenset(self.lex.raw["victim_nouns"]["nouns"])

    @cached_property
    def quantity_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["quantity_nouns"])

    @cached_property
    def patient_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["patient_nouns"]["nouns"])

    @cached_property
    def internal_parties(self) -> frozenset[str]:
        return frozenset(self.lex.raw["internal_parties"]["nouns"])  # "X's warring parties" are within X

    @cached_property
    def seated_officials(self) -> frozenset[str]:
        return frozenset(self.lex.raw["seated_officials"]["nouns"])

    @cached_property
    def group_members(self) -> frozenset[str]:
        return frozenset(self.lex.raw["group_members"]["nouns"])

    def _members_of(self, token: Token) -> list[int]:
        """'protesters from X', 'members of X': the organisation whose people act (not a state: 'protesters
        from X' of a state are its people)."""
        if self.lex.lemma(token) in CROWDS:  # "a group of protesters from X"
            return [m for o in prep_objects(token, {"of"}) for m in self._members_of(o)]
        if self.lex.lemma(token) not in self.group_members:
            return []
        return [m for o in prep_objects(token, {"from", "of"}) for m in self.direct(o) if self._kind(m) == "ORG"]

    def _seated_in(self, token: Token) -> list[int]:
        """The state or place named 'in' or 'from' after officials, on the noun or (as the parser may hang it) on
        the verb just after its object: 'accused officials in X of ...'."""
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}] or [
            c for c in token.head.children if token.dep_ == "dobj" and c.dep_ == "prep" and c.lower_ in {"in", "from"}
            and c.i == token.i + 1]
        return [m for c in preps for o in c.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
                for m in self.direct(x) if self._kind(m) in {"STATE", "PLACE"}]  # "officials in X and Y": both

    @cached_property
    def envoy_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["envoy_nouns"]["nouns"])

    @cached_property
    def expelling_envoys(self) -> frozenset[str]:
        return frozenset(self.lex.raw["envoy_nouns"]["expelled"])  # "expelled diplomats from X"

    @cached_property
    def sponsored_groups(self) -> frozenset[str]:
        return frozenset(self.lex.raw["sponsored_groups"]["nouns"])  # "the Iran-backed group"

    @cached_property
    def descriptor_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["descriptor_nouns"])

    @cached_property
    def body_heads(self) -> frozenset[str]:
        return frozenset(self.lex.raw["body_heads"]["nouns"])

    @cached_property
    def described_regions(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(v) for k, v in self.lex.raw["described_regions"]["words"].items()}

    @cached_property
    def role_heads(self) -> frozenset[str]:
        return frozenset(self.lex.raw["roles"]["heads"])

    @cached_property
    def naming_verbs(self) -> frozenset[str]:
        return frozenset(self.lex.raw["naming_verbs"])

    @cached_property
    def issued_nouns(self) -> frozenset[str]:
        raw = self.lex.raw
        return frozenset(raw["statement_nouns"]["nouns"]) | frozenset(raw["asking_nouns"]["nouns"]) | frozenset(
            raw["issued_orders"]["nouns"])

    @cached_property
    def agent_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["agent_nouns"]) | frozenset(self.lex.raw["statement_nouns"]["nouns"])

    def subject_of(self, verb: Token) -> Token | None:
        """The verb's subject; when the parser attached a name right before the verb elsewhere
        ('... or Russia will seize it', Russia as a conjunct of an earlier noun), that name."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if len(subjects) > 1 and self.doc[subjects[-1].left_edge.i - 1].text == "," \
                and subjects[-1].i in self.token_mention and not any(
                    self.mentions[self.token_mention[w.i]].label in {"STATE", "PERSON"}
                    for w in subjects[0].subtree if w.i in self.token_mention):
            return subjects[-1]  # "The dominant force in the region, Chad has ...": the name, not a description
            # (but "the decision by X, Y and Z follows", a list the parser broke, is the decision's)
        if len(subjects) > 1 and subjects[1].left_edge.i == subjects[0].right_edge.i + 1 \
                and subjects[1].i in self.token_mention and self.mentions[self.token_mention[subjects[1].i]].label \
                == "PERSON" and subjects[0].i not in self.token_mention and subjects[0].pos_ == "NOUN":
            return subjects[1]  # "deputy chief of staff X questioned ...", the title parsed as a second subject
        if subjects:
            opening = self.doc[subjects[0].left_edge.i - 1] if subjects[0].left_edge.i else None
            if opening is not None and opening.dep_ == "prep" and opening.head.i == verb.i \
                    and not any(opening.children) and self.doc[verb.i - 1].text == "," and verb.i > 1:
                # "After the warning by X, missions ...", the opening's noun parsed as the subject
                return self._fronted_apposition(verb, self.doc[verb.i - 2]) or subjects[0]
            return subjects[0]
        hung = [c for a in verb.children if a.dep_ in {"aux", "auxpass"} for c in a.children if c.dep_ in SUBJECTS]
        if hung:  # "X is opposed to Y", parsed with X the subject of the 'is'
            return hung[0]
        if verb.dep_ == "csubj" and self.lex.lemma(verb.head) == "be":  # "Heading the mission is X": X
            return next((c for c in verb.head.children if c.dep_ == "attr"), None)
        if verb.pos_ not in {"VERB", "AUX"} or (verb.tag_ in {"VBG", "VBN"} and not any(
                c.dep_ in {"aux", "auxpass"} for c in verb.children)):
            return None  # a participle ('... Guterres accusing X') has no subject of its own to borrow
        first = min([verb.i, *(c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"})])
        if first > 0:
            before = self.doc[first - 1]
            if verb.dep_ == "advcl" and before.dep_ == "pobj" and before.head.head == verb.head:
                return None  # "arrived in X to help Y": a purpose clause's subject is its verb's, not X
            if verb.dep_ == "xcomp" and before.dep_ == "pobj":
                return None  # "became the first member of X to grant Y": the controller is the main clause's
            if before.dep_ == "npadvmod" and before.head == verb:  # "Ukraine Friday downgraded ties"
                named = [c for c in before.children if c.dep_ == "compound" and c.i in self.token_mention]
                if named:
                    return named[0]
            if before.i in self.token_mention and before.dep_ in {"conj", "pobj", "appos"} \
                    and self.mentions[self.token_mention[before.i]].label in {"PERSON", "STATE", "ORG"}:
                while before.dep_ in {"conj", "appos"} and before.head.i in self.token_mention \
                        and before.head.i < before.i and not _replaced(before.head) and not _comma_only(before):
                    before = before.head  # "by X, Y and Z to sever ties": the whole list, from its first name
                return before
            if before.text == "," and verb.dep_ == "ROOT":
                return self._fronted_apposition(verb, self.doc[first - 2]) if first > 1 else None
        return None

    def _fronted_apposition(self, verb: Token, last: Token) -> Token | None:
        """'After the warning by X, foreign missions, including Y, issued ...': a subject the parser hung as an
        apposition on the noun ending an opening prepositional phrase."""
        node = last
        while node.i < verb.i and node.head.i != node.i:
            # a plural that is not the name it hangs on (nlp.discourse.direct: "the Houthis, groups backed by Y" is)
            if node.dep_ == "appos" and node.tag_ == "NNS" and self.doc[node.left_edge.i - 1].text == "," \
                    and node.head.dep_ == "pobj" and self.direct(node) != self.direct(node.head):
                top = node.head
                while top.head.i != top.i and top.head.i != verb.i:
                    top = top.head
                return node if top.head.i == verb.i and top.dep_ in {"prep", *SUBJECTS} and top.i < node.i else None
            node = node.head
        return None

    def possessor_of(self, token: Token) -> list[int]:
        """Who a possessor names: 'Russia's', 'his country's fighters', 'the Chinese coast guard's ships'."""
        for child in [*(c for c in token.children if c.dep_ == "poss"), *_misplaced_possessor(token)]:
            found = self.direct(child) or self.pronoun(child)
            if not found and self.lex.lemma(child) in self.agent_nouns:
                found = self._fallback(child)
            if found:
                return found
        return []

    def _copula_subject(self, token: Token) -> list[int]:
        """'X is a proposition that Y wants': the attribute stands for the subject."""
        if token.dep_ == "attr" and self.lex.lemma(token.head) in self.lex.words.copulas:
            for child in token.head.children:
                if child.dep_ in SUBJECTS and child.i != token.i:
                    return self.entities(child, fallback=False)
        return []

    @cached_property
    def measure_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["votes"]["measures"])

    @cached_property
    def self_ruled(self) -> frozenset[str]:
        return frozenset(self.lex.raw["internal_parties"]["self_ruled"])  # "Iraq's semi-autonomous region"

    def _ruling_itself(self, token: Token) -> bool:
        """'Iraq's semi-autonomous Kurdish region', "Moldova's breakaway region": a party of its own, not the
        state (a split 'semi - autonomous' still has 'autonomous')."""
        return any(c.dep_ in {"amod", "compound", "advmod"} and c.lower_ in self.self_ruled for c in token.children)

    @cached_property
    def insurgents(self) -> frozenset[str]:
        return frozenset(self.lex.raw["internal_parties"]["insurgents"])  # "Burundi's rebels" fight Burundi

    def made_goods(self, token: Token) -> bool:
        """'Swiss-made ammunition', 'US-built jets': goods named by who made them."""
        return token.i not in self.token_mention and any(
            c.dep_ == "amod" and c.tag_ == "VBN" and self.lex.lemma(c) in ORIGIN_PARTICIPLES for c in token.children)

    def _fallback(self, token: Token) -> list[int]:
        found = self._fallback_any(token)
        if found and self.lex.lemma(token) in self.insurgents and not prep_objects(token, {"to"}):
            return [m for m in found if self._kind(m) != "STATE"]  # "Burundian rebels" are no Burundi; but
            # "China's opposition to the system" is China's stance
        return found

    def _state_side(self, token: Token) -> list[int]:
        """'the Japanese side', 'the US side': the one side of talks or a dispute that a state's name or demonym
        qualifies is that state; not a state's own sides or parties ('Libya's warring sides'), nor a place ('the
        Russian side of the border')."""
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
            return []
        return [m for m in self.named_by_modifiers(token) if self._kind(m) == "STATE"]

    def doers_of_befallen(self, token: Token) -> list[int]:
        """'the killing of X by Y' and 'Y's killing of X' are Y's acts; 'X's killing' is X's fate."""
        return [m for o in act_agents(token) for m in self.entities(o, agent=True)] or (
            self.possessor_of(token) if prep_objects(token, {"of"}) else [])

    @cached_property
    def coups(self) -> Coups:
        return Coups.from_lexicon(self.lex.raw["coups"])

    def coup_makers(self, token: Token) -> list[int]:
        """'condemned the coup in X': the junta that made it, the one the article names (nlp/juntas.py); never
        the state the coup befell, nor anyone for a coup that failed or that the article only recalls."""
        return list(self._junta) if self.coups.current(token) else []

    @cached_property
    def _junta(self) -> tuple[int, ...]:
        """The first mention of the article's one junta; none where two are named (role mentions, added later,
        are never juntas)."""
        juntas = {m.kb_id: i for i, m in reversed(list(enumerate(self.mentions))) if is_junta(m.kb_id)}
        return tuple(juntas.values()) if len(juntas) == 1 else ()

    def _fallback_any(self, token: Token) -> list[int]:
        if token.lower_ in self.coups.nouns:
            return self.coup_makers(token)
        if token.tag_ == "VBG" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            return self.possessor_of(token)  # "denounced the Israeli regime's targeting of X": the doer's
        if self.lex.lemma(token) in self.patient_nouns and (doers := self.doers_of_befallen(token)):
            return doers
        if token.lower_ == "side" and (found := self._state_side(token)):
            return found  # "the Japanese side rejected ...": that state
        if token.pos_ not in {"NOUN", "PROPN", "NUM"} or self.lex.lemma(token) in self.patient_nouns \
                or self.lex.lemma(token) in self.internal_parties or self._ruling_itself(token):
            return []  # "X's trial", "the killing of X" happen to X: no stance of anyone's against X; "X's
            # warring parties" are within X, not X
        if self.lex.lemma(token) in DESCRIBED_STATE and any(c.dep_ == "poss" for c in token.children) and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in OTHER_STATE for c in token.children):
            return []  # "the prime minister of India's neighbouring country": not India
        named_by = [m for c in token.children if c.dep_ == "amod" and c.tag_ in {"JJ", "NNP"}
                    for m in self.direct(c) if self._kind(m) == "STATE"]
        if named_by and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
            return named_by  # "their Russian counterparts": the Russians, whoever 'their' are
        found = self.possessor_of(token)
        if found:
            return found
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and self.lex.lemma(token) not in self.victim_nouns:
                for pobj in child.children:  # not 'the invasion of X': X suffers it
                    if pobj.dep_ == "pobj":
                        parts = (pobj, *pobj.conjuncts, *self.exemplified(pobj))  # "the behaviour of X and Y",
                        # "swathes of X and Y", "the policies of the West, especially the US"
                        found = [m for part in parts for m in self.direct(part)] or \
                            self._owner(pobj)  # "the governments of X and Y"; "this act of war imposed by X"
                        if not found and (self.lex.lemma(token) in self.quantity_nouns
                                          or self.lex.lemma(token) in self.agent_nouns
                                          or self.lex.lemma(pobj) in self.lex.raw["agent_nouns"]):
                            found = self._fallback(pobj)  # "a group of US companies", "a coalition of ... led by X",
                            # "militants of the Front's armed wing", "the movements of the Turkish navy"
                        if found:
                            return found
        if self.lex.lemma(token) in self.recipient_nouns:
            return self._included(token)  # "US aid recipients including X": X, not the US that gives
        if self.lex.lemma(token) in self.bid_nouns:
            found = [m for o in prep_objects(token, {"for"}) for x in (o, *o.conjuncts) for m in self.direct(x)]
            if found:  # "EU membership for Ukraine" is Ukraine's, not the EU's
                return found
        found = []
        one_member = token.tag_ == "NN" and self.lex.lemma(token) in self.membership_nouns  # "a NATO ally": a
        # member of the body its modifier names, not the body
        for child in token.children:
            if one_member:
                break
            if child.dep_ == "amod" and child.tag_ == "VBN" and child.i not in self.token_mention:
                if child.lower_ in SEATED or self.lex.lemma(child) not in {*self.lex.raw["owning_participles"],
                                                                           *ORIGIN_PARTICIPLES}:
                    continue  # "a Geneva-based body", "Iran-backed militias": not theirs
                child = next((c for c in child.children if c.dep_ in {"npadvmod", "compound"}
                              and c.i in self.token_mention), child)  # "Houthi-controlled ports", "Chinese-made cars"
            if child.dep_ in {"amod", "compound", "nmod", "npadvmod"}:
                parts = [child, *child.conjuncts]  # "US and UK forces"
                parts += [g for part in parts if part.i not in self.token_mention and part.dep_ in {"nmod", "compound"}
                          for g in part.children if g.dep_ == "amod" and g.i < part.i]  # "Iranian missile attacks"
                if self._joint(token):  # "a joint India-US bid", "US-UK strikes": both names before the hyphen
                    parts += [g for part in parts if part.i in self.token_mention for g in hyphened_before(part)
                              if g.i in self.token_mention]
                led = self.lex.lemma(token) in self.state_organs - {"ministry", "parliament"}
                for part in parts:
                    if part.i in self.token_mention and not self.leaning(part):
                        m = self.mentions[self.token_mention[part.i]]
                        kind = self._kind(m.idx)
                        if kind in {"STATE", "ORG"} or (led and kind == "PERSON"):
                            found.append(m.idx)  # "the Odell government": the person who leads it
        if found:  # "Chinese carmakers including BYD": the state and the companies named
            included = self._included(token)
            if included and (self.lex.lemma(token) in self.membership_nouns or token.lower_ in self.group_nouns):
                return included  # "US allies such as France", "EU countries such as Greece": the examples
            return list(dict.fromkeys(found + included))
        lemma = self.lex.lemma(token)
        found = self.role_group(token, lemma)
        if found:  # "G7 foreign ministers met ... The ministers — from X, Y and Z — said": the G7's
            return found
        if lemma in self.seated_officials and (found := self._seated_in(token)):
            return found  # "accused officials in X of ...", "the government in X"
        envoys = lemma in self.envoy_nouns and self.lex.lemma(token.head) not in self.lex.raw[
            "envoy_nouns"]["not_after"]  # "personnel from X" is X's; "withdrew personnel from X" is not
        if lemma in self.goods_nouns or envoys:  # "imports from the EU", "diplomats from X"
            found = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                     for pobj in c.children if pobj.dep_ == "pobj" for m in self.entities(pobj)]
            if found:  # "products from Chinese carmakers including BYD"
                return found
        if lemma in self.envoy_nouns and token.dep_ == "dobj" and self.lex.lemma(token.head) in self.expelling_envoys:
            found = self._expelled_envoys(token)
            if found:
                return found
        found = self._included(token)  # "armed groups, including Hezbollah" (a counted list is read as a name)
        if found:
            return found
        found = self.framed(token)
        if found:
            return found
        if self.lex.lemma(token) in self.issued_nouns:  # "a statement from the ministry", "calls from X"
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}] or [
                c for c in token.head.children if token.dep_ == "dobj" and c.dep_ == "prep" and c.lower_ == "from"
                and c.i > token.i]  # "defied a ruling from X", the parser hanging 'from X' on the verb
            found = [m for c in preps for pobj in c.children if pobj.dep_ == "pobj"
                     for m in self.entities(pobj, agent=True)]
            if found:
                return found
        if self.lex.lemma(token) in self.lex.words.approved_acts and token.tag_ in {"NN", "NNS"}:
            found = [m for o in prep_objects(token, {"by"}) for m in self.entities(o, agent=True)]
            if found:  # "condemned moves by X", "efforts by X, backed by Y": X's acts
                return found
        court = token.lower_ in self.located_courts  # "a court in Managua" stands for Nicaragua
        if token.lower_ in self.lex.raw["located_nouns"] or court:  # "our partners in Cairo" stand for Egypt
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    found = [m for pobj in child.children if pobj.dep_ == "pobj"
                             for place in (pobj, *pobj.conjuncts) for m in self.direct(place)
                             if self._kind(m) == "STATE" and not (court and self.mentions[m].kb_id in self.lex.seats)]
                    if found:
                        return found
        return self._described_before(token) or self._owner(token) or self._organ_of_subject_state(token)

    def _armed_kind(self, token: Token) -> list[Token]:
        """'rebel' in 'the rebel group', 'separatist' in 'the separatist movement': a modifier that names an armed
        kind of group, not whose group it is."""
        return [c for c in token.children if c.dep_ in {"compound", "amod"} and c.i not in self.token_mention
                and self.lex.lemma(c) in self.armed_kinds]

    @cached_property
    def armed_kinds(self) -> frozenset[str]:
        return frozenset(self.lex.raw["armed_kinds"]["words"])

    def _described_before(self, token: Token) -> list[int]:
        """'... hitting Houthi rebels in Yemen. Saudi Arabia vowed to bomb the rebels': a bare definite 'the
        rebels', 'the militants' is the group last named with that same noun in this or the five sentences
        before."""
        lemma = self.lex.lemma(token)
        sponsored = [c for c in token.children if c.dep_ == "amod" and c.tag_ == "VBN" and any(
            g.dep_ in {"npadvmod", "compound"} and g.i in self.token_mention for g in c.children)]
        kinds = self._armed_kind(token)  # "the rebel group": a kind, no owner
        if lemma not in self.descriptor_nouns or lemma in UNDERTAKING_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.children) or any(
                c.dep_ in {"compound", "amod", "nmod", "poss", "prep", "nummod"} and c not in sponsored
                and c not in kinds for c in token.children):
            return []
        for earlier in reversed(self.doc[self.window_start(token.i, 5):token.i]):
            if earlier.pos_ == "NOUN" and self.lex.lemma(earlier) == lemma and earlier.i not in self.token_mention:
                named = [m for m in self.direct(earlier) if self._kind(m) == "ORG"]
                if named:
                    return named
        if sponsored and lemma in self.sponsored_groups:
            # "a senior Houthi member said the Iran-backed group had ...":
            backers = {m for c in sponsored for g in c.subtree if (m := self.token_mention.get(g.i)) is not None}
            return self._latest(token, self.window_start(token.i, 1),  # the group just named, not its backer
                                lambda m: self._kind(m) == "ORG" and m not in backers
                                and kind_of(self.mentions[m].kb_id) is None)
        return []

    def titled_name(self, noun: Token) -> list[int]:
        """The name a common noun introduces right after it, however parsed: 'the militant movement
        Hezbollah', 'its ally Israel', 'the rebel group M23 seized'; not 'the country Russia invaded', whose
        name is a relative clause's subject."""
        after = noun.i + 1
        m = self.token_mention.get(after)
        if noun.pos_ != "NOUN" or m is None or self.mention_token.get(m) != after or self._kind(m) == "PLACE":
            return []
        root = self._mention_root(m, after)
        if root is None:
            return []
        if root.head == noun or noun.head == root or (root.head == noun.head and root.dep_ == noun.dep_):
            return [m]  # an apposition, a compound, or two subjects of one verb
        if root.dep_ in {"npadvmod", "dep", "appos"} and root.head.i < noun.i:
            return [m, *(n for c in root.conjuncts if (n := self.token_mention.get(c.i)) is not None and n != m
                         and self._kind(n) != "PLACE")]  # "militant groups Jaish-e-Mohammed and X", the
            # names hung back on the verb
        clause = root.head
        if root.dep_ == "nsubj" and clause.dep_ == "relcl" and clause.head == noun \
                and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in clause.children):
            return [m]  # "movement Hezbollah fired rockets", parsed as a relative clause with no gap
        return []

    def _title_ended_by_name(self, title: Token) -> list[int]:
        """'Minister of State for Foreign Affairs Anwar Gargash wrote', parsed with the name as the object of the
        title's 'for': a capitalised title whose phrase ends in a person's name is that person."""
        if title.pos_ != "PROPN" or title.lower_ not in self.role_heads or title.i in self.token_mention:
            return []
        m = self.token_mention.get(title.right_edge.i)
        if m is None or self._kind(m) != "PERSON":
            return []
        first = self.mention_token.get(m)
        return [m] if first is not None and title.i < first and all(
            t.is_title or t.lower_ in {"of", "for", "and"} for t in self.doc[title.i:first]) else []

    @cached_property
    def state_organs(self) -> frozenset[str]:
        return frozenset(self.lex.raw["state_organs"]["nouns"])

    def _organ_of_subject_state(self, token: Token) -> list[int]:
        """'Mali said on Monday ... The junta also expelled French troops': a bare 'the government', 'the army'
        with no owner is the state last named as a clause's subject in this or the two sentences before, when
        that subject names one state and nobody else (not the subject of its own clause: 'X criticised the
        government' is not X's); 'the Biden administration ... The administration' is the one named before by
        the same word."""
        lemma = self.lex.lemma(token)
        if lemma not in self.state_organs or token.i in self.token_mention or (
                token.tag_ == "NNS" and lemma != "authorities") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                c.dep_ not in {"det", "amod", "punct", "case"} or c.i in self.token_mention for c in token.children):
            return []
        start = self.window_start(token.i, 2)
        same = [t for t in self.doc[start: token.i] if self.lex.lemma(t) == lemma and t.pos_ in {"NOUN", "PROPN"}]
        if same:  # named by the same word before ("China's Commerce Ministry ... The ministry"): whose that one is
            found = self.entities(same[-1], agent=True)
            return found[:1] if len(found) == 1 and self._kind(found[0]) == "STATE" else []
        subject = self._clause_subject(token) if token.dep_ not in SUBJECTS else None
        acting = {c.i for c in (subject, *subject.conjuncts)} if subject is not None else set()
        for i, found in reversed(self.subjects):
            if i in acting:
                continue  # "X criticised the government": not X's own
            if start <= i < token.i:
                states = {self._name_of(m) for m in found if self._kind(m) == "STATE"}
                if len(states) == 1 and all(self._kind(m) == "STATE" for m in found):
                    return found[:1]
                return []
        return []

    @cached_property
    def role_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["envoy_nouns"]["nouns"]) | frozenset(self.lex.raw["attendance"]["attendees"])

    def role_group(self, token: Token, lemma: str) -> list[int]:
        """'The ministers' after 'G7 foreign ministers met': a definite plural of people sent or gathered, with
        no owner of its own, is the group last named by that noun within a few sentences. A restrictive
        'the ministers from X and Y' is X's and Y's; one set off by a dash or comma ('the ministers — from X,
        Y and Z —') lists who they are and stays the group."""
        if lemma not in self.role_nouns or token.tag_ != "NNS" or not any(
                c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.children):
            return []
        for child in token.children:
            if child.dep_ in {"poss", "compound", "nmod", "amod"} and (child.i in self.token_mention or child.pos_ in {
                    "PRON", "PROPN"}):
                return []  # "its ministers", "the EU ministers", "the Nigerian troops": owned here
            if child.dep_ == "prep" and not (child.lower_ in {"from", "of"} and child.i > 0
                                             and self.doc[child.i - 1].text in DASHES | {","}):
                return []  # "the ministers from Hungary and Slovakia", "the troops under X": these ones
        start = self.window_start(token.i, ROLE_WINDOW)
        for earlier in reversed(self.doc[start:token.i]):
            if earlier.tag_ == "NNS" and self.lex.lemma(earlier) == lemma:
                found = self.entities(earlier, agent=True)
                if found:
                    return found
        return []

    def _dash_list(self, token: Token) -> list[int]:
        """'Four countries joined Russia ... — Syria, Nicaragua, North Korea and Belarus', 'six nations walked out:
        X, Y, ...', 'seven countries have agreed ..., and those are X, Y, ...': a counted plural spelled out after
        a dash, a colon or words that list ('namely', 'those are') at the end of its sentence."""
        count = next((c for c in token.children if c.dep_ == "nummod"), None)
        if count is None or token.tag_ not in {"NNS", "NNPS"}:
            return []
        number = NUMBER_WORDS.get(count.lower_) or (int(count.text) if count.text.isdigit() else 0)
        end = self.sentence_starts[self.sent_of_token[token.i] + 1] if self.sent_of_token[token.i] + 1 < len(
            self.sentence_starts) else len(self.doc)
        dash = next((t.i for t in self.doc[token.i + 1:end] if t.text in {"—", "–", "--", ":"} or _names_list(t)), None)
        if dash is None:
            return self._listed_next(token, number, end)
        if dash == max(t.i for t in self.doc[token.i:end] if not t.is_space):  # the parser ended it at the colon
            following = self.sent_of_token[token.i] + 2
            end = self.sentence_starts[following] if following < len(self.sentence_starts) else len(self.doc)
        listed = list(dict.fromkeys(self.token_mention[t.i] for t in self.doc[dash + 1:end]
                                    if t.i in self.token_mention))
        return listed if len(listed) == number and all(self._kind(m) in {"STATE", "ORG"} for m in listed) else []

    def _listed_next(self, token: Token, number: int, start: int) -> list[int]:
        """'The four parliamentarians were critics of X. They included A, B, C and D.': a counted plural subject
        spelled out by the next sentence, which opens with 'they', 'these' or 'those' and a verb that lists
        ('included', 'were'), when the names listed are as many as counted and all people or all states and
        bodies."""
        if token.dep_ not in SUBJECTS or start >= len(self.doc) or self.doc[start].lower_ not in LISTING_PRONOUNS:
            return []
        verb = self.doc[start].head
        if self.lex.lemma(verb) not in {"include", "be"} or verb.i != start + 1:
            return []
        listed = list(dict.fromkeys(self.token_mention[t.i] for t in verb.subtree if t.i in self.token_mention and (
            t.dep_ in {"dobj", "attr", "appos", "conj"})))  # the list's names, not "Tory" in "Tory leader X"
        kinds = {self._kind(m) for m in listed}
        return listed if len(listed) == number and (kinds == {"PERSON"} or kinds <= {"STATE", "ORG"}) else []

    def _included(self, token: Token) -> list[int]:
        return [m for pobj in self._examples(token) for m in self.entities(pobj, fallback=False)]

    def _examples(self, token: Token) -> list[Token]:
        """The named examples of a plural noun: 'armed groups, including X', 'allies such as X and Y', and
        'some 25 countries have accepted the invitation, including X', where the parser hung the list on the verb
        or on an object that cannot hold members (it goes with the subject unless the object is plural)."""
        preps = [c for c in token.children if c.dep_ == "prep" and (c.lower_ == "including" or (
            c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)) or (
            c.lower_ == "like" and token.tag_ == "NNS"))]  # "leaders like X"
        if not preps and token.dep_ in SUBJECTS and token.lower_ in self.group_nouns:
            verb = token.head
            things = [o for o in verb.children if o.dep_ in {"dobj", "attr"} and (
                (o.i not in self.token_mention and o.tag_ == "NN" and self.lex.lemma(o) not in self.quantity_nouns)
                or (o.i in self.token_mention and o.tag_ == "NNP"))]  # "the invitation", "joined the Board of Peace"
            preps = [c for h in (verb, *things) for c in h.children if c.dep_ == "prep" and c.lower_ == "including"]
            if any(o.dep_ in {"dobj", "attr"} and o.tag_ in {"NNS", "NNPS"} for o in verb.children):
                preps = []  # "attacked many cities, including X": the object's examples
        return [pobj for c in preps for pobj in c.children if pobj.dep_ == "pobj"] + [
            o for c in preps if c.lower_ == "including" for o in prep_objects(c, {"from"})]
        # "diplomats, including from X and Y": X's and Y's

    def framed(self, token: Token) -> list[int]:
        """'peacekeeping efforts under the UN mission': what an undertaking is done within."""
        frame = self.lex.raw["framework_nouns"]
        if self.lex.lemma(token) not in frame["nouns"]:
            return []
        return [m for c in token.children if c.dep_ == "prep" and c.lower_ in frame["preps"]
                for pobj in c.children if pobj.dep_ == "pobj" for m in self.direct(pobj)]

    def _owner(self, token: Token) -> list[int]:
        """Whose a thing is by a participle: 'Houthi-controlled sites', 'a coalition led by Saudi Arabia'."""
        owning = self.lex.raw["owning_participles"]
        for clause in token.children:  # "territory the TNLA holds", "areas the rebels control"
            if clause.dep_ == "relcl" and self.lex.lemma(clause) in owning:
                found = [m for s in clause.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE
                         for m in self.entities(s, agent=True)]  # "which controls the port" is the noun itself
                if found:
                    return found
        for child in token.children:
            if child.dep_ not in {"amod", "acl"} or self.lex.lemma(child) not in owning \
                    or any(g.lower_.rstrip("s") in CAPTIVE for g in child.children):
                continue  # "schoolgirls held hostage by X": captives, not X's own
            for grand in child.children:
                if grand.dep_ in {"npadvmod", "compound", "nmod"} and grand.i < child.i:
                    found = self.direct(grand)
                elif grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ in {"to", "with"}):
                    # "led by X", "infrastructure tied to X", "militias affiliated with X"
                    found = [m for o in grand.children if o.dep_ == "pobj" for m in self.entities(o, agent=True)]
                else:
                    continue
                if found:
                    return found
        return []

    # -- pronouns ----------------------------------------------------------------------------------
    def pronoun(self, token: Token) -> list[int]:
        low = token.lower_
        if low in DESCRIBED_STATE and token.dep_ in SUBJECTS and _described_one(token) and (
                self._region_described(token) is not None or any(c.dep_ in {"amod", "compound"} for c in token.children)
        ) and (found := self._described_state(token)):
            return found  # "Turkey warned the UAE, after the Gulf state announced ...": the UAE; "recalled its
            # envoy to X after the socialist-run country closed ...": X
        if low in SINGLE_STATE and token.dep_ in SUBJECTS and _bare_definite(token):
            # "X said that the country was willing to help Y": X's state (known once titles are read), else the
            # state last acting; not cached, as affiliations come after the first reading
            return self._speakers_body(token) or self._antecedent(token, {"STATE"}, recent=self._local(token))
        if low in DESCRIBED_STATE and _object_or_conjunct(token) and _described_one(token):
            return self._described_state(token)
        if token.i in self.resolved:
            return self.resolved[token.i]
        if low in RELATIVE and token.dep_ in (*SUBJECTS, "dobj", "pobj") and token.head.dep_ == "relcl":
            antecedent = token.head.head
            found = self._clause_actor(antecedent.head) if antecedent.dep_ in {"appos", "npadvmod"} and \
                self.lex.lemma(antecedent) in self.lex.words.approved_acts else []
            # "X ordered Y to establish ties with Z, a move which was criticised by W": X's move
            found = found or self.entities(antecedent)  # "the YPG, which Turkey sees as ...": the YPG
        elif low == "whose" and token.dep_ == "poss" and token.head.head.dep_ == "relcl" \
                and token.head.head.head.pos_ in {"NOUN", "PROPN"}:
            found = self.entities(token.head.head.head, fallback=False)  # "Bolivia, whose government ...": Bolivia
        elif low in self.group_nouns and self._group_size(token):
            found = [] if self._restricted(token) else self._group(token)  # not "both leaders of X's parties"
        elif low in self.group_nouns and any(c.dep_ == "det" and c.lower_ in {"these", "those"}
                                             for c in token.children):
            found = self._last_list(token)  # "these European nations": the last list of them
        elif (states := self._states_described(token)) is not None:
            found = self._last_list(states)  # "The countries said", "The group of nations declared"
        elif low in self.body_heads and token.tag_ == "NN" and _bare_definite(token):
            found = self._named_by_head(token)  # "the board" after "the Board of Peace"
        elif low in self.lex.raw["group_numbers"] and token.dep_ in SUBJECTS and any(
                c.lower_ in {"all", "the", "both"} for c in token.children):
            found = self._group(token)  # "All three were suspended": the last three states or bodies named
        elif low in HE_SHE:
            found = self._owner_of_clause(token) or self._told_person(token) or self._antecedent(
                token, PERSON_LIKE, recent=self._local(token))
        elif low == "it" and self._parallel_thing(token):
            found = []  # "X backed the treaty, while Y opposed it": the treaty, no name
        elif low == "itself" and (own := self._reflexive_owner(token)) is not None:
            found = own
        elif low in IT_THEY:
            bound = self._bound_possessive(token)
            bound = bound if bound is not None else self._apposed_possessive(token)
            bound = bound if bound is not None else self._asker(token)
            bound = bound if bound is not None else self._stater(token)
            bound = bound if bound is not None else self._others_thing(token)
            bound = bound if bound is not None else self._speakers_body(token)
            bound = bound if bound is not None else self._repeated_possessive(token)
            bound = bound if bound is not None else self._self_ruled_before(token)
            sovereign = token.dep_ == "poss" and self.lex.lemma(token.head) in self.sovereign_possessions
            found = bound if bound is not None else self._antecedent(  # "its airspace": a state's
                token, {"STATE"} if sovereign else GROUP_LIKE, plural=low in {"they", "them", "their", "theirs"},
                recent=self._local(token))
            if low == "them" and token.dep_ in {"dobj", "pobj", "dative"} and len(found) == 1 \
                    and self._kind(found[0]) in {"STATE", "PERSON"}:
                found = self._plural_thing(token)  # "Y's allegations ... X rejected them": not one state
        else:
            return []
        self.resolved[token.i] = found
        return found

    def _self_ruled_before(self, token: Token) -> list[int] | None:
        """'sanctions on Iraq's semi-autonomous Kurdish region over its planned referendum': 'its' is the
        self-ruled region named just before (no entity between), not the state that owns it; None otherwise."""
        if token.lower_ not in {"its", "it"}:
            return None
        for w in reversed(token.doc[token.sent.start:token.i]):
            if w.i in self.token_mention:
                return None
            if w.pos_ == "NOUN" and self._ruling_itself(w):
                return []
        return None

    def _asker(self, token: Token) -> list[int] | None:
        """'an appeal from Germany to allow it to re-export X', 'X's request to let them stay': the one asking, as
        whom the request is for; None when the pronoun is not bound so."""
        verb = token.head
        if token.dep_ not in {"dobj", "nsubj"} or verb.dep_ != "acl" \
                or self.lex.lemma(verb.head) not in self.lex.raw["requests"]["nouns"]:
            return None
        noun = verb.head
        found = self._noun_author(noun)
        return found if len(found) == 1 or (token.lower_ == "them" and found) else None

    def _noun_author(self, noun: Token) -> list[int]:
        """Who a request or a statement is from: 'an appeal from X', 'the confirmation by X', 'X's pledge'."""
        return [m for o in prep_objects(noun, {"from", "by"}) for m in self.entities(o, fallback=False)] + [
            m for c in noun.children if c.dep_ == "poss" for m in self.direct(c)]

    def _stater(self, token: Token) -> list[int] | None:
        """'the confirmation by Japan that it will withdraw', 'X's pledge that they would stay': the subject of
        what a statement says is the one stating it; None when the pronoun is not bound so."""
        verb = token.head
        if token.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ not in {"acl", "ccomp"} \
                or verb.head.pos_ != "NOUN" or self.lex.lemma(verb.head) not in self.content_nouns \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return None
        noun = verb.head
        found = self._noun_author(noun)
        plural = token.lower_ in {"they", "them", "their"}
        return found if found and (len(found) == 1) != plural else None

    def _told_person(self, token: Token) -> list[int]:
        """'I have informed President X that he is ...': where the teller speaks of themself as 'I' or 'we', the
        'he' or 'she' of what they tell is the person told."""
        verb = token.head
        if token.dep_ not in SUBJECTS or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
            return []
        teller = verb.head
        if not any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in teller.children):
            return []
        told = [m for c in teller.children if c.dep_ in {"dobj", "dative"} and c.i < verb.i
                for m in self.direct(c) if self._kind(m) == "PERSON"]
        return told if len(told) == 1 else []

    def _others_thing(self, token: Token) -> list[int] | None:
        """'X condemned Y's visit, saying it glorified Z': the 'it' of what X says while taking a stance on a thing
        another did is that thing, no name; None otherwise ('X announced the move, saying it ...' is left)."""
        verb = token.head
        if token.lower_ != "it" or token.dep_ != "nsubj" or verb.dep_ != "ccomp":
            return None
        saying = verb.head
        if saying.tag_ != "VBG" or saying.dep_ not in {"advcl", "conj"} \
                or self.lex.lemma(saying) not in self.lex.speech:
            return None
        main = saying.head
        thing = next((c for c in main.children if c.dep_ == "dobj"), None)
        if thing is None or thing.tag_ != "NN" or thing.i in self.token_mention or self.entities(thing, fallback=False):
            return None
        authors = self._noun_author(thing)
        doers = {m for s in main.children if s.dep_ in SUBJECTS for m in self.entities(s, agent=True)}
        return [] if authors and not doers & set(authors) else None

    @cached_property
    def content_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["content_nouns"]["nouns"])

    def _reflexive_owner(self, token: Token) -> list[int] | None:
        """'itself' is its clause's one subject, or the one object that controls it ('asked Canada to defend
        itself'), or the owner of the noun whose infinitive it ends ('X's right to defend itself'); 'asked X and Y
        to cool tensions between itself and Z' is the asker, as X and Y are two. None when no clause above names
        one."""
        node = token.head
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"}:
                subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if subjects:
                    found = self.entities(subjects[0], agent=True)
                    return found if len(found) == 1 else None
                if node.dep_ == "acl" and (owners := [c for c in node.head.children if c.dep_ == "poss"]):
                    found = self.entities(owners[0], agent=True)  # "X's right to defend itself": X
                    return found if len(found) == 1 else None
                if node.dep_ == "xcomp":
                    controller = [c for c in node.head.children if c.dep_ == "dobj"]
                    found = [m for c in controller for m in self.entities(c, agent=True)]
                    if len(found) == 1:
                        return found
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _repeated_possessive(self, token: Token) -> list[int] | None:
        """'X angered its neighbours with its policies on Y, and its support of Z': an 'its' or 'their' repeated
        in one clause with no new subject in between is the same owner, not a name met on the way. None when
        there is no such earlier possessive."""
        if token.dep_ != "poss" or token.lower_ not in {"its", "their"}:
            return None
        for earlier in reversed(self.doc[self.sent_start(token.i):token.i]):
            if earlier.dep_ in SUBJECTS:
                return None
            if earlier.lower_ == token.lower_ and earlier.dep_ == "poss":
                clause = _clause_verb(earlier)
                return (self.pronoun(earlier) or None) if clause is not None and clause == _clause_verb(token) else None
        return None

    def _apposed_possessive(self, token: Token) -> list[int] | None:
        """'The US will consult Britain, (one of) its closest allies': an 'its' or 'their' in an apposition to a
        verb's object is not the object's own but the verb's subject's. None when not so placed."""
        if token.dep_ != "poss" or token.lower_ not in {"its", "their"}:
            return None
        node = token.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "appos":
            node = node.head.head  # "one of its allies"
        if node.dep_ != "appos" or node.head.dep_ not in {"dobj", "pobj"}:
            return None
        named = node.head
        verb = named.head.head if named.dep_ == "pobj" else named.head  # "consult with London, its ally"
        subject = self.subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is None:
            return None
        own = set(self.entities(named, fallback=False))
        found = [m for m in self.entities(subject, fallback=False) if m not in own]
        return found or None

    def _speakers_body(self, token: Token) -> list[int] | None:
        """'Ukrainian intelligence spokesman X said it had ...', 'A ministry spokesman for Y said it would':
        a singular 'it' that is the subject of what a person says is the body or state the person's title names,
        never the person. None when the pronoun is not so placed or the title names nobody."""
        if token.lower_ not in {"it", *SINGLE_STATE} or token.dep_ != "nsubj" or token.head.dep_ != "ccomp":
            return None
        saying = token.head.head
        speaker = self.subject_of(saying) if saying.pos_ in {"VERB", "AUX"} else None
        if speaker is not None and token.lower_ == "it" and speaker.pos_ in {"NOUN", "PROPN"} \
                and speaker.i not in self.token_mention:
            body = self.entities(speaker, agent=True)  # "the Brazilian foreign ministry said it had ...": the
            # ministry's; "X's government said it was quitting ...": the government X leads
            return body[:1] if len(body) == 1 and (self._kind(body[0]) in {"STATE", "ORG"} or (
                self._kind(body[0]) == "PERSON" and self.lex.lemma(speaker) in self.state_organs)) else None
        if speaker is None or self.token_mention.get(speaker.i) is None \
                or self._kind(self.token_mention[speaker.i]) != "PERSON":
            return None
        own = self.token_mention[speaker.i]
        named = [m for w in speaker.subtree if w.i < speaker.i and (m := self.token_mention.get(w.i)) is not None
                 and m != own and self._kind(m) in {"STATE", "ORG"}]
        if not named and token.lower_ in SINGLE_STATE:  # "X said the country ...": the state X's title named
            named = [m for m in self.affiliated(own) if self._kind(m) == "STATE"]
        return named[:1] or None

    def affiliated(self, person: int) -> list[int]:
        """The states and bodies a person's titles in this article tie them to, the person known by surname."""
        name = self.mentions[person].text.split()[-1]
        return [r.target for r in self.affiliations if self.mentions[r.source].text.split()[-1] == name]

    def _clause_actor(self, token: Token) -> list[int]:
        """Who acts in the clause a phrase hangs on: the first subject naming someone, up the tree."""
        node = token
        for _ in range(5):
            if node.pos_ in {"VERB", "AUX"}:
                subject = self.subject_of(node)
                found = self.entities(subject, agent=True) if subject is not None else []
                if found:
                    return found
            if node.head == node:
                break
            node = node.head
        return []

    def _plural_thing(self, token: Token) -> list[int]:
        """'No country backed Y's allegations. X rejected them': an object 'them' that no list fits stands for the
        last plural noun of its sentence or the one before, and so for that noun's owner, if it has one."""
        for word in reversed(self.doc[self.window_start(token.i, 1):token.i]):
            if word.tag_ == "NNS" and word.i not in self.token_mention and word.dep_ != "compound":
                return self.pronoun(word) or self._fallback(word)
        return []

    def _parallel_thing(self, token: Token) -> bool:
        """'X backed the treaty, while Y opposed it', 'X welcomed the plan. Y criticised it': an object 'it' whose
        clause follows one taking a stance on a thing stands for that thing, not for a name met on the way ('X
        declared independence; Y refused to recognise it' is X's act, and X's)."""
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
        if token.dep_ not in {"dobj", "pobj"} or verb.pos_ != "VERB":
            return False
        if verb.dep_ in {"conj", "advcl"} and verb.head.pos_ == "VERB":
            before = verb.head
        elif verb.dep_ == "ROOT" and self.sent_of_token[token.i] > 0:
            previous = self.doc[self.window_start(token.i, 1):self.sent_start(token.i)]
            before = next((w for w in previous if w.dep_ == "ROOT"), verb)
        else:
            return False
        thing = next((c for c in before.children if c.dep_ == "dobj"), None)
        return thing is not None and thing.i < token.i and thing.tag_ == "NN" and thing.i not in self.token_mention \
            and not self.entities(thing, fallback=False) \
            and bool({"supports", "opposes"} & set(self.lex.verb_relations(before)))

    @staticmethod
    def _local(token: Token) -> bool:
        """An object or possessive pronoun looks for the nearest fitting name; a subject, or the possessor of a
        subject ('... but its ruler praised X'), for the last subject."""
        return token.dep_ not in SUBJECTS and not (token.dep_ == "poss" and token.head.dep_ in SUBJECTS)

    def _bound_possessive(self, token: Token) -> list[int] | None:
        """'X and Y condemned the attack and reiterated their support for Z', 'Iran launched its attack': a
        possessive in a verb's object is the verb's subject's, when the number fits; 'they ... repeated their
        condemnation of X' is whoever 'they' are (nobody known, rather than a name in between). None when the
        possessive is not bound so."""
        if token.lower_ not in {"its", "their"} or token.dep_ != "poss" or self._violator(token):
            return None  # "Russian jets violated its airspace": not theirs
        verb = token.head.head if token.head.dep_ == "dobj" else self._informing(token.head)
        if verb is None:
            return None
        subject = self.subject_of(verb)
        for _ in range(3):  # "X and Y criticised Z, calling it ... and reaffirming their support for W"
            if subject is None and verb.dep_ == "xcomp":  # "ordered X to reverse its decision": X's
                subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None) \
                    or self.subject_of(verb.head)  # "X decided to reverse its decision": X's
                break
            if subject is not None or not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
                break
            verb = verb.head
            subject = self.subject_of(verb)
        if subject is not None and token.lower_ == "their" and subject.lower_ == "they":
            return self.pronoun(subject)  # the same people ('it ... its' often is not: "it could raid its embassy")
        if subject is None or subject.lower_ in IT_THEY | HE_SHE:
            return None
        found = self.entities(subject, fallback=False) or self.entities(subject, agent=True)  # "the X government"
        plural = len(found) > 1 or subject.tag_ in {"NNS", "NNPS"}
        if not found and token.lower_ == "their" and subject.tag_ == "NNS":
            return self.entities(subject)  # "the ministers ... stressed their support": theirs, known or not
        if not found or plural != (token.lower_ == "their"):
            return None
        if token.lower_ == "its" and self.mentions[found[0]].label not in GROUP_LIKE:
            return None
        return found

    @cached_property
    def informing(self) -> tuple[frozenset[str], frozenset[str]]:
        told = self.lex.raw["informing_verbs"]
        return frozenset(told["verbs"]), frozenset(told["preps"])

    def _informing(self, noun: Token) -> Token | None:
        """The verb of telling whose news `noun` is: 'informed the UN of its intention', the 'of' hung on the
        verb after the one told, or on the one told; None otherwise."""
        verbs, preps = self.informing
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
            return None
        verb = prep.head.head if prep.head.dep_ in {"dobj", "dative"} else prep.head
        if verb.pos_ != "VERB" or self.lex.lemma(verb) not in verbs or not any(
                c.dep_ in {"dobj", "dative"} and c.i < prep.i for c in verb.children):
            return None
        return verb

    def _clause_subject(self, token: Token) -> Token | None:
        """The subject of the clause a word stands in."""
        verb = _clause_verb(token)
        return self.subject_of(verb) if verb is not None else None

    def _described_state(self, token: Token) -> list[int]:
        """'X accused the Gulf nation of Y', 'sent tanks to the country': the state last named in this sentence
        or the two before as a name its clause is about, not one in the clause's own subject ('Sudanese army
        chief X accused the Gulf nation')."""
        subject = self._clause_subject(token)
        own = {w.i for w in subject.subtree} if subject is not None else set()
        region = self._region_described(token)
        return self._latest(token, self.window_start(token.i, 2),
                            lambda m: self._kind(m) == "STATE" and self.mention_token[m] not in own and (
                                _argument(self._mention_root(m, self.mention_token[m])) if region is None
                                else self._lies_in(m, region)))
        # a region named makes any state of it named before fit ('ties with Israel ... the Middle Eastern country')

    def _lies_in(self, m: int, region: frozenset[str]) -> bool:
        """Whether a state lies in a region; a state the gazetteer does not place may lie anywhere."""
        regions = self.lex.state_regions.get(self.mentions[m].kb_id)
        return regions is None or bool(region & regions)

    def _region_described(self, token: Token) -> frozenset[str] | None:
        """Where 'the Middle Eastern country' or 'the landlocked West African nation' lies, by the longest
        region named right before the noun (lexicon 'described_regions'); None when no region is named."""
        words = [w for w in token.doc[token.left_edge.i:token.i] if w.dep_ != "det"]
        parts = " ".join(w.lower_ for w in words).replace(" - ", "-").split()
        return next((self.described_regions[key] for key in (" ".join(parts[i:]) for i in range(len(parts)))
                     if key in self.described_regions), None)

    def _owner_of_clause(self, token: Token) -> list[int]:
        """'Trump's announcement on his platform, where he vowed ...': a subject pronoun in a clause that
        describes a noun refers to the person whose that noun is."""
        if token.dep_ not in SUBJECTS or token.head.dep_ not in {"relcl", "acl"}:
            return []
        node = token.head.head
        for _ in range(4):
            for child in node.children:
                if child.dep_ == "poss" and child.i in self.token_mention:
                    m = self.token_mention[child.i]
                    if self._kind(m) == "PERSON":
                        return [m]
            if node.dep_ not in {"pobj", "prep", "dobj", "appos"} or node.head == node:
                break
            node = node.head
        return []

    @cached_property
    def bid_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["membership"]["bids"])  # "EU membership for Ukraine"

    @cached_property
    def recipient_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["recipient_nouns"]["nouns"])

    @cached_property
    def group_nouns(self) -> dict[str, str]:
        return self.lex.raw["group_nouns"]

    def _restricted(self, token: Token) -> bool:
        """'both the leaders of Sudan's warring parties', 'both countries' leaders': a counted description its own
        complement or owner narrows is whom that names, not the last ones named."""
        return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "from"}
                                        and self.doc[c.i - 1].text not in DASHES | {","}) for c in token.children)

    def _group_size(self, token: Token) -> int:
        """'the two men', 'both leaders', 'the three countries': how many."""
        numbers = self.lex.raw["group_numbers"]
        for child in token.children:
            if child.dep_ in {"nummod", "det", "predet", "quantmod"} and child.lower_ in numbers:
                return numbers[child.lower_]
        return 0

    def _states_described(self, token: Token) -> Token | None:
        """The plural noun of states a bare definite subject is or is a group of: 'The countries', 'the group
        of nations' (not 'the countries of the region', 'the two nations', 'the Gulf states'). None otherwise."""
        if token.dep_ not in SUBJECTS or not _bare_definite(token):
            return None
        if token.lower_ == "group":
            token = next((o for o in prep_objects(token, {"of"}) if not list(o.children)), token)
        return token if self.group_nouns.get(token.lower_) == "STATE" else None

    def _named_by_head(self, token: Token) -> list[int]:
        """The organisation last named before `token` whose name's head noun `token` is: 'the Board of Peace ...
        declined to join the board', 'the Kalvo Development Bank ... the bank said'."""
        for m in self.by_position(reverse=True):
            first = self.mention_token.get(m.idx)
            if first is None or first >= token.i or self._kind(m.idx) != "ORG":
                continue
            root = self._mention_root(m.idx, first)
            if root is not None and root.lower_ == token.lower_:
                return [m.idx]
        return []

    def _mention_root(self, m: int, first: int) -> Token | None:
        """The head word of a mention that starts at token `first`: 'Board' of 'the Board of Peace'."""
        words = [w for w in self.doc[first:first + MAX_NAME_WORDS] if self.token_mention.get(w.i) == m]
        return next((w for w in words if w.head not in words or w.head == w), None)

    def _last_list(self, token: Token) -> list[int]:
        """The last list of two or more names of the group's kind ('Spain, the UK, France and Germany') within
        a few sentences before `token`: what 'these nations' points back to."""
        kind = self.group_nouns.get(token.lower_, "ANY")
        labels = PERSON_LIKE if kind == "PERSON" else GROUP_LIKE if kind == "STATE" else PERSON_LIKE | GROUP_LIKE
        listed = self._lists(token, labels)
        return listed[-1] if listed else []

    def _lists(self, token: Token, labels: set[str]) -> list[list[int]]:
        """The lists of two or more names of these kinds within a few sentences before `token`, in order."""
        here = self.sent_of_token[token.i]
        lists: dict[int, list[int]] = {}  # first conjunct's token -> the mentions listed with it
        for i, m in sorted(self.token_mention.items()):
            t = self.doc[i]
            if i >= token.i or here - LIST_WINDOW > self.mentions[m].sent or self._kind(m) not in labels:
                continue
            first = t
            while (first.dep_ == "conj" or _listed_appos(first)) and first.head != first:
                first = first.head
            if first.i != t.i or any(c.dep_ == "conj" or _listed_appos(c) for c in t.children):
                members = lists.setdefault(first.i, [])
                if m not in members:
                    members.append(m)
        for i, members in lists.items():  # "between itself and Saudi Arabia": the reflexive's owner is listed too
            if self.doc[i].lower_ == "itself" and i not in self.token_mention:
                members[:0] = [o for o in self.pronoun(self.doc[i]) if o not in members and self._kind(o) in labels]
        return [members for _, members in sorted(lists.items()) if len(members) > 1]

    def leaning(self, token: Token) -> bool:
        """'Palestinian' in 'pro-Palestinian', 'anti-Russian': whom the words lean to, not who they are."""
        return hyphen_prefix(self.doc, token.i) in LEANINGS

    def _goods_origin(self, token: Token) -> bool:
        """'Russian' in 'imports of Russian oil', 'Chinese steel': where goods come from."""
        return token.dep_ in {"amod", "compound"} and self.lex.lemma(token.head) in self.goods_nouns \
            and token.head.i not in self.token_mention

    def _goods_origin_of(self, m: int) -> bool:
        if m not in self._goods_origins:  # asked of every candidate a pronoun looks back over
            first = self.mention_token.get(m)
            root = self._mention_root(m, first) if first is not None else None
            self._goods_origins[m] = root is not None and self._goods_origin(root)
        return self._goods_origins[m]

    @cached_property
    def small_clause_verbs(self) -> frozenset[str]:
        return frozenset(self.lex.raw["small_clause_verbs"]["verbs"])

    @cached_property
    def goods_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.raw["goods_nouns"])

    def _group(self, token: Token, *, size: int = 0) -> list[int]:
        """The last list of N names of the right kind within a few sentences before the description ('the three
        countries', 'the two leaders'), else the last N distinct entities of that kind in this sentence or the
        two before."""
        n = size or self._group_size(token) or self.lex.raw["group_numbers"].get(token.lower_, 0)
        if not n:
            return []
        kind = self.group_nouns.get(token.lower_, "NUMBER")
        # "the three countries" are states, never a bloc; "all three" after three states: the states
        labels = PERSON_LIKE if kind == "PERSON" else STATE_LIKE if kind == "STATE" else {"STATE"} \
            if kind == "NUMBER" else PERSON_LIKE | GROUP_LIKE
        start = self.window_start(token.i, GROUP_WINDOW)
        listed_from = self.window_start(token.i, LIST_WINDOW if kind in {"STATE", "PERSON"} else GROUP_WINDOW)
        end = self.sent_end(token.i)
        # "the other seven members condemned Russia": not whoever the sentence names besides the group
        named_here = {self.mentions[m].kb_id or fold(self.mentions[m].text) for i, m in self.token_mention.items()
                      if token.i < i < end}
        region = self._region_described(token)  # "three European countries": none of India, Libya, Pakistan
        same_size = [members for members in self._lists(token, labels) if len(members) == n
                     and self.mentions[members[0]].sent >= self.sent_of_token[listed_from]
                     and (region is None or all(self._lies_in(m, region) for m in members))
                     and not any((self.mentions[m].kb_id or fold(self.mentions[m].text)) in named_here
                                 for m in members)]
        if same_size:  # "the four states" after a list of four: those, not the last four named
            return same_size[-1]
        chosen: list[int] = []
        keys: list[set[str]] = []
        for m in self.by_position(reverse=True):
            first = self.mention_token.get(m.idx)
            if first is not None and first < start:
                break  # the rest lie before the window
            if first is None or first >= token.i or self._kind(m.idx) not in labels:
                continue
            if (m.kb_id or fold(m.text)) in named_here:
                continue
            if region is not None and self._kind(m.idx) == "STATE" and not self._lies_in(m.idx, region):
                continue
            if self.leaning(self.doc[first]) or self._goods_origin_of(m.idx):
                continue  # "pro-Palestinian activists": an attitude, not a party to what the group does; "its
                # purchases of Russian oil": where goods come from, not a side
            key = set(fold(m.text).replace(".", "").split()) - HONORIFIC_WORDS
            if any(key <= k or k <= key for k in keys):
                continue  # 'Sir Keir' and 'Keir Starmer' are one person
            chosen.append(m.idx)
            keys.append(key)
        if len(chosen) < n:
            return []
        # 'the other seven members' after seven states and 'the council's chair': the kind most of them are
        label, count = Counter(self.mentions[m].label for m in chosen).most_common(1)[0]
        if count >= n:
            chosen = [m for m in chosen if self.mentions[m].label == label]
        return chosen[:n][::-1]

    @cached_property
    def genders(self) -> dict[str, str]:
        """People's gender where a title before their name tells it ('Ms Rousseff'), by surname."""
        found: dict[str, str] = {}
        for m in self.mentions:
            first = self.mention_token.get(m.idx)
            if m.label != "PERSON" or first is None:
                continue
            words = m.text.split()  # "Ms Rousseff", or "Ms" just before "Rousseff"
            titles = [words[0], *([self.doc[first - 1].text] if first > 0 else [])]
            gender = next((TITLE_GENDER[w] for w in (t.lower().rstrip(".") for t in titles) if w in TITLE_GENDER), None)
            if gender:
                found.setdefault(words[-1], gender)
        return found

    def _gender_fits(self, token: Token, idx: int) -> bool:
        """Whether 'he' or 'she' may stand for a mention: not for a person whose title says otherwise."""
        if token.lower_ not in HE_SHE:
            return True
        gender = self._gender(idx)
        return gender is None or gender == ("f" if token.lower_ in FEMININE else "m")

    def _gender(self, idx: int) -> str | None:
        return self.genders.get(self.mentions[idx].text.split()[-1])

    def _antecedent(self, token: Token, labels: set[str], *, plural: bool = False,
                    recent: bool = False) -> list[int]:
        """A subject pronoun takes the most recent subject of the right kind in this or the previous two
        sentences; a possessive or object pronoun the most recent fitting mention in its own sentence.
        Failing those, the most recent mention of that kind in the window. 'She' is never a man by his title,
        and is the last woman named in the window when a title tells one ('irked Ms Rousseff, and her
        government')."""
        sent_start = self.sent_start(token.i)
        if token.lower_ in FEMININE and "f" in self.genders.values():
            woman = self._latest(token, self.window_start(token.i, 2),
                                 lambda m: self._kind(m) == "PERSON" and self._gender(m) == "f")
            if woman:
                return woman
        own_subject: set[int] = set()
        named_below = self._named_below(token)

        def fits(m: int) -> bool:  # of the right kind, not the pronoun's own clause's subject, not the wrong gender
            return self._kind(m) in labels and m not in own_subject and self._gender_fits(token, m) \
                and self._name_of(m) not in named_below and not self._goods_origin_of(m)

        if plural and token.dep_ == "poss":  # "Cambodia and Thailand must honour their commitments"
            verb = _clause_verb(token)
            subject = self.subject_of(verb) if verb is not None else None
            group = self.entities(subject, agent=True) if subject is not None and subject.i < token.i else []
            # "the governments of Ecuador and Bolivia recalled their envoys": their own
            if len(group) > 1:
                return group
        if recent:
            verb, subject = token.head, None
            if verb.dep_ == "prep" and verb.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head  # "voted against it": the verb's subject
            while verb.dep_ == "xcomp" and self.subject_of(verb) is None and verb.head != verb:
                controller = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"} and c.i < verb.i]
                if controller:  # "Kyiv urged Germany to send it missiles": 'it' is not Germany
                    subject = controller[0]
                    break
                verb = verb.head  # "Serbia has refused to recognise it": 'it' is not Serbia
            subject = subject if subject is not None else self.subject_of(verb)
            if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
                subject = verb.head  # "a resolution censuring it": 'it' is not the resolution
            own_subject = {i for c in ([subject, *subject.conjuncts] if subject is not None else [])
                           for i in (self.token_mention.get(c.i), *self.resolved.get(c.i, ())) if i is not None}
            own_subject |= self._violator(token)
            outer = self.subject_of(verb.head.head) if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else None
            if outer is not None:
                own_subject |= set(self.entities(outer, agent=True))  # "X adopted a resolution censuring it": nor X
            # "Lebanon, Yemen and Syria voted against it": 'it' is none of them
            found = self._latest(token, sent_start, fits)  # 'Russia will seize it': it is not Russia
            if found and plural:  # "X, Y and Z, with France backing them": the whole list
                listed = [m for lst in self._lists(token, labels) if found[0] in lst for m in lst if fits(m)]
                found = listed if len(listed) > 1 else found
            if found:
                return found
        window_start = self.window_start(token.i, 2)
        if plural and token.dep_ in SUBJECTS:
            # "condemned the Israeli strikes and warned that they pose a threat": a plural noun of the same
            # sentence, before any name; what it refers to is its owner's, or nobody's
            clause = token.head
            saying = clause.head if clause.dep_ == "ccomp" else clause.head.head.head if (
                clause.dep_ == "relcl" and clause.head.dep_ == "pobj") else None  # "said in a statement they"
            if saying is not None and saying.i < token.i:  # "the ministers, neighbours of X, said they"
                speaker = self.subject_of(saying)
                if speaker is not None and speaker.i not in self.token_mention and (
                        speaker.tag_ == "NNS" or self._states_described(speaker) is not None):
                    return self.pronoun(speaker) or self._fallback(speaker)  # "the four countries said they"
            for word in reversed(self.doc[sent_start: token.i]):
                if word.tag_ == "NNS" and word.i not in self.token_mention and word.dep_ not in {"compound"}:
                    return self.pronoun(word) or self._fallback(word)
        # a pronoun of the narration is never a subject of someone's quoted words ('"The PRC makes promises,"
        # it said': not the PRC)
        narrated = self.quote_of(token) is None and bool(self.quotes)
        window = [(i, [m for m in idxs if fits(m)])
                  for i, idxs in reversed(self.subjects)
                  if window_start <= i < token.i and not (narrated and self.quote_of(self.doc[i]) is not None)]
        candidates = [fitting for _, fitting in window]
        if plural:  # "they": a group named as one ('Burkina Faso, Mali and Niger') before a single body,
            # the subject of a main clause before that of a subordinate one
            groups = sorted((self.doc[i].head.dep_ != "ROOT", n, fitting) for n, (i, fitting) in enumerate(window)
                            if len(fitting) > 1)
            if groups:
                return groups[0][2]
        for fitting in candidates:
            if fitting and (plural or len({self._name_of(m) for m in fitting}) == 1):
                return fitting if plural else fitting[:1]  # "its" is none of 'X, Y and Z', but 'the AU' of 'the
                # African Union (AU)'
        return self._latest(token, window_start, fits)

    def _violator(self, token: Token) -> set[int]:
        """'Russian jets violated its airspace': whoever a hostile verb's subject names is not the owner of the
        airspace, territory or waters it violates."""
        noun, verb = token.head, token.head.head
        if token.dep_ != "poss" or noun.dep_ != "dobj" or self.lex.lemma(noun) not in self.sovereign_possessions \
                or not ("opposes" in self.lex.verb_relations(verb)
                        or self.lex.lemma(verb) in self.lex.words.harm_verbs):
            return set()
        subject = self.subject_of(verb)
        return {*self.entities(subject, agent=True), *self.named_within(subject)} if subject is not None else set()

    def named_within(self, token: Token) -> list[int]:
        """The mentions anywhere in a phrase: 'Russian' in 'three Russian MiG-31 fighter jets'."""
        return [m for w in token.subtree if (m := self.token_mention.get(w.i)) is not None]

    @cached_property
    def sovereign_possessions(self) -> frozenset[str]:
        return frozenset(self.lex.raw["sovereign_possessions"]["nouns"])

    def _named_below(self, token: Token) -> set[str]:
        """The names a subject pronoun's own clause holds as phrases of their own: 'the country was willing to
        help Haiti' is not Haiti (a pronoun never stands for a name it commands); 'it would protect Italian
        ships' may be Italy."""
        if token.dep_ not in SUBJECTS:
            return set()
        own = {w.i for w in token.subtree}
        return {self._name_of(m) for w in token.head.subtree if w.i not in own and w.dep_ not in MODIFYING
                and (m := self.token_mention.get(w.i)) is not None}

    def _name_of(self, m: int) -> str:
        return self.mentions[m].kb_id or self.mentions[m].text

    def _latest(self, token: Token, start: int, fits: Callable[[int], bool]) -> list[int]:
        """The mention nearest before `token`, from token `start` on, that `fits`."""
        for m in self.by_position(reverse=True):
            first = self.mention_token.get(m.idx)
            if first is not None and start <= first < token.i and fits(m.idx):
                return [m.idx]
        return []

    def window_start(self, token_i: int, back: int) -> int:
        """First token of the sentence `back` sentences before the one holding token_i (or of the first)."""
        return self.sentence_starts[max(self.sent_of_token[token_i] - back, 0)]

    def sent_start(self, token_i: int) -> int:
        """First token of the sentence holding token_i (`Token.sent` rescans the whole document)."""
        return self.sentence_starts[self.sent_of_token[token_i]]

    def sent_end(self, token_i: int) -> int:
        """One past the last token of the sentence holding token_i."""
        following = self.sent_of_token[token_i] + 1
        return self.sentence_starts[following] if following < len(self.sentence_starts) else len(self.doc)

    def by_position(self, *, reverse: bool = False) -> list[Mention]:
        if len(self._ordered) != len(self.mentions):
            self._ordered = sorted(self.mentions, key=lambda m: (m.start, m.idx))
        return self._ordered[::-1] if reverse else self._ordered

    def _kind(self, idx: int) -> str:
        m = self.mentions[idx]
        if m.kb_id.startswith(("CAPITAL:", "SEAT:")):
            return "STATE"
        if not m.kb_id and m.text in self.evidenced:
            return self.evidenced[m.text]
        if m.label in {"ORG", "PLACE"} and not m.kb_id and m.text in self.person_surnames:
            return "PERSON"  # "Stoltenberg" alone, after "Jens Stoltenberg": the model's ORG is a slip
        return m.label

    @cached_property
    def topic(self) -> int | None:
        """The article's main subject: the state or body it names most, at least three times and more often than any
        other (a capital or seat counts for its state); its first mention. None when no one leads."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in self.by_position():
            if self._kind(m.idx) not in {"STATE", "ORG"} or m.idx in self.universal or m.idx in self.operations:
                continue
            key = self.entity_key(m.idx)
            counts[key] += 1
            first.setdefault(key, m.idx)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < TOPIC_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return first[ranked[0][0]]

    def entity_key(self, idx: int) -> str:
        """One key per entity: its id ('STATE:IR' also for 'Tehran'), else its folded name."""
        m = self.mentions[idx]
        if m.kb_id.startswith(("CAPITAL:", "SEAT:")):
            return "STATE:" + m.kb_id.split(":")[1]
        return m.kb_id or fold(m.text)

    @cached_property
    def person_surnames(self) -> frozenset[str]:
        return frozenset(m.text.split()[-1] for m in self.mentions if m.label == "PERSON" and " " in m.text)

    # -- quotations --------------------------------------------------------------------------------
    def quote_of(self, token: Token) -> Quote | None:
        for q in self.quotes:
            if q.start <= token.idx < q.end:
                return q
        return None


def _misplaced_possessor(noun: Token) -> list[Token]:
    """'Ukraine's EU ambitions' parsed with 'Ukraine's' hung on 'EU': a possessive opening the noun's phrase owns
    the whole phrase."""
    first = noun.left_edge
    if first.i < noun.i and first.dep_ == "nmod" and first.head.dep_ == "compound" and first.head.head == noun \
            and any(c.tag_ == "POS" for c in first.children):
        return [first]
    return []


def _argument(word: Token | None) -> bool:
    """A name a clause is about: its subject or object, or the object of a preposition on its verb; not one
    deep in a modifier ('oil bound for China')."""
    while word is not None and word.dep_ == "conj":
        word = word.head
    if word is None:
        return False
    if word.dep_ == "pobj":
        verb = word.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "recalled its ambassador to X": the object's
            verb = verb.head
        return verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"ROOT", "conj", "ccomp"}
    return word.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "poss", "appos", "attr", "ROOT"}


def _object_or_conjunct(token: Token) -> bool:
    """An object, or a conjunct of one ('sanctions on the coup leaders and the country')."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in {"dobj", "dative", "pobj"}


def _described_one(token: Token) -> bool:
    """'the country', 'the Gulf nation', 'the oil-rich country', 'the island state': 'the' and describing words
    only, none that makes it another ('the other country', 'the host nation', 'a Palestinian state'), no clause
    after; a bare 'the state' is the state as such."""
    before = [c for c in token.children if c.i < token.i]
    described = [c for c in before if c.dep_ in {"amod", "compound"}]
    return [c.lower_ for c in before if c.dep_ == "det"] == ["the"] and len(described) == len(before) - 1 \
        and not any(w.lower_ in NOT_THE_SAME for c in described for w in c.subtree) \
        and (bool(described) or token.lower_ != "state") \
        and all(c.dep_ in {"prep", "case"} for c in token.children if c.i > token.i)  # "accused the country of X"


def state_key(kb_id: str) -> str:
    """A capital's or seat's id as its state's ('CAPITAL:US:washington' -> 'STATE:US'); others unchanged."""
    kind = kb_id.split(":", 1)[0]
    return f"STATE:{kb_id.split(':')[1]}" if kind in {"CAPITAL", "SEAT"} and kb_id.count(":") >= 2 else kb_id


def _bare_definite(token: Token) -> bool:
    """'the countries', 'the group of nations': 'the' and nothing else before or after, but an 'of' phrase on
    'group'."""
    return [c.lower_ for c in token.children if c.i < token.i] == ["the"] and all(
        c.dep_ == "prep" and c.lower_ == "of" and token.lower_ == "group" for c in token.children if c.i > token.i)


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above a token: the clause it belongs to."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _replaced(t: Token) -> bool:
    """'instead of X', 'rather than X': X is who does not."""
    return t.dep_ == "pobj" and ((t.head.lower_ == "of" and any(c.lower_ == "instead" for c in t.head.children))
                                 or (t.head.lower_ == "than" and any(c.lower_ == "rather" for c in t.head.children)))


def _possessor_apart(first: Token, conj: Token) -> bool:
    """'the ousting of X and Y's bid for Z', parsed with Y joined to X: a conjunct that owns the next noun phrase
    begins a phrase of its own (not when the first name owns it too: 'X and Y's joint bid')."""
    after = conj.i + 2
    return first.dep_ != "poss" and after < len(conj.doc) and conj.doc[conj.i + 1].lower_ in {"'s", "’s"} \
        and conj.doc[after].pos_ in {"NOUN", "VERB", "ADJ"}


def _comma_only(t: Token) -> bool:
    """'In his letter to Mr X, Gen Y accused ...': a conjunct joined by a comma alone, with no 'and' or 'or' in
    its list, ends an opening phrase and begins the clause; it is no list member."""
    if t.dep_ != "conj":
        return False
    return not any(c.dep_ in {"cc", "preconj"} for m in (t, *t.conjuncts) for c in m.children)


def _listed_appos(t: Token) -> bool:
    """'Saudi Arabia, Egypt, Bahrain and the UAE' parsed with Egypt as an apposition that the rest is joined to:
    a list member, not a second name of its head."""
    return t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children)


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations; a closing ’ between letters is an apostrophe, not a quote mark."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPEN_QUOTES and (i == 0 or not text[i - 1].isalnum()):
            close = OPEN_QUOTES[ch]
            j = i + 1
            while j < n:
                c = text[j]
                if c == close and not (j + 1 < n and text[j + 1].isalpha() and text[j - 1].isalpha()):
                    break
                if c == "\n" and close in "’'":
                    break
                if close == "”" and text[j:j + 2] in DOUBLED_CLOSINGS:
                    j += 1  # "“... is regrettable,’’ X wrote": two single marks close a double quotation
                    break
                j += 1
            if j > i + 1:
                spans.append((i, min(j + 1, n)))
            i = j + 1
        else:
            i += 1
    return spans


def start_discourse(doc: Doc, mentions: list[Mention], lex: StanceLexicon,
                    sent_of_token: dict[int, int]) -> Discourse:
    d = Discourse(doc, lex, mentions, sent_of_token=sent_of_token)
    for i in sorted(sent_of_token):
        if sent_of_token[i] == len(d.sentence_starts):
            d.sentence_starts.append(i)
    for m in mentions:
        add_mention_tokens(d, m)
    return d


def add_mention_tokens(d: Discourse, m: Mention, *, skip: set[int] = frozenset()) -> None:
    span = d.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None:
        d.mention_token[m.idx] = span.start
        for t in span:
            if t.i not in skip:
                d.token_mention.setdefault(t.i, m.idx)


def finish_discourse(d: Discourse) -> Discourse:
    """Quotations, subjects in order (pronouns resolved against earlier ones), and speakers."""
    doc = d.doc
    text = doc.text  # Doc.text re-joins every token on each call
    d.quotes = [Quote(s, e) for s, e in find_quotes(text)]
    for token in doc:  # forward pass: subjects in order, pronouns resolved against earlier ones
        if token.dep_ in SUBJECTS and not _small_clause_subject(d, token):
            agent = _named_agent(d, token)
            found = d.entities(agent) if agent is not None else d.entities(token, fallback=True)
            if found:
                d.subjects.append((token.i if agent is None else agent.i, found))
    _attribute_quotes(d, text)
    d.quotes = sorted([*d.quotes, *_block_quotes(d, text)], key=lambda q: q.start)
    return d


def _block_quotes(d: Discourse, text: str) -> list[Quote]:
    """'The president said on Twitter:' and then a paragraph of his words without quote marks (a post, a
    statement): that paragraph is a quotation of the speaker the paragraph before names."""
    out: list[Quote] = []
    paragraphs = [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for (a, b), (c, e) in pairwise(paragraphs):
        if not text[a:b].rstrip().endswith(":") or text[c:e].lstrip()[:1] in OPEN_QUOTES \
                or any(c <= q.start < e for q in d.quotes):
            continue
        lead = d.doc.char_span(a, b, alignment_mode="expand")
        if lead is None:
            continue
        last = lead[-1].sent
        speakers = [found for t in last if t.pos_ in {"VERB", "AUX"} and d.lex.lemma(t) in d.lex.speech
                    and not any(q.start <= t.idx < q.end for q in d.quotes) and (found := speech_subject(d, t))]
        if speakers:
            out.append(Quote(c, e, speakers[-1]))
    return out


def _small_clause_subject(d: Discourse, token: Token) -> bool:
    """'declared the 12 officials persona non grata', 'considers X a threat': the subject of a verbless clause
    (however tagged) right after a verb of declaring or judging is that verb's object, no one a later 'they' or
    'it' picks up as a subject."""
    clause = token.head
    if clause.dep_ not in {"ccomp", "xcomp", "oprd"} or any(c.dep_ in {"aux", "auxpass", "mark"}
                                                           for c in clause.children):
        return False
    verb = clause.head
    return token.left_edge.i == verb.i + 1 and d.lex.lemma(verb) in d.small_clause_verbs
    # "X said they want peace" has no such verb


def _named_agent(d: Discourse, subject: Token) -> Token | None:
    """'His words were confirmed by X. He also thanked Y': a passive's named agent, not a subject that names
    nobody itself, is who the clause is about; 'Iran was struck by the US' stays about Iran."""
    if subject.dep_ != "nsubjpass" or subject.i in d.token_mention:
        return None
    return next((o for a in subject.head.children if a.dep_ == "agent" for o in a.children
                 if o.dep_ == "pobj" and o.i in d.token_mention), None)


def speech_subject(d: Discourse, verb: Token) -> list[int]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return _outside_quote(d, child, verb) or d.entities(child)
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head != verb:
        return speech_subject(d, verb.head)
    return []


def _outside_quote(d: Discourse, subject: Token, verb: Token) -> list[int]:
    """'"... Mr X ...," Spain's prime minister, Y Z, said': the parser may take a name inside the quotation for
    the subject and hang the real one on it; the speaker is the apposition outside the quotation (its own
    name, else the title's)."""
    def quoted(t: Token) -> bool:
        return any(q.start <= t.idx < q.end for q in d.quotes)
    if not quoted(subject) or quoted(verb):
        return []
    for title in (c for c in subject.children if c.dep_ == "appos" and not quoted(c)):
        named = [m for c in title.children if c.dep_ == "appos" for m in d.entities(c, fallback=False)]
        found = named or d.entities(title)
        if found:
            return found
    return []


def _attribute_quotes(d: Discourse, text: str) -> None:
    doc = d.doc
    speech = d.lex.speech
    previous: Quote | None = None
    for q in d.quotes:
        inside = lambda t, q=q: q.start <= t.idx < q.end  # noqa: E731
        para_start = text.rfind("\n", 0, q.start) + 1
        para_end = text.find("\n", q.end)
        para_end = len(text) if para_end == -1 else para_end
        first = doc.char_span(para_start, para_end, alignment_mode="expand")
        candidates = []
        if first is not None:
            own = {d.sent_of_token.get(t.i) for t in first if inside(t)}  # the sentences the quotation is in
            for t in first:
                if t.pos_ in {"VERB", "AUX"} and d.lex.lemma(t) in speech and not any(
                        o.start <= t.idx < o.end for o in d.quotes):
                    subject = speech_subject(d, t)
                    if subject:
                        distance = q.start - t.idx if t.idx < q.start else t.idx - q.end
                        if d.sent_of_token.get(t.i) not in own:
                            distance += len(text)  # a speaker in the quotation's own sentence comes first
                        candidates.append((distance, subject))
            for t in first if not candidates else ():  # "according to X", unless a speaker is named
                if t.lower_ == "according" and not inside(t):
                    for prep in t.children:
                        for pobj in prep.children:
                            found = d.entities(pobj)
                            if found:
                                candidates.append((abs(q.start - t.idx), found))
        if candidates:
            q.speaker = min(candidates, key=lambda c: c[0])[1]
        elif previous is not None and previous.speaker and text[para_start:q.start].strip() == "":
            q.speaker = previous.speaker  # a paragraph that opens with a quote continues the last speaker
        previous = q
