"""Hostile input: every reader and stage survives it, reports it, and damages nothing already stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from kronika import api
from kronika.config import Settings
from kronika.model import Document
from kronika.pipeline import Pipeline
from kronika.stages.read import content_hash, read_inputs

pytestmark = pytest.mark.model

NASTY_PIECES = [
    "\x00", "\u202e", "\u200f", "🔥💥🇺🇦", "مرحبا بالعالم", "שלום", "31/02/2024", "le 31 février", "10 000 000 morts",
    "«", "»", "“", "\n\n\n", "Ã©tÃ©", "â€™", "<script>alert(1)</script>", "Koupiansk", "a déclaré", "selon",
    "drone", "tués", "999999999999999999999 blessés", "la nuit de lundi à mardi", "\t", " date 2024-13-45 ",
]  # fmt: skip


@given(st.lists(st.one_of(st.sampled_from(NASTY_PIECES), st.text(max_size=40)), max_size=60))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_goes_through_every_stage(pipeline: Pipeline, pieces: list[str]) -> None:
    text = " ".join(pieces)
    doc = Document(doc_id="fuzz", source="fuzz", raw=text, header={"date": "2024-06-12"})
    doc.content_hash = content_hash(text)
    failures: list[str] = []
    done = pipeline.run_batch([doc], lambda stage, d, exc: failures.append(f"{stage}: {exc!r}"))
    assert not failures
    for event in done[0].events:
        assert event.fatalities is None or event.fatalities >= 0
        for evidence in event.evidence:
            assert done[0].text[evidence.start : evidence.end] == evidence.text


@pytest.fixture()
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "huge.txt").write_bytes(b"a" * (6 * 1024 * 1024))  # one 6 MB line
    (folder / "nul.txt").write_bytes(b"Kharkiv\x00\x00\x00 frappe")
    (folder / "cp1252.txt").write_bytes("Frappe sur Kharkiv, deux blessés selon le maire.".encode("cp1252"))
    (folder / "nested.html").write_text("<div>" * 20000 + "Frappe sur Kharkiv" + "</div>" * 3, encoding="utf-8")
    (folder / "truncated.html").write_text(
        "<html><body><p>Une frappe de drone a touché Kharkiv mardi, faisant", encoding="utf-8"
    )
    (folder / "broken.jsonl").write_text(
        '{"id": "ok1", "text": "Une frappe de drone a touché Kharkiv mardi, faisant deux blessés selon le maire."}\n'
        '{"id": "bad", "text": 12}\n{not json\n["a list"]\n{"id": "", "text": "x"}\n'
        '{"id": "ok2", "text": "A drone hit Odesa on Tuesday, injuring three people, the governor said.", '
        '"published": "2024-06-12"}\n',
        encoding="utf-8",
    )
    (folder / "script.html").write_text(
        "<html><head><title>Kharkiv</title><script>var secret = 'SHOULD-NOT-APPEAR';</script></head><body><article>"
        "<p>Une frappe de drone a touché mardi un immeuble de Kharkiv, faisant deux blessés selon les autorités.</p>"
        "<p>Les secours sont intervenus rapidement sur place pour évacuer les habitants de l'immeuble.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return folder


def test_hostile_files_are_reported_and_good_ones_kept(hostile_folder: Path, tmp_path: Path) -> None:
    items = list(read_inputs([hostile_folder]))
    reasons = {getattr(item, "source", ""): getattr(item, "reason", None) for item in items}
    assert "article limit" in str(reasons[str(hostile_folder / "huge.txt")])
    assert "binary" in str(reasons[str(hostile_folder / "nul.txt")])
    docs = {item.doc_id: item for item in items if isinstance(item, Document)}
    assert docs["cp1252"].encoding == "cp1252" and "blessés" in docs["cp1252"].raw
    assert {"ok1", "ok2", "script"} <= set(docs)
    assert "SHOULD-NOT-APPEAR" not in docs["script"].raw


def test_hostile_run_damages_nothing_already_stored(hostile_folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    api.ingest([EXAMPLES], db)
    api.export(db, tmp_path / "before")
    before = {p.name: p.read_text() for p in (tmp_path / "before").iterdir()}
    report = api.ingest([hostile_folder], db)
    assert len(report.skipped) >= 6 and report.stored >= 3
    api.ingest([hostile_folder], db)  # again: idempotent
    api.export(db, tmp_path / "after")
    after_docs = (tmp_path / "after" / "documents.jsonl").read_text()
    for line in before["documents.jsonl"].splitlines():
        assert line in after_docs, "an already stored document changed"


def test_sentence_limit_is_enforced(run_text: Callable[..., Document], tmp_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text("Une phrase. " * 300, encoding="utf-8")
    db = str(tmp_path / "k.db")
    report = api.ingest([folder], settings=Settings.from_env(db=db, max_sentences=100))
    assert "above the limit" in report.skipped[0].reason and report.skipped[0].stage == "entities"
    # the report is kept, findable, marked as processed only up to the stage that refused it, and retried next run
    assert report.stored == 1 and report.events == 0
    assert api.document(db, "long")["failed_stage"] == "entities"
    again = api.ingest([folder], settings=Settings.from_env(db=db, max_sentences=100))
    assert again.stored == 1 and again.unchanged == 0
