"""Regular expressions that the OpenAPI schema declares and the server enforces: one definition, two uses.

Each pattern is written with explicit ASCII classes (no `\\d`, `\\s` or look-arounds) so that Python's `re`
(used by schema tools such as Schemathesis and Hypothesis) and Rust's `regex` (used by pydantic to validate
requests) accept exactly the same strings.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.build import RELATIONS
from graph.query import ENTITY_TYPES

# -- dates ------------------------------------------------------------------------------------------
_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"  # 0001-9999
_MONTH = "(?:0[1-9]|1[0-2])"
_MONTH_DAY = ("(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"  # every month has days 1-28
              "|(?:0[13-9]|1[0-2])-(?:29|30)"  # all but February have 29 and 30
              "|(?:0[13578]|1[02])-31)")
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
_DAY = f"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"

PERIOD = f"^(?:{_DAY}|{_YEAR}-{_MONTH}|{_YEAR})$"
"""A calendar date, month or year: YYYY-MM-DD, YYYY-MM or YYYY (years 0001-9999)."""
DAY_OR_EMPTY = f"^(?:{_DAY})?$"
"""A calendar date YYYY-MM-DD, or the empty string for none."""


# -- closed sets, one or a comma-separated list -----------------------------------------------------
def comma_list(items: Iterable[str]) -> str:
    """One item of `items`, or several joined by commas without spaces."""
    item = "(?:" + "|".join(items) + ")"
    return f"^{item}(?:,{item})*$"


RELATION_LIST = comma_list(RELATIONS)
TYPE_LIST = comma_list(ENTITY_TYPES)

# -- article fields ---------------------------------------------------------------------------------
# The characters Python's str.strip() removes (str.isspace); tests/test_contract.py checks the list.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
              "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_WS_CLASS = "".join(f"\\u{ord(c):04x}" for c in WHITESPACE)
TEXT = f"^[^\\u0000]*[^\\u0000{_WS_CLASS}][^\\u0000]*$"
"""Some text that is not only whitespace, without NUL characters."""
HTTP_URL_OR_EMPTY = ("^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\u0000-\\u0020\\u007f/?#\\\\]+"
                     "(?:[/?#][^\\u0000-\\u0020\\u007f]*)?)?$")
"""An absolute http:// or https:// URL without spaces or control characters, or the empty string for none."""

HINTS = {
    PERIOD: "a date as YYYY-MM-DD, YYYY-MM or YYYY",
    DAY_OR_EMPTY: "a calendar date as YYYY-MM-DD",
    RELATION_LIST: f"a comma-separated list of relations from {', '.join(RELATIONS)}",
    TYPE_LIST: f"a comma-separated list of entity types from {', '.join(ENTITY_TYPES)}",
    TEXT: "text with at least one character that is not whitespace, and no NUL character",
    HTTP_URL_OR_EMPTY: "an absolute http:// or https:// URL without spaces",
}
"""What each pattern asks for, in words, for error messages."""
