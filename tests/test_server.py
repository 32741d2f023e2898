"""The real `stancegraph serve` process on a free loopback port."""

from __future__ import annotations

import shutil
import signal
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.api_store import build_store
from tests.live import PROJECT, get, serving
from tests.test_resume import _alive, _descendants

pytestmark = pytest.mark.server


def test_serve_answers_health_and_relations(tmp_path: Path) -> None:
    db = build_store(tmp_path / "small.db")
    with serving(db) as (base, proc):
        status, health = get(base + "/api/health")
        assert status == 200 and health["status"] == "ok" and health["documents"] == 2
        status, body = get(base + "/api/relations?relation=opposes")
        assert status == 200
        assert [(r["source"]["label"], r["target"]["label"]) for r in body["items"]] == [("Keir Starmer", "Russia")]
        status, error = get(base + "/api/relations?relation=hugs")
        assert status == 422 and "'hugs' is not one of 'co_mention'" in error["detail"]
        assert error["errors"] == [{"loc": ["query", "relation"], "msg": error["detail"].split(": ", 1)[1],
                                    "type": "literal_error"}]
        with urllib.request.urlopen(base + "/", timeout=5) as page:
            assert b"vis-network-9.1.2" in page.read()
    assert proc.returncode == 0


@pytest.mark.model
def test_serve_fills_an_empty_store_from_the_corpus(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(PROJECT / "data", data, ignore=shutil.ignore_patterns("seeds"))
    (data / "seeds").mkdir()
    (data / "seeds" / "one.txt").write_text(
        "title: Paris talks\ndate: 2025-03-27\n\nFrench President Emmanuel Macron met British Prime Minister "
        "Keir Starmer in Paris on Thursday. Russia rejected the plan.\n", encoding="utf-8")
    db = tmp_path / "fresh.db"
    with serving(db, env={"STANCEGRAPH_DATA_DIR": str(data)}, timeout=180) as (base, _):
        status, health = get(base + "/api/health")
        assert status == 200 and health["documents"] == 1 and health["entities"] >= 3
        status, docs = get(base + "/api/documents")
        assert docs["items"][0]["title"] == "Paris talks"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; PR_SET_PDEATHSIG")
def test_reading_processes_answer_and_end_with_the_server(tmp_path: Path) -> None:
    db = build_store(tmp_path / "small.db")
    with serving(db, args=["--read-processes", "2"]) as (base, proc):
        readers = _descendants(proc.pid)
        assert len(readers) == 2
        for pid in readers:  # forked from the warm server, not started afresh
            assert Path(f"/proc/{pid}/cmdline").read_bytes() == Path(f"/proc/{proc.pid}/cmdline").read_bytes()
        status, body = get(base + "/api/relations?relation=opposes")
        assert status == 200 and body["total"] == 1
        status, error = get(base + "/api/relations?source=Atlantis")
        assert status == 404 and error["detail"].startswith("unknown entity 'Atlantis'")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in readers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in readers if _alive(pid)], "reading processes outlived the killed server"
