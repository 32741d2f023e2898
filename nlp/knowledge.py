"""Everything the program knows before it reads an article: the gazetteer and the cue lexicons."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlp.gazetteer import Gazetteer, load_gazetteer
from nlp.lexicon import StanceLexicon, load_stance_lexicon
from nlp.name_lexicon import NameLexicon, load_name_lexicon


@dataclass(frozen=True)
class Knowledge:
    gazetteer: Gazetteer
    lexicon: StanceLexicon
    names: NameLexicon


@lru_cache(maxsize=4)
def load_knowledge(data_dir: str | Path) -> Knowledge:
    data_dir = str(data_dir)
    return Knowledge(load_gazetteer(str(Path(data_dir) / "gazetteer")), load_stance_lexicon(data_dir),
                     load_name_lexicon(data_dir))
