"""Schema upgrades of the derived tables that need no settling again (called inside the upgrade's transaction).

Schema 2 -> 3: every edge keeps the days of its dated evidence (`edges.days`, what `graph.edgeindex` weighs a
period with), the store logs which edges each version changed (`edge_log`), and the indexes that only served
periods summed in SQL are dropped.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from graph.aggregate import day_number, pack_days
from graph.changes import EDGE_LOG_SCHEMA, reset_log

DROPPED_IN_3 = ("items_target", "items_period", "co_items_period")


def upgrade_2_to_3(conn: sqlite3.Connection) -> None:
    conn.execute(EDGE_LOG_SCHEMA)
    conn.execute("ALTER TABLE edges ADD COLUMN days BLOB NOT NULL DEFAULT x''")
    days: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for source, target, date in conn.execute("SELECT source, target, date FROM co_items WHERE date IS NOT NULL"):
        days[("person", "co_mention", source, target)].append(day_number(date) * 2)
    for level, relation, source, target, date, lifted in conn.execute(
            "SELECT level, relation, source, target, date, lifted_source IS NOT NULL FROM items "
            "WHERE shadowed = 0 AND date IS NOT NULL"):
        value = day_number(date) * 2 + lifted
        days[(level, relation, source, target)].append(value)
        if relation == "affiliated_with":  # the state level holds the affiliations as stated
            days[("state", relation, source, target)].append(value)
    conn.executemany("UPDATE edges SET days = ? WHERE level = ? AND relation = ? AND source = ? AND target = ?",
                     [(pack_days(values), *key) for key, values in days.items()])
    for index in DROPPED_IN_3:
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    reset_log(conn)
