"""Linking benchmark: cluster synthetic events (10k, 30k, 100k) and print the time for each size.

Each synthetic event is one report of an underlying incident (about 3 reports per incident) at one of
~2,000 places in eastern Ukraine and western Russia over three years, so blocking has realistic density.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta

from kronika.model import Event, Evidence, Location
from kronika.stages.link import link_events

TYPES = ("Explosions/Remote violence", "Battles", "Protests", "Strategic developments", "Violence against civilians")


def synthetic_events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    places = [(rng.uniform(46.0, 52.5), rng.uniform(30.0, 40.0)) for _ in range(2000)]
    start = date(2022, 2, 24)
    events = []
    incident = 0
    while len(events) < n:
        incident += 1
        lat, lon = rng.choice(places)
        day = start + timedelta(days=rng.randrange(3 * 365))
        kind = rng.choice(TYPES)
        for report in range(rng.randint(1, 5)):
            doc = f"doc{incident}-{report}"
            events.append(
                Event(
                    f"ev{len(events):07d}",
                    [doc],
                    kind,
                    None,
                    day.isoformat(),
                    day.isoformat(),
                    "day",
                    Location(f"place{lat:.3f}", lat, lon, "UA", None, "point"),
                    evidence=[Evidence(doc, 0, 1, "x")],
                )
            )
    return events[:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,30000,100000")
    args = parser.parse_args(argv)
    previous = None
    for size in (int(s) for s in args.sizes.split(",")):
        events = synthetic_events(size)
        started = time.perf_counter()
        result = link_events(events)
        seconds = time.perf_counter() - started
        clusters = len(set(result.clusters.values()))
        ratio = f"  ×{seconds / previous[1]:.2f} for ×{size / previous[0]:.1f} events" if previous else ""
        print(f"{size:>7} events  {seconds:6.2f} s  {clusters:>7} linked events{ratio}")
        previous = (size, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
