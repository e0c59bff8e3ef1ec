"""FastAPI application: ``create_app(db)``; ``kronika serve`` runs it with uvicorn.

Every error answers in one shape, FastAPI's own: ``{"detail": [{"type", "loc", "msg", ...}]}``. Parameters are
checked strictly (real calendar days, finite boxes inside the globe, known event types, no unknown names), and
every GET route also answers HEAD. ``/docs`` (Swagger UI) and ``/redoc`` are served from the package."""

import hmac
import io
import json
import math
import mimetypes
import os
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kronika import __version__
from kronika.export import ACLED_COLUMNS, acled_rows, geojson, public_source
from kronika.model import Event
from kronika.query import EventFilter, LedgerView
from kronika.serialize import claim_record, event_record

MAX_PAGE = 5000
MAX_BODY_BYTES = 2_000_000  # a POST larger than this is refused before it is read
MAX_INGEST_ARTICLES = 200
REFRESH_SECONDS = 2.0
STATIC_MAX_AGE = 3600  # seconds; static files also carry ETag/Last-Modified, so a stale copy costs one 304
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
# Swagger UI and ReDoc set inline styles and ReDoc starts a worker from a blob; their scripts stay same-origin.
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "worker-src 'self' blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'"
)
ERROR_TYPES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
               413: "too_large", 422: "value_error"}  # fmt: skip
mimetypes.add_type("application/json", ".topojson")


def _event_types() -> tuple[str, ...]:
    schema = resources.files("kronika.contract").joinpath("event.schema.json").read_text(encoding="utf-8")
    return tuple(json.loads(schema)["properties"]["event_type"]["enum"])


