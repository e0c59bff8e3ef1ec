"""The places stage, run through the whole pipeline on sentences written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from conftest import DATA
from kronika.gazetteer.build import distance_km
from kronika.model import Document, Place
from kronika.pipeline import Pipeline
from kronika.resources import Resources

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


# --- analyst-grade geocoding: a labelled list of toponym mentions in four languages ------------------------------

TOPONYM_ROWS = [
    json.loads(line) for line in (DATA / "toponyms.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
]
TOPONYMS = [row for row in TOPONYM_ROWS if row.get("place", True)]
TOPONYM_NOT_PLACES = [row for row in TOPONYM_ROWS if not row.get("place", True)]  # weapon models named like villages
TOPONYM_FLOOR = 0.97  # share of mentions resolved within 10 km of the truth; measured 0.98, floors only go up


def _surface_start(doc: Document, row: dict[str, Any]) -> int:
    """Where the row's toponym is in the cleaned text (a scraped row loses its glued date or credit line first)."""
    found = (doc.text or "").find(row["surface"])
    return found if found >= 0 else row["text"].find(row["surface"])


@pytest.mark.model
def test_toponym_list_floor(pipeline: Pipeline) -> None:
    from kronika.gazetteer.build import distance_km
    from kronika.stages.read import content_hash

    docs = []
    for number, row in enumerate(TOPONYMS):
        day = row.get("day", "2024-06-12")  # batch 11 rows carry their report day (2023-2025)
        doc = Document(doc_id=f"t{number}", source="toponyms", raw=row["text"], header={"date": day})
        doc.content_hash = content_hash(row["text"])
        docs.append(doc)
    done = pipeline.run_batch(docs, lambda stage, doc, exc: pytest.fail(f"{stage}: {exc}"))
    misses = []
    for row, doc in zip(TOPONYMS, done, strict=True):
        if row.get("unsure") or row.get("known_miss"):
            continue  # a point not known well from general knowledge, or a failure left for later (cause in the row)
        start = _surface_start(doc, row)
        hits = [p for p in doc.places if p.start < start + len(row["surface"]) and start < p.end and p.lat is not None]
        if not hits or distance_km(hits[0].lat, hits[0].lon, row["lat"], row["lon"]) > 10:
            misses.append(f"{row['lang']} {row['surface']}")
    assert {row["lang"] for row in TOPONYMS} == {"fr", "en", "uk", "ru"} and len(TOPONYMS) >= 150
    assert 1 - len(misses) / len(TOPONYMS) >= TOPONYM_FLOOR, misses


@pytest.mark.model
@pytest.mark.parametrize(
    ("surface", "expected"),
    [("у Харкові", "Kharkiv"), ("в Белгороде", "Belgorod"), ("під Покровськом", "Pokrovsk"), ("Клинцами", "Klintsy")],
)
def test_declined_cyrillic_toponyms(run_text: Run, surface: str, expected: str) -> None:
    doc = run_text(f"Вибухи пролунали {surface} вночі.")
    assert expected in [p.name for p in doc.places]


@pytest.mark.model
def test_cyrillic_oblast_phrase(run_text: Run) -> None:
    doc = run_text("Три человека пострадали в Белгородской области.")
    assert [(p.name, p.feature) for p in doc.places] == [("Belgorod Oblast", "region")]


@pytest.mark.model
def test_river_is_not_the_city(run_text: Run) -> None:
    doc = run_text("Les marines ont traversé le Dniepr près de Krynky, sur la rive gauche du Dniepr.")
    assert all(p.role != "location" for p in doc.places if p.surface == "Dniepr")


@pytest.mark.model
def test_village_missing_from_geonames_resolves_from_the_postal_extract(run_text: Run) -> None:
    doc = run_text("Les forces russes ont conquis le village de Robotyne, dans la région de Zaporijia.")
    place = next(p for p in doc.places if p.surface == "Robotyne")
    assert place.lat is not None and place.geonames_id is None and place.admin1 == "Zaporizhzhia Oblast"
    assert place.precision == "point"
    assert within(place, 47.45, 35.84, 10)


@pytest.mark.model
def test_geocode_ranks_the_donbas_pokrovsk_first(resources: Resources) -> None:
    from kronika.stages.places import geocode

    ranked = geocode("Pokrovsk", resources.gazetteer)
    assert ranked[0].candidate.country == "UA" and ranked[0].candidate.admin1 == "Donetsk Oblast"
    assert 0.5 < ranked[0].confidence <= 1.0
    with_context = geocode("Antonovka", resources.gazetteer, ["région de Belgorod"])
    assert with_context[0].candidate.name == "Belgorod Oblast"


@pytest.mark.model
def test_every_oblast_mention_resolves_to_its_region(pipeline: Pipeline) -> None:
    from kronika.data import load_json

    iso_by_name = {entry["name"]: entry["id"] for entry in load_json("regions.json")}
    rows = [row for row in TOPONYMS if row["kind"] == "oblast"]
    docs = [Document(doc_id=f"o{n}", source="toponyms", raw=row["text"]) for n, row in enumerate(rows)]
    done = pipeline.run_batch(docs, lambda stage, doc, exc: pytest.fail(f"{stage}: {exc}"))
    wrong = []
    for row, doc in zip(rows, done, strict=True):
        start = row["text"].find(row["surface"])
        hits = [p for p in doc.places if p.start < start + len(row["surface"]) and start < p.end]
        if not hits or iso_by_name.get(hits[0].name or "") != row["iso_3166_2"]:
            wrong.append(row["surface"])
    assert len(rows) >= 25 and not wrong


@pytest.mark.model
def test_sites_and_front_directions(run_text: Run) -> None:
    doc = run_text(
        "Une frappe a touché l'usine chimique Azot de Severodonetsk. "
        "Heavy fighting continues in the Pokrovsk direction, the General Staff said."
    )
    by_surface = {p.surface: p for p in doc.places}
    assert by_surface["usine chimique Azot"].feature == "site"
    assert by_surface["Pokrovsk direction"].precision == "near"
    assert {e.location.name for e in doc.events if e.location} >= {"Azot chemical plant (Sievierodonetsk)"}


@pytest.mark.model
def test_unknown_toponyms_stay_without_coordinates(run_text: Run) -> None:
    doc = run_text("Des combats ont eu lieu près de Zlatopilske-Nove, a indiqué l'armée. Les Russes ont reculé.")
    unknown = [p for p in doc.places if p.lat is None]
    assert all(p.surface != "Russes" for p in doc.places)
    assert all(p.name is None and p.lon is None for p in unknown)
    assert not any(e.location and e.location.lat is None for e in doc.events)


@pytest.mark.model
def test_hromada_resolves_near_its_centre(run_text: Run) -> None:
    doc = run_text("Russian shelling hit the Tokmatska hromada on Monday, officials said.")
    place = next(p for p in doc.places if p.surface == "Tokmatska hromada")
    assert place.precision == "near" and place.admin1 == "Zaporizhzhia Oblast"
    assert distance_km(place.lat or 0, place.lon or 0, 47.25, 35.70) < 15  # Tokmak


# --- conventions of the field: "Place, Region", acronyms, armed groups, the theatre ---------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("Russian artillery hit Novoselivka, Donetsk, late on Tuesday.", "Novoselivka", "Donetsk Oblast"),
        ("Ukrainian troops repelled an assault near Vasylivka, Zaporizhzhia.", "Vasylivka", "Zaporizhzhia Oblast"),
        ("Drones struck Pokrovskoye, Donetsk region, at dawn.", "Pokrovskoye", "Donetsk Oblast"),
        ("Des obus sont tombés sur Kamianske (région de Zaporijia) dimanche.", "Kamianske", "Zaporizhzhia Oblast"),
    ],
)
def test_place_comma_region_puts_the_place_in_the_region(run_text: Run, text: str, surface: str, admin1: str) -> None:
    doc = run_text(text)
    village = place(doc, surface)
    assert village.admin1 == admin1
    assert village.precision in ("point", "near")
    region = [p for p in doc.places if p.start > village.start and p.feature == "region"]
    assert region, "the name after the comma is the region, not its capital city"
    assert all(event.location.name != region[0].name for event in doc.events)


def test_place_comma_region_is_never_the_event_place(run_text: Run) -> None:
    doc = run_text("On Monday, Russian forces shelled Romny, Sumy, damaging a school.")
    romny = place(doc, "Romny")
    assert within(romny, 50.75, 33.47, 10)
    assert doc.events
    assert all(within(place_of(e), 50.75, 33.47, 10) for e in doc.events)


def test_a_comma_after_a_known_town_ends_a_clause(run_text: Run) -> None:
    doc = run_text("Moscou affirme avoir pris un hameau près de Pokrovsk, Kiev dément toute avancée russe.")
    pokrovsk = place(doc, "Pokrovsk")
    assert pokrovsk.admin1 == "Donetsk Oblast", "a town of 60,000 outside Kyiv Oblast is not an unindexed village there"


def place_of(event: object) -> Place:
    location = event.location  # type: ignore[attr-defined]
    return Place(location.name, 0, 0, lat=location.lat, lon=location.lon)


def test_city_that_is_its_own_region_keeps_its_point(run_text: Run) -> None:
    doc = run_text("An explosion was heard in Sevastopol, Crimea, on Sunday night.")
    assert within(place(doc, "Sevastopol"), 44.6, 33.52, 10)


def test_capital_placed_in_its_country_is_a_location(run_text: Run) -> None:
    assert place(run_text("Missiles struck Kyiv, Ukraine, before dawn."), "Kyiv").role == "location"


def test_list_of_regions_is_not_place_and_region(run_text: Run) -> None:
    doc = run_text("Air raid alerts sounded in Kharkiv, Sumy and Poltava on Friday.")
    assert within(place(doc, "Kharkiv"), 49.99, 36.23, 15)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The OSCE SMM recorded 40 explosions near Horlivka.", "SMM"),
        ("NAF units fired mortars at positions near Avdiivka.", "NAF"),
        ("Ukrainian forces clashed with Luhansk rebels near Kreminna.", "Luhansk"),
        ("Artillery of the Donetsk People's Militia fired on Marinka.", "Donetsk"),
    ],
)
def test_acronyms_and_armed_groups_are_not_places(run_text: Run, text: str, absent: str) -> None:
    doc = run_text(text)
    assert absent not in {p.surface for p in doc.places if p.lat is not None}


def test_unindexed_village_before_a_region_leaves_the_region(run_text: Run) -> None:
    doc = run_text("Shelling was reported in Zlatopolye-Verkhnie, Donetsk, overnight.")
    donetsk = place(doc, "Donetsk")
    assert donetsk.feature == "region"
    assert donetsk.name == "Donetsk Oblast"


def test_theatre_namesake_wins_without_context(run_text: Run) -> None:
    doc = run_text("Heavy fighting continued near Novoselivka on Thursday, the general staff said.")
    novoselivka = place(doc, "Novoselivka")
    assert novoselivka.admin1 in {"Donetsk Oblast", "Luhansk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast"}


def test_theatre_of_the_report_day_wins(run_text: Run) -> None:
    """Before 24 February 2022 the war was in Donbas: a village named alike in Sumy Oblast is not it."""
    doc = run_text("Two servicemen were wounded in shelling near Stepanivka, the army said.", date="2016-07-12")
    assert place(doc, "Stepanivka").admin1 in {"Donetsk Oblast", "Luhansk Oblast"}


def test_a_namesake_deep_in_russia_loses_to_the_theatre_village(run_text: Run) -> None:
    """'Troitskoye' is the Russian spelling of Troitske (Luhansk), not a town of the Altai."""
    doc = run_text(
        "A serviceman was killed by sniper fire near Troitskoye on Sunday, the army said.", date="2018-02-04"
    )
    assert place(doc, "Troitskoye").admin1 in {"Donetsk Oblast", "Luhansk Oblast"}


@pytest.mark.parametrize("line", ["Shyrokyne", "Pisky.", "Stanytsia Luhanska", "Savur-Mohyla"])
def test_a_line_that_is_only_a_village_is_its_place(run_text: Run, line: str) -> None:
    doc = run_text(
        f"One serviceman killed, two wounded in separatist attacks overnight - military.\n{line}", date="2017-03-02"
    )
    village = place(doc, line.rstrip("."))
    assert village.admin1 in {"Donetsk Oblast", "Luhansk Oblast"}


def test_a_government_seat_named_as_a_place_is_a_place(run_text: Run) -> None:
    doc = run_text("Ce matin au Kremlin, le président a reçu les chefs militaires, a indiqué son porte-parole.")
    assert within(place(doc, "Kremlin"), 55.75, 37.62, 3)
    doc = run_text("Le porte-parole du Kremlin a démenti toute implication dans l'attaque.")
    assert not [p for p in doc.places if p.surface == "Kremlin"]


