"""Event-typing figures and confusion matrix.

  python bench/event_eval.py                 the labelled sentences written for the project (tests/data/)
  python bench/event_eval.py --acled OUT     the ACLED report part (odd event ids) of a ledger made by
                                             ``python eval/dev.py --sets acled --n N --out OUT`` (same --n here)
  python bench/event_eval.py --global 40     ACLED notes of other countries (acled_global_2022), at most 40 per
                                             sub-type (the rare sub-types count), run through the pipeline here
  python bench/event_eval.py --case          the CASE 2021 task 2 snippets (ACLED sub-type codes; non-ACLED types
                                             are negatives: no event expected)
  python bench/event_eval.py --notes FILE    labelled notes written here in ACLED's style
                                             (tests/data/acled_style_notes_20*.jsonl): type, sub-type, date, fatalities
  --half tune|report                         with --global/--case: only even (tune) or odd (report) row numbers, so
                                             that rules are chosen on one half and quoted on the other

The ACLED notes and their codes are read from ../shared at run time (evaluation only, never copied).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from kronika.evaluate import (
    EVENT_TYPES,
    TypingReport,
    confusion_markdown,
    evaluate_typing,
    load_labelled,
    report_from_pairs,
)
from kronika.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEVSETS = ROOT.parent / "shared" / "eval" / "devsets.py"
DEV = ROOT.parent / "shared" / "dev"
CASE_CODES = {  # CASE 2021 task 2 codes -> ACLED (type, sub-type)
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
}
WATCHED = ("Riots", "Protests", "Violence against civilians")  # the small classes whose errors --misses writes
ALL_TYPES = EVENT_TYPES


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


def global_rows(per_subtype: int, seed: int = 15) -> list[dict[str, Any]]:
    """ACLED notes of countries other than Ukraine, at most ``per_subtype`` per sub-type (a seeded sample)."""
    path = DEV / "acled" / "acled_global_2022.csv.gz"
    if not path.exists():
        raise SystemExit(f"{path} not found: --global needs the development sets in ../shared")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        notes = [r for r in csv.DictReader(handle) if r["country"] != "Ukraine" and r["notes"].strip()]
    by_sub: dict[str, list[dict[str, Any]]] = {}
    for row in notes:
        by_sub.setdefault(row["sub_event_type"], []).append(row)
    rows = []
    for sub, group in sorted(by_sub.items()):
        for row in random.Random(f"{seed}{sub}").sample(group, min(per_subtype, len(group))):
            rows.append({"text": row["notes"], "type": row["event_type"], "sub": sub, "date": row["event_date"]})
    return rows


def case_rows() -> list[dict[str, Any]]:
    """CASE 2021 task 2 snippets; a non-ACLED type (disaster, crime, diplomacy) expects no event."""
    path = DEV / "case2021" / "test_set_final_release_with_labels.tsv"
    if not path.exists():
        raise SystemExit(f"{path} not found: --case needs the development sets in ../shared")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            event_type, sub = CASE_CODES.get(row["SubType"], ("none", "none"))
            rows.append({"text": row["EventSnippet"], "type": event_type, "sub": sub, "date": "2021-06-01"})
    return rows


def precision_recall(report: TypingReport, types: tuple[str, ...] = ALL_TYPES) -> str:
    """Precision and recall of ``types`` from the confusion (a report with no event counts against recall)."""
    parts = []
    for label in types:
        tp = report.confusion[(label, label)]
        predicted = sum(n for (_, pred), n in report.confusion.items() if pred == label)
        gold = sum(n for (g, _), n in report.confusion.items() if g == label)
        parts.append(f"{label} P {tp}/{predicted} R {tp}/{gold}")
    return " · ".join(parts)


def write_misses(rows: list[dict[str, Any]], predicted: list[tuple[str, str]], path: Path) -> None:
    """The rows of a watched type typed wrongly, and the rows typed as one wrongly (gold, predicted, text)."""
    with path.open("w", encoding="utf-8") as handle:
        for row, (event_type, sub) in zip(rows, predicted, strict=True):
            if row["sub"] != sub and (row["type"] in WATCHED or event_type in WATCHED):
                handle.write(json.dumps({"gold": row["sub"], "pred": sub, "text": row["text"]}) + "\n")


def notes_rows(path: Path, batch: int | None = None) -> list[dict[str, Any]]:
    """Labelled notes written in ACLED's style (``tests/data/acled_style_notes_20*.jsonl``), of one batch or all."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        note = json.loads(line) if line.strip() else None
        if note and batch in (None, note.get("batch")):
            rows.append({**note, "type": note["event_type"], "sub": note["sub_event_type"]})
    return rows


def print_report(header: str, report: Any, table: str) -> int:
    print(header)
    print(precision_recall(report))
    print()
    print(confusion_markdown(report))
    print()
    print(table)
    return 0