EVENT_TYPES = _event_types()


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The API and page over the ledger in ``db``: read-only, unless ``token`` (or $KRONIKA_TOKEN) is set,
    which then opens POST /api/ingest to callers presenting it as a bearer token."""
    token = (token if token is not None else os.environ.get("KRONIKA_TOKEN")) or None  # empty means read-only
    view = LedgerView(db)
    app = FastAPI(
        title="Kronika API",
        version=__version__,
        description="Read-only access to a Kronika event ledger: events, claims, documents, statistics, exports. "
        'Errors: `{"detail": [{"type", "loc", "msg"}]}`; unknown or malformed parameters give 422.',
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(_known_parameters)],
    )
    state = {"checked": time.monotonic()}

    @app.middleware("http")
    async def headers_and_refresh(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return _error_response(413, f"request body above {MAX_BODY_BYTES:,} bytes", ["header", "content-length"])
        if time.monotonic() - state["checked"] > REFRESH_SECONDS:
            view.refresh()
            state["checked"] = time.monotonic()
        response: Response = await call_next(request)
        _add_headers(request.url.path, response)
        return response

    _error_handlers(app)
    _routes(app, view, _filter_dependency(view))
    _exports(app, view, _filter_dependency(view))
    _write_routes(app, view, db, token)
    _pages(app)
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(HeadAsGet)
    return app


def _add_headers(path: str, response: Response) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if path in ("/docs", "/redoc"):
        response.headers["Content-Security-Policy"] = DOCS_CSP
    if path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", f"public, max-age={STATIC_MAX_AGE}")
    else:
        response.headers.setdefault("Cache-Control", "no-cache")  # the ledger changes under a running server


class HeadAsGet:
    """Answer HEAD like GET, without the body (the headers, Content-Length included, are the GET's)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


# ---------- errors: one shape ----------


def _error(status: int, message: str, loc: list[str | int]) -> dict[str, Any]:
    return {"type": ERROR_TYPES.get(status, "error"), "loc": loc, "msg": message}


def _error_response(
    status: int, message: str, loc: list[str | int], headers: Mapping[str, str] | None = None
) -> Response:
    return JSONResponse({"detail": [_error(status, message, loc)]}, status_code=status, headers=headers)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if isinstance(exc.detail, list):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return _error_response(exc.status_code, str(exc.detail), [], exc.headers)


def _not_found(loc: list[str | int], message: str) -> HTTPException:
    return HTTPException(404, [_error(404, message, loc)])


def _invalid(name: str, message: str, value: Any, where: str = "query") -> RequestValidationError:
    return RequestValidationError([{"type": "value_error", "loc": (where, name), "msg": message, "input": value}])


# ---------- parameters ----------


def _known_parameters(request: Request) -> None:
    """Refuse query parameters the route does not take (a misspelt filter would otherwise be ignored silently)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not request.url.path.startswith("/api/"):
        return  # the pages ignore query strings (?utm_source=… on a shared link)
    known: set[str] = set()
    stack = [dependant]
    while stack:
        current = stack.pop()
        known.update(field.alias for field in current.query_params)
        stack.extend(current.dependencies)
    for name in request.query_params:
        if name not in known:
            allowed = ", ".join(sorted(known)) or "none"
            raise _invalid(name, f"unknown parameter (this route takes: {allowed})", request.query_params[name])


def _day(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise _invalid(name, "not a calendar day (YYYY-MM-DD)", value) from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    usage = "must be min_lon,min_lat,max_lon,max_lat: four finite numbers"
    try:
        parts = [float(x) for x in value.split(",")]
    except ValueError:
        raise _invalid("bbox", usage, value) from None
    if len(parts) != 4 or not all(math.isfinite(p) for p in parts):
        raise _invalid("bbox", usage, value)
    min_lon, min_lat, max_lon, max_lat = parts
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise _invalid("bbox", "longitudes must lie in [-180, 180] and latitudes in [-90, 90]", value)
    if min_lon > max_lon or min_lat > max_lat:
        raise _invalid("bbox", "the minimum is above the maximum (min_lon,min_lat,max_lon,max_lat)", value)
    return min_lon, min_lat, max_lon, max_lat


def _types(values: list[str] | None) -> list[str]:
    for value in values or []:
        if value not in EVENT_TYPES:
            raise _invalid("type", f"unknown event type; one of: {', '.join(EVENT_TYPES)}", value)
    return list(values or [])


DateParam = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD, a real day")]
TypeParam = Annotated[
    list[str] | None, Query(alias="type", description=f"ACLED event type, repeatable: {', '.join(EVENT_TYPES)}")
]
TextParam = Annotated[str | None, Query(max_length=200)]
VerificationParam = Annotated[str | None, Query(pattern="^(verified|unverified|unknown)$")]
BboxParam = Annotated[
    str | None, Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat (degrees, minimum first)")
]
CorroborationParam = Annotated[int | None, Query(ge=1, le=1000, description="at least this many distinct outlets")]
WatchParam = Annotated[str | None, Query(max_length=200, description="only the events of this saved watchlist")]


def _filter_dependency(view: LedgerView) -> Callable[..., EventFilter]:
    def event_filter(
        start: DateParam = None, end: DateParam = None, types: TypeParam = None, actor: TextParam = None,
        contested: bool | None = None, verification: VerificationParam = None, q: TextParam = None,
        bbox: BboxParam = None, min_corroboration: CorroborationParam = None, watch: WatchParam = None,
    ) -> EventFilter:  # fmt: skip
        first, last = _day("start", start), _day("end", end)
        if first and last and first > last:
            raise _invalid("end", f"end ({last}) is before start ({first})", end)
        return EventFilter(
            first, last, _types(types), actor, contested, verification, q, _bbox(bbox), min_corroboration,
            _watch_predicate(view, watch),
        )  # fmt: skip

    return event_filter


def _watch_predicate(view: LedgerView, name: str | None) -> Callable[[Event], bool] | None:
    if name is None:
        return None
    from kronika.watch import list_watches

    found = next((w for w in list_watches(view.db) if w.name == name), None)
    if found is None:
        raise _invalid("watch", "no watchlist of that name", name)
    return found.matches


# ---------- read routes ----------


def _routes(app: FastAPI, view: LedgerView, event_filter: Callable[..., EventFilter]) -> None:
    Where = Annotated[EventFilter, Depends(event_filter)]  # evaluated now: no lazy annotations here

    @app.get("/api/events")
    def events(
        where: Where,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Linked events, filtered and paginated (dates, type, actor, contested, verification, text, bbox,
        minimum number of distinct outlets, watchlist)."""
        total, page = view.select(where, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "events": [event_record(e) for e in page]}

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict[str, Any]:
        """One event with its claims, documents (cleaned text) and link explanations."""
        found = view.event(event_id[:100])
        if found is None:
            raise _not_found(["path", "event_id"], f"no event {event_id[:100]!r}")
        return found

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        """A document: cleaned text, removed lines, places, entities, flags. The id of an input recorded as a copy
        gives the document it copies, with ``copy`` (its id, source, similarity and why it is a copy). ``source``
        is the input's URL, or its file name (never a path on the server)."""
        found = view.document(doc_id[:300])
        if found is None:
            raise _not_found(["path", "doc_id"], f"no document {doc_id[:300]!r}")
        return found

    @app.get("/api/claims")
    def claims(event_id: TextParam = None, contested: bool | None = None) -> dict[str, Any]:
        """Attributed statements, optionally of one event (404 when there is no such event) or of contested
        events only."""
        if event_id is not None and view.event_key(event_id) is None:
            raise _not_found(["query", "event_id"], f"no event {event_id!r}")
        return {"claims": [claim_record(c) for c in view.claims(view.event_key(event_id), contested)]}

    _watch_routes(app, view)

    @app.get("/api/stats")
    def stats() -> dict[str, Any]:
        """Counts by type, date range, contested events, and why ingest counted more (merged reports, reports
        that are not events, claims tied to no event)."""
        return view.stats()


def _watch_routes(app: FastAPI, view: LedgerView) -> None:
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
            raise _not_found(["path", "name"], f"no watchlist {name[:200]!r}")
        try:
            events = [e for e in view.events if found.matches(e)]
        except KronikaError as exc:
            raise HTTPException(400, str(exc)) from None
        return {
            "watch": {"name": found.name, **found.spec()},
            "total": len(events),
            "events": [event_record(e) for e in events],
        }


def _exports(app: FastAPI, view: LedgerView, event_filter: Callable[..., EventFilter]) -> None:
    """The downloads take the same filters as /api/events (with none, the whole ledger)."""
    Where = Annotated[EventFilter, Depends(event_filter)]

    def selected(where: EventFilter) -> list[Event]:
        return view.select(where, len(view.events), 0)[1]

    @app.get("/api/events.geojson")
    def events_geojson(where: Where) -> JSONResponse:
        """Located events matching the filters, as a GeoJSON FeatureCollection."""
        return JSONResponse(geojson(selected(where)), media_type="application/geo+json")

    @app.get("/api/export/events.jsonl")
    def export_jsonl(where: Where) -> StreamingResponse:
        """Linked events matching the filters, as JSON Lines (the ledger's events.jsonl)."""
        return StreamingResponse(
            _lines(selected(where)), media_type="application/x-ndjson", headers=_attachment("events.jsonl")
        )

    @app.get("/api/export/events.csv")
    def export_csv(where: Where) -> Response:
        """Linked events matching the filters, with ACLED's columns (``source``: outlet and URL or file name)."""
        import csv

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(acled_rows(selected(where), view.documents))
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=_attachment("events.csv"))


