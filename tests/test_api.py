"""The HTTP API through FastAPI's TestClient, on a store built from hand-made records."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from spacy.language import Language

from app.ingest import Ingestor
from app.settings import Settings
from tests.api_store import build_store

with warnings.catch_warnings():  # starlette 1.x warns that it would rather drive httpx2 than httpx
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from app.api import create_app

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _client(db: Path, *, host: str = "127.0.0.1", token: str | None = None, max_bytes: int = 5_000_000,
            nlp: Language | None = None) -> TestClient:
    settings = Settings(db=db, data_dir=DATA_DIR, token=token, max_bytes=max_bytes)
    ingestor = None
    if nlp is not None:
        ingestor = Ingestor(settings)
        ingestor._nlp = nlp
    return TestClient(create_app(settings, host=host, ingestor=ingestor), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "seeded.db")


@pytest.fixture(scope="module")
def client(seeded: Path) -> Iterator[TestClient]:
    with _client(seeded) as c:
        yield c


@pytest.fixture
def db(tmp_path: Path, seeded: Path) -> Path:
    """A private copy of the store for tests that write."""
    copy = tmp_path / "store.db"
    copy.write_bytes(seeded.read_bytes())
    return copy


@pytest.fixture
def writer(db: Path, blank_nlp: Language) -> Iterator[TestClient]:
    with _client(db, nlp=blank_nlp) as c:
        yield c


def _detail(response) -> str:
    """The problem's one-sentence detail, after checking the body is the one documented error shape."""
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "errors"}
    assert (body["type"], body["status"]) == ("about:blank", response.status_code)
    assert isinstance(body["detail"], str) and body["detail"] and "\n" not in body["detail"]
    return body["detail"]


