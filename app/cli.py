"""The `stancegraph` command line: build, export, query, serve."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from app.settings import Settings


class UserError(Exception):
    """A mistake in what the user asked for: reported in one line, without a traceback."""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(db=Path(args.db) if getattr(args, "db", None) else None,
                             model=getattr(args, "model", None))


def _open_store(settings: Settings, *, must_exist: bool = False):
    from graph.store import Store, StoreError

    if must_exist and not settings.db.exists():
        raise UserError(f"{settings.db}: no such database; run 'stancegraph build DIR --db {settings.db}' first")
    try:
        return Store(settings.db)
    except StoreError as err:
        raise UserError(str(err)) from None


def _graph(settings: Settings, store, level: str = "person"):
    from graph.build import build_graph
    from nlp.knowledge import load_knowledge

    return build_graph(store, load_knowledge(settings.data_dir), level=level)


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from app.ingest import Ingestor

    settings = _settings(args)
    started = time.perf_counter()
    with _open_store(settings) as store:
        ingestor = Ingestor(settings)

        def progress(items):
            return tqdm(items, desc="ingesting", unit="doc", disable=args.quiet, file=sys.stderr)

        report = ingestor.ingest_paths(store, args.paths, progress=progress)
        for problem in report.problems:
            print(f"stancegraph: skipped {problem}", file=sys.stderr)
        graph = _graph(settings, store)
        counts = store.counts()
    seconds = time.perf_counter() - started
    print(
        f"built {settings.db}: {len(report.added)} documents added, {report.already_stored} already stored, "
        f"{len(report.problems)} skipped; store holds {counts['documents']} documents, "
        f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} edges; {seconds:.1f} s"
    )
    nothing = not report.added and not report.already_stored
    return 1 if nothing and report.problems else 0


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    settings = _settings(args)
    with _open_store(settings, must_exist=True) as store:
        graph = _graph(settings, store, level=args.level)
    out = Path(args.output)
    if out.is_dir():
        raise UserError(f"{out}: is a directory; give a file name with -o")
    tmp = out.with_name(out.name + ".part")
    try:
        with tmp.open("wb") as handle:
            export(graph, args.format, handle)
        tmp.replace(out)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{out}: cannot write ({err.strerror or err})") from None
    print(f"wrote {out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges ({args.format})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stancegraph",
        description="Who stands with whom in the news: build, explore and export a stance network.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", help="SQLite store (default: $STANCEGRAPH_DB or ./stancegraph.db)")
        return p

    build = with_db(sub.add_parser("build", help="ingest articles (.txt, .md, .jsonl) into the store"))
    build.add_argument("paths", nargs="+", metavar="DIR", help="directories or files of articles")
    build.add_argument("--model", help="spaCy model name (default: en_core_web_sm if installed)")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    build.set_defaults(func=cmd_build)

    exp = with_db(sub.add_parser("export", help="write the graph as GraphML, GEXF, JSON or CSV"))
    exp.add_argument("--format", choices=["graphml", "gexf", "json", "csv"], default="graphml")
    exp.add_argument("--level", choices=["person", "state"], default="person",
                     help="'state' also lifts each person's stances to the state or body they speak for")
    exp.add_argument("-o", "--output", required=True, help="output file")
    exp.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as err:
        print(f"stancegraph: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("stancegraph: interrupted", file=sys.stderr)
        return 130
