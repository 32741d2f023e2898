"""The command line, with a tokenizer-only pipeline (STANCEGRAPH_MODEL=blank:en) so no model is needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from app.cli import main
from tests.damaged import DAMAGE, damaged_store

GOOD = "title: Talks\ndate: 2026-01-06\n\nBritain and France met Ukraine in Paris. The UK backs NATO."


@pytest.fixture(autouse=True)
def blank_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEGRAPH_MODEL", "blank:en")


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    return corpus


def test_build_then_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    assert main(["build", str(_corpus(tmp_path)), "--db", str(db), "-q"]) == 0
    out = capsys.readouterr().out
    assert "1 documents added" in out and "store holds 1 documents, 6 entity mentions" in out
    assert main(["export", "--format", "graphml", "--db", str(db), "-o", str(tmp_path / "g.graphml")]) == 0
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert {d["label"] for _, d in g.nodes(data=True)} >= {"United Kingdom", "France", "Ukraine", "NATO"}


def test_build_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, corpus = tmp_path / "s.db", _corpus(tmp_path)
    main(["build", str(corpus), "--db", str(db), "-q"])
    capsys.readouterr()
    assert main(["build", str(corpus), "--db", str(db), "-q"]) == 0
    assert "0 documents added, 1 already stored" in capsys.readouterr().out


def test_bad_inputs_are_reported_and_the_rest_ingests(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, corpus = tmp_path / "s.db", _corpus(tmp_path)
    assert main(["build", str(corpus), "--db", str(db), "-q"]) == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.md").write_bytes(bytes(range(256)))
    (bad / "latin1.txt").write_bytes(b"Fran\xe7ois Hollande said so.")
    with (bad / "huge.txt").open("wb") as handle:
        handle.write(b"Britain " * (20_000_000 // 8))
    (bad / "lines.jsonl").write_text('{"text": "Poland met Italy."}\n{broken\n', encoding="utf-8")
    (bad / "ok.txt").write_text("Germany met Denmark.", encoding="utf-8")
    capsys.readouterr()
    code = main(["build", str(bad), str(tmp_path / "missing"), "--db", str(db), "-q"])
    out, err = capsys.readouterr()
    assert code == 0
    lines = err.strip().splitlines()
    assert len(lines) == 6, err
    for name, what in [("empty.txt", "empty"), ("binary.md", "binary"), ("latin1.txt", "UTF-8"),
                       ("huge.txt", "too large"), ("lines.jsonl:2", "malformed JSON"), ("missing", "no such")]:
        assert any(name in line and what in line for line in lines), (name, err)
    assert "Traceback" not in err
    assert "2 documents added, 0 already stored, 6 skipped" in out and "store holds 3 documents" in out


def test_nothing_ingestible_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "e"
    empty.mkdir()
    (empty / "a.txt").write_text("", encoding="utf-8")
    assert main(["build", str(empty), "--db", str(tmp_path / "s.db"), "-q"]) == 1
    assert main(["build", str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.db"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "empty" in err and "no such file or directory" in err


def test_export_without_store_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.graphml")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no such database" in err


def test_export_formats(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    main(["build", str(_corpus(tmp_path)), "--db", str(db), "-q"])
    for fmt in ("gexf", "graphology", "json", "csv"):
        out = tmp_path / f"g.{fmt}"
        assert main(["export", "--format", fmt, "--db", str(db), "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert json.loads((tmp_path / "g.json").read_text())["nodes"]
    assert json.loads((tmp_path / "g.graphology").read_text())["options"]["multi"] is True


@pytest.mark.parametrize("command", ["build", "export", None])
def test_help(command: str | None) -> None:
    args = [sys.executable, "-m", "app", *([command] if command else []), "--help"]
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "usage: stancegraph" in result.stdout


def test_parallel_parse_gives_the_same_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    lines = [json.dumps({"text": f"Britain and France met Ukraine in Paris, meeting {i}. The UK backs NATO."})
             for i in range(12)]
    (corpus / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    exports = []
    for jobs in ("1", "2"):
        monkeypatch.setenv("STANCEGRAPH_JOBS", jobs)
        db, out = tmp_path / f"{jobs}.db", tmp_path / f"{jobs}.csv"
        assert main(["build", str(corpus), "--db", str(db), "-q"]) == 0
        assert main(["export", "--format", "csv", "--db", str(db), "-o", str(out)]) == 0
        exports.append(out.read_text(encoding="utf-8"))
    assert exports[0] == exports[1]


@pytest.mark.parametrize("kind", ["text", "truncated", "newer", "foreign"])
@pytest.mark.parametrize("command", ["build", "export", "query", "serve"])
def test_every_command_refuses_a_damaged_store_and_leaves_it_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: str) -> None:
    db = damaged_store(kind, tmp_path)
    before = db.read_bytes()
    argv = {"build": ["build", str(_corpus(tmp_path)), "-q"],
            "export": ["export", "--format", "graphml", "-o", str(tmp_path / "out.graphml")],
            "query": ["query", "opposes"],
            "serve": ["serve", "--port", "1", "-q"]}[command]
    assert main([*argv, "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith(f"stancegraph: error: {db}: ")
    assert DAMAGE[kind] in captured.err
    assert db.read_bytes() == before
    assert not (tmp_path / "out.graphml").exists()