# -- reading -----------------------------------------------------------------------------------------
def test_health(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == 2
    assert body["writes"] == "open"
    assert body["entities"] > 5


def test_who_opposes_whom_with_evidence(client: TestClient) -> None:
    body = client.get("/api/relations", params={"relation": "opposes"}).json()
    assert body["total"] == 1
    (row,) = body["items"]
    assert (row["source"]["label"], row["target"]["label"], row["weight"]) == ("Keir Starmer", "Russia", 2)
    assert row["source"]["id"] == "PERSON:keir-starmer"
    assert (row["first_seen"], row["last_seen"]) == ("2025-03-27", "2026-01-06")
    first = row["evidence"][0]
    assert first["sentence"] == "Starmer accused Russia of delaying the talks."
    assert (first["title"], first["date"], first["url"]) == ("Leaders meet in Paris", "2025-03-27",
                                                              "https://example.org/paris")
    assert row["evidence_total"] == 2 and row["modality"] == "stated"


def test_relations_filters(client: TestClient) -> None:
    supports = client.get("/api/relations", params={"relation": "supports", "target": "ukraine"}).json()
    assert sorted(r["source"]["label"] for r in supports["items"]) == ["Emmanuel Macron", "United Kingdom"]
    by_source = client.get("/api/relations", params={"relation": "supports", "source": "Macron"}).json()
    assert [r["target"]["id"] for r in by_source["items"]] == ["STATE:UA"]
    recent = client.get("/api/relations", params={"relation": "opposes", "since": "2026-01-01"}).json()
    assert recent["items"][0]["weight"] == 1
    assert client.get("/api/relations", params={"relation": "opposes", "until": "2024"}).json()["total"] == 0
    affiliations = client.get("/api/relations", params={"relation": "affiliated_with"}).json()["items"]
    assert [(r["source"]["label"], r["role"], r["target"]["label"]) for r in affiliations] == [
        ("Emmanuel Macron", "President", "France")]
    refusal = client.get("/api/relations", params={"relation": "declines"}).json()["items"]
    assert [(r["source"]["label"], r["target"]["label"]) for r in refusal] == [("Italy", "Reassurance Force")]


def test_relations_at_state_level(client: TestClient) -> None:
    body = client.get("/api/relations", params={"relation": "supports", "level": "state"}).json()
    lifted = [r for r in body["items"] if r["source"]["id"] == "STATE:FR"]
    assert lifted and lifted[0]["derived"] is True
    assert lifted[0]["evidence"][0]["lifted_from"] == "Emmanuel Macron -> Ukraine"
    assert body["level"] == "state"


def test_pagination(client: TestClient) -> None:
    everything = client.get("/api/relations").json()
    page = client.get("/api/relations", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == everything["total"] >= 5
    assert (page["limit"], page["offset"], len(page["items"])) == (2, 1, 2)
    assert page["items"] == everything["items"][1:3]
    assert client.get("/api/relations", params={"offset": 999}).json()["items"] == []


def test_entities_search_and_detail(client: TestClient) -> None:
    found = client.get("/api/entities", params={"q": "kingd"}).json()
    assert [e["id"] for e in found["items"]] == ["STATE:GB"]
    people = client.get("/api/entities", params={"type": "PERSON"}).json()
    assert {e["label"] for e in people["items"]} == {"Emmanuel Macron", "Keir Starmer"}
    macron = client.get("/api/entities/Macron").json()
    assert macron["id"] == "PERSON:emmanuel-macron" and macron["aliases"] == ["Macron"]
    assert [(a["target"]["label"], a["role"]) for a in macron["affiliations"]] == [("France", "President")]
    assert [s["target"]["label"] for s in macron["supports"]] == ["Ukraine"]
    russia = client.get("/api/entities/STATE%3ARU").json()
    assert [o["source"]["label"] for o in russia["opponents"]] == ["Keir Starmer"]
    assert russia["opponents"][0]["evidence"][0]["sentence"] == "Starmer accused Russia of delaying the talks."
    assert client.get("/api/entities/state:ru").json()["id"] == "STATE:RU"
    ukraine = client.get("/api/entities/Ukraine").json()
    assert {s["source"]["label"] for s in ukraine["supporters"]} == {"Emmanuel Macron", "United Kingdom"}
    assert ukraine["totals"]["supporters"] == 2 and ukraine["totals"]["opponents"] == 0


def test_entity_lists_hold_the_heaviest_up_to_limit(client: TestClient) -> None:
    whole = client.get("/api/entities/Ukraine").json()
    one = client.get("/api/entities/Ukraine", params={"limit": 1}).json()
    assert one["totals"] == whole["totals"] and one["totals"]["supporters"] == 2
    heaviest = max(whole["supporters"], key=lambda e: e["weight"])["weight"]
    assert len(one["supporters"]) == 1 and one["supporters"][0]["weight"] == heaviest
    assert one["supporters"][0] == whole["supporters"][0]


def test_graph_filters(client: TestClient) -> None:
    whole = client.get("/api/graph").json()
    assert whole["meta"]["nodes"] == len(whole["nodes"]) and whole["meta"]["documents"] == 2
    assert (whole["meta"]["date_min"], whole["meta"]["date_max"]) == ("2025-03-27", "2026-01-06")
    assert {e["relation"] for e in whole["edges"]} >= {"co_mention", "opposes", "supports"}
    stances = client.get("/api/graph", params={"relations": "opposes,declines"}).json()
    assert {e["relation"] for e in stances["edges"]} == {"opposes", "declines"}
    assert {n["label"] for n in stances["nodes"]} == {"Keir Starmer", "Russia", "Italy", "Reassurance Force"}
    repeated = client.get("/api/graph", params=[("relations", "opposes"), ("relations", "declines")]).json()
    assert repeated["edges"] == stances["edges"]
    states = client.get("/api/graph", params={"types": "STATE"}).json()
    assert {n["type"] for n in states["nodes"]} == {"STATE"}
    heavy = client.get("/api/graph", params={"min_weight": 2, "relations": "opposes,supports"}).json()
    assert [(e["source"], e["target"]) for e in heavy["edges"]] == [("PERSON:keir-starmer", "STATE:RU")]
    ego = client.get("/api/graph", params={"entity": "Italy", "depth": 1, "relations": "declines"}).json()
    assert {n["id"] for n in ego["nodes"]} == {"STATE:IT", "ORG:reassurance-force"}
    dated = client.get("/api/graph", params={"since": "2026-01-01", "relations": "opposes"}).json()
    assert dated["edges"][0]["weight"] == 1 and dated["edges"][0]["evidence_total"] == 1
    few = client.get("/api/graph", params={"max_nodes": 3, "evidence_limit": 0}).json()
    assert len(few["nodes"]) == 3 and few["meta"]["truncated"] is True
    assert all(e["evidence"] == [] for e in few["edges"])


def test_paths(client: TestClient) -> None:
    body = client.get("/api/paths", params={"source": "Starmer", "target": "Italy",
                                            "relations": "opposes,declines,participates_in,supports"}).json()
    assert body["connected"] is False and body["paths"] == []
    body = client.get("/api/paths", params={"source": "Starmer", "target": "Ukraine"}).json()
    assert body["connected"] and body["paths"][0]["length"] >= 1
    hop = body["paths"][0]["hops"][0]
    assert hop["edges"] and hop["edges"][0]["evidence"][0]["sentence"]
    same = client.get("/api/paths", params={"source": "STATE:GB", "target": "united kingdom"}).json()
    assert same["paths"][0]["length"] == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "graphology", "json", "csv"])
