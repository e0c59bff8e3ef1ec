"""FastAPI application: ``create_app(db)``; ``kronika serve`` runs it with uvicorn."""

from __future__ import annotations

import hmac
import io
import json
import os
import time
from importlib import resources
from typing import Annotated, Any

from fastapi import FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from kronika import __version__
from kronika.export import ACLED_COLUMNS, acled_rows, geojson
from kronika.query import EventFilter, LedgerView
from kronika.serialize import claim_record, event_record

MAX_PAGE = 5000
MAX_BODY_BYTES = 2_000_000  # a POST larger than this is refused before it is read
MAX_INGEST_ARTICLES = 200
REFRESH_SECONDS = 2.0
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The API and page over the ledger in ``db``: read-only, unless ``token`` (or $KRONIKA_TOKEN) is set,
    which then opens POST /api/ingest to callers presenting it as a bearer token."""
    token = (token if token is not None else os.environ.get("KRONIKA_TOKEN")) or None  # empty means read-only
    view = LedgerView(db)
    app = FastAPI(
        title="Kronika API",
        version=__version__,
        description="Read-only access to a Kronika event ledger: events, claims, documents, statistics, exports.",
    )
    state = {"checked": time.monotonic()}

    @app.middleware("http")
    async def headers_and_refresh(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse({"detail": f"request body above {MAX_BODY_BYTES:,} bytes"}, status_code=413)
        if time.monotonic() - state["checked"] > REFRESH_SECONDS:
            view.refresh()
            state["checked"] = time.monotonic()
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/docs"):
            response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"  # Swagger UI needs inline code
        return response

    _routes(app, view)
    _write_routes(app, view, db, token)
    static = resources.files("kronika.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")))

    return app


def _filter(
    start: str | None, end: str | None, types: list[str] | None, actor: str | None, contested: bool | None,
    verification: str | None, q: str | None, bbox: str | None, min_corroboration: int | None = None,
) -> EventFilter:  # fmt: skip
    box = None
    if bbox:
        try:
            parts = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            raise HTTPException(422, "bbox must be min_lon,min_lat,max_lon,max_lat") from None
        if len(parts) != 4:
            raise HTTPException(422, "bbox must be min_lon,min_lat,max_lon,max_lat")
        box = (parts[0], parts[1], parts[2], parts[3])
    return EventFilter(start, end, types or [], actor, contested, verification, q, box, min_corroboration)


DateParam = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
TypeParam = Annotated[list[str] | None, Query(alias="type", description="ACLED event type (repeatable)")]
TextParam = Annotated[str | None, Query(max_length=200)]
VerificationParam = Annotated[str | None, Query(pattern="^(verified|unverified|unknown)$")]
BboxParam = Annotated[str | None, Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat")]


def _routes(app: FastAPI, view: LedgerView) -> None:
    @app.get("/api/events")
    def events(
        start: DateParam = None, end: DateParam = None, types: TypeParam = None, actor: TextParam = None,
        contested: bool | None = None, verification: VerificationParam = None, q: TextParam = None,
        bbox: BboxParam = None, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0, min_corroboration: Annotated[int | None, Query(ge=1, le=1000)] = None,
    ) -> dict[str, Any]:  # fmt: skip
        """Linked events, filtered and paginated (dates, type, actor, contested, verification, text, bbox,
        minimum number of distinct outlets)."""
        where = _filter(start, end, types, actor, contested, verification, q, bbox, min_corroboration)
        total, page = view.select(where, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "events": [event_record(e) for e in page]}

    @app.get("/api/events.geojson")
    def events_geojson(
        start: DateParam = None, end: DateParam = None, types: TypeParam = None, actor: TextParam = None,
        contested: bool | None = None, verification: VerificationParam = None, q: TextParam = None,
        bbox: BboxParam = None,
    ) -> JSONResponse:  # fmt: skip
        """Located events as a GeoJSON FeatureCollection."""
        where = _filter(start, end, types, actor, contested, verification, q, bbox)
        _, page = view.select(where, len(view.events), 0)
        return JSONResponse(geojson(page), media_type="application/geo+json")

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict[str, Any]:
        """One event with its claims, documents (cleaned text) and link explanations."""
        found = view.event(event_id[:100])
        if found is None:
            raise HTTPException(404, f"no event {event_id[:100]!r}")
        return found

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        """A document: cleaned text, removed lines, places, entities, flags. The id of an input recorded as a copy
        gives the document it copies, with ``copy`` (its id, source, similarity and why it is a copy)."""
        found = view.document(doc_id[:300])
        if found is None:
            raise HTTPException(404, f"no document {doc_id[:300]!r}")
        return found

    @app.get("/api/claims")
    def claims(event_id: TextParam = None, contested: bool | None = None) -> dict[str, Any]:
        """Attributed statements, optionally of one event or of contested events only."""
        return {"claims": [claim_record(c) for c in view.claims(event_id, contested)]}

    @app.get("/api/watches")
    def watches() -> dict[str, Any]:
        """Saved watchlists (area, types, start date)."""
        from kronika.watch import list_watches

        return {"watches": [{"name": w.name, **w.spec()} for w in list_watches(view.db)]}

    @app.get("/api/watches/{name}/events")
    def watch_view(name: str) -> dict[str, Any]:
        """Every event in a watchlist's area since its start date: the saved view for ceasefire monitoring."""
        from kronika.errors import KronikaError
        from kronika.watch import list_watches

        found = next((w for w in list_watches(view.db) if w.name == name[:200]), None)
        if found is None:
            raise HTTPException(404, f"no watchlist {name[:200]!r}")
        try:
            events = [e for e in view.events if found.matches(e)]
        except KronikaError as exc:
            raise HTTPException(400, str(exc)) from None
        return {
            "watch": {"name": found.name, **found.spec()},
            "total": len(events),
            "events": [event_record(e) for e in events],
        }

    @app.get("/api/stats")
    def stats() -> dict[str, Any]:
        """Counts by type, date range, contested events."""
        return view.stats()

    @app.get("/api/export/events.jsonl")
    def export_jsonl() -> StreamingResponse:
        """Every linked event as JSON Lines (the ledger's events.jsonl)."""
        lines = (json.dumps(event_record(e), ensure_ascii=False) + "\n" for e in view.events)
        return StreamingResponse(lines, media_type="application/x-ndjson", headers=_attachment("events.jsonl"))

    @app.get("/api/export/events.csv")
    def export_csv() -> Response:
        """Every linked event with ACLED's columns."""
        import csv

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(acled_rows(view.events, view.documents))
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=_attachment("events.csv"))


class IngestArticle(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=5_000_000)
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$")


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


def _write_routes(app: FastAPI, view: LedgerView, db: str, token: str | None) -> None:
    @app.post("/api/ingest", status_code=202)
    def ingest(body: IngestRequest, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Ingest articles (JSON) into the ledger. Needs the server's token: `Authorization: Bearer TOKEN`."""
        if token is None:
            raise HTTPException(403, "this server is read-only (start it with KRONIKA_TOKEN to allow ingest)")
        presented = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(presented.encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})
        import tempfile

        from kronika import api

        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "posted.jsonl")
            with open(path, "w", encoding="utf-8") as handle:
                for article in body.articles:
                    handle.write(json.dumps(article.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
            report = api.ingest([path], db)
        view.refresh()
        return {
            "read": report.read, "stored": report.stored, "unchanged": report.unchanged,
            "duplicates": report.duplicates, "events": report.events, "claims": report.claims,
            "skipped": [{"source": p.source, "stage": p.stage, "reason": p.reason} for p in report.skipped],
        }  # fmt: skip


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}
