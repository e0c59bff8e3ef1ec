"""Places of ACLED-style notes written here (tests/data/acled_style_notes_2029.jsonl, batch 21, session 13): spellings
of Ukrainian "ьо" as "yo" ("Verkhnyotoretske"), numbered parts of a mining town ("near Zolote-3"), parties named
like villages ("members of Svoboda"), "the river of X", a rayon with ACLED's "[coded to X]", "a Head of X", ships
named after towns in quotes, and plain notes as controls. The gold points are the gazetteer's (GeoNames) for the
place the note is coded to.

Scored before any change of session 13 (on commit 0fc1fab): main event within 10 km 19/30, any place within 10 km
27/30; after the "yo" respelling and numbered parts, members' parties, quoted ships, ACLED's "[coded to X]", "rayon"
and an unread district before its oblast, and "the river of X": 30/30 and 30/30. (Four notes were reworded after the
first scoring so that none follows a development note's wording; the figures are those of the reworded batch.)"""

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
    assert len(NOTES) - len(event_misses) >= 30, event_misses
    assert len(NOTES) - len(place_misses) >= 30, place_misses


def _near(doc: Document, lat: float, lon: float, km: float = 10.0) -> bool:
    located = [e.location for e in doc.events if e.location is not None and e.location.lat is not None]
    return bool(located) and distance_km(located[0].lat, located[0].lon, lat, lon) <= km


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("On 2 May 2024, members of Svoboda picketed the regional administration in Ternopil.", 49.55, 25.59),
        ("On 9 June 2024, members of National Corps and Svoboda rallied in Uzhhorod.", 48.62, 22.3),
        ("Des militants de Svoboda ont manifesté à Loutsk le 3 mars 2024.", 50.75, 25.34),
    ],
)  # fmt: skip
def test_a_party_people_are_members_of_is_no_place(run_text: Any, text: str, lat: float, lon: float) -> None:
    doc = run_text(text)
    assert all(p.lat is None for p in doc.places if p.surface == "Svoboda") and _near(doc, lat, lon), doc.places


@pytest.mark.model
def test_an_oblast_after_a_district_read_by_no_town_is_the_oblast(run_text: Any) -> None:
    """ "Kryvorizkyi district, Dnipropetrovsk": the oblast, not the city of Dnipro by its former name."""
    doc = run_text("On 8 June 2024, Russian drones hit farms in Kryvorizkyi district, Dnipropetrovsk. No casualties.")
    assert [p.feature for p in doc.places if p.surface == "Dnipropetrovsk"] == ["region"]


@pytest.mark.model
def test_members_of_a_town_council_keep_the_town(run_text: Any) -> None:
    doc = run_text("On 3 May 2024, members of the Kharkiv city council gathered in front of the town hall.")
    assert any(p.name == "Kharkiv" for p in doc.places)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # a coding note in brackets, after the place or after a short remark
        ("On 4 April 2024, Russian forces shelled Beryslavskyi rayon, Kherson [coded to Beryslav]. No casualties.",
         46.84, 33.43),
        ("On 8 May 2024, Russian forces fired artillery at Mezhivska community, Dnipropetrovsk. Casualties unknown. "
         "[coded to Mezhova]", 48.25, 36.73),
        # a river named with "river of": neither Donetsk nor a village is hit
        ("On 5 July 2024, Russian forces struck a ferry on the river of Siverskyy Donets near Sviatohirsk, Donetsk.",
         49.04, 37.57),
        # a council named after its town or region is an office; a country is no other place for the act
        ("On 14 May 2024, Russian soldiers detained a former Zaporizhia Regional Council deputy at his home in "
         "Enerhodar, Zaporizhia.", 47.49, 34.66),
        ("On 2 July 2024, soldiers of Russia stopped a Head of Hola Prystan, Kherson, at a checkpoint and took him "
         "away.", 46.53, 32.52),
        # a road named by the towns it joins: the first town, not the region's capital (Donetsk, Dnipro before)
        ("On 4 September 2024, a Russian drone hit a truck on the Kramatorsk-Sloviansk road, Donetsk.", 48.73, 37.57),
        ("On 6 September 2024, a Russian FPV drone struck a minibus on the Nikopol - Marhanets highway, "
         "Dnipropetrovsk. Two civilians were injured.", 47.57, 34.39),
        # a ship named after a town, quoted
        ("On 6 August 2024, Ukrainian forces hit the Russian submarine 'Rostov-on-Don' in Sevastopol, Crimea.",
         44.61, 33.52),
    ],
)  # fmt: skip
def test_conventions_of_batch_21(run_text: Any, text: str, lat: float, lon: float) -> None:
    doc = run_text(text)
    assert _near(doc, lat, lon, km=25), ([(p.surface, p.name, p.role) for p in doc.places], doc.events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 20 March 2024, about 300 relatives of prisoners of war held a rally in central Kiev. [size=hundreds]",
        "On 8 May 2024, veterans and volunteers marched across Kiev carrying flags. [size=thousands]",
    ],
)
def test_a_capital_with_a_part_or_across_before_it_is_where_people_walked(run_text: Any, text: str) -> None:
    """ "in central Kiev", "across Kiev": the city, not its government (the Russian spelling reads as the government
    otherwise)."""
    doc = run_text(text)
    assert [p.role for p in doc.places if p.name == "Kyiv"] == ["location"] and _near(doc, 50.45, 30.52)


@pytest.mark.model
def test_a_region_in_the_headline_does_not_run_into_the_dateline_below(run_text: Any) -> None:
    """A headline ending on "la région de Belgorod" and a dateline "MOSCOU, 10 mars (Agence) --" below it: the
    region's names stop at the line break (they had read "Belgorod MOSCOU" and put the strike in Moscow Oblast)."""
    doc = run_text(
        "Russie : un mort dans une attaque de drone contre un camion dans la région de Belgorod\n\n"
        "MOSCOU, 4 avril (Agence) -- Un civil a été tué lorsqu'un drone ukrainien a frappé un camion près de "
        "Valouïki, a annoncé le gouverneur."
    )
    assert not any(p.admin1 == "Moscow Oblast" and p.role in ("location", "near") for p in doc.places), doc.places
    assert _near(doc, 50.21, 38.1, km=25), doc.events


@pytest.mark.model
def test_a_country_owning_an_office_is_still_another_place(run_text: Any) -> None:
    """ "Russia's Belgorod governor said…": the office is the governor's, no act at Belgorod; only a country after
    "of" ("soldiers of Russia") names who acted and leaves the office's town as the best guess."""
    doc = run_text("On 12 March 2024, Russia's Belgorod governor said residents of several villages were evacuated.")
    assert [p.role for p in doc.places if p.name == "Belgorod"] == ["actor"], doc.places
