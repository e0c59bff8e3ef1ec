"""A read model of the ledger for the API and views: linked events, claims and documents, with filters."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kronika.export import ledger, public_source
from kronika.gazetteer.keys import translit_key
from kronika.linking import complete_ledger
from kronika.model import Claim, Event
from kronika.registry import fold
from kronika.serialize import claim_record, event_record
from kronika.store import open_store

_NEUTRAL = "neutral"  # the registry's side of wires, NGOs and international bodies


@dataclass(slots=True)
class EventFilter:
    start: str | None = None  # events whose window ends on or after this day
    end: str | None = None  # … and starts on or before this day
    types: list[str] = field(default_factory=list)
    actor: str | None = None
    contested: bool | None = None
    verification: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    min_corroboration: int | None = None  # at least this many distinct outlets
    watch: Callable[[Event], bool] | None = None  # a saved watchlist's test

    def accepts(self, event: Event, haystack: str, skeletons: frozenset[str] = frozenset()) -> bool:
        if self.min_corroboration and len(event.outlets or []) < self.min_corroboration:
            return False
        if self.start and (event.date_end or event.date or "") < self.start:
            return False
        if self.end and (event.date or "9999") > self.end:
            return False
        if self.types and event.event_type not in self.types:
            return False
        if self.contested is not None and event.contested != self.contested:
            return False
        if self.verification and event.verification != self.verification:
            return False
        if self.actor and fold(self.actor) not in fold(" ".join(a.name for a in event.actors)):
            return False
        if self.text and not _text_matches(fold(self.text), haystack, skeletons):
            return False
        if self.watch is not None and not self.watch(event):
            return False
        return self.bbox is None or _inside(event, self.bbox)


_VOWELS = re.compile(r"[aeiouy]")


@functools.lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """A spelling-variant key for search: the transliteration key without its inner vowels, so that Kharkov and
    Kharkiv, Kiev and Kyiv, Koupiansk and Kupyansk, Zaporozhye and Zaporizhzhia agree."""
    key = re.sub(r"[^a-z]", "", translit_key(word))
    return key[:1] + _VOWELS.sub("", key[1:])


def _text_matches(query: str, haystack: str, skeletons: frozenset[str]) -> bool:
    """The folded query is in the text, or each of its words is, or (for words of 4 letters or more) is a spelling
    variant of one of the text's words."""
    if query in haystack:
        return True
    return all(word in haystack or _variant_of(word, skeletons) for word in query.split())


def _variant_of(word: str, skeletons: frozenset[str]) -> bool:
    if len(word) < 4 or not skeletons:
        return False
    key = skeleton(word)
    if len(key) < 2:
        return False
    return key in skeletons or (len(key) >= 4 and any(s.startswith(key) for s in skeletons))


def _inside(event: Event, bbox: tuple[float, float, float, float]) -> bool:
    if event.location is None:
        return False
    min_lon, min_lat, max_lon, max_lat = bbox
    return min_lon <= event.location.lon <= max_lon and min_lat <= event.location.lat <= max_lat


