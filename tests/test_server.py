"""The real `stancegraph serve` process on a free loopback port."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.api_store import build_store

pytestmark = pytest.mark.server
PROJECT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 5) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


@contextmanager
def serving(db: Path, *, env: dict | None = None, timeout: float = 60) -> Iterator[tuple[str, subprocess.Popen]]:
    port = free_port()
    cmd = [sys.executable, "-m", "app", "serve", "--db", str(db), "--port", str(port), "--log-level", "warning",
           "--quiet"]
    proc = subprocess.Popen(cmd, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited with {proc.returncode}:\n{proc.stdout.read()}")
            try:
                if get(base + "/api/health", timeout=1)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("server did not answer /api/health in time")
            time.sleep(0.1)
        yield base, proc
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def test_serve_answers_health_and_relations(tmp_path: Path) -> None:
    db = build_store(tmp_path / "small.db")
    with serving(db) as (base, proc):
        status, health = get(base + "/api/health")
        assert status == 200 and health["status"] == "ok" and health["documents"] == 2
        status, body = get(base + "/api/relations?relation=opposes")
        assert status == 200
        assert [(r["source"]["label"], r["target"]["label"]) for r in body["items"]] == [("Keir Starmer", "Russia")]
        status, error = get(base + "/api/relations?relation=hugs")
        assert status == 422 and "unknown relation" in error["detail"]
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
