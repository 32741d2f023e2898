"""The export formats, their media types and file names (no heavy imports: the command line reads this)."""

from __future__ import annotations

FORMATS = ("graphml", "gexf", "graphology", "json", "csv")
MEDIA_TYPES = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "graphology": "application/json",
    "json": "application/json",
    "csv": "text/csv",
}
SUFFIXES = {"graphology": "graphology.json"}


def file_suffix(fmt: str) -> str:
    """What a file in this format is called: `graphml`, ..., `graphology.json`."""
    return SUFFIXES.get(fmt, fmt)