def test_the_town_a_site_is_named_after_is_a_place_but_not_the_event(run_text: Run) -> None:
    doc = run_text("Des obus sont tombés dans la nuit près de la centrale de Zaporijjia, selon l'exploitant.")
    town = place(doc, "Zaporijjia")
    assert town.role == "other"
    assert within(town, 47.84, 35.14, 15)
    assert all(event.location is None or event.location.name != town.name for event in doc.events)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Shelling resumed overnight around Donetsk airport, the ministry said.", "Donetsk airport", 48.07, 37.73),
        ("Rebels said they had retaken the Saur-Mogila hill after days of fighting.", "Saur-Mogila", 47.92, 38.74),
        ("Les séparatistes affirment contrôler l'aéroport de Louhansk.", "aéroport de Louhansk", 48.42, 39.37),
    ],
)
def test_battle_sites_of_the_donbas_war(run_text: Run, text: str, surface: str, lat: float, lon: float) -> None:
    assert within(place(run_text(text, date="2014-09-20"), surface), lat, lon, 3)


def test_a_city_reached_only_by_a_spelling_key_does_not_hide_the_village_so_named(run_text: Run) -> None:
    """'Shumy' is a village of Donetsk Oblast; Sumy (a city of 250,000) only shares its spelling key."""
    doc = run_text("Two soldiers were killed by shelling in Donetsk region.\nShumy", date="2020-06-19")
    assert place(doc, "Shumy").admin1 == "Donetsk Oblast"


def test_a_surname_line_is_not_a_place(run_text: Run) -> None:
    doc = run_text("One serviceman killed, two wounded in separatist attacks overnight - military.\nHorbachenko")
    assert not [p for p in doc.places if p.surface == "Horbachenko"]


def test_river_is_located_on_the_river(run_text: Run) -> None:
    doc = run_text("Les troupes ukrainiennes ont franchi le Dniepr en face de Kherson pendant la nuit.")
    river = place(doc, "Dniepr")
    assert river.role == "other"
    assert within(river, 46.9, 33.2, 30)
    assert all(event.location.name != river.name for event in doc.events)


def test_city_keeps_its_name_against_a_village_of_the_article_region(run_text: Run) -> None:
    doc = run_text("Russian missiles struck Kramatorsk in the Donetsk region. Mykolaiv was also hit, officials said.")
    assert within(place(doc, "Mykolaiv"), 46.97, 32.0, 20)


def test_pairs_of_place_and_region_in_a_list(run_text: Run) -> None:
    doc = run_text("Buses left Berdiansk, Zaporizhzhia and Mariupol, Donetsk, on Sunday.")
    assert within(place(doc, "Berdiansk"), 46.76, 36.79, 15)
    assert place(doc, "Zaporizhzhia").feature == "region"
    assert within(place(doc, "Mariupol"), 47.1, 37.55, 15)


def test_outside_a_capital_is_near_the_place(run_text: Run) -> None:
    kyiv = place(run_text("Soldiers opened fire at a checkpoint outside of Kyiv on Tuesday."), "Kyiv")
    assert kyiv.role == "near"


@pytest.mark.parametrize(
    "text",
    [
        "Les troupes russes ont attaqué Dvorichna, à une dizaine de kilomètres au nord de Koupiansk.",
        "Russian troops attacked Dvorichna, a few kilometres north of Kupiansk, on Sunday.",
    ],
)
def test_a_distance_in_words_makes_an_anchor(run_text: Run, text: str) -> None:
    doc = run_text(text)
    anchor = next(p for p in doc.places if p.surface in ("Koupiansk", "Kupiansk"))
    assert anchor.role == "reference"
    assert [e.location.name for e in doc.events if e.location] == ["Dvorichna"], "one event, at the named village"


def test_own_name_spelled_otherwise_is_not_an_alias() -> None:
    """A register village reached by the transliteration key of its own name ranks as a GeoNames town whose
    alternate names list the same spelling: the source of a namesake is no evidence of which one is meant."""
    from kronika.gazetteer.index import Candidate
    from kronika.stages.place_ranking import _score

    def village(place_id: str, name: str, quality: str) -> Candidate:
        return Candidate(place_id, None, name, 48.3, 37.9, "UA", "14", "Donetsk Oblast", "village", 0, "settlement",
                         quality)  # fmt: skip

    alt = _score(village("a", "Mykhailivka", "alt"), [], [], "Mykhaylivka")
    key = _score(village("b", "Mykhailivka", "key"), [], [], "Mykhaylivka")
    alias = _score(village("c", "Zelene", "key"), [], [], "Mykhaylivka")
    assert alt == key
    assert alias < key


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of protesters filled the street as the Kazakh consulate in Odesa closed its doors.",
        "A missile hit the Namura Queen bulk carrier anchored off Pivdennyi, Odesa region.",
    ],
)
def test_a_word_that_is_only_a_foreign_alias_is_not_a_place(run_text: Run, text: str) -> None:
    doc = run_text(text)
    assert all(p.country in ("UA", None) for p in doc.places if p.lat is not None)
    assert any(p.admin1 == "Odesa Oblast" for p in doc.places)


def test_village_of_the_named_region_under_another_spelling(run_text: Run) -> None:
    doc = run_text("Two houses burned in Kamyshevakha, Luhansk region, after a night of shelling.")
    village = place(doc, "Kamyshevakha")
    assert village.admin1 == "Luhansk Oblast" and village.precision != "region"
    assert within(village, 48.70, 38.39, 10)


def test_front_lines_of_the_report_day() -> None:
    """Among namesakes the front prior uses the lines that were a front on the report's day."""
    from kronika.stages.place_ranking import _front_lines_on, front_distance_km

    assert _front_lines_on(None) is None  # undated: every line
    assert _front_lines_on("2021-06-01") == ("donbas_contact_2015_2022",)
    march, june = _front_lines_on("2022-03-10"), _front_lines_on("2022-06-10")
    assert march is not None and "kyiv_2022" in march
    assert june is not None and "kyiv_2022" not in june and "south_2022" in june
    irpin = (50.52, 30.25)
    assert front_distance_km(*irpin, march) < 15 < 100 < front_distance_km(*irpin, june)


def test_a_given_name_and_its_surname_are_a_person(run_text: Run) -> None:
    doc = run_text("Residents of Bucha laid flowers at the monument of Taras Shevchenko on Sunday.")
    assert [p.surface for p in doc.places] == ["Bucha"]


def test_a_first_word_reached_only_by_a_spelling_key_is_not_a_place(run_text: Run) -> None:
    doc = run_text("Mass graves were found near Izium after the Russian retreat.")
    assert [p.surface for p in doc.places] == ["Izium"]


def test_the_road_to_a_town_is_a_reference(run_text: Run) -> None:
    doc = run_text("Fighting went on outside Lyman, on the road to Kreminna, through the night.")
    assert place(doc, "Kreminna").role == "reference"
    assert place(doc, "Lyman").role != "reference"


def test_neighbourhoods_named_after_towns_are_parts_of_the_city(run_text: Run) -> None:
    doc = run_text("Rockets hit the Kirov and Livoberezhnyi neighbourhoods of Kharkiv overnight.")
    assert "Kirov" not in [p.surface for p in doc.places]
    assert place(doc, "Kharkiv").country == "UA"


def test_capital_with_its_district_is_a_place(run_text: Run) -> None:
    doc = run_text("Russian drones struck Kyiv - Solomianskyi overnight, damaging a warehouse.")
    assert place(doc, "Kyiv").role != "actor"  # the capital, not its government
    district = place(doc, "Solomianskyi")  # the event's place: the district (data/sites.json), named by its own word
    assert district.role == "location" and within(district, 50.43, 30.45, 3)


# --- a held-out French check: sentences written for this test in the styles of several French outlets -----------
# (wire copy, dailies, radio and TV sites). Each row: text, report day, toponym, its true point; the toponym must
# resolve within 15 km. Names are spelled as French outlets transliterate them (ж→j, ш→ch, ч→tch, у→ou, й→ï).
# Batch 6 (rows with "batch": 6) adds regional, Belgian, Swiss and Canadian French, live blogs, a Ukrainian agency's
# French service and 20 English rows (Kyiv Independent, Ukrainska Pravda's English edition, wires), each row with
# its "lang" and "outlet" style; it was scored before any change (places 72/83, not places 14/18). Batch 7 (19 rows on
# districts, republics, units and Moldova, written after batch 6's fixes and before running): places 12/15 at first.
# Batch 8 (20 rows written after round 6's fixes, before running): places 14/16, not places 4/4.
# Batch 9 (102 rows in the style of 2023-2025 reporting: the Pokrovsk, Kurakhove and Kupiansk fronts, Russia's border
# regions, airfields and refineries, the energy grid; new styles: think-tank assessments, General Staff summaries,
# governors' posts, Russian state and exile outlets; written before running): places 66/70, not places 24/28. Rows
# marked "unsure" have a point not known well enough from general knowledge and are left out of the check. Batch 10
# (26 rows written after round 7's fixes, before running; Luxembourg, Belgian regional, West African and Moroccan
# French dailies, a Russian ministry bulletin, a Ukrainian broadcaster's English service): places 18/18, not places 8/8.
# Batch 11 (session 6, written before running): 21 French place rows and 12 not-place rows (outlets, a river, units,
# weapons, officials) in Paris weeklies, Breton, Alsatian and Normandy dailies, Swiss, Belgian, Canadian and NGO styles;
# its 64 English rows (ACLED-style notes with raion and hromada, Russian state spellings, think-tank and wire copy of
# 2023-2025) are in toponyms.jsonl. Scored before any change: places 75/78, not places 11/12; after the session-6 rules
# 77/78 (Rabotino left) and 12/12. Batch 12 (22 rows, Lebanese, Algerian, Geneva and Quebec French, a Gulf broadcaster's
# and a media monitor's English, ACLED-style raion/hromada notes; written after those rules, before running): places
# 17/17, not places 4/4 at the first score. Batch 13 (14 rows on peace talks, naval drones, Crimea, prisoner exchanges,
# North Korean troops, the energy grid, weapons and envoys; written after every session-6 rule): 11/11 and 3/3. Batch 14
# (15 ACLED-style rows with "X (X raion, X)" and raions of the war's towns, in toponyms.jsonl): 14/14 at once. Batch 15
# (10 rows, officials' surnames alone): places 2/2, not places 7/8 ("Dmitriev a assuré": the Kursk town Dmitriyev),
# fixed by the speaker rule. Batch 16 (12 French rows: photo captions, bylines, "Pokrovsk (est)", "Dnipro
# (ex-Dnipropetrovsk)", the Wagner group): places 8/8, not places 4/4 at first. Batch 17 (10 rows in toponyms.jsonl,
# English notes, Ukrainian and Russian sentences, written after the raion-adjective rule): 8/8 at first (2 unsure).

