"""The API keeps its own contract: Schemathesis fuzzes every operation of /openapi.json against the app, and
the schema's error model, enums, bounds and patterns are what the server really enforces."""

from __future__ import annotations

import functools
import json
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import pytest
import schemathesis
from pydantic import StringConstraints, TypeAdapter, ValidationError
from schemathesis import engine
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events
from spacy.language import Language

from app.api import create_app, patterns
from app.ingest import Ingestor
from app.settings import Settings
from graph import query
from graph.build import RELATIONS
from graph.export import FORMATS
from nlp.readers import parse_date
from tests.api_store import build_store

with warnings.catch_warnings():  # starlette 1.x warns that it would rather drive httpx2 than httpx
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CHECKS = ["not_a_server_error", "status_code_conformance", "content_type_conformance",
          "response_schema_conformance", "positive_data_acceptance",  # the five the issue names, and more:
          "response_headers_conformance", "negative_data_rejection", "missing_required_header",
          "unsupported_method", "allow_header_conformance", "use_after_free", "ensure_resource_availability"]
CONFIG = {
    "seed": 20260106,
    "workers": 1,
    "generation": {"max-examples": 25, "database": "none", "mode": "all"},
    "phases": {name: {"enabled": True} for name in ("examples", "coverage", "fuzzing", "stateful")},
    "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, blank_nlp: Language) -> Iterator:
    """The app on the hand-made store; posted articles go through a tokenizer-only pipeline."""
    settings = Settings(db=build_store(tmp_path_factory.mktemp("contract") / "store.db"), data_dir=DATA_DIR)
    ingestor = Ingestor(settings)
    ingestor._nlp = blank_nlp
    application = create_app(settings, ingestor=ingestor)
    with TestClient(application):  # runs the lifespan: the graphs are built, the store closed at the end
        yield application


@pytest.fixture(scope="module")
def openapi(app) -> dict:
    return app.openapi()


def _fuzz(app) -> tuple[int, list[str]]:
    """Schemathesis's engine, as `schemathesis run` drives it, on the app in this process: every phase."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=SchemathesisConfig.from_dict(CONFIG))
    cases, problems = 0, []
    for event in engine.from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            cases += len(event.recorder.cases)
            for case_id, checks in event.recorder.checks.items():
                for check in checks:
                    if check.status is not Status.SUCCESS and check.failure_info is not None:
                        failure = check.failure_info.failure
                        problems.append(f"{event.label}: {check.name}: {failure.title}: {failure.message} "
                                        f"[{check.failure_info.code_sample}] ({case_id})")
        elif isinstance(event, (events.NonFatalError, events.FatalError)):
            problems.append(f"{type(event).__name__}: {event.info.format() if hasattr(event, 'info') else event}")
    return cases, problems


def test_schemathesis_finds_nothing(app) -> None:
    cases, problems = _fuzz(app)
    assert problems == []
    assert cases > 500  # every operation was exercised, not skipped


# -- the schema says what the server does --------------------------------------------------------------
def _operations(openapi: dict) -> Iterator[tuple[str, str, dict]]:
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def _parameter(openapi: dict, path: str, name: str, method: str = "get") -> dict:
    operation = openapi["paths"][path][method]
    return next(p for p in operation["parameters"] if p["name"] == name)


def _value_schema(parameter: dict) -> dict:
    """The non-null branch of an optional parameter's schema."""
    schema = parameter["schema"]
    return next((s for s in schema.get("anyOf", []) if s.get("type") != "null"), schema)


def test_every_error_response_is_a_problem(openapi: dict) -> None:
    assert "HTTPValidationError" not in json.dumps(openapi)
    problem = openapi["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail", "errors"}
    for path, method, operation in _operations(openapi):
        statuses = operation["responses"]
        assert "500" in statuses, (method, path)
        if operation.get("parameters") or operation.get("requestBody"):
            assert "422" in statuses, (method, path)
        for status, response in statuses.items():
            if int(status) >= 400:
                assert response["content"] == {
                    "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}, status


def test_closed_sets_are_enums_and_lists_name_their_items(openapi: dict) -> None:
    assert _value_schema(_parameter(openapi, "/api/relations", "relation"))["enum"] == list(RELATIONS)
    assert _value_schema(_parameter(openapi, "/api/entities", "type"))["enum"] == list(query.ENTITY_TYPES)
    assert _parameter(openapi, "/api/export/{fmt}", "fmt")["schema"]["enum"] == list(FORMATS)
    for path in ("/api/relations", "/api/entities", "/api/entities/{entity_id}", "/api/graph", "/api/paths"):
        assert _parameter(openapi, path, "level")["schema"]["enum"] == ["person", "state"]
    for path in ("/api/graph", "/api/paths", "/api/export/{fmt}"):
        relations = _parameter(openapi, path, "relations")
        assert _value_schema(relations)["items"]["pattern"] == patterns.RELATION_LIST
        assert all(r in relations["description"] for r in RELATIONS)
    types = _parameter(openapi, "/api/graph", "types")
    assert _value_schema(types)["items"]["pattern"] == patterns.TYPE_LIST
    assert all(t in types["description"] for t in query.ENTITY_TYPES)


def test_limits_and_lengths_are_declared(openapi: dict) -> None:
    limit = _parameter(openapi, "/api/relations", "limit")["schema"]
    offset = _parameter(openapi, "/api/documents", "offset")["schema"]
    assert (limit["minimum"], limit["maximum"], offset["minimum"]) == (1, 1000, 0) and "maximum" in offset
    assert _value_schema(_parameter(openapi, "/api/entities", "q"))["maxLength"] == 500
    assert _parameter(openapi, "/api/entities/{entity_id}", "entity_id")["schema"]["maxLength"] == 500
    assert _parameter(openapi, "/api/documents/{doc_id}", "doc_id")["schema"]["maxLength"] == 200
    for name in ("since", "until"):
        assert _value_schema(_parameter(openapi, "/api/graph", name))["pattern"] == patterns.PERIOD
    body = openapi["paths"]["/api/documents"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["text"]["pattern"] == patterns.TEXT and body["required"] == ["text"]


def test_a_method_not_allowed_names_every_allowed_one(app) -> None:
    with TestClient(app) as client:
        response = client.request("OPTIONS", "/api/documents")
        assert response.status_code == 405 and response.headers["allow"] == "GET, POST"
        assert response.headers["content-type"] == "application/problem+json"
        assert "allowed: GET, POST" in response.json()["detail"]
        assert client.put("/api/relations").headers["allow"] == "GET"


# -- each pattern means in the schema what the server enforces -------------------------------------------
@functools.cache
def _validator(pattern: str) -> TypeAdapter:
    return TypeAdapter(Annotated[str, StringConstraints(pattern=pattern)])


def _rust_matches(pattern: str, value: str) -> bool:
    """pydantic (Rust regex) validates requests; Schemathesis reads the same pattern with Python's `re`."""
    try:
        _validator(pattern).validate_python(value)
    except ValidationError:
        return False
    return True


def _python_matches(pattern: str, value: str) -> bool:
    return re.search(pattern, value) is not None


def _period_is_readable(value: str) -> bool:
    try:
        query.date_bound(value)
    except query.InvalidDate:
        return False
    return True


DATE_CANDIDATES = [f"{y}-{m:02d}-{d:02d}" for y in ("0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023",
                                                     "2024", "9999")
                   for m in range(14) for d in range(33)]
PERIOD_CANDIDATES = [*DATE_CANDIDATES, *(f"2025-{m:02d}" for m in range(14)), "0000", "0001", "2025", "9999",
                     "", " 2025", "2025 ", "2025\n", "20250327", "2025-3", "2025-03-7", "٢٠٢٥", "2025-03-27T10:00"]


@pytest.mark.parametrize("matches", [_rust_matches, _python_matches])
def test_period_pattern_admits_exactly_the_dates_the_server_reads(matches) -> None:
    wrong = [v for v in PERIOD_CANDIDATES
             if matches(patterns.PERIOD, v) != (bool(v) and v == v.strip() and v.isascii() and _period_is_readable(v))]
    if matches is _python_matches:  # `$` also matches before a final newline in Python, not in Rust or ECMA
        wrong = [v for v in wrong if not v.endswith("\n")]
    assert wrong == []


def test_article_date_pattern_admits_exactly_calendar_days() -> None:
    def readable(value: str) -> bool:
        try:
            return parse_date(value) == (value or None)
        except ValueError:
            return False

    assert [v for v in [*DATE_CANDIDATES, ""] if _rust_matches(patterns.DAY_OR_EMPTY, v) != readable(v)] == []


def test_text_pattern_whitespace_is_what_strip_removes() -> None:
    assert "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()) == patterns.WHITESPACE
    for text, ok in [("x", True), (" x\n", True), ("\u3000\u2028 \t", False), ("a\x00b", False), ("\x85", False)]:
        assert _rust_matches(patterns.TEXT, text) is ok and _python_matches(patterns.TEXT, text) is ok


def test_comma_lists() -> None:
    for value, ok in [("opposes", True), ("opposes,supports", True), ("opposes, supports", False), ("", False),
                      ("opposes,", False), ("Opposes", False), ("opposes,hugs", False)]:
        assert _rust_matches(patterns.RELATION_LIST, value) is ok, value
