"""The gazetteer: states, demonyms, capitals, seats of government, territories and organisations.

Data lives in `data/gazetteer/*.jsonl` (sources in `data/gazetteer/SOURCES.md`). Each known entity gets a
knowledge-base id: `STATE:GB`, `ORG:NATO`, `CAPITAL:GB` (London), `SEAT:GB:downing-street`, `PLACE:GL`.
Capitals and seats are places that stand for their state in stance relations ("Moscow said").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from nlp.names import fold

FORCE_ID = "FORCE"
# Named operations, accords and gatherings found in the text (nlp/missions.py): `MISSION:<name>`,
# `ACCORD:<name>`, `GATHERING:<name>` ("the Summit of the Americas").
MISSION, ACCORD, GATHERING = "MISSION", "ACCORD", "GATHERING"
KINDS = (MISSION, ACCORD, GATHERING)


ARMY_PREFIX = "ARMY:"  # a party named by its state: "ARMY:Sudanese army", "ARMY:Niger junta", "ARMY:Syrian rebels"


def army_label(kb_id: str) -> str:
    """'Sudanese army' of 'ARMY:Sudanese army'; '' for any other id."""
    return kb_id[len(ARMY_PREFIX):] if kb_id.startswith(ARMY_PREFIX) else ""


def kind_of(kb_id: str) -> str | None:
    prefix = kb_id.split(":", 1)[0]
    return prefix if prefix in KINDS else None


def name_of(kb_id: str) -> str:
    """The name an undertaking's id gives it, without the article key of an unnamed measure."""
    return kb_id.split(":", 1)[1].split(ARTICLE_KEY, 1)[0] if kind_of(kb_id) else ""


# An unnamed measure ('the draft resolution') is one article's: its id ends in ARTICLE_KEY and a key of the article,
# so two articles' draft resolutions are two entities of the same name.
ARTICLE_KEY = "@@"


@dataclass(frozen=True)
class KbEntity:
    kb_id: str
    label: str
    type: str  # STATE | ORG | PLACE
    stands_for: str | None = None  # a state's kb id, for capitals and seats of government
    state: str | None = None  # the state an organisation belongs to (CIA -> STATE:US)
    category: str = ""  # for organisations: alliance, regional_body, ad_hoc_coalition, ...; "seat" for a seat of
    # government that is not the capital
    part_of: str | None = None  # the kb id of the body an organisation belongs to (UNSC -> ORG:UN)
    regions: frozenset[str] = frozenset()  # for states: region and UN M49 sub-region ("Asia", "Western Asia")


@dataclass
class Gazetteer:
    entities: dict[str, KbEntity] = field(default_factory=dict)
    # surface -> kb id; `folded` keys are matched case-insensitively, `exact` keys case-sensitively
    folded: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)  # kb ids whose names are also common words or names
    demonyms: dict[str, str] = field(default_factory=dict)  # a state's kb id -> its first demonym ('Sudanese')

    def add(self, entity: KbEntity, names: list[str], acronyms: list[str] = ()) -> None:
        self.entities.setdefault(entity.kb_id, entity)
        for name in {entity.label, *names}:
            name = _strip_article(name)
            if not name:
                continue
            if _is_acronym(name):
                self.exact.setdefault(name, entity.kb_id)
            else:
                self.folded.setdefault(fold(name), entity.kb_id)
        for acronym in acronyms:
            self.exact.setdefault(acronym, entity.kb_id)

    def lookup(self, surface: str) -> str | None:
        """kb id for a surface form, honouring case for acronyms ('US' yes, 'us' no)."""
        surface = _strip_article(surface)
        return self.exact.get(surface) or self.folded.get(fold(surface))

    def body_tails(self) -> dict[tuple[str, ...], set[str]]:
        """The last two or more words of the names of bodies that belong to another ('security council'
        of 'UN Security Council'), each with the kb ids it ends."""
        tails: dict[tuple[str, ...], set[str]] = {}
        for key, kb in self.folded.items():
            if self.entities[kb].part_of:
                words = tuple(re.sub(r"[^\w\s]", "", key).split())
                for k in range(2, len(words)):
                    tails.setdefault(words[-k:], set()).add(kb)
        return tails

    def surfaces(self) -> Iterator[tuple[str, str, bool]]:
        """(surface, kb id, case_sensitive) for building a matcher."""
        for key, kb in self.exact.items():
            yield key, kb, True
        for key, kb in self.folded.items():
            yield key, kb, False


def _strip_article(name: str) -> str:
    name = " ".join(str(name).split())
    return name[4:] if name[:4].lower() == "the " else name


def _is_acronym(name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", name)
    return bool(letters) and letters.isupper() and len(letters) <= 6


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _read_jsonl(path: Path) -> Iterator[dict]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def build_gazetteer(directory: Path) -> Gazetteer:
    gaz = Gazetteer()
    for row in _read_jsonl(directory / "states.jsonl"):
        kb = f"STATE:{row['id']}"
        regions = frozenset(r for r in (row.get("region"), row.get("subregion")) if r)
        gaz.add(KbEntity(kb, row["label"], "STATE", regions=regions), [*row.get("names", []), *row.get("demonyms", [])])
        if row.get("ambiguous"):
            gaz.ambiguous.add(kb)
        if row.get("demonyms"):
            gaz.demonyms[kb] = row["demonyms"][0]
        for capital in [row.get("capital"), *row.get("seats", [])]:
            if capital:
                capital_kb = f"CAPITAL:{row['id']}:{_slug(capital)}"
                aliases = row.get("capital_aliases", []) if capital == row.get("capital") else []
                seat = "" if capital == row.get("capital") else "seat"  # The Hague beside Amsterdam
                gaz.add(KbEntity(capital_kb, capital, "PLACE", stands_for=kb, category=seat), aliases)
                if row.get("capital_ambiguous") and capital == row.get("capital"):
                    gaz.ambiguous.add(capital_kb)
    for row in _read_jsonl(directory / "seats.jsonl"):
        names = row["names"]
        label = _strip_article(names[0])
        kb = f"SEAT:{row['state']}:{_slug(label)}"
        gaz.add(KbEntity(kb, label, "PLACE", stands_for=f"STATE:{row['state']}"), names)
    for name in ("territories.jsonl", "regions.jsonl"):
        for row in _read_jsonl(directory / name):
            kb = f"PLACE:{row['id']}"
            gaz.add(KbEntity(kb, row["label"], "PLACE"), row.get("names", []))
            if row.get("ambiguous"):
                gaz.ambiguous.add(kb)
    for row in _read_jsonl(directory / "organizations.jsonl"):
        state = f"STATE:{row['state']}" if row.get("state") else None
        if row.get("category") == "ministry" and state:  # "the State Department said": the state said
            kb = f"SEAT:{row['state']}:{_slug(row['label'])}"
            gaz.add(KbEntity(kb, row["label"], "PLACE", stands_for=state), row.get("names", []),
                    row.get("acronyms", []))
            continue
        gaz.add(
            KbEntity(f"ORG:{row['id']}", row["label"], "ORG", state=state, category=row.get("category") or "",
                     part_of=f"ORG:{row['part_of']}" if row.get("part_of") else None),
            row.get("names", []),
            row.get("acronyms", []),
        )
    return gaz


@lru_cache(maxsize=4)
def load_gazetteer(directory: str) -> Gazetteer:
    return build_gazetteer(Path(directory))


@lru_cache(maxsize=4)
def city_names(directory: str) -> frozenset[str]:
    """Folded city names (GeoNames, see scripts/build_cities.py) to repair places taken for people."""
    path = Path(directory) / "cities.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
