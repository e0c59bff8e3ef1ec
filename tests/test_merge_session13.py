"""One incident, several outlets (session 13, issue 15). Two acts of one town and day told apart by their tolls
(the dead and the injured both far apart) stay two, and a report that tells no toll, or one neither matches, joins
neither; a report of the next day that tells the aftermath ("Au lendemain de la frappe …", "le bilan provisoire
s'établit à 18 morts") joins the strike of the day before; a report dated only by its publication may be of the
day before it; a headline's toll goes to the body's one act that tells none. Events and sentences of our own;
fresh13 before 0.833/0.833 (one distinct report merged away), after in tests/test_link.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document, Event, Evidence, Location
from kronika.stages.link import decide, link_events

RunText = Callable[..., Document]

_TOWN = ("Mykolaiv", 46.97, 31.99)


def _strike(
    event_id: str, doc: str, day: str, dead: int | None, hurt: int | None, text: str = "x", *, published: bool = False
) -> Event:
    name, lat, lon = _TOWN
    return Event(
        event_id,
        [doc],
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        day,
        day,
        "day",
        Location(name, lat, lon, "UA", "Mykolaiv Oblast", "point"),
        fatalities=dead,
        injuries=hurt,
        evidence=[Evidence(doc, 0, len(text), text)],
        dated_by_publication=published,
    )


def test_two_acts_of_one_day_told_apart_by_both_tolls_stay_two() -> None:
    town_hall = _strike("a", "d1", "2022-03-29", 7, 22)
    quarter = _strike("b", "d2", "2022-03-29", 1, 3)
    assert decide(town_hall, quarter) is None


def test_an_early_and_a_later_count_of_one_strike_still_link() -> None:
    early = _strike("a", "d1", "2022-03-29", 7, 22)
    later = _strike("b", "d2", "2022-03-29", 12, 30)  # the wounded agree within half: one strike
    assert decide(early, later) is not None


def test_an_update_is_no_second_act() -> None:
    early = _strike("a", "d1", "2022-03-29", 2, 5)
    update = _strike("b", "d2", "2022-03-29", 20, 40, "The death toll has risen to 20 dead, with 40 injured.")
    assert decide(early, update) is not None


@pytest.mark.parametrize(("dead", "hurt"), [(None, None), (36, None)])
def test_a_report_joins_neither_of_two_acts_its_toll_does_not_tell(dead: int | None, hurt: int | None) -> None:
    town_hall = _strike("a", "d1", "2022-03-29", 7, 22)
    quarter = _strike("b", "d2", "2022-03-29", 1, 3)
    vague = _strike("c", "d3", "2022-03-29", dead, hurt)
    clusters = link_events([town_hall, quarter, vague]).clusters
    assert clusters["c"] == "c" and clusters["a"] != clusters["b"]


def test_a_report_whose_toll_tells_one_of_two_acts_joins_it() -> None:
    town_hall = _strike("a", "d1", "2022-03-29", 7, 22)
    quarter = _strike("b", "d2", "2022-03-29", 1, 3)
    same = _strike("c", "d3", "2022-03-29", 7, None)
    clusters = link_events([town_hall, quarter, same]).clusters
    assert clusters["c"] == clusters["a"] != clusters["b"]


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan provisoire s'établit à 18 morts et 59 blessés, selon les secours.",
        "Au lendemain de la frappe sur le centre commercial, 18 morts ont été dénombrés.",
        "Rescuers counted 18 dead on Tuesday, a day after the Russian strike on the mall.",
    ],
)
def test_a_report_of_the_aftermath_joins_the_strike_of_the_day_before(text: str) -> None:
    strike = _strike("a", "d1", "2022-06-27", 13, 40)
    aftermath = _strike("b", "d2", "2022-06-28", 18, 59, text)
    reason = decide(strike, aftermath)
    assert reason is not None and reason.date_overlap_days == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A missile hit the refinery on Tuesday, a day after the strike that killed 13 people.", 20),
        ("Le bilan provisoire s'établit à deux morts.", 2),  # fewer dead: another act
        ("Le bilan provisoire s'établit à 200 morts.", 200),  # tenfold: another act
        ("Un missile a frappé le port mardi, faisant 18 morts.", 18),  # no aftermath told: another day's strike
    ],
)
def test_another_act_of_the_next_day_stays_apart(text: str, dead: int) -> None:
    strike = _strike("a", "d1", "2022-06-27", 13, 40)
    other = _strike("b", "d2", "2022-06-28", dead, None, text)
    assert decide(strike, other) is None


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("The attack came a day after a missile strike killed 18 people in the city.", False),
        ("Il survient au lendemain de la frappe qui a fait 18 morts dans la ville.", False),
        ("The strike killed 18 people, officials said again on Wednesday.", True),  # told again: one strike
    ],
)
def test_an_act_told_only_as_the_one_another_came_after_has_no_next_day(text: str, linked: bool) -> None:
    """fresh4: the recalled strike, dated by the report's own day, had taken the update of the day before away
    from the strike's own reports once the update's headline toll was read."""
    update = _strike("a", "d1", "2025-04-05", 18, 60, "The number of people killed has risen to 18.")
    recalled = _strike("b", "d2", "2025-04-06", 18, None, text)
    assert (decide(update, recalled) is not None) is linked


def test_an_update_published_two_days_later_without_a_date_of_its_own_joins() -> None:
    strike = _strike("a", "d1", "2022-06-27", 13, 40)
    update = _strike("b", "d2", "2022-06-29", 20, None, "Le bilan s'alourdit à 20 morts", published=True)
    assert decide(strike, update) is not None


@pytest.mark.model
def test_a_headline_toll_goes_to_the_body_act_that_tells_none(run_text: RunText) -> None:
    doc = run_text(
        "Kherson : 14 morts dans la frappe sur la gare routière\n"
        "Les secouristes ont achevé mardi les recherches dans les décombres de la gare routière de Kherson, touchée "
        "par un missile russe, a annoncé l'administration militaire régionale.\n",
        date="2024-05-16",
    )
    acts = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(acts) == 1, [(e.location and e.location.name, e.fatalities) for e in doc.events]
    assert acts[0].fatalities == 14


@pytest.mark.model
def test_a_headline_toll_of_another_place_is_not_the_body_acts(run_text: RunText) -> None:
    doc = run_text(
        "Odessa : 14 morts dans une frappe sur le port\n"
        "Un missile russe a touché mardi la gare routière de Kherson, a annoncé l'administration militaire "
        "régionale.\n",
        date="2024-05-16",
    )
    kherson = [e for e in doc.events if e.location and e.location.name.startswith("Kherson")]
    assert kherson and all(e.fatalities is None for e in kherson), [
        (e.location and e.location.name, e.fatalities) for e in doc.events
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Frappe sur Odessa : le bilan s'alourdit à neuf morts\n"
        "Les secouristes ont retiré deux nouveaux corps des décombres de l'immeuble touché mardi par un drone russe, "
        "a annoncé le maire.\n",
        "Odesa strike death toll rises to nine\n"
        "Rescuers pulled two more bodies from the rubble of the apartment block hit by a Russian drone on Tuesday, the "
        "mayor said.\n",
    ],
)
def test_a_headline_update_is_the_reports_latest_toll(run_text: RunText, text: str) -> None:
    """Before: the two bodies found were the report's toll (2 dead)."""
    doc = run_text(text, date="2024-05-16")
    odesa = [e for e in doc.events if e.location and e.location.name == "Odesa"]
    assert len(odesa) == 1 and odesa[0].fatalities == 9, [
        (e.location and e.location.name, e.fatalities) for e in doc.events
    ]


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("A drone hit a house in the city on Saturday, injuring two, a day after the strike that killed seven.", True),
        ("Un drone a touché une maison samedi, blessant deux femmes, au lendemain de la frappe qui a fait sept morts.",
         True),
        ("A drone hit a house in the city on Saturday, injuring two women.", False),  # nothing names an earlier act
    ],
)  # fmt: skip
def test_a_report_naming_an_earlier_act_with_its_toll_is_not_that_act(text: str, apart: bool) -> None:
    """fresh14's miss: the report of a drone on a house "a day after the guided bomb strike that killed seven" had
    joined that strike's update of the same day; an event that counts dead is the act it names, not its own."""
    strike = _strike("a", "d1", "2024-08-31", 7, 97)
    drone = _strike("b", "d2", "2024-08-31", None, 2, text)
    assert (decide(strike, drone) is None) is apart
