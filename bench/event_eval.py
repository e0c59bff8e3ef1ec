"""Print event-typing figures and the confusion matrix on the labelled sentences (tests/data/)."""

from __future__ import annotations

import sys
from pathlib import Path

from kronika.evaluate import confusion_markdown, evaluate_typing, load_labelled
from kronika.pipeline import build

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> int:
    rows = load_labelled(sorted(DATA.glob("event_sentences*.jsonl")))
    report = evaluate_typing(build(), rows)
    print(
        f"sentences {report.n} · macro-F1 {report.macro_f1:.3f} · detection {report.detection_accuracy:.3f} · "
        f"sub-type {report.subtype_accuracy:.3f} · casualties {report.casualty_accuracy:.3f}"
    )
    print()
    print(confusion_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
