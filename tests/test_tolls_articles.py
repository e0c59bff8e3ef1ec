"""Tolls and places of whole French articles (session 10): ages in words, a time between the verb and its count,
victims by role with whose they are, rough figures a precise one supersedes, a country's total, a site's part of a
toll, who the victims were, places beside the act, a further act at the same place. Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document, Place
from kronika.stages.event_context import beside_the_act
from kronika.tolls import approximate, casualties

pytestmark = pytest.mark.model

RunText = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une femme de 31 ans et sa fille de deux ans ont été tuées lorsqu'un drone a frappé leur maison.", (2, None)),
        ("Un garçon de six ans a été blessé par des éclats, selon la police.", (None, 1)),
        ("Une fillette de onze ans et sa grand-mère de soixante-dix ans ont été tuées.", (2, None)),
        ("Deux personnes, dont un bébé de huit mois, ont été blessées à Kherson.", (None, 2)),
        ("Un missile a tué mardi soir au moins 14 personnes dans un supermarché.", (14, None)),
        ("The strike killed on Sunday at least 20 people in the city centre.", (20, None)),
        ("Trois employés de la société municipale des eaux ont été blessés par un drone.", (None, 3)),
        ("Deux agents de la compagnie d'électricité ont été tués, a indiqué l'opérateur.", (2, None)),
        ("Les blessés, au nombre de 47, ont été conduits vers trois hôpitaux.", (None, 47)),
        ("Parmi les blessés figurent quatre enfants, a précisé le maire.", (None, None)),
        ("Among the dead are two firefighters, the emergency service said.", (None, None)),
    ],
)
def test_article_sentences_give_their_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des dizaines de personnes ont été blessées dans l'explosion.", (False, True)),
        ("Au moins 9 personnes ont été tuées et plus de cent blessées.", (False, True)),
        ("More than 30 people were killed, officials said.", (True, False)),
        ("Neuf personnes ont été tuées et 31 blessées.", (False, False)),
    ],
)
def test_rough_and_lower_bound_figures_are_told_apart(text: str, expected: tuple[bool, bool]) -> None:
    assert approximate(text) == expected


def test_a_precise_figure_supersedes_a_rough_one(run_text: RunText) -> None:
    text = (
        "Une frappe de missile a touché mercredi soir un restaurant de Kramatorsk, faisant six morts. Des dizaines de "
        "personnes ont été blessées.\n\nSelon les secours, 48 personnes ont été blessées, dont deux enfants."
    )
    doc = run_text(text, date="2024-03-14")
    assert [(e.location.name if e.location else None, e.fatalities, e.injuries) for e in doc.events] == [
        ("Kramatorsk", 6, 48)
    ]


def test_a_country_total_and_a_site_part_leave_the_town_toll(run_text: RunText) -> None:
    text = (
        "Des frappes russes ont fait au moins 19 morts lundi à Dnipro, selon les autorités de la ville. Au total, au "
        "moins 31 personnes ont été tuées dans le pays. Trois employés ont été tués à l'usine, a précisé le maire."
    )
    doc = run_text(text, date="2024-05-06")
    assert [(e.location.name if e.location else None, e.fatalities) for e in doc.events] == [("Dnipro", 19)]


def test_a_further_act_at_another_time_is_its_own_event(run_text: RunText) -> None:
    text = (
        "Un missile russe a frappé jeudi soir un quartier résidentiel d'Odessa, tuant quatre personnes, selon le "
        "gouverneur. Dans la nuit de jeudi à vendredi, un autre drone a frappé Odessa, blessant deux personnes."
    )
    doc = run_text(text, date="2024-10-11")
    assert sorted(((e.fatalities, e.injuries) for e in doc.events), key=str) == [(4, None), (None, 2)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Trois ressortissants étrangers ont été blessés, a indiqué Bogota.", "Bogota"),
        ("« C'est un crime », a réagi le président, alors à Grenade (Espagne) pour un sommet.", "Grenade"),
        ("L'attaque est survenue à la veille du sommet de l'OTAN à Washington.", "Washington"),
        ("Kiev (Ukraine) - Le bilan de la frappe sur Pokrovsk est passé à neuf morts.", "Kiev"),
    ],
)
def test_places_beside_the_act(text: str, surface: str) -> None:
    start = text.index(surface)
    assert beside_the_act(text, Place(surface=surface, start=start, end=start + len(surface)))


def test_the_place_of_the_act_is_not_beside_it() -> None:
    text = "Un homme a été blessé à Nikopol, tandis qu'à Marhanets deux femmes ont été tuées."
    start = text.index("Marhanets")
    assert not beside_the_act(text, Place(surface="Marhanets", start=start, end=start + len("Marhanets")))


def test_a_later_sentence_dates_an_act_the_lede_dates_by_its_report(run_text: RunText) -> None:
    text = (
        "Le bilan d'une frappe de missiles russes sur Mykolaïv s'est alourdi à huit morts, ont annoncé dimanche les "
        "autorités régionales.\n\nLa frappe a touché samedi matin un immeuble du centre-ville, selon le gouverneur."
    )
    doc = run_text(text, date="2024-06-02")
    assert [(e.date, e.fatalities) for e in doc.events] == [("2024-06-01", 8)]
