"""Neutral by construction: outlets and corroboration, attributed summaries, counting rules, watchlists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import DATA, EXAMPLES, SEEDS
from kronika import api
from kronika.model import Claim, Document, Removal
from kronika.query import LedgerView, _single_party
from kronika.stages.outlet import identify_outlet
from kronika.summary import loaded
from kronika.watch import Watch, add_watch, check_watches, watch_events
from kronika.web.app import create_app

NEUTRAL = DATA / "neutral"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, dict]]:
    folder = tmp_path_factory.mktemp("neutral")
    db = str(folder / "n.db")
    api.ingest([NEUTRAL / "corpus.jsonl"], db)
    api.export(db, folder / "out")
    events = [json.loads(line) for line in (folder / "out" / "events.jsonl").read_text().splitlines()]
    by_place = {e["location"]["name"]: e for e in events}
    return db, by_place


@pytest.mark.parametrize(
    ("url", "text", "removed", "expected"),
    [
        ("https://www.lemonde.fr/x", "Un article.", [], "Le Monde"),
        ("https://www.lemonde.fr/x", "Une frappe a touché Kharkiv, selon le maire. (AFP)", [], "Agence France-Presse"),
        ("file.txt", "Les combats se poursuivent. (ats/asi)", [], "Keystone-ATS"),
        ("file.txt", "Un texte.", ["Video: watson"], "watson"),
        ("https://example.invalid/x", "Nothing says who wrote this.", [], None),
    ],
)
def test_outlet_from_domain_wire_credit_or_in_text_credit(
    url: str, text: str, removed: list[str], expected: str | None
) -> None:
    doc = Document(doc_id="d", source=url, raw=text, text=text, removed=[Removal(r, "test") for r in removed])
    assert identify_outlet(doc).outlet == expected


def test_syndicated_copies_count_once(ledger: tuple[str, dict[str, dict]]) -> None:
    event = ledger[1]["Port of Izmail"]
    assert event["corroboration"] == 2 == len(event["outlets"])
    assert set(event["outlets"]) == {"Reuters", "Le Monde"}


def test_one_party_claims_are_attributed(ledger: tuple[str, dict[str, dict]]) -> None:
    summary = ledger[1]["Synkivka"]["summary"]
    assert summary.startswith("According to Ministry of Defence of Russia,")


def test_contested_summary_names_both_sides(ledger: tuple[str, dict[str, dict]]) -> None:
    event = ledger[1]["Vovchansk"]
    assert event["contested"]
    assert "Ministry of Defence of Russia" in event["summary"] and "General Staff" in event["summary"]
    assert "contesté par" in event["summary_fr"]


def test_ai_generated_chronicle_alone_creates_no_event(ledger: tuple[str, dict[str, dict]]) -> None:
    assert not any("ai-chronicle" in e["doc_ids"] for e in ledger[1].values())


def test_min_corroboration_filter_and_stats(ledger: tuple[str, dict[str, dict]]) -> None:
    client = TestClient(create_app(ledger[0]))
    corroborated = client.get("/api/events", params={"min_corroboration": 2}).json()
    assert [e["location"]["name"] for e in corroborated["events"]] == ["Port of Izmail"]
    stats = LedgerView(ledger[0]).stats()
    assert stats["single_outlet"] == 2 and stats["contested"] == 1 and stats["single_party"] >= 1


def _summaries(db: str) -> list[str]:
    events = api.events(db)
    return [s for e in events for s in (e.summary, e.summary_fr)]


def test_no_loaded_words_in_any_summary(tmp_path: Path) -> None:
    assert loaded("the occupiers shelled the town") and not loaded('the governor said "the occupiers" shelled it')
    folders = [EXAMPLES, NEUTRAL / "corpus.jsonl", *([SEEDS] if SEEDS.exists() else [])]
    for number, folder in enumerate(folders):
        db = str(tmp_path / f"l{number}.db")
        api.ingest([folder], db)
        offending = [s for s in _summaries(db) if loaded(s)]
        assert not offending, offending


def test_watchlist_reports_exactly_the_new_events_in_its_area(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    api.ingest([NEUTRAL / "batch1.jsonl"], db)
    add_watch(db, Watch("kharkiv", bbox=(35.8, 49.7, 36.7, 50.3), since="2024-06-01"))
    first = check_watches(db)["kharkiv"]
    assert [e.doc_ids for e in first] == [["kharkiv-first"]]
    assert check_watches(db)["kharkiv"] == []  # nothing new since
    api.ingest([NEUTRAL / "batch2.jsonl"], db)
    second = check_watches(db)["kharkiv"]
    assert [e.doc_ids for e in second] == [["kharkiv-second"]]  # the Odesa strike is outside the area
    assert len(watch_events(db, "kharkiv")) == 2
    client = TestClient(create_app(db))
    assert client.get("/api/watches").json()["watches"][0]["name"] == "kharkiv"
    assert client.get("/api/watches/kharkiv/events").json()["total"] == 2


def _claim(source: str, side: str | None) -> Claim:
    return Claim("c", "d", source, source, "assert", "text", 0, 4, "e", side)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([_claim("Ministry of Defence of Russia", "russia")], True),
        ([_claim("Ministry of Defence of Russia", "russia"), _claim("TASS", "neutral")], True),
        ([_claim("Ministry of Defence of Russia", "russia"), _claim("General Staff", "ukraine")], False),
        ([_claim("Reuters", "neutral")], False),
        ([], False),
    ],
)
def test_a_neutral_voice_is_no_party(claims: list[Claim], expected: bool) -> None:
    assert _single_party(claims) is expected
