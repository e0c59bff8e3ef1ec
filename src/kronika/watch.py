"""Watchlists: an area (bounding box or region), optional event types and a start date, checked for new events."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kronika.errors import KronikaError
from kronika.export import ledger
from kronika.linking import complete_ledger
from kronika.model import Event
from kronika.query import EventFilter
from kronika.store import open_store


@dataclass(slots=True)
class Watch:
    name: str
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    admin1: str | None = None  # a first-level region, as events name it ("Kharkiv Oblast")
    types: list[str] = field(default_factory=list)
    since: str | None = None  # YYYY-MM-DD: only events on or after this day

    def matches(self, event: Event) -> bool:
        where = EventFilter(start=self.since, types=self.types, bbox=self.bbox)
        if not where.accepts(event, ""):
            return False
        if self.admin1 is None:
            return True
        location = event.location
        return location is not None and self.admin1 in (location.admin1, location.name)

    def spec(self) -> dict[str, Any]:
        spec = asdict(self)
        spec.pop("name")
        return spec


def add_watch(db: str, watch: Watch) -> None:
    if watch.bbox is None and watch.admin1 is None:
        raise KronikaError("a watchlist needs an area: --bbox min_lon,min_lat,max_lon,max_lat or --admin1 REGION")
    store = open_store(db)
    try:
        store.save_watch(watch.name, watch.spec())
    finally:
        store.close()


def remove_watch(db: str, name: str) -> bool:
    store = open_store(db)
    try:
        return store.remove_watch(name)
    finally:
        store.close()


def list_watches(db: str) -> list[Watch]:
    store = open_store(db)
    try:
        return [_watch(name, spec) for name, spec in store.watches().items()]
    finally:
        store.close()


def watch_events(db: str, name: str) -> list[Event]:
    """Every linked event in the watched area (the saved view), oldest first."""
    store = open_store(db)
    try:
        watch = _find(store, name)
        complete_ledger(store)
        _, events, _ = ledger(store)
    finally:
        store.close()
    return sorted((e for e in events if watch.matches(e)), key=lambda e: e.date or "")


def check_watches(db: str, names: list[str] | None = None) -> dict[str, list[Event]]:
    """Events new to each watchlist since its last check; they are then marked as seen."""
    store = open_store(db)
    try:
        complete_ledger(store)
        _, events, _ = ledger(store)
        links = store.links()
        members: dict[str, list[str]] = {}
        for member, cluster in links.items():
            members.setdefault(cluster, []).append(member)
        found: dict[str, list[Event]] = {}
        for name, spec in store.watches().items():
            if names and name not in names:
                continue
            watch, seen = _watch(name, spec), store.watch_seen(name)
            new = [e for e in events if watch.matches(e) and not set(members.get(e.event_id, [e.event_id])) & seen]
            store.mark_seen(name, [m for e in new for m in members.get(e.event_id, [e.event_id])])
            found[name] = sorted(new, key=lambda e: e.date or "")
        return found
    finally:
        store.close()


def _find(store: Any, name: str) -> Watch:
    specs = store.watches()
    if name not in specs:
        raise KronikaError(f"no watchlist {name!r}; `kronika watch list` shows them")
    return _watch(name, specs[name])


def _watch(name: str, spec: dict[str, Any]) -> Watch:
    bbox = spec.get("bbox")
    return Watch(
        name, tuple(bbox) if bbox else None, spec.get("admin1"), list(spec.get("types") or []), spec.get("since")
    )  # type: ignore[arg-type]
