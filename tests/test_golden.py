"""Golden files: the whole pipeline on examples/ — any change in output shows up as a reviewed diff.

Run ``pytest tests/test_golden.py --update-golden`` to rewrite them after an intended change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from kronika import api

pytestmark = pytest.mark.model
GOLDEN = Path(__file__).resolve().parent / "golden"


def _digest(ledger: Path) -> dict[str, list[dict]]:
    """The fields a reviewer cares about, in a stable order."""
    events = [json.loads(line) for line in (ledger / "events.jsonl").read_text().splitlines()]
    claims = [json.loads(line) for line in (ledger / "claims.jsonl").read_text().splitlines()]
    documents = [json.loads(line) for line in (ledger / "documents.jsonl").read_text().splitlines()]
    return {
        "documents": [
            {
                "doc_id": d["doc_id"],
                "title": d["title"],
                "language": d["language"],
                "published": d["published"],
                "flags": d["flags"],
                "removed": d["removed"],
                "places": sorted({(p["surface"], p["name"], p["country"]) for p in d["places"]}),
            }
            for d in documents
        ],
        "events": sorted(
            (
                {
                    "doc_ids": e["doc_ids"],
                    "type": e["event_type"],
                    "sub": e["sub_event_type"],
                    "date": [e["date"], e["date_end"], e["time_precision"]],
                    "where": e["location"]["name"] if e["location"] else None,
                    "actors": [a["name"] for a in e["actors"]],
                    "fatalities": e["fatalities"],
                    "injuries": e["injuries"],
                    "contested": e["contested"],
                    "verification": e["verification"],
                    "summary": e["summary"],
                }
                for e in events
            ),
            key=lambda e: json.dumps(e, sort_keys=True),
        ),
        "claims": sorted(
            ({"doc_id": c["doc_id"], "source": c["source"], "stance": c["stance"], "text": c["text"]} for c in claims),
            key=lambda c: json.dumps(c, sort_keys=True, ensure_ascii=False),
        ),
    }


def test_examples_match_golden(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    db = str(tmp_path / "golden.db")
    api.ingest([EXAMPLES], db)
    api.export(db, tmp_path / "ledger")
    digest = json.loads(json.dumps(_digest(tmp_path / "ledger"), ensure_ascii=False))
    golden = GOLDEN / "examples.json"
    if request.config.getoption("--update-golden") or not golden.exists():
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(digest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not request.config.getoption("--update-golden"):
            pytest.fail("golden file was missing and has been written; review and commit it")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    for part in ("documents", "events", "claims"):
        assert digest[part] == expected[part], f"{part} differ from tests/golden/examples.json"
