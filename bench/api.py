"""API latency on a large ledger: build a store of N synthetic events, then time /api/events queries.

usage: python bench/api.py [--events 100000] [--requests 200]
Prints load time, p50/p95/p99 latency per query shape (in-process client, so no network noise).

usage: python bench/api.py --page LEDGER.db [--runs 3]
The page's first load in Chromium (/usr/bin/chromium) over DevTools' "Fast 3G" profile, cold cache: when the
event list appears, when the borders are drawn, and the bytes transferred (median of the runs).
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


# Chrome DevTools' "Fast 3G" preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up.
FAST_3G = {"offline": False, "latency": 562.5, "downloadThroughput": 180_000, "uploadThroughput": 84_375}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def page_load(db: str, runs: int) -> dict[str, float]:
    """Median seconds until the first list item and the borders' canvas appear, and KB received."""
    import threading

    import uvicorn
    from playwright.sync_api import sync_playwright

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=8799, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    results: dict[str, list[float]] = {"events listed (s)": [], "borders drawn (s)": [], "received (KB)": []}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
            for _ in range(runs):
                for name, value in _one_load(browser).items():
                    results[name].append(value)
            browser.close()
    finally:
        server.should_exit = True
    return {name: statistics.median(values) for name, values in results.items()}


def _one_load(browser: object) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", FAST_3G)
    received = [0]
    cdp.on("Network.loadingFinished", lambda event: received.__setitem__(0, received[0] + event["encodedDataLength"]))
    started = time.perf_counter()
    page.goto("http://127.0.0.1:8799/", wait_until="commit")
    page.wait_for_selector("#event-list li", state="attached", timeout=60_000)
    listed = time.perf_counter() - started
    page.wait_for_selector(".leaflet-boundaries-pane canvas, .leaflet-boundaries-pane path", state="attached",
                           timeout=60_000)  # fmt: skip
    drawn = time.perf_counter() - started
    page.wait_for_load_state("networkidle")
    context.close()
    return {"events listed (s)": listed, "borders drawn (s)": drawn, "received (KB)": received[0] / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--page", metavar="DB", help="time the page's first load over Fast 3G on this ledger")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if args.page:
        for name, value in page_load(args.page, args.runs).items():
            print(f"{name:18s} {value:8.2f}")
        return 0
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