FRENCH = [
    json.loads(line) for line in (DATA / "french_places.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
]
FRENCH_PLACES = [row for row in FRENCH if row.get("place", True)]
FRENCH_NOT_PLACES = [row for row in FRENCH if not row.get("place", True)]


def _run_rows(pipeline: Pipeline, rows: list[dict[str, Any]]) -> list[Document]:
    from kronika.stages.read import content_hash

    docs = []
    for number, row in enumerate(rows):
        doc = Document(doc_id=f"fr{number}", source="fr", raw=row["text"], header={"date": row["day"]})
        doc.content_hash = content_hash(row["text"])
        docs.append(doc)
    return pipeline.run_batch(docs, lambda stage, doc, exc: pytest.fail(f"{stage}: {exc}"))


def test_french_transliterations_resolve(pipeline: Pipeline) -> None:
    """Each toponym resolves within 15 km of its true point (held-out French sentences written for this test)."""
    misses = []
    for row, doc in zip(FRENCH_PLACES, _run_rows(pipeline, FRENCH_PLACES), strict=True):
        start = _surface_start(doc, row)
        hits = [p for p in doc.places if p.start <= start < p.end and p.lat is not None and p.lon is not None]
        if row.get("known_miss") or row.get("unsure"):
            continue  # a failure left for later work (its cause in the data file), or a point not known well
        if not hits or distance_km(hits[0].lat, hits[0].lon, row["lat"], row["lon"]) > 15:  # type: ignore[arg-type]
            misses.append(f"{row['surface']}: {[(p.surface, p.name, p.admin1) for p in hits]}")
    assert len(FRENCH_PLACES) >= 90
    assert not misses, misses


def test_french_people_streets_companies_and_ships_are_not_places(pipeline: Pipeline) -> None:
    wrong = [
        f"{row['surface']}: {p.name}"
        for row, doc in zip(FRENCH_NOT_PLACES, _run_rows(pipeline, FRENCH_NOT_PLACES), strict=True)
        for p in doc.places
        if row["surface"] in p.surface
        and p.lat is not None
        and not row.get("known_miss")
        and not (row.get("water") and p.role == "other")  # "franchi l'Oskil": the river, never the town
    ]
    assert len(FRENCH_NOT_PLACES) >= 15
    assert not wrong, wrong


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops captured Bohdanivka, near Chasiv Yar, the defence ministry in Moscow claimed.",
        "Les Russes affirment avoir pris Bohdanivka, à quelques kilomètres de Tchassiv Iar.",
    ],
)
def test_a_namesake_beside_a_town_of_the_sentence_is_meant(run_text: Run, text: str) -> None:
    bohdanivka = place(run_text(text, date="2024-04-21"), "Bohdanivka")
    assert bohdanivka.admin1 == "Donetsk Oblast" and within(bohdanivka, 48.63, 37.93, 15)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The cruiser Moskva sank after two Neptune missiles struck it.", "Moskva"),
        ("A shell hit a block of flats on Pushkin Street in Kharkiv.", "Pushkin"),
        ("Une roquette est tombée avenue Nauky, dans le centre de Kharkiv.", "Nauky"),
    ],
)
def test_ships_and_streets_are_not_places(run_text: Run, text: str, absent: str) -> None:
    doc = run_text(text)
    assert absent not in [p.surface for p in doc.places if p.lat is not None]


def test_a_village_shaped_word_is_a_place_even_when_ner_reads_a_person(run_text: Run) -> None:
    doc = run_text("Russian units stormed Novomykhailivka again on Friday.", date="2024-05-10")
    assert place(doc, "Novomykhailivka").admin1 == "Donetsk Oblast"


def test_an_occupied_region_phrase_is_a_region(run_text: Run) -> None:
    doc = run_text("Un dépôt de pétrole a brûlé à Rovenky, dans la région occupée de Louhansk.", date="2024-05-17")
    assert place(doc, "Louhansk").feature == "region"
    assert place(doc, "Rovenky").admin1 == "Luhansk Oblast"


def test_front_lines_after_2022() -> None:
    from kronika.stages.place_ranking import _front_lines_on, front_distance_km

    izium, snihurivka, pokrovsk, korenevo = (49.21, 37.25), (47.08, 32.80), (48.28, 37.18), (51.41, 34.91)
    assert (
        front_distance_km(*izium, _front_lines_on("2022-06-01"))
        < 5
        < 20
        < front_distance_km(*izium, _front_lines_on("2023-06-01"))
    )
    assert (
        front_distance_km(*snihurivka, _front_lines_on("2022-08-01"))
        < 5
        < 30
        < front_distance_km(*snihurivka, _front_lines_on("2023-06-01"))
    )
    assert (
        front_distance_km(*pokrovsk, _front_lines_on("2024-09-01"))
        < 5
        < 20
        < front_distance_km(*pokrovsk, _front_lines_on("2023-06-01"))
    )
    assert (
        front_distance_km(*korenevo, _front_lines_on("2024-09-01"))
        < 5
        < 20
        < front_distance_km(*korenevo, _front_lines_on("2023-06-01"))
    )


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "A Ukrainian soldier was killed by sniper fire near Shumy village, the JFO press centre said.",
            "Shumy",
            "Shumy",
        ),
        ("Militants shelled Dzerzhinsk overnight, the Ukrainian military said.", "Dzerzhinsk", "Toretsk"),
    ],
)
def test_a_big_city_is_not_the_default_reading_of_a_spelling_key_or_far_from_the_war(
    run_text: Run, text: str, surface: str, name: str
) -> None:
    assert place(run_text(text, date="2017-07-20"), surface).name == name


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("The SMM heard 14 explosions near the Butovka mine, north-west of Donetsk.", "Butovka mine", 48.15, 37.75),
        (
            "Les séparatistes ont tiré au mortier sur la mine de Boutivka, près d'Avdiïvka.",
            "mine de Boutivka",
            48.15,
            37.75,
        ),
        ("Ukrainian forces shelled positions at Shakhta Trudovskaya, Donetsk.", "Shakhta Trudovskaya", 47.94, 37.55),
    ],
)
def test_donbas_mines_are_sites(run_text: Run, text: str, surface: str, lat: float, lon: float) -> None:
    assert within(place(run_text(text), surface), lat, lon, 3)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Les soldats ukrainiens ont repris Kozatcha Lopan, près de la frontière.", "Kozatcha Lopan", 50.33, 36.21),
        ("Ukrainian troops recaptured Kozacha Lopan after months of occupation.", "Kozacha Lopan", 50.33, 36.21),
        ("Le barrage de Nouvelle-Kakhovka a cédé dans la nuit de lundi à mardi.", "Nouvelle-Kakhovka", 46.75, 33.37),
    ],
)
def test_captured_villages_and_french_translated_names(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    assert within(place(run_text(text, date="2023-06-06"), surface), lat, lon, 10)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("On 10 May, Russian drones struck Kyiv - Darnytskyi, damaging a warehouse.", 50.41, 30.64),
        ("Debris fell on a school in the Sviatoshynskyi district of Kyiv overnight.", 50.45, 30.37),
        ("Des débris sont tombés sur un immeuble du district Holosiivskyi de Kiev.", 50.38, 30.50),
    ],
)
def test_kyiv_districts_are_placed(run_text: Run, text: str, lat: float, lon: float) -> None:
    doc = run_text(text)
    assert any(p.feature == "site" and within(p, lat, lon, 3) for p in doc.places), doc.places


def test_the_fronts_of_2014_choose_among_namesakes(run_text: Run) -> None:
    text = "Ukrainian border guards came under fire near Marynivka, the ministry said."
    summer_2014 = place(run_text(text, date="2014-07-20"), "Marynivka")  # the border village of Shakhtarsk raion
    assert within(summer_2014, 47.91, 38.85, 10)
    from kronika.stages.place_ranking import _front_lines_on, front_distance_km

    sloviansk = (48.85, 37.61)
    assert (
        front_distance_km(*sloviansk, _front_lines_on("2014-06-01"))
        < 5
        < 20
        < front_distance_km(*sloviansk, _front_lines_on("2016-06-01"))
    )


@pytest.mark.parametrize(
    ("text", "village", "town"),
    [
        (
            "On 5 March 2024, Russian forces shelled Novoselivka, Kramatorsk raion, Donetsk.",
            "Novoselivka",
            "Kramatorsk",
        ),
        ("Des frappes ont touché Marhanets, dans le raïon de Nikopol, mardi matin.", "Marhanets", "Nikopol"),
        ("Shelling hit Chervonohryhorivka in the Nikopol district overnight.", "Chervonohryhorivka", "Nikopol"),
    ],
)
def test_a_town_naming_its_district_is_not_the_event_place(run_text: Run, text: str, village: str, town: str) -> None:
    doc = run_text(text, date="2024-03-05")
    assert place(doc, village).role == "location"
    # the district around the town: the event's place only if nothing finer; after the village, its context
    assert place(doc, town).role in ("near", "reference")


# --- round 5: a city as the target of an attack, bodies of water, Kharkiv's districts (sentences written here) ------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kiev a été visée par une attaque de drones dans la nuit de lundi à mardi.", "Kiev"),
        ("Kyiv was hit overnight by a wave of Shahed drones, the city administration said.", "Kyiv"),
        ("Moscou a été la cible de drones ukrainiens, selon le maire de la capitale.", "Moscou"),
        ("Kyiv has been targeted by Russian missiles for the third night in a row.", "Kyiv"),
        ("Kyiv came under a massive missile attack early on Thursday.", "Kyiv"),
        ("Une nouvelle attaque de drones contre Moscou a perturbé le trafic des aéroports.", "Moscou"),
        ("Kiev est de nouveau visée par des missiles de croisière, rapporte l'armée de l'air.", "Kiev"),
        ("La capitale ukrainienne, Kiev, a été frappée par des missiles à l'aube.", "Kiev"),
        ("Overnight, Kyiv was struck by at least ten cruise missiles, the mayor wrote on Telegram.", "Kyiv"),
    ],
)
def test_a_capital_named_as_the_target_is_the_place(run_text: Run, text: str, surface: str) -> None:
    capital = place(run_text(text), surface)
    assert capital.role == "location" and capital.precision == "point"  # "Overnight, Kyiv" is not Kyiv Oblast


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kiev accuse Moscou d'avoir bombardé des quartiers résidentiels.", "Moscou"),
        ("Kiev accuse Moscou d'avoir bombardé des quartiers résidentiels.", "Kiev"),
        ("Moscow said its air defences downed eight drones over the border regions.", "Moscow"),
        ("Moscou a frappé les infrastructures énergétiques ukrainiennes, selon Kiev.", "Moscou"),
        ("Kiev a démenti toute implication dans l'attaque.", "Kiev"),
        ("Moscow was hit by a fresh round of Western sanctions on Friday.", "Moscow"),
    ],
)
def test_a_capital_acting_or_speaking_is_still_its_government(run_text: Run, text: str, surface: str) -> None:
    assert place(run_text(text), surface).role == "actor"


@pytest.mark.parametrize(
    ("text", "surface", "town"),
    [
        (
            "Les forces russes ont tenté de franchir la rivière Siverskyi Donets près de Bilohorivka.",
            "Siverskyi Donets",
            "Bilohorivka",
        ),
        ("Les soldats ont traversé le fleuve Dniepr à Krynky avant l'aube.", "Dniepr", "Krynky"),
        ("Ukrainian troops crossed the Dnipro river near Kherson, the army said.", "Dnipro", "Kherson"),
        ("Russian forces retreated across the Oskil near Kupiansk on Monday.", "Oskil", "Kupiansk"),
        ("Drones struck a bridge over the Seym river near Glushkovo.", "Seym", "Glushkovo"),
        ("Russian troops crossed the Inhulets near Davydiv Brid, the governor said.", "Inhulets", "Davydiv Brid"),
        ("Selon l'état-major, les forces russes tentent de traverser l'Oskil près de Synkivka.", "Oskil", "Synkivka"),
    ],
)
def test_a_river_named_as_such_is_not_the_town(run_text: Run, text: str, surface: str, town: str) -> None:
    doc = run_text(text)
    river = place(doc, surface)
    assert river.role == "other" and river.feature == "other" and "(river)" in (river.name or "")
    assert place(doc, town).role != "other"
    assert all(event.location.name != river.name for event in doc.events)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Les marines tiennent une tête de pont sur la rive gauche du Dniepr.", "Dniepr", "Dnipro (river)"),
        ("Fighting continued on the left bank of the Dnipro overnight.", "Dnipro", "Dnipro (river)"),
        ("Un cargo a été touché en mer d'Azov, selon la marine.", "Azov", "Sea of Azov"),
        ("Russian warships patrol the Sea of Azov, the navy said.", "Azov", "Sea of Azov"),
        ("Le réservoir de Kakhovka s'est vidé après la destruction du barrage.", "Kakhovka", "Kakhovka reservoir"),
        ("Satellite images show the Kakhovka reservoir has lost most of its water.", "Kakhovka", "Kakhovka reservoir"),
    ],
)
def test_banks_seas_and_reservoirs_give_no_city_point(run_text: Run, text: str, surface: str, name: str) -> None:
    water = place(run_text(text), surface)
    assert (water.name, water.role) == (name, "other")