def first_events(rows: list[dict[str, Any]]) -> list[Any]:
    """Each text through the pipeline (published the note's day): its first event, or None."""
    from kronika.model import Document
    from kronika.stages.read import content_hash

    docs = []
    for number, row in enumerate(rows):
        doc = Document(doc_id=f"x{number}", source="external", raw=row["text"], header={"date": row["date"]})
        doc.content_hash = content_hash(row["text"])
        docs.append(doc)
    done = {d.doc_id: d for d in build().run_batch(docs, lambda stage, doc, exc: None)}
    return [(done[f"x{n}"].events[0] if f"x{n}" in done and done[f"x{n}"].events else None) for n in range(len(rows))]


def notes_figures(rows: list[dict[str, Any]], predicted: list[Any]) -> str:
    """Date exact and fatalities exact of labelled notes (fatalities: none counts as 0)."""
    pairs = list(zip(rows, predicted, strict=True))
    dates = sum(bool(e) and str(e.date or "")[:10] == r["date"] for r, e in pairs)
    deaths = sum(((e.fatalities if e else 0) or 0) == r["fatalities"] for r, e in pairs)
    return f"date exact {dates}/{len(rows)} · fatalities exact {deaths}/{len(rows)}"


def typed_report(
    rows: list[dict[str, Any]], misses: Path | None = None, predicted: list[Any] | None = None
) -> tuple[TypingReport, str]:
    """Each text through the pipeline (published the note's day); its first event against the label."""
    from kronika.evaluate import NONE

    if predicted is None:
        predicted = first_events(rows)
    pairs = [(r["type"], e.event_type if e else None) for r, e in zip(rows, predicted, strict=True)]
    subs = [(r["sub"], e.sub_event_type if e else None) for r, e in zip(rows, predicted, strict=True)]
    if misses:
        write_misses(rows, [(p or "none", s or "no event") for (_, p), (_, s) in zip(pairs, subs, strict=True)], misses)
    acled_subs = [s for p, s in zip(pairs, subs, strict=True) if p[0] != "none"]
    report = report_from_pairs([(NONE if g == "none" else g, p) for g, p in pairs], acled_subs)
    by_gold: dict[str, Counter[str]] = {}
    for gold_sub, pred_sub in subs:
        by_gold.setdefault(gold_sub, Counter())[pred_sub or "no event"] += 1
    lines = ["| sub-type | gold | right | main confusions |", "|---|---|---|---|"]
    for sub, counts in sorted(by_gold.items(), key=lambda item: -sum(item[1].values())):
        wrong = ", ".join([f"{name} {k}" for name, k in counts.most_common() if name != sub][:3])
        right = counts["no event"] if sub == "none" else counts[sub]
        lines.append(f"| {sub} | {sum(counts.values())} | {right} | {wrong} |")
    return report, "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--acled", type=Path, help="the --out folder of eval/dev.py")
    ap.add_argument("--n", type=int, default=1500, help="the --n given to eval/dev.py")
    ap.add_argument("--part", choices=("report", "tune"), default="report")
    ap.add_argument("--global", dest="per_subtype", type=int, help="ACLED notes of other countries per sub-type")
    ap.add_argument("--case", action="store_true", help="the CASE 2021 task 2 snippets")
    ap.add_argument("--misses", type=Path, help="with --global/--case: write the watched classes' errors (JSONL)")
    ap.add_argument("--half", choices=("tune", "report"), help="with --global/--case: even or odd row numbers only")
    ap.add_argument("--notes", type=Path, help="labelled notes in ACLED's style (JSONL: text, event_type, ...)")
    ap.add_argument("--batch", type=int, help="with --notes: only the notes of this batch (written before a round)")
    a = ap.parse_args(argv)
    if a.notes:
        rows = notes_rows(a.notes, a.batch)
        predicted = first_events(rows)
        report, table = typed_report(rows, a.misses, predicted)
        header = (
            f"notes {report.n} · type macro-F1 {report.macro_f1:.3f} · sub-type {report.subtype_accuracy:.3f} · "
            f"{notes_figures(rows, predicted)}"
        )
        return print_report(header, report, table)
    if a.per_subtype or a.case:
        rows = global_rows(a.per_subtype) if a.per_subtype else case_rows()
        if a.half:
            rows = rows[0 if a.half == "tune" else 1 :: 2]
        report, table = typed_report(rows, a.misses)
        f1 = " · ".join(f"{name} {value:.2f}" for name, value in report.f1.items())
        header = (
            f"{'CASE 2021' if a.case else 'ACLED other countries'}: texts {report.n} · type macro-F1 "
            f"{report.macro_f1:.3f} · sub-type {report.subtype_accuracy:.3f} · F1 {f1}"
        )
        return print_report(header, report, table)
    if a.acled:
        report, figures = acled_report(a.acled, a.n, a.part)
        extra = " · ".join(f"{name} {value:.3f}" for name, value in figures.items())
        print(
            f"ACLED {a.part} part: reports {report.n} · type macro-F1 {report.macro_f1:.3f} · "
            f"with an event {report.detection_accuracy:.3f} · sub-type {report.subtype_accuracy:.3f} · {extra}"
        )
        print(precision_recall(report))
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
