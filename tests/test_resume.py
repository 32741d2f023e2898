"""A build killed with SIGKILL midway leaves no worker behind, and running it again completes the corpus."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main

ARTICLES = 4000
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; PR_SET_PDEATHSIG")


def _write_corpus(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(ARTICLES):
            text = f"Meeting {i}. Britain and France met Ukraine in Paris. Germany backs NATO, Poland said."
            out.write(json.dumps({"text": text, "title": f"Meeting {i}", "date": "2026-01-06"}) + "\n")


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _descendants(pid: int) -> set[int]:
    tree, found, todo = _children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _contents(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute("SELECT doc_id, title, date, n_tokens FROM documents ORDER BY doc_id").fetchall(),
            "mentions": conn.execute("SELECT * FROM mentions ORDER BY doc_id, idx").fetchall(),
            "sentences": conn.execute("SELECT * FROM sentences ORDER BY doc_id, idx").fetchall(),
        }


def test_killed_build_leaves_no_worker_and_resumes_without_loss_or_duplicate(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "killed.db"
    _write_corpus(corpus)
    env = {**os.environ, "STANCEGRAPH_MODEL": "blank:en", "STANCEGRAPH_JOBS": "2"}
    build = subprocess.Popen([sys.executable, "-m", "app", "build", str(corpus), "--db", str(db), "-q"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while _documents(db) < 100:
            assert build.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline, "the build stored nothing in 120 s"
            time.sleep(0.02)
        workers = _descendants(build.pid)
        build.send_signal(signal.SIGKILL)
        build.wait()
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    stored = _documents(db)
    assert len(workers) >= 2 and 0 < stored < ARTICLES

    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)], "worker processes outlived the killed build"

    monkeypatch.setenv("STANCEGRAPH_MODEL", "blank:en")
    monkeypatch.setenv("STANCEGRAPH_JOBS", "1")
    assert main(["build", str(corpus), "--db", str(db), "-q"]) == 0
    assert f"{ARTICLES - stored} documents added, {stored} already stored" in capsys.readouterr().out
    fresh = tmp_path / "fresh.db"
    assert main(["build", str(corpus), "--db", str(fresh), "-q"]) == 0
    assert _contents(db) == _contents(fresh)
