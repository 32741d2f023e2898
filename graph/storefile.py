"""Checks a store file must pass before it is opened; none of them writes anything.

A store is created only where there is no file yet (or an empty one). Anything else must be a whole SQLite
file holding a stancegraph store of the schema version this program reads; otherwise `StoreError` says what
is wrong in one sentence and the file is left exactly as it was.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100


class StoreError(RuntimeError):
    """The store cannot be used; the message names the file and says why."""


def _truncated(path: Path) -> StoreError:
    return StoreError(f"{path}: the database file is truncated (shorter than its header says); "
                      "nothing was changed")


def is_new(path: Path) -> bool:
    """True when there is nothing at `path` yet (no file, or an empty one): the caller creates the store.

    Raises StoreError for a directory, an unreadable file, a file that is not SQLite, or a truncated one.
    """
    if not path.exists():
        return True
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_BYTES)
    except OSError as err:
        raise StoreError(f"{path}: cannot be read ({err.strerror or err})") from None
    if size == 0:
        return True
    if not header.startswith(SQLITE_MAGIC):
        if SQLITE_MAGIC.startswith(header):
            raise _truncated(path)
        raise StoreError(f"{path}: not a SQLite database (the file does not start with the SQLite header); "
                         "nothing was changed")
    if len(header) < HEADER_BYTES:
        raise _truncated(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreError(f"{path}: damaged SQLite header (page size {page_size}); nothing was changed")
    if _wal_in_use(path):
        return False  # a checkpoint may be under way: the file's size is SQLite's business until it ends
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = header[24:28] == header[92:96]  # SQLite's rule for trusting the in-header size
    if size % page_size or (size_is_valid and size < pages * page_size):
        raise _truncated(path)
    return False


def _wal_in_use(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def required_tables(schema: str) -> set[str]:
    return set(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", schema))


def check_schema(conn: sqlite3.Connection, path: Path, *, schemas: dict[int, str], version: int) -> int:
    """The store's schema version, 0 when the SQLite file holds no tables at all (the caller creates the store
    there). `schemas` gives the tables each readable version must have: this one, and the older ones the
    caller upgrades on opening.

    Raises StoreError unless it is a stancegraph store of a readable version with every table it must have.
    """
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return 0
        if "meta" not in tables:
            raise StoreError(f"{path}: a SQLite database, but not a stancegraph store (it has no 'meta' table)")
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path}: damaged database ({err}); nothing was changed") from None
    found = str(row[0]) if row else ""
    if not found.isdigit():
        raise StoreError(f"{path}: not a stancegraph store (no schema version in its 'meta' table)")
    if int(found) > version:
        raise StoreError(f"{path}: written by a newer stancegraph (store schema version {found}; this version "
                         f"reads {version}): upgrade stancegraph to open it; nothing was changed")
    if int(found) not in schemas:
        raise StoreError(f"{path}: store schema version {found} is older than this stancegraph's ({version}) "
                         "and cannot be upgraded in place; rebuild it with 'stancegraph build'")
    missing = sorted(required_tables(schemas[int(found)]) - tables)
    if missing:
        raise StoreError(f"{path}: damaged stancegraph store (missing tables: {', '.join(missing)}); "
                         "nothing was changed")
    return int(found)
