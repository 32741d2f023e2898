"""Name normalisation shared by entity recognition and canonicalisation."""

from __future__ import annotations

import re
import unicodedata

HONORIFICS = frozenset(
    {
        "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mx",
        "president", "vice-president", "premier", "chancellor", "king", "queen", "prince", "princess",
        "sheikh", "pope", "general", "gen", "admiral", "colonel", "col", "senator", "sen", "rep",
        "governor", "gov", "minister", "secretary", "ambassador", "envoy", "chief", "commander",
        "mayor", "judge", "justice", "rev", "father", "saint", "st", "herr", "frau", "monsieur", "madame",
    }
)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$", re.IGNORECASE)


def fold(text: str) -> str:
    """Casefolded, accent-free, with typographic quotes made plain."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def clean_surface(text: str) -> str:
    """A mention's text without surrounding quotes, a leading 'the', a trailing possessive or whitespace."""
    text = " ".join(text.translate(_QUOTES).split())
    text = text.strip(" \"'.,;:!?()[]{}-")
    text = _POSSESSIVE.sub("", text).strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.strip(" \"'")


def name_tokens(text: str) -> list[str]:
    """Folded tokens of a person's name without honorifics ('Sir Keir Starmer' -> ['keir', 'starmer'])."""
    tokens = [t.strip(".") for t in re.split(r"[\s]+", fold(clean_surface(text))) if t.strip(".")]
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    return [spelling_key(t) for t in tokens]


def spelling_key(token: str) -> str:
    """Collapse common transliteration variants: Zelenskyy / Zelenskiy / Zelensky -> zelensky."""
    token = re.sub(r"(?:yy|iy|yi|ii)$", "y", token)
    token = token.replace("-", "")
    return token


def org_key(text: str) -> str:
    """Key for organisations and places: folded, no leading 'the', no punctuation."""
    text = fold(clean_surface(text))
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())

