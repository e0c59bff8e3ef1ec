"""Gazetteer name keys and the built offline index."""

from __future__ import annotations

import pytest

from kronika.gazetteer.build import distance_km
from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold, numbered_stem, respellings, translit_key
from kronika.resources import Resources


@pytest.mark.parametrize(
    "spellings",
    [
        ["Koupiansk", "Kupiansk", "Kupyansk", "Купянськ", "Куп'янськ", "Купянск"],
        ["Chebekino", "Shebekino", "Шебекино"],
        ["Soudja", "Sudzha", "Суджа"],
        ["Tchernihiv", "Chernihiv", "Чернігів"],
    ],
    ids=lambda spellings: spellings[0],
)
def test_translit_key_agrees_across_spellings(spellings: list[str]) -> None:
    keys = {translit_key(spelling) for spelling in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(translit_key, spellings), strict=True))
    assert keys.pop()


def test_translit_key_keeps_different_places_apart() -> None:
    assert translit_key("Kharkiv") != translit_key("Kherson")
    assert translit_key("Soumy") != translit_key("Soudja")
    assert translit_key("Koupiansk") != translit_key("Kramatorsk")


def test_translit_key_ignores_case_accents_and_spacing() -> None:
    assert translit_key("  KOUPIANSK ") == translit_key("koupiansk")
    assert translit_key("Zaporijjia") == translit_key("Zaporijjia".upper())


def test_fold() -> None:
    assert fold("  Crimée ") == "crimee"
    assert fold("Bila  Tserkva") == "bila tserkva"
    assert fold("Kryvyi-Rih") == "kryvyi rih"
    assert fold("L’viv") == fold("L'viv") == "l'viv"


# --- the built index ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gazetteer(resources: Resources) -> Gazetteer:
    return resources.gazetteer


def near(candidate: Candidate, lat: float, lon: float, km: float = 15.0) -> bool:
    return distance_km(candidate.lat, candidate.lon, lat, lon) <= km


@pytest.mark.model
def test_lookup_kharkiv(gazetteer: Gazetteer) -> None:
    cities = [c for c in gazetteer.lookup("Kharkiv") if c.kind == "city" and c.country == "UA"]
    assert cities, gazetteer.lookup("Kharkiv")
    city = cities[0]
    assert near(city, 49.98, 36.25)
    assert city.admin1 == "Kharkiv Oblast"
    assert city.population > 1_000_000


