"""The benchmark corpus generator: deterministic, varied, realistic lengths, stance-bearing sentences."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

from nlp.readers import Article, read_articles

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gen_corpus.py"
NAME = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+)\b)")


def _pools():
    spec = importlib.util.spec_from_file_location("corpus_text", SCRIPT.parent / "corpus_text.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.FIRST_NAMES), set(module.LAST_NAMES)


def _generate(path: Path, *args: str) -> list[dict]:
    subprocess.run([sys.executable, str(SCRIPT), "-o", str(path), *args], check=True)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path: Path) -> None:
    _generate(tmp_path / "a.jsonl", "-n", "50", "--seed", "3")
    _generate(tmp_path / "b.jsonl", "-n", "50", "--seed", "3")
    _generate(tmp_path / "c.jsonl", "-n", "50", "--seed", "4")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert (tmp_path / "a.jsonl").read_bytes() != (tmp_path / "c.jsonl").read_bytes()


def test_articles_are_distinct_dated_news_of_realistic_length(tmp_path: Path) -> None:
    records = _generate(tmp_path / "c.jsonl", "-n", "400", "--seed", "1")
    assert len(records) == 400
    words = [len(r["text"].split()) for r in records]
    assert min(words) >= 400 and max(words) <= 960
    dates = {dt.date.fromisoformat(r["date"]) for r in records}
    assert min(dates).year < 2018 and max(dates).year > 2024
    assert all(r["url"].startswith("https://") and r["title"] == r["text"].split("\n")[0] for r in records)
    articles = [a for a in read_articles([tmp_path / "c.jsonl"]) if isinstance(a, Article)]
    assert len({a.doc_id for a in articles}) == 400


def test_many_people_and_states_and_every_kind_of_stance(tmp_path: Path) -> None:
    records = _generate(tmp_path / "c.jsonl", "-n", "400", "--seed", "2")
    text = "\n".join(r["text"] for r in records)
    first, last = _pools()
    people = {(f, la) for f, la in NAME.findall(text) if f in first and la in last}
    assert len(people) > 1000
    lines = (SCRIPT.parent.parent / "data/gazetteer/states.jsonl").read_text(encoding="utf-8").splitlines()
    states = {json.loads(line)["label"] for line in lines}
    assert sum(1 for s in states if s in text) > 150
    for cue in ("backs", "thanked", "rejected", "imposed new sanctions on", "would send troops to",
                "would not send troops", "declined to join", "has ruled out sending troops"):
        assert text.count(cue) > 20, cue
