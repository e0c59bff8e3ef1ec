"""The ``kronika`` command: a thin shell over :mod:`kronika.api`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kronika.config import DEFAULT_DB, Settings
from kronika.errors import KronikaError

app = typer.Typer(help="Turn war reporting into a geolocated, evidence-backed event ledger.", no_args_is_help=True)
gazetteer_app = typer.Typer(help="The offline place index.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
watch_app = typer.Typer(
    help="Watchlists: new events in an area (a ceasefire line, a border district).", no_args_is_help=True
)
app.add_typer(watch_app, name="watch")
console = Console()
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="SQLite file path or postgresql:// URL.", envvar="KRONIKA_DB")]


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl); folders are read recursively.")
    ],
    db: DbOption = DEFAULT_DB,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    engine: Annotated[str, typer.Option(help="local (one process) or dask (a cluster).")] = "local",
    workers: Annotated[int, typer.Option(help="Dask workers of the LocalCluster started for this run.")] = 2,
    scheduler: Annotated[
        str | None, typer.Option(help="Address of an existing dask-scheduler (tcp://host:8786).")
    ] = None,
) -> None:
    """Read, process and store articles; re-ingesting the same input changes nothing."""
    from kronika import api

    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet,
        transient=True,
    ) as bar:
        task = bar.add_task("ingest", total=None)
        report = _run(
            lambda: api.ingest(
                paths,
                settings=Settings.from_env(db=db),
                engine=engine,
                workers=workers,
                scheduler=scheduler,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        )
    console.print(
        f"read {report.read} · stored {report.stored} · unchanged {report.unchanged} · "
        f"skipped {len(report.skipped)} · events {report.events} · claims {report.claims} · {report.seconds:.1f} s"
    )
    for problem in report.skipped:
        console.print(f"  [yellow]skipped[/] {problem.source} [{problem.stage}]: {problem.reason}")
    if report.read and not (report.stored or report.unchanged):
        err.print("[red]error:[/] no document could be processed; see the reasons above")
        raise typer.Exit(1)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="Folder for documents.jsonl, events.jsonl, claims.jsonl.")],
    db: DbOption = DEFAULT_DB,
    csv: Annotated[bool, typer.Option("--csv", help="Also write events.csv with ACLED's columns.")] = False,
    geojson: Annotated[bool, typer.Option("--geojson", help="Also write events.geojson.")] = False,
) -> None:
    """Write the ledger, validated against the contract's JSON Schemas."""
    from kronika import api

    report = _run(lambda: api.export(db, out, csv=csv, geojson=geojson))
    console.print(f"wrote {report.documents} documents, {report.events} events, {report.claims} claims to {report.out}")


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Show at most this many events (0: all).")] = 0,
) -> None:
    """Print the event table."""
    from kronika import api

    rows = _run(lambda: api.events(db))
    wide = console.width >= 140
    table = Table(title=f"{len(rows)} events", show_lines=False)
    table.add_column("date", no_wrap=True)
    table.add_column("what", overflow="ellipsis", no_wrap=True, max_width=38 if wide else 24)
    table.add_column("where", overflow="ellipsis", no_wrap=True, max_width=24 if wide else 18)
    if wide:
        table.add_column("actors", overflow="ellipsis", no_wrap=True, max_width=48)
    table.add_column("k/i", no_wrap=True, justify="right")
    table.add_column("docs", justify="right", no_wrap=True)
    table.add_column("flags", no_wrap=True)
    for event in sorted(rows, key=lambda e: e.date or "")[: limit or None]:
        location = event.location
        where = (
            f"{location.name}{'' if location.geo_precision == 'point' else f' ({location.geo_precision})'}"
            if location
            else ""
        )
        flags = ("C" if event.contested else "") + {"verified": "V", "unverified": "U"}.get(event.verification, "")
        cells = [_short_date(event), event.sub_event_type or event.event_type, where]
        if wide:
            cells.append(", ".join(a.name for a in event.actors))
        cells += [f"{_num(event.fatalities) or '-'}/{_num(event.injuries) or '-'}", str(len(event.doc_ids)), flags]
        table.add_row(*cells)
    console.print(table)
    console.print(
        "[dim]k/i: killed/injured · flags: C contested, V media verified, U unverified · "
        "`kronika event ID` shows one event[/]"
    )


def _short_date(event: Any) -> str:
    if not event.date:
        return "?"
    if event.time_precision == "month":
        return event.date[:7]
    if event.time_precision == "year":
        return event.date[:4]
    return event.date + ("+" if event.date_end and event.date_end != event.date else "")


