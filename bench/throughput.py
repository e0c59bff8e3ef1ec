"""Measure ingest throughput: articles/s, words/s and peak memory.

usage: python bench/throughput.py CORPUS_DIR [--db PATH] [--engine local]

Model and gazetteer loading is timed separately from processing, so the
figures describe steady-state throughput. Generate a corpus first with
``python bench/make_corpus.py --n 500 --out bench/corpus``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from kronika.api import ingest
from kronika.config import Settings
from kronika.resources import Resources
from kronika.stages.read import read_inputs


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--db", help="SQLite path (default: a temporary file)")
    parser.add_argument("--engine", choices=["local"], default="local")
    args = parser.parse_args(argv)

    docs = [d for d in read_inputs([args.corpus]) if hasattr(d, "raw")]
    words = sum(len(d.raw.split()) for d in docs)  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        settings = Settings.from_env(db=db)
        resources = Resources(settings)
        started = time.perf_counter()
        _ = resources.nlp, resources.gazetteer, resources.language_detector, resources.registry
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        report = ingest([args.corpus], settings=settings, resources=resources)
        seconds = time.perf_counter() - started
    print(f"engine            {args.engine} (1 process)")
    print(f"articles          {report.stored} stored, {len(report.skipped)} skipped")
    print(f"words             {words:,}")
    print(f"resources loaded  {load_seconds:.1f} s")
    print(f"processing        {seconds:.1f} s")
    print(f"articles/s        {report.stored / seconds:.1f}")
    print(f"words/s           {words / seconds:,.0f}")
    print(f"events, claims    {report.events}, {report.claims}")
    print(f"peak RSS          {_peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
