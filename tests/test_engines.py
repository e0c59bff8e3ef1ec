"""Engines: Dask runs the same stages and survives a worker killed mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT
from kronika import api
from kronika.config import Settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generator = ROOT / "bench" / "make_corpus.py"
    subprocess.run([sys.executable, str(generator), "--n", "24", "--out", str(folder)], check=True, capture_output=True)
    return folder


def _ledger(db: str, out: Path) -> dict[str, str]:
    api.export(db, out)
    return {
        name: (out / name).read_text(encoding="utf-8") for name in ("documents.jsonl", "events.jsonl", "claims.jsonl")
    }


def test_dask_engine_gives_the_local_ledger_even_when_a_worker_dies(corpus: Path, tmp_path: Path) -> None:
    local_db = str(tmp_path / "local.db")
    api.ingest([corpus], local_db)
    reference = _ledger(local_db, tmp_path / "local")

    killed: list[int] = []

    def kill_one_worker_soon(client: object) -> None:
        from kronika.engines.dask import worker_pids

        def kill() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not killed:
                done = sum(1 for state in client.processing().values() if state)  # type: ignore[attr-defined]
                if done:  # partitions are running: kill a worker mid-run
                    pid = next(iter(worker_pids(client).values()))
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                time.sleep(0.2)

        threading.Thread(target=kill, daemon=True).start()

    dask_db = str(tmp_path / "dask.db")
    settings = Settings.from_env(db=dask_db, batch_size=2)
    report = api.ingest([corpus], settings=settings, engine="dask", workers=2, on_cluster=kill_one_worker_soon)
    assert killed, "a worker was killed during the run"
    assert report.stored + report.duplicates == 24 and not report.skipped
    assert _ledger(dask_db, tmp_path / "dask") == reference
