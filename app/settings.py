"""Settings: every path and name the program uses, from arguments or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_DIR / "data"


@dataclass(frozen=True)
class Settings:
    db: Path = Path("stancegraph.db")
    data_dir: Path = DEFAULT_DATA_DIR
    model: str | None = None  # spaCy model name; None = en_core_web_sm where installed, else the pinned fallback
    max_bytes: int = 5_000_000  # largest article accepted: a text file, a JSONL line's text, a posted article
    token: str | None = None  # required for writes over HTTP when not bound to loopback
    batch_size: int = 16
    jobs: int = 0  # worker processes for the parse; 0 = one per core (at most 4) when there is enough to do

    @property
    def corpus_dir(self) -> Path:
        return self.data_dir / "seeds"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        settings = cls(
            db=Path(env.get("STANCEGRAPH_DB", "stancegraph.db")),
            data_dir=Path(env.get("STANCEGRAPH_DATA_DIR", str(DEFAULT_DATA_DIR))),
            model=env.get("STANCEGRAPH_MODEL") or None,
            token=env.get("STANCEGRAPH_TOKEN") or None,
            jobs=int(env.get("STANCEGRAPH_JOBS", "0") or 0),
        )
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
