"""Long read answers built in reading processes (app/api/offload.py) are the server process's own answers, see
every write committed before they began, and survive a reading process's death."""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from spacy.language import Language

from app.api import offload
from app.api.deps import View
from app.api.offload import ReadProcesses
from app.api.relations import relations_page
from app.api.state import ReaderPool
from app.cli import main
from app.ingest import Ingestor
from app.settings import Settings
from graph import query
from tests.api_store import build_store
from tests.live import PROJECT
from tests.test_api import ARTICLE, DATA_DIR

with warnings.catch_warnings():  # starlette 1.x warns that it would rather drive httpx2 than httpx
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from app.api import create_app

URLS = ["/api/relations", "/api/relations?limit=2&offset=1", "/api/relations?level=state&evidence_limit=1",
        "/api/relations?relation=co_mention&source=Keir+Starmer", "/api/relations?relation=opposes&target=Russia",
        "/api/relations?since=2026-01&level=state", "/api/relations?relation=supports&until=2025",
        "/api/relations?source=Atlantis", "/api/relations?target=Ukraine&since=2024-13"]


def which_process(view: View) -> dict:
    """An answer saying where and from which version it was built (module-level: a process imports it)."""
    return {"pid": os.getpid(), "version": view.snapshot.version,
            "documents": view.snapshot.connection.execute("SELECT count(*) FROM documents").fetchone()[0]}


def dies(view: View) -> dict:
    os._exit(3)


def wait_ready(processes: ReadProcesses) -> None:
    deadline = time.monotonic() + 60
    while not processes.ready:
        assert time.monotonic() < deadline, "no reading process became ready"
        time.sleep(0.05)


