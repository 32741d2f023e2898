"""The README stays honest: every command and every HTTP route it promises exists, and the other way round."""

from __future__ import annotations

import re
from pathlib import Path

from app.api.factory import create_app
from app.cli import build_parser
from app.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    for command in sub.choices:
        assert f"stancegraph {command}" in README, command


def test_every_api_route_is_documented(tmp_path: Path) -> None:
    app = create_app(Settings(db=tmp_path / "docs.db"), host="127.0.0.1")
    routes = {r.path for r in app.routes if getattr(r, "path", "").startswith("/api/")}
    documented = set(re.findall(r"`(?:GET|POST) (/api/[^`?\s]*)", README))
    documented |= {"/api/export/" + f for f in re.findall(r"`/(gexf|json|csv)`", README)}
    for route in routes:
        stem = re.sub(r"\{[^}]+\}", "{id}", route)
        assert any(re.sub(r"\{[^}]+\}", "{id}", d) == stem for d in documented), route


def test_two_setup_commands_and_ci_use_the_test_command() -> None:
    assert "make serve" in README and "make test" in README
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
