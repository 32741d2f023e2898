from __future__ import annotations

import json
from pathlib import Path

from nlp.readers import Article, InputProblem, document_id, read_articles, split_header


def _read(*paths: Path, max_bytes: int = 5_000_000) -> tuple[list[Article], list[InputProblem]]:
    items = list(read_articles(paths, max_bytes=max_bytes))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputProblem)]


def test_header_lines_become_fields() -> None:
    fields, body = split_header("title: A summit\ndate: 2025-03-27\nurl: https://example.org/a\n\nBody text.")
    assert fields == {"title": "A summit", "date": "2025-03-27", "url": "https://example.org/a"}
    assert body.strip() == "Body text."


def test_text_file_with_header(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("title: Talks\ndate: 2026-01-06\n\nFrance and Britain met.", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert problems == []
    (a,) = articles
    assert (a.title, a.date, a.text) == ("Talks", "2026-01-06", "France and Britain met.")


def test_metadata_json_supplies_dates_and_titles(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("Some news.\nMore.", encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({"x.md": {"date": "2025-01-02", "title": "T"}}))
    (a,), _ = _read(tmp_path)
    assert (a.title, a.date) == ("T", "2025-01-02")


def test_title_defaults_to_first_line(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Headline here\nBody.", encoding="utf-8")
    (a,), _ = _read(tmp_path)
    assert a.title == "Headline here"


def test_document_id_is_content_hash() -> None:
    assert document_id("a  b\nc") == document_id("a b c")
    assert document_id("a b c") != document_id("a b d")
    assert len(document_id("x")) == 16


def test_jsonl_reads_good_lines_and_names_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First article.", "title": "One", "date": "2025-03-01", "url": "http://e/1"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a list"]),
        json.dumps({"text": "Second article.", "date": "yesterday"}),
        json.dumps({"text": "Third article."}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.text for a in articles] == ["First article.", "Third article."]
    where = [p.source.rsplit(":", 1)[1] for p in problems]
    assert where == ["2", "3", "4", "5"]
    assert "malformed JSON" in problems[0].message
    assert "missing 'text'" in problems[1].message
    assert "is not a date" in problems[3].message


def test_bad_files_are_named_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"word " * 3000)
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    articles, problems = _read(tmp_path, max_bytes=10_000)
    assert [a.text for a in articles] == ["A good article."]
    messages = {Path(p.source).name: p.message for p in problems}
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "UTF-8" in messages["latin1.txt"]
    assert "too large" in messages["big.txt"]
    assert all("\n" not in str(p) for p in problems)


def test_missing_directory_is_a_problem(tmp_path: Path) -> None:
    articles, problems = _read(tmp_path / "nope")
    assert articles == []
    assert "no such file or directory" in problems[0].message


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    _, problems = _read(tmp_path)
    assert "no article files" in problems[0].message


def test_partial_and_written_dates_are_read() -> None:
    from nlp.readers import parse_date

    assert [parse_date(v) for v in ("2024-12", "2024", "27 March 2025", "March 27, 2025", "2025-03-27T10:00Z")] == [
        "2024-12-01", "2024-01-01", "2025-03-27", "2025-03-27", "2025-03-27"]