@pytest.mark.parametrize(
    "text",
    [
        "A missile struck Dnipro on Friday, killing three people.",
        "The Dnipro city council said two people were injured.",
        "Une frappe a touché Dnipro dans la nuit, selon le gouverneur.",
    ],
)
def test_dnipro_alone_is_still_the_city(run_text: Run, text: str) -> None:
    dnipro = place(run_text(text), "Dnipro")
    assert dnipro.role == "location" and within(dnipro, 48.46, 35.04, 10)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        (
            "Russian missiles struck Kharkiv - Saltivskyi overnight, damaging a school.",
            "Saltivskyi",
            50.03,
            36.31,
        ),
        (
            "Un missile a frappé le quartier de Kholodna Hora, à Kharkiv, tuant deux civils.",
            "Kholodna Hora",
            49.99,
            36.19,
        ),
        (
            "A glide bomb hit the Industrialnyi district of Kharkiv on Friday.",
            "Industrialnyi",
            49.95,
            36.36,
        ),
        (
            "Des frappes ont touché le district Osnovianskyi de Kharkiv dans la nuit.",
            "Osnovianskyi",
            49.95,
            36.23,
        ),
        (
            "A Russian drone hit a residential building in Odesa's Prymorskyi district overnight.",
            "Prymorskyi",
            46.45,
            30.74,
        ),
        (
            "Une frappe a touché le quartier Chechelivskyi de Dnipro, faisant trois blessés.",
            "Chechelivskyi",
            48.45,
            34.96,
        ),
        (
            "Russian forces shelled Dnipro - Samarskyi and Nikopol overnight.",
            "Samarskyi",
            48.43,
            35.13,
        ),
        (
            "Two people were injured in Nemyshlianskyi district when a drone hit a house.",
            "Nemyshlianskyi",
            49.99,
            36.33,
        ),
    ],
)
def test_city_districts_are_placed_in_the_district(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    district = place(run_text(text), surface)
    assert district.role == "location" and within(district, lat, lon, 4)


def test_a_district_name_other_cities_share_needs_its_city(run_text: Run) -> None:
    doc = run_text("Russian shelling hit the Industrialnyi district of Dnipro on Sunday.")
    assert all(not within(p, 49.95, 36.36, 30) for p in doc.places if p.lat is not None)  # not Kharkiv's district
    mariupol = run_text("Shelling hit the Prymorskyi district of Mariupol in March 2022.")
    assert all(not within(p, 46.45, 30.74, 30) for p in mariupol.places if p.lat is not None)  # not Odesa's
    odesa = run_text("A drone hit a house in Odesa's Prymorskyi district overnight.")
    assert place(odesa, "Odesa").role == "other"  # the city the district belongs to, not a second event


# --- round 6: city districts, separatist republics, armed units and channels, Moldova (sentences written here) -----


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("À Odessa, un drone a touché le district de Kyivskyi, dans le sud de la ville.", 46.40, 30.72),
        ("In Dnipro, debris fell on the Samarskyi district, the regional governor said.", 48.43, 35.13),
        ("Selon le maire, le quartier Sobornyï de Dnipro a été touché par des débris.", 48.44, 35.02),
        ("Russian guided bombs hit Zaporizhzhia's Komunarskyi district on Sunday.", 47.84, 35.14),
        ("Des drones ont visé l'arrondissement Khortytskyï de Zaporijjia dans la nuit.", 47.84, 35.14),
        ("Shelling hit the Prymorskyi district of Mariupol, the city council said.", 47.07, 37.50),
        ("Artillery fire damaged a school in the Korabelnyi district of Kherson on Monday.", 46.64, 32.61),
        ("In Zaporizhzhia, a drone hit a car park in the Zavodskyi district, the governor said.", 47.84, 35.14),
    ],
)
def test_a_city_district_belongs_to_its_city(run_text: Run, text: str, lat: float, lon: float) -> None:
    doc = run_text(text, date="2024-05-10")
    district = next(p for p in doc.places if p.surface.endswith(("skyi", "skyï", "nyi", "nyï")))
    assert district.role == "location" and within(district, lat, lon, 8), (district.name, district.lat, district.lon)


@pytest.mark.parametrize(
    ("text", "word", "far_lat", "far_lon"),
    [
        # a raion after its town, the oblast after a comma: not a district of the oblast's centre
        ("Russian artillery shelled a farm in the Synelnykivskyi district, Dnipropetrovsk region.", "Synelnykivskyi",
         48.47, 35.04),
        ("A column moved through a village in Romny district, Sumy, firing at houses.", "Romny", 50.91, 34.80),
    ],
)  # fmt: skip
def test_a_raion_is_not_a_city_district(run_text: Run, text: str, word: str, far_lat: float, far_lon: float) -> None:
    doc = run_text(text, date="2022-03-06")
    wrong = [p for p in doc.places if word in p.surface and p.lat is not None and within(p, far_lat, far_lon, 5)]
    assert not wrong, [(p.surface, p.name) for p in wrong]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Les troupes de la république populaire de Donetsk ont revendiqué la prise du village.", "Donetsk"),
        ("Selon la république autoproclamée de Louhansk, deux civils ont été tués.", "Louhansk"),
        ("The Khortytsia group said Russian assaults near Lyman had been repelled.", "Khortytsia"),
        ("Fighters of the Azov regiment held out in the steel plant for weeks.", "Azov"),
        ("La chaîne Rossiya 1 a diffusé des images de la visite présidentielle.", "Rossiya"),
        ("Ukraine's Nova Poshta said its sorting terminal in Kharkiv had been hit.", "Nova"),
    ],
)
def test_republics_units_channels_and_companies_are_not_places(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-05-10")
    assert not [p for p in doc.places if surface in p.surface and p.lat is not None]


def test_a_city_inside_the_republic_is_still_a_place(run_text: Run) -> None:
    doc = run_text("Des tirs ont été signalés dans la république populaire de Donetsk, près de Horlivka.")
    assert place(doc, "Horlivka").admin1 == "Donetsk Oblast"


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("Russian troops struck Velyka Novosilka with glide bombs, the prosecutor's office said.", "Velyka Novosilka",
         "Donetsk Oblast"),
        ("L'armée russe a visé Mala Tokmachka avec des drones FPV, blessant un agriculteur.", "Mala Tokmachka",
         "Zaporizhzhia Oblast"),
        ("L'ennemi a frappé Velyka Novossilka à l'artillerie lourde.", "Velyka Novossilka", "Donetsk Oblast"),
    ],
)  # fmt: skip
def test_two_word_village_names_struck_are_places(run_text: Run, text: str, surface: str, admin1: str) -> None:
    assert place(run_text(text, date="2024-06-01"), surface).admin1 == admin1


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Des débris de drone sont tombés près d'Ocnița, dans le nord de la Moldavie.", "Ocnița", 48.38, 27.44),
        ("Explosions were heard overnight in Rybnitsa, in Transnistria.", "Rybnitsa", 47.77, 29.01),
        ("Des soldats russes stationnés à Dubossary, en Transnistrie, ont mené des exercices.", "Dubossary", 47.27,
         29.17),
    ],
)  # fmt: skip
def test_moldovan_towns_by_their_usual_names(run_text: Run, text: str, surface: str, lat: float, lon: float) -> None:
    assert within(place(run_text(text, date="2024-03-01"), surface), lat, lon, 10)


def test_the_2015_line_of_contact_is_no_front_after_lysychansk() -> None:
    from kronika.stages.place_ranking import _front_lines_on, front_distance_km

    old_line_south = (47.26, 37.78)  # on the 2015-2022 line north of the Azov coast, far behind the front by 2023
    assert front_distance_km(*old_line_south, _front_lines_on("2021-06-01")) < 5
    assert front_distance_km(*old_line_south, _front_lines_on("2023-09-15")) > 40


def test_a_namesake_beside_bakhmut_in_2023(run_text: Run) -> None:
    text = "Les Ukrainiens ont repris Andriïvka, à une dizaine de kilomètres au sud de Bakhmout."
    doc = run_text(text, date="2023-09-15")
    assert within(place(doc, "Andriïvka"), 48.50, 37.97, 5)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Vingt ans après la guerre dans les Balkans, l'Europe revit l'angoisse d'un conflit.", "Balkans", "Balkans"),
        ("Moscow is pulling troops out of Central Asia to reinforce the front.", "Central Asia", "Central Asia"),
        ("Les États baltes ferment leurs frontières aux voitures immatriculées en Russie.", "États baltes",
         "Baltic states"),
        ("Des drones de conception iranienne transitent par le Moyen-Orient.", "Moyen-Orient", "Middle East"),
        ("The Baltic states have closed their borders to Russian-registered cars.", "Baltic states", "Baltic states"),
    ],
)  # fmt: skip
def test_world_regions_are_regions(run_text: Run, text: str, surface: str, name: str) -> None:
    found = place(run_text(text, date="2024-03-01"), surface)
    assert found.name == name and found.precision == "region" and found.country is None


@pytest.mark.parametrize(
    "text",
    [
        "A military transport plane crashed in the Belgorod region near the village of Yablonovo, officials said.",
        "Dans la région de Koursk, un drone a touché une ferme du village de Yablonovo.",
    ],
)
def test_a_lone_far_namesake_of_a_village_of_the_named_region_is_not_taken(run_text: Run, text: str) -> None:
    """The only reading of the name lies 1,000 km from the region the sentence names: an unindexed village there."""
    village = place(run_text(text, date="2024-01-24"), "Yablonovo")
    assert village.lat is not None and village.lon is not None and village.lat > 50 and village.lon > 34


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Un incendie s'est déclaré dans la raffinerie de Slaviansk-sur-Kouban après une attaque de drones.",
         "Slaviansk-sur-Kouban", 45.25, 38.12),
        ("Komsomolsk-sur-l'Amour, dans l'Extrême-Orient russe, abrite une usine d'avions de chasse.",
         "Komsomolsk-sur-l'Amour", 50.55, 137.01),
    ],
)  # fmt: skip
def test_french_on_a_river_is_russian_na(run_text: Run, text: str, surface: str, lat: float, lon: float) -> None:
    assert within(place(run_text(text, date="2024-03-17"), surface), lat, lon, 10)


# --- round 7: found by batch 9 (2023-2025 reporting); each rule checked on sentences of our own in other styles ----


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Police dismantled a Roma settlement outside Mukachevo after a fire.", "Roma"),
        ("Les Tatars de Crimée dénoncent une nouvelle vague de perquisitions à Simferopol.", "Tatars"),
        ("Des Cosaques du Kouban patrouillent désormais dans les rues de Marioupol occupée.", "Cosaques"),
        ("Buryats make up a large share of the Russian dead, a count by an independent outlet found.", "Buryats"),
    ],
)
def test_peoples_are_not_places(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-05-10")
    assert not [p for p in doc.places if surface in p.surface and p.lat is not None]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Des fantassins de la brigade Kholodny Yar ont été filmés dans les ruines de Toretsk.", "Kholodny Yar"),
        ("Les volontaires du bataillon Sibir ont revendiqué un raid dans la région de Belgorod.", "Sibir"),
        ("Le navire de débarquement Iamal a été touché par un missile dans la baie de Sébastopol.", "Iamal"),
        ("Le patrouilleur Vassili Bykov a été endommagé par des drones navals.", "Vassili Bykov"),
        ("Le motoriste Motor Sich a vu ses ateliers frappés une nouvelle fois.", "Motor Sich"),
        ("Un porte-parole du groupe tactique Siversk a indiqué que les combats se poursuivaient.", "Siversk"),
        ("Le groupement de forces Dnipro a affirmé avoir repoussé une attaque près de Krynky.", "Dnipro"),
        ("Selon le groupement tactique Donetsk, sept assauts ont été repoussés dans la journée.", "Donetsk"),
        ("The Khortytsia operational-strategic group said Russian forces attacked 30 times overnight.", "Khortytsia"),
    ],
)
def test_units_ships_and_makers_named_after_places_are_not_places(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-03-05")
    assert not [p for p in doc.places if surface in p.surface and p.lat is not None]


def test_a_brigade_that_takes_a_village_leaves_the_village_a_place(run_text: Run) -> None:
    doc = run_text("La 3e brigade d'assaut a repris Andriïvka, au sud de Bakhmout.", date="2023-09-16")
    assert within(place(doc, "Andriïvka"), 48.50, 37.97, 10)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La 24e brigade tient toujours Tchassiv Iar, selon son porte-parole.", "Tchassiv Iar"),
        ("Les Russes menacent désormais Koupiansk par le nord.", "Koupiansk"),
    ],
)
def test_a_theatre_town_as_french_spells_it_is_a_place(run_text: Run, text: str, surface: str) -> None:
    assert place(run_text(text, date="2024-05-20"), surface).admin1 in ("Donetsk Oblast", "Kharkiv Oblast")