@contextmanager
def client(db: Path, *, read_processes: int, nlp: Language | None = None) -> Iterator[TestClient]:
    settings = Settings(db=db, data_dir=DATA_DIR)
    ingestor = None
    if nlp is not None:
        ingestor = Ingestor(settings)
        ingestor._nlp = nlp
    with TestClient(create_app(settings, ingestor=ingestor, read_processes=read_processes),
                    raise_server_exceptions=False) as c:
        processes = c.app.state.stancegraph.read_processes
        if read_processes:
            wait_ready(processes)
        yield c


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many answers reading processes built, from now on."""
    counted: list[int] = []
    answer = ReadProcesses.answer

    async def counting(self: ReadProcesses, *args: object) -> tuple | None:
        try:
            found = await answer(self, *args)
        except query.QueryError:  # raised in a reading process
            counted.append(True)
            raise
        counted.append(found is not None)
        return found

    monkeypatch.setattr(ReadProcesses, "answer", counting)
    return counted


def test_query_errors_keep_their_message_across_processes() -> None:
    for error in (query.UnknownEntity("Atlantis"), query.InvalidDate("2024-13"), query.UnknownType("FISH"),
                  query.QueryError("depth must be 0 or more, not -1")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and copy.message == error.message
        assert copy.__dict__ == error.__dict__


def test_answers_from_reading_processes_are_the_servers_own(tmp_path: Path, built: list[int]) -> None:
    db = build_store(tmp_path / "s.db")
    with client(db, read_processes=0) as plain:
        expected = [(r.status_code, r.headers["content-type"], r.content) for r in map(plain.get, URLS)]
    assert built == []
    with client(db, read_processes=2) as c:
        assert [(r.status_code, r.headers["content-type"], r.content) for r in map(c.get, URLS)] == expected
    assert built == [True] * (len(URLS) - 1)  # the last is refused before any answer is built
    assert [status for status, *_ in expected][-2:] == [404, 422]


def test_a_reading_process_sees_an_article_posted_to_the_server(tmp_path: Path, blank_nlp: Language,
                                                                built: list[int]) -> None:
    db = build_store(tmp_path / "s.db")
    url = "/api/relations?relation=co_mention&source=Rome"
    with client(db, read_processes=1, nlp=blank_nlp) as c:
        assert c.get(url).status_code == 404  # no Rome yet
        assert c.post("/api/documents", json=ARTICLE).status_code == 201
        after = c.get(url)
        assert after.status_code == 200 and after.json()["total"] >= 1
        processes = c.app.state.stancegraph.read_processes
        version, body = asyncio.run(processes.answer(which_process, "person", {}))
        with c.app.state.stancegraph.snapshot() as snapshot:
            assert version == snapshot.version and json.loads(body)["documents"] == 3
    assert built[:2] == [True, True]


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[ReaderPool]:
    readers = ReaderPool(build_store(tmp_path / "s.db"))
    readers.warm_now(articles=True)
    try:
        yield readers
    finally:
        readers.close()


def answered(processes: ReadProcesses, answer: object, **params: object) -> tuple[int, object] | None:
    return asyncio.run(processes.answer(answer, "person", params))


def where(processes: ReadProcesses) -> dict:
    """`which_process`, answered by a reading process."""
    return json.loads(answered(processes, which_process)[1])


def answers_alike(pool: ReaderPool, *, fork: bool) -> None:
    """A reading process (forked from this one, or spawned) answers as this process does."""
    params = {"relation": None, "source": None, "target": "Russia", "dates": query.DateRange(), "limit": 10,
              "offset": 0, "evidence_limit": 3}
    with pool.snapshot() as snapshot:
        expected = relations_page(View("person", snapshot), **params)
    processes = ReadProcesses(pool, processes=1)
    processes.start()
    try:
        wait_ready(processes)
        assert processes.forked is fork
        version, body = answered(processes, relations_page, **params)
        assert version == snapshot.version and body == offload.encoded(expected)
        assert where(processes)["pid"] != os.getpid()
    finally:
        processes.close()


def forked_answers_alike(db: str) -> None:
    """`answers_alike` forked from a warm pool, in a fresh process (one thread: what a fork needs)."""
    pool = ReaderPool(Path(db))
    pool.warm_now(articles=True)
    try:
        answers_alike(pool, fork=True)
    finally:
        pool.close()


def test_processes_spawned_afresh_answer_as_the_server(pool: ReaderPool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offload, "can_fork", lambda: False)
    answers_alike(pool, fork=False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reading processes are forked on Linux only")
def test_processes_forked_from_a_warm_server_answer_as_it_does(tmp_path: Path) -> None:
    db = build_store(tmp_path / "s.db")
    code = f"from tests.test_offload import forked_answers_alike; forked_answers_alike({str(db)!r})"
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_reading_process_that_dies_is_replaced(pool: ReaderPool) -> None:
    processes = ReadProcesses(pool, processes=1)
    processes.start()
    try:
        wait_ready(processes)
        first = where(processes)["pid"]
        assert answered(processes, dies) is None  # the caller builds the answer itself
        assert processes.restarts == 1
        wait_ready(processes)
        again = where(processes)
        assert again["pid"] not in (first, os.getpid()) and again["documents"] == 2
    finally:
        processes.close()
    assert not [t for t in threading.enumerate() if "ExecutorManagerThread" in type(t).__name__ and t.is_alive()]


def test_processes_that_keep_dying_leave_the_answers_to_the_server(pool: ReaderPool,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offload, "MAX_RESTARTS", 1)
    processes = ReadProcesses(pool, processes=1)
    processes.start()
    try:
        for _ in range(2):
            wait_ready(processes)
            assert answered(processes, dies) is None
        assert processes.restarts == 1 and not processes.ready
        assert answered(processes, which_process) is None
    finally:
        processes.close()


def test_serve_refuses_a_negative_number_of_reading_processes(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = build_store(tmp_path / "s.db")
    assert main(["serve", "--db", str(db), "--port", "1", "--read-processes", "-1"]) == 2
    err = capsys.readouterr().err
    assert err == "stancegraph: error: --read-processes -1: give 0 or more\n"
