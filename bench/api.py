"""API latency on a large ledger: build a store of N synthetic events, then time /api/events queries.

usage: python bench/api.py [--events 100000] [--requests 200]
Prints load time, p50/p95/p99 latency per query shape (in-process client, so no network noise).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from kronika.model import Document
from kronika.stages.link import link_events
from kronika.store import open_store
from kronika.web.app import create_app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from linking import synthetic_events


def build_store(path: str, n: int) -> None:
    events = synthetic_events(n)
    store = open_store(path)
    by_doc: dict[str, Document] = {}
    for event in events:
        doc_id = event.doc_ids[0]
        doc = by_doc.setdefault(doc_id, Document(doc_id=doc_id, source=f"{doc_id}.txt", raw="x", text="x"))
        doc.content_hash = doc_id
        doc.language, doc.languages = "en", ["en"]
        doc.events.append(event)
    for doc in by_doc.values():
        store.save_document(doc)
    store.save_links(link_events(events).clusters)
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "big.db")
        started = time.perf_counter()
        build_store(db, args.events)
        print(f"store of {args.events:,} events built in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        client = TestClient(create_app(db))
        print(f"ledger loaded in {time.perf_counter() - started:.1f} s")
        rng = random.Random(1)
        shapes = {
            "first page": lambda: {},
            "type + date range": lambda: {"type": "Battles", "start": "2023-01-01", "end": "2023-06-30"},
            "bbox": lambda: {"bbox": f"{rng.uniform(30, 38):.2f},{rng.uniform(46, 51):.2f},"
                                     f"{rng.uniform(38, 40):.2f},{rng.uniform(51, 52.5):.2f}"},
            "text search": lambda: {"q": "place4"},
            "contested": lambda: {"contested": "true"},
        }  # fmt: skip
        for name, params in shapes.items():
            timings = []
            for _ in range(args.requests // len(shapes)):
                started = time.perf_counter()
                response = client.get("/api/events", params={"limit": 100, **params()})
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200
            timings.sort()
            p95 = timings[int(len(timings) * 0.95) - 1]
            print(f"{name:18s} p50 {statistics.median(timings):6.1f} ms  p95 {p95:6.1f} ms  p99 {timings[-1]:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