@pytest.mark.parametrize(
    "text",
    [
        "Krasnopillia, à quelques kilomètres de la frontière, a été bombardée à 40 reprises.",
        "Krasnopillia was shelled again overnight, the Sumy regional administration said.",
    ],
)
def test_the_subject_of_a_passive_shelling_is_a_place(run_text: Run, text: str) -> None:
    assert within(place(run_text(text, date="2025-03-01"), "Krasnopillia"), 50.77, 35.27, 10)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Les combats se rapprochent de Dzerjynsk, que Kyiv a rebaptisée Toretsk.", "Dzerjynsk", 48.40, 37.85),
        ("Une usine chimique a explosé à Dzerjinsk, près de Nijni Novgorod.", "Dzerjinsk", 56.24, 43.46),
        ("Des manifestants se sont rassemblés à Dzerjinsk, dans la région de Nijni Novgorod.", "Dzerjinsk", 56.24,
         43.46),
        ("Un pétrolier a été visé dans le port de Primorsk, près de Saint-Pétersbourg.", "Primorsk", 60.37, 28.61),
        ("Russian forces shelled Pokrovske, 30 km north of Huliaipole.", "Pokrovske", 47.98, 36.23),
        ("Ukrainian drones struck a radar near Olenivka, on Crimea's western tip.", "Olenivka", 45.2, 33.4),
    ],
)  # fmt: skip
def test_a_namesake_located_by_the_text(run_text: Run, text: str, surface: str, lat: float, lon: float) -> None:
    """A renamed town in French spelling, a region of two words, "X, près de Y" / "N km north of Y" (the namesake
    within reach of Y), a region named by its own name ("Crimea's")."""
    assert within(place(run_text(text, date="2024-07-02"), surface), lat, lon, 150 if surface == "Olenivka" else 15)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Bercy a gelé les avoirs de trois oligarques proches du Kremlin.", "Bercy"),
        ("Un concert de soutien à l'Ukraine a eu lieu à Bercy samedi soir.", "Bercy"),
        ("Matignon a annoncé une aide supplémentaire pour Kharkiv.", "Matignon"),
    ],
)
def test_a_government_seat_is_not_a_far_village(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-06-12")
    assert not [p for p in doc.places if surface in p.surface and p.lat is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Росіяни обстріляли Марганецьку громаду з артилерії.",
        "На території Марганецької громади пошкоджено три будинки.",
        "Ворог вдарив дронами по Марганецькій громаді.",
    ],
)
def test_a_hromada_in_any_case_is_the_hromada(run_text: Run, text: str) -> None:
    hromada = [p for p in run_text(text, date="2024-11-12").places if p.name == "Marhanetska hromada"]
    assert hromada and within(hromada[0], 47.63, 34.62, 10)


def test_a_region_in_the_accusative_is_the_region(run_text: Run) -> None:
    doc = run_text("Окупанти знову атакували Харківську область дронами.", date="2024-11-12")
    assert [p.name for p in doc.places if p.feature == "region"] == ["Kharkiv Oblast"]


@pytest.mark.parametrize(
    ("text", "village", "town"),
    [
        ("Russian forces recently advanced near Pishchane (west of Kupyansk), geolocated footage shows.", "Pishchane",
         "Kupyansk"),
        ("Les Russes ont attaqué Pishchane, à l'ouest de Koupiansk, selon l'état-major.", "Pishchane", "Koupiansk"),
    ],
)  # fmt: skip
def test_a_town_after_a_bare_direction_places_the_village(run_text: Run, text: str, village: str, town: str) -> None:
    doc = run_text(text, date="2024-11-12")
    assert place(doc, town).role == "reference" and place(doc, village).admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize(
    "text",
    [
        "Des frappes ont touché le sud de Kharkiv dans la nuit.",
        "Shelling hit the south of Kharkiv overnight.",
        "Fighting raged north of Kharkiv, the general staff said.",
    ],
)
def test_the_south_of_a_town_is_inside_it(run_text: Run, text: str) -> None:
    assert place(run_text(text, date="2024-11-12"), "Kharkiv").role == "location"


# --- session 6 (batch 11's misses, as general rules; sentences of our own in several outlets' styles) -------------


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("On 9 January 2025, Russian forces shelled Pokrovske (Synelnykove raion, Dnipropetrovsk).", 47.98, 36.23),
        ("Les bombardements ont touché Pokrovske, dans le raïon de Synelnykove, selon le gouverneur.", 47.98, 36.23),
        ("A drone hit a farm in Pokrovske, Synelnykove district, Dnipropetrovsk Oblast, on Tuesday.", 47.98, 36.23),
        ("Russian artillery struck Pokrovske, Nikopol raion, overnight, the regional governor wrote.", 47.55, 34.15),
    ],
)
def test_a_raion_named_after_its_town_holds_the_namesake(run_text: Run, text: str, lat: float, lon: float) -> None:
    """ "X (Y raion, Z)": the village is the namesake inside the raion around Y, not the one the front prior likes."""
    assert within(place(run_text(text, date="2025-01-09"), "Pokrovske"), lat, lon, 15)


def test_a_hromada_named_after_its_town_keeps_the_namesake_near_it(run_text: Run) -> None:
    doc = run_text("Russian troops shelled Andriivka (Bakhmut hromada, Bakhmut raion, Donetsk).", date="2023-09-15")
    assert within(place(doc, "Andriivka"), 48.59, 38.0, 40)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Selon le média ukrainien Babel, le commandement a retiré la brigade de ce secteur.", "Babel"),
        ("D'après le site d'information Hromadske, les évacuations ont repris.", "Hromadske"),
        ("Le média russe indépendant Fontanka a révélé le nom du pilote.", "Fontanka"),
        ("According to the news outlet Hromadske, the train was delayed by shelling.", "Hromadske"),
        ("Ukrainska Pravda reported that the minister would resign.", "Pravda"),
    ],
)
def test_outlets_named_like_villages_are_not_places(run_text: Run, text: str, absent: str) -> None:
    doc = run_text(text, date="2024-10-10")
    assert not [p for p in doc.places if absent in p.surface and p.lat is not None]


def test_a_village_named_like_an_outlet_is_still_a_place(run_text: Run) -> None:
    doc = run_text("Un drone russe a frappé Fontanka, près d'Odessa, dans la nuit.", date="2024-10-10")
    assert within(place(doc, "Fontanka"), 46.56, 30.86, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Units of the Zapad group liberated Sinkovka in the Kharkov region, the ministry said.",
        "Les troupes russes affirment avoir repris Sinkovka, dans la région de Kharkov.",
    ],
)
def test_a_russian_spelling_vouched_by_a_capture_verb_or_a_region_is_a_place(run_text: Run, text: str) -> None:
    assert within(place(run_text(text, date="2025-02-09"), "Sinkovka"), 49.77, 37.68, 10)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("According to Zelensky, Kharkiv was hit by 20 drones overnight.", "Kharkiv", 49.99, 36.23),
        ("D'après le gouverneur Oleh Syniehoubov, Kharkiv a été frappée par vingt drones.", "Kharkiv", 49.99, 36.23),
        ("Selon la porte-parole de l'armée, Zaporijjia a essuyé six frappes dans la nuit.", "Zaporijjia", 47.84, 35.14),
        ("Per the regional governor, Odesa's port was struck by a ballistic missile.", "Odesa", 46.48, 30.73),
    ],
)
def test_a_source_before_a_comma_does_not_make_the_city_its_region(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """ "According to X, Kharkiv was hit": X is a source, not an unindexed village of the Kharkiv region."""
    found = place(run_text(text, date="2025-01-10"), surface)
    assert found.feature != "region" and within(found, lat, lon, 10)


def test_a_source_before_a_comma_leaves_a_capital_its_government(run_text: Run) -> None:
    doc = run_text("According to Reuters, Moscow has lost more tanks than it can build.", date="2025-01-10")
    assert place(doc, "Moscow").role == "actor"


def test_a_list_of_regions_after_a_cue_opens_with_a_region(run_text: Run) -> None:
    doc = run_text("Dans les régions de Kharkiv, Soumy et Poltava, l'alerte a duré toute la nuit.", date="2025-01-10")
    assert [place(doc, s).feature for s in ("Kharkiv", "Soumy", "Poltava")] == ["region"] * 3


def test_an_alias_across_the_border_is_an_unindexed_village_of_the_named_region(run_text: Run) -> None:
    """ "Plekhovo, south of Sudzha, Kursk region": not Plekhiv of Poltava Oblast, which bears the name as an alias."""
    doc = run_text(
        "Russian forces retook Plekhovo, south of Sudzha, Kursk region, the ministry said.", date="2025-03-11"
    )
    assert place(doc, "Plekhovo").admin1 == "Kursk Oblast"
    doc = run_text("Russian forces shelled Krasnopolye from the Kursk region, officials said.", date="2025-03-11")
    assert place(doc, "Krasnopolye").admin1 == "Sumy Oblast"  # a border village by its Russian name stays itself


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Dmitriev a assuré que les discussions avec Washington avançaient.", "Dmitriev"),
        ("Kadyrov claimed his men had captured several Ukrainian soldiers.", "Kadyrov"),
        ("Selon l'agence, Dmitriev avait affirmé la veille que rien n'était décidé.", "Dmitriev"),
    ],
)
def test_a_lone_word_that_speaks_is_a_person(run_text: Run, text: str, absent: str) -> None:
    """A reporting verb after a lone word naming only small towns: a speaker's surname (Dmitriyev is a Kursk town)."""
    doc = run_text(text, date="2025-04-03")
    assert not [p for p in doc.places if p.surface == absent and p.lat is not None]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Moscow said the talks would resume next week.", "Moscow"),  # a capital speaks for its government
        ("Dmitriyev was shelled overnight, the Kursk governor said.", "Dmitriyev"),
    ],
)
def test_a_speaking_capital_or_a_shelled_town_keeps_its_reading(run_text: Run, text: str, surface: str) -> None:
    assert place(run_text(text, date="2025-04-03"), surface).lat is not None


@pytest.mark.parametrize(
    ("text", "surface", "town"),
    [
        ("Ukrainian drones attacked the Glushkovsky district of Kursk region overnight.", "Glushkovsky", "Glushkovo"),
        ("Shelling hit the Shebekinsky district of Belgorod region, wounding two.", "Shebekinsky", "Shebekino"),
        ("Evacuations continue in the Kursk region's Sudzhansky district.", "Sudzhansky", "Sudzha"),
        ("Russian forces shelled the Synelnykivskyi raion overnight.", "Synelnykivskyi", "Synelnykove"),
        ("A drone hit a car in the Kramatorskyi raion of Donetsk Oblast.", "Kramatorskyi", "Kramatorsk"),
        (
            "Russian forces shelled the Nikopolskyi district, Dnipropetrovsk, the governor said.",
            "Nikopolskyi",
            "Nikopol",
        ),
    ],
)
def test_a_raion_named_by_its_adjective_is_around_its_town(run_text: Run, text: str, surface: str, town: str) -> None:
    found = place(run_text(text, date="2024-09-01"), surface)
    assert found.name == town and found.role == "near"


def test_a_district_adjective_without_a_region_is_not_read_as_a_town(run_text: Run) -> None:
    """ "the Desnianskyi district" with no region named may be Kyiv's: not the village Desna."""
    doc = run_text("Debris fell in the Desnianskyi district overnight, officials said.", date="2024-09-01")
    assert not [p for p in doc.places if p.surface == "Desnianskyi" and p.name == "Desna"]


# --- round 9 (helper places2): weapon models, launch origins and speakers' offices ----------------------------------
# Batch 18 (20 rows, French in french_places.jsonl and English in toponyms.jsonl, written before running): weapon models
# named like places 8/8 at once; the role of a launch origin or an office against the act's own place 4/12, the event
# at the right place 7/12; after the rule of stages/place_roles.py 12/12 and 12/12. Batch 19 (10 rows written after that
# rule, before running): 9/10 ("les obus guidés Krasnopol" read as a village), 10/10 after the weapon-model rule.
# Batch 20 (6 rows written after both rules, before running): 6/6; one sentence makes no event (events stage).

ROLE_ROWS = [row for row in FRENCH + TOPONYM_ROWS if "event_place" in row]


@pytest.mark.model
def test_launch_origins_and_offices_are_not_the_event_place(pipeline: Pipeline) -> None:
    wrong = []
    for row, doc in zip(ROLE_ROWS, _run_rows(pipeline, ROLE_ROWS), strict=True):
        start = row["text"].find(row["surface"])
        hits = [p for p in doc.places if p.start <= start < p.end and p.lat is not None]
        events = {e.location.name for e in doc.events if e.location}
        if not hits or (hits[0].role in ("location", "near")) != row["event_place"]:
            wrong.append(f"{row['surface']}: {[(p.name, p.role) for p in hits]}")
        elif not row.get("no_event") and (hits[0].name in events) != row["event_place"]:
            wrong.append(f"{row['surface']}: events at {sorted(events)}")
    assert len(ROLE_ROWS) >= 12 and not wrong, wrong


