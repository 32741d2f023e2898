"""HTTP API: the app factory (`create_app`) and one router per resource."""

from app.api.factory import create_app

__all__ = ["create_app"]
