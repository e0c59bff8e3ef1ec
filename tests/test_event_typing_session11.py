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