@pytest.mark.model
def test_weapon_models_named_like_places_are_not_places(pipeline: Pipeline) -> None:
    rows = TOPONYM_NOT_PLACES
    found = [
        f"{row['surface']}: {p.name}"
        for row, doc in zip(rows, _run_rows(pipeline, rows), strict=True)
        for p in doc.places
        if row["surface"] in p.surface and p.lat is not None
    ]
    assert len(rows) >= 4 and not found, found


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Russian artillery pounded Velyka Pysarivka from across the border in the Belgorod region.", "Belgorod"),
        ("Les missiles ont été tirés depuis la Crimée occupée et ont touché Odessa vers 3 heures.", "Crimée"),
        ("Kherson came under fire again on Sunday, with shells fired from the occupied left bank near Oleshky.", None),
        ("Des drones lancés à partir de la région de Koursk ont frappé Soumy dans la nuit de mardi.", "Koursk"),
        (
            "Des obus tirés de l'autre côté de la frontière, dans la région de Belgorod, ont touché Vovtchansk.",
            "Belgorod",
        ),
    ],
)
def test_the_place_an_attack_came_from_is_not_its_place(run_text: Run, text: str, origin: str | None) -> None:
    doc = run_text(text, date="2024-06-01")
    if origin:
        assert place(doc, origin).role == "other"
    assert doc.events and all(
        e.location and e.location.admin1 not in ("Belgorod Oblast", "Kursk Oblast") for e in doc.events
    )


@pytest.mark.parametrize(
    ("text", "office", "act"),
    [
        (
            "Le gouverneur de la région de Dnipropetrovsk, Serhiï Lyssak, a signalé des tirs sur Marhanets.",
            "Dnipropetrovsk",
            "Marhanets",
        ),
        ("Kharkiv regional governor Oleh Syniehubov said a drone hit a house in Zolochiv.", "Kharkiv", "Zolochiv"),
        (
            "The head of the Sumy regional military administration reported shelling of Shostka overnight.",
            "Sumy",
            "Shostka",
        ),
        (
            "Selon le maire de Mykolaïv, Oleksandr Senkevytch, une frappe a touché le port d'Otchakiv.",
            "Mykolaïv",
            "Otchakiv",
        ),
    ],
)
def test_a_speakers_office_is_not_the_event_place(run_text: Run, text: str, office: str, act: str) -> None:
    doc = run_text(text, date="2024-07-15")
    assert place(doc, office).role == "actor" and place(doc, act).role == "location"


@pytest.mark.parametrize(
    "text",
    [
        "The governor of the Belgorod region said two people were killed by shelling overnight.",
        "Ukrainian troops withdrew from Krynky after months of fighting, the navy said.",
        "Les habitants évacués depuis Vovchansk ont été relogés à Kharkiv.",
    ],
)
def test_a_lone_office_or_a_place_left_stays_a_place_of_the_act(run_text: Run, text: str) -> None:
    doc = run_text(text, date="2024-05-20")
    first = next(p for p in doc.places if p.lat is not None)
    assert first.role in ("location", "near"), [(p.surface, p.role) for p in doc.places]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Un missile de croisière Neptune modernisé a touché un radar près d'Eupatoria.", "Neptune"),
        ("Les obus guidés Krasnopol pleuvent sur les positions ukrainiennes près de Toretsk.", "Krasnopol"),
        ("Moscow claims its Lancet drones destroyed two howitzers near Kupiansk.", "Lancet"),
        ("Ukraine's Magura V5 sea drones have pushed the Black Sea Fleet out of Sevastopol.", "Magura"),
        ("Russia fired Iskander-M and Kinzhal missiles at Kyiv overnight.", "Iskander"),
    ],
)
def test_a_weapon_model_named_like_a_village_is_not_a_place(run_text: Run, text: str, model: str) -> None:
    doc = run_text(text, date="2024-03-01")
    assert not [p.name for p in doc.places if model in p.surface and p.lat is not None]
    assert [p for p in doc.places if p.lat is not None and p.role in ("location", "near")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Three people were killed in the Kharkiv drone attack on Saturday night, the mayor said.", "Kharkiv"),
        ("Residents of Saltivka spent the night in a Kharkiv bomb shelter.", "Kharkiv"),
        ("Fighting continued near Chasiv Yar and along the Kramatorsk M03 highway.", "Kramatorsk"),
        ("Des drones russes ont visé Odessa pendant la nuit, selon la marine ukrainienne.", "Odessa"),
    ],
)
def test_a_town_beside_a_weapon_word_stays_a_place(run_text: Run, text: str, surface: str) -> None:
    assert place(run_text(text, date="2024-03-01"), surface).lat is not None


# --- session 7 (batch 21's misses, as general rules; sentences of our own in several outlets' styles) ----------------
# Batch 21 (60 rows of 2023-2025 reporting: a Catholic and a left-wing Paris daily, a Réunion, a Tunisian and an Ivorian
# daily, a Franco-German TV site, the UN's French news, a fact-checking site, English wire copy with villages that have
# namesakes), written and scored before any change: places 56/59, not places 15/17.


@pytest.mark.parametrize(
    "text",
    [
        "Selon Babel, au moins quinze soldats ont été blessés dans le bombardement.",
        "D'après Hromadske, plusieurs familles ont refusé de partir.",
        "According to Babel, the strike hit a training ground.",
        "Des explosions ont été entendues, selon Babel qui cite des sources locales.",
    ],
)
def test_a_lone_name_after_an_attribution_is_a_source(run_text: Run, text: str) -> None:
    doc = run_text(text, date="2024-11-03")
    assert not [p.name for p in doc.places if p.lat is not None], [(p.surface, p.name) for p in doc.places]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Selon Kyiv, les Russes ont perdu plus de mille hommes en une journée.", "Kyiv"),
        ("According to Moscow, the village was taken on Tuesday.", "Moscow"),
        ("Trois civils ont été tués à Kherson, selon l'administration militaire régionale.", "Kherson"),
    ],
)
def test_a_government_after_an_attribution_stays_a_place(run_text: Run, text: str, surface: str) -> None:
    assert place(run_text(text, date="2024-11-03"), surface).lat is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscou exige un retour aux accords de Minsk, que Kyiv juge caducs.", "Minsk"),
        ("Le Kremlin invoque encore le protocole de Minsk de 2014.", "Minsk"),
        ("Kyiv rappelle que le mémorandum de Budapest garantissait ses frontières.", "Budapest"),
        ("Kyiv says the Budapest Memorandum was broken when Russia annexed Crimea.", "Budapest"),
        ("Putin again blamed the West for the collapse of the Minsk agreements.", "Minsk"),
        ("Paris veut relancer le format Normandie avant l'été.", "Normandie"),
    ],
)
def test_an_agreement_named_after_a_city_is_not_a_place(run_text: Run, text: str, name: str) -> None:
    doc = run_text(text, date="2025-02-18")
    assert not [p.name for p in doc.places if name in p.surface and p.lat is not None]


def test_a_city_where_talks_are_held_stays_a_place(run_text: Run) -> None:
    doc = run_text("Les délégations se sont retrouvées à Minsk pour de nouveaux pourparlers.", date="2023-05-10")
    assert place(doc, "Minsk").lat is not None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("L'armée s'est repliée sur une ligne de villages à l'ouest, dont Berdytchi et Orlivka.", "Berdytchi"),
        ("Russian forces shelled several villages, including Berdichi and Tonenke, overnight.", "Berdichi"),
        ("Plusieurs localités, notamment Berdytchi, ont été évacuées dans la journée.", "Berdytchi"),
    ],
)
def test_a_village_listed_after_a_settlement_noun_is_a_place(run_text: Run, text: str, surface: str) -> None:
    berdychi = place(run_text(text, date="2024-02-25"), surface)
    assert berdychi.admin1 == "Donetsk Oblast" and within(berdychi, 48.19, 37.64, 10)


@pytest.mark.parametrize(
    "text",
    [
        "L'oblast de Dnipropetrovsk, longtemps épargné, est menacé. Les Russes sont à quinze kilomètres de Pokrovske.",
        "Russian forces shelled Pokrovske in Dnipropetrovsk Oblast, the regional governor said.",
        "Pokrovske, dans la région de Dnipropetrovsk, a été visée par des bombes planantes.",
    ],
)
def test_the_2025_front_reaches_the_dnipropetrovsk_border(run_text: Run, text: str) -> None:
    pokrovske = place(run_text(text, date="2025-07-12"), "Pokrovske")
    assert within(pokrovske, 47.98, 36.24, 10), (pokrovske.lat, pokrovske.lon)


def test_the_2025_front_line_is_dated() -> None:
    from kronika.stages.place_ranking import _front_lines_on, front_distance_km

    pokrovske = (47.98, 36.24)
    assert (
        front_distance_km(*pokrovske, _front_lines_on("2025-07-12"))
        < 30
        < front_distance_km(*pokrovske, _front_lines_on("2024-06-01"))
    )


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("L'opération Toile d'araignée a frappé la base d'Olenia, près de Mourmansk.", 68.15, 33.46),
        ("Ukrainian drones hit Tu-22M3 bombers at Shaykovka air base in the Kaluga region.", 54.23, 34.37),
        ("Des drones ont visé l'aérodrome de Borissoglebsk, dans la région de Voronej.", 51.37, 42.18),
        ("Satellite images show four bombers burning at Belaya air base in Siberia.", 52.92, 103.58),
    ],
)
def test_air_bases_struck_in_2024_2025_are_sites(run_text: Run, text: str, lat: float, lon: float) -> None:
    doc = run_text(text, date="2025-06-02")
    sites = [p for p in doc.places if p.feature == "site"]
    assert sites and within(sites[0], lat, lon, 5), [(p.surface, p.name) for p in doc.places]


@pytest.mark.parametrize(
    ("text", "region", "target"),
    [
        ("Guided bombs dropped from aircraft over the Belgorod region hit Kharkiv on Sunday.", "Belgorod", "Kharkiv"),
        ("Des bombes planantes larguées au-dessus de la région de Belgorod ont frappé Kharkiv.", "Belgorod", "Kharkiv"),
        ("Russian jets released glide bombs over the Kursk region, striking Sumy overnight.", "Kursk", "Sumy"),
        ("Les bombardiers ont tiré au-dessus de la région de Saratov ; un missile a frappé Lviv.", "Saratov", "Lviv"),
    ],
)
def test_a_region_a_weapon_was_released_over_is_an_origin(run_text: Run, text: str, region: str, target: str) -> None:
    doc = run_text(text, date="2024-06-01")
    assert place(doc, region).role == "other" and place(doc, target).role in ("location", "near")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Russian air defences shot down 30 drones over the Bryansk region and two over Moscow.", "Bryansk"),
        ("Deux drones ont été abattus au-dessus de la région de Koursk et un troisième a touché Belgorod.", "Koursk"),
        ("Les drones interceptés au-dessus de l'oblast de Tchernihiv visaient Kyiv.", "Tchernihiv"),
    ],
)
def test_a_region_drones_were_downed_over_is_the_place_of_the_interception(
    run_text: Run, text: str, region: str
) -> None:
    assert place(run_text(text, date="2024-06-01"), region).role in ("location", "near")


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Russian sources claimed advances near Rabotino on the Zaporozhye front.", 47.45, 35.84),
        ("Les Russes affirment avoir repris Kleshcheyevka, au sud de Bakhmout.", 48.54, 37.97),
        ("The ministry said its troops had liberated Tonenkoye, west of Avdeyevka.", 48.14, 37.65),
    ],
)
def test_a_russian_spelling_of_a_front_village_finds_it(run_text: Run, text: str, lat: float, lon: float) -> None:
    doc = run_text(text, date="2023-09-20")
    assert any(within(p, lat, lon, 10) for p in doc.places if p.lat is not None), [
        (p.surface, p.name) for p in doc.places
    ]


# Batch 22 (22 rows written after the rules above, before running; Lorraine, Monaco, Corsican, Haitian, Senegalese,
# Cameroonian and Luxembourg outlets, a Belgian Catholic weekly, a Quebec radio; business wires, a Gulf broadcaster):
# places 19/21, not places 4/5 at the first score.


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Un village de l'oblast de Kharkiv, Kozatcha Lopan, a été touché par une bombe planante.", "Kozatcha Lopan"),
        ("Kozacha Lopan was hit by a glide bomb on Friday, the regional governor said.", "Kozacha Lopan"),
        ("Dans la nuit, Velykyi Bourlouk a encore été frappé par des drones.", "Velykyi Bourlouk"),
    ],
)
def test_a_village_struck_in_the_passive_is_a_place(run_text: Run, text: str, surface: str) -> None:
    assert place(run_text(text, date="2024-05-30"), surface).admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kovalenko a été touché par une balle au bras, a précisé son unité.", "Kovalenko"),
        ("La 155e brigade Anne de Kyiv, formée en France, a été déployée près de Pokrovsk.", "Kyiv"),
        ("La frégate Amiral Makarov a été touchée par un drone naval au large de la Crimée.", "Makarov"),
        ("Le patrouilleur Sergueï Kotov a été coulé au large de Kertch.", "Kotov"),
    ],
)
def test_people_units_and_ships_named_after_people_are_not_places(run_text: Run, text: str, name: str) -> None:
    doc = run_text(text, date="2024-12-20")
    assert not [p.name for p in doc.places if name in p.surface and p.lat is not None]


