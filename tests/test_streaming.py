"""Ingestion streams: JSONL is read line by line, the size limit is per article, memory stays bounded."""

from __future__ import annotations

import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

import app.ingest
from app.ingest import Ingestor
from app.settings import Settings
from graph.store import Store
from nlp.readers import Article, InputProblem, count_articles, jsonl_lines, read_articles

ARTICLE = "Britain and France met Ukraine in Paris. The UK backs NATO and Germany said so. " * 40  # ~3 kB


def _jsonl(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"text": f"Report {i}. {ARTICLE}", "date": "2025-03-27"}) + "\n")
    return path


def test_a_jsonl_file_far_over_the_limit_ingests_article_by_article(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "big.jsonl", 6000)  # ~20 MB, 190 times the per-article limit
    assert corpus.stat().st_size > 190 * 100_000
    tracemalloc.start()
    try:
        count = sum(1 for item in read_articles([corpus], max_bytes=100_000) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 6000
    assert peak < 1_000_000, f"reading held {peak} bytes at once"
    assert count_articles([corpus], max_bytes=100_000) == 6000


def test_an_oversized_article_is_named_by_line_and_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Poland met Italy."}),
        json.dumps({"text": "word " * 100_000}),  # a line far over any line limit: never read whole
        json.dumps({"text": "é" * 6000}),  # 12 kB of UTF-8 in a line under the line limit
        "",
        json.dumps({"text": "Germany met Denmark."}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_articles([tmp_path], max_bytes=10_000))
    assert [i.text for i in items if isinstance(i, Article)] == ["Poland met Italy.", "Germany met Denmark."]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [p.source.rsplit(":", 1)[1] for p in problems] == ["2", "3"]
    assert all("article too large" in p.message for p in problems)
    assert "a 500.0 kB line" in problems[0].message
    assert "(12.0 kB; the limit is 10.0 kB)" in problems[1].message


def test_undecodable_and_binary_lines_are_named(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "ok one"}\n{"text": "caf\xe9"}\n{"text": "ok two"}\n')
    (tmp_path / "b.jsonl").write_bytes(b"\x89PNG\x00\x00\x01\x02")
    items = list(read_articles([tmp_path]))
    assert [i.text for i in items if isinstance(i, Article)] == ["ok one", "ok two"]
    messages = {Path(i.source).name: i.message for i in items if isinstance(i, InputProblem)}
    assert "UTF-8" in messages["a.jsonl:2"]
    assert "binary" in messages["b.jsonl"]


def test_lone_surrogates_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "bad \\ud800 text"}\n', encoding="utf-8")
    (item,) = read_articles([tmp_path])
    assert isinstance(item, InputProblem) and "Unicode" in item.message


@pytest.mark.parametrize("limit", [5, 64, 1000])
def test_jsonl_lines_hold_at_most_the_limit(limit: int) -> None:
    data = b"short\n" + b"x" * 3000 + b"\n" + b"y" * limit + b"\n" + b"tail without newline"
    lines = list(jsonl_lines(io.BytesIO(data), limit))
    assert lines[1] == 3001 if limit < 3001 else lines[1] == b"x" * 3000 + b"\n"
    assert lines[2] == b"y" * limit + b"\n"
    assert lines[-1] == (b"tail without newline" if limit >= 20 else 20)


class _Recorder:
    """Counts the articles read and stored, and the most read ahead of the store at any moment."""

    def __init__(self) -> None:
        self.read = self.stored = self.ahead = 0

    def articles(self, items: Iterator) -> Iterator:
        for item in items:
            self.read += 1
            yield item

    def add(self, original):
        def add(article, extraction) -> bool:
            self.ahead = max(self.ahead, self.read - self.stored)
            self.stored += 1
            return original(article, extraction)
        return add


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingestion_reads_only_a_few_batches_ahead(tmp_path: Path, blank_nlp: Language, jobs: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", 200)
    settings = Settings(db=tmp_path / "s.db", model="blank:en", jobs=jobs, batch_size=8)
    recorder = _Recorder()
    reader = app.ingest.read_articles
    monkeypatch.setattr(app.ingest, "read_articles", lambda *a, **k: recorder.articles(reader(*a, **k)))
    ingestor = Ingestor(settings)
    ingestor._nlp = blank_nlp
    with Store(settings.db) as store:
        monkeypatch.setattr(store, "add", recorder.add(store.add))
        report = ingestor.ingest_paths(store, [corpus])
        assert store.counts()["documents"] == 200
    assert (report.added, recorder.read) == (200, 200)
    window = 1 if jobs == 1 else 2 * jobs + 1  # batches in flight, plus the one being stored
    assert recorder.ahead <= window * settings.batch_size
    assert report.runner == ("this process" if jobs == 1 else "2 worker processes")


def test_progress_counts_every_item_and_problems_go_to_the_callback(tmp_path: Path, blank_nlp: Language) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", 30)
    with corpus.open("a", encoding="utf-8") as out:
        out.write("{broken\n" + json.dumps({"text": "Report 0. " + ARTICLE}) + "\n")  # a duplicate of line 1

    class Bar:
        def __init__(self, total: int | None) -> None:
            self.total, self.n, self.closed = total, 0, False

        def update(self, n: int = 1) -> None:
            self.n += n

        def close(self) -> None:
            self.closed = True

    bars: list[Bar] = []
    problems: list[InputProblem] = []
    ingestor = Ingestor(Settings(db=tmp_path / "s.db", model="blank:en", jobs=1))
    ingestor._nlp = blank_nlp
    with Store(tmp_path / "s.db") as store:
        report = ingestor.ingest_paths(store, [corpus], progress=lambda total: bars.append(Bar(total)) or bars[-1],
                                       on_problem=problems.append)
    (bar,) = bars
    assert (bar.total, bar.n, bar.closed) == (32, 32, True)
    assert (report.added, report.already_stored, report.skipped, report.problems) == (30, 1, 1, [])
    assert [p.source.rsplit(":", 1)[1] for p in problems] == ["31"]


def test_an_article_the_rules_fail_on_is_reported_and_the_build_goes_on(
        tmp_path: Path, blank_nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.extraction

    real = app.extraction.extract

    def flaky(doc, *, data_dir: str):
        if "Report 3." in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, data_dir=data_dir)

    monkeypatch.setattr(app.extraction, "extract", flaky)
    corpus = _jsonl(tmp_path / "c.jsonl", 6)
    ingestor = Ingestor(Settings(db=tmp_path / "s.db", model="blank:en", jobs=1))
    ingestor._nlp = blank_nlp
    with Store(tmp_path / "s.db") as store:
        report = ingestor.ingest_paths(store, [corpus])
        stored = store.counts()["documents"]
    assert (report.added, report.skipped, stored) == (5, 1, 5)
    (problem,) = report.problems
    assert "extraction failed (RecursionError" in problem.message
