"""One edge's aggregate from its evidence items, as the store's `edges` table keeps it: weight, first and last
seen, whether any item was lifted, modality / condition / role, and the days of its dated items.

The days are what lets a period re-weigh every edge without reading its items (`graph.edgeindex`): each dated
item is one 32-bit integer `YYYYMMDD * 2 + lifted`, sorted, packed little-endian into a BLOB.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

EVIDENCE_SEP = " || "
NO_DAY = 0  # before any date: `since` left open
LAST_DAY = 99_999_999  # after any date: `until` left open


def day_number(iso: str) -> int:
    """'2025-03-27' -> 20250327 (ISO dates compare as these numbers do)."""
    return int(iso[:4]) * 10_000 + int(iso[5:7]) * 100 + int(iso[8:10])


def day_iso(number: int) -> str:
    return f"{number // 10_000:04d}-{number // 100 % 100:02d}-{number % 100:02d}"


def pack_days(values: Iterable[int]) -> bytes:
    packed = array("i", sorted(values))
    if sys.byteorder != "little":
        packed.byteswap()
    return packed.tobytes()


@dataclass(frozen=True)
class EdgeAggregate:
    weight: int
    first: str | None
    last: str | None
    lifted: bool  # some item (shadowed ones included) was lifted from a person's stance
    attributes: tuple[str, str, str]  # modality, condition, role
    days: bytes

    @classmethod
    def of(cls, rows: Iterable[tuple[str | None, int, int, str, str, str]]) -> EdgeAggregate:
        """From (date, lifted, shadowed, modality, condition, role) rows met best first (those naming both ends,
        then by date): the most frequent modality and role, the first met among equals; every condition."""
        weight, lifted, days, dates = 0, False, [], []
        modalities: Counter = Counter()
        roles: Counter = Counter()
        conditions: dict[str, None] = {}
        for date, is_lifted, shadowed, modality, condition, role in rows:
            lifted = lifted or bool(is_lifted)
            if shadowed:
                continue
            weight += 1
            if date:
                dates.append(date)
                days.append(day_number(date) * 2 + int(bool(is_lifted)))
            modalities[modality or "stated"] += 1
            if role:
                roles[role] += 1
            if condition:
                conditions.setdefault(condition)
        attributes = (modalities.most_common(1)[0][0] if modalities else "", EVIDENCE_SEP.join(conditions),
                      roles.most_common(1)[0][0] if roles else "")
        return cls(weight, min(dates, default=None), max(dates, default=None), lifted, attributes, pack_days(days))
