"""Crash safety: ingest killed with SIGKILL at random points leaves only whole documents, and a re-run
completes to exactly the ledger an uninterrupted run gives (SQLite and PostgreSQL, 20 trials each)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from kronika import api
from kronika.config import Settings
from kronika.resources import Resources
from kronika.store import open_store

pytestmark = pytest.mark.model
TRIALS = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash-corpus")
    generator = ROOT / "bench" / "make_corpus.py"
    subprocess.run([sys.executable, str(generator), "--n", "30", "--out", str(folder), "--seed", "3"], check=True)
    return folder


def _export(db: str, out: Path) -> dict[str, str]:
    api.export(db, out)
    return {
        name: (out / name).read_text(encoding="utf-8") for name in ("documents.jsonl", "events.jsonl", "claims.jsonl")
    }


def _by_document(db: str) -> dict[str, tuple[set[str], set[str]]]:
    store = open_store(db)
    try:
        events: dict[str, set[str]] = {}
        for record in store.event_records():
            events.setdefault(record["doc_ids"][0], set()).add(record["event_id"])
        claims: dict[str, set[str]] = {}
        for record in store.claim_records():
            claims.setdefault(record["doc_id"], set()).add(record["claim_id"])
        return {
            d["doc_id"]: (events.get(d["doc_id"], set()), claims.get(d["doc_id"], set()))
            for d in store.document_records()
        }
    finally:
        store.close()


def _stored(db: str) -> int:
    """Documents committed so far, read without creating or migrating anything (the child does that)."""
    query = "SELECT count(*) FROM documents"
    try:
        if db.startswith("postgresql://"):
            import psycopg

            with psycopg.connect(db, autocommit=True) as connection:
                return int(connection.execute(query).fetchone()[0])  # type: ignore[index]
        import sqlite3

        if not Path(db).exists():
            return 0
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute(query).fetchone()[0])
    except Exception:
        return 0


def _killed_run(corpus: Path, db: str, resources: Resources, rng: random.Random) -> int:
    """Fork an ingest (resources already loaded), SIGKILL it a random moment after its first write."""
    pid = os.fork()
    if pid == 0:  # child
        try:
            api.ingest([corpus], settings=Settings.from_env(db=db, batch_size=4), resources=resources)
        finally:
            os._exit(0)
    deadline = time.monotonic() + 60
    while _stored(db) == 0 and time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return -1
        time.sleep(0.02)
    time.sleep(rng.uniform(0.0, 1.2))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return _stored(db)


def _trials(corpus: Path, urls: list[str], reference_db: str, resources: Resources, tmp_path: Path) -> None:
    api.ingest([corpus], settings=Settings.from_env(db=reference_db, batch_size=4), resources=resources)
    reference = _export(reference_db, tmp_path / "reference")
    whole = _by_document(reference_db)
    rng = random.Random(11)
    interrupted = 0
    for trial, url in enumerate(urls):
        stored = _killed_run(corpus, url, resources, rng)
        interrupted += 0 < stored < len(whole)
        for doc_id, parts in _by_document(url).items():
            assert parts == whole[doc_id], f"trial {trial}: document {doc_id} is not whole after the kill"
        api.ingest([corpus], settings=Settings.from_env(db=url, batch_size=4), resources=resources)
        assert _export(url, tmp_path / f"trial{trial}") == reference, f"trial {trial}: resumed ledger differs"
    assert interrupted >= TRIALS // 2, "most kills landed in the middle of the run"


def test_sqlite_survives_sigkill(corpus: Path, resources: Resources, tmp_path: Path) -> None:
    urls = [str(tmp_path / f"k{n}.db") for n in range(TRIALS)]
    _trials(corpus, urls, str(tmp_path / "reference.db"), resources, tmp_path)
    for url in urls:
        import sqlite3

        with sqlite3.connect(url) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_postgres_survives_sigkill(corpus: Path, resources: Resources, postgres: object, tmp_path: Path) -> None:
    urls = [postgres.new_database() for _ in range(TRIALS)]  # type: ignore[attr-defined]
    _trials(corpus, urls, postgres.new_database(), resources, tmp_path)  # type: ignore[attr-defined]
