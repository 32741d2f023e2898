"""Benchmark ingestion: `stancegraph build` of N generated articles against bare `nlp.pipe`, in one run.

Generates N articles with scripts/gen_corpus.py, then times, each in its own process:
  default   `stancegraph build corpus.jsonl` (worker processes, one per core)
  single    the same with STANCEGRAPH_JOBS=1 (the parse in the build's own process)
  pipe      a process that only runs `nlp.pipe` of the full model over the same texts
and samples the resident memory of each process tree (peak of the sum over the build and its workers).
It also splits one process's time into parse, extraction, store writes and the end-of-build summary on a
sample, measures how fast the single writer commits and settles records (the ceiling of a Dask build: over the
first 2,000 articles, and with --writer-at-scale in a copy of the built store), and projects the time for
100,000 articles. Figures are ratios within this run: the machine is shared and noisy.

    python scripts/bench_ingest.py -n 1000
    python scripts/bench_ingest.py -n 10000 --modes default,pipe --pipe-sample 2000
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import gen_corpus

ROOT = Path(__file__).resolve().parent.parent
PIPE_ONLY = """
import json, sys, spacy
from nlp.pipeline import default_model_name
nlp = spacy.load(default_model_name())
limit = int(sys.argv[2])
texts = (json.loads(line)["text"] for i, line in zip(range(limit), open(sys.argv[1], encoding="utf-8")))
print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=32)))
"""


@dataclass
class Run:
    name: str
    articles: int
    seconds: float
    cpu_seconds: float  # user + system, of the process and every worker it waited for
    peak_tree_mb: float
    peak_main_mb: float

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    @property
    def cpu_rate(self) -> float:
        """Articles per CPU-second: what other load on a shared machine changes least."""
        return self.articles / self.cpu_seconds


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [pid], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def timed(name: str, cmd: list[str], articles: int, **env: str) -> Run:
    """Run `cmd`, sampling the RSS of its process tree every 0.2 s."""
    peaks = {"tree": 0, "main": 0}
    started = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, env={**os.environ, **env})
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peaks["main"] = max(peaks["main"], _rss_kb(process.pid))
            peaks["tree"] = max(peaks["tree"], sum(_rss_kb(p) for p in _tree(process.pid)))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{name}: {' '.join(cmd)} exited with {process.returncode}")
    return Run(name, articles, seconds, usage.ru_utime + usage.ru_stime, peaks["tree"] / 1024, peaks["main"] / 1024)


def write_corpus(path: Path, n: int, seed: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in gen_corpus.articles(n, seed=seed, people=8000):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def time_split(corpus: Path, sample: int, tmp: Path) -> dict[str, float]:
    """Seconds per article for each stage of one process's build, on the first `sample` articles."""
    sys.path.insert(0, str(ROOT))
    from app.cli import BUILD_BATCH
    from app.extraction import PipelineSpec
    from app.settings import Settings
    from graph.build import build_graph
    from graph.store import Store
    from nlp.extract import extract
    from nlp.knowledge import load_knowledge
    from nlp.pipeline import load_pipeline
    from nlp.readers import Article, read_articles

    settings = Settings()
    articles = [a for a in itertools.islice(read_articles([corpus]), sample) if isinstance(a, Article)]
    nlp = load_pipeline(data_dir=settings.data_dir)
    split: dict[str, float] = {}
    started = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=settings.batch_size))
    split["parse (spaCy)"] = time.perf_counter() - started
    data_dir = PipelineSpec.of(settings).resolved_data_dir
    started = time.perf_counter()
    extractions = [extract(doc, data_dir=data_dir) for doc in docs]
    split["extraction rules"] = time.perf_counter() - started
    with Store(tmp / "split.db") as store:
        store.conn.execute("PRAGMA synchronous = NORMAL")
        started = time.perf_counter()
        with store.deferred(every=BUILD_BATCH):  # as `stancegraph build` writes: settled once per batch
            for article, extraction in zip(articles, extractions, strict=True):
                store.add(article, extraction)
        split["store writes and settling"] = time.perf_counter() - started
        started = time.perf_counter()
        store.counts()
        split["summary (row counts)"] = time.perf_counter() - started
        started = time.perf_counter()
        build_graph(store, load_knowledge(settings.data_dir))
        split["old summary (whole graph), for comparison"] = time.perf_counter() - started
    return {stage: seconds / len(articles) for stage, seconds in split.items()}