def test_exports_are_downloads(client: TestClient, fmt: str) -> None:
    response = client.get(f"/api/export/{fmt}", params={"relations": "opposes,supports"})
    assert response.status_code == 200
    suffix = "graphology.json" if fmt == "graphology" else fmt
    assert response.headers["content-disposition"] == f'attachment; filename="stancegraph-person.{suffix}"'
    if fmt == "graphml":
        graph = nx.read_graphml(io.BytesIO(response.content), force_multigraph=True)
        relations = {d["relation"] for *_, d in graph.edges(data=True)}
        assert relations == {"opposes", "supports"}
        edge = next(d for u, v, d in graph.edges(data=True) if d["relation"] == "opposes")
        assert edge["weight"] == 2 and "Starmer accused Russia" in edge["evidence"]
        assert graph.nodes["STATE:RU"]["label"] == "Russia"
    elif fmt == "gexf":
        assert nx.read_gexf(io.BytesIO(response.content)).number_of_edges() == 3
    elif fmt == "graphology":
        data = json.loads(response.content)
        assert data["options"] == {"type": "directed", "multi": True, "allowSelfLoops": True}
        assert {e["attributes"]["relation"] for e in data["edges"]} == {"opposes", "supports"}
        assert len(data["edges"]) == 3 and all("x" in n["attributes"] for n in data["nodes"])
    elif fmt == "json":
        assert len(json.loads(response.content)["links"]) == 3
    else:
        assert response.text.count("\n") == 4


def test_the_page_gets_the_palette(client: TestClient) -> None:
    from web.palette import PALETTE_FILE

    response = client.get("/static/palette.json")
    assert response.status_code == 200
    assert response.json() == json.loads(PALETTE_FILE.read_text(encoding="utf-8"))


def test_export_ego_filename(client: TestClient) -> None:
    response = client.get("/api/export/graphml", params={"entity": "STATE:RU", "level": "state"})
    assert response.headers["content-disposition"].endswith('filename="stancegraph-state-state-ru.graphml"')


def test_documents(client: TestClient) -> None:
    listing = client.get("/api/documents").json()
    assert listing["total"] == 2
    assert [d["title"] for d in listing["items"]] == ["Leaders meet in Paris", "A warning and a pledge"]
    doc = client.get(f"/api/documents/{listing['items'][0]['id']}").json()
    assert doc["text"].startswith("French President Emmanuel Macron")
    for span in doc["spans"]:
        assert doc["text"][span["start"]:span["end"]] == span["text"]
    ids = {s["text"]: s["entity"] for s in doc["spans"]}
    assert ids["Macron"] == "PERSON:emmanuel-macron" and ids["France"] == "STATE:FR"
    assert {s["label"] for s in doc["spans"]} == {"STATE", "PERSON", "PLACE", "ORG"}


