"""The command line, end to end, on a real SQLite file."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from kronika.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()
N_EXAMPLES = len(list(EXAMPLES.glob("*.txt"))) + sum(
    len(path.read_text(encoding="utf-8").splitlines()) for path in EXAMPLES.glob("*.jsonl")
)


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, folder / "good")
    (folder / "good" / "README.md").unlink()
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.txt").write_text("")
    (folder / "latin1.txt").write_bytes("Frappe sur Kharkiv : deux blessés, a déclaré le maire.".encode("latin-1"))
    rng = random.Random(3)
    (folder / "garbled.txt").write_bytes(bytes(rng.randrange(128, 256) for _ in range(600)))
    return folder


def test_ingest_reports_bad_files_and_keeps_the_good(mixed_folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    result = runner.invoke(app, ["ingest", str(mixed_folder), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"stored {N_EXAMPLES + 1}" in result.output  # the Latin-1 article is read, not skipped
    assert "skipped 3" in result.output
    assert "photo.txt" in result.output and "binary" in result.output
    assert "empty.txt" in result.output and "empty" in result.output
    assert "garbled.txt" in result.output and "UTF-8" in result.output
    assert "latin1.txt" not in result.output


def test_reingest_changes_nothing(mixed_folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    runner.invoke(app, ["ingest", str(mixed_folder), "--db", db, "-q"])
    first = runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path / "a")])
    again = runner.invoke(app, ["ingest", str(mixed_folder), "--db", db, "-q"])
    assert "stored 0" in again.output and f"unchanged {N_EXAMPLES + 1}" in again.output
    runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path / "b")])
    assert first.exit_code == 0
    for name in ("documents.jsonl", "events.jsonl", "claims.jsonl"):
        assert (tmp_path / "a" / name).read_text() == (tmp_path / "b" / name).read_text()


def test_events_table_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db, "-q"])
    table = runner.invoke(app, ["events", "--db", db], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "events" in table.output
    out = tmp_path / "ledger"
    exported = runner.invoke(app, ["export", "--db", db, "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    first = json.loads((out / "events.jsonl").read_text().splitlines()[0])
    assert first["event_type"]


def test_missing_input_is_reported_not_raised(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "k.db"), "-q"])
    assert result.exit_code == 0
    assert "no such file or folder" in result.output


def test_postgres_url_gives_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", "postgresql://localhost/k", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "PostgreSQL" in result.output
