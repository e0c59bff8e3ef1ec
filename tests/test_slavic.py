"""Ukrainian and Russian posts: cues, tolls, dates and places (sentences written for the project)."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kronika.stages.dates_slavic import slavic_dates
from kronika.stages.event_slavic import slavic_casualties, slavic_cue, slavic_non_event

DATA = Path(__file__).parent / "data" / "slavic_posts.jsonl"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Окупанти обстріляли Нікополь з важкої артилерії.", "Shelling/artillery/missile attack"),
        ("Противник нанес ракетный удар по Харькову.", "Shelling/artillery/missile attack"),
        ("Ворожий дрон атакував цивільний автомобіль.", "Air/drone strike"),
        ("ВСУ атаковали село с помощью беспилотников.", "Air/drone strike"),
        ("Сили ППО знешкодили 9 ворожих безпілотників.", "Disrupted weapons use"),
        ("Над регионом сбиты три беспилотных летательных аппарата.", "Disrupted weapons use"),
        ("Пенсіонер підірвався на протипіхотній міні біля лісу.", "Remote explosive/landmine/IED"),
        ("Поліція затримала чоловіка, який підпалив авто військового.", "Arrests"),
        ("Сотрудники ФСБ задержали жителя, который готовил поджог подстанции.", "Arrests"),
        ("Десятки людей вийшли на мітинг біля міськради.", "Peaceful protest"),
        ("На митинге полиция задержала 12 участников.", "Protest with intervention"),
        ("Тривають запеклі бої за село.", "Armed clash"),
        ("Окупанти викрали двох волонтерів.", "Abduction/forced disappearance"),
    ],
)
def test_cue_by_stem(text: str, sub: str) -> None:
    cue = slavic_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    "text",
    [
        "В області оголошено повітряну тривогу.",
        "Існує загроза ракетного удару по столиці.",
        "Противник готовит наступление.",
    ],
)
def test_alerts_and_threats_are_no_events(text: str) -> None:
    assert slavic_non_event(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Загинули 5 людей, ще 11 поранені.", (5, 11)),
        ("Загинули троє мешканців, двоє дістали поранень.", (3, 2)),
        ("Внаслідок удару загинув 47-річний чоловік.", (1, None)),
        ("Погибла мирная жительница, еще четверо ранены.", (1, 4)),
        ("Пострадали шесть человек, в том числе ребёнок.", (None, 6)),
        ("Станом на 11:00 відомо про 9 загиблих і 40 поранених.", (9, 40)),
        ("Постраждалих немає.", (None, None)),
    ],
)
def test_tolls(text: str, toll: tuple[int | None, int | None]) -> None:
    assert slavic_casualties(text) == toll


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Учора ввечері ворог обстріляв місто.", "2024-06-09"),
        ("Сегодня утром прогремели взрывы.", "2024-06-10"),
        ("У ніч на 8 червня ворог атакував область.", "2024-06-08"),
        ("Утром 3 июня ВСУ атаковали поселок.", "2024-06-03"),
        ("У суботу в місті пройшов мітинг.", "2024-06-08"),
        ("За минулу добу ворог 40 разів обстріляв громаду.", "2024-06-09"),
        ("30 декабря произошел взрыв.", "2023-12-30"),
        ("Минулої ночі ворог атакував громаду дронами.", "2024-06-09"),  # last night: the day before, as in English
        ("Прошлой ночью беспилотник ударил по складу.", "2024-06-09"),
        ("Минувшей ночью над областью сбиты три дрона.", "2024-06-09"),
        ("Вночі ворог атакував місто ракетами.", "2024-06-10"),  # the post's night: its own day ("cette nuit")
        ("Этой ночью над городом работала ПВО.", "2024-06-10"),
    ],
)
def test_dates(text: str, day: str) -> None:
    anchor = (date(2024, 6, 10), "day")
    if day.startswith("2023"):
        anchor = (date(2024, 1, 4), "day")
    mentions = slavic_dates(text, anchor)
    assert mentions and mentions[0].date == day


def test_posts_batch_gives_located_typed_events() -> None:
    spec = importlib.util.spec_from_file_location(
        "slavic_posts", Path(__file__).parent.parent / "bench" / "slavic_posts.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.load(DATA, batch=1)
    results = [bench.checks(row, event) for row, event in zip(rows, bench.first_events(rows), strict=True)]
    share = {name: sum(r[name] for r in results) / len(rows) for name in bench.FIELDS}
    assert share["event"] >= 0.95 and share["sub-type"] >= 0.9
    assert share["place"] >= 0.85 and share["date"] >= 0.9 and share["killed"] >= 0.9


def test_french_text_is_not_read_as_slavic() -> None:
    assert slavic_cue("Une frappe de drone a touché Kharkiv.") is None
    assert json.loads(DATA.read_text(encoding="utf-8").splitlines()[0])["lang"] == "uk"


@pytest.mark.parametrize(
    ("text", "surface", "stance"),
    [
        ("У Павлограді внаслідок ракетного удару поранено трьох людей, повідомив голова ОВА.", "голова ОВА", "assert"),
        ("По данным МЧС, в Курске при атаке беспилотника пострадал мужчина.", "МЧС", "assert"),
        ("Ворог обстріляв Бериславщину, поранено жінку. Про це повідомили в ОВА.", "в ОВА", "assert"),
        ("Губернатор заявил, что сообщения об ударе не соответствуют действительности.", "Губернатор", "deny"),
    ],
)
def test_claims_name_their_speaker(run_text: Any, text: str, surface: str, stance: str) -> None:
    doc = run_text(text, date="2024-06-10")
    assert [(c.source_surface, c.stance) for c in doc.claims][:1] == [(surface, stance)]
