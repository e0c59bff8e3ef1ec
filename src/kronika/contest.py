"""Which event a claim is about, and when claims make an event contested (the rule is in docs/claims.md)."""

from __future__ import annotations

import functools
import re

from kronika.data import load_json
from kronika.model import Claim, Document, Event
from kronika.stages.events import best_cue, casualties


@functools.cache
def _mutual_blame_pattern() -> re.Pattern[str]:
    words = load_json("claims.json")["mutual_blame"]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


def linked_event(doc: Document, claim: Claim) -> str | None:
    """The event a claim is about: same sentence, else a place it names, else the nearest event of its kind."""
    for event in doc.events:
        if any(e.start < claim.end and claim.start < e.end for e in event.evidence):
            return event.event_id
    text = claim.text
    for event in doc.events:
        if event.location and any(p.surface in text and p.name == event.location.name for p in doc.places):
            return event.event_id
    cue = best_cue(text.replace("’", "'"))
    if cue is None:
        return None
    paragraph = _paragraph_at(doc, claim.start)
    same_kind = [
        e
        for e in doc.events
        if e.event_type == cue.event_type
        and abs(_paragraph_at(doc, e.evidence[0].start) - paragraph) <= 3
        and _dates_compatible(doc, claim, e)
    ]
    if not same_kind:
        return None
    return min(same_kind, key=lambda e: abs(e.evidence[0].start - claim.start)).event_id


def _paragraph_at(doc: Document, offset: int) -> int:
    return next((s.paragraph for s in doc.sentences if s.start <= offset < s.end), -1)


def _dates_compatible(doc: Document, claim: Claim, event: Event) -> bool:
    """A claim dated by its own sentence cannot be about an event of another time."""
    sentence = next((s for s in doc.sentences if s.start <= claim.start < s.end), None)
    if sentence is None or not event.date:
        return True
    mentions = [d for d in doc.dates if sentence.start <= d.start < sentence.end and d.precision != "year"]
    if not mentions:
        return True
    return any(m.date <= (event.date_end or event.date) and event.date <= m.date_end for m in mentions)


def claims_about(event: Event, claims: list[Claim], doc: Document) -> list[Claim]:
    """Claims linked to the event, plus unplaced claims on the same kind of event in the document."""
    about = [c for c in claims if c.event_id == event.event_id]
    for claim in claims:
        if claim in about:
            continue
        if _cue_type(claim.text) == event.event_type and not _names_a_place(claim, doc):
            about.append(claim)
    return about


@functools.lru_cache(maxsize=4096)
def _cue_type(text: str) -> str | None:
    """The event type a claim's words speak of (cached: asked once per event of the document)."""
    cue = best_cue(text.replace("’", "'"))
    return cue.event_type if cue is not None else None


def _names_a_place(claim: Claim, doc: Document) -> bool:
    return any(claim.start <= p.start < claim.end and p.precision in ("point", "near") for p in doc.places)


def is_contested(claims: list[Claim]) -> bool:
    """Contradicting claims: one source asserts what another (of another side) denies, counts differ,
    or opposite sides blame each other."""
    if any(mutual_blame(c) for c in claims):
        return True  # "chaque partie accuse l'autre", "s'accusent mutuellement"
    for a in claims:
        for b in claims:
            if a.source == b.source or (a.side is not None and a.side == b.side):
                continue
            if a.stance in ("assert", "accuse") and b.stance == "deny":
                return True
            if a.stance == b.stance == "accuse" and a.side and b.side:
                return True
            if a.side and b.side and _counts_differ(a.text, b.text):
                return True  # a different count from a neutral source is not a contest
    return False


def mutual_blame(claim: Claim) -> bool:
    """ "Chaque partie accuse l'autre", "s'accusent mutuellement", "traded blame"."""
    return bool(_mutual_blame_pattern().search(claim.text.replace("’", "'")))


def _counts_differ(a: str, b: str) -> bool:
    first, second = casualties(a), casualties(b)
    return any(x is not None and y is not None and x != y for x, y in zip(first, second, strict=True))
