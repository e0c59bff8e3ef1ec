"""Every report kept: distinct short reports stay distinct documents; a copy is recorded under its own id.

One-line reports that differ only in their place or day are distinct reports, however alike their wording;
an exact copy (same text after normalising case, spacing and Unicode form) is recorded as a copy of the first,
findable by its own id from the ledger, the CLI and the API.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kronika import api
from kronika.cli import app
from kronika.web.app import create_app

pytestmark = pytest.mark.model

PLACES = [
    ("Kupiansk", "Kharkiv"), ("Izium", "Kharkiv"), ("Vovchansk", "Kharkiv"), ("Balakliia", "Kharkiv"),
    ("Nikopol", "Dnipropetrovsk"), ("Marhanets", "Dnipropetrovsk"), ("Kherson", "Kherson"), ("Beryslav", "Kherson"),
    ("Bakhmut", "Donetsk"), ("Avdiivka", "Donetsk"), ("Pokrovsk", "Donetsk"), ("Kramatorsk", "Donetsk"),
    ("Sumy", "Sumy"), ("Okhtyrka", "Sumy"), ("Orikhiv", "Zaporizhia"), ("Huliaipole", "Zaporizhia"),
    ("Chernihiv", "Chernihiv"), ("Mykolaiv", "Mykolaiv"), ("Ochakiv", "Mykolaiv"), ("Sievierodonetsk", "Luhansk"),
]  # fmt: skip
MONTHS = ["March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
TEMPLATES = [
    "On {day} {month} 2022, Russian forces shelled {place}, {region}. Casualties unknown.",
    "Russian forces fired artillery at {place}, {region} region on {day} {month} 2022.",
    "{place} shelled overnight, {day} {month} 2022",
]


def one_line_reports(n: int) -> list[dict[str, str]]:
    """``n`` distinct reports in a few formulaic wordings: only the place and the day change."""
    combos = [(t, p, r, d, m) for t in TEMPLATES for p, r in PLACES for m in MONTHS for d in range(1, 29)]
    chosen = random.Random(13).sample(combos, n)
    return [
        {"id": f"r{i:05d}", "text": t.format(day=d, month=m, place=p, region=r)}
        for i, (t, p, r, d, m) in enumerate(chosen)
    ]


@pytest.fixture(scope="module")
def formulaic_ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, list[dict[str, str]]]:
    folder = tmp_path_factory.mktemp("copies")
    reports = one_line_reports(2000)
    copies = [
        {"id": "copy-exact", "text": reports[0]["text"]},
        {"id": "copy-spacing", "text": "  " + reports[1]["text"].upper().replace(" ", "  ") + "\n"},
    ]
    lines = [json.dumps(r) for r in [*reports, *copies]]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(folder / "k.db")
    report = api.ingest([folder / "feed.jsonl"], db)
    assert not report.skipped, report.skipped
    api.export(db, folder / "ledger")
    return db, folder / "ledger", reports


def _documents(ledger: Path) -> dict[str, dict]:
    lines = (ledger / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["doc_id"]: d for d in map(json.loads, lines)}


def test_two_thousand_one_line_reports_are_two_thousand_documents(formulaic_ledger) -> None:  # type: ignore[no-untyped-def]
    _, ledger, reports = formulaic_ledger
    documents = _documents(ledger)
    assert {r["id"] for r in reports} <= set(documents)
    assert len(documents) == len(reports)


def test_exact_copies_are_listed_by_their_own_id(formulaic_ledger) -> None:  # type: ignore[no-untyped-def]
    _, ledger, reports = formulaic_ledger
    documents = _documents(ledger)
    assert "copy-exact" not in documents and "copy-spacing" not in documents
    first, second = documents[reports[0]["id"]], documents[reports[1]["id"]]
    assert [c["doc_id"] for c in first["copies"]] == ["copy-exact"]
    assert first["copies"][0]["reason"] == "exact copy"
    assert [c["doc_id"] for c in second["copies"]] == ["copy-spacing"]
    assert len(first["sources"]) == 2


def test_a_copy_is_found_by_its_id_from_the_cli(formulaic_ledger) -> None:  # type: ignore[no-untyped-def]
    db, _, reports = formulaic_ledger
    result = CliRunner().invoke(app, ["document", "copy-exact", "--db", db])
    assert result.exit_code == 0, result.output
    assert "copy-exact is a copy (exact copy" in result.output and reports[0]["id"] in result.output
    missing = CliRunner().invoke(app, ["document", "no-such-report", "--db", db])
    assert missing.exit_code == 1 and "no document or copy" in missing.output


def test_a_copy_is_found_by_its_id_from_the_api(formulaic_ledger) -> None:  # type: ignore[no-untyped-def]
    db, _, reports = formulaic_ledger
    client = TestClient(create_app(db))
    found = client.get("/api/documents/copy-spacing")
    assert found.status_code == 200
    body = found.json()
    assert body["doc_id"] == reports[1]["id"] and body["copy"]["doc_id"] == "copy-spacing"
    assert client.get(f"/api/documents/{reports[1]['id']}").json()["copies"][0]["doc_id"] == "copy-spacing"
    assert client.get("/api/documents/no-such-report").status_code == 404


def test_reingesting_copies_changes_nothing(formulaic_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, ledger, _ = formulaic_ledger
    feed = ledger.parent / "feed.jsonl"
    again = api.ingest([feed], db)
    assert again.stored == 0 and again.duplicates == 0 and again.unchanged == again.read


def test_records_without_words_or_text_are_kept_and_copy_nothing(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [{"id": 1, "text": ""}, {"id": "dash", "text": "-"}, {"id": "null", "text": None}, {"id": "none"},
               {"id": "odd-fields", "text": "Kherson shelled", "published": 20220315, "title": ["x"]}]  # fmt: skip
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    db = str(tmp_path / "k.db")
    report = api.ingest([feed], db)
    assert report.stored == 5 and report.duplicates == 0 and not report.skipped
    api.export(db, tmp_path / "ledger")
    assert set(_documents(tmp_path / "ledger")) == {"1", "dash", "null", "none", "odd-fields"}


def test_one_id_for_two_texts_is_an_error_not_a_loss(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "text": "Russian forces shelled Izium, Kharkiv, on 2 May 2022."},
        {"id": "a", "text": "Russian forces shelled Kupiansk, Kharkiv, on 3 May 2022."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = api.ingest([feed], str(tmp_path / "k.db"))
    assert report.stored == 1
    assert len(report.skipped) == 1 and "already used" in report.skipped[0].reason
