"""Extraction as a pure map from article texts to plain records, wherever it runs.

The same function serves the build in this process, in the build's own worker processes and on the
workers of a Dask cluster: it takes texts and a `PipelineSpec` (picklable), loads the pipeline once per
process (per thread on Dask) and returns one `Extraction` per text. No spaCy object leaves it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from app.settings import DEFAULT_DATA_DIR, Settings
from nlp.extract import extract
from nlp.pipeline import load_pipeline
from nlp.records import Extraction


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build the same pipeline as the client."""

    model: str | None = None  # None: the worker's default English model
    data_dir: str | None = None  # None: the data shipped with the worker's own installation
    batch_size: int = 16

    @classmethod
    def of(cls, settings: Settings) -> PipelineSpec:
        custom = Path(settings.data_dir).resolve() != DEFAULT_DATA_DIR.resolve()
        return cls(model=settings.model, data_dir=str(settings.data_dir) if custom else None,
                   batch_size=settings.batch_size)

    @property
    def resolved_data_dir(self) -> str:
        return self.data_dir or str(DEFAULT_DATA_DIR)


log = logging.getLogger("stancegraph.extraction")
_local = threading.local()


def pipeline_for(spec: PipelineSpec) -> Language:
    """The pipeline for `spec`, loaded on first use in this thread and kept."""
    key = (spec.model, spec.resolved_data_dir)
    cached = getattr(_local, "pipeline", None)
    if cached is None or cached[0] != key:
        _local.pipeline = (key, load_pipeline(model=spec.model, data_dir=spec.resolved_data_dir))
    return _local.pipeline[1]


def extract_docs(nlp: Language, texts: Sequence[str], *, data_dir: str, batch_size: int) -> list[Extraction]:
    """Parse `texts` with `nlp` and turn each into records. An article the rules fail on is reported, not
    fatal: its extraction carries the error and the rest of the batch goes on."""
    return [safely_extract(doc, data_dir) for doc in nlp.pipe(texts, batch_size=batch_size)]


def safely_extract(doc: Doc, data_dir: str) -> Extraction:
    try:
        return extract(doc, data_dir=data_dir)
    except Exception as err:  # a defect in one rule must not stop a build of thousands of articles
        log.exception("extraction failed on an article of %d tokens", len(doc))
        return Extraction(n_tokens=len(doc), error=f"{type(err).__name__}: {str(err)[:200]}")


def extract_texts(texts: Sequence[str], spec: PipelineSpec) -> list[Extraction]:
    """The map the workers run: texts in, one `Extraction` per text out."""
    return extract_docs(pipeline_for(spec), texts, data_dir=spec.resolved_data_dir, batch_size=spec.batch_size)
