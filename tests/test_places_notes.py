"""Places of ACLED-style notes written here (tests/data/acled_style_notes_2029.jsonl, batch 21, session 13): spellings
of Ukrainian "ьо" as "yo" ("Verkhnyotoretske"), numbered parts of a mining town ("near Zolote-3"), parties named
like villages ("members of Svoboda"), "the river of X", a rayon with ACLED's "[coded to X]", "a Head of X", ships
named after towns in quotes, and plain notes as controls. The gold points are the gazetteer's (GeoNames) for the
place the note is coded to.

Scored before any change of session 13: main event within 10 km 18/30, any place within 10 km 27/30. After the
"yo" respelling and numbered parts (gazetteer lookup): 21/30 and 30/30."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import DATA
from kronika.gazetteer.build import distance_km
from kronika.model import Document
from kronika.pipeline import Pipeline

NOTES = [
    json.loads(line)
    for line in (DATA / "acled_style_notes_2029.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
_PRECISION = {"point": 0, "near": 1, "region": 2, "country": 3}


def _main_event_km(doc: Document, note: dict[str, Any]) -> float | None:
    """Distance of the main event (the most precise location, then the first) from the note's point, as scored."""
    located = [e.location for e in doc.events if e.location is not None and e.location.lat is not None]
    if not located:
        return None
    main = min(located, key=lambda loc: _PRECISION.get(loc.geo_precision, 4))
    return distance_km(main.lat, main.lon, note["lat"], note["lon"])


def score_notes(pipeline: Pipeline, notes: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """The notes whose main event, and those none of whose places, lie within 10 km of the gold point."""
    docs = [Document(doc_id=f"n{i}", source="notes", raw=note["text"], header={}) for i, note in enumerate(notes)]
    done = pipeline.run_batch(docs, lambda stage, doc, exc: pytest.fail(f"{stage}: {exc}"))
    event_misses, place_misses = [], []
    for note, doc in zip(notes, done, strict=True):
        km = _main_event_km(doc, note)
        if km is None or km > 10:
            event_misses.append(f"{note['kind']}: {note['place']}")
        if not any(p.lat is not None and distance_km(p.lat, p.lon, note["lat"], note["lon"]) <= 10 for p in doc.places):
            place_misses.append(f"{note['kind']}: {note['place']}")
    return event_misses, place_misses


@pytest.mark.model
def test_places_of_batch_21_notes(pipeline: Pipeline) -> None:
    event_misses, place_misses = score_notes(pipeline, NOTES)
    assert len(NOTES) == 30 and {note["kind"] for note in NOTES} >= {"nyo", "numbered", "members", "control"}
    assert len(NOTES) - len(event_misses) >= 21, event_misses
    assert len(NOTES) - len(place_misses) >= 30, place_misses
