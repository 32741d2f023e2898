"""The first evidence items of a page of edges, in one statement per page.

Each statement takes the page's edges as a JSON array and, for each edge, the first `limit` items along the
items' index (a correlated subquery, so a heavy edge reads only its first few). SQLite does this work without
holding Python's interpreter, so a server's other thread runs meanwhile; the sentences come from their
articles (`graph.articles`).

Parameters: ?1 the edges as JSON (`[level, relation, source, target]` for stances and affiliations,
`[source, target]` for co-mentions), ?2 the limit, and with a period ?3 / ?4 its first and last day. Columns:
the edge's place in ?1, doc_id, sent, date, modality, condition, cue, speaker, lifted_source, lifted_target.
Each edge's items come together, best first.
"""

from __future__ import annotations

PAGE_CHUNK = 500  # edges per statement

_EDGE = ("level = k.value ->> 0 AND relation = k.value ->> 1 AND source = k.value ->> 2 AND target = k.value ->> 3 "
         "AND shadowed = 0")
_PERIOD = "date BETWEEN ?3 AND ?4"
_ORDERED = "{items} ORDER BY k.key, {order}"
_STANCE = ("SELECT k.key, i.doc_id, i.sent, i.date, i.modality, i.condition, i.cue, i.speaker, i.lifted_source, "
           "i.lifted_target ")
_ITEMS = "FROM json_each(?1) k CROSS JOIN items i ON i.rowid IN ({chosen})"

# undated: those naming both ends first (as the index orders them)
FIRST_ITEMS = _STANCE + _ORDERED.format(
    items=_ITEMS.format(chosen=f"SELECT rowid FROM items WHERE {_EDGE} ORDER BY explicit DESC, date, doc_id, sent "
                               "LIMIT ?2"),
    order="i.explicit DESC, i.date, i.doc_id, i.sent, i.rowid")

# in a period, by date: the first of those naming both ends and the first of the others, each along the index,
# merged
_DATED = ("SELECT * FROM (SELECT rowid AS r, date AS d, doc_id AS o, sent AS n, explicit AS x FROM items "
          f"WHERE {_EDGE} AND explicit = {{explicit}} AND {_PERIOD} ORDER BY date, doc_id, sent LIMIT ?2)")
FIRST_ITEMS_DATED = _STANCE + _ORDERED.format(
    items=_ITEMS.format(chosen=f"SELECT r FROM ({_DATED.format(explicit=1)} UNION ALL {_DATED.format(explicit=0)} "
                               "ORDER BY d, o, n, x DESC, r LIMIT ?2)"),
    order="i.date, i.doc_id, i.sent, i.explicit DESC, i.rowid")

_CO = "SELECT k.key, c.doc_id, c.sent, c.date, '', '', '', '', NULL, NULL " + _ORDERED
_CO_ITEMS = ("FROM json_each(?1) k CROSS JOIN co_items c ON c.source = k.value ->> 0 AND c.target = k.value ->> 1 "
             "AND (c.doc_id, c.sent) IN (SELECT doc_id, sent FROM co_items WHERE source = k.value ->> 0 "
             "AND target = k.value ->> 1{period} ORDER BY date, doc_id, sent LIMIT ?2)")
FIRST_CO_ITEMS = _CO.format(items=_CO_ITEMS.format(period=""), order="c.date, c.doc_id, c.sent")
FIRST_CO_ITEMS_DATED = _CO.format(items=_CO_ITEMS.format(period=f" AND {_PERIOD}"), order="c.date, c.doc_id, c.sent")
