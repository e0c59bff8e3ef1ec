"""Event typing on ACLED's conventions of 2023-2025 reporting: sentences written here in several outlets' styles
(ACLED-style notes, wires, Kyiv Independent / Meduza / Ukrinform in translation, French dailies), not copied."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from conftest import DATA
from kronika.model import Document
from kronika.stages.event_typing import best_cue, typing_view

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the weapon that names a unit is not an act
        (
            "The Ukrainian army created a new drone battalion in Zaporizhzhia, its commander said.",
            "Change to group/activity",
        ),
        ("Moscow announced the formation of a new artillery brigade in Bryansk oblast.", "Change to group/activity"),
        # forces moved, a mutiny begun or ended
        (
            "Russian commanders moved fresh reserves towards Pokrovsk, Ukrainian officials said.",
            "Change to group/activity",
        ),
        ("Le commandement russe a transféré des unités supplémentaires vers Koupiansk.", "Change to group/activity"),
        ("Wagner fighters began an armed mutiny in Rostov-on-Don on Saturday morning.", "Change to group/activity"),
        # agreements: a truce declared, bodies returned, a ceasefire agreed with a longer object
        ("The Kremlin declared a unilateral three-day ceasefire for the Victory Day holidays.", "Agreement"),
        ("Bodies of 502 fallen defenders were returned to Ukraine on Friday.", "Agreement"),
        ("Moscou a annoncé une trêve de trente heures pour Pâques.", "Agreement"),
        ("Both sides agreed at the talks in Riyadh to a limited maritime ceasefire.", "Agreement"),
        # suicide bombs, chemical weapons, railway sabotage
        (
            "A man blew up explosives strapped to his chest at the entrance of a police station in Nalchik.",
            "Suicide bomb",
        ),
        (
            "The attacker detonated the device near the checkpoint, killing himself and wounding two guards.",
            "Suicide bomb",
        ),
        (
            "Russian units fired grenades filled with an unknown toxic substance at trenches near Kreminna.",
            "Chemical weapon",
        ),
        ("Defenders near Siversk reported shells containing hazardous chemicals.", "Chemical weapon"),
        ("A blast derailed a freight train carrying fuel near Ryazan on Saturday.", "Remote explosive/landmine/IED"),
        # crowds: unknown men beating, villagers pelting a recruitment car, a group at some distance from its act
        ("Unknown men beat a Ukrainian-speaking teenager in a park in Odesa.", "Mob violence"),
        (
            "Villagers in Bilohiria, furious at the raid, pelted a recruitment office car with stones.",
            "Mob violence",
        ),
        ("A group of young men near the market in Dnipro attacked two recruitment officers.", "Mob violence"),
        # forces beating a person, seizing property, a person held incommunicado
        ("Russian soldiers dragged the farmer out of his house and beat him with rifle butts.", "Attack"),
        (
            "Occupation authorities seized apartments of displaced residents in Berdiansk.",
            "Looting/property destruction",
        ),
        (
            "The volunteer has been held incommunicado since his detention in Melitopol.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_cues_of_2023_2025_reporting(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drone operators of the 92nd brigade struck a Russian tank near Vovchansk.",
        "The Russian army accused Kyiv of breaking the truce announced for Easter.",
        "A drone unit of the National Guard shot down a Russian reconnaissance UAV near Kupiansk.",
    ],
)
def test_no_unit_formation_without_one(text: str) -> None:
    cue = best_cue(text)
    assert cue is None or cue.sub != "Change to group/activity"


def test_the_typing_view_keeps_the_actor_after_the_units() -> None:
    view = typing_view(
        "On 4 May 2024, in Kupiansk city, Kupiansk raion, Kharkiv, National Police officers detained a man."
    )
    assert "National Police officers detained" in view and "raion" not in view
    assert typing_view("Tetkino, Glushkovskiy raion, Kursk, Russia, was shelled.") == "Tetkino, was shelled."


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 3 May 2024, Russian forces detained a school director in Enerhodar; his whereabouts remain unknown.",
            "Abduction/forced disappearance",
        ),
        ("SBU officers detained a man in Odesa who had photographed air defence positions.", "Arrests"),
        (
            "Police used force against participants of a rally in Kharkiv on 2 June 2024; one woman suffered a "
            "broken leg.",
            "Excessive force against protesters",
        ),
        (
            "Residents protesting a bus route closure in Lutsk on 5 June 2024 scuffled with police officers.",
            "Violent demonstration",
        ),
    ],
)
def test_subtypes_refined_by_the_sentence(run_text: Callable[..., Document], text: str, sub: str) -> None:
    doc = run_text(text, date="2024-06-05")
    assert doc.events and doc.events[0].sub_event_type == sub


def test_acled_style_notes_of_2024_on() -> None:
    """The fresh notes written here (tests/data/acled_style_notes_2024.jsonl, batch 4 scored 0.838 before its rules):
    a floor, so that a change that loses the small classes shows."""
    from conftest import ROOT, load_script

    notes = [json.loads(line) for line in (DATA / "acled_style_notes_2024.jsonl").read_text().splitlines() if line]
    first = load_script(ROOT / "bench" / "event_eval.py", "kronika_event_eval").first_events(notes)
    right = sum(
        event is not None and event.sub_event_type == note["sub_event_type"]
        for event, note in zip(first, notes, strict=True)
    )
    assert len(notes) >= 100 and right / len(notes) >= 0.95


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # round 2 (after fresh batch 5): a place left "without battle", troops arriving, relay cabinets burned
        (
            "Ukrainian troops left Krasnohorivka without a shot fired, and Russian units moved in.",
            "Non-violent transfer of territory",
        ),
        (
            "The garrison withdrew from the hamlet without battle on Tuesday, the General Staff said.",
            "Non-violent transfer of territory",
        ),
        (
            "Several thousand North Korean servicemen arrived in Kursk oblast, Pentagon officials said.",
            "Change to group/activity",
        ),
        (
            "Teenagers torched a railway relay cabinet near Tula on the orders of an online handler.",
            "Looting/property destruction",
        ),
        (
            "Unknown persons burned two cars belonging to army recruiters in Kremenchuk overnight.",
            "Looting/property destruction",
        ),
    ],
)
def test_cues_of_batch_5_kinds(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # round 3 (after fresh batch 6): a base named by its weapon, an arrest of someone carrying weapons, civilians
        # fired on (passive), a crowd breaking a recruitment van, people gone missing at a checkpoint, goods carried off
        (
            "Occupation troops set up a drone base in a former kindergarten in Nova Kakhovka.",
            "Headquarters or base established",
        ),
        ("Border guards detained a man carrying grenades near a crossing point in Sumy oblast.", "Arrests"),
        ("Two pedestrians were shot at by Russian soldiers in Oleshky on Monday.", "Attack"),
        ("A crowd stopped a recruitment office van in Kamianets-Podilskyi and smashed its windscreen.", "Mob violence"),
        (
            "A priest went missing after being detained at a checkpoint near Melitopol.",
            "Abduction/forced disappearance",
        ),
        ("Soldiers carried off tractors and grain from a farm near Melitopol.", "Looting/property destruction"),
        ("Assault units continued to fight on the outskirts of Toretsk.", "Armed clash"),
    ],
)
def test_cues_of_batch_6_kinds(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # session 7, step 1: a weapon named only as a modifier of something else ("a drone factory", "an artillery
        # school", "une usine de drones") yields to the development, protest or arrest the clause tells
        ("The FSB detained the chief engineer of a drone factory in Izhevsk on charges of treason.", "Arrests"),
        ("Hundreds of residents rallied in Yelabuga against the expansion of the drone plant.", "Peaceful protest"),
        ("La police a interpellé deux employés d'une usine de drones à Taganrog.", "Arrests"),
        ("Activists picketed the missile manufacturer's offices in Moscow, demanding wages.", "Peaceful protest"),
        # a weapon named as such, or a unit named by its weapon that strikes, stays the weapon
        ("The drone unit of the 47th brigade struck a Russian tank near Avdiivka.", "Air/drone strike"),
        ("A Russian drone hit a car carrying volunteers in Beryslav; police detained no one.", "Air/drone strike"),
        ("Police said two drones attacked the refinery in Tuapse overnight.", "Air/drone strike"),
    ],
)
def test_weapon_named_as_modifier(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # session 7, round 1 (kinds of fresh batch 7's misses). An act named as absent or as a purpose is not told:
        (
            "Ukrainian troops pulled out of the hamlet overnight; no fighting was reported there.",
            "Non-violent transfer of territory",
        ),
        (
            "Moscow moved fresh brigades towards Kupiansk ahead of a new offensive, a Ukrainian spokesman said.",
            "Change to group/activity",
        ),
        # force used on people protesting is the protest's intervention (ACLED), not violence against civilians
        (
            "Riot police fired rubber bullets at villagers protesting the landfill near Lipetsk, injuring three.",
            "Peaceful protest",
        ),
        # brawls fought with cold weapons are mob violence, not a clash between armed groups
        (
            "Dozens of football fans fought with bottles and iron bars outside the stadium in Rostov-on-Don.",
            "Mob violence",
        ),
        ("Hundreds of people stormed the town hall in Uzhhorod after the vote, Suspilne reported.", "Mob violence"),
        # 2023-2025 weapon names, and the weapon stopped rather than used
        ("A KAB-500 bomb hit an apartment block in Kharkiv, the regional governor said.", "Air/drone strike"),
        ("Electronic warfare units jammed nine Shahed drones over Kropyvnytskyi overnight.", "Disrupted weapons use"),
        ("The navy destroyed two unmanned surface vessels approaching Sevastopol bay.", "Disrupted weapons use"),
        # a person pushed into a car by armed men, property confiscated, memorials torn down
        (
            "Masked gunmen bundled a local councillor into a van in Nova Kakhovka on Tuesday.",
            "Abduction/forced disappearance",
        ),
        (
            "Occupation officials confiscated 70 apartments of residents who had fled Mariupol.",
            "Looting/property destruction",
        ),
        ("Unknown people tore down a memorial plaque to the Azov defenders in Odesa.", "Looting/property destruction"),
        # agreements accepted, a CTO regime in the passive, a headquarters moved, mobilisation rules
        ("Kyiv said it had accepted the American plan for a 30-day truce after the talks.", "Agreement"),
        ("A counter-terrorism operation regime has been declared in three districts of Bryansk oblast.", "Other"),
        (
            "The Russian command moved its headquarters to a school building in Oleshky.",
            "Headquarters or base established",
        ),
        ("Parliament lowered the conscription age from 27 to 25 on Tuesday.", "Change to group/activity"),
        ("A lone picketer was detained outside the Kremlin on Sunday, OVD-Info reported.", "Peaceful protest"),
        # territory: the enemy pushed out of a place; a place entered once the other side had left
        (
            "Ukrainian paratroopers drove Russian troops out of Klishchiivka after three days of fighting.",
            "territory",
        ),
        (
            "Russian troops entered Ivanivka, which the Ukrainian garrison had left the day before.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_cues_of_batch_7_kinds(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    "family",
    [
        # whole verb families: headlines tell acts in the present ("Russia seizes village", "police detain 12"),
        # notes and wires in the past, live blogs in the progressive
        ("rally", "rallies", "rallying", "rallied"),
        ("seizes", "seizing", "seized"),
        ("retakes", "retaking", "retook", "retaken"),
        ("recaptures", "recapturing", "recaptured"),
        ("detain", "detains", "detaining", "detained"),
        ("arrest", "arrests", "arresting", "arrested"),
        ("loots", "looting", "looted"),
        ("plunders", "plundering", "plundered"),
        ("steals", "stealing", "stole", "stolen"),
        ("executes", "executing", "executed"),
        ("stabs", "stabbing", "stabbed"),
        ("intercept", "intercepts", "intercepting", "intercepted"),
        ("shoot down", "shoots down", "shooting down", "shot down"),
        ("defuses", "defusing", "defused"),
        ("bombards", "bombarding", "bombarded"),
        ("deploys", "deploying", "deployed"),
        ("repulses", "repulsing", "repulsed"),
        ("blows up", "blowing up", "blew up", "blown up"),
        ("overruns", "overrunning", "overran"),
        ("sabotages", "sabotaging", "sabotaged"),
        ("burns down", "burning down", "burned down"),
        ("razes", "razing", "razed"),
        ("deports", "deporting", "deported"),
        ("rapes", "raping", "raped"),
    ],
)
def test_cue_verb_families_are_whole(family: tuple[str, ...]) -> None:
    missing = [form for form in family if best_cue(f"Officials said that soldiers {form} them on Monday.") is None]
    assert not missing


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # session 7, round 2 (kinds of fresh batch 8's misses). A clause with no cue whose verb harms a person:
        ("Occupying soldiers shot an elderly villager who refused to hand over his car, Ukrinform said.", "Attack"),
        # persons "captured in" a place are prisoners, not a place taken; what the object was doing is not the act
        (
            "The servicemen captured in Bryansk oblast were handed over as part of the exchange.",
            "Agreement",
        ),
        ("Rangers attacked poachers who were stealing cattle near the village.", "Armed clash"),
        # activists handing out leaflets protest; the military dropping them is Other
        ("Members of the local opposition handed out anti-war leaflets in Pskov on Saturday.", "Peaceful protest"),
        ("Russian aircraft dropped leaflets over Kherson urging residents to surrender.", "Other"),
        # mines cleared (not exploding), a building turned into a base, a person taken captive
        ("Sappers cleared 300 mines from farmland near Izium over the weekend.", "Disrupted weapons use"),
        (
            "An anti-tank mine exploded during demining works near Balakliia, killing a deminer.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Russian troops turned the village school into a military base, residents said.",
            "Headquarters or base established",
        ),
        (
            "The soldiers took a 60-year-old farmer captive and drove him across the border.",
            "Abduction/forced disappearance",
        ),
        # a crowd turning on recruitment officers themselves
        ("A crowd of villagers surrounded TCC officers near Mukachevo and kicked one of them.", "Mob violence"),
    ],
)
def test_cues_of_batch_8_kinds(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # session 7, round 3 (kinds of fresh batch 9's misses)
        ("Ukrainian marines raised their flag over Krynky after pushing the defenders out.", "territory"),
        (
            "Occupation officials forcibly removed 15 children from a boarding school in Kherson oblast.",
            "Abduction/forced disappearance",
        ),
        (
            "A Mediazona reporter was taken from his flat; his whereabouts remain unknown.",
            "Abduction/forced disappearance",
        ),
        ("Mourners chanted anti-war slogans outside the church in Moscow.", "Peaceful protest"),
        (
            "Russian troops placed an ammunition depot in the buildings of a kindergarten in Vasylivka.",
            "Headquarters or base established",
        ),
        # the place a note could not pin down is not a person gone missing (ACLED's own coding remark)
        (
            "Russian forces shelled a village in Sumy oblast. [coded to Sumy as the exact location is unknown]",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_cues_of_batch_9_kinds(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub


def test_acled_style_notes_of_2025_on() -> None:
    """The fresh notes of session 7 (tests/data/acled_style_notes_2025.jsonl: batch 7 scored 0.750 before its rules,
    batch 8 0.700, batch 9 0.800): a floor, so that a change that loses the small classes shows."""
    from conftest import ROOT, load_script

    notes = [json.loads(line) for line in (DATA / "acled_style_notes_2025.jsonl").read_text().splitlines() if line]
    first = load_script(ROOT / "bench" / "event_eval.py", "kronika_event_eval").first_events(notes)
    right = sum(
        event is not None and event.sub_event_type == note["sub_event_type"]
        for event, note in zip(first, notes, strict=True)
    )
    assert len(notes) >= 160 and right / len(notes) >= 0.95


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # session 7, round 4 (kinds of fresh batch 10's misses). A verb's negative lookahead must end on a word:
        # "liberated Andriivka" is not "liberated an(other)", and "Liberation Army" is a name, not a capture
        ("Ukrainian border guards liberated Andriivka on Saturday, the governor said.", "territory"),
        ("The Oromo Liberation Army said it controls the road.", None),
        # a person taken away (object before "away"), "missing since"; soldiers robbing houses; roads blocked by
        # residents; units of territorial defence formed; a garrison set up after another noun
        (
            "Men in camouflage took a local pensioner away from his house in Oleshky.",
            "Abduction/forced disappearance",
        ),
        ("Occupying soldiers robbed abandoned flats in Hola Prystan, residents said.", "Looting/property destruction"),
        ("Parents in Bucha blocked the road to the school, demanding a shelter.", "Peaceful protest"),
        ("Kursk authorities began forming territorial defence units in border districts.", "Change to group/activity"),
        ("Russian troops set up a checkpoint and a garrison in the town centre.", "Headquarters or base established"),
    ],
)
def test_cues_of_batch_10_kinds(text: str, sub: str | None) -> None:
    cue = best_cue(text)
    assert (cue.sub if cue is not None else None) == sub


@pytest.mark.parametrize(
    "text",
    [
        "The SBU said on Tuesday it had detained a man in Kharkiv suspected of sending the positions of air defence "
        "units and power substations to Russian handlers before last week's missile strike on the city.",
        "Police in Kursk arrested a resident accused of filming the routes of military convoys and passing the "
        "footage to Ukrainian intelligence ahead of the drone attack on the airfield.",
    ],
)
def test_an_arrest_on_suspicion_of_helping_an_earlier_strike_is_an_arrest(text: str) -> None:
    """However long the suspicion, the strike it names is the arrest's reason, not the report's act."""
    cue = best_cue(text)
    assert cue is not None and cue.sub == "Arrests"


def test_a_strike_in_a_new_clause_after_an_arrest_stays_a_strike() -> None:
    cue = best_cue(
        "Police detained two men in Odesa suspected of looting abandoned flats over several months; "
        "overnight, Russian missiles struck the port and killed a guard."
    )
    assert cue is not None and cue.sub != "Arrests"