# -- client errors -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/relations?relation=hugs", 422, "query parameter 'relation': 'hugs' is not one of 'co_mention', "),
    ("/api/relations?relation=opposes&source=Atlantis", 404, "unknown entity 'Atlantis'"),
    ("/api/relations?since=2025-13-01", 422, "'since': '2025-13-01' is not a date as YYYY-MM-DD, YYYY-MM or YYYY"),
    ("/api/relations?until=last+week", 422, "'until': 'last week' is not a date"),
    ("/api/relations?since=", 422, "'since': '' is not a date"),
    ("/api/relations?level=planet", 422, "level"),
    ("/api/relations?limit=0", 422, "limit"),
    ("/api/relations?limit=abc", 422, "limit"),
    ("/api/relations?offset=-1", 422, "offset"),
    ("/api/entities?type=ANIMAL", 422, "'ANIMAL' is not one of 'PERSON', 'STATE', 'ORG' or 'PLACE'"),
    ("/api/entities?type=person", 422, "'person' is not one of"),
    ("/api/entities/Atlantis", 404, "unknown entity"),
    ("/api/entities/Ukraine?limit=0", 422, "limit"),
    ("/api/graph?relations=opposes,hugs", 422, "is not a comma-separated list of relations from co_mention, "),
    ("/api/graph?relations=opposes,+supports", 422, "'relations.0': 'opposes, supports' is not"),
    ("/api/graph?types=CITY", 422, "'CITY' is not a comma-separated list of entity types"),
    ("/api/graph?entity=Atlantis", 404, "unknown entity"),
    ("/api/graph?depth=99", 422, "depth"),
    ("/api/graph?min_weight=nan", 422, "min_weight"),
    ("/api/graph?since=2025-02-30", 422, "is not a date"),
    ("/api/graph?since=2023-02-29", 422, "is not a date"),
    ("/api/paths?source=Starmer", 422, "query parameter 'target': Field required"),
    ("/api/paths?source=Starmer&target=Atlantis", 404, "unknown entity"),
    ("/api/export/xlsx", 422,
     "path parameter 'fmt': 'xlsx' is not one of 'graphml', 'gexf', 'graphology', 'json' or 'csv'"),
    ("/api/export/graphml?relations=hugs", 422, "'hugs' is not a comma-separated list of relations"),
    ("/api/documents/nope", 404, "unknown document"),
    ("/api/nowhere", 404, "nothing at /api/nowhere"),
])
def test_bad_requests_get_clear_4xx(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert words in _detail(response)


FUZZ_PATHS = ["/api/relations", "/api/entities", "/api/graph", "/api/paths", "/api/export/graphml",
              "/api/documents"]
FUZZ_VALUES = ["", " ", "%00", "\x00", "'; DROP TABLE documents; --", "<script>alert(1)</script>", "☃" * 300,
               "a" * 600, "-1", "1e309", "9" * 40, "../../etc/passwd", "%ff%fe", "None", "null", "[]", "{}",
               "2025-00-00", "0000-01-01", "99999-01-01"]
FUZZ_PARAMS = ["relation", "source", "target", "since", "until", "level", "limit", "offset", "q", "type",
               "relations", "types", "entity", "depth", "min_weight", "max_nodes", "evidence_limit", "isolates"]


def test_fuzzed_queries_never_500(client: TestClient) -> None:
    for path in FUZZ_PATHS:
        for name in FUZZ_PARAMS:
            for value in FUZZ_VALUES:
                params = {name: value}
                if path == "/api/paths":
                    params = {"source": "Starmer", "target": "Russia", **params}
                response = client.get(path, params=params)
                assert response.status_code < 500, (path, name, value, response.text)
    for odd in ["/api/entities/%00", "/api/entities/%ff", "/api/entities/" + "x" * 600, "/api/entities/a/b/c",
                "/api/documents/%2e%2e", "/api/export/", "/api/export/%00", "/api//relations", "/api/graph?&&&=&"]:
        assert client.get(odd).status_code < 500, odd
    assert client.request("DELETE", "/api/documents").status_code == 405
    assert client.post("/api/relations", json={}).status_code == 405


# -- writing -----------------------------------------------------------------------------------------
ARTICLE = {"text": "France and Italy met in Rome. Russia was not invited.", "title": "Rome talks",
           "date": "2026-02-01", "url": "https://example.org/rome"}


def test_post_article_updates_the_graph(writer: TestClient) -> None:
    assert writer.get("/api/graph").json()["meta"]["documents"] == 2
    response = writer.post("/api/documents", json=ARTICLE)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["added"] is True and body["title"] == "Rome talks" and body["date"] == "2026-02-01"
    assert body["mentions"] >= 3
    assert response.headers["location"] == f"/api/documents/{body['id']}"
    assert "Rome" in {e["label"] for e in body["new_entities"]}
    assert body["new_co_mentions"] >= 1
    assert writer.get("/api/health").json()["documents"] == 3
    assert writer.get("/api/graph").json()["meta"]["date_max"] == "2026-02-01"
    assert writer.get("/api/entities", params={"q": "rome"}).json()["total"] == 1
    doc = writer.get(f"/api/documents/{body['id']}").json()
    assert doc["text"] == ARTICLE["text"] and doc["url"] == ARTICLE["url"]
    assert {s["text"] for s in doc["spans"]} >= {"France", "Italy", "Russia"}
    again = writer.post("/api/documents", json=ARTICLE)
    assert again.status_code == 200 and again.json()["added"] is False and again.json()["id"] == body["id"]
    assert writer.get("/api/health").json()["documents"] == 3


def _post(client: TestClient, body: bytes | str, content_type: str | None = "application/json"):
    headers = {"Content-Type": content_type} if content_type else {}
    return client.post("/api/documents", content=body, headers=headers)


@pytest.mark.parametrize(("body", "content_type", "status", "words"), [
    (b'{"text": "x"', "application/json", 400, "malformed JSON"),
    (b"", "application/json", 400, "empty request body"),
    (b"   \n", "application/json", 400, "empty request body"),
    (b"\xff\xfe{}", "application/json", 400, "malformed JSON"),
    (b"[" * 100_000, "application/json", 400, "malformed JSON"),
    (b"[1, 2]", "application/json", 422, "JSON object"),
    (b'"text"', "application/json", 422, "JSON object"),
    (b"{}", "application/json", 422, "'text'"),
    (b'{"text": 5}', "application/json", 422, "'text'"),
    (b'{"text": ""}', "application/json", 422, "'text'"),
    (b'{"text": "   "}', "application/json", 422, "field 'text': '   ' is not text with at least one character"),
    (b'{"text": "\\u3000\\n\\u2028"}', "application/json", 422, "that is not whitespace"),
    (b'{"text": "Hello \\ud800 world"}', "application/json", 422, "'text'"),
    (b'{"text": "a\\u0000b"}', "application/json", 422, "NUL"),
    (b'{"text": "France spoke.", "date": "yesterday"}', "application/json", 422, "date"),
    (b'{"text": "France spoke.", "date": "2025-02-30"}', "application/json", 422, "date"),
    (b'{"text": "France spoke.", "url": "javascript:alert(1)"}', "application/json", 422, "url"),
    (b'{"text": "France spoke.", "url": "https://"}', "application/json", 422, "url"),
    (b'{"text": "France spoke.", "url": " https://example.org"}', "application/json", 422, "url"),
    (b'{"text": "France spoke.", "title": ["x"]}', "application/json", 422, "title"),
    (b"text=France", "application/x-www-form-urlencoded", 415, "JSON"),
    (b'{"text": "France spoke."}', "text/plain", 415, "JSON"),
    (b'{"text": "France spoke."}', None, 415, "JSON"),
])
def test_bad_posts(writer: TestClient, body: bytes, content_type: str | None, status: int, words: str) -> None:
    response = _post(writer, body, content_type)
    assert response.status_code == status, response.text
    assert words in _detail(response)
    assert writer.get("/api/health").json()["documents"] == 2


def test_article_over_the_size_limit(db: Path, blank_nlp: Language) -> None:
    with _client(db, max_bytes=1000, nlp=blank_nlp) as c:
        response = c.post("/api/documents", json={"text": "France. " * 200})
        assert response.status_code == 413 and "too large" in _detail(response)
        huge = c.post("/api/documents", content=b'{"text": "' + b"x" * 20000 + b'"}',
                      headers={"Content-Type": "application/json"})
        assert huge.status_code == 413
        assert c.post("/api/documents", json={"text": "France spoke."}).status_code == 201


def test_writes_need_a_token_off_loopback(db: Path, blank_nlp: Language) -> None:
    with _client(db, host="0.0.0.0", nlp=blank_nlp) as c:
        refused = c.post("/api/documents", json=ARTICLE)
        assert refused.status_code == 403 and "STANCEGRAPH_TOKEN" in _detail(refused)
        assert c.get("/api/health").json()["writes"] == "disabled"
        assert c.get("/api/relations").status_code == 200
    with _client(db, host="192.168.1.20", token="s3cret", nlp=blank_nlp) as c:
        assert c.get("/api/health").json()["writes"] == "token"
        missing = c.post("/api/documents", json=ARTICLE)
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
        wrong = c.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        assert c.post("/api/documents", json=ARTICLE, headers={"Authorization": "Basic s3cret"}).status_code == 401
        ok = c.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 201, ok.text
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        with _client(db, host=host) as c:
            assert c.get("/api/health").json()["writes"] == "open"


def test_cross_origin_writes_are_refused(writer: TestClient) -> None:
    response = writer.post("/api/documents", json=ARTICLE, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and "cross-origin" in _detail(response)
    same = writer.post("/api/documents", json=ARTICLE, headers={"Origin": "http://testserver"})
    assert same.status_code == 201


# -- the app itself ----------------------------------------------------------------------------------
def test_nothing_heavy_at_import() -> None:
    code = ("import sys, app.api, app.api.factory; from app.api import create_app; "
            "print(sorted(m for m in ('spacy', 'uvicorn', 'app.ingest') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_reading_never_loads_the_pipeline(client: TestClient) -> None:
    for url in ("/api/health", "/api/graph", "/api/relations", "/api/documents"):
        client.get(url)
    assert client.app.state.stancegraph._ingestor is None


def test_openapi_documents_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/relations", "/api/entities", "/api/entities/{entity_id}", "/api/graph", "/api/paths",
        "/api/export/{fmt}", "/api/documents", "/api/documents/{doc_id}", "/api/health"}
    assert "requestBody" in spec["paths"]["/api/documents"]["post"]
    assert client.get("/docs").status_code == 200


def test_page_and_assets_are_local(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "/static/vendor/vis-network-9.1.2/vis-network.min.js" in page.text
    web = Path(__file__).resolve().parent.parent / "web"
    for path in [web / "templates" / "index.html", *sorted((web / "static").glob("*"))]:
        text = path.read_text(encoding="utf-8")
        assert "cdn" not in text.lower() and "bootstrap" not in text.lower(), path
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text, path
    js = client.get("/static/vendor/vis-network-9.1.2/vis-network.min.js")
    assert js.status_code == 200 and b"vis-network" in js.content[:400]
    assert "immutable" in js.headers["cache-control"]
    assert client.get("/static/vendor/vis-network-9.1.2/vis-network.css").status_code == 200
    for asset in ("/static/explorer.js", "/static/explorer.css", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/static/../app/settings.py").status_code == 404


def test_the_api_reference_loads_nothing_from_elsewhere(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert sources and all(s.startswith("/") for s in sources), sources  # no CDN, unlike FastAPI's default
    for source in sources:
        assert client.get(source).status_code == 200, source
    assert client.get("/redoc").status_code == 404


# -- the query command -------------------------------------------------------------------------------
def test_cli_query_prints_who_opposes_whom(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["query", "opposes", "--db", str(seeded)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("who opposes whom: 1 edge, person level")
    assert "Keir Starmer  opposes  Russia  2 sentences" in out
    assert "“Starmer accused Russia of delaying the talks.”" in out and "— Leaders meet in Paris, 2025-03-27" in out
    assert main(["query", "supports", "--target", "Ukraine", "--level", "state", "--db", str(seeded)]) == 0
    assert "via a person" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "words"), [
    (["query", "hugs"], "unknown relation 'hugs'"),
    (["query", "opposes", "--source", "Atlantis"], "unknown entity 'Atlantis'"),
    (["query", "opposes", "--since", "2025-13"], "malformed date"),
])
def test_cli_query_errors(seeded: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str) -> None:
    from app.cli import main

    assert main([*argv, "--db", str(seeded)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_graph_overview_positions_and_edge_budget(client: TestClient) -> None:
    whole = client.get("/api/graph", params={"relations": "opposes,supports,participates_in,declines"}).json()
    placed = client.get("/api/graph", params={"relations": "opposes,supports,participates_in,declines",
                                              "layout": "true"}).json()
    assert {n["id"] for n in placed["nodes"]} == {n["id"] for n in whole["nodes"]}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in placed["nodes"])
    assert all(n["x"] is None for n in whole["nodes"])
    budget = client.get("/api/graph", params={"relations": "opposes,supports", "max_edges": 2}).json()
    assert len(budget["edges"]) == 2 and budget["meta"]["truncated"] is True
    full = client.get("/api/graph", params={"relations": "opposes,supports"}).json()
    assert budget["meta"]["hidden_edges"] == len(full["edges"]) - 2
    assert max(e["weight"] for e in budget["edges"]) == max(e["weight"] for e in full["edges"])
    top = client.get("/api/graph", params={"relations": "opposes,supports", "max_nodes": 4}).json()
    assert top["meta"]["truncated"] is True and "STATE:UA" in {n["id"] for n in top["nodes"]}  # most supported


def test_long_answers_are_kept_and_sent_compressed(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.api import compression
    from app.api.compression import accepts_gzip

    monkeypatch.setattr(compression, "GZIP_FROM", 200)
    url = "/api/relations?relation=supports&evidence_limit=3&limit=7"
    packed = client.get(url, headers={"Accept-Encoding": "gzip"})
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert packed.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert packed.headers["vary"] == plain.headers["vary"] == "Accept-Encoding"
    assert packed.json() == plain.json() and len(plain.content) >= 200
    assert accepts_gzip("br, gzip;q=0.5") and accepts_gzip("*") and not accepts_gzip("gzip;q=0")
    assert not accepts_gzip("identity") and not accepts_gzip("")
