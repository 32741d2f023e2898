from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from nlp.pipeline import add_components

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """Tokenizer, sentencizer and the stancegraph entity component: no trained model."""
    return add_components(spacy.blank("en"), data_dir=DATA_DIR)


@pytest.fixture(scope="session")
def model_nlp() -> Language:
    from nlp.pipeline import load_pipeline

    return load_pipeline(data_dir=DATA_DIR)