def test_a_brigade_from_a_town_leaves_the_town_a_place(run_text: Run) -> None:
    doc = run_text("Une brigade venue de Kherson a repoussé un assaut près de Toretsk.", date="2024-12-20")
    assert place(doc, "Kherson").lat is not None


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("A drone attack sparked a fire at a fuel terminal in the Baltic port of Ust-Luga.", 59.68, 28.40),
        ("Des drones navals ont visé un ferry dans le port de Kavkaz, en face de la Crimée.", 45.33, 36.67),
    ],
)
def test_ports_struck_in_2024_2025_are_sites(run_text: Run, text: str, lat: float, lon: float) -> None:
    sites = [p for p in run_text(text, date="2024-05-30").places if p.feature == "site"]
    assert sites and within(sites[0], lat, lon, 5)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Des obus sont tombés sur Nova Kakhovka, Golo Pristan et Oleshky dans la nuit.", "Golo Pristan", 46.52, 32.52),
        (
            "Une vidéo a été tournée près du village de Makiivkan, dans la région de Louhansk.",
            "Makiivkan",
            49.23,
            37.99,
        ),
        (
            "Footage was filmed on a farm near Makiivkan in the Luhansk region, the investigators said.",
            "Makiivkan",
            49.23,
            37.99,
        ),
    ],
)
def test_an_unread_name_the_text_places_in_a_region_is_its_village_one_letter_away(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    assert within(place(run_text(text, date="2023-06-06"), surface), lat, lon, 15)


def test_a_list_across_regions_respells_nothing(run_text: Run) -> None:
    doc = run_text("Des drones ont visé Kharkiv, Golo Pristan et Odessa dans la nuit.", date="2023-06-06")
    assert not [p for p in doc.places if p.surface == "Golo Pristan" and p.lat is not None]


# Batch 23 (19 rows written after every rule above, before running: captions, a wire dateline, a Mauritian and Le Havre
# outlet, Telegram channels and spokesmen): places 12/14, not places 4/4 at the first score (one miss a related-article
# link the clean stage removes, one the compound-name rule below).


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        (
            "Un drone a touché une station-service à Bilhorod-Dnistrovskyï dans la nuit.",
            "Bilhorod-Dnistrovskyï",
            46.19,
            30.35,
        ),
        ("Drones hit the port of Belgorod-Dnestrovsky on the Dniester estuary.", "Belgorod-Dnestrovsky", 46.19, 30.35),
        ("Russian forces shelled Krasny Liman overnight, the separatists said.", "Krasny Liman", 48.99, 37.81),
    ],
)
def test_a_compound_name_is_the_town_that_bears_it(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    assert within(place(run_text(text, date="2022-06-06"), surface), lat, lon, 10)


# --- session 8 (helper places): batch 24, scraped pages of outlets not used before ------------------------------------
# Batch 24 (85 rows written and scored before any change: short scraped pages of African, Caribbean, Pacific, Acadian
# and French regional outlets, a Chinese and a Turkish agency's French services, datelines in capitals, headlines glued
# to the text; 20 hard negatives; 20 English wire rows of 2024-2025): places 59/63 (French 40/44, English 19/19), not
# places 13/20. Fixed by the rules below (62/63 and 20/20; the last a photo credit line the clean stage removes).


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("InternationalZaporijjia bombardée dans la nuit, deux morts", "Zaporijjia", 47.84, 35.14),
        ("Lire la suiteOdessa : le port de nouveau visé par des drones.", "Odessa", 46.48, 30.73),
        ("Photo AFPKramatorsk, le 4 juin 2024 : un immeuble éventré.", "Kramatorsk", 48.72, 37.56),
        ("Ukraine warKharkiv hit by glide bombs as Russia presses north", "Kharkiv", 49.99, 36.23),
    ],
)
def test_a_place_glued_to_the_word_before_it_is_read(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    assert within(place(run_text(text, date="2024-06-04"), surface), lat, lon, 15)


def test_brand_words_glued_together_are_not_places(run_text: Run) -> None:
    doc = run_text(
        "Selon DeepState, les Russes avancent ; la vidéo circule sur YouTube et WhatsApp.", date="2024-06-04"
    )
    assert not [p for p in doc.places if p.lat is not None and p.surface in ("State", "Tube", "App")]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("KOUPIANSK (Ukraine), envoyé spécial. Les obus tombent sur la gare.", "KOUPIANSK", 49.71, 37.61),
        ("SOUMY, envoyée spéciale. La ville vit au rythme des sirènes.", "SOUMY", 50.91, 34.80),
        ("ZAPOROJIE, 3 mars (Reuters) - Une frappe a tué deux personnes.", "ZAPOROJIE", 47.84, 35.14),
        ("Mis à jour à 08h12KRAMATORSK (AFP) - Les sirènes ont retenti.", "KRAMATORSK", 48.72, 37.56),
        ("BELGOROD, Russia (AP) — Drones were shot down over the city.", "BELGOROD", 50.60, 36.59),
    ],
)
def test_a_dateline_in_capitals_is_read_in_any_spelling(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    assert within(place(run_text(text, date="2024-03-03"), surface), lat, lon, 15)


def test_capitals_inside_a_sentence_stay_acronyms(run_text: Run) -> None:
    doc = run_text("Les observateurs de la SMM et de l'UNESCO ont visité le site.", date="2024-03-03")
    assert not [p for p in doc.places if p.lat is not None and p.surface in ("SMM", "UNESCO")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Le Chakhtar Donetsk s'est qualifié aux dépens du Dynamo Kyiv.", "Donetsk"),
        ("Shakhtar Donetsk beat Metalist Kharkiv 2-0 in the league.", "Kharkiv"),
        ("Shakhtar Donetsk beat Metalist Kharkiv 2-0 in the league.", "Metalist"),
        ("Le Spartak Moscou a été exclu des coupes européennes.", "Moscou"),
        ("Le Metalist 1925 Kharkiv a battu le Dnipro-1 à Lviv.", "Kharkiv"),
        ("Le Chakhtar de Donetsk a éliminé le Zorya de Louhansk.", "Louhansk"),
        ("Le Chakhtar de Donetsk a éliminé le Zorya de Louhansk.", "Zorya"),
        ("Le bataillon d'assaut Skala tient la lisière ouest.", "Skala"),
        ("The Skala assault battalion holds the western edge.", "Skala"),
        ("La brigade mécanisée Kholodny Yar a repoussé l'assaut.", "Kholodny Yar"),
        ("La bière Obolon se vend jusqu'au Canada.", "Obolon"),
        ("L'oléoduc Droujba a été visé par des drones ukrainiens.", "Droujba"),
        ("Hungary says supplies through the Druzhba pipeline have resumed.", "Druzhba"),
        ("D'après Baza, la frappe a visé un dépôt.", "Baza"),
    ],
)
def test_clubs_units_brands_pipelines_and_sources_are_not_places(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-10-02")
    assert not [p for p in doc.places if p.lat is not None and surface in p.surface]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Le Dynamo a joué à Kyiv devant cinq mille spectateurs.", "Kyiv", 50.45, 30.52),
        ("Une brigade mécanisée venue de Kherson a relevé les marines.", "Kherson", 46.64, 32.61),
        ("The Kharkiv drone attack killed two people overnight.", "Kharkiv", 49.99, 36.23),
    ],
)
def test_the_same_words_stay_places_outside_those_names(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    assert within(place(run_text(text, date="2024-10-02"), surface), lat, lon, 15)


def test_a_village_named_like_a_pipeline_stays_a_place(run_text: Run) -> None:
    doc = run_text("À Droujba, dans la région de Soumy, un drone a frappé une maison.", date="2024-10-02")
    assert place(doc, "Droujba").admin1 == "Sumy Oblast"


def test_a_city_of_the_war_still_speaks_after_selon(run_text: Run) -> None:
    doc = run_text("Selon Varsovie, la frontière reste ouverte ; selon Kyiv, vingt drones ont été abattus.")
    assert {p.surface for p in doc.places if p.lat is not None} >= {"Varsovie", "Kyiv"}


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Des missiles ont visé Nikolaïev, le port sur le Boug, dans la nuit.", "Nikolaïev", 46.97, 32.00),
        ("À Nikolaïev, les coupures d'eau durent depuis un an.", "Nikolaïev", 46.97, 32.00),
        ("Un drone s'est écrasé à Matveïev Kourgan, dans la région de Rostov.", "Matveïev Kourgan", 47.57, 38.87),
        ("Kryvyï Rih, ville natale du président, a été visée.", "Kryvyï Rih", 47.91, 33.39),
    ],
)
def test_a_french_diaeresis_spelling_reaches_the_name_it_renders(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """French writes й and ї as "ï" ("Nikolaïev" for Nikolaev): the city known by that alias, not a village that
    only a spelling key reaches (Mykolaivka of Donetsk Oblast, nearer the front)."""
    assert within(place(run_text(text, date="2024-06-12"), surface), lat, lon, 15)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Les troupes russes affirment contrôler Ougledar après deux ans de siège.", "Ougledar", 47.78, 37.25),
        ("Moscou revendique la chute d'Ougledar, bastion sur une colline.", "Ougledar", 47.78, 37.25),
        ("Les Russes seraient entrés dans Kourakhovo par le sud.", "Kourakhovo", 47.98, 37.28),
        ("Russian forces took Ugledar after a two-year siege, the ministry said.", "Ugledar", 47.78, 37.25),
        ("Russian troops advanced toward Kurakhovo from the east.", "Kurakhovo", 47.98, 37.28),
    ],
)
def test_the_object_of_a_verb_of_capture_is_a_place_in_any_spelling(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """Batch 26's miss: "contrôler Ougledar" (a Russian spelling in French, NER reading a person); towns are taken,
    controlled and entered, people are not."""
    assert within(place(run_text(text, date="2024-10-02"), surface), lat, lon, 15)


def test_people_after_a_verb_of_capture_stay_people(run_text: Run) -> None:
    doc = run_text("Le Kremlin contrôle Pouchiline ; les Russes ont pris Kovalenko en otage.", date="2024-10-02")
    assert not [p for p in doc.places if p.lat is not None and p.surface in ("Pouchiline", "Kovalenko")]


@pytest.mark.parametrize(
    "text",
    [
        "Des drones ukrainiens ont frappé l'usine d'Alabouga, au Tatarstan, à 1 200 km de la frontière.",
        "Ukrainian drones hit the Alabuga special economic zone in Tatarstan, where Shahed drones are assembled.",
    ],
)
def test_the_alabuga_drone_plant_is_a_site(run_text: Run, text: str) -> None:
    """A 2024-2025 target far from the front (data/sites.json): the zone's plant, not Tatarstan's capital."""
    plant = next(p for p in run_text(text, date="2024-08-10").places if "Alab" in p.surface)
    assert plant.admin1 == "Republic of Tatarstan" and within(plant, 55.8, 52.15, 5)


# --- session 9 (helper places): batch 28, short scraped pages of 2023-2025 from outlets not used before -------------
# Batch 28 (66 rows written and scored before any change: Senegalese, Haitian, Malian, Monegasque, Mayotte and
# Guadeloupe outlets, a portal's syndicated pages, farm, energy, maritime and aviation trade sites, a morning
# newsletter, an anti-nuclear association; 15 hard negatives; 17 English wire rows): places 43/47 (French 30/34,
# English 13/13), not places 14/15. Its misses led to the rules below, each checked on sentences of our own.
# Batch 29 (21 rows written after those rules, first score): places 18/18, not places 3/3; batch 30 (21 rows with
# namesakes): places 14/15, not places 3/3 ('la ville d'Azov', fixed below); batch 31 (20 ACLED-style notes of
# 2023-2025 in our own wording, toponyms.jsonl): 19/19.


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Lecture 3 minVelyka Novossilka : les civils évacués", "Velyka Novossilka", 47.85, 36.83),
        ("Publié à 06h15Kryvyï Rih frappée par un missile balistique, quatre morts", "Kryvyï Rih", 47.91, 33.39),
        ("En images14:02Nova Kakhovka privée d'électricité après une frappe", "Nova Kakhovka", 46.75, 33.37),
        ("Ukraine latestChasiv Yar garrison holds the canal line, brigade says", "Chasiv Yar", 48.59, 37.84),
    ],
)
def test_a_two_word_name_glued_to_the_word_before_it_is_read_whole(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """A name of two words glued to a time or a word: the whole name, not its second word alone ("Rih", "Yar")."""
    assert within(place(run_text(text, date="2024-09-10"), surface), lat, lon, 15)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Le dépôt pétrolier de Tikhoretsk a pris feu après une attaque de drones.", "Tikhoretsk", 45.85, 40.13),
        ("Un incendie ravage le terminal pétrolier de Novorossiïsk depuis la nuit.", "Novorossiïsk", 44.72, 37.77),
        ("Le terminal pétrolier de Touapsé a suspendu ses chargements après l'attaque.", "Touapsé", 44.10, 39.07),
    ],
)
def test_an_oil_depot_of_a_town_is_that_town(run_text: Run, text: str, surface: str, lat: float, lon: float) -> None:
    """'pétrolier' after a noun is an adjective ('le dépôt pétrolier de X'): X is the town, not a tanker's name."""
    assert within(place(run_text(text, date="2025-01-24"), surface), lat, lon, 15)


