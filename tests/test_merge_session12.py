"""One page's events (session 12, issue 15): the toll of an earlier act a report only mentions to date itself ("au
lendemain de la frappe qui a fait neuf morts") stays with that act, and a headline that places the act only at a
region ("une frappe russe fait 14 morts dans la région de Kharkiv") is the body's act at a town of that region when
the day and the tolls agree, never a distinct act of the region. Sentences of our own."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.stages.event_tolls import earlier_act_toll_dropped
from kronika.tolls import casualties

pytestmark = pytest.mark.model

RunText = Callable[..., Document]


_ACT = re.compile(r"artillerie|obus|shells?|bombard\w*", re.I)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'artillerie a de nouveau visé Izioum jeudi, au lendemain de la frappe qui a fait sept morts au marché.",
         (None, None)),
        ("Deux jours après la frappe de missiles qui a fait 12 morts, un obus a tué une femme à Kherson.", (1, None)),
        ("Russian shells hit Kupiansk on Friday, a day after the missile strike that killed 14 people, wounding two.",
         (None, 2)),
        ("Three days after the drone attack which killed nine, shells killed a man in Sumy.", (1, None)),
        ("L'artillerie a tiré sur le marché d'Izioum, faisant sept morts.", (7, None)),
        ("Au lendemain du bombardement, le bilan est passé à huit morts.", (8, None)),
    ],
)  # fmt: skip
def test_an_earlier_acts_toll_is_no_count_of_the_act_it_dates(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert casualties(earlier_act_toll_dropped(text, _ACT)) == expected


def test_a_report_of_the_earlier_act_itself_keeps_its_toll() -> None:
    text = "Des images montrent le port endommagé, un jour après une attaque de missiles qui a fait 24 blessés."
    assert casualties(earlier_act_toll_dropped(text, re.compile(r"attaque de missiles", re.I))) == (None, 24)


def test_a_shelling_the_day_after_a_deadly_strike_keeps_its_own_toll(run_text: RunText) -> None:
    doc = run_text(
        "Izioum de nouveau bombardée au lendemain de la frappe meurtrière\n\n"
        "L'artillerie russe a de nouveau visé Izioum jeudi après-midi, au lendemain de la frappe de missiles qui a "
        "fait sept morts près de la gare. Une femme de 58 ans a été tuée dans un quartier de maisons individuelles, "
        "a annoncé le gouverneur régional.\n",
        date="2024-05-16",
    )
    izium = [e for e in doc.events if e.location and e.location.name.startswith("Iz")]
    assert izium, [(e.location and e.location.name, e.fatalities) for e in doc.events]
    assert all(e.fatalities != 7 for e in izium)
    assert any(e.fatalities == 1 for e in izium)


_REGION_HEADLINE = (
    "France 24 - Europe\n"
    "Ukraine : une frappe russe fait au moins 14 morts dans la région de Kharkiv\n"
    "Au moins 14 personnes ont été tuées jeudi par une frappe aérienne russe sur le village de Balakliia, dans "
    "l'est de l'Ukraine, alors qu'elles attendaient une distribution d'aide humanitaire, a annoncé le gouverneur "
    "régional sur Telegram.\n"
    "« C'est un crime de guerre », a-t-il écrit.\n"
)


def test_a_headline_at_the_region_is_the_bodys_act_at_its_town(run_text: RunText) -> None:
    doc = run_text(_REGION_HEADLINE, date="2024-05-16")
    acts = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(acts) == 1, [(e.location and e.location.name, e.sub_event_type, e.fatalities) for e in acts]
    assert acts[0].location is not None and acts[0].location.geo_precision == "point"
    assert acts[0].fatalities == 14


def test_a_town_of_the_region_with_a_toll_of_its_own_is_another_act(run_text: RunText) -> None:
    text = (
        "France 24 - Europe\n"
        "Ukraine : une frappe russe fait au moins 14 morts dans la région de Kharkiv\n"
        "Trois personnes ont été blessées jeudi par une frappe aérienne russe sur le village de Balakliia, dans "
        "l'est de l'Ukraine, a annoncé le gouverneur régional sur Telegram.\n"
    )
    doc = run_text(text, date="2024-05-16")
    acts = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(acts) == 2, [(e.location and e.location.name, e.fatalities, e.injuries) for e in acts]
