"""`stancegraph build --dask`: the extraction on a Dask cluster (a LocalCluster of 2 worker processes) gives
the same store as a build in this process."""

from __future__ import annotations

import json
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import LocalCluster

from app.cli import main
from tests.factories import Counted

ARTICLES = [
    "Britain and France will send troops to a reassurance force in Ukraine, President Emmanuel Macron said.",
    "Italy and Poland said they would not join the reassurance force. Germany said it backs the plan.",
    "Russia rejected the proposal. The European Union imposed new sanctions on Russia on Tuesday.",
    "Japan will not lift sanctions on Russia, Prime Minister Shigeru Ishiba said.",
    "Norway said it could lift sanctions on Belarus if political prisoners were released.",
    "Turkey offered to host talks between Ukraine and Russia. NATO welcomed the offer.",
    "Canada pledged new military aid to Ukraine. Hungary criticised the European Union for the decision.",
    "Zelensky thanked Britain and France for their support, and the United States backed the guarantees.",
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    # ":0": a free port for the dashboard, so a second run on the machine does not find 8787 taken
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


def _corpus(tmp_path: Path, copies: int = 1) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for c in range(copies):
            for i, text in enumerate(ARTICLES):
                out.write(json.dumps({"text": f"{text} (Report {c}.)", "title": f"Report {i}/{c}",
                                      "date": f"2025-03-{10 + i}"}) + "\n")
    return path


def _contents(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute("SELECT doc_id, title, date, url, source, text, n_tokens FROM documents "
                                      "ORDER BY doc_id").fetchall(),
            **{table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3, 4, 5").fetchall()
               for table in ("sentences", "mentions", "relations")},
        }


def _both_builds(tmp_path: Path, address: str, capsys: pytest.CaptureFixture[str], *, copies: int = 1):
    corpus = _corpus(tmp_path, copies)
    local, remote = tmp_path / "local.db", tmp_path / "dask.db"
    assert main(["build", str(corpus), "--db", str(local), "--jobs", "1", "-q"]) == 0
    assert main(["build", str(corpus), "--db", str(remote), "--dask", address, "-q"]) == 0
    out = capsys.readouterr().out
    assert f"{len(ARTICLES) * copies} documents added" in out.splitlines()[-1]
    return _contents(local), _contents(remote)


def test_dask_build_equals_a_local_build(tmp_path: Path, cluster: LocalCluster, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("STANCEGRAPH_MODEL", "blank:en")  # tokenizer and gazetteer only: fast
    local, remote = _both_builds(tmp_path, cluster.scheduler_address, capsys, copies=20)
    assert len(remote["documents"]) == 160 and remote["mentions"]
    assert remote == local


@pytest.mark.model
def test_dask_build_with_the_model_equals_a_local_build(tmp_path: Path, cluster: LocalCluster,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    local, remote = _both_builds(tmp_path, cluster.scheduler_address, capsys)
    assert {r[3] for r in remote["relations"]} >= {"supports", "opposes", "participates_in", "declines"}
    assert remote == local


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["build", str(_corpus(tmp_path)), "--db", str(tmp_path / "s.db"), "--dask",
                     f"tcp://127.0.0.1:{port}", "-q"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in err


def test_dask_runner_keeps_a_bounded_window(cluster: LocalCluster) -> None:
    from app.cluster import DaskRunner
    from app.extraction import PipelineSpec
    from nlp.readers import make_article

    batches = [[make_article(f"Report {i}. Germany backs NATO.", source=f"t:{i}")] for i in range(12)]
    source = Counted(batches)
    runner = DaskRunner(cluster.scheduler_address, PipelineSpec(model="blank:en"), window=3)
    try:
        seen = []
        for batch, extractions in runner.map(source):
            assert source.taken - len(seen) <= 3
            assert [m.text for m in extractions[0].mentions] == ["Germany", "NATO"]
            seen.append(batch[0].doc_id)
    finally:
        runner.close()
    assert sorted(seen) == sorted(b[0].doc_id for b in batches)
