"""Places, session 12: raions and hromadas named by an adjective ("Lozivskyi district", "Korostenska district"), and
a region after a parenthesis ("X district (coded to X), Kharkiv"); sentences of our own, in the style of ACLED notes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.gazetteer.build import distance_km
from kronika.model import Document, Place

Run = Callable[..., Document]


def _near(place: Place, lat: float, lon: float, km: float) -> bool:
    return place.lat is not None and place.lon is not None and distance_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("On 3 June 2022, artillery hit farm buildings in Lozivskyi district, Kharkiv.", 48.89, 36.31),
        ("On 7 May 2022, a missile struck a warehouse in Synelnykivska district, Dnipropetrovsk region.", 48.32, 35.53),
        ("On 2 April 2022, aircraft bombed a bridge in Korostenska district, Zhytomyr.", 50.95, 28.64),
        ("On 9 April 2022, Russian forces shelled Polohivskyi raion, Zaporizhia, damaging houses.", 47.48, 36.25),
    ],
)  # fmt: skip
def test_a_raion_named_by_its_adjective_is_around_its_centre_town(
    run_text: Run, text: str, lat: float, lon: float
) -> None:
    """Lozivskyi is Lozova's raion (not the village Lozivske), Synelnykivska and Korostenska the feminine forms."""
    doc = run_text(text)
    assert doc.events, doc.places
    location = doc.events[0].location
    assert location is not None and location.lat is not None
    assert distance_km(location.lat, location.lon, lat, lon) <= 10, location


@pytest.mark.parametrize(
    ("text", "village", "region"),
    [
        ("On 4 May 2022, Russian forces shelled Lozova district (coded to Lozova), Kharkiv. Casualties unknown.",
         "Lozova", "Kharkiv Oblast"),
        ("On 6 May 2022, rockets hit Shyrokivska territorial community (coded to Shyroke), Dnipropetrovsk.",
         "Shyroke", "Dnipropetrovsk Oblast"),
        ("On 1 June 2022, a car hit a mine between the villages Lypivka and Korolivka (coded to Lypivka), Kyiv.",
         "Lypivka", "Kyiv Oblast"),
    ],
)  # fmt: skip
def test_a_region_after_a_parenthesis_is_the_region_of_the_place_in_it(
    run_text: Run, text: str, village: str, region: str
) -> None:
    """ "X (coded to X), Kharkiv": Kharkiv is X's oblast, not the city, and the event is not put at the city."""
    doc = run_text(text)
    last = doc.places[-1]
    assert (last.name, last.feature) == (region, "region")
    assert all(p.admin1 == region for p in doc.places if p.surface == village)
    assert doc.events and all(e.location is not None and e.location.name != region.split()[0] for e in doc.events)


def test_a_parenthesis_that_is_no_place_leaves_the_city(run_text: Run) -> None:
    doc = run_text("Shelling hit the market (photos below), Kharkiv officials said on 2 May 2022.")
    assert [p.name for p in doc.places if p.surface == "Kharkiv"] == ["Kharkiv"]


def test_a_city_district_by_its_adjective_is_not_a_raion(run_text: Run) -> None:
    """The noun "district" alone, with no region in the sentence, keeps a city district a part of its city."""
    doc = run_text("On 20 May 2022, Russian forces shelled the Saltivskyi district of Kharkiv. Casualties unknown.")
    assert all(_near(p, 49.99, 36.23, 20) for p in doc.places if p.lat is not None), doc.places


def test_a_region_closing_the_sentence_after_a_known_town_outside_it_is_still_a_region(run_text: Run) -> None:
    """ "near Krasnohorivka, Luhansk.": the note names the wrong oblast for a town of 10,000; the event stays at the
    town, not at the city of Luhansk 140 km away."""
    doc = run_text(
        "On 2 June 2022, Russian forces clashed with Ukrainian troops near Krasnohorivka, Luhansk. No losses."
    )
    assert [p.feature for p in doc.places if p.surface == "Luhansk"] == ["region"]
    assert doc.events and all(_near(p, 48.0, 37.5, 10) for p in doc.places if p.surface == "Krasnohorivka")
    assert doc.events[0].location is not None and doc.events[0].location.name == "Krasnohorivka"


def test_a_known_town_before_a_clause_keeps_the_next_city(run_text: Run) -> None:
    doc = run_text(
        "Moscou affirme avoir frappé une brigade près de Koupiansk, Kiev dément toute perte.", date="2024-05-02"
    )
    assert [p.feature for p in doc.places if p.surface == "Kiev"] == ["city"]


def test_a_village_name_is_not_a_city_by_its_former_name(run_text: Run) -> None:
    """Melitopol was once Novooleksandrivka; with villages of that name near the line of contact, a monitoring note
    of 2022 means one of them, not the city 150 km away."""
    doc = run_text("On 12 January 2022, monitors recorded 5 explosions near Novooleksandrivka.", date="2022-01-12")
    place = next(p for p in doc.places if p.surface == "Novooleksandrivka")
    assert place.name != "Melitopol" and not _near(place, 46.85, 35.37, 30)


@pytest.mark.parametrize(("surface", "lat", "lon"), [("Nikolaev", 46.97, 32.0), ("Kiev", 50.45, 30.52)])
def test_a_city_by_its_russian_spelling_is_still_the_city(run_text: Run, surface: str, lat: float, lon: float) -> None:
    doc = run_text(f"Explosions were reported in {surface} overnight, local media said.", date="2022-03-02")
    assert any(p.surface == surface and _near(p, lat, lon, 15) for p in doc.places), doc.places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("On 3 April 2022, Russian soldiers detained the mayor of Dniprorudne, Zaporizhia.", "Dniprorudne"),
        ("On 9 April 2022, occupying forces abducted the head of Kyrylivka village, Zaporizhia.", "Kyrylivka"),
    ],
)
def test_an_office_of_a_town_with_only_its_region_is_the_act_s_place(run_text: Run, text: str, town: str) -> None:
    """The region after the town is the town's own, not another place the act could be at: the event is at the town."""
    doc = run_text(text)
    assert doc.events and doc.events[0].location is not None
    assert doc.events[0].location.name == town, doc.events[0].location


def test_an_office_with_another_place_is_still_the_speaker_s(run_text: Run) -> None:
    doc = run_text("On 2 May 2022, the mayor of Izium, Kharkiv region, said Russian forces shelled Balakliia.")
    assert [p.role for p in doc.places if p.surface == "Izium"] == ["actor"]