class LedgerView:
    """The linked ledger held in memory, reloaded when the store changes."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._version: tuple[int, ...] | None = None
        self.documents: dict[str, dict[str, Any]] = {}
        self.copies: dict[str, tuple[str, dict[str, Any]]] = {}  # a copy's id -> (its original's id, the copy)
        self.events: list[Event] = []
        self.events_by_id: dict[str, Event] = {}
        self.claims_by_event: dict[str, list[Claim]] = {}
        self.links: dict[str, str] = {}
        self.reasons: dict[str, dict[str, Any]] = {}
        self._haystacks: dict[str, str] = {}
        self._skeletons: dict[str, frozenset[str]] = {}
        self._stored: dict[str, int] = {}
        self.refresh()

    def refresh(self) -> None:
        store = open_store(self.db)
        try:
            counts = store.counts()
            version = (*counts.values(), len(store.links()))
            if version == self._version:
                return
            complete_ledger(store)  # a ledger from an older Kronika gets its merged events once
            documents, events, claims = ledger(store)
            links = store.links()
            reasons = store.link_reasons(list(links))
        finally:
            store.close()
        with self._lock:
            self._load(documents, events, claims, links, reasons)
            self._version = version
            self._stored = dict(counts)

    def _load(self, documents: list[dict[str, Any]], events: list[Event], claims: list[Claim],
              links: dict[str, str], reasons: dict[str, dict[str, Any]]) -> None:  # fmt: skip
        self.documents = {d["doc_id"]: _public(d) for d in documents}
        self.copies = {c["doc_id"]: (d["doc_id"], c) for d in documents for c in d.get("copies", [])}
        self.events = sorted(events, key=lambda e: (e.date or "9999", e.event_id))
        self.events_by_id = {e.event_id: e for e in events}
        by_id = {c.claim_id: c for c in claims}
        self.claims_by_event = {e.event_id: [by_id[c] for c in e.claim_ids if c in by_id] for e in events}
        self.links, self.reasons = links, reasons
        self._haystacks = {e.event_id: fold(_searchable(e)) for e in events}
        self._skeletons = {key: frozenset(map(skeleton, set(text.split()))) for key, text in self._haystacks.items()}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A document by its id; for a copy's id, the document it copies, with ``copy`` saying so."""
        if doc_id in self.documents:
            return self.documents[doc_id]
        original_id, copy = self.copies.get(doc_id, (None, None))
        if original_id is None or original_id not in self.documents:
            return None
        return {**self.documents[original_id], "copy": copy}

    def event_key(self, event_id: str | None) -> str | None:
        """The id of the linked event that ``event_id`` names (itself, or the event it was merged into)."""
        if event_id is None:
            return None
        key = self.links.get(event_id, event_id)
        return key if key in self.events_by_id else None

    def select(self, where: EventFilter, limit: int, offset: int) -> tuple[int, list[Event]]:
        matching = [
            e for e in self.events if where.accepts(e, self._haystacks[e.event_id], self._skeletons[e.event_id])
        ]
        return len(matching), matching[offset : offset + limit]

    def event(self, event_id: str) -> dict[str, Any] | None:
        event = self.events_by_id.get(self.links.get(event_id, event_id))
        if event is None:
            return None
        members = [m for m, c in self.links.items() if c == event.event_id]
        return {
            "event": event_record(event),
            "claims": [claim_record(c) for c in self.claims_by_event.get(event.event_id, [])],
            "documents": [self.documents[d] for d in event.doc_ids if d in self.documents],
            "links": {m: self.reasons[m] for m in members if m in self.reasons},
        }

    def claims(self, event_id: str | None = None, contested: bool | None = None) -> list[Claim]:
        found = []
        for owner, claims in self.claims_by_event.items():
            event = self.events_by_id.get(owner)
            if event_id and owner != event_id:
                continue
            if contested is not None and (event is None or event.contested != contested):
                continue
            found.extend(claims)
        return found

    def _hidden_counts(self, claims: int) -> dict[str, int]:
        """Why the store (and ingest's summary) counts more: event reports merged into another event, reports that
        are not events (opinion or generated text only), claims tied to no event of the ledger."""
        merged = sum(1 for member, into in self.links.items() if member != into)
        stored_events, stored_claims = self._stored.get("events", 0), self._stored.get("claims", 0)
        return {
            "reports_merged": merged,
            "reports_not_events": max(0, stored_events - len(self.events) - merged),
            "claims_without_event": max(0, stored_claims - claims),
        }

    def stats(self) -> dict[str, Any]:
        by_type: dict[str, int] = {}
        for event in self.events:
            by_type[event.event_type] = by_type.get(event.event_type, 0) + 1
        dates = [e.date for e in self.events if e.date]
        claims = sum(len(c) for c in self.claims_by_event.values())
        return {
            "documents": len(self.documents),
            "events": len(self.events),
            "claims": claims,
            **self._hidden_counts(claims),
            "contested": sum(e.contested for e in self.events),
            "single_outlet": sum(len(e.outlets or []) == 1 for e in self.events),
            "single_party": sum(_single_party(self.claims_by_event.get(e.event_id, [])) for e in self.events),
            "unclaimed": sum(not self.claims_by_event.get(e.event_id) for e in self.events),
            "by_type": by_type,
            "first_date": min(dates) if dates else None,
            "last_date": max(dates) if dates else None,
        }


def _public(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the API shows it: where it came from as a URL or a file name, never a server path."""
    shown = dict(document)
    if "source" in shown:
        shown["source"] = public_source(shown["source"])
    if "sources" in shown:
        shown["sources"] = [public_source(s) for s in shown["sources"]]
    if "copies" in shown:
        shown["copies"] = [{**c, "source": public_source(c["source"])} for c in shown["copies"]]
    return shown


def _single_party(claims: list[Claim]) -> bool:
    """Every claim about the event comes from one party (one side, or one source when sides are unknown); a neutral
    voice (a wire, the newsroom's own "could not be verified") is no party and leaves the event resting on one."""
    sides = {c.side or c.source for c in claims if c.side != _NEUTRAL}
    return len(sides) == 1


def _searchable(event: Event) -> str:
    parts = [event.summary, event.event_type, event.sub_event_type or ""]
    parts += [event.location.name if event.location else "", *(a.name for a in event.actors)]
    parts += [e.text for e in event.evidence]
    return " ".join(parts)
