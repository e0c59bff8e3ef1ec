"""Whose toll a figure is when one report tells several acts (stages/event_tolls.py, stages/events.py).

Pages and sentences written for the project, in the manner of regional dailies, wires and broadcasters' sites.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.stages.event_tolls import tells_total
from kronika.tolls import casualties

pytestmark = pytest.mark.model

RunText = Callable[..., Document]


def _tolls(doc: Document) -> dict[str, tuple[int | None, int | None]]:
    return {e.location.name: (e.fatalities, e.injuries) for e in doc.events if e.location is not None}


def _at(doc: Document, prefix: str) -> tuple[int | None, int | None]:
    found = [toll for name, toll in _tolls(doc).items() if name.lower().startswith(prefix.lower())]
    assert len(found) == 1, _tolls(doc)
    return found[0]


def test_a_headline_total_over_several_towns_is_no_town_s_toll(run_text: RunText) -> None:
    page = (
        "Frappes russes sur Mykolaïv, Kherson et Odessa : cinq morts\n"
        "Publié le 14/05/2025 à 07h10\n"
        "Mykolaïv, Kherson et Odessa ont été visées par des drones russes dans la nuit de mardi à mercredi, "
        "selon les autorités régionales.\n"
        "À Mykolaïv, trois personnes ont été tuées dans une frappe sur un entrepôt, a indiqué le gouverneur.\n"
        "À Kherson, un drone a touché un minibus : un homme a été tué.\n"
        "À Odessa, une femme a été tuée par un drone qui a frappé un immeuble du centre.\n"
    )
    doc = run_text(page, date="2025-05-14")
    assert _at(doc, "Mykola")[0] == 3
    assert _at(doc, "Kherson")[0] == 1
    assert _at(doc, "Odes")[0] == 1


@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        (
            "Russian artillery shelled Nikopol and Marhanets on Monday, killing three civilians, the regional "
            "governor said.",
            "Nikopol",
            "Marhanets",
            (2, 1),
        ),
        (
            "Lundi, des drones russes ont frappé Soumy et Konotop, faisant quatre blessés, selon l'administration "
            "régionale.",
            "Sum",
            "Konotop",
            (2, 2),
        ),
    ],
)
def test_one_toll_for_two_towns_of_a_clause_is_shared_evenly(
    run_text: RunText, text: str, first: str, second: str, expected: tuple[int, int]
) -> None:
    doc = run_text(text, date="2025-05-12")
    told = [_at(doc, first), _at(doc, second)]
    assert [sum(x or 0 for x in toll) for toll in told] == list(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Dans la nuit de mardi à mercredi, un missile a frappé un immeuble de Dnipro, tuant deux personnes. "
        "À Kherson, un drone a touché une voiture : un homme a été tué. "
        "Au total, six personnes ont été tuées et dix-huit blessées dans le pays, selon le ministère de "
        "l'Intérieur.",
        "Overnight, a Russian missile hit an apartment block in Dnipro, killing two people. "
        "In Kherson, a drone struck a car, killing a man. "
        "In total, six people were killed and 18 wounded across the country, the interior ministry said.",
    ],
)
def test_a_round_up_total_after_acts_at_several_towns_is_no_act_s_toll(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2025-05-14")
    assert _at(doc, "Dnipro") == (2, None)
    assert _at(doc, "Kherson") == (1, None)


def test_victims_in_two_districts_of_one_town_add_up(run_text: RunText) -> None:
    text = (
        "Kyiv a été attaquée par des drones russes dans la nuit de dimanche à lundi, selon l'administration "
        "militaire de la ville. "
        "Dans le quartier de Podilskyi, des débris sont tombés sur un immeuble : quatre personnes ont été blessées. "
        "Dans le quartier d'Obolonskyi, un incendie s'est déclaré dans un garage ; deux personnes ont été blessées."
    )
    doc = run_text(text, date="2025-03-03")
    assert _at(doc, "Kyiv") == (None, 6)


def test_a_town_s_total_after_its_districts_replaces_their_figures(run_text: RunText) -> None:
    text = (
        "Russian drones attacked Kyiv overnight, the city's military administration said. "
        "In the Darnytskyi district, debris fell on a high-rise, injuring two people. "
        "In the Sviatoshynskyi district, a man was killed when debris hit his car. "
        "In total, one person was killed and four were injured in the capital, the head of the administration said."
    )
    doc = run_text(text, date="2025-03-03")
    assert _at(doc, "Kyiv") == (1, 4)


def test_a_district_named_after_its_town_is_that_town_s(run_text: RunText) -> None:
    text = (
        "Kherson came under Russian fire again on Monday. "
        "A drone hit a city bus in the Dniprovskyi district, killing the driver and wounding three passengers, "
        "governor Oleksandr Prokudin said."
    )
    doc = run_text(text, date="2025-03-10")
    assert [e.location.name for e in doc.events if e.location] == ["Kherson"]
    assert _at(doc, "Kherson") == (1, 3)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Lundi matin, un missile russe a endommagé une installation énergétique à Lviv, sans faire de victimes. "
            "À Loutsk, un immeuble d'habitation a été touché : une personne a été tuée, selon le maire.",
            "Lutsk",
        ),
        (
            "On Monday morning, a Russian missile damaged an energy facility in Lviv; no casualties were reported. "
            "In Lutsk, an apartment building was hit and one person was killed, the mayor said.",
            "Lutsk",
        ),
    ],
)
def test_a_round_up_goes_on_at_the_next_town_it_opens_with(run_text: RunText, text: str, town: str) -> None:
    doc = run_text(text, date="2024-08-26")
    assert _at(doc, "Lviv") == (None, None)
    assert _at(doc, town)[0] == 1


def test_a_round_up_sentence_with_no_damage_nor_toll_adds_no_act(run_text: RunText) -> None:
    text = (
        "Lundi matin, un missile russe a endommagé une installation énergétique à Lviv. "
        "À Loutsk, les habitants ont passé la nuit dans les abris."
    )
    doc = run_text(text, date="2024-08-26")
    assert [e.location.name for e in doc.events if e.location] == ["Lviv"]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Au total, trois personnes ont été tuées.", True),
        ("En tout, onze blessés ont été hospitalisés.", True),
        ("All told, 14 people were injured.", True),
        ("Au total, 58 des 84 drones ont été abattus.", False),
        ("Trois personnes ont été tuées.", False),
    ],
)
def test_a_total_is_a_total_toll(text: str, total: bool) -> None:
    assert tells_total(text) is total


def test_drone_hits_in_two_districts_of_a_town_add_their_victims(run_text: RunText) -> None:
    text = (
        "Des drones russes ont visé Zaporijjia dans la nuit de jeudi à vendredi, selon le gouverneur. "
        "Dans le quartier de Shevchenkivskyi, un drone a frappé une maison : une femme a été blessée. "
        "Dans le quartier d'Oleksandrivskyi, un drone a touché un immeuble ; quatre habitants ont été blessés."
    )
    doc = run_text(text, date="2025-06-06")
    assert _at(doc, "Zapori") == (None, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 19 on Saturday after a woman died in hospital, officials said.", (19, None)),
        ("Le bilan s'est alourdi à douze morts après le décès d'un homme à l'hôpital.", (12, None)),
    ],
)
def test_a_new_total_counts_the_victim_it_is_explained_by(text: str, expected: tuple[int, None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "A drone struck an apartment building in the city of Kursk on Sunday. On Monday, authorities of the "
            "Belgorod region ordered the evacuation of villages in the Krasnaya Yaruga district."
        ),
        (
            "Un drone a frappé un immeuble de Koursk dimanche. Lundi, les autorités de la région de Belgorod ont "
            "ordonné l'évacuation des villages du district de Krasnaïa Iarouga."
        ),
    ],
)
def test_a_district_of_the_region_the_sentence_names_is_no_part_of_an_earlier_town(
    run_text: RunText, text: str
) -> None:
    """'X district' in the region the sentence names is that region's raion, not a quarter of the town before."""
    doc = run_text(text, date="2024-08-12")
    names = [e.location.name for e in doc.events if e.location]
    assert names.count("Kursk") == 1, names
