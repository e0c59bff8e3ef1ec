"""Measure ingest throughput: articles/s, words/s and peak memory, for the local or the Dask engine.

usage: python bench/throughput.py CORPUS_DIR [--engine local|dask] [--workers N] [--db sqlite|postgres|URL]

Loading (spaCy pipelines and parser, gazetteer, language models: ``Resources.load``) is timed separately from
processing for the local engine (Dask workers load theirs inside the run, so their figures include it). Since the
ninth session ``Resources.load`` also warms the stages up (the patterns they compile on first use); a tree older than
that compiles them while its first documents are timed, so compare load + processing CPU as well. CPU seconds
are printed beside wall seconds: on a machine shared with other work they are the steadier figure to compare.
Generate a corpus first: ``python bench/make_corpus.py --n 500 --out bench/corpus``; real text (not in this
repository): the folder ``../shared/corpus/dev-fr``, or ACLED's notes as JSONL
(``python ../shared/eval/devsets.py prepare acled /tmp/acled2000.jsonl --n 2000``). To compare with an older
commit, run this script against its tree and its own place index:
``git worktree add /tmp/old COMMIT``, ``KRONIKA_GAZETTEER=/tmp/old.sqlite PYTHONPATH=/tmp/old/src kronika gazetteer
build``, then ``KRONIKA_GAZETTEER=/tmp/old.sqlite PYTHONPATH=/tmp/old/src python bench/throughput.py CORPUS``.
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


def _peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _database(choice: str, tmp: str) -> tuple[str, object | None]:
    if choice == "sqlite":
        return str(Path(tmp) / "bench.db"), None
    if choice == "postgres":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from pgserver import PostgresServer

        server = PostgresServer()
        server.start()
        return server.new_database(), server
    return choice, None


def _seconds(corpus: Path, db_choice: str, engine: str, workers: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db, server = _database(db_choice, tmp)
        try:
            started = time.perf_counter()
            ingest([corpus], settings=Settings.from_env(db=db), engine=engine, workers=workers)
            return time.perf_counter() - started
        finally:
            if server is not None:
                server.stop()  # type: ignore[attr-defined]


def _load(resources: Resources) -> None:
    """Everything the pipeline loads once; by name for a tree older than ``Resources.load`` (comparing commits)."""
    if hasattr(resources, "load"):
        resources.load()
    else:
        _ = resources.nlp, resources.gazetteer, resources.language_detector, resources.registry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--db", default="sqlite", help="sqlite (temporary file), postgres (temporary server) or a URL")
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--speedup", action="store_true", help="also run one local process and print the speed-up")
    args = parser.parse_args(argv)
    if args.speedup and args.engine == "dask":
        baseline = _seconds(args.corpus, args.db, "local", 1)
        seconds = _seconds(args.corpus, args.db, "dask", args.workers)
        speedup = baseline / seconds
        print(f"one process {baseline:.1f} s · dask {args.workers} workers {seconds:.1f} s · speed-up {speedup:.2f}×")
        return 0

    docs = [d for d in read_inputs([args.corpus]) if hasattr(d, "raw")]
    words = sum(len(d.raw.split()) for d in docs)  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as tmp:
        db, server = _database(args.db, tmp)
        try:
            settings = Settings.from_env(db=db)
            resources = Resources(settings)
            load_seconds = load_cpu = 0.0
            if args.engine == "local":
                started, cpu_started = time.perf_counter(), time.process_time()
                _load(resources)
                load_seconds, load_cpu = time.perf_counter() - started, time.process_time() - cpu_started
            started, cpu_started = time.perf_counter(), time.process_time()
            report = ingest([args.corpus], settings=settings, resources=resources, engine=args.engine,
                            workers=args.workers)  # fmt: skip
            seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        finally:
            if server is not None:
                server.stop()  # type: ignore[attr-defined]
    processes = f"{args.workers} worker processes" if args.engine == "dask" else "1 process"
    print(f"engine            {args.engine} ({processes}), store {args.db}")
    print(f"articles          {report.stored} stored, {report.duplicates} duplicates, {len(report.skipped)} skipped")
    print(f"words             {words:,} ({words / max(1, len(docs)):.0f} per article)")
    if load_seconds:
        print(f"resources loaded  {load_seconds:.1f} s ({load_cpu:.1f} s CPU; not counted below)")
    cpu = args.engine == "local"  # a Dask run's CPU time is in its workers
    print(f"processing        {seconds:.1f} s" + (f" ({cpu_seconds:.1f} s CPU)" if cpu else ""))
    per_cpu = f" ({len(docs) / cpu_seconds:.1f} per CPU second)" if cpu else ""
    print(f"articles/s        {len(docs) / seconds:.1f}{per_cpu}")
    print(f"words/s           {words / seconds:,.0f}")
    print(f"600-word art./s   {words / seconds / 600:.1f}")
    print(f"events, claims    {report.events}, {report.claims}")
    print(f"peak RSS          {_peak_rss_mb(resource.RUSAGE_SELF):.0f} MB this process; "
          f"{_peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB largest worker")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
