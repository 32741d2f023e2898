"""Ids other tools accept: XML NMTOKENs for GraphML, and stable, unique edge ids for every format.

The project's own ids (`STATE:GB`, `PERSON:keir-starmer`, `ORG:NATO`, `FORCE`) are NMTOKENs already (`:`, `-`,
`_` and `.` are name characters) and pass through unchanged. Any other character is written `_xHHHH_`, as
.NET's XmlConvert.EncodeName does, and so is a `_` that would otherwise read as the start of such an escape,
so two different ids never meet in the same token.
"""

from __future__ import annotations

import re
from collections.abc import Hashable

import networkx as nx

# XML 1.0 (fifth edition) NameChar, the characters of an NMTOKEN.
_NAME_CHAR = re.compile(
    "[-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d\u203f\u2040"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff]"
)
_ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4,6}_")
EDGE_ID_SEP = "--"


def nmtoken(value: Hashable) -> str:
    """`value` as a valid NMTOKEN: unchanged when it already is one and holds nothing that looks escaped."""
    text = str(value)
    if not text:
        raise ValueError("an empty id cannot be written as an XML NMTOKEN")
    out = []
    for i, char in enumerate(text):
        if not _NAME_CHAR.fullmatch(char) or (char == "_" and _ESCAPE_LIKE.match(text, i)):
            out.append(f"_x{ord(char):04X}_")
        else:
            out.append(char)
    return "".join(out)


def edge_ids(graph: nx.MultiDiGraph) -> dict[tuple[Hashable, Hashable, Hashable], str]:
    """(u, v, key) -> `u--key--v` as NMTOKENs: the same for the same edge in every export, unique in each."""
    ids: dict[tuple[Hashable, Hashable, Hashable], str] = {}
    taken: set[str] = set()
    for u, v, key in graph.edges(keys=True):
        base = EDGE_ID_SEP.join((nmtoken(u), nmtoken(key), nmtoken(v)))
        eid, n = base, 1
        while eid in taken:  # only ids made to collide can get here
            n += 1
            eid = f"{base}.{n}"
        taken.add(eid)
        ids[(u, v, key)] = eid
    return ids
