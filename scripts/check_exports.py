"""Open a large graph's exports with the readers people use, and report the counts each one sees.

    python scripts/check_exports.py [--articles 1000] [--db FILE] [--keep DIR]

Without --db it writes --articles synthetic articles (paragraphs of the shipped seed articles, shuffled, with
their people and states replaced by others and dates spread over 2024-2026, so the graph is larger and
changes over time), builds them with the real model, then exports GraphML, GEXF and graphology JSON and reads
them with networkx (GraphML with force_multigraph, GEXF with its dates), python-igraph and graphology in Node
(tests/js, installed by `make setup-test`). Not a test: it prints what it found and exits non-zero when a reader
fails or the counts differ.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"
JS_READER = ROOT / "tests" / "js" / "read_exports.js"
SEED_PEOPLE = ("Keir Starmer", "Emmanuel Macron", "Volodymyr Zelensky", "Vladimir Putin", "Donald Trump",
               "Mark Rutte", "Steve Witkoff", "Jared Kushner", "Marco Rubio", "Nicolas Maduro")
SEED_STATES = ("Ukraine", "Russia", "France", "Britain", "Italy", "Poland", "Germany", "Denmark", "Venezuela")
FIRST = ("Amara", "Bogdan", "Chiara", "Dmitri", "Elena", "Farid", "Grete", "Hamid", "Ines", "Jonas", "Kaori",
         "Lars", "Mariam", "Nikolai", "Olga", "Pavel", "Quentin", "Rania", "Sergio", "Tamar", "Ulrich", "Vera",
         "Wanjiru", "Xavier", "Yusuf", "Zofia")
LAST = ("Andersen", "Baptiste", "Castellanos", "Dubois", "Eriksen", "Fischer", "Gallagher", "Horvath", "Ivanova",
        "Jankowski", "Kovacs", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quispe", "Rossi", "Sandoval",
        "Takahashi", "Urquhart", "Varga", "Wojcik", "Yilmaz", "Zimmermann")


def synthetic_articles(n: int, *, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    paragraphs = [p for path in sorted(SEEDS.glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) > 8]
    states = [json.loads(line)["label"] for line in (ROOT / "data" / "gazetteer" / "states.jsonl").open()]
    start = dt.date(2024, 1, 1)
    articles = []
    for i in range(n):
        text = "\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(5, 10))))
        for person in SEED_PEOPLE:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            text = text.replace(person, f"{first} {last}")
            text = re.sub(rf"\b{re.escape(person.split()[-1])}\b", last, text)
        for state in SEED_STATES:
            text = re.sub(rf"\b{state}\b", rng.choice(states), text)
        date = start + dt.timedelta(days=rng.randrange(900))
        articles.append({"title": f"Synthetic article {i}", "date": date.isoformat(), "text": text})
    return articles


def timed(label: str, func, *args, **kwargs):
    began = time.perf_counter()
    result = func(*args, **kwargs)
    print(f"  {label}: {time.perf_counter() - began:.2f} s", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--db", help="an existing store (default: build one from synthetic articles)")
    parser.add_argument("--keep", help="write the store and the exports into this folder")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from app.cli import main as cli

    tmp = tempfile.TemporaryDirectory()
    work = Path(args.keep or tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    db = Path(args.db) if args.db else work / "synthetic.db"
    if not args.db:
        corpus = work / "corpus"
        corpus.mkdir(exist_ok=True)
        with (corpus / "synthetic.jsonl").open("w", encoding="utf-8") as handle:
            for article in synthetic_articles(args.articles):
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
        print(f"building {args.articles} synthetic articles into {db}", flush=True)
        if timed("build", cli, ["build", str(corpus), "--db", str(db), "-q"]) != 0:
            return 1
    paths = {"graphml": work / "g.graphml", "gexf": work / "g.gexf", "graphology": work / "g.graphology.json"}
    for fmt, path in paths.items():
        timed(f"export {fmt}", cli, ["export", "--format", fmt, "--db", str(db), "-o", str(path)])

    import igraph
    import networkx as nx

    seen: dict[str, tuple[int, int]] = {}
    graph = timed("networkx reads GraphML", lambda: nx.read_graphml(paths["graphml"], force_multigraph=True))
    seen["networkx GraphML"] = (graph.number_of_nodes(), graph.number_of_edges())
    ig = timed("igraph reads GraphML", igraph.Graph.Read_GraphML, str(paths["graphml"]))
    seen["igraph GraphML"] = (ig.vcount(), ig.ecount())
    gexf = timed("networkx reads GEXF", nx.read_gexf, paths["gexf"])
    seen["networkx GEXF"] = (gexf.number_of_nodes(), gexf.number_of_edges())
    dated = [d for *_, d in gexf.edges(data=True) if "start" in d]
    spelled = [d for d in dated if len(d.get("spells", [])) > 1]
    print(f"  GEXF: {len(dated)} edges with start/end, {len(spelled)} with several spells; timeline "
          f"{min(d['start'] for d in dated)} .. {max(d['end'] for d in dated)}")
    node = shutil.which("node")
    if node and (JS_READER.parent / "node_modules").is_dir():
        run = timed("graphology reads GraphML and JSON", subprocess.run,
                    [node, str(JS_READER), str(paths["graphml"]), str(paths["graphology"]), "--counts"],
                    capture_output=True, text=True, check=False)
        if run.returncode != 0:
            print(run.stderr)
            return 1
        counts = json.loads(run.stdout)
        seen["graphology GraphML"], seen["graphology JSON"] = tuple(counts["graphml"]), tuple(counts["graphology"])
    else:
        print("  graphology: skipped (no Node.js or no tests/js/node_modules: make setup-test)")
    for name, counts in seen.items():
        print(f"  {name:<24} {counts[0]:>6} nodes {counts[1]:>7} edges")
    same = len(set(seen.values())) == 1
    print("same counts everywhere" if same else "COUNTS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