@app.command()
def claims(
    db: DbOption = DEFAULT_DB,
    contested: Annotated[
        bool, typer.Option("--contested", help="Only events whose claims contradict each other.")
    ] = False,
) -> None:
    """Print who says what, side by side for each event."""
    from kronika import api

    groups = _run(lambda: api.claims_by_event(db, contested_only=contested))
    for event, about in groups:
        title = event.summary if event else "Claims about no detected event"
        badge = " [red]CONTESTED[/]" if event and event.contested else ""
        table = Table(title=title + badge, title_justify="left", show_lines=True, expand=True)
        table.add_column("source", ratio=1)
        table.add_column("stance", min_width=6)
        table.add_column("claim", ratio=4)
        table.add_column("document", ratio=1)
        for claim in about:
            style = {"deny": "red", "accuse": "yellow"}.get(claim.stance, "")
            source = (
                claim.source if claim.source == claim.source_surface else f"{claim.source}\n({claim.source_surface})"
            )
            table.add_row(source, f"[{style}]{claim.stance}[/]" if style else claim.stance, claim.text, claim.doc_id)
        console.print(table)
    if not groups:
        console.print("no claims" + (" on contested events" if contested else ""))


@app.command()
def geocode(
    name: Annotated[str, typer.Argument(help="A place name as written (any language or spelling).")],
    context: Annotated[
        list[str] | None, typer.Option("--context", "-c", help="A region the text mentions (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many candidates.")] = 10,
) -> None:
    """Show the candidates a place name resolves to, with their scores."""
    from kronika.resources import Resources
    from kronika.stages.places import geocode as rank

    ranked = _run(lambda: rank(name, Resources().gazetteer, context or []))
    table = Table(title=f"{name}: {len(ranked)} candidates")
    for column in (
        "score",
        "conf.",
        "name",
        "kind",
        "precision",
        "admin1",
        "country",
        "lat",
        "lon",
        "population",
        "id",
    ):
        table.add_column(column)
    for item in ranked[:limit]:
        c = item.candidate
        table.add_row(
            f"{item.score:.2f}",
            f"{item.confidence:.2f}",
            c.name,
            c.kind,
            c.precision,
            c.admin1 or "",
            c.country,
            f"{c.lat:.4f}",
            f"{c.lon:.4f}",
            str(c.population or ""),
            c.id,
        )
    console.print(table)
    if not ranked:
        raise typer.Exit(1)


@app.command()
def relink(db: DbOption = DEFAULT_DB) -> None:
    """Rebuild every cross-document event link from scratch."""
    from kronika import api

    clusters = _run(lambda: api.relink(db))
    linked = len(clusters) - len(set(clusters.values()))
    console.print(f"{len(clusters)} events, {len(set(clusters.values()))} after linking ({linked} merged)")


@app.command("event")
def event_detail(
    event_id: Annotated[str, typer.Argument(help="An event id from events.jsonl.")], db: DbOption = DEFAULT_DB
) -> None:
    """Show one event: its fields, evidence, claims, and why its reports were linked."""
    from kronika import api

    found = _run(lambda: api.event_detail(db, event_id))
    if found is None:
        err.print(f"[red]error:[/] no event {event_id} in {db}")
        raise typer.Exit(1)
    event, claims, reasons = found
    console.print(f"[bold]{event.event_id}[/]  {event.summary}")
    location = event.location
    console.print(
        f"type: {event.event_type} / {event.sub_event_type}   date: {_date_text(event.date, event.date_end)} "
        f"({event.time_precision})   place: {location.name if location else '?'} "
        f"({location.geo_precision if location else ''})   verification: {event.verification}"
        + ("   [red]contested[/]" if event.contested else "")
    )
    console.print("documents: " + ", ".join(event.doc_ids))
    for evidence in event.evidence:
        console.print(f"  [dim]{evidence.doc_id}[{evidence.start}:{evidence.end}][/] {evidence.text}")
    for claim in claims:
        console.print(f"  claim ({claim.stance}) [bold]{claim.source}[/]: {claim.text}")
    for member, reason in sorted(reasons.items()):
        console.print(
            f"  link {member} → {reason['linked_to']}: {reason['relation']}, {reason['distance_km']} km, "
            f"dates overlap {reason['date_overlap_days']} d, {reason['shared_actors']} shared actors"
        )


