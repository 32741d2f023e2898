"""The attribute ruler's faster matcher finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.rule_matcher import RuleMatcher, install

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "is"}], [{"TAG": "VBD", "LOWER": "was"}]], "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"LOWER": "i", "DEP": {"IN": ["dobj", "pobj"]}}]], "attrs": {"MORPH": "Case=Acc"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # a later rule overrides an earlier one
]


def _ruler(patterns: list[dict]) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def _doc(nlp: Language) -> Doc:
    words = ["There", "was", "that", "dog", "\n", "it", "is", "n't", "gon", "na", "see", "i", "I", "was"]
    tags = ["EX", "VBD", "DT", "NN", "_SP", "PRP", "VBZ", "RB", "VBG", "TO", "VB", "PRP", "PRP", "VBD"]
    deps = ["expl", "ROOT", "nsubj", "attr", "dep", "nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "dobj", "nsubj",
            "ROOT"]
    heads = [1, 1, 3, 1, 3, 8, 8, 8, 8, 10, 8, 10, 13, 13]
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_it_finds_what_the_matcher_finds_and_sets_the_same_attributes() -> None:
    stock, fast = _ruler(PATTERNS), _ruler(PATTERNS)
    assert install(fast)
    assert isinstance(fast.get_pipe("attribute_ruler").matcher, RuleMatcher)
    a, b = _doc(stock), _doc(fast)
    assert sorted(stock.get_pipe("attribute_ruler").match(a)) == sorted(fast.get_pipe("attribute_ruler").match(b))
    stock.get_pipe("attribute_ruler")(a)
    fast.get_pipe("attribute_ruler")(b)
    def attributes(doc: Doc) -> list[tuple[str, str, str, str]]:
        return [(t.pos_, t.lemma_, str(t.morph), t.dep_) for t in doc]

    assert attributes(a) == attributes(b)
    assert b[3].pos_ == "PROPN" and b[1].pos_ == "VERB" and b[8].lemma_ != "to" and b[9].lemma_ == "to"


def test_patterns_it_does_not_reproduce_keep_spacys_matcher() -> None:
    nlp = _ruler([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert not install(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler").matcher, RuleMatcher)
    assert not install(spacy.blank("en"))  # no ruler at all


@pytest.mark.model
def test_the_trained_models_ruler_is_sped_up_without_changing_a_token(model_nlp: Language, data_dir: Path) -> None:
    ruler = model_nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.matcher, RuleMatcher)
    text = (Path(data_dir) / "seeds").glob("*.txt")
    names = model_nlp.pipe_names
    before = names[: names.index("attribute_ruler")]
    with model_nlp.select_pipes(enable=before):
        docs = [model_nlp(p.read_text(encoding="utf-8")) for p in sorted(text)]
    for doc in docs:
        assert ruler.match(doc) == sorted(
            (int(model_nlp.vocab.strings[k]), k, s, e)
            for k, s, e in ruler.matcher._fallback(doc, allow_missing=True, as_spans=False))
