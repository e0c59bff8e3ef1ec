"""Events stage, building: a sentence's clauses, and an event made from a clause, its cue and its place.

An event gets its place, date window, actors and the toll its clause states; its evidence is the sentence, and its
verification the paragraph's (read once per paragraph).
"""

from __future__ import annotations

import functools
import hashlib
import itertools

from kronika.model import Document, Event, Evidence, Location, Place, Sentence
from kronika.stages.event_dates import Window
from kronika.stages.event_tolls import earlier_act_toll_dropped
from kronika.stages.event_typing import Clause, Cue, cue_lexicon, event_actors, refine_subtype, territory_subtype
from kronika.stages.event_typing_structure import civilians_attacked, demonstration_by_size
from kronika.stages.flags import verification_of
from kronika.tolls import casualties

__all__ = ["add_evidence", "clauses", "make_event"]


def clauses(doc: Document, sentence: Sentence, index: int) -> list[Clause]:
    text = doc.text[sentence.start : sentence.end].replace("’", "'")
    cuts = [0, *(m.start() for m in cue_lexicon()["splits"].finditer(text)), len(text)]
    clauses = []
    for start, end in itertools.pairwise(cuts):
        if end > start:
            clauses.append(Clause(sentence.start + start, sentence.start + end, text[start:end], sentence, index))
    return clauses


def make_event(doc: Document, clause: Clause, cue: Cue, place: Place, window: Window | None) -> Event:
    cue = civilians_attacked(clause.text, cue, place.start - clause.start)  # "17 civils tués lors d'une attaque"
    location = Location(
        name=place.name or place.surface,
        lat=place.lat or 0.0,
        lon=place.lon or 0.0,
        country=place.country,
        admin1=place.admin1,
        geo_precision=place.precision,
    )
    sub = territory_subtype(doc, clause, place) if cue.sub == "territory" else cue.sub
    fatalities, injuries = casualties(earlier_act_toll_dropped(clause.text, cue.pattern))
    event = Event(
        event_id=_event_id(doc, clause, place),
        doc_ids=[doc.doc_id],
        event_type=cue.event_type,
        sub_event_type=sub,
        date=window[0] if window else None,
        date_end=window[1] if window else None,
        time_precision=window[2] if window else None,
        location=location,
        actors=event_actors(doc, clause, cue, place),
        fatalities=fatalities,
        injuries=injuries,
        verification=_verification(doc, clause.sentence),
        dated_by_publication=bool(window and window.by_publication),
    )
    add_evidence(doc, event, clause.sentence)
    refine_subtype(event, doc.text[clause.sentence.start : clause.sentence.end])
    demonstration_by_size(event, doc.text)
    return event


def _event_id(doc: Document, clause: Clause, place: Place) -> str:
    key = f"{doc.doc_id}|{doc.content_hash}|{clause.start}|{place.start}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def add_evidence(doc: Document, event: Event, sentence: Sentence) -> None:
    if any(e.start == sentence.start and e.doc_id == doc.doc_id for e in event.evidence):
        return
    event.evidence.append(Evidence(doc.doc_id, sentence.start, sentence.end, doc.text[sentence.start : sentence.end]))


def _verification(doc: Document, sentence: Sentence) -> str:
    paragraph = [s for s in doc.sentences if s.paragraph == sentence.paragraph]
    text = doc.text[paragraph[0].start : paragraph[-1].end] if paragraph else ""
    return _paragraph_verification(text) or "unknown"


@functools.lru_cache(maxsize=1024)
def _paragraph_verification(text: str) -> str | None:
    """A paragraph's verification is read once, however many events it tells."""
    return verification_of(text)
