"""GET /docs: the OpenAPI reference in Swagger UI, served from this machine.

FastAPI's own /docs and /redoc pages load their scripts from a CDN; this page takes Swagger UI from the
installed swagger-ui-bundle-v2 wheel (Apache-2.0), under a path that names its version.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from app.api.pages import Static

SWAGGER_VERSION = "5.31.0"
SWAGGER_PATH = f"/static/vendor/swagger-ui-{SWAGGER_VERSION}"


def swagger_dir() -> Path | None:
    """The wheel's Swagger UI files, found without importing the package."""
    spec = importlib.util.find_spec("swagger_ui_bundle")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "vendor" / f"swagger-ui-{SWAGGER_VERSION}"
    return path if (path / "swagger-ui-bundle.js").is_file() else None


def mount(app: FastAPI) -> None:
    directory = swagger_dir()
    if directory is None:
        return  # no reference page rather than one that reaches the internet
    app.mount(SWAGGER_PATH, Static(directory=directory, cache_control="public, max-age=31536000, immutable"),
              name="swagger-ui")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} API",
                                   swagger_js_url=f"{SWAGGER_PATH}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{SWAGGER_PATH}/swagger-ui.css",
                                   swagger_favicon_url=f"{SWAGGER_PATH}/favicon-32x32.png")