# ---------- pages: the map, and the API docs from packaged assets ----------

DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kronika API — {title}</title><link rel="icon" href="data:,">{head}</head>
<body>{body}</body></html>
"""


def _pages(app: FastAPI) -> None:
    static = resources.files("kronika.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")))

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        head = '<link rel="stylesheet" href="static/vendor/swagger-ui/swagger-ui.css">'
        body = (
            '<div id="swagger-ui" data-spec="openapi.json"></div>'
            '<script src="static/vendor/swagger-ui/swagger-ui-bundle.js"></script>'
            '<script src="static/docs.js"></script>'
        )
        return HTMLResponse(DOCS_PAGE.format(title="Swagger UI", head=head, body=body))

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        body = '<redoc spec-url="openapi.json"></redoc><script src="static/vendor/redoc/redoc.standalone.js"></script>'
        return HTMLResponse(DOCS_PAGE.format(title="ReDoc", head="", body=body))


# ---------- write route ----------


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
        report = _ingest_posted(body, db)
        view.refresh()
        return {
            "read": report.read, "stored": report.stored, "unchanged": report.unchanged,
            "duplicates": report.duplicates, "events": report.events, "claims": report.claims,
            "skipped": [
                {"source": public_source(p.source), "stage": p.stage, "reason": p.reason} for p in report.skipped
            ],
        }  # fmt: skip


def _ingest_posted(body: IngestRequest, db: str) -> Any:
    import tempfile

    from kronika import api

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "posted.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for article in body.articles:
                handle.write(json.dumps(article.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
        return api.ingest([path], db)


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _lines(events: list[Event]) -> Iterator[str]:
    return (json.dumps(event_record(e), ensure_ascii=False) + "\n" for e in events)
