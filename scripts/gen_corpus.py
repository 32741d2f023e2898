"""Generate a synthetic news corpus for benchmarks: N articles as JSONL (`text`, `title`, `date`, `url`).

Sentences follow the seed articles' syntax (scripts/corpus_text.py); the slots are filled with real states
(data/gazetteer/states.jsonl, with demonyms and capitals), organisations from the gazetteer, invented
companies, and people from a pool of thousands of generated names, each with a state and a title. A few
states and people recur often (a Zipf-like choice), most rarely, as in real news. Every article is 400-900
words, carries supports / opposes / participates_in / declines sentences, and the output depends only on
--seed and -n.

    python scripts/gen_corpus.py -n 10000 -o corpus.jsonl --seed 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import corpus_text as text

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "data" / "gazetteer"
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = (dt.date(2026, 12, 31) - FIRST_DAY).days
STATE_SLOTS = "abcdefm"
PERSON_SLOTS = frozenset(f"p{s}" for s in STATE_SLOTS)
_NO_ARTICLE_ENDING_IN_S = {"Barbados", "Belarus", "Cyprus", "Honduras", "Laos", "Mauritius",
                           "Saint Kitts and Nevis", "Seychelles", "Kiribati"}


@dataclass(frozen=True)
class State:
    name: str  # as written in running text ("the United Kingdom")
    adjective: str  # "British"
    capital: str


@dataclass(frozen=True)
class Person:
    name: str
    last: str
    role: str


def _adjective(demonyms: list[str]) -> str | None:
    """The demonym that reads as an adjective: 'Danish' rather than 'Dane' or 'Danes'."""
    forms = [d for d in demonyms if not (d.endswith("s") and not d.endswith("ss"))]
    plain = [d for d in forms if f"{d}s" not in demonyms]
    return (plain or forms or [None])[0]


def _running_name(label: str) -> str:
    needs_article = label.startswith(("United ", "Republic ", "Democratic ", "Central African ", "Czech ")) or (
        label.endswith("s") and label not in _NO_ARTICLE_ENDING_IN_S)
    return f"the {label}" if needs_article else label


def load_states() -> list[State]:
    states = []
    with (GAZETTEER / "states.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            adjective = _adjective(record["demonyms"])
            if adjective and record.get("capital"):
                states.append(State(_running_name(record["label"]), adjective, record["capital"]))
    return states


def load_organisations() -> list[str]:
    with (GAZETTEER / "organizations.jsonl").open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return [r["label"] if _bare(r["label"]) else f"the {r['label']}" for r in records
            if r["category"] in text.ORG_CATEGORIES]


def _bare(label: str) -> bool:
    """Acronyms and a few proper names take no article ('NATO', 'Interpol'); 'the European Union' does."""
    return label.replace("+", "").isupper() or label[0].isdigit() or label in {"Mercosur", "Interpol"} \
        or (label[0] == "G" and label[1:].isdigit())


def zipf_weights(n: int, *, exponent: float = 0.9) -> list[float]:
    """Cumulative weights: the item ranked k is chosen about 1/k**exponent as often as the first."""
    total, cumulative = 0.0, []
    for rank in range(1, n + 1):
        total += 1 / rank**exponent
        cumulative.append(total)
    return cumulative


class World:
    """The cast: states in a random order of prominence, each with its leaders and officials."""

    def __init__(self, rng: random.Random, *, people: int) -> None:
        self.states = load_states()
        rng.shuffle(self.states)
        self.state_weights = zipf_weights(len(self.states))
        self.organisations = load_organisations()
        rng.shuffle(self.organisations)
        self.org_weights = zipf_weights(len(self.organisations))
        self.companies = [f"{p} {s} {x}" for p in text.COMPANY_PREFIXES for s in text.COMPANY_SECTORS
                          for x in text.COMPANY_SUFFIXES]
        rng.shuffle(self.companies)
        names = [(f, la) for f in text.FIRST_NAMES for la in text.LAST_NAMES]
        per_state = len(text.LEADER_ROLES) + 1
        names = rng.sample(names, min(max(people, per_state * len(self.states) * 2), len(names)))
        shares = [b - a for a, b in itertools.pairwise([0.0, *self.state_weights])]
        total = self.state_weights[-1]
        self.people: list[list[Person]] = []
        taken = 0
        for share in shares:
            count = max(per_state, round(len(names) * share / total))
            chosen = names[taken:taken + count]
            taken += len(chosen)
            if len(chosen) < per_state:  # a small pool ran out: names recur in other states
                chosen = rng.sample(names, per_state)
            ministers = (rng.choice(text.MINISTER_ROLES) for _ in range(len(chosen) - len(text.LEADER_ROLES)))
            roles = [*text.LEADER_ROLES, *ministers]
            self.people.append([Person(f"{f} {la}", la, role) for (f, la), role in zip(chosen, roles, strict=True)])
        self.people_weights = {n: zipf_weights(n, exponent=1.1) for n in {len(p) for p in self.people}}

    def cast(self, rng: random.Random) -> list[int]:
        """Seven distinct states for one story, prominent ones more often."""
        chosen: list[int] = []
        while len(chosen) < len(STATE_SLOTS):
            for i in rng.choices(range(len(self.states)), cum_weights=self.state_weights, k=12):
                if i not in chosen and len(chosen) < len(STATE_SLOTS):
                    chosen.append(i)
        return chosen

    def person(self, rng: random.Random, state: int) -> Person:
        pool = self.people[state]
        return rng.choices(pool, cum_weights=self.people_weights[len(pool)])[0]


class Slots(dict):
    """An article's slot values. Numbers are drawn afresh for each use; a person named by surname before
    their full name has appeared is introduced in full, with title ('Danish Foreign Minister Ida Dahl')."""

    def __init__(self, values: dict[str, str], rng: random.Random) -> None:
        super().__init__(values)
        self.rng = rng
        self.introduced: set[str] = set()

    def __getitem__(self, key: str) -> str:
        if key == "n":
            return str(self.rng.randint(2, 40))
        if key == "pct":
            return str(self.rng.randint(1, 30))
        if key in PERSON_SLOTS:
            self.introduced.add(key)
        elif key.endswith("_last") and key[:-5] not in self.introduced:
            person = key[:-5]
            self.introduced.add(person)
            return f"{super().__getitem__(person[1] + '_adj')} {super().__getitem__(person + '_role')} " \
                   f"{super().__getitem__(person)}"
        return super().__getitem__(key)


def cast_slots(world: World, rng: random.Random) -> dict[str, str]:
    slots: dict[str, str] = {}
    for slot, index in zip(STATE_SLOTS, world.cast(rng), strict=True):
        state = world.states[index]
        person = world.person(rng, index)
        slots.update({slot: state.name, f"{slot}_adj": state.adjective, f"{slot}_cap": state.capital,
                      f"p{slot}": person.name, f"p{slot}_last": person.last, f"p{slot}_role": person.role})
    slots["o"] = rng.choices(world.organisations, cum_weights=world.org_weights)[0]
    slots["co"] = rng.choice(world.companies)
    slots.update(day=rng.choice(text.WEEKDAYS), month=rng.choice(text.MONTHS))
    return slots


def _sentence(template: str, slots: dict[str, str]) -> str:
    sentence = template.format_map(slots)
    return sentence[0].upper() + sentence[1:]


def article(world: World, rng: random.Random, number: int) -> dict[str, str]:
    cast = cast_slots(world, rng)
    title = _sentence(rng.choice(text.HEADLINES), cast)
    slots = Slots(cast, rng)
    words_wanted = rng.randint(400, 900)
    stances = rng.sample(text.STANCES, len(text.STANCES))
    fillers = rng.sample(text.FILLERS, len(text.FILLERS))
    subheadings = rng.sample(text.SUBHEADINGS, len(text.SUBHEADINGS))
    paragraphs = [title, _sentence(rng.choice(text.LEADS), slots)]
    words = len(title.split()) + len(paragraphs[1].split())
    paragraph: list[str] = []
    while words < words_wanted and (stances or fillers):
        pool = stances if stances and (not fillers or rng.random() < 0.6) else fillers
        sentence = _sentence(pool.pop(), slots)
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) >= rng.randint(1, 3):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
            if subheadings and rng.random() < 0.12:
                paragraphs.append(_sentence(subheadings.pop(), slots))
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    slug = "-".join(title.lower().split()[:6]).replace("’", "").replace("'", "")
    return {"text": "\n\n".join(paragraphs), "title": title, "date": date.isoformat(),
            "url": f"https://news.example.org/{date:%Y/%m}/{slug}-{number}"}


def articles(n: int, *, seed: int, people: int) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    world = World(rng, people=people)
    for number in range(n):
        yield article(world, rng, number)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("-o", "--output", default="-", help="output JSONL file (default: standard output)")
    parser.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same corpus")
    parser.add_argument("--people", type=int, default=8000, help="size of the pool of people (default 8000)")
    args = parser.parse_args(argv)
    if args.n < 0 or args.people < 1:
        parser.error("-n must be >= 0 and --people >= 1")
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for record in articles(args.n, seed=args.seed, people=args.people):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