def writer_rate(db: Path, tmp: Path) -> float:
    """Articles per second the single writer commits and settles as a build does (in batches), copying the first
    2,000 articles' records of a built store into a fresh one."""
    import sqlite3

    from app.cli import BUILD_BATCH
    from graph.store import Store
    from nlp.readers import Article
    from nlp.records import Extraction, Mention, Relation, Sentence

    source = sqlite3.connect(db)
    docs = source.execute("SELECT doc_id, text, title, date, url, source, n_tokens FROM documents LIMIT 2000")
    loaded = []
    for doc_id, text, title, date, url, origin, n_tokens in docs.fetchall():
        ex = Extraction(n_tokens)
        ex.sentences = [Sentence(*r[:4], bool(r[4])) for r in source.execute(
            'SELECT idx, start, "end", paragraph, headline FROM sentences WHERE doc_id = ?', (doc_id,))]
        ex.mentions = [Mention(*r) for r in source.execute(
            'SELECT idx, sent, start, "end", text, label, kb_id FROM mentions WHERE doc_id = ?', (doc_id,))]
        ex.relations = [Relation(*r) for r in source.execute(
            "SELECT source, target, relation, sent, cue, modality, condition, speaker, role FROM relations "
            "WHERE doc_id = ?", (doc_id,))]
        loaded.append((Article(doc_id, text, title, date, url, origin), ex))
    with Store(tmp / "writer.db") as store:
        store.conn.execute("PRAGMA synchronous = NORMAL")
        started = time.perf_counter()
        with store.deferred(every=BUILD_BATCH):
            for article, extraction in loaded:
                store.add(article, extraction)
        return len(loaded) / (time.perf_counter() - started)


