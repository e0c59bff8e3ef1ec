"""Export: the three ledger files, each record validated against the contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, SHARED
from kronika import api
from kronika.errors import ExportError
from kronika.export import LEDGER_FILES, validate
from kronika.model import Event, Evidence
from kronika.serialize import event_record

pytestmark = pytest.mark.model


def test_vendored_schemas_match_the_shared_contract() -> None:
    contract = SHARED / "contract"
    if not contract.exists():
        pytest.skip("../shared/contract is not present on this machine")
    for name in ("document", "event", "claim"):
        vendored = ROOT / "src" / "kronika" / "contract" / f"{name}.schema.json"
        assert json.loads(vendored.read_text()) == json.loads((contract / f"{name}.schema.json").read_text())


def test_invalid_record_is_refused_with_the_field_named() -> None:
    event = Event("x", ["d"], "Battles", None, None, None, None, None, evidence=[Evidence("d", 0, 1, "a")])
    validate("event", event_record(event))
    event.event_type = "Skirmish"
    with pytest.raises(ExportError, match="field event_type"):
        validate("event", event_record(event))


def test_export_writes_valid_linked_ledger(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    api.ingest([EXAMPLES], db)
    report = api.export(db, tmp_path / "out")
    for name in LEDGER_FILES:
        assert (tmp_path / "out" / name).exists()
    events = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    documents = {
        json.loads(line)["doc_id"]: json.loads(line)
        for line in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()
    }
    claims = [json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").read_text().splitlines()]
    assert report.events == len(events) > 0 and report.documents == len(documents) and report.claims == len(claims)
    event_ids = {e["event_id"] for e in events}
    for event in events:
        validate("event", event)
        for evidence in event["evidence"]:
            assert documents[evidence["doc_id"]]["text"][evidence["start"] : evidence["end"]] == evidence["text"]
        assert event["summary"]
    for claim in claims:
        assert claim["event_id"] is None or claim["event_id"] in event_ids
        assert documents[claim["doc_id"]]["text"][claim["start"] : claim["end"]] == claim["text"]
    removed = [d for d in documents.values() if d["removed"]]
    assert removed, "the examples hold boilerplate that cleaning removes"
    for document in removed:  # every removed line keeps the reason it was removed for
        assert len(document["removed_reasons"]) == len(document["removed"]) and all(document["removed_reasons"])
