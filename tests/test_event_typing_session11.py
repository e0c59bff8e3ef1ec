"""Word families and clause structures of the eleventh session's typing rules (``data/events.json`` cues, targets,
modifiers, structure). Sentences written for these tests in the style of ACLED's notes and of French and English
news wires, with wording not in the notes of ``tests/data/``."""

from __future__ import annotations

from typing import Any


def _first_events(texts: list[str], date: str = "2024-06-12") -> list[Any]:
    from conftest import ROOT, load_script

    bench = load_script(ROOT / "bench" / "event_eval.py", "kronika_event_eval")
    return list(bench.first_events([{"text": text, "date": date} for text in texts]))


def test_forces_named_by_a_lowercase_demonym_retake_a_place_they_free_no_people() -> None:
    """ "Les forces ukrainiennes ont repris le village": the adjective "ukrainiennes" names the takers, not freed
    Ukrainians; "90 militaires ... ayant été libérés" are people freed, not a place retaken."""
    retaken, swapped = _first_events(
        [
            "Les forces ukrainiennes ont repris jeudi le contrôle du village de Staromaiorske (région de Donetsk).",
            "L'Ukraine et la Russie ont échangé des prisonniers, 75 soldats de chaque côté ayant été libérés.",
        ]
    )
    assert retaken is not None and retaken.sub_event_type == "Government regains territory", retaken
    assert swapped is not None and swapped.sub_event_type == "Agreement", swapped


def test_word_families_of_batch_19() -> None:
    """Disposal teams, arson told by its means, a place handed over, detention in French, a crowd taking agents to
    task, force on protesters, an act named as a purpose, a gunman's shooting, state agents seizing a person."""
    from kronika.stages.event_typing import best_cue

    expected = {
        "A bomb disposal squad of the police lifted an undetonated rocket out of a garden in Sumy.": (
            "Disrupted weapons use"
        ),
        "A teenager doused the door of the draft office in Tver with petrol.": "Looting/property destruction",
        "Un entrepôt de l'armée a été incendié dans la nuit à Koursk.": "Looting/property destruction",
        "The militia ceded control of the border crossing to the army on Monday.": (
            "Non-violent transfer of territory"
        ),
        "Un étudiant de Perm a été placé mardi en détention pour trahison.": "Arrests",
        "À Lviv, des riverains ont pris à partie deux agents de recrutement devant un café.": "Mob violence",
        "An unknown gunman fired at a retired colonel outside his home in Rostov, killing him.": "Attack",
        "FSB officers seized a schoolteacher at her flat in Kazan on treason charges.": "Arrests",
    }
    for text, sub in expected.items():
        cue = best_cue(text)
        assert cue is not None and cue.sub == sub, (text, cue)
    from kronika.model import Event
    from kronika.stages.event_typing import refine_subtype

    event = Event("e", [], "Protests", "Peaceful protest", None, None, None, None)
    refine_subtype(event, "Riot police punched and kicked protesters sitting on the avenue in Tbilisi.")
    assert event.sub_event_type == "Protest with intervention", event
    purpose = best_cue("The command sent two brigades to Kursk to contain the incursion.")
    assert purpose is None or purpose.event_type != "Battles", purpose


def test_structures_of_batch_19() -> None:
    """A claim of an act done tells the act; a relative clause's statement is not the clause's; ground taken."""
    from kronika.stages.event_typing_structure import structural_cue

    claimed = structural_cue("Resistance fighters claimed they had derailed a supply train near Melitopol.")
    assert claimed is not None and claimed.sub == "Looting/property destruction", claimed
    ground = structural_cue("Russian troops took the eastern outskirts of Kupiansk after a week.")
    assert ground is not None and ground.sub == "territory", ground
    part = structural_cue("Ukrainian soldiers took part in the parade in Kyiv.")
    assert part is None or part.sub != "territory", part
