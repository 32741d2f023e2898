"""The build's worker pool: same records as in-process extraction, workers replaced, bounded in flight."""

from __future__ import annotations

import multiprocessing

from spacy.language import Language

from app.extraction import PipelineSpec, extract_docs
from app.workers import WorkerPool
from nlp.readers import Article, make_article
from tests.conftest import DATA_DIR
from tests.factories import Counted


def _batches(n: int, size: int) -> list[list[Article]]:
    articles = [make_article(f"Meeting {i}. Britain and France met Ukraine in Paris; the UK backs NATO.",
                             source=f"t:{i}") for i in range(n * size)]
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def test_workers_are_replaced_and_give_the_same_records(blank_nlp: Language) -> None:
    batches = _batches(5, 3)
    source = Counted(batches)
    spec = PipelineSpec(model="blank:en", data_dir=str(DATA_DIR), batch_size=3)
    with WorkerPool(spec, jobs=1, window=2, batches_per_worker=3) as pool:
        results = {}
        for batch, extractions in pool.map(source):
            assert source.taken - len(results) <= 2  # never more than the window in flight
            results[batch[0].doc_id] = extractions
        assert pool.generations == 2  # 5 batches, 3 per worker: one replacement
    assert not multiprocessing.active_children()
    for batch in batches:
        expected = extract_docs(blank_nlp, [a.text for a in batch], data_dir=str(DATA_DIR), batch_size=3)
        assert results[batch[0].doc_id] == expected
