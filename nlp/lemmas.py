"""Lemmas for the words the rules read: verbs, nouns, adjectives.

The trained pipeline keeps spaCy's rule lemmatizer loaded but not run over every token (it costs about a
quarter of the parse); `LemmaSetter` lemmatizes only content words. Docs that were not lemmatized (hand-built
test Docs, `spacy.blank`) fall back to an index of the inflected forms of every cue word the lexicons know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

CONTENT = frozenset({"VERB", "AUX", "NOUN", "ADJ"})

IRREGULAR = {
    "send": ["sent"], "lead": ["led"], "take": ["took", "taken"], "stand": ["stood"], "strike": ["struck"],
    "fight": ["fought"], "build": ["built"], "hit": ["hit"], "say": ["said"], "tell": ["told"],
    "think": ["thought"], "write": ["wrote", "written"], "set": ["set"], "see": ["saw", "seen"],
    "be": ["is", "are", "was", "were", "been", "being", "am", "'s", "'re", "’s", "’re"],
    "give": ["gave", "given"], "put": ["put"], "hold": ["held"], "keep": ["kept"], "bring": ["brought"],
    "shoot": ["shot"], "seek": ["sought"], "win": ["won"], "lose": ["lost"], "buy": ["bought"],
    "sell": ["sold"], "make": ["made"], "begin": ["began", "begun"], "forbid": ["forbade", "forbidden"],
    "withdraw": ["withdrew", "withdrawn"], "overthrow": ["overthrew", "overthrown"], "shut": ["shut"],
    "cut": ["cut"], "beat": ["beaten"], "undertake": ["undertook", "undertaken"], "have": ["has", "had"],
    "do": ["does", "did", "done"], "go": ["went", "gone"], "meet": ["met"], "feel": ["felt"],
    "speak": ["spoke", "spoken"], "break": ["broke", "broken"], "freeze": ["froze", "frozen"],
    "steal": ["stole", "stolen"], "drive": ["drove", "driven"], "rise": ["rose", "risen"],
    "blow": ["blew", "blown"], "throw": ["threw", "thrown"], "swear": ["swore", "sworn"], "bid": ["bid"],
    "spread": ["spread"], "upset": ["upset"], "forsake": ["forsook", "forsaken"], "oversee": ["oversaw"],
    "draw": ["drew", "drawn"], "get": ["got", "gotten"], "flee": ["fled"], "fly": ["flew", "flown"],
    "bear": ["bore", "borne"], "tear": ["tore", "torn"], "shake": ["shook", "shaken"], "hide": ["hid", "hidden"],
    "stride": ["strode"], "strive": ["strove", "striven"], "arise": ["arose", "arisen"], "bind": ["bound"],
    "sweep": ["swept"], "deal": ["dealt"], "mean": ["meant"], "lend": ["lent"], "spend": ["spent"],
    "know": ["knew", "known"], "grow": ["grew", "grown"], "choose": ["chose", "chosen"], "lay": ["laid"],
    "become": ["became"], "come": ["came"], "overcome": ["overcame"],
}
_DOUBLE = frozenset({
    "ship", "stop", "drop", "grab", "plan", "bar", "slam", "scrap", "snub", "commit", "admit", "permit", "regret",
    "refer", "prefer", "control", "patrol", "ban", "rob", "rig", "jab", "prod", "pin", "nab", "tap", "zap", "chat",
    "expel", "compel", "propel", "repel", "rebel", "combat", "abet", "embed", "equip", "kidnap", "occur", "transfer",
    "confer", "deter", "spur", "stir", "blur", "plot", "trim", "stab", "sap", "slap", "whip", "trap", "wrap",
    "dub", "rub", "sob", "hug", "beg", "tag", "flag", "drag", "nag", "dig", "chop", "shop", "hop", "step", "trip",
    "slip", "skip", "tip", "dip", "rip", "grip", "strip", "clip", "shun", "spot", "net", "vet", "pit", "fit",
    "knit", "quit", "outwit", "submit", "emit", "omit", "transmit", "acquit", "rebut", "recur", "incur", "prop",
    "mop", "top", "pop", "bat", "jot", "rot", "dot", "bet", "let", "wed", "shed", "sled", "jam", "ram",
})


def inflections(verb: str) -> set[str]:
    """Base, third person, past and -ing forms of an English verb (regular rules plus a small table)."""
    forms = {verb, *IRREGULAR.get(verb, [])}
    if verb == "be" or " " in verb:
        return forms
    if re.search(r"(s|x|z|ch|sh)$", verb):
        forms.add(verb + "es")
    elif re.search(r"[^aeiou]y$", verb):
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("ie"):
        stem = verb[:-2] + "y"
    elif verb in _DOUBLE:
        stem = verb + verb[-1]
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        stem = verb[:-1]
    else:
        stem = verb
    if re.search(r"[^aeiou]y$", verb):
        forms.add(verb[:-1] + "ied")
    elif verb.endswith("e"):
        forms.add(verb + "d")
    elif verb not in IRREGULAR or verb in {"cut", "shut", "put", "set", "hit", "bid", "spread", "upset"}:
        forms.add(stem + "ed")
    forms.add(stem + "ing")
    return forms


def plural(noun: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


class FallbackLemmas:
    """Inflected form -> lemma for the words the lexicons name; anything else is its own lemma."""

    def __init__(self, verbs: Iterable[str], nouns: Iterable[str], extra: dict[str, list[str]]) -> None:
        self.verbs: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        for verb in sorted(set(verbs)):
            for form in (*inflections(verb), *extra.get(verb, [])):
                self.verbs.setdefault(form, verb)
        words = sorted(set(nouns))
        for noun in words:  # plurals first: 'allies' listed as a word of its own is still 'ally'
            self.nouns.setdefault(plural(noun), noun)
        for noun in words:
            self.nouns.setdefault(noun, noun)

    def __call__(self, word: str, *, noun: bool = False) -> str:
        low = word.lower()
        first, second = (self.nouns, self.verbs) if noun else (self.verbs, self.nouns)
        return first.get(low) or second.get(low) or low

    def of(self, token: Token) -> str:
        """The token's lemma, lower-cased: spaCy's where the pipeline set one, else these indexes."""
        if token.lemma:
            lemma = token.lemma_.lower()
            if token.pos_ != "AUX" or lemma != token.lower_:
                return lemma  # a verb the tagger took for an auxiliary ('helping reestablish') keeps its form
        return self(token.text, noun=token.pos_ in {"NOUN", "PROPN"})


class LemmaSetter:
    """Set `Token.lemma_` on content words with the model's (disabled) rule lemmatizer, after making a verb of a
    word the tagger took for a noun where the parser gave it a subject and an object."""

    def __init__(self, nlp: Language) -> None:
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.tag_ in {"NN", "NNS"} and _acts_as_verb(token):
                token.pos_, token.tag_ = "VERB", "VBZ" if token.tag_ == "NNS" else "VBP"
        if self.lemmatizer is None:
            return doc
        rule = self.lemmatizer.rule_lemmatize
        for token in doc:
            if token.pos_ in CONTENT and not token.lemma:  # the attribute ruler may have set it ('are' -> 'be')
                token.lemma_ = rule(token)[0]
        return doc


def _acts_as_verb(token: Token) -> bool:
    """A word the tagger took for a noun but the parser gave a subject and a direct object, as it gives a
    verb: 'thanks' of 'Putin thanks North Korean troops'."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and "dobj" in deps