def test_a_tanker_named_like_a_town_is_not_a_place(run_text: Run) -> None:
    doc = run_text("Le pétrolier Koramil et le méthanier Pskov ont été sanctionnés par Londres.", date="2025-01-10")
    assert not [p for p in doc.places if p.lat is not None and p.surface in ("Koramil", "Pskov")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Madyar, le commandant des forces de drones, a publié une nouvelle vidéo.", "Madyar"),
        ("Kellogg, the US special envoy, met the Ukrainian president on Thursday.", "Kellogg"),
        ("Witkoff, Trump's envoy, flew back from the talks.", "Witkoff"),
        ("Brovdi, l'ancien chef d'une unité de drones, a été promu.", "Brovdi"),
    ],
)
def test_a_lone_name_before_a_title_in_apposition_is_a_person(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2025-06-18")
    assert not [p for p in doc.places if p.lat is not None and p.surface == surface]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Russian forces shelled Kupiansk, the governor said.", "Kupiansk", 49.71, 37.62),
        ("Vovchansk, the regional governor said, was hit twice overnight.", "Vovchansk", 50.29, 36.94),
        ("Koupiansk, le gouverneur Oleh Syniehoubov a annoncé deux morts.", "Koupiansk", 49.71, 37.62),
        ("Pokrovsk, le chef-lieu du district, se vide de ses habitants.", "Pokrovsk", 48.28, 37.18),
    ],
)
def test_a_town_before_the_speakers_title_stays_a_place(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    assert within(place(run_text(text, date="2024-05-20"), surface), lat, lon, 15)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Moscow said its troops had captured Vodiane, a village next to Avdiivka.", "Vodiane", 48.10, 37.67),
        ("Les Russes revendiquent Novoselivka, un petit village au nord de Lyman.", "Novoselivka", 49.07, 37.70),
        ("Les habitants de Myrnohrad, voisine de Pokrovsk, sont appelés à partir.", "Myrnohrad", 48.30, 37.26),
    ],
)
def test_a_settlement_noun_in_apposition_before_near_keeps_the_namesake_near_the_town(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """'X, a village next to Y', 'X, un petit village au nord de Y', 'X, voisine de Y': X is the namesake near Y."""
    assert within(place(run_text(text, date="2024-02-28"), surface), lat, lon, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Des drones ont été abattus dans la région de KourskUn homme a été blessé par des débris.",
        "Trois villages évacués dans la région de BelgorodLe gouverneur a annoncé un couvre-feu.",
        "Alerte aérienne dans l'oblast de SoumyLes écoles restent fermées.",
    ],
)
def test_a_region_glued_to_the_next_sentence_is_the_region(run_text: Run, text: str) -> None:
    """'dans la région de KourskUn homme…': a scraped page glued the next sentence on; the region, not its capital."""
    regions = [p for p in run_text(text, date="2024-08-20").places if p.feature == "region"]
    assert regions and regions[0].name.endswith("Oblast")


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Des drones ont visé l'usine d'Ielabouga, au Tatarstan, à 1 200 km du front.", "Ielabouga", 55.76, 52.04),
        ("Une raffinerie a brûlé à Novokouïbychevsk, dans la région de Samara.", "Novokouïbychevsk", 53.10, 49.92),
        ("La raffinerie de Syzran a de nouveau été touchée par des drones.", "Syzran", 53.16, 48.47),
        ("Explosions à Ielabouga : l'usine de drones touchée", "Ielabouga", 55.76, 52.04),
    ],
)
def test_a_russian_town_far_from_the_front_as_french_spells_it(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """A Russian town of 10,000 reached only by a spelling key is a place where the text says so: a locative, a
    facility of the town, a region after it."""
    assert within(place(run_text(text, date="2024-04-02"), surface), lat, lon, 15)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Le concerto de Tchaïkovski a été retiré du programme.", "Tchaïkovski"),
        ("Les symphonies de Tchaïkovski ouvrent la saison du festival.", "Tchaïkovski"),
    ],
)
def test_a_writers_name_is_not_the_russian_town_that_bears_it(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-04-02")
    assert not [p for p in doc.places if p.lat is not None and p.surface == surface]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("La base d'Olenivka, sur la côte ouest de la Crimée, a été visée par des drones.", "Olenivka", 45.38, 32.53),
        ("Drones hit a radar near Olenivka in western Crimea overnight.", "Olenivka", 45.38, 32.53),
        ("Des combats à Novoselivka, dans le sud de la région de Donetsk.", "Novoselivka", 47.55, 37.45),
    ],
)
def test_a_namesake_in_the_part_of_the_region_the_text_names(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """'sur la côte ouest de la Crimée', 'in western Crimea', 'dans le sud de la région de Donetsk': among namesakes
    of the region, one lying in that part of it, seen from the region's centre."""
    found = place(run_text(text, date="2024-05-30"), surface)
    assert within(found, lat, lon, 35 if surface == "Novoselivka" else 15)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        (
            "Les Russes affirment avoir pris Kostiantynivka, un village au nord-est de Vouhledar.",
            "Kostiantynivka",
            47.87,
            37.41,
        ),
        ("Russian forces shelled the village of Kostiantynivka near Vuhledar.", "Kostiantynivka", 47.87, 37.41),
        ("Shelling hit Kostiantynivka, Donetsk region, killing two.", "Kostiantynivka", 48.53, 37.71),
        ("The border villages of Sumy are emptying as shelling goes on.", "Sumy", 50.91, 34.80),
        ("Les villages de Kostiantynivka se vident sous les bombardements.", "Kostiantynivka", 48.53, 37.71),
    ],
)
def test_a_place_the_text_calls_a_village_is_not_the_town_of_its_name(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """'un village au nord-est de Vouhledar', 'the village of X': not the town of 67,000 that bears the name."""
    assert within(place(run_text(text, date="2024-09-28"), surface), lat, lon, 12)


@pytest.mark.parametrize(
    "text",
    [
        "La ville d'Azov, dans la région de Rostov, a été visée par des drones dans la nuit.",
        "Drones hit the town of Azov in the Rostov region.",
    ],
)
def test_a_town_named_like_an_armed_group_is_a_place_after_a_settlement_noun(run_text: Run, text: str) -> None:
    azov = place(run_text(text, date="2024-11-14"), "Azov")
    assert within(azov, 47.11, 39.42, 10)


def test_the_armed_group_stays_an_actor(run_text: Run) -> None:
    doc = run_text("Le régiment Azov a défendu Marioupol pendant trois mois.", date="2022-05-20")
    assert not [p for p in doc.places if p.surface == "Azov" and p.lat is not None]


@pytest.mark.parametrize(
    "text",
    [
        "L'armée russe affirme avoir repris Snagost, Komarovka et Plekhovo, dans la région de Koursk.",
        "De violents combats se poursuivent à Komarovka, près de Korenevo, dans la région russe de Koursk.",
        "Moscow said its troops had retaken Komarovka and Plekhovo in the Kursk region on Tuesday.",
    ],
)
def test_a_border_village_the_sentence_puts_in_a_russian_region_is_not_its_ukrainian_namesake(
    run_text: Run, text: str
) -> None:
    """Komarovka of the Kursk region is missing from the gazetteer; Komarivka of Sumy Oblast, across the border, is
    not meant when every region the sentence names is Russian."""
    komarovka = place(run_text(text, date="2024-09-01"), "Komarovka")
    assert komarovka.country == "RU" and komarovka.admin1 == "Kursk Oblast"


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Komarivka from the Kursk region, the governor said.",
        "Les forces russes ont pilonné Komarivka depuis la région de Koursk.",
        "Russian forces shelled Komarivka, Sumy, from the territory of the Kursk region.",
        "Komarivka, un village ukrainien tout proche de la région de Koursk, a été bombardé.",
        "Shelling hit Komarivka, near the border with Russia's Kursk region, overnight.",
    ],
)
def test_a_village_shelled_from_a_russian_region_stays_in_ukraine(run_text: Run, text: str) -> None:
    komarivka = place(run_text(text, date="2024-09-01"), "Komarivka")
    assert komarivka.country == "UA" and komarivka.admin1 == "Sumy Oblast"


# --- session 10 (helper places): batch 32, 2023-2025 pages and notes of outlets not used before ----------------------
# Batch 32 (46 rows, "batch": 32 in french_places.jsonl and toponyms.jsonl, written and scored before any change):
# places 28/32, not places 13/14; misses: towns GeoNames lists under another romanisation of their own name (Soltsy for
# Sol’tsy, Hvardiiske for Hvardiyske), a weapon named with its kind between the name and the noun ("a Buk air
# defence launcher"), and two places no shipped source holds (Dyagilevo, Plauru; known_miss).


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Two long-range bombers were hit at Soltsy overnight, satellite images show.", "Soltsy", 58.12, 30.32),
        ("Explosions rocked Hvardiiske, in Crimea, where Russia keeps attack helicopters.", "Hvardiiske", 45.12, 34.02),
    ],
)
def test_a_town_under_another_romanisation_of_its_own_name_is_named_by_it(
    run_text: Run, text: str, surface: str, lat: float, lon: float
) -> None:
    """GeoNames lists 'Soltsy' and 'Hvardiiske' as alternate names of Sol’tsy and Hvardiyske: the same name, not a
    former one, so the town is read (not dropped as a small foreign place known by an alias) and is not outranked by
    a village that bears the other spelling."""
    assert within(place(run_text(text, date="2024-05-16"), surface), lat, lon, 10)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The brigade's drones destroyed a Buk anti-aircraft system and two howitzers.", "Buk"),
        ("Ukraine's navy hit a Buk-M2 launcher near Kherson.", "Buk"),
        ("Les drones ont détruit un canon automoteur Msta et un système sol-air Buk.", "Buk"),
        ("Un système Tor-M2 a été détruit par un drone FPV.", "Tor"),
    ],
)
def test_a_weapon_named_with_its_kind_or_model_is_not_a_place(run_text: Run, text: str, surface: str) -> None:
    doc = run_text(text, date="2024-07-19")
    assert not [p for p in doc.places if p.surface == surface and p.lat is not None]


# Batch 33 (20 rows written after those rules, first score, no change made for it): places 12/13, not places 7/7; its
# miss, "the airfield at Khalino" (a village no source holds; the site lists "Khalino airfield" only), led to the rule
# below, which also reads batch 32's "La base de Diaguilevo".


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Ukrainian drones hit the airfield at Savasleyka, in the Nizhny Novgorod region, overnight.", 55.44, 42.31),
        ("Selon l'état-major, la base de Diaguilevo a été touchée par des drones.", 54.64, 39.57),
        ("Satellite pictures show burnt aircraft at the air base of Khalino, east of Kursk.", 51.75, 36.3),
    ],
)
def test_an_air_base_named_after_a_village_no_source_holds_is_read_in_any_order(
    run_text: Run, text: str, lat: float, lon: float
) -> None:
    doc = run_text(text, date="2025-06-02")
    assert any(p.lat is not None and within(p, lat, lon, 10) for p in doc.places), doc.places


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Les frappes ont visé Kharkiv-Nord dans la nuit, selon le maire Ihor Terekhov.", 50.0, 36.23),
        ("Trains were halted at Zaporizhzhia-South station after the strike.", 47.84, 35.14),
    ],
)
def test_a_part_of_a_town_no_source_lists_is_the_town(run_text: Run, text: str, lat: float, lon: float) -> None:
    doc = run_text(text, date="2024-10-12")
    assert any(p.lat is not None and within(p, lat, lon, 15) for p in doc.places), doc.places