def writer_rate_at_scale(db: Path, tmp: Path, seed: int) -> tuple[float, float]:
    """(seconds of CPU per article, seconds once per build) the single writer spends storing and settling new
    articles in a copy of a built store, as a build does: the records of 2 batches of articles generated anew
    are added; the first batch also loads the name index, the second is timed."""
    import shutil

    from app.cli import BUILD_BATCH
    from app.extraction import PipelineSpec
    from app.settings import Settings
    from graph.store import Store
    from nlp.extract import extract
    from nlp.pipeline import load_pipeline
    from nlp.readers import make_article

    settings = Settings()
    records = list(gen_corpus.articles(2 * BUILD_BATCH, seed=seed + 1, people=8000))
    articles = [make_article(r["text"], source="bench", title=r.get("title"), date=r.get("date"), url=r.get("url"))
                for r in records]
    nlp = load_pipeline(data_dir=settings.data_dir)
    data_dir = PipelineSpec.of(settings).resolved_data_dir
    extractions = [extract(doc, data_dir=data_dir) for doc in nlp.pipe([a.text for a in articles], batch_size=32)]
    copy = tmp / "writer-at-scale.db"
    shutil.copy(db, copy)
    with Store(copy) as store:
        store.conn.execute("PRAGMA synchronous = NORMAL")
        spent = []
        for batch in (slice(0, BUILD_BATCH), slice(BUILD_BATCH, None)):
            started = time.process_time()
            with store.deferred(every=BUILD_BATCH):
                for article, extraction in zip(articles[batch], extractions[batch], strict=True):
                    store.add(article, extraction)
            spent.append(time.process_time() - started)
    copy.unlink()
    per_article = spent[1] / BUILD_BATCH
    return per_article, spent[0] - spent[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles to generate and build (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--modes", default="default,single,pipe", help="which of default,single,pipe to run")
    parser.add_argument("--pipe-sample", type=int, default=0,
                        help="time bare nlp.pipe on the first N articles only (default: all)")
    parser.add_argument("--split-sample", type=int, default=200, help="articles for the time split (0: skip)")
    parser.add_argument("--keep", help="keep the corpus and the stores in this directory")
    parser.add_argument("--writer-at-scale", action="store_true",
                        help="also time the writer settling new articles in a copy of the built store")
    args = parser.parse_args()
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(args.keep or scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        corpus = tmp / f"corpus-{args.n}.jsonl"
        started = time.perf_counter()
        write_corpus(corpus, args.n, args.seed)
        print(f"corpus: {args.n} articles, {corpus.stat().st_size / 1e6:.1f} MB, generated in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        build = [sys.executable, "-m", "app", "build", str(corpus), "-q", "--db"]
        runs: dict[str, Run] = {}
        for mode in modes:
            if mode == "default":
                runs[mode] = timed("build, default", [*build, str(tmp / "default.db")], args.n)
            elif mode == "single":
                runs[mode] = timed("build, one process", [*build, str(tmp / "single.db")], args.n,
                                   STANCEGRAPH_JOBS="1")
            elif mode == "pipe":
                limit = args.pipe_sample or args.n
                script = tmp / "pipe_only.py"
                script.write_text(PIPE_ONLY, encoding="utf-8")
                runs[mode] = timed("nlp.pipe only", [sys.executable, str(script), str(corpus), str(limit)], limit)
            else:
                parser.error(f"unknown mode {mode!r}")
            run = runs[mode]
            print(f"{run.name:<19} {run.articles:>6} articles in {run.seconds:7.1f} s = {run.rate:5.2f} articles/s "
                  f"({run.cpu_seconds:7.1f} CPU s = {run.cpu_rate:5.2f} per CPU s); peak RSS "
                  f"{run.peak_tree_mb:5.0f} MB (all processes), {run.peak_main_mb:4.0f} MB (main); "
                  f"load average {os.getloadavg()[1]:.1f}", flush=True)
        split = time_split(corpus, args.split_sample, tmp) if args.split_sample else {}
        built = next((tmp / f"{m}.db" for m in ("default", "single") if m in runs), None)
        writer = writer_rate(built, tmp) if built else None
        at_scale = writer_rate_at_scale(built, tmp, args.seed) if built and args.writer_at_scale else None

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print()
    if "pipe" in runs:
        for mode in ("default", "single"):
            if mode in runs:
                print(f"ratio build/pipe ({mode}): {runs[mode].rate / runs['pipe'].rate:.2f} in articles/s, "
                      f"{runs[mode].cpu_rate / runs['pipe'].cpu_rate:.2f} in articles per CPU second")
    if split:
        total = sum(v for k, v in split.items() if not k.startswith("old"))
        print(f"\nwhere one process's time goes ({args.split_sample} articles, ms per article):")
        for stage, seconds in split.items():
            share = "" if stage.startswith("old") else f"  {100 * seconds / total:5.1f} %"
            print(f"  {stage:<44} {1000 * seconds:8.1f}{share}")
    print()
    if "default" in runs:
        default = runs["default"]
        print(f"projected for 100,000 articles on this machine ({cores} cores) at the load it had: "
              f"{100_000 / default.rate / 3600:.1f} h ({default.rate:.1f} articles/s)")
        idle = default.cpu_rate * min(cores, 4)
        print(f"projected for 100,000 articles on {min(cores, 4)} idle cores (CPU seconds shared out): "
              f"{100_000 / idle / 3600:.1f} h ({idle:.1f} articles/s)")
    if writer:
        per_worker = (runs.get("single") or runs.get("default") or runs.get("pipe")).cpu_rate
        print(f"the single writer commits {writer:.0f} articles/s; a parse worker on a core of its own does "
              f"{per_worker:.1f} articles/s")
        if at_scale:
            writer = 1 / at_scale[0]
            print(f"at {args.n} articles it stores and settles {writer:.0f} articles per CPU second "
                  f"({1000 * at_scale[0]:.0f} ms an article, and {at_scale[1]:.0f} s once per build to load the "
                  "name index); the projections take that rate")
        for workers in (8, 32, 128):
            rate = min(writer, workers * per_worker)
            print(f"projected for 100,000 articles on a Dask cluster of {workers} single-threaded workers: "
                  f"{100_000 / rate / 3600:.2f} h ({rate:.0f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
