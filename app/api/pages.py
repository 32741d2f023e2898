"""GET / (the explorer page) and its static assets, all served from this machine.

vis-network comes from the installed pyvis wheel (`pyvis/templates/lib/vis-9.1.2/`) and is served under a
path that names its version; nothing is fetched from a CDN.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response
from starlette.middleware.gzip import GZipMiddleware
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

WEB_DIR = Path(__file__).resolve().parent.parent.parent / "web"
VIS_VERSION = "9.1.2"
VENDOR_PATH = f"/static/vendor/vis-network-{VIS_VERSION}"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}


def vis_dir() -> Path | None:
    """pyvis's bundled vis-network, found without importing pyvis."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / f"vis-{VIS_VERSION}"
    return path if (path / "vis-network.min.js").is_file() else None


class Static(StaticFiles):
    """Static files with a Cache-Control header and nosniff."""

    def __init__(self, *, directory: Path, cache_control: str) -> None:
        super().__init__(directory=directory, check_dir=False)
        self.cache_control = cache_control

    def file_response(self, full_path, stat_result, scope: Scope, status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        response.headers["Cache-Control"] = self.cache_control
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


def mount(app: FastAPI) -> None:
    index = WEB_DIR / "templates" / "index.html"

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False, response_class=HTMLResponse)
    def explorer() -> HTMLResponse:
        return HTMLResponse(index.read_text(encoding="utf-8"), headers=PAGE_HEADERS)

    vendor = vis_dir()
    if vendor is not None:  # versioned path: cache for good
        app.mount(VENDOR_PATH, GZipMiddleware(Static(directory=vendor, cache_control="public, max-age=31536000, "
                                                                                   "immutable")), name="vendor")
    app.mount("/static", GZipMiddleware(Static(directory=WEB_DIR / "static", cache_control="no-cache")),
              name="static")
