"""The places stage, run through the whole pipeline on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.gazetteer.build import distance_km
from kronika.model import Document, Place

pytestmark = pytest.mark.model

Run = Callable[..., Document]


def place(doc: Document, surface: str) -> Place:
    found = [p for p in doc.places if p.surface == surface]
    assert found, f"no place {surface!r} in {[(p.surface, p.name) for p in doc.places]}"
    return found[0]


def within(p: Place, lat: float, lon: float, km: float) -> bool:
    assert p.lat is not None and p.lon is not None
    return distance_km(p.lat, p.lon, lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Une frappe de drone a touché Koupiansk mardi.", "Koupiansk"),
        ("A drone hit Kupiansk on Tuesday, the governor said.", "Kupiansk"),
    ],
)
def test_transliterated_town_resolves(run_text: Run, text: str, surface: str) -> None:
    koupiansk = place(run_text(text), surface)
    assert within(koupiansk, 49.71, 37.62, 15)
    assert koupiansk.country == "UA"
    assert koupiansk.admin1 == "Kharkiv Oblast"
    assert koupiansk.role == "location"
    assert koupiansk.precision == "point"
    assert koupiansk.surface == surface


def test_place_offsets_point_at_the_surface(run_text: Run) -> None:
    doc = run_text("Une frappe de drone a touché Koupiansk mardi.")
    koupiansk = place(doc, "Koupiansk")
    assert doc.text[koupiansk.start : koupiansk.end] == "Koupiansk"


@pytest.mark.parametrize(
    "text",
    [
        "Antonivka, un village de la région de Kherson, a de nouveau été bombardé dans la nuit.",
        "Des tirs ont visé Antonivka, un village de la région de Kherson, selon les autorités locales.",
        "Russian artillery shelled Antonivka, a village in the Kherson region, overnight.",
    ],
)
def test_region_in_the_sentence_picks_the_candidate_there(run_text: Run, text: str) -> None:
    doc = run_text(text)
    antonivka = place(doc, "Antonivka")
    assert antonivka.country == "UA"
    assert antonivka.admin1 == "Kherson Oblast"
    kherson = place(doc, "Kherson")
    assert kherson.feature == "region"
    assert kherson.precision == "region"
    assert kherson.name == "Kherson Oblast"


@pytest.mark.parametrize(
    "text",
    [
        "Des combats se poursuivent à 30 km au nord de Kharkiv, selon l'état-major.",
        "The fighting is now 30 km north of Kharkiv, the general staff said.",
    ],
)
def test_distance_anchor_is_a_reference(run_text: Run, text: str) -> None:
    kharkiv = place(run_text(text), "Kharkiv")
    assert kharkiv.role == "reference"
    assert within(kharkiv, 49.98, 36.25, 15)


def test_plain_kharkiv_is_a_location(run_text: Run) -> None:
    kharkiv = place(run_text("Des combats se poursuivent au nord de Kharkiv, selon l'état-major."), "Kharkiv")
    assert kharkiv.role == "location"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Moscou a accusé Kiev d'avoir orchestré l'attaque.", "Moscou", "Kiev"),
        ("Moscow accused Kyiv of staging the attack.", "Moscow", "Kyiv"),
    ],
)
def test_capitals_as_governments_are_actors(run_text: Run, text: str, first: str, second: str) -> None:
    doc = run_text(text)
    moscow, kyiv = place(doc, first), place(doc, second)
    assert moscow.role == "actor"
    assert moscow.country == "RU"
    assert kyiv.role == "actor"
    assert kyiv.country == "UA"
    assert within(kyiv, 50.45, 30.52, 15)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("L'armée russe a mené des frappes sur Kiev dans la nuit.", "Kiev"),
        ("Les sirènes ont retenti à Kiev pendant trois heures.", "Kiev"),
        ("Explosions were heard in Kyiv overnight.", "Kyiv"),
    ],
)
def test_capital_after_a_locative_is_a_location(run_text: Run, text: str, surface: str) -> None:
    kyiv = place(run_text(text), surface)
    assert kyiv.role == "location"
    assert kyiv.name == "Kyiv"
    assert within(kyiv, 50.45, 30.52, 15)


def test_person_with_surname_is_not_a_place(run_text: Run) -> None:
    doc = run_text("Selon Olena Kovalenko, infirmière à Kharkiv, l'hôpital a été touché.")
    assert [p.surface for p in doc.places] == ["Kharkiv"]


def test_person_first_name_after_a_number_is_not_a_place(run_text: Run) -> None:
    doc = run_text("Olena, 54, spent the night in the basement of her building in Kharkiv.")
    assert "Olena" not in [p.surface for p in doc.places]


@pytest.mark.parametrize(
    "text",
    [
        "Olena, une habitante du quartier, a raconté la nuit passée dans la cave.",
        "« Nous avons tout perdu », raconte Olena, une habitante de Kharkiv.",
        "“We lost everything,” said Olena, a nurse in Kharkiv.",
    ],
)
def test_bare_first_name_is_not_a_place(run_text: Run, text: str) -> None:
    doc = run_text(text)
    assert "Olena" not in [p.surface for p in doc.places]
    assert all(p.country != "LV" for p in doc.places)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Freedom of Russia Legion claimed a raid into the Belgorod region.",
        "Le Freedom of Russia Legion a revendiqué une incursion dans la région de Belgorod.",
    ],
)
def test_country_inside_a_group_name_is_not_a_place(run_text: Run, text: str) -> None:
    doc = run_text(text)
    assert "Russia" not in [p.surface for p in doc.places]
    belgorod = place(doc, "Belgorod")
    assert belgorod.country == "RU"
    assert belgorod.feature == "region"


def test_every_place_is_resolved(run_text: Run) -> None:
    doc = run_text(
        "Des drones ont visé Odessa et Kharkiv dans la nuit, tandis que la région de Zaporijjia a été bombardée."
    )
    assert {p.surface for p in doc.places} >= {"Odessa", "Kharkiv", "Zaporijjia"}
    for p in doc.places:
        assert p.name and p.lat is not None and p.lon is not None and p.country
        assert p.role in ("location", "reference", "actor", "part_of_name")
        assert p.precision in ("point", "near", "region", "country")
    assert place(doc, "Odessa").country == "UA"