@app.command("document")
def document_detail(
    doc_id: Annotated[str, typer.Argument(help="A document id, or the id of an input recorded as a copy.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one document (or, for a copy's id, the document it copies): source, date, encoding, copies."""
    from kronika import api

    found = _run(lambda: api.document(db, doc_id))
    if found is None:
        err.print(f"[red]error:[/] no document or copy with id {doc_id} in {db}")
        raise typer.Exit(1)
    copy = found.get("copy")
    if copy:
        console.print(
            f"{doc_id} is a copy ({copy['reason']}, similarity {copy['similarity']}) of {found['doc_id']}; "
            f"it came from {copy['source']}"
        )
    console.print(f"[bold]{found['doc_id']}[/]  {found.get('title') or ''}")
    published = found.get("published") or {}
    console.print(
        f"source: {found['source']}   published: {published.get('date') or '?'} ({published.get('precision')})   "
        f"language: {found.get('language')}   encoding: {found.get('encoding', 'utf-8')}"
    )
    for other in found.get("copies", []):
        console.print(f"  copy {other['doc_id']} ({other['reason']}, {other['similarity']}) from {other['source']}")
    console.print(found.get("text", "")[:600])


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the read-only API (/api, OpenAPI at /docs) and the map/timeline page."""
    import uvicorn

    from kronika.web.app import create_app

    application = _run(lambda: create_app(db))
    console.print(f"Kronika on http://{host}:{port}/  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def stats(db: DbOption = DEFAULT_DB) -> None:
    """How much of the ledger rests on one outlet, on one party's claims, or is contested."""
    from kronika.query import LedgerView

    figures = _run(lambda: LedgerView(db).stats())
    table = Table(title=f"{figures['events']} events from {figures['documents']} documents")
    table.add_column("measure")
    table.add_column("events", justify="right")
    for label, key in (
        ("reported by a single outlet", "single_outlet"),
        ("resting on one party's claims only", "single_party"),
        ("contested", "contested"),
        ("with no claim at all", "unclaimed"),
    ):
        table.add_row(label, str(figures[key]))
    for event_type, count in sorted(figures["by_type"].items()):
        table.add_row(f"type: {event_type}", str(count))
    console.print(table)


@watch_app.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="A name for the watchlist.")],
    db: DbOption = DEFAULT_DB,
    bbox: Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")] = None,
    admin1: Annotated[str | None, typer.Option(help="A first-level region, e.g. 'Kharkiv Oblast'.")] = None,
    types: Annotated[list[str] | None, typer.Option("--type", help="An ACLED event type (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after this day (YYYY-MM-DD).")] = None,
) -> None:
    """Watch an area for new events (checked with `kronika watch check`)."""
    from kronika.watch import Watch, add_watch

    box = None
    if bbox:
        parts = [float(x) for x in bbox.split(",")]
        if len(parts) != 4:
            err.print("[red]error:[/] --bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
            raise typer.Exit(2)
        box = (parts[0], parts[1], parts[2], parts[3])
    _run(lambda: add_watch(db, Watch(name, box, admin1, types or [], since)))
    console.print(f"watching {name}")


@watch_app.command("list")
def watch_list(db: DbOption = DEFAULT_DB) -> None:
    """The watchlists of this ledger."""
    from kronika.watch import list_watches

    for watch in _run(lambda: list_watches(db)):
        console.print(f"{watch.name}: {watch.spec()}")


@watch_app.command("remove")
def watch_remove(name: str, db: DbOption = DEFAULT_DB) -> None:
    """Forget a watchlist."""
    from kronika.watch import remove_watch

    if not _run(lambda: remove_watch(db, name)):
        err.print(f"[red]error:[/] no watchlist {name!r}")
        raise typer.Exit(1)


@watch_app.command("check")
def watch_check(names: Annotated[list[str] | None, typer.Argument()] = None, db: DbOption = DEFAULT_DB) -> None:
    """Print the events that are new to each watchlist since its last check."""
    from kronika.watch import check_watches

    for name, events in _run(lambda: check_watches(db, names)).items():
        console.print(f"[bold]{name}[/]: {len(events)} new event{'s' if len(events) != 1 else ''}")
        for event in events:
            console.print(f"  {event.event_id}  {event.summary}")


@gazetteer_app.command("build")
def gazetteer_build(
    path: Annotated[
        Path | None, typer.Option(help="Where to write the index (default: inside the environment).")
    ] = None,
) -> None:
    """(Re)build the offline place index from installed packages."""
    from kronika.gazetteer.build import build_gazetteer

    target = path or Settings.from_env().gazetteer_path
    counts = _run(lambda: build_gazetteer(target, progress=lambda message: err.print(f"[dim]{message}")))
    console.print(
        f"gazetteer: {counts['cities']} populated places, {counts['regions']} countries and regions → {target}"
    )


def _date_text(start: str | None, end: str | None) -> str:
    if not start:
        return "?"
    return start if not end or end == start else f"{start}…{end}"


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def _run(call):  # type: ignore[no-untyped-def]
    try:
        return call()
    except KronikaError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def main() -> None:
    app()
