"""Build and score the evaluation corpora: the shipped seeds and, when its folder is there, the development set.

    python scripts/evaluate.py [--dev DIR] [--shared DIR] [--show-errors] [--keep DIR]

For each corpus: `stancegraph build` into a fresh store, `stancegraph export --format graphml`, then the
shared yardstick (`../shared/eval/score.py`) against its gold file. The development texts are third-party and
never part of this repository: rebuild them with `../shared/eval/corpus.py` into `/tmp/stancegraph-dev`
(the default `--dev`) first. Prints one table per corpus and a summary line each.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.cli import main as cli  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_DEV = Path("/tmp/stancegraph-dev")


def load_scorer(shared: Path) -> ModuleType:
    path = shared / "eval" / "score.py"
    if not path.is_file():
        raise SystemExit(f"evaluate: no yardstick at {path}; pass --shared DIR")
    spec = importlib.util.spec_from_file_location("stancegraph_yardstick", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def build_and_export(texts: list[Path], workdir: Path, name: str) -> Path:
    db, graphml = workdir / f"{name}.db", workdir / f"{name}.graphml"
    db.unlink(missing_ok=True)
    with contextlib.redirect_stdout(io.StringIO()):
        if cli(["build", *map(str, texts), "--db", str(db), "-q"]) != 0:
            raise SystemExit(f"evaluate: building {name} failed")
        if cli(["export", "--format", "graphml", "--db", str(db), "-o", str(graphml)]) != 0:
            raise SystemExit(f"evaluate: exporting {name} failed")
    return graphml


def table(name: str, result: dict) -> str:
    e, s, a = result["entities"], result["stance"], result["affiliations"]
    lines = [
        f"== {name}: {result['gold']}",
        f"{'':18s} {'P':>6s} {'R':>6s} {'F1':>6s}",
        f"{'entities':18s} {e['precision']:6.3f} {e['recall']:6.3f} {e['f1']:6.3f}   type accuracy "
        f"{e['type_accuracy']:.3f}, duplicates {len(e['duplicates'])}",
        f"{'stance':18s} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}   forbidden {len(s['forbidden'])}",
    ]
    for relation, r in s["per_relation"].items():
        lines.append(f"  {relation:16s} {r['precision']:6.3f} {r['recall']:6.3f} {'':6s}   gold {r['gold']:3d}, "
                     f"predicted {r['predicted']:3d}")
    lines.append(f"{'affiliations':18s} {a['precision']:6.3f} {a['recall']:6.3f} {a['f1']:6.3f}")
    return "\n".join(lines)


def errors(result: dict) -> str:
    e, s = result["entities"], result["stance"]
    out = [f"entities.{k}: {e[k]}" for k in ("missing", "spurious", "wrong_type", "duplicates")]
    for k in ("forbidden", "missed", "not_in_gold", "unmapped"):
        out.append(f"stance.{k}:")
        out.extend(f"    {x}" for x in s[k])
    return "\n".join(out)


def corpus_files(folder: Path) -> list[Path]:
    """The article files of a rebuilt corpus (its top level; raw/ and other working folders are not read)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in {".txt", ".md"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="folder of the rebuilt development set")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding eval/score.py")
    parser.add_argument("--show-errors", action="store_true", help="list missed, spurious and wrong items")
    parser.add_argument("--keep", type=Path, help="keep the stores and GraphML files in this folder")
    parser.add_argument("--only", choices=("seeds", "dev"), help="score one corpus only")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.shared)
    corpora = []
    if args.only != "dev":
        corpora.append(("seeds", [ROOT / "data" / "seeds"], args.shared / "eval" / "seeds.gold.json"))
    if args.only != "seeds":
        if args.dev.is_dir() and corpus_files(args.dev):
            corpora.append(("dev", corpus_files(args.dev), args.shared / "eval" / "dev.gold.json"))
        else:
            print(f"(no development set at {args.dev}: rebuild it with ../shared/eval/corpus.py)")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for name, texts, gold in corpora:
            result = scorer.score(str(build_and_export(texts, workdir, name)), str(gold))
            print(table(name, result))
            if args.show_errors:
                print(errors(result))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