@pytest.mark.model
def test_lookup_odessa_includes_the_ukrainian_city(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.lookup("Odessa")
    ukrainian = [c for c in candidates if c.kind == "city" and c.country == "UA"]
    assert ukrainian, candidates
    assert near(ukrainian[0], 46.48, 30.73)
    # the Ukrainian city outranks its namesakes elsewhere
    cities = [c for c in candidates if c.kind == "city"]
    assert cities[0].country == "UA"


@pytest.mark.model
def test_region_belgorod(gazetteer: Gazetteer) -> None:
    region = gazetteer.region("Belgorod")
    assert region is not None
    assert region.kind == "region"
    assert region.country == "RU"
    assert "Belgorod" in region.name


@pytest.mark.model
def test_region_of_a_city(gazetteer: Gazetteer) -> None:
    city = next(c for c in gazetteer.lookup("Kharkiv") if c.kind == "city")
    region = gazetteer.region_of(city)
    assert region is not None
    assert region.kind == "region"
    assert region.name == "Kharkiv Oblast"


@pytest.mark.model
def test_region_unknown_is_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.region("Xqzwvplk") is None


@pytest.mark.model
def test_lookup_crimee(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.lookup("Crimée")
    assert candidates
    crimea = candidates[0]
    assert crimea.kind == "region"
    assert crimea.country == "UA"
    assert "Crimea" in crimea.name
    assert near(crimea, 45.0, 34.1, km=150)


@pytest.mark.model
def test_lookup_by_transliteration_key(gazetteer: Gazetteer) -> None:
    for spelling in ("Koupiansk", "Kupiansk", "Купянськ"):
        candidates = [c for c in gazetteer.lookup(spelling) if c.kind == "city" and c.country == "UA"]
        assert candidates, spelling
        assert near(candidates[0], 49.71, 37.62), spelling


@pytest.mark.model
def test_lookup_is_accent_and_case_insensitive(gazetteer: Gazetteer) -> None:
    assert [c.id for c in gazetteer.lookup("kharkiv")] == [c.id for c in gazetteer.lookup("KHARKIV")]


@pytest.mark.model
def test_lookup_unknown_is_empty(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Xqzwvplk") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("spelling", "lat", "lon"),
    [("Verkhnyotoretske", 48.22, 37.87), ("Nyzhnyoteple", 48.80, 39.35), ("Verkhnyoshyrokivske", 47.19, 38.05)],
)
def test_a_soft_sign_before_o_written_yo_finds_the_place(
    gazetteer: Gazetteer, spelling: str, lat: float, lon: float
) -> None:
    """The Ukrainian "ньо" romanised "nyo" (not the Russian "ё" the key reads in "yo"), tried when nothing else is."""
    candidates = [c for c in gazetteer.lookup(spelling) if c.country == "UA"]
    assert candidates and near(candidates[0], lat, lon, km=5), spelling


@pytest.mark.model
def test_a_yo_that_finds_a_place_as_written_is_not_respelled(gazetteer: Gazetteer) -> None:
    assert {c.name for c in gazetteer.lookup("Tryokhizbenka")} == {c.name for c in gazetteer.lookup("Trokhizbenka")}
    assert respellings("Verkhnyotoretske") == ["verkhnotoretske"] and respellings("Kharkiv") == []


@pytest.mark.model
@pytest.mark.parametrize("spelling", ["Zolote-3", "Zolote 5", "zolote-1"])
def test_a_numbered_part_of_a_town_is_the_town_near(gazetteer: Gazetteer, spelling: str) -> None:
    candidates = [c for c in gazetteer.lookup(spelling) if c.admin1 == "Luhansk Oblast"]
    assert candidates and all(c.precision == "near" for c in candidates)
    assert near(candidates[0], 48.70, 38.52, km=3)


@pytest.mark.parametrize("name", ["Kh-101", "S-300", "Tu-22", "Iskander-M", "Zolote-35", "Zolote"])
def test_only_a_single_digit_after_a_name_makes_a_numbered_part(name: str) -> None:
    assert numbered_stem(name) is None
    assert numbered_stem("Zolote-4") == "zolote"


# --- the shipped Ukrainian extracts (GeoNames postal, admin centroids) and Russian-style names -----------------------


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Оленівка", "Оленовка"),
        ("Покровське", "Покровское"),
        ("Олександрівка", "Александровка"),
        ("Нова Каховка", "Новая Каховка"),
        ("Мирне", "Мирное"),
        ("Миколаївка", "Николаевка"),
        ("Іванівське", "Ивановское"),
        ("Тоненьке", "Тоненькое"),  # a neuter adjective keeps its Russian ending
        ("Золоте", "Золотое"),
        ("Світле", "Светлое"),
        ("Гуляйполе", "Гуляйполе"),  # but "-поле" stays
        ("Кліщіївка", "Клещеевка"),  # roots whose Ukrainian і or о is a Russian е or а
        ("Роботине", "Работино"),
        ("Піщане", "Песчаное"),
        ("Поліське", "Полесское"),
    ],
)
def test_russian_style_names(ukrainian: str, russian: str) -> None:
    from kronika.gazetteer.register import russian_style

    assert translit_key(russian_style(ukrainian)) == translit_key(russian)


@pytest.mark.parametrize(("ukrainian", "russian"), [("Вербове", "Вербовое"), ("Лобкове", "Лобковое")])
def test_a_name_in_ove_has_both_russian_forms(ukrainian: str, russian: str) -> None:
    from kronika.gazetteer.register import russian_style

    assert translit_key(russian_style(ukrainian)) == translit_key(russian[:-2] + "о")  # the possessive -ово
    assert translit_key(russian_style(ukrainian, neuter=True)) == translit_key(russian)


@pytest.mark.model
@pytest.mark.parametrize(
    ("russian", "oblast"),
    [("Rabotino", "Zaporizhzhia Oblast"), ("Kleshcheyevka", "Donetsk Oblast"), ("Lobkovoye", "Zaporizhzhia Oblast")],
)
def test_russian_spellings_of_front_villages_find_them(gazetteer: Gazetteer, russian: str, oblast: str) -> None:
    assert oblast in {c.admin1 for c in gazetteer.lookup(russian) if c.country == "UA"}


