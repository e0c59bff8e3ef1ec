"""Event-typing figures and confusion matrix.

  python bench/event_eval.py                 the labelled sentences written for the project (tests/data/)
  python bench/event_eval.py --acled OUT     the ACLED report part (odd event ids) of a ledger made by
                                             ``python eval/dev.py --sets acled --n N --out OUT`` (same --n here)

The ACLED notes and their codes are read from ../shared at run time (evaluation only, never copied).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from kronika.evaluate import TypingReport, confusion_markdown, evaluate_typing, load_labelled, report_from_pairs
from kronika.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEVSETS = ROOT.parent / "shared" / "eval" / "devsets.py"


def _devsets() -> ModuleType:
    if not DEVSETS.exists():
        raise SystemExit(f"{DEVSETS} not found: --acled needs the development sets in ../shared")
    spec = importlib.util.spec_from_file_location("shared_devsets", DEVSETS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def acled_report(out: Path, n: int, part: str = "report") -> tuple[TypingReport, dict[str, float]]:
    """The main event of each ACLED report of ``part`` (odd ids: report, even: tune) against ACLED's codes."""
    devsets = _devsets()
    wanted = 1 if part == "report" else 0
    rows = [r for r in devsets.sample("acled", n) if int(re.sub(r"\D", "", r["id"]) or 0) % 2 == wanted]
    ledger = out / "acled" / "ledger" / "events.jsonl"
    events = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines() if line.strip()]
    main = devsets.main_events(events)
    predicted = [main.get(r["id"]) or {} for r in rows]
    report = report_from_pairs(
        [(r["type"], p.get("event_type")) for r, p in zip(rows, predicted, strict=True)],
        [(r["sub"], p.get("sub_event_type")) for r, p in zip(rows, predicted, strict=True)],
    )
    nonzero = [(r, p) for r, p in zip(rows, predicted, strict=True) if r["fatalities"]]
    zero = [(r, p) for r, p in zip(rows, predicted, strict=True) if r["fatalities"] == 0]
    figures = {
        "date exact": sum(p.get("date") == r["date"] for r, p in zip(rows, predicted, strict=True)) / len(rows),
        "fatalities exact (non-zero)": sum(p.get("fatalities") == r["fatalities"] for r, p in nonzero) / len(nonzero),
        "none or zero when zero": sum(not p.get("fatalities") for _, p in zero) / len(zero),
    }
    return report, figures


def subtype_markdown(out: Path, n: int, part: str = "report") -> str:
    """Per ACLED sub-type of ``part``: how many reports, how many right, and the main confusions."""
    devsets = _devsets()
    wanted = 1 if part == "report" else 0
    rows = [r for r in devsets.sample("acled", n) if int(re.sub(r"\D", "", r["id"]) or 0) % 2 == wanted]
    ledger = out / "acled" / "ledger" / "events.jsonl"
    main = devsets.main_events([json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines() if line])
    by_gold: dict[str, Counter[str]] = {}
    for row in rows:
        predicted = (main.get(row["id"]) or {}).get("sub_event_type") or "no event"
        by_gold.setdefault(row["sub"], Counter())[predicted] += 1
    lines = ["| sub-type | gold | right | main confusions |", "|---|---|---|---|"]
    for sub, counts in sorted(by_gold.items(), key=lambda item: -sum(item[1].values())):
        wrong = ", ".join([f"{name} {k}" for name, k in counts.most_common() if name != sub][:3])
        lines.append(f"| {sub} | {sum(counts.values())} | {counts[sub]} | {wrong} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--acled", type=Path, help="the --out folder of eval/dev.py")
    ap.add_argument("--n", type=int, default=1500, help="the --n given to eval/dev.py")
    ap.add_argument("--part", choices=("report", "tune"), default="report")
    a = ap.parse_args(argv)
    if a.acled:
        report, figures = acled_report(a.acled, a.n, a.part)
        extra = " · ".join(f"{name} {value:.3f}" for name, value in figures.items())
        print(
            f"ACLED {a.part} part: reports {report.n} · type macro-F1 {report.macro_f1:.3f} · "
            f"with an event {report.detection_accuracy:.3f} · sub-type {report.subtype_accuracy:.3f} · {extra}"
        )
    else:
        report = evaluate_typing(build(), load_labelled(sorted(DATA.glob("event_sentences*.jsonl"))))
        print(
            f"sentences {report.n} · macro-F1 {report.macro_f1:.3f} · detection {report.detection_accuracy:.3f} · "
            f"sub-type {report.subtype_accuracy:.3f} · casualties {report.casualty_accuracy:.3f}"
        )
    print()
    print(confusion_markdown(report))
    if a.acled:
        print()
        print(subtype_markdown(a.acled, a.n, a.part))
    return 0


if __name__ == "__main__":
    sys.exit(main())
