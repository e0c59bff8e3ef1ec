"""Ukrainian and Russian posts: event found, type, sub-type, place, date and toll of each post's first event.

  python bench/slavic_posts.py [FILE] [--batch N] [--show]

FILE defaults to ``tests/data/slavic_posts.jsonl`` (posts written for the project, with gold: ``event_type``,
``sub_event_type``, ``lat``/``lon`` and ``level`` (town: within 15 km; region: within 150 km), ``date``, ``killed``,
``injured``; ``published`` is the post's day). ``--show`` prints each post's miss.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from kronika.model import Document, Event
from kronika.pipeline import build
from kronika.stages.read import content_hash

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "slavic_posts.jsonl"
REACH_KM = {"town": 15.0, "region": 150.0}
FIELDS = ("event", "type", "sub-type", "place", "date", "killed", "injured")


def load(path: Path, batch: int | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if batch in (None, row.get("batch"))]


def first_events(rows: list[dict[str, Any]]) -> list[Event | None]:
    docs = []
    for number, row in enumerate(rows):
        doc = Document(doc_id=f"p{number}", source="external", raw=row["text"], header={"date": row["published"]})
        doc.content_hash = content_hash(row["text"])
        docs.append(doc)
    done = {d.doc_id: d for d in build().run_batch(docs, lambda stage, doc, exc: None)}
    return [(done[f"p{n}"].events or [None])[0] for n in range(len(rows))]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def checks(row: dict[str, Any], event: Event | None) -> dict[str, bool]:
    if event is None:
        return {name: False for name in FIELDS}
    where = event.location
    near = where is not None and _km(row["lat"], row["lon"], where.lat, where.lon) <= REACH_KM[row["level"]]
    return {
        "event": True,
        "type": event.event_type == row["event_type"],
        "sub-type": event.sub_event_type == row["sub_event_type"],
        "place": near,
        "date": str(event.date or "")[:10] == row["date"],
        "killed": (event.fatalities or 0) == row["killed"],
        "injured": (event.injuries or 0) == row["injured"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--batch", type=int)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args(argv)
    rows = load(a.file, a.batch)
    events = first_events(rows)
    results = [checks(row, event) for row, event in zip(rows, events, strict=True)]
    for lang in ("uk", "ru", None):
        part = [r for row, r in zip(rows, results, strict=True) if lang in (None, row["lang"])]
        figures = " · ".join(f"{name} {sum(r[name] for r in part)}/{len(part)}" for name in FIELDS)
        print(f"{lang or 'all'}: {figures}")
    if a.show:
        for row, event, result in zip(rows, events, results, strict=True):
            wrong = [name for name in FIELDS if not result[name]]
            if wrong:
                got = (
                    "none"
                    if event is None
                    else (
                        f"{event.sub_event_type} @ {event.location.name if event.location else '-'} {event.date} "
                        f"k{event.fatalities} i{event.injuries}"
                    )
                )
                print(f"{row['id']} {','.join(wrong)} | {got} | {row['text'][:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
