"""Evaluation helpers: event typing (macro-F1, confusion matrix) on labelled sentences or on a coded dataset."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kronika.model import Document
from kronika.pipeline import Pipeline
from kronika.stages.read import content_hash

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
NONE = "(no event)"


@dataclass(slots=True)
class TypingReport:
    n: int
    confusion: Counter[tuple[str, str]]
    f1: dict[str, float]
    macro_f1: float
    detection_accuracy: float
    subtype_accuracy: float
    casualty_accuracy: float


def load_labelled(paths: Iterable[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def evaluate_typing(pipeline: Pipeline, rows: list[dict[str, Any]], published: str = "2024-06-12") -> TypingReport:
    """Run the pipeline on each labelled sentence; compare its first event with the label."""
    docs = []
    for number, row in enumerate(rows):
        doc = Document(doc_id=f"s{number}", source="labelled", raw=row["text"], header={"date": published})
        doc.content_hash = content_hash(row["text"])
        docs.append(doc)
    failures: list[str] = []
    done = {d.doc_id: d for d in pipeline.run_batch(docs, lambda stage, doc, exc: failures.append(f"{stage}: {exc}"))}
    if failures:
        raise RuntimeError(f"the pipeline failed on labelled sentences: {failures[:3]}")
    confusion: Counter[tuple[str, str]] = Counter()
    subtypes = casualty_checks = casualty_right = 0
    for number, row in enumerate(rows):
        events = done[f"s{number}"].events
        gold = row["event_type"] if row["event"] else NONE
        predicted = events[0].event_type if events else NONE
        confusion[(gold, predicted)] += 1
        if row["event"] and events:
            subtypes += events[0].sub_event_type == row["sub_event_type"]
            for key in ("fatalities", "injuries"):
                casualty_checks += 1
                casualty_right += getattr(events[0], key) == row[key]
    f1 = {label: _f1(confusion, label) for label in EVENT_TYPES}
    positives = sum(1 for row in rows if row["event"])
    detected = sum(n for (gold, pred), n in confusion.items() if (gold == NONE) == (pred == NONE))
    return TypingReport(
        n=len(rows),
        confusion=confusion,
        f1=f1,
        macro_f1=sum(f1.values()) / len(f1),
        detection_accuracy=detected / len(rows),
        subtype_accuracy=subtypes / positives if positives else 0.0,
        casualty_accuracy=casualty_right / casualty_checks if casualty_checks else 0.0,
    )


def report_from_pairs(pairs: list[tuple[str, str | None]], subtypes: list[tuple[str, str | None]]) -> TypingReport:
    """Typing figures from (gold type, predicted type or None) pairs, e.g. one per ACLED report.

    Macro-F1 averages the types the gold holds (a type absent from the sample is not scored), as
    ``../shared/eval/devsets.py`` does; ``subtypes`` are (gold, predicted) sub-event types of the same reports.
    """
    confusion: Counter[tuple[str, str]] = Counter((gold, pred or NONE) for gold, pred in pairs)
    present = [label for label in EVENT_TYPES if any(gold == label for gold, _ in pairs)]
    f1 = {label: _f1(confusion, label) for label in present}
    detected = sum(1 for _, pred in pairs if pred)
    return TypingReport(
        n=len(pairs),
        confusion=confusion,
        f1=f1,
        macro_f1=sum(f1.values()) / len(f1) if f1 else 0.0,
        detection_accuracy=detected / len(pairs) if pairs else 0.0,
        subtype_accuracy=sum(g == p for g, p in subtypes) / len(subtypes) if subtypes else 0.0,
        casualty_accuracy=float("nan"),
    )


def _f1(confusion: Counter[tuple[str, str]], label: str) -> float:
    tp = confusion[(label, label)]
    fp = sum(n for (gold, pred), n in confusion.items() if pred == label and gold != label)
    fn = sum(n for (gold, pred), n in confusion.items() if gold == label and pred != label)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def confusion_markdown(report: TypingReport) -> str:
    labels = [*EVENT_TYPES, NONE]
    short = {label: label.split("/")[0].split(" ")[0] for label in labels}
    short[NONE] = "none"
    lines = [
        "| gold \\ predicted | " + " | ".join(short[p] for p in labels) + " | F1 |",
        "|---" * (len(labels) + 2) + "|",
    ]
    for gold in labels:
        cells = " | ".join(str(report.confusion[(gold, pred)]) for pred in labels)
        f1 = f"{report.f1[gold]:.2f}" if gold in report.f1 else ""
        lines.append(f"| {gold} | {cells} | {f1} |")
    return "\n".join(lines)
