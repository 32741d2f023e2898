"""Reads during writes: the real server takes 30 articles, one after another, while 8 clients read.

Every answer must be whole and self-consistent (no edge without its ends, totals matching the items, no
going back in time), and once the writes are done the server must answer exactly as a fresh server on the
same store does. The server runs the trained model, filling its empty store from the shipped corpus first.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from tests.live import serving

pytestmark = [pytest.mark.server, pytest.mark.model]

READERS = 8
STATES = ["France", "Germany", "Italy", "Poland", "Spain", "Canada", "Japan", "Turkey", "Norway", "Sweden",
          "Denmark", "Finland", "Estonia", "Latvia", "Romania", "Greece", "Portugal", "Belgium", "Ireland", "Austria"]
ENTITIES = ["STATE:RU", "STATE:UA", "STATE:FR", "United Kingdom"]  # ids that stay put as articles arrive
URLS = [
    "/api/relations?limit=1000",
    "/api/relations?relation=supports&level=state&limit=1000",
    "/api/graph",
    "/api/graph?relations=opposes,supports,participates_in,declines&level=state",
    "/api/graph?entity=STATE:RU&depth=1",
    *(f"/api/entities/{entity.replace(' ', '%20')}" for entity in ENTITIES),
    "/api/entities/STATE:UA?level=state",
]


def article(i: int) -> dict:
    """A short article of its own: who meets, who sends troops, who refuses, who criticises whom."""
    a, b, c, d = (STATES[(i * 7 + k * 3) % len(STATES)] for k in range(4))
    text = (f"{a} and {b} met in Brussels on talks number {i + 1}. {a} said it would send troops to the "
            f"Reassurance Force. {c} would not send troops. {d} criticised Russia and backs Ukraine.")
    return {"text": text, "title": f"Talks {i + 1}", "date": f"2026-02-{i % 28 + 1:02d}",
            "url": f"https://example.org/talks/{i + 1}"}


def fetch(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=60) as response:
        if response.status != 200 or response.headers.get_content_type() != "application/json":
            raise AssertionError(f"{path}: {response.status} {response.headers.get_content_type()}")
        return json.loads(response.read())


def post(base: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(base + "/api/documents", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def inconsistencies(path: str, body: dict) -> list[str]:
    """What is wrong with one answer taken on its own."""
    wrong = []
    if path.startswith("/api/graph"):
        nodes = {n["id"] for n in body["nodes"]}
        wrong += [f"edge {e['id']} has an end outside the nodes" for e in body["edges"]
                  if e["source"] not in nodes or e["target"] not in nodes]
        if (body["meta"]["nodes"], body["meta"]["edges"]) != (len(body["nodes"]), len(body["edges"])):
            wrong.append("meta counts differ from the items")
        if len(nodes) != len(body["nodes"]) or len({e["id"] for e in body["edges"]}) != len(body["edges"]):
            wrong.append("duplicate ids")
        edges = body["edges"]
    elif path.startswith("/api/relations"):
        if body["total"] != len(body["items"]):
            wrong.append(f"total {body['total']} but {len(body['items'])} items")
        edges = body["items"]
    else:
        me = body["id"]
        outgoing = ("affiliations", "supports", "opposes", "participates_in", "declines")
        incoming = ("members", "supporters", "opponents", "participants", "decliners")
        wrong += [f"{key} edge not from {me}" for key in outgoing for e in body[key] if e["source"]["id"] != me]
        wrong += [f"{key} edge not to {me}" for key in incoming for e in body[key] if e["target"]["id"] != me]
        edges = [e for key in (*outgoing, *incoming) for e in body[key]]
    wrong += [f"{path}: evidence_total below the evidence shown" for e in edges
              if e["evidence_total"] < len(e["evidence"])]
    return wrong


def read_in_a_loop(base: str, stop: threading.Event, seen: Counter, errors: list[str], offset: int) -> None:
    documents_seen = 0
    i = offset
    while not stop.is_set():
        path = URLS[i % len(URLS)]
        i += 1
        try:
            body = fetch(base, path)
        except (OSError, AssertionError, ValueError) as err:  # HTTPError (4xx/5xx) is an OSError
            errors.append(f"{path}: {err}")
            continue
        errors += [f"{path}: {w}" for w in inconsistencies(path, body)]
        if path == "/api/graph":
            documents = body["meta"]["documents"]
            if documents < documents_seen:
                errors.append(f"went back in time: {documents} documents after {documents_seen}")
            documents_seen = documents
            seen[documents] += 1


def answers(base: str) -> dict[str, dict]:
    return {path: fetch(base, path) for path in [*URLS, "/api/health", "/api/documents?limit=1000"]}


def test_reads_stay_whole_while_articles_are_added(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    with serving(db, timeout=300) as (base, _):
        before = fetch(base, "/api/health")["documents"]
        assert before >= 1  # the shipped corpus
        stop, seen, errors = threading.Event(), Counter(), []
        readers = [threading.Thread(target=read_in_a_loop, args=(base, stop, seen, errors, k), daemon=True)
                   for k in range(READERS)]
        for reader in readers:
            reader.start()
        try:
            for i in range(30):
                status, body = post(base, article(i))
                assert status == 201 and body["added"], body
        finally:
            stop.set()
            for reader in readers:
                reader.join(timeout=120)
        assert errors == []
        assert sum(seen.values()) >= 30 and len(seen) >= 3, seen  # the readers really read during the writes
        final = answers(base)
    assert final["/api/health"]["documents"] == before + 30
    with serving(db, timeout=120) as (base, _):
        assert answers(base) == final
