"""Read articles from .txt / .md / .jsonl files into `Article` records.

Readers never raise for a user's bad input: they yield an `InputProblem` naming the file (and line) and
what is wrong, and go on with the rest of the corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000
METADATA_FILE = "metadata.json"
_HEADER = re.compile(r"^\s*(title|date|url)\s*:\s*(.*?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    title: str
    date: str | None
    url: str | None
    source: str


@dataclass(frozen=True)
class InputProblem:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def document_id(text: str) -> str:
    """Stable id from the content: the same text always gets the same id, whatever the file is called."""
    canonical = " ".join(text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


WRITTEN_DATES = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%B %d %Y", "%d %B, %Y")


def parse_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date or datetime string, a month or year alone (its first day:
    '2024-12' -> '2024-12-01'), or a date written out ('27 March 2025', 'March 27, 2025'); None when there is
    none; ValueError naming the value if it is no date."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    partial = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)
    if partial and 1 <= int(partial.group(2) or 1) <= 12:
        return f"{partial.group(1)}-{partial.group(2) or '01'}-01"
    for written in WRITTEN_DATES:
        try:
            return dt.datetime.strptime(text, written).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"date {text!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")


def make_article(
    text: str, *, source: str, title: str | None = None, date: object = None, url: str | None = None,
    max_bytes: int | None = None,
) -> Article | InputProblem:
    """Validate one article's fields; the problem says what is wrong."""
    if not isinstance(text, str):
        return InputProblem(source, "'text' must be a string")
    if "\x00" in text:
        return InputProblem(source, "binary content (NUL bytes), not text")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return InputProblem(source, "'text' is not valid Unicode (a lone surrogate)")
    if max_bytes is not None and size > max_bytes:
        return InputProblem(source, f"article too large ({_size(size)}; the limit is {_size(max_bytes)})")
    body = text.strip()
    if not body:
        return InputProblem(source, "empty article (no text)")
    try:
        iso = parse_date(date)
    except ValueError as err:
        return InputProblem(source, str(err))
    if title is None or not str(title).strip():
        title = _first_line(body)
    if not _encodable(str(title)) or (url and not _encodable(str(url))):
        return InputProblem(source, "'title' or 'url' is not valid Unicode (a lone surrogate)")
    return Article(
        doc_id=document_id(body),
        text=body,
        title=str(title).strip()[:300],
        date=iso,
        url=(str(url).strip() or None) if url else None,
        source=source,
    )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _first_line(text: str) -> str:
    line = text.lstrip().split("\n", 1)[0].strip()
    return line if len(line) <= 200 else line[:197].rstrip() + "..."


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading `title:` / `date:` / `url:` lines become fields; the rest is the body."""
    fields: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        match = _HEADER.match(lines[i])
        if not match or match.group(1).lower() in fields:
            break
        fields[match.group(1).lower()] = match.group(2)
        i += 1
    return fields, "\n".join(lines[i:])


def _decode(raw: bytes, source: str) -> str | InputProblem:
    if b"\x00" in raw[:8192]:
        return InputProblem(source, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return InputProblem(source, f"not valid UTF-8 (undecodable byte at offset {err.start})")


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    return f"{size / 1e3:.1f} kB" if size >= 1000 else f"{size} bytes"


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, meta: dict | None = None) -> Iterator[
    Article | InputProblem
]:
    """Yield the article(s) in one file, or the problems found in it. A .jsonl file is read line by line,
    so its size is unlimited; `max_bytes` bounds each article (a text file is one article)."""
    source = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, source, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputProblem(source, f"file too large ({_size(size)}; the limit is {_size(max_bytes)})")
            return
        raw = path.read_bytes()
    except OSError as err:
        yield InputProblem(source, f"cannot read: {err.strerror or err}")
        return
    text = _decode(raw, source)
    if isinstance(text, InputProblem):
        yield text
        return
    fields, body = split_header(text)
    meta = meta or {}
    yield make_article(
        body,
        source=source,
        title=fields.get("title") or meta.get("title"),
        date=fields.get("date") or meta.get("date"),
        url=fields.get("url") or meta.get("url"),
    )


def jsonl_line_limit(max_bytes: int) -> int:
    """The longest JSONL line read: an article of `max_bytes` of text, escaped, with its other fields."""
    return 6 * max_bytes + 65536


def jsonl_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of a binary file, holding at most `limit` bytes at a time: a longer line is skipped and
    its length in bytes yielded in its place."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = handle.readline(1 << 20)
            size += len(line)
        yield size


def _read_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[Article | InputProblem]:
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputProblem(source, f"cannot read: {err.strerror or err}")
        return
    with handle:
        try:
            if b"\x00" in handle.peek(8192)[:8192]:
                yield InputProblem(source, "binary file (NUL bytes), not text")
                return
            seen_any = False
            for number, line in enumerate(jsonl_lines(handle, jsonl_line_limit(max_bytes)), start=1):
                if isinstance(line, int):
                    seen_any = True
                    yield InputProblem(f"{source}:{number}", f"article too large (a {_size(line)} line; "
                                                             f"the limit is {_size(max_bytes)} of text)")
                elif line.strip():
                    seen_any = True
                    yield _jsonl_article(line, f"{source}:{number}", max_bytes, first=number == 1)
        except OSError as err:
            yield InputProblem(source, f"cannot read: {err.strerror or err}")
            return
    if not seen_any:
        yield InputProblem(source, "empty file (no articles)")


def _jsonl_article(line: bytes, where: str, max_bytes: int, *, first: bool) -> Article | InputProblem:
    if b"\x00" in line:
        return InputProblem(where, "binary content (NUL bytes), not text")
    try:
        decoded = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as err:
        return InputProblem(where, f"not valid UTF-8 (undecodable byte at column {err.start + 1})")
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as err:
        return InputProblem(where, f"malformed JSON ({err.msg} at column {err.colno})")
    except RecursionError:
        return InputProblem(where, "malformed JSON (nested too deeply)")
    if not isinstance(record, dict):
        return InputProblem(where, "expected a JSON object with a 'text' field")
    if "text" not in record:
        return InputProblem(where, "missing 'text' field")
    return make_article(record["text"], source=where, title=record.get("title"), date=record.get("date"),
                        url=record.get("url"), max_bytes=max_bytes)


def _load_metadata(directory: Path) -> tuple[dict[str, dict], InputProblem | None]:
    path = directory / METADATA_FILE
    if not path.is_file():
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return {}, InputProblem(str(path), f"ignored: not a readable JSON object ({err})")
    if not isinstance(data, dict):
        return {}, InputProblem(str(path), "ignored: expected a JSON object keyed by file name")
    return {k: v for k, v in data.items() if isinstance(v, dict)}, None


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, dict] | InputProblem]:
    """Files to read under the given files and directories, each with its metadata.json entry."""
    for given in paths:
        path = Path(given)
        if path.is_file():
            meta, _ = _load_metadata(path.parent)
            yield path, meta.get(path.name, {})
        elif path.is_dir():
            meta, problem = _load_metadata(path)
            if problem:
                yield problem
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputProblem(str(path), f"no article files ({', '.join(SUFFIXES)}) in this directory")
            for file in files:
                yield file, meta.get(file.name, {})
        else:
            yield InputProblem(str(path), "no such file or directory")


def read_articles(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[
    Article | InputProblem
]:
    """Every article under `paths`, in a stable order, with problems interleaved where they arise."""
    for item in discover(paths):
        if isinstance(item, InputProblem):
            yield item
            continue
        path, meta = item
        yield from read_file(path, max_bytes=max_bytes, meta=meta)


def count_articles(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """About how many items `read_articles` will yield (one per text file, one per non-blank .jsonl line,
    one per problem with a path): a quick scan for progress bars, reading no JSON."""
    count = 0
    for item in discover(paths):
        if isinstance(item, InputProblem) or item[0].suffix.lower() not in JSONL_SUFFIXES:
            count += 1
            continue
        try:
            with item[0].open("rb") as handle:
                count += sum(1 for line in jsonl_lines(handle, jsonl_line_limit(max_bytes))
                             if isinstance(line, int) or line.strip())
        except OSError:
            count += 1
    return count
