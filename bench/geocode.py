"""Gazetteer benchmark: index build time and size, lookups per second, median and p99 lookup latency.

usage: python bench/geocode.py [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kronika.config import Settings
from kronika.gazetteer.build import build_gazetteer
from kronika.gazetteer.index import Gazetteer
from kronika.stages.places import geocode

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "toponyms.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="time a fresh build into a temporary folder")
    args = parser.parse_args(argv)
    path = Settings().gazetteer_path
    if args.rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            counts = build_gazetteer(Path(tmp) / "g.sqlite")
            print(f"build             {time.perf_counter() - started:.1f} s  {counts}")
            print(f"index size        {(Path(tmp) / 'g.sqlite').stat().st_size / 1e6:.1f} MB")
    else:
        print(f"index size        {path.stat().st_size / 1e6:.1f} MB ({path})")
    names = [json.loads(line)["surface"] for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    names += ["Koupiansk", "Kharkov", "Zaporijia", "Pokrovsk", "Antonovka", "Odessa", "Nowhere-on-Sea"]
    gazetteer = Gazetteer(path)
    timings = []
    for name in names:  # cold: every name once, nothing cached
        started = time.perf_counter()
        geocode(name, gazetteer)
        timings.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for name in names:
            gazetteer.lookup(name)
    warm = rounds * len(names) / (time.perf_counter() - started)
    timings.sort()
    print(f"names             {len(names)}")
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"cold geocode      median {statistics.median(timings):.2f} ms, p99 {p99:.2f} ms")
    print(f"warm lookups/s    {warm:,.0f} (cached)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
