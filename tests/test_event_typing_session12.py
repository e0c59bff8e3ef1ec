"""Word families and clause structures of the twelfth session's typing rules (``data/events.json`` cues, targets,
modifiers, structure; the model's features). Sentences written for these tests in the style of ACLED's notes and of
French and English news wires, with wording not in the notes of ``tests/data/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kronika.stages.event_typing import best_cue


def _first_events(texts: list[str], date: str = "2024-06-12") -> list[Any]:
    from conftest import ROOT, load_script

    bench = load_script(ROOT / "bench" / "event_eval.py", "kronika_event_eval")
    return list(bench.first_events([{"text": text, "date": date} for text in texts]))


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a truce told by what the sides stop doing, not by "truce" or "deal"
        ("Kyiv and Moscow agreed on Tuesday to stop attacks on the Zaporizhzhia nuclear plant.", "Agreement"),
        ("Les deux camps ont convenu de suspendre les bombardements sur les ports pendant un mois.", "Agreement"),
        # state agents catching a person (the act that person had planned is the arrest's reason)
        (
            "In Poltava, SBU officers caught a man who had been filming air defence systems for Russian artillery.",
            "Arrests",
        ),
        # a sniper's or a soldier's fire at a civilian is an attack, not a fight
        ("A Russian sniper fired at a woman collecting water from a well in Vovchansk.", "Attack"),
        # a crowd on agents whose own act (a man pushed into a van) is told after it as its cause
        (
            "In Kolomyia, onlookers kicked two TCC officers after the officers had pushed a man into their van.",
            "Mob violence",
        ),
    ],
)
def test_families_of_batch_20(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub, (text, cue)


def test_soldiers_fallen_in_battle_are_no_fight() -> None:
    """ "Les corps de soldats tombés au combat": a participle that names the dead tells no fighting; a clause whose
    verb says soldiers were killed in combat does."""
    returned = best_cue("Moscou a rendu à Kiev les dépouilles de 500 militaires morts au combat, selon l'état-major.")
    assert returned is not None and returned.sub == "Agreement", returned
    fought = best_cue("Deux soldats ont été tués au combat près de Bakhmout.")
    assert fought is not None and fought.sub == "Armed clash", fought


def test_protest_refinements_of_batch_20() -> None:
    """Snowballs and chunks of ice thrown at police turn a gathering violent; French 'embarqué' is an intervention,
    'blessant grièvement' an excessive force; a family that does not know where a detainee is held, a disappearance.
    """
    from kronika.model import Event
    from kronika.stages.event_typing import refine_subtype

    cases = [
        (
            "Protests",
            "Peaceful protest",
            "Some 300 farmers rallied in Rivne and burned the gates of the regional administration.",
            "Violent demonstration",
        ),
        (
            "Protests",
            "Peaceful protest",
            "Fans gathered outside the stadium in Omsk and threw bottles, sticks and lumps of ice at the riot police.",
            "Violent demonstration",
        ),
        (
            "Protests",
            "Peaceful protest",
            "À Moscou, la police a embarqué douze personnes venues manifester.",
            "Protest with intervention",
        ),
        (
            "Protests",
            "Protest with intervention",
            "La police a dispersé le rassemblement à coups de matraque, blessant grièvement deux étudiants.",
            "Excessive force against protesters",
        ),
        (
            "Strategic developments",
            "Arrests",
            "Masked officers detained a teacher in Tokmak; her husband has no information on where she is held.",
            "Abduction/forced disappearance",
        ),
    ]
    for event_type, sub, text, expected in cases:
        event = Event("e", [], event_type, sub, None, None, None, None)
        refine_subtype(event, text)
        assert event.sub_event_type == expected, (text, event)


def test_a_place_named_after_near_is_no_model_feature() -> None:
    """The model reads what was done, not where: "near parliament" gives it no word."""
    from kronika.stages.event_typing_model import features

    words = features("Hundreds of protesters gathered near parliament and outside the courthouse in Tbilisi.")
    assert "parliament" not in words and "courthouse" not in words and "protester" in words, words
    assert "parliament" in features("The parliament adopted a law on mobilisation.")


def test_acled_style_notes_of_batch_20() -> None:
    """The twelfth session's fresh notes (batch 20 scored 0.783 sub-type before its round, 0.817 with the two
    deportation labels corrected to ACLED's practice): a floor, so that a change that loses them shows."""
    from conftest import ROOT, load_script

    path = Path(__file__).parent / "data" / "acled_style_notes_2028.jsonl"
    notes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    first = load_script(ROOT / "bench" / "event_eval.py", "kronika_event_eval").first_events(notes)
    right = sum(
        event is not None and event.sub_event_type == note["sub_event_type"]
        for event, note in zip(first, notes, strict=True)
    )
    assert len(notes) == 60 and right / len(notes) >= 0.95, right


def test_an_intervention_told_later_in_a_sized_note_is_the_demonstrations() -> None:
    """ACLED's note with a crowd size tells one demonstration: arrests told in a later sentence are its intervention;
    a note with no size ("[size=no report]") is not read so."""
    from kronika.model import Event
    from kronika.stages.event_typing_structure import demonstration_by_size

    def typed(report: str) -> str | None:
        event = Event("e", [], "Protests", "Peaceful protest", None, None, None, None)
        demonstration_by_size(event, report)
        return event.sub_event_type

    sized = "On 2 May 2024, about 60 tenants picketed the city hall in Sumy over heating bills. Police detained nine."
    assert typed(sized + " [size=about 60]") == "Protest with intervention"
    assert typed(sized + " [size=no report]") == "Peaceful protest"
    assert typed(sized.replace("Police detained nine.", "Nine were arrested.") + " [size=about 60]") == (
        "Protest with intervention"
    )
    assert typed(sized.replace("Police detained nine.", "They went home at noon.") + " [size=about 60]") == (
        "Peaceful protest"
    )


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a possessive names whose militia, not a crowd: an armed group taking officers hostage abducts them
        (
            "On 22 March 2024, the people's militia of the self-proclaimed republic took hostage three rescue "
            "officers at a checkpoint near Horlivka.",
            "Abduction/forced disappearance",
        ),
        ("On 3 May 2025, a crowd beat two TCC officers in Kalush.", "Mob violence"),
    ],
)
def test_a_possessive_is_no_crowd(text: str, sub: str) -> None:
    cue = best_cue(text)
    assert cue is not None and cue.sub == sub, (text, cue)
