"""Name normalisation shared by entity recognition and canonicalisation."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DASHES = frozenset({"—", "–", "-", "--", "―"})
JOINING_HYPHENS = frozenset({"-", "‑"})
SEATED = frozenset({"based", "headquartered"})  # "the Geneva-based body": where it sits, not its name or owner
HONORIFICS = frozenset(
    {
        "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mx",
        "president", "vice-president", "vp", "premier", "chancellor", "king", "queen", "prince", "princess",
        "sheikh", "pope", "general", "gen", "admiral", "colonel", "col", "senator", "sen", "rep",
        "governor", "gov", "minister", "secretary", "ambassador", "envoy", "chief", "commander",
        "mayor", "judge", "justice", "rev", "father", "saint", "st", "herr", "frau", "monsieur", "madame",
        # ranks and their abbreviations (AP Stylebook, "military titles"), styles used in world news
        "brig", "lt", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "lieutenant", "captain",
        "sergeant", "marshal", "field", "crown", "ayatollah", "mullah", "comrade", "hon", "samdech", "datuk", "h.e",
    }
)
# Particles inside names that do not start a given name: 'Mohammed bin Salman', 'Yassir al-Atta',
# 'Ursula von der Leyen'. A name that begins with one is a surname on its own ('Bin Salman').
NAME_PARTICLES = frozenset(
    {"bin", "ibn", "bint", "al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "van", "von", "der", "den",
     "de", "da", "di", "del", "della", "du", "des", "dos", "das", "le", "la"}
)
# Arabic article forms written joined to the next word ('al-Atta', 'ash-Shaibani', 'el-Sisi').
_JOINED_ARTICLE = re.compile(r"^(al|el|ad|as|ash|at|az|an|ar)-(?=\w)")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$", re.IGNORECASE)


def hyphened_before(token: Token, hyphens: frozenset[str] = JOINING_HYPHENS) -> list[Token]:
    """'Greece' of 'Greece-Egypt', 'US' of 'US-UK': a compound joined to the token by one of `hyphens` just before
    it, which the parser hangs on the second name."""
    return [g for g in token.children if g.dep_ == "compound" and g.i + 2 == token.i
            and token.doc[g.i + 1].text in hyphens]


def fold(text: str) -> str:
    """Casefolded, accent-free, with typographic quotes made plain."""
    if text.isascii():
        return text.casefold()  # nothing to strip: the common case, taken fast
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
    """Folded tokens of a person's name without honorifics ('Sir Keir Starmer' -> ['keir', 'starmer']); a
    joined article stands apart ('Yassir al-Atta' -> ['yassir', 'al', 'atta'])."""
    tokens: list[str] = []
    for raw in re.split(r"\s+", fold(clean_surface(text))):
        raw = raw.strip(".")
        article = _JOINED_ARTICLE.match(raw)
        if article:
            tokens.extend([article.group(1), raw[article.end():]])
        elif raw:
            tokens.append(raw)
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    return [spelling_key(t) for t in tokens]


def is_surname_only(tokens: list[str]) -> bool:
    """'Bin Salman', 'al-Sharaa', 'von der Leyen': a surname with its particle, no given name."""
    return len(tokens) >= 2 and tokens[0] in NAME_PARTICLES and tokens[-1] not in NAME_PARTICLES


def one_edit_apart(a: str, b: str) -> bool:
    """True when one substitution, insertion or deletion turns `a` into `b` (and a != b)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


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



ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le"})


def spells_initials(acronym: str, name: str) -> bool:
    """'RSF' spells 'Rapid Support Forces', 'TPLF' "Tigray People's Liberation Front", 'CAR' 'Central African
    Republic': the acronym's letters are the initials of the name's words in order, small words skipped
    or not."""
    if not ACRONYM.match(acronym):
        return False
    letters = [c for c in acronym if c.isalpha()]
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()]
    every = [w[0].upper() for w in words]
    content = [w[0].upper() for w in words if w.lower() not in SMALL_WORDS]
    return len(letters) >= 2 and letters in (every, content)


def owner_end(doc: Doc, start: int) -> int:
    """Where a name that owns the phrase at `start` ends: right before it ('EU monitoring mission'), or before its
    possessive ("Russia's peacekeepers")."""
    return start - 1 if start > 0 and doc[start - 1].tag_ == "POS" else start


def hyphen_prefix(doc: Doc, i: int) -> str | None:
    """The lower-cased word hyphenated to the front of token i ('non' of 'non-NATO', 'pro' of 'pro-China')."""
    return doc[i - 2].lower_ if i > 1 and doc[i - 1].text in JOINING_HYPHENS else None
