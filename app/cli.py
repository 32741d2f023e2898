"""The `stancegraph` command line: build, export, query, serve."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from app.settings import Settings
from graph.formats import FORMATS

BUILD_BATCH = 256  # articles stored before the derived tables are brought up to date


class UserError(Exception):
    """A mistake in what the user asked for: reported in one line, without a traceback."""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(db=Path(args.db) if getattr(args, "db", None) else None,
                             model=getattr(args, "model", None))


def _open_store(settings: Settings, *, must_exist: bool = False):
    """The store, checked (an older one is upgraded, saying so) and with every stored article settled."""
    from graph.store import Store, StoreError

    if must_exist and not settings.db.exists():
        raise UserError(f"{settings.db}: no such database; run 'stancegraph build DIR --db {settings.db}' first")
    try:
        store = Store(settings.db, data_dir=settings.data_dir, progress=lambda line: print(line, file=sys.stderr))
    except StoreError as err:
        raise UserError(str(err)) from None
    if store.pending():
        print(f"stancegraph: settling {store.pending()} articles stored by an interrupted build", file=sys.stderr)
        store.refresh()
    return store


def _graph(store, level: str = "person"):
    """The whole graph, from the store's tables."""
    from graph.build import stored_graph

    return stored_graph(store, level=level)


def _settings_for_build(args: argparse.Namespace) -> Settings:
    from dataclasses import replace

    settings = _settings(args)
    if args.jobs is not None:
        if args.jobs < 1:
            raise UserError(f"--jobs {args.jobs}: give 1 or more worker processes")
        settings = replace(settings, jobs=args.jobs)
    return settings


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from app.cluster import ClusterError
    from app.ingest import Ingestor
    from app.workers import WorkerDied
    from graph.reader import StoreReader
    from nlp.pipeline import ModelNotFound
    from nlp.readers import InputProblem

    settings = _settings_for_build(args)
    with _open_store(settings) as store:
        def progress(total: int | None):
            return tqdm(total=total, desc="ingesting", unit="doc", disable=args.quiet, file=sys.stderr)

        def report_problem(problem: InputProblem) -> None:
            tqdm.write(f"stancegraph: skipped {problem}", file=sys.stderr)

        try:
            with store.deferred(every=BUILD_BATCH):  # names and edges settled once per batch of articles
                report = Ingestor(settings).ingest_paths(store, args.paths, progress=progress,
                                                         on_problem=report_problem, dask=args.dask)
        except (ModelNotFound, ClusterError, WorkerDied) as err:
            raise UserError(str(err)) from None
        counts = store.counts()
        _, entities, edges = StoreReader(store.conn).counts()  # the tables hold them: no graph is built
    rate = f" ({report.added / report.seconds:.1f} articles/s, parsed in {report.runner})" \
        if report.added and report.seconds else ""
    print(
        f"built {settings.db}: {report.added} documents added, {report.already_stored} already stored, "
        f"{report.skipped} skipped in {report.seconds:.1f} s{rate}; store holds {counts['documents']} documents, "
        f"{counts['mentions']} entity mentions, {counts['relations']} stance and affiliation statements; "
        f"{entities} entities, {edges} edges"
    )
    nothing = not report.added and not report.already_stored
    return 1 if nothing and report.skipped else 0


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    settings = _settings(args)
    with _open_store(settings, must_exist=True) as store:
        graph = _graph(store, level=args.level)
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


QUESTIONS = {
    "supports": "who supports whom", "opposes": "who opposes whom", "participates_in": "who takes part in what",
    "declines": "who declines to take part in what", "affiliated_with": "who acts for whom",
    "co_mention": "who is mentioned with whom",
}


