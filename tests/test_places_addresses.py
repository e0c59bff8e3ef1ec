"""Places, session 11: addresses closed by a country, names on their own line, towns with a French article, facilities
of Russia's rear, places located by a town after an apposition (sentences of our own, in the style of real outlets)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.gazetteer.build import distance_km
from kronika.model import Document, Place

Run = Callable[..., Document]


def _near(place: Place, lat: float, lon: float, km: float) -> bool:
    return place.lat is not None and place.lon is not None and distance_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "village", "region"),
    [
        (
            "On 4 March 2025, Russian forces retook Martynovka, Sudzhanskiy raion, Kursk, Russia, after fighting.",
            "Martynovka",
            "Kursk Oblast",
        ),
        (
            "On 9 May 2024, Russian forces shelled Yunakivka, Sumskyi raion, Sumy, Ukraine. No casualties.",
            "Yunakivka",
            "Sumy Oblast",
        ),
        (
            "On 2 June 2024, Ukrainian drones struck Glushkovo, Kursk, Russia, damaging a school.",
            "Glushkovo",
            "Kursk Oblast",
        ),
    ],
)
def test_a_country_after_the_region_closes_an_address(run_text: Run, text: str, village: str, region: str) -> None:
    """ "X, Kursk, Russia": Kursk is X's oblast, not a third item of a list (nor the city), and X is in Russia."""
    doc = run_text(text, date=text[3:14])
    by_surface = {p.surface: p for p in doc.places}
    named_region = next(p for p in doc.places if p.surface in region.split())
    assert (named_region.name, named_region.feature) == (region, "region")
    assert by_surface[village].admin1 == region


def test_a_list_of_places_before_a_country_is_still_a_list(run_text: Run) -> None:
    doc = run_text(
        "Russian missiles hit Kharkiv, Dnipro and Zaporizhzhia, Ukraine's air force said.", date="2024-05-02"
    )
    assert {p.name for p in doc.places if p.feature != "country"} >= {"Kharkiv", "Dnipro"}


def test_a_name_never_runs_across_a_line_break(run_text: Run) -> None:
    """A section heading ending with the name, and the paragraph opening with it: two mentions of the whole name."""
    doc = run_text(
        "L'armée de l'air a abattu 30 missiles.\nNeuf morts à Kryvyï Rih\nÀ Kryvyï Rih, un missile a frappé une usine.",
        date="2024-07-08",
    )
    assert [p.surface for p in doc.places] == ["Kryvyï Rih", "Kryvyï Rih"]
    assert all(_near(p, 47.91, 33.39, 10) for p in doc.places)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Le Buk a été détruit par une frappe de HIMARS près de Pokrovsk.", "Buk"),
        ("Selon la marine, le Grad a été repéré sur la rive gauche.", "Grad"),
        ("Les images montrent le Tor juste avant l'impact du drone.", "Tor"),
    ],
)
def test_a_town_name_after_a_french_article_is_a_thing(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-09-30")
    assert not [p for p in doc.places if p.surface == surface and p.lat is not None]


def test_regions_and_rivers_keep_their_article(run_text: Run) -> None:
    doc = run_text("Le Donbass et la Crimée restent occupés ; les troupes ont franchi le Dniepr.", date="2024-03-01")
    assert {p.name for p in doc.places} >= {"Autonomous Republic of Crimea"}
    assert all(p.role == "other" for p in doc.places if p.surface == "Dniepr")


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Le terminal méthanier de Vysotsk, dans le nord-ouest de la Russie, a pris feu.", 60.63, 28.57),
        ("Ukrainian drones hit the Vysotsk LNG terminal overnight, Russian media reported.", 60.63, 28.57),
    ],
)
def test_a_facility_the_war_strikes_may_be_in_russias_rear(run_text: Run, text: str, lat: float, lon: float) -> None:
    doc = run_text(text, date="2024-08-05")
    assert any(p.surface == "Vysotsk" and _near(p, lat, lon, 10) for p in doc.places), doc.places


def test_a_village_of_the_same_name_is_still_the_ukrainian_one_without_a_facility(run_text: Run) -> None:
    doc = run_text("Des débris de drone sont tombés sur une maison de Vysotsk, dans la région de Rivne.")
    assert any(p.surface == "Vysotsk" and p.admin1 == "Rivne Oblast" for p in doc.places)


@pytest.mark.parametrize(
    "text",
    [
        "Les combats se poursuivent autour de Piatykhatky, au sud de Zaporijjia.",
        "Les combats se poursuivent autour de Piatykhatky, un village du bord du réservoir, au sud de Zaporijjia.",
        "Fighting went on around Piatykhatky, a village on the reservoir shore, south of Zaporizhzhia.",
    ],
)
def test_a_place_located_by_a_town_is_its_namesake_close_to_that_town(run_text: Run, text: str) -> None:
    """Not the Dnipropetrovsk town of 18,000 (120 km off) when a village of the name lies 35 km from the town named."""
    doc = run_text(text, date="2023-06-20")
    place = next(p for p in doc.places if p.surface == "Piatykhatky")
    assert place.admin1 == "Zaporizhzhia Oblast"


def test_a_reservoir_with_an_adjective_is_water(run_text: Run) -> None:
    doc = run_text("Des soldats ont traversé le réservoir asséché de Kakhovka près de Vasylivka.", date="2024-02-11")
    assert all(p.role == "other" for p in doc.places if p.surface == "Kakhovka")
