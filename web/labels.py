"""Write the page's place labels, src/kronika/web/static/places.json, from the offline gazetteer.

run: .venv/bin/python web/labels.py   (after `kronika gazetteer build`; the file is committed, like the map layers)

Cities and towns of the region window (GeoNames, CC BY 4.0, as the gazetteer holds them), each with the lowest zoom
at which the page labels it, from its population. Oblast labels come from regions.topojson, in the page.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from kronika.config import Settings

OUT = Path(__file__).resolve().parent.parent / "src" / "kronika" / "web" / "static" / "places.json"
WINDOW = (20.0, 43.0, 50.0, 58.0)  # min lon, min lat, max lon, max lat: the map's region, with a margin
MIN_POPULATION = 5000
ZOOMS = ((1_000_000, 4), (300_000, 5), (100_000, 6), (40_000, 7), (15_000, 8), (0, 9))  # population -> first zoom


def min_zoom(population: int) -> int:
    return next(zoom for floor, zoom in ZOOMS if population >= floor)


def labels(gazetteer: Path) -> list[list[object]]:
    connection = sqlite3.connect(f"file:{gazetteer}?mode=ro", uri=True)
    rows = connection.execute(
        "SELECT name, lat, lon, population FROM places WHERE kind = 'city' AND population >= ? "
        "AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? ORDER BY population DESC, name",
        (MIN_POPULATION, WINDOW[0], WINDOW[2], WINDOW[1], WINDOW[3]),
    ).fetchall()
    connection.close()
    seen: set[tuple[str, float, float]] = set()
    places = []
    for name, lat, lon, population in rows:
        key = (name, round(lat, 1), round(lon, 1))
        if key not in seen:
            seen.add(key)
            places.append([name, round(lat, 3), round(lon, 3), min_zoom(population)])
    return places


def main() -> int:
    places = labels(Settings().gazetteer_path)
    body = {"source": "GeoNames (CC BY 4.0) via the Kronika gazetteer", "fields": ["name", "lat", "lon", "min_zoom"],
            "places": places}  # fmt: skip
    OUT.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(places)} places -> {OUT} ({OUT.stat().st_size / 1024:.1f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