def _wrap(text: str, width: int, indent: str) -> str:
    import textwrap

    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent + " ",
                         break_long_words=False, break_on_hyphens=False)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_query(args: argparse.Namespace) -> int:
    """Who <relation> whom, one evidence sentence each."""
    import shutil

    from graph import query
    from graph.reader import StoreReader

    try:
        relation = query.check_relation(args.relation)
        dates = query.DateRange.of(args.since, args.until)
    except query.QueryError as err:
        raise UserError(err.message) from None
    settings = _settings(args)
    with _open_store(settings, must_exist=True) as store:
        try:
            total, rows = StoreReader(store.conn, args.level).relations(
                relation, source=args.source, target=args.target, dates=dates, limit=args.limit or 10**9,
                evidence_limit=1)
        except query.QueryError as err:
            raise UserError(err.message) from None
    verb = relation.replace("_", " ")
    question = QUESTIONS.get(relation, f"who {verb} whom")
    who = " ".join(p for p in (f"from {args.source}" if args.source else "", f"to {args.target}" if args.target
                                else "") if p)
    header = f"{question}{' (' + who + ')' if who else ''}: {total} edge{'s' * (total != 1)}, " \
             f"{args.level} level"
    print(header)
    if not rows:
        return 0
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    sw = min(max(len(r.source.label) for r in rows), 32)
    tw = min(max(len(r.target.label) for r in rows), 32)
    for row in rows:
        notes = [f"{row.weight:g} sentence{'s' * (row.weight != 1)}"]
        if row.role:
            notes.append(row.role)
        if row.modality and row.modality != "stated":
            notes.append(row.modality)
        if row.derived:
            notes.append("via a person")
        print()
        print(f"  {_cut(row.source.label, sw):<{sw}}  {verb}  {_cut(row.target.label, tw):<{tw}}  "
              f"{' · '.join(notes)}")
        if row.condition:
            condition = " ".join(row.condition.split(" || ")[0].split()).rstrip(" ,;")
            condition = condition if condition[:3].lower() == "if " else f"if {condition}"
            print(_wrap(f"({condition})", width, "      "))
        if row.evidence:
            ev = row.evidence[0]
            print(_wrap(f"“{ev.sentence}”", width, "      "))
            source = ", ".join(p for p in (_cut(ev.title, 70), ev.date or "") if p)
            print(_wrap(f"— {source}", width, "      "))
    if total > len(rows):
        print(f"\n  … and {total - len(rows)} more (--limit 0 shows all)")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """The explorer and the API; an empty store is first filled from the shipped corpus."""
    import uvicorn

    from app.api import create_app
    from app.api.tuning import default_read_processes
    from graph.store import StoreError

    if not 1 <= args.port <= 65535:
        raise UserError(f"--port {args.port}: give a port between 1 and 65535")
    settings = _settings(args)
    if settings.db.is_dir():
        raise UserError(f"{settings.db}: is a directory, not a database file")
    if args.read_processes is not None and args.read_processes < 0:
        raise UserError(f"--read-processes {args.read_processes}: give 0 or more")
    read_processes = default_read_processes() if args.read_processes is None else args.read_processes
    app = create_app(settings, host=args.host, tuned=True, read_processes=read_processes)
    state = app.state.stancegraph
    try:
        empty = state.is_empty()
    except StoreError as err:
        raise UserError(str(err)) from None
    if empty:
        corpus = settings.corpus_dir
        if corpus.is_dir():
            from tqdm import tqdm

            from nlp.pipeline import ModelNotFound

            print(f"stancegraph: {settings.db} is empty; ingesting the shipped articles in {corpus} first",
                  file=sys.stderr)

            def progress(total: int | None):
                return tqdm(total=total, desc="ingesting", unit="doc", file=sys.stderr, disable=args.quiet)

            try:
                report = state.seed([corpus], progress=progress)
            except ModelNotFound as err:
                raise UserError(str(err)) from None
            print(f"stancegraph: ingested {report.added} articles in {report.seconds:.1f} s", file=sys.stderr)
        else:
            print(f"stancegraph: {settings.db} is empty and there is no corpus at {corpus}; "
                  "add articles with 'stancegraph build DIR' or POST /api/documents", file=sys.stderr)
    documents, entities, edges = state.counts()
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"stancegraph: serving {documents} articles, {entities} entities, "
          f"{edges} edges at http://{host}:{args.port}/ (API docs at /docs; Ctrl+C stops)",
          file=sys.stderr, flush=True)
    if state.writes == "token":
        print("stancegraph: not on loopback: POST /api/documents needs 'Authorization: Bearer $STANCEGRAPH_TOKEN'",
              file=sys.stderr)
    elif state.writes == "disabled":
        print("stancegraph: not on loopback and STANCEGRAPH_TOKEN is not set: adding articles over HTTP is "
              "disabled", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=args.access_log)
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
    build.add_argument("--jobs", type=int, metavar="N",
                       help="parse worker processes (default: $STANCEGRAPH_JOBS, else one per core for "
                            "large inputs; 1 parses in this process)")
    build.add_argument("--dask", metavar="tcp://HOST:PORT",
                       help="run the extraction on this Dask scheduler's workers; this process writes the store")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    build.set_defaults(func=cmd_build)

    exp = with_db(sub.add_parser("export", help="write the graph as GraphML, GEXF, graphology JSON, JSON or CSV"))
    exp.add_argument("--format", choices=FORMATS, default="graphml",
                     help="graphml (Gephi, igraph, networkx, graphology), gexf (Gephi, with dates and the "
                          "explorer's colours), graphology (sigma.js, with positions), json (node-link, full "
                          "evidence), csv (one row per edge)")
    exp.add_argument("--level", choices=["person", "state"], default="state",
                     help="'state' (the default) also lifts each person's stances to the state or body they "
                          "speak for, marked derived=true; 'person' writes only the stances as stated")
    exp.add_argument("-o", "--output", required=True, help="output file")
    exp.set_defaults(func=cmd_export)

    qry = with_db(sub.add_parser("query", help="who supports / opposes / joins / declines whom, with evidence"))
    qry.add_argument("relation", metavar="RELATION",
                     help="supports, opposes, participates_in, declines, affiliated_with or co_mention")
    qry.add_argument("--source", help="only from this entity (id, name or alias)")
    qry.add_argument("--target", help="only to this entity (id, name or alias)")
    qry.add_argument("--level", choices=["person", "state"], default="person",
                     help="'state' also counts each person's stances for the state or body they speak for")
    qry.add_argument("--since", help="only evidence dated on or after (YYYY-MM-DD)")
    qry.add_argument("--until", help="only evidence dated on or before (YYYY-MM-DD)")
    qry.add_argument("--limit", type=int, default=0, help="show at most this many edges (default: all)")
    qry.set_defaults(func=cmd_query)

    srv = with_db(sub.add_parser("serve", help="run the explorer and the JSON API"))
    srv.add_argument("--host", default="127.0.0.1",
                     help="address to bind (default 127.0.0.1; elsewhere writes need $STANCEGRAPH_TOKEN)")
    srv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    srv.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    srv.add_argument("--access-log", action="store_true", help="log every request")
    srv.add_argument("--read-processes", type=int, metavar="N",
                     help="processes that build the long read answers, e.g. /api/relations (default: one per core "
                          "on 2 or more cores; 0: the server process builds them)")
    srv.add_argument("-q", "--quiet", action="store_true", help="no progress bar when ingesting the corpus")
    srv.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as err:
        print(f"stancegraph: error: {err}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as err:  # damage the opening checks cannot see, found while reading
        print(f"stancegraph: error: {_settings(args).db}: damaged database ({err})", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("stancegraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `stancegraph query opposes | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
