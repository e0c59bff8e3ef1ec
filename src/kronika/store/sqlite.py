"""SQLite store: the embedded default. One transaction per document; WAL for crash safety."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kronika.errors import StoreError
from kronika.model import CopyKeys, Document, Problem
from kronika.serialize import claim_record, document_record, event_record

SCHEMA_VERSION = 5
DUPLICATE_FIELDS = ("doc_id", "content_hash", "source", "original_id", "similarity", "reason")

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE documents (
      doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source TEXT NOT NULL,
      record TEXT NOT NULL, stored_at TEXT NOT NULL
    );
    CREATE TABLE events (
      event_id TEXT PRIMARY KEY,
      doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
      record TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE TABLE claims (
      claim_id TEXT PRIMARY KEY,
      doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
      record TEXT NOT NULL
    );
    CREATE INDEX claims_doc ON claims(doc_id);
    CREATE TABLE links (event_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL);
    CREATE TABLE skipped (source TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL, seen_at TEXT NOT NULL,
      PRIMARY KEY (source, stage));
    """,
    2: """
    ALTER TABLE events ADD COLUMN block TEXT;
    CREATE INDEX events_block ON events(block);
    ALTER TABLE links ADD COLUMN reason TEXT;
    CREATE INDEX links_cluster ON links(cluster_id);
    CREATE TABLE fingerprints (
      doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE, minhash TEXT NOT NULL
    );
    CREATE TABLE duplicates (
      source TEXT PRIMARY KEY, doc_id TEXT NOT NULL, original_id TEXT NOT NULL, similarity REAL NOT NULL
    );
    """,
    3: """
    CREATE TABLE watches (name TEXT PRIMARY KEY, spec TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE watch_seen (name TEXT NOT NULL REFERENCES watches(name) ON DELETE CASCADE, event_id TEXT NOT NULL,
      PRIMARY KEY (name, event_id));
    """,
    # copies are keyed by the copy's own id (every report with an id stays findable by it); short texts get no
    # MinHash, only an exact-text key; near-duplicates also compare stated facts
    4: """
    DROP TABLE fingerprints;
    CREATE TABLE copy_keys (
      doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
      text_key TEXT NOT NULL, minhash TEXT, facts TEXT NOT NULL, feed TEXT NOT NULL
    );
    CREATE TABLE duplicates_v4 (
      doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source TEXT NOT NULL, original_id TEXT NOT NULL,
      similarity REAL NOT NULL, reason TEXT NOT NULL
    );
    INSERT OR IGNORE INTO duplicates_v4 SELECT doc_id, '', source, original_id, similarity, 'near-duplicate'
      FROM duplicates;
    DROP TABLE duplicates;
    ALTER TABLE duplicates_v4 RENAME TO duplicates;
    CREATE INDEX duplicates_original ON duplicates(original_id);
    """,
    # the ledger's events, merged from their linked members at ingest (record NULL: a cluster that is no event)
    5: """
    CREATE TABLE ledger_events (cluster_id TEXT PRIMARY KEY, record TEXT);
    """,
}


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the SQLite ledger {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this Kronika ({SCHEMA_VERSION}); upgrade Kronika"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                for statement in _split(_MIGRATIONS[target]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={target}")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def has_document(self, doc_id: str, content_hash: str) -> bool:
        row = self._db.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row is not None and row[0] == content_hash

    def save_document(self, doc: Document) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            self._db.execute("DELETE FROM links WHERE event_id IN (SELECT event_id FROM events WHERE doc_id = ?)",
                             (doc.doc_id,))  # fmt: skip
            self._db.execute("DELETE FROM events WHERE doc_id = ?", (doc.doc_id,))
            self._db.execute("DELETE FROM claims WHERE doc_id = ?", (doc.doc_id,))
            self._db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?) ON CONFLICT(doc_id) DO UPDATE SET "
                "content_hash=excluded.content_hash, source=excluded.source, record=excluded.record, "
                "stored_at=excluded.stored_at",
                (doc.doc_id, doc.content_hash, doc.source, _dump(document_record(doc)), now),
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO events (event_id, doc_id, record, block) VALUES (?,?,?,?)",
                [(e.event_id, doc.doc_id, _dump(event_record(e, internal=True)), e.block) for e in doc.events],
            )
            self._db.execute(
                "INSERT OR REPLACE INTO copy_keys VALUES (?,?,?,?,?)",
                (doc.doc_id, doc.text_key, _dump_or_null(doc.fingerprint), json.dumps(doc.facts), doc.feed),
            )
            self._db.execute("DELETE FROM duplicates WHERE doc_id = ?", (doc.doc_id,))
            self._db.executemany(
                "INSERT OR REPLACE INTO claims VALUES (?,?,?)",
                [(c.claim_id, doc.doc_id, _dump(claim_record(c, internal=True))) for c in doc.claims],
            )
            self._db.execute("DELETE FROM skipped WHERE source = ?", (doc.source,))

    def record_problem(self, problem: Problem) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO skipped VALUES (?,?,?,?)", (problem.source, problem.stage, problem.reason, now)
            )

    def document_records(self) -> Iterator[dict[str, Any]]:
        for (record,) in self._db.execute("SELECT record FROM documents ORDER BY doc_id"):
            yield json.loads(record)

    def document_record(self, doc_id: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT record FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def event_records(self) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self._db.execute("SELECT record FROM events ORDER BY doc_id, event_id")]

    def claim_records(self) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self._db.execute("SELECT record FROM claims ORDER BY doc_id, claim_id")]

    def save_links(
        self, clusters: dict[str, str], reasons: dict[str, dict[str, Any]] | None = None, *, replace: bool = True
    ) -> None:
        reasons = reasons or {}
        with self._transaction():
            if replace:
                self._db.execute("DELETE FROM links")
            self._db.executemany(
                "INSERT OR REPLACE INTO links VALUES (?,?,?)",
                [(e, c, _dump(reasons[e]) if e in reasons else None) for e, c in sorted(clusters.items())],
            )

    def links(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT event_id, cluster_id FROM links").fetchall())

    def unlinked_event_ids(self) -> list[str]:
        rows = self._db.execute(
            "SELECT e.event_id FROM events e LEFT JOIN links l USING (event_id) WHERE l.event_id IS NULL"
        )
        return [e for (e,) in rows]

    def link_reasons(self, event_ids: list[str]) -> dict[str, dict[str, Any]]:
        rows = self._rows_in(
            "SELECT event_id, reason FROM links WHERE event_id IN ({}) AND reason IS NOT NULL", event_ids
        )
        return {e: json.loads(r) for e, r in rows}

    def events_in_blocks(self, keys: list[str]) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self._rows_in("SELECT record FROM events WHERE block IN ({})", keys)]

    def clusters_of(self, event_ids: list[str]) -> dict[str, str]:
        return dict(self._rows_in("SELECT event_id, cluster_id FROM links WHERE event_id IN ({})", event_ids))

    def cluster_members(self, cluster_ids: list[str]) -> dict[str, str]:
        return dict(self._rows_in("SELECT event_id, cluster_id FROM links WHERE cluster_id IN ({})", cluster_ids))

    def event_records_by_id(self, event_ids: list[str]) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self._rows_in("SELECT record FROM events WHERE event_id IN ({})", event_ids)]

    def event_ids_of_documents(self, doc_ids: list[str]) -> list[str]:
        return sorted(e for (e,) in self._rows_in("SELECT event_id FROM events WHERE doc_id IN ({})", doc_ids))

    def claim_records_by_id(self, claim_ids: list[str]) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self._rows_in("SELECT record FROM claims WHERE claim_id IN ({})", claim_ids)]

    def document_outlets(self, doc_ids: list[str]) -> dict[str, str | None]:
        query = "SELECT doc_id, json_extract(record, '$.outlet') FROM documents WHERE doc_id IN ({})"
        return dict(self._rows_in(query, doc_ids))

    def save_ledger_events(self, records: dict[str, dict[str, Any] | None], *, replace: bool = False) -> None:
        with self._transaction():
            if replace:
                self._db.execute("DELETE FROM ledger_events")
            self._db.executemany(
                "INSERT OR REPLACE INTO ledger_events VALUES (?,?)",
                [(c, None if r is None else _dump(r)) for c, r in sorted(records.items())],
            )

    def ledger_event_records(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT record FROM ledger_events WHERE record IS NOT NULL ORDER BY cluster_id")
        return [json.loads(r) for (r,) in rows]

    def clusters_without_ledger_event(self) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT coalesce(l.cluster_id, e.event_id) AS c FROM events e LEFT JOIN links l USING (event_id) "
            "WHERE NOT EXISTS (SELECT 1 FROM ledger_events x WHERE x.cluster_id = coalesce(l.cluster_id, e.event_id))"
        )
        return sorted(c for (c,) in rows)

    def _rows_in(self, query: str, values: list[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``query`` whose ``IN ({})`` list is ``values`` (deduplicated, in chunks SQLite accepts)."""
        for chunk in _chunks(sorted(set(values))):
            yield from self._db.execute(query.format(",".join("?" * len(chunk))), chunk)

    def copy_keys(self) -> Iterator[CopyKeys]:
        rows = self._db.execute("SELECT doc_id, text_key, minhash, facts, feed FROM copy_keys")
        for doc_id, key, minhash, facts, feed in rows:
            yield CopyKeys(doc_id, key, json.loads(minhash) if minhash else None, json.loads(facts), feed)

    def record_duplicate(self, copy: dict[str, Any]) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO duplicates VALUES (?,?,?,?,?,?)", tuple(copy[k] for k in DUPLICATE_FIELDS)
            )

    def duplicates(self, original_ids: list[str] | None = None) -> list[dict[str, Any]]:
        query = f"SELECT {', '.join(DUPLICATE_FIELDS)} FROM duplicates"
        if original_ids is None:
            rows = self._db.execute(query + " ORDER BY doc_id").fetchall()
        else:
            rows = sorted(self._rows_in(query + " WHERE original_id IN ({})", original_ids))
        return [dict(zip(DUPLICATE_FIELDS, row, strict=True)) for row in rows]

    def duplicate_of(self, doc_id: str) -> dict[str, Any] | None:
        query = f"SELECT {', '.join(DUPLICATE_FIELDS)} FROM duplicates WHERE doc_id = ?"
        row = self._db.execute(query, (doc_id,)).fetchone()
        return dict(zip(DUPLICATE_FIELDS, row, strict=True)) if row else None

    def has_duplicate(self, doc_id: str, content_hash: str) -> bool:
        query = "SELECT 1 FROM duplicates WHERE doc_id = ? AND content_hash = ?"
        return self._db.execute(query, (doc_id, content_hash)).fetchone() is not None

    def problems(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT source, stage, reason, seen_at FROM skipped ORDER BY source").fetchall()
        return [{"source": s, "stage": st, "reason": r, "seen_at": t} for s, st, r, t in rows]

    def counts(self) -> dict[str, int]:
        return {
            table: self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "events", "claims", "skipped", "duplicates")
        }

    def save_watch(self, name: str, spec: dict[str, Any]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            self._db.execute("DELETE FROM watch_seen WHERE name = ?", (name,))
            self._db.execute("INSERT OR REPLACE INTO watches VALUES (?,?,?)", (name, _dump(spec), now))

    def remove_watch(self, name: str) -> bool:
        with self._transaction():
            self._db.execute("DELETE FROM watch_seen WHERE name = ?", (name,))
            return self._db.execute("DELETE FROM watches WHERE name = ?", (name,)).rowcount > 0

    def watches(self) -> dict[str, dict[str, Any]]:
        return {n: json.loads(s) for n, s in self._db.execute("SELECT name, spec FROM watches ORDER BY name")}

    def watch_seen(self, name: str) -> set[str]:
        return {e for (e,) in self._db.execute("SELECT event_id FROM watch_seen WHERE name = ?", (name,))}

    def mark_seen(self, name: str, event_ids: list[str]) -> None:
        with self._transaction():
            self._db.executemany("INSERT OR IGNORE INTO watch_seen VALUES (?,?)", [(name, e) for e in event_ids])

    def close(self) -> None:
        self._db.close()


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _split(script: str) -> list[str]:
    return [statement.strip() for statement in script.split(";") if statement.strip()]


def _dump_or_null(values: list[int] | None) -> str | None:
    return None if values is None else json.dumps(values)


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)