def test_shipped_extracts_load() -> None:
    from kronika.gazetteer.extracts import admin_units, postal_points

    units = admin_units()
    assert {u.level for u in units.values()} == {"oblast", "raion", "hromada"}
    assert units["UA14"].name_en == "Donetska"
    assert len([u for u in units.values() if u.level == "hromada"]) > 1400
    points = postal_points()
    assert len(points) > 20_000
    assert any(p.precise for found in points.values() for p in found)
    assert any(not p.precise for found in points.values() for p in found)  # accuracy 1 stays approximate


@pytest.mark.model
def test_village_cities500_lacks_is_a_point_from_postal(gazetteer: Gazetteer) -> None:
    found = [c for c in gazetteer.lookup("Dublianka") if c.admin1 == "Kharkiv Oblast"]
    assert found
    assert any(c.id.startswith("katottg:") and c.precision == "point" and near(c, 49.95, 35.35, 5) for c in found)


@pytest.mark.model
def test_russian_style_spelling_finds_the_ukrainian_village(gazetteer: Gazetteer) -> None:
    found = [c for c in gazetteer.lookup("Pokrovskoye") if c.country == "UA"]
    assert {"Donetsk Oblast", "Dnipropetrovsk Oblast"} <= {c.admin1 for c in found}


@pytest.mark.model
def test_spelling_variant_keeps_namesakes_with_exact_forms(gazetteer: Gazetteer) -> None:
    """An exact alternate name of one place does not hide the namesakes spelled another way."""
    regions = {c.admin1 for c in gazetteer.lookup("Vodyane") if c.country == "UA"}
    assert len(regions) >= 3


def test_front_lines_rank_namesakes() -> None:
    from kronika.stages.places import front_distance_km

    assert front_distance_km(48.59, 38.00) < 10  # Bakhmut
    assert front_distance_km(49.84, 24.03) > 300  # Lviv
    assert front_distance_km(50.60, 36.59) < 20  # Belgorod, on the Russian side of the border


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("close to the village of Zhovtneve, Bakhmut district", "Zhovtneve"),
        ("Kurakhove town (outskirts)", "Kurakhove"),
        ("on the highway between two checkpoints", None),
    ],
)
def test_ucdp_place_descriptions_yield_a_settlement_name(description: str, name: str | None) -> None:
    from kronika.gazetteer.extracts import _ucdp_name

    assert _ucdp_name(description) == name


def test_airport_codes_are_not_names() -> None:
    from kronika.gazetteer.build import _code

    assert _code("SEA") and _code("UKKK")
    assert not _code("Kyiv") and not _code("Lviv") and not _code("Ruse")


@pytest.mark.model
def test_a_common_word_does_not_reach_a_city_through_its_airport_code(gazetteer: Gazetteer) -> None:
    assert not [c for c in gazetteer.lookup("Sea") if c.name == "Seattle"]


def test_near_spellings_inside_a_named_region(gazetteer: Gazetteer) -> None:
    """A Russian spelling the rules miss (Камышеваха for Комишуваха) meets the village once its region is named."""
    luhansk = gazetteer.region("Luhansk")
    assert luhansk is not None
    assert not [c for c in gazetteer.lookup("Kamyshevakha") if c.admin1 == "Luhansk Oblast"]
    found = gazetteer.near_spellings("Kamyshevakha", luhansk)
    assert found and all(c.admin1 == "Luhansk Oblast" and c.quality == "key" for c in found)
    assert any(near(c, 48.70, 38.39) for c in found)
    assert gazetteer.near_spellings("Yasne", luhansk) == []  # too short to be told from another name
    assert gazetteer.near_spellings("Kamyshevakha", gazetteer.region("Lviv") or luhansk) == []


def test_only_postal_point_of_a_name_in_a_wide_hromada(gazetteer: Gazetteer) -> None:
    """The oblast's one precise postal point of a village name places it even 30-45 km from its hromada's centroid."""
    found = [c for c in gazetteer.lookup("Zaliznyi Mist") if c.admin1 == "Chernihiv Oblast"]
    assert found and found[0].precision == "point"
    assert near(found[0], 52.21, 32.70, 5)


