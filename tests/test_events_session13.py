"""Events of whole articles (session 13, issue 15): tolls in more words ("une douzaine", "tombés les armes à la
main", assailants "neutralisés", a toll "revu" upwards, an earlier provisional toll, a count that includes someone
told before), the other side's dead of a fight added, civilians killed in a generic attack typed as an attack on
civilians, a relative clause telling the place's standing situation kept out of the act, a place's position in the
territory kept out of the act's places, another act at a place the gazetteer does not know kept apart, an air
defence's tally of drones shot down over several regions, Israeli and US strikes from the air. Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.stages.event_typing import best_cue
from kronika.tolls import casualties, is_update

pytestmark = pytest.mark.model

RunText = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six gendarmes ont été tués et une douzaine d'autres ont été blessés dans l'embuscade.", (6, 12)),
        ("Une quarantaine de personnes ont été blessées, selon la mairie.", (None, 40)),
        ("Trois militaires sont tombés les armes à la main lors de l'assaut.", (3, None)),
        ("L'état-major fait état de 23 terroristes neutralisés au cours de l'opération.", (23, None)),
        ("The army said 11 assailants neutralized during the raid.", (11, None)),
        ("La défense antiaérienne a neutralisé 24 drones pendant la nuit.", (None, None)),
        ("Le bilan initial, qui faisait état de neuf morts, pourrait encore évoluer.", (None, None)),
    ],
)  # fmt: skip
def test_tolls_in_more_words(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("La préfecture a revu dans la soirée son bilan à onze morts.", True),
        ("The health ministry later revised its toll to 14 dead.", True),
        ("Quatre passants ont été blessés, dont le conducteur du bus, selon les secours.", True),
        ("Quatre passants ont été blessés, dont deux enfants, selon les secours.", False),
    ],
)  # fmt: skip
def test_a_revised_toll_or_a_count_including_someone_told_is_an_update(text: str, update: bool) -> None:
    assert is_update(text) is update


def test_the_toll_revised_upwards_replaces_the_first(run_text: RunText) -> None:
    text = (
        "Une frappe a tué au moins quatre personnes jeudi soir dans un immeuble de Kharkiv, selon la mairie. "
        "Les autorités régionales ont revu vendredi leur bilan à six morts."
    )
    doc = run_text(text, date="2025-03-07")
    assert [(e.location and e.location.name, e.fatalities) for e in doc.events] == [("Kharkiv", 6)]


def test_an_earlier_provisional_toll_is_no_lower_count(run_text: RunText) -> None:
    text = (
        "Au moins quinze civils ont été tués mercredi soir dans une attaque près de Beni, selon la société civile. "
        "Le bilan provisoire, qui faisait état de dix morts jeudi matin, pourrait encore s'alourdir."
    )
    doc = run_text(text, date="2024-05-10")
    assert [e.fatalities for e in doc.events] == [15]


def test_the_other_sides_dead_add_up(run_text: RunText) -> None:
    text = (
        "Les forces ukrainiennes ont repoussé mardi un assaut contre leurs positions près de Pokrovsk, selon "
        "l'état-major. Neuf assaillants ont été tués. Du côté ami, deux soldats sont tombés les armes à la main."
    )
    doc = run_text(text, date="2025-02-05")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Battles", 11)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au moins douze civils ont été tués dans la nuit de lundi à mardi lors d'une attaque attribuée à une "
            "milice dans un village proche de Beni, selon des sources locales.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "Quatre villageois tués à Beni lors d'une attaque de rebelles, affrontements à Goma",
            ("Violence against civilians", "Attack"),
        ),
        (
            "Trois civils ont été tués mardi lors d'affrontements entre l'armée et des rebelles près de Beni.",
            ("Battles", "Armed clash"),
        ),
    ],
)
def test_civilians_killed_in_a_generic_attack(run_text: RunText, text: str, expected: tuple[str, str]) -> None:
    doc = run_text(text, date="2024-05-08")
    assert [(e.event_type, e.sub_event_type) for e in doc.events if e.location and e.location.name == "Beni"] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un retraité a été tué lundi par un drone à Koupiansk, où les troupes russes tentent de s'infiltrer "
            "dans les faubourgs, a indiqué le parquet régional.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "A man was killed by a drone on Monday in Kupiansk, where Russian troops are trying to advance, the "
            "regional prosecutor said.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
    ],
)
def test_the_places_standing_situation_is_not_the_act(run_text: RunText, text: str, expected: tuple[str, str]) -> None:
    doc = run_text(text, date="2025-11-04")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [expected]


def test_a_past_act_told_in_the_relative_clause_stays_the_act(run_text: RunText) -> None:
    text = "Trois personnes ont été blessées lundi à Zaporijjia, où un missile a touché un entrepôt."
    doc = run_text(text, date="2025-11-04")
    assert [(e.event_type, e.injuries) for e in doc.events] == [("Explosions/Remote violence", 3)]


def test_the_places_position_in_a_territory_is_no_second_place(run_text: RunText) -> None:
    text = (
        "Une frappe a touché une école de Gaza samedi, faisant trois morts. Dans la nuit, une frappe sur une maison "
        "de Khan Younès, dans le sud de la bande de Gaza, a fait sept morts, selon un hôpital."
    )
    doc = run_text(text, date="2024-08-04")
    tolls = sorted((e.location and e.location.name, e.fatalities) for e in doc.events)
    assert tolls == [("Gaza", 3), ("Khān Yūnis", 7)]


def test_another_act_at_an_unknown_place_keeps_its_toll_apart(run_text: RunText) -> None:
    text = (
        "Une frappe a tué au moins cinq personnes mardi soir dans un immeuble de Tyr, selon le ministère de la "
        "Santé. Le même soir, trois soldats ont été tués par une frappe de drone près de Qlayaa, a indiqué "
        "l'armée."
    )
    doc = run_text(text, date="2024-10-16")
    assert [(e.location and e.location.name, e.fatalities) for e in doc.events] == [("Tyre", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Une frappe israélienne a visé dimanche un immeuble du centre de Beyrouth.",
        "Israeli strikes hit two houses in Rafah overnight, medics said.",
        "US strikes on a fuel terminal killed dozens of people, the rebels said.",
    ],
)
def test_israeli_and_us_strikes_are_from_the_air(text: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == "Air/drone strike"


def test_a_russian_strike_is_still_a_missile_strike() -> None:
    cue = best_cue("Une frappe russe a touché un entrepôt de Dnipro dans la nuit.")
    assert cue is not None and cue.sub == "Shelling/artillery/missile attack"


def test_a_tally_of_drones_shot_down_is_no_strike() -> None:
    cue = best_cue("La défense aérienne affirme avoir abattu pendant la nuit 31 des 40 drones lancés par la Russie.")
    assert cue is not None and cue.sub == "Disrupted weapons use"


def test_a_toll_told_in_another_region_is_not_the_last_acts(run_text: RunText) -> None:
    text = (
        "Des drones russes ont visé le port d'Odessa pendant la nuit, provoquant un incendie, selon le "
        "gouverneur.\n\n"
        "11h20 - Un mort et deux blessés dans la région de Belgorod\n\n"
        "Côté russe, un civil a été tué et deux autres blessés par des tirs ukrainiens sur la ville de Chebekino, "
        "selon le gouverneur régional."
    )
    doc = run_text(text, date="2023-10-19")
    odesa = [(e.fatalities, e.injuries) for e in doc.events if e.location and "Odesa" in e.location.name]
    assert odesa and all(toll == (None, None) for toll in odesa)
