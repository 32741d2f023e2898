"""End to end on the seed corpus with the real model, held to the yardstick (tolerant by design)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import DATA_DIR, SHARED

SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "seeds.gold.json"


@pytest.mark.model
@pytest.mark.skipif(not SCORER.exists(), reason="the shared yardstick (../shared/eval) is not beside the repo")
def test_seed_corpus_meets_the_yardstick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STANCEGRAPH_MODEL", raising=False)
    db, out = tmp_path / "seeds.db", tmp_path / "seeds.graphml"
    assert main(["build", str(DATA_DIR / "seeds"), "--db", str(db), "-q"]) == 0
    assert main(["export", "--format", "graphml", "--db", str(db), "-o", str(out)]) == 0
    run = subprocess.run([sys.executable, str(SCORER), str(out), str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    result = json.loads(run.stdout)
    entities, stance = result["entities"], result["stance"]
    assert entities["f1"] >= 0.95 and entities["type_accuracy"] >= 0.97, entities
    assert entities["duplicates"] == {}
    assert stance["forbidden"] == [], stance["forbidden"]
    assert stance["f1"] >= 0.85, stance
    assert all(r["recall"] >= 0.7 for r in stance["per_relation"].values()), stance["per_relation"]
    assert result["affiliations"]["f1"] >= 0.8
