"""How answers are encoded and compressed: large ones go gzip-compressed to clients that accept it.

Cached read answers are encoded and compressed once, where they were built (a worker thread, or a reading
process: `app.api.offload`), and kept compressed; anything else larger than `GZIP_FROM` is compressed by
Starlette's middleware on the way out.
"""

from __future__ import annotations

import gzip

from pydantic import BaseModel
from pydantic_core import to_json

GZIP_FROM = 32_768  # bytes: larger answers (graphs, exports, long pages) go compressed to clients that accept it
GZIP_LEVEL = 1  # as nginx by default: a long page of evidence (600 kB of JSON) in 2.6 ms, 24 % larger than level 5


class CompressedBody:
    """A large answer kept gzip-compressed (and plain, made again only for a client that refuses gzip)."""

    __slots__ = ("gzipped",)

    def __init__(self, plain: bytes) -> None:
        self.gzipped = gzipped(plain)

    @property
    def plain(self) -> bytes:
        return gzip.decompress(self.gzipped)


Body = bytes | CompressedBody


def encoded(answer: BaseModel | dict) -> Body:
    """The JSON of an answer (a model, or a dict shaped as one), compressed when long."""
    body = answer.model_dump_json().encode() if isinstance(answer, BaseModel) else to_json(answer)
    return CompressedBody(body) if len(body) >= GZIP_FROM else body


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header allows gzip (not refused with q=0)."""
    for part in accept_encoding.lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def gzipped(body: bytes) -> bytes:
    return gzip.compress(body, GZIP_LEVEL, mtime=0)
