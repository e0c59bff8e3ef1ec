"""PostgreSQL/PostGIS store: the same interface as SQLite, for shared ledgers and parallel writers.

Event locations are PostGIS points (SRID 4326) with a GiST index, used by
bounding-box queries. Every document is written in one transaction; writes are
idempotent (upserts keyed by document, event and claim ids), so a retried Dask
partition or a re-run never duplicates anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kronika.errors import StoreError
from kronika.model import CopyKeys, Document, Problem
from kronika.serialize import claim_record, document_record, event_record

SCHEMA_VERSION = 4
DUPLICATE_FIELDS = ("doc_id", "content_hash", "source", "original_id", "similarity", "reason")

_MIGRATIONS: dict[int, list[str]] = {
    1: [
        "CREATE EXTENSION IF NOT EXISTS postgis",
        """CREATE TABLE documents (
             doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source TEXT NOT NULL,
             record JSONB NOT NULL, stored_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        """CREATE TABLE events (
             event_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
             record JSONB NOT NULL, block TEXT, geom geometry(Point, 4326))""",
        "CREATE INDEX events_doc ON events(doc_id)",
        "CREATE INDEX events_block ON events(block)",
        "CREATE INDEX events_geom ON events USING GIST (geom)",
        """CREATE TABLE claims (
             claim_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
             record JSONB NOT NULL)""",
        "CREATE INDEX claims_doc ON claims(doc_id)",
        "CREATE TABLE links (event_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, reason JSONB)",
        "CREATE INDEX links_cluster ON links(cluster_id)",
        """CREATE TABLE skipped (source TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL,
             seen_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (source, stage))""",
        """CREATE TABLE fingerprints (
             doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE, minhash JSONB NOT NULL)""",
        """CREATE TABLE duplicates (
             source TEXT PRIMARY KEY, doc_id TEXT NOT NULL, original_id TEXT NOT NULL, similarity REAL NOT NULL)""",
    ],
    2: [
        """CREATE TABLE watches (
             name TEXT PRIMARY KEY, spec JSONB NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
        """CREATE TABLE watch_seen (name TEXT NOT NULL REFERENCES watches(name) ON DELETE CASCADE,
             event_id TEXT NOT NULL, PRIMARY KEY (name, event_id))""",
    ],
    3: [  # see the SQLite store's migration 4
        "DROP TABLE fingerprints",
        """CREATE TABLE copy_keys (
             doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
             text_key TEXT NOT NULL, minhash JSONB, facts JSONB NOT NULL, feed TEXT NOT NULL)""",
        """CREATE TABLE duplicates_v3 (
             doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source TEXT NOT NULL, original_id TEXT NOT NULL,
             similarity REAL NOT NULL, reason TEXT NOT NULL)""",
        """INSERT INTO duplicates_v3 SELECT DISTINCT ON (doc_id) doc_id, '', source, original_id, similarity,
             'near-duplicate' FROM duplicates ORDER BY doc_id""",
        "DROP TABLE duplicates",
        "ALTER TABLE duplicates_v3 RENAME TO duplicates",
        "CREATE INDEX duplicates_original ON duplicates(original_id)",
    ],
    4: ["CREATE TABLE ledger_events (cluster_id TEXT PRIMARY KEY, record JSONB)"],  # see the SQLite store's 5
}


class PostgresStore:
    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc
        self._migrate()

    def _migrate(self) -> None:
        with self._db.transaction():
            self._db.execute("CREATE TABLE IF NOT EXISTS kronika_schema (version INTEGER NOT NULL)")
            self._db.execute("LOCK TABLE kronika_schema IN EXCLUSIVE MODE")  # one migrator at a time
            row = self._db.execute("SELECT max(version) FROM kronika_schema").fetchone()
            version = row[0] if row and row[0] is not None else 0
            if version > SCHEMA_VERSION:
                raise StoreError(f"the ledger has schema version {version}, newer than this Kronika; upgrade Kronika")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[target]:
                    self._db.execute(statement)  # type: ignore[arg-type]
                self._db.execute("INSERT INTO kronika_schema VALUES (%s)", (target,))

    def has_document(self, doc_id: str, content_hash: str) -> bool:
        row = self._db.execute("SELECT content_hash FROM documents WHERE doc_id = %s", (doc_id,)).fetchone()
        return row is not None and row[0] == content_hash

    def save_document(self, doc: Document) -> None:
        from psycopg.types.json import Jsonb

        record = document_record(doc)
        with self._db.transaction():
            self._db.execute(
                "DELETE FROM links WHERE event_id IN (SELECT event_id FROM events WHERE doc_id = %s)", (doc.doc_id,)
            )
            self._db.execute("DELETE FROM events WHERE doc_id = %s", (doc.doc_id,))
            self._db.execute("DELETE FROM claims WHERE doc_id = %s", (doc.doc_id,))
            self._db.execute(
                "INSERT INTO documents (doc_id, content_hash, source, record) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (doc_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, source = EXCLUDED.source, "
                "record = EXCLUDED.record, stored_at = now()",
                (doc.doc_id, doc.content_hash, doc.source, Jsonb(record)),
            )
            with self._db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO events (event_id, doc_id, record, block, geom) VALUES (%s, %s, %s, %s, "
                    "CASE WHEN %s::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(%s, %s), 4326) END) "
                    "ON CONFLICT (event_id) DO UPDATE SET doc_id = EXCLUDED.doc_id, record = EXCLUDED.record, "
                    "block = EXCLUDED.block, geom = EXCLUDED.geom",
                    [_event_row(doc.doc_id, e) for e in doc.events],
                )
                cursor.executemany(
                    "INSERT INTO claims VALUES (%s, %s, %s) ON CONFLICT (claim_id) DO UPDATE SET "
                    "doc_id = EXCLUDED.doc_id, record = EXCLUDED.record",
                    [(c.claim_id, doc.doc_id, Jsonb(claim_record(c, internal=True))) for c in doc.claims],
                )
            self._db.execute(
                "INSERT INTO copy_keys VALUES (%s, %s, %s, %s, %s) ON CONFLICT (doc_id) DO UPDATE SET "
                "text_key = EXCLUDED.text_key, minhash = EXCLUDED.minhash, facts = EXCLUDED.facts, "
                "feed = EXCLUDED.feed",
                (
                    doc.doc_id,
                    doc.text_key,
                    None if doc.fingerprint is None else Jsonb(doc.fingerprint),
                    Jsonb(doc.facts),
                    doc.feed,
                ),
            )
            self._db.execute("DELETE FROM duplicates WHERE doc_id = %s", (doc.doc_id,))
            self._db.execute("DELETE FROM skipped WHERE source = %s", (doc.source,))

    def record_problem(self, problem: Problem) -> None:
        self._db.execute(
            "INSERT INTO skipped (source, stage, reason) VALUES (%s, %s, %s) "
            "ON CONFLICT (source, stage) DO UPDATE SET reason = EXCLUDED.reason, seen_at = now()",
            (problem.source, problem.stage, problem.reason),
        )

    def document_records(self) -> Iterator[dict[str, Any]]:
        for (record,) in self._db.execute("SELECT record FROM documents ORDER BY doc_id"):
            yield record

    def document_record(self, doc_id: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT record FROM documents WHERE doc_id = %s", (doc_id,)).fetchone()
        return row[0] if row else None

    def event_records(self) -> list[dict[str, Any]]:
        return [r for (r,) in self._db.execute("SELECT record FROM events ORDER BY doc_id, event_id")]

    def claim_records(self) -> list[dict[str, Any]]:
        return [r for (r,) in self._db.execute("SELECT record FROM claims ORDER BY doc_id, claim_id")]

    def save_links(
        self, clusters: dict[str, str], reasons: dict[str, dict[str, Any]] | None = None, *, replace: bool = True
    ) -> None:
        from psycopg.types.json import Jsonb

        reasons = reasons or {}
        with self._db.transaction():
            if replace:
                self._db.execute("DELETE FROM links")
            with self._db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO links VALUES (%s, %s, %s) ON CONFLICT (event_id) DO UPDATE SET "
                    "cluster_id = EXCLUDED.cluster_id, reason = EXCLUDED.reason",
                    [(e, c, Jsonb(reasons[e]) if e in reasons else None) for e, c in sorted(clusters.items())],
                )

    def links(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT event_id, cluster_id FROM links").fetchall())

    def unlinked_event_ids(self) -> list[str]:
        rows = self._db.execute(
            "SELECT e.event_id FROM events e LEFT JOIN links l USING (event_id) WHERE l.event_id IS NULL"
        )
        return [e for (e,) in rows]

    def link_reasons(self, event_ids: list[str]) -> dict[str, dict[str, Any]]:
        rows = self._db.execute(
            "SELECT event_id, reason FROM links WHERE event_id = ANY(%s) AND reason IS NOT NULL", (event_ids,)
        )
        return dict(rows.fetchall())

    def events_in_blocks(self, keys: list[str]) -> list[dict[str, Any]]:
        return [r for (r,) in self._db.execute("SELECT record FROM events WHERE block = ANY(%s)", (sorted(set(keys)),))]

    def event_ids_in_bbox(self, bbox: tuple[float, float, float, float]) -> list[str]:
        """Events located inside min lon, min lat, max lon, max lat (uses the GiST index)."""
        rows = self._db.execute(
            "SELECT event_id FROM events WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) ORDER BY event_id", bbox
        )
        return [e for (e,) in rows]

    def clusters_of(self, event_ids: list[str]) -> dict[str, str]:
        rows = self._db.execute("SELECT event_id, cluster_id FROM links WHERE event_id = ANY(%s)", (event_ids,))
        return dict(rows.fetchall())

    def cluster_members(self, cluster_ids: list[str]) -> dict[str, str]:
        rows = self._db.execute("SELECT event_id, cluster_id FROM links WHERE cluster_id = ANY(%s)", (cluster_ids,))
        return dict(rows.fetchall())

    def event_records_by_id(self, event_ids: list[str]) -> list[dict[str, Any]]:
        return [r for (r,) in self._db.execute("SELECT record FROM events WHERE event_id = ANY(%s)", (event_ids,))]

    def event_ids_of_documents(self, doc_ids: list[str]) -> list[str]:
        rows = self._db.execute("SELECT event_id FROM events WHERE doc_id = ANY(%s) ORDER BY event_id", (doc_ids,))
        return [e for (e,) in rows]

    def claim_records_by_id(self, claim_ids: list[str]) -> list[dict[str, Any]]:
        return [r for (r,) in self._db.execute("SELECT record FROM claims WHERE claim_id = ANY(%s)", (claim_ids,))]

    def document_outlets(self, doc_ids: list[str]) -> dict[str, str | None]:
        rows = self._db.execute("SELECT doc_id, record->>'outlet' FROM documents WHERE doc_id = ANY(%s)", (doc_ids,))
        return dict(rows.fetchall())

    def save_ledger_events(self, records: dict[str, dict[str, Any] | None], *, replace: bool = False) -> None:
        from psycopg.types.json import Jsonb

        with self._db.transaction():
            if replace:
                self._db.execute("DELETE FROM ledger_events")
            with self._db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO ledger_events VALUES (%s, %s) ON CONFLICT (cluster_id) DO UPDATE SET "
                    "record = EXCLUDED.record",
                    [(c, None if r is None else Jsonb(r)) for c, r in sorted(records.items())],
                )

    def ledger_event_records(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT record FROM ledger_events WHERE record IS NOT NULL ORDER BY cluster_id")
        return [r for (r,) in rows]

    def clusters_without_ledger_event(self) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT coalesce(l.cluster_id, e.event_id) AS c FROM events e LEFT JOIN links l USING (event_id) "
            "WHERE NOT EXISTS (SELECT 1 FROM ledger_events x WHERE x.cluster_id = coalesce(l.cluster_id, e.event_id)) "
            "ORDER BY c"
        )
        return [c for (c,) in rows]

    def copy_keys(self) -> Iterator[CopyKeys]:
        for doc_id, key, minhash, facts, feed in self._db.execute(
            "SELECT doc_id, text_key, minhash, facts, feed FROM copy_keys"
        ):
            yield CopyKeys(doc_id, key, minhash, facts, feed)

    def record_duplicate(self, copy: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO duplicates VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (doc_id) DO UPDATE SET "
            "content_hash = EXCLUDED.content_hash, source = EXCLUDED.source, original_id = EXCLUDED.original_id, "
            "similarity = EXCLUDED.similarity, reason = EXCLUDED.reason",
            tuple(copy[k] for k in DUPLICATE_FIELDS),
        )

    def duplicates(self, original_ids: list[str] | None = None) -> list[dict[str, Any]]:
        query = f"SELECT {', '.join(DUPLICATE_FIELDS)} FROM duplicates"
        if original_ids is None:
            rows = self._db.execute(query + " ORDER BY doc_id").fetchall()
        else:
            rows = self._db.execute(query + " WHERE original_id = ANY(%s) ORDER BY doc_id", (original_ids,)).fetchall()
        return [dict(zip(DUPLICATE_FIELDS, row, strict=True)) for row in rows]

    def duplicate_of(self, doc_id: str) -> dict[str, Any] | None:
        query = f"SELECT {', '.join(DUPLICATE_FIELDS)} FROM duplicates WHERE doc_id = %s"
        row = self._db.execute(query, (doc_id,)).fetchone()
        return dict(zip(DUPLICATE_FIELDS, row, strict=True)) if row else None

    def has_duplicate(self, doc_id: str, content_hash: str) -> bool:
        query = "SELECT 1 FROM duplicates WHERE doc_id = %s AND content_hash = %s"
        return self._db.execute(query, (doc_id, content_hash)).fetchone() is not None

    def problems(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT source, stage, reason, seen_at FROM skipped ORDER BY source").fetchall()
        return [{"source": s, "stage": st, "reason": r, "seen_at": t.isoformat()} for s, st, r, t in rows]

    def counts(self) -> dict[str, int]:
        tables = ("documents", "events", "claims", "skipped", "duplicates")
        return {t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # type: ignore[index]

    def save_watch(self, name: str, spec: dict[str, Any]) -> None:
        from psycopg.types.json import Jsonb

        with self._db.transaction():
            self._db.execute("DELETE FROM watch_seen WHERE name = %s", (name,))
            self._db.execute(
                "INSERT INTO watches (name, spec) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET spec = EXCLUDED.spec",
                (name, Jsonb(spec)),
            )

    def remove_watch(self, name: str) -> bool:
        with self._db.transaction():
            return self._db.execute("DELETE FROM watches WHERE name = %s", (name,)).rowcount > 0

    def watches(self) -> dict[str, dict[str, Any]]:
        return dict(self._db.execute("SELECT name, spec FROM watches ORDER BY name").fetchall())

    def watch_seen(self, name: str) -> set[str]:
        return {e for (e,) in self._db.execute("SELECT event_id FROM watch_seen WHERE name = %s", (name,))}

    def mark_seen(self, name: str, event_ids: list[str]) -> None:
        with self._db.transaction(), self._db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO watch_seen VALUES (%s, %s) ON CONFLICT DO NOTHING", [(name, e) for e in event_ids]
            )

    def close(self) -> None:
        self._db.close()


def _event_row(doc_id: str, event: Any) -> tuple[Any, ...]:
    from psycopg.types.json import Jsonb

    location = event.location
    lat = location.lat if location else None
    lon = location.lon if location else None
    return (event.event_id, doc_id, Jsonb(event_record(event, internal=True)), event.block, lat, lon, lat)


def _redact(url: str) -> str:
    """Hide a password in a connection URL before showing it."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else url
