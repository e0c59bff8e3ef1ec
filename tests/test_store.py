"""The Store interface, against a real database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kronika.errors import StoreError
from kronika.model import Claim, Document, Event, Evidence, Location, Problem
from kronika.store import open_store
from kronika.store.base import Store


def _processed(
    make_doc: Callable[..., Document], doc_id: str = "d1", text: str = "Body text of the article."
) -> Document:
    doc = make_doc(text, doc_id=doc_id)
    doc.text, doc.language, doc.languages = text, "en", ["en"]
    doc.events = [
        Event(
            f"ev-{doc_id}",
            [doc_id],
            "Battles",
            "Armed clash",
            "2024-06-12",
            "2024-06-12",
            "day",
            Location("Kupyansk", 49.71, 37.62, "UA", "Kharkiv Oblast", "point"),
            evidence=[Evidence(doc_id, 0, 4, "Body")],
        )
    ]
    doc.claims = [Claim(f"cl-{doc_id}", doc_id, "Someone", "someone", "assert", "Body", 0, 4, f"ev-{doc_id}")]
    return doc


def test_save_and_read_back(store: Store, make_doc: Callable[..., Document]) -> None:
    doc = _processed(make_doc)
    store.save_document(doc)
    assert store.has_document("d1", doc.content_hash)
    assert not store.has_document("d1", "another-hash")
    assert [d["doc_id"] for d in store.document_records()] == ["d1"]
    assert store.event_records()[0]["event_id"] == "ev-d1"
    assert store.claim_records()[0]["source"] == "Someone"
    assert store.counts() == {"documents": 1, "events": 1, "claims": 1, "skipped": 0, "duplicates": 0}


def test_saving_again_replaces_not_duplicates(store: Store, make_doc: Callable[..., Document]) -> None:
    store.save_document(_processed(make_doc))
    newer = _processed(make_doc, text="A corrected body text.")
    newer.events[0].event_id = "ev-new"
    store.save_document(newer)
    assert store.counts()["documents"] == 1
    assert [e["event_id"] for e in store.event_records()] == ["ev-new"]


def test_problems_are_kept_with_their_reason(store: Store) -> None:
    store.record_problem(Problem("bad.txt", "binary file", "read"))
    store.record_problem(Problem("bad.txt", "binary file", "read"))
    assert store.problems()[0]["reason"] == "binary file"
    assert store.counts()["skipped"] == 1


def test_failed_write_leaves_nothing_half_done(store: Store, make_doc: Callable[..., Document]) -> None:
    store.save_document(_processed(make_doc, doc_id="ok"))
    broken = _processed(make_doc, doc_id="broken")
    broken.claims.append(broken.claims[0])  # same claim id twice is fine (replace) …
    broken.events.append(None)  # type: ignore[arg-type]  # … but a non-event cannot be serialised
    with pytest.raises(AttributeError):
        store.save_document(broken)
    assert [d["doc_id"] for d in store.document_records()] == ["ok"]
    assert {e["doc_ids"][0] for e in store.event_records()} == {"ok"}


def test_links_roundtrip(store: Store) -> None:
    store.save_links({"a": "a", "b": "a"})
    assert store.links() == {"a": "a", "b": "a"}
    store.save_links({"c": "c"})
    assert store.links() == {"c": "c"}


def test_schema_version_is_recorded_and_newer_versions_refused(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
        db.execute("PRAGMA user_version=999")
    with pytest.raises(StoreError, match="newer"):
        open_store(str(path))


def test_unreadable_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-db.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(path))


@pytest.mark.model
def test_whole_ledger_is_the_same_on_both_stores(store_url: str, tmp_path: Path) -> None:
    from conftest import EXAMPLES
    from kronika import api

    reference_db = str(tmp_path / "reference.db")
    api.ingest([EXAMPLES], reference_db)
    api.export(reference_db, tmp_path / "reference")
    api.ingest([EXAMPLES], store_url)
    again = api.ingest([EXAMPLES], store_url)
    assert again.stored == 0, "re-ingesting changes nothing"
    api.export(store_url, tmp_path / "ledger")
    for name in ("documents.jsonl", "events.jsonl", "claims.jsonl"):
        assert (tmp_path / "ledger" / name).read_text() == (tmp_path / "reference" / name).read_text()


def test_bbox_query_uses_the_spatial_index(postgres: object, make_doc: Callable[..., Document]) -> None:
    from kronika.store.postgres import PostgresStore

    url = postgres.new_database()  # type: ignore[attr-defined]
    store = PostgresStore(url)
    store.save_document(_processed(make_doc))
    assert store.event_ids_in_bbox((37.0, 49.0, 38.0, 50.0)) == ["ev-d1"]
    assert store.event_ids_in_bbox((30.0, 45.0, 31.0, 46.0)) == []
    store._db.execute("SET enable_seqscan = off")
    plan = " ".join(
        row[0] for row in store._db.execute(
            "EXPLAIN SELECT event_id FROM events WHERE geom && ST_MakeEnvelope(37, 49, 38, 50, 4326)"
        )
    )  # fmt: skip
    assert "events_geom" in plan
    store.close()


def test_copies_are_kept_under_their_own_id(store: Store, make_doc: Callable[..., Document]) -> None:
    original = _processed(make_doc, doc_id="orig")
    original.text_key, original.fingerprint, original.facts = "key-1", [1, 2, 3], ["place:kupiansk"]
    original.feed = "feed.jsonl"
    short = _processed(make_doc, doc_id="short")
    short.text_key, short.fingerprint = "key-2", None  # a one-line report: no MinHash, only its exact-text key
    store.save_document(original)
    store.save_document(short)
    keys = {k.doc_id: k for k in store.copy_keys()}
    assert keys["orig"].minhash == [1, 2, 3] and keys["orig"].facts == ["place:kupiansk"]
    assert keys["orig"].feed == "feed.jsonl" and keys["short"].feed == ""
    assert keys["short"].minhash is None and keys["short"].text_key == "key-2"
    copy = {"doc_id": "copy-1", "content_hash": "h1", "source": "feed.jsonl:7", "original_id": "orig",
            "similarity": 1.0, "reason": "exact copy"}  # fmt: skip
    store.record_duplicate(copy)
    assert store.duplicate_of("copy-1") == copy
    assert store.duplicate_of("orig") is None
    assert store.has_duplicate("copy-1", "h1") and not store.has_duplicate("copy-1", "changed")
    assert store.duplicates(["orig"]) == [copy] and store.duplicates(["short"]) == []
    assert store.document_record("orig")["doc_id"] == "orig" and store.document_record("copy-1") is None
    assert store.counts()["duplicates"] == 1


def test_sqlite_ledger_of_schema_3_is_migrated(tmp_path: Path) -> None:
    from kronika.store import sqlite as sqlite_store

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for version in (1, 2, 3):
        db.executescript(sqlite_store._MIGRATIONS[version])
    db.execute("INSERT INTO duplicates VALUES ('feed.jsonl:2', 'b', 'a', 0.9)")
    db.execute("PRAGMA user_version=3")
    db.commit()
    db.close()
    store = open_store(str(path))
    try:
        old = {"doc_id": "b", "content_hash": "", "source": "feed.jsonl:2", "original_id": "a", "similarity": 0.9}
        assert store.duplicate_of("b") == {**old, "reason": "near-duplicate"}
        assert list(store.copy_keys()) == []
    finally:
        store.close()