def test_village_of_a_hromada_the_pcode_table_lacks_is_near_its_centre_town(gazetteer: Gazetteer) -> None:
    """Semenivka hromada (Chernihiv) has no 2020 P-code centroid: its villages are sought around Semenivka, not
    around the centroid of the wide Novhorod-Siverskyi raion 40 km away."""
    found = [c for c in gazetteer.lookup("Tymonovychi") if c.admin1 == "Chernihiv Oblast"]
    assert found and all(near(c, 52.18, 32.58, 30) for c in found)


def test_a_postal_point_no_namesake_took_goes_to_the_one_left_at_a_centroid() -> None:
    """Two villages of one name in one oblast: one took a postal point, the other sat at its hromada's centroid while
    the oblast's second postal point of that name lay unused 40 km away: it takes that point."""
    from collections import namedtuple

    from kronika.gazetteer.extracts import postal_points
    from kronika.gazetteer.register import Settlement, _leftover_postal

    key, points = next(
        (k, [p for p in v if p.precise]) for k, v in sorted(postal_points().items()) if sum(p.precise for p in v) == 2
    )
    first, second = points[0], points[1]
    row = namedtuple("row", "name ancestors")
    oblast = key[0] + "000000000000000"

    def village(lat: float, lon: float, precision: str) -> Settlement:
        return Settlement("id", key[1], key[1], lat, lon, "00", "Oblast", precision, None)

    centroid = (second.lat + 0.36, second.lon)  # 40 km north of the free point
    found = [(row(key[1], [oblast]), village(first.lat, first.lon, "point")),
             (row(key[1], [oblast]), village(*centroid, "near"))]  # fmt: skip
    placed = [s for _, s in _leftover_postal(found)]
    assert (placed[1].lat, placed[1].lon, placed[1].precision) == (second.lat, second.lon, "point")
    assert placed[0] == found[0][1]
    far = [(row(key[1], [oblast]), village(first.lat, first.lon, "point")),
           (row(key[1], [oblast]), village(second.lat + 1.0, second.lon, "near"))]  # fmt: skip
    assert _leftover_postal(far)[1][1].precision == "near"  # 110 km off: another village, left where it was


def test_a_postal_point_two_namesakes_took_stays_with_the_nearer_hromada() -> None:
    from collections import namedtuple

    from kronika.gazetteer.extracts import admin_units
    from kronika.gazetteer.register import Settlement, _one_village_per_point

    hromadas = sorted(code for code, unit in admin_units().items() if unit.level == "hromada" and code[:4] == "UA14")
    near_one, far_one = admin_units()[hromadas[0]], admin_units()[hromadas[-1]]
    row = namedtuple("row", "name ancestors")
    point = (near_one.lat + 0.05, near_one.lon)  # 5-6 km from the first hromada's centre

    def village() -> Settlement:
        return Settlement("id", "Водяне", "Vodiane", point[0], point[1], "05", "Donetsk Oblast", "point", None)

    found = [(row("Водяне", [hromadas[-1][:4] + "0" * 15, hromadas[-1]]), village()),
             (row("Водяне", [hromadas[0][:4] + "0" * 15, hromadas[0]]), village())]  # fmt: skip
    placed = [s for _, s in _one_village_per_point(found)]
    assert (placed[1].lat, placed[1].lon, placed[1].precision) == (point[0], point[1], "point")
    assert (placed[0].lat, placed[0].lon, placed[0].precision) == (far_one.lat, far_one.lon, "near")


@pytest.mark.model
def test_no_two_register_namesakes_of_an_oblast_share_a_postal_point(gazetteer: Gazetteer) -> None:
    import sqlite3

    connection = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    shared = connection.execute(
        "SELECT name, admin1, lat, lon, COUNT(*) FROM places WHERE id LIKE 'katottg:%' AND precision = 'point' "
        "AND name NOT LIKE '% hromada' GROUP BY name, admin1, lat, lon HAVING COUNT(*) > 1"
    ).fetchall()
    assert not shared, shared[:5]


def test_an_air_base_is_named_in_every_order_reporting_uses() -> None:
    from kronika.gazetteer.build import facility_phrases

    phrases = facility_phrases(["Savasleyka Air Base", "aérodrome de Savasleïka"])
    assert {"airfield at Savasleyka", "Savasleyka airbase", "air base of Savasleyka"} <= set(phrases)
    assert {"base aérienne de Savasleïka", "base de Savasleïka"} <= set(phrases)
    assert facility_phrases(["Azot chemical plant"]) == ["Azot chemical plant"]  # not an air base: as listed
