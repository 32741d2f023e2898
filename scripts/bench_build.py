"""Benchmark: whole-process `stancegraph build` against a process that only runs `nlp.pipe`.

Both processes read the same texts: the seed articles repeated (each copy made unique, so the
content-hash de-duplication does not skip it) to about --tokens tokens. Runs alternate, the median of
--repeat runs is reported, and the figure that matters is the ratio pipe_seconds / build_seconds, measured
in the same session on the same machine (>= 0.85 is the target; above 1 means the build, with everything it
does, is faster than the plain full pipeline, because it drops components the extraction does not need).
It also reports the CPU seconds of each run (user + system, of the process and the workers it waited
for), which other load on a shared machine changes least.

    python scripts/bench_build.py [--tokens 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"

PIPE_ONLY = """
import json, sys, spacy
from nlp.pipeline import default_model_name
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(default_model_name())
n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
print(n)
"""


def make_corpus(directory: Path, tokens: int) -> tuple[Path, int]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    copies = max(1, round(tokens / (words * 1.2)))  # about 1.2 spaCy tokens per whitespace word
    path = directory / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for c in range(copies):
            for i, text in enumerate(texts):
                out.write(json.dumps({"text": f"{text}\n\nCopy {c}.", "title": f"seed {i} copy {c}"}) + "\n")
    return path, copies * len(texts)


def timed(cmd: list[str], **env: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the process and the workers it waited for)."""
    started = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, env={**os.environ, **env})
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, cmd)
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        corpus, n_docs = make_corpus(tmpdir, args.tokens)
        script = tmpdir / "pipe_only.py"
        script.write_text(PIPE_ONLY, encoding="utf-8")
        count = subprocess.run([sys.executable, str(script), str(corpus)], check=True, cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        print(f"corpus: {n_docs} documents, {count} tokens (full pipeline's tokenizer)")
        build_runs, single_runs, pipe_runs = [], [], []
        for run in range(args.repeat):
            cmd = [sys.executable, "-m", "app", "build", str(corpus), "-q", "--db"]
            build_runs.append(timed([*cmd, str(tmpdir / f"auto{run}.db")]))
            single_runs.append(timed([*cmd, str(tmpdir / f"one{run}.db")], STANCEGRAPH_JOBS="1"))
            pipe_runs.append(timed([sys.executable, str(script), str(corpus)]))
        build_times, single_times, pipe_times = ([wall for wall, _ in r] for r in (build_runs, single_runs, pipe_runs))
        build, single = statistics.median(build_times), statistics.median(single_times)
        pipe = statistics.median(pipe_times)
        build_cpu, single_cpu, pipe_cpu = (statistics.median(cpu for _, cpu in r)
                                           for r in (build_runs, single_runs, pipe_runs))

    def runs(times: list[float]) -> str:
        return ", ".join(f"{t:.2f}" for t in times)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"stancegraph build, default (parallel parse on {cores} cores): {build:.2f} s  (runs: {runs(build_times)})")
    print(f"stancegraph build, one process (STANCEGRAPH_JOBS=1): {single:.2f} s  (runs: {runs(single_times)})")
    print(f"nlp.pipe only, full model, one process:                {pipe:.2f} s  (runs: {runs(pipe_times)})")
    print(f"ratio pipe/build: {pipe / build:.2f} default, {pipe / single:.2f} in one process  (target >= 0.85)")
    print(f"CPU seconds (median): build {build_cpu:.1f} default, {single_cpu:.1f} in one process, pipe {pipe_cpu:.1f}; "
          f"ratio pipe/build in CPU time: {pipe_cpu / single_cpu:.2f} in one process (what other load on a shared "
          "machine changes least)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
