"""`make eval`: Kronika on the development sets, tune part and report part side by side.

The sets live outside the repository (``../shared``; see ``docs/evaluation.md``) and are scored by the
project's own scorers (``../shared/eval/devsets.py`` and ``score.py``), imported from there.

The split (fixed, written down in docs/evaluation.md):
  acled  tune = ACLED ``event_id_cnty`` number even, report = odd
  ucdp   tune = UCDP ``id`` even, report = odd
  dev-fr tune = articles 200-219, report = 220-229
  seeds  a smoke test, one column

usage: python eval/dev.py [--kronika .venv/bin/kronika] [--sets acled,ucdp,dev-fr,seeds] [--n 0]
                          [--out DIR] [--json F] [--write docs/evaluation.md]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(ROOT.parent / "shared")
PARTS = ("tune", "report")
FR_REPORT_FROM = 220  # dev-fr articles numbered 220 and above are the report part


def shared_module(name: str) -> ModuleType:
    path = SHARED / "eval" / f"{name}.py"
    if not path.exists():
        raise SystemExit(
            f"{path} not found: make eval needs the development sets in ../shared (see docs/evaluation.md)"
        )
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def part_of(set_name: str, report_id: str) -> str:
    """'tune' or 'report' for one report id of a development set (see the module docstring)."""
    if set_name == "dev-fr":
        return "report" if int(report_id[:3]) >= FR_REPORT_FROM else "tune"
    number = int(re.sub(r"\D", "", report_id) or 0)
    return "tune" if number % 2 == 0 else "report"


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd[:2])} failed ({done.returncode}): {done.stderr[-800:]}")


def ingest_and_export(kronika: str, inputs: Path, work: Path) -> tuple[Path, float]:
    db, ledger = work / "k.db", work / "ledger"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    _run([kronika, "ingest", str(inputs), "--db", str(db)])
    seconds = time.perf_counter() - started
    _run([kronika, "export", "--db", str(db), "--out", str(ledger)])
    return ledger, seconds


def eval_devset(devsets: ModuleType, kronika: str, name: str, n: int, work: Path) -> dict[str, dict[str, Any]]:
    """ACLED or UCDP: one ingest of the sample, scored on each part."""
    work.mkdir(parents=True, exist_ok=True)
    count = devsets.prepare(name, work / "in.jsonl", n)
    ledger, seconds = ingest_and_export(kronika, work / "in.jsonl", work)
    rows = devsets.sample(name, n)
    out: dict[str, dict[str, Any]] = {}
    for part in PARTS:
        gold = [r for r in rows if part_of(name, r["id"]) == part]
        out[part] = {"reports": len(gold), **devsets.score(name, gold, ledger)}
    out["all"] = {"reports": count, f"{name}_reports_per_s": round(count / seconds, 1)}
    return out


def eval_articles(score: ModuleType, kronika: str, corpus: Path, gold_path: Path, work: Path, split: bool) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    ledger, _ = ingest_and_export(kronika, corpus, work)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    parts = PARTS if split else ("all",)
    out: dict[str, dict[str, Any]] = {}
    for part in parts:
        docs = {k: v for k, v in gold["documents"].items() if part == "all" or part_of("dev-fr", k) == part}
        links = [x for x in gold.get("links", []) if all(d in docs for d in x["docs"])]
        figures = score.score({**gold, "documents": docs, "links": links}, ledger)
        out[part] = {"articles": len(docs), **_flatten(figures)}
    return out


def _flatten(figures: dict[str, dict[str, Any]]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in figures.items():
        ratio = value.get("ratio")
        flat[key] = None if ratio is None else round(ratio, 3)
        if "of" in value:
            flat[key + "_n"] = f"{value['ok']}/{value['of']}"
    return flat


def evaluate(kronika: str, sets: list[str], n: int, work: Path) -> dict[str, dict[str, dict[str, Any]]]:
    results: dict[str, dict[str, dict[str, Any]]] = {}
    devsets = shared_module("devsets") if {"acled", "ucdp"} & set(sets) else None
    for name in ("acled", "ucdp"):
        if name in sets and devsets is not None:
            print(f"  {name}: ingesting and scoring …", file=sys.stderr, flush=True)
            results[name] = eval_devset(devsets, kronika, name, n, work / name)
    score = shared_module("score") if {"dev-fr", "seeds"} & set(sets) else None
    for name, split in (("dev-fr", True), ("seeds", False)):
        if name in sets and score is not None:
            print(f"  {name}: ingesting and scoring …", file=sys.stderr, flush=True)
            corpus = SHARED / "corpus" / name
            gold = SHARED / "eval" / f"{name}.gold.json"
            results[name] = eval_articles(score, kronika, corpus, gold, work / name, split)
    return results


HEADLINE = {
    "acled": ["reports", "acled_docs_found", "acled_event_within_25km", "acled_event_median_km",
              "acled_any_place_within_10km", "acled_type_macro_f1", "acled_type_accuracy", "acled_subtype_accuracy",
              "acled_date_exact", "acled_fatalities_exact_nonzero", "acled_fatalities_none_or_zero_when_zero",
              "acled_events_per_report"],
    "ucdp": ["reports", "ucdp_docs_found", "ucdp_event_within_25km", "ucdp_any_place_within_10km",
             "ucdp_date_in_window", "ucdp_events_per_report"],
    "dev-fr": ["articles", "documents_found", "cleaning", "published", "toponyms", "event_recall", "event_precision",
               "event_f1", "subtype", "casualties", "claims", "claim_stance", "contested", "verification", "flags",
               "links", "overall"],
    "seeds": ["articles", "toponyms", "event_f1", "claims", "flags", "overall"],
}  # fmt: skip


def table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = ["| set | figure | tune | report |", "|---|---|---|---|"]
    for name, parts in results.items():
        for key in HEADLINE[name]:
            split = name != "seeds"
            cells = [_cell(parts.get(p, {}), key) for p in PARTS] if split else [_cell(parts["all"], key), ""]
            lines.append(f"| {name} | {key} | {cells[0]} | {cells[1]} |")
        speed = parts.get("all", {}).get(f"{name}_reports_per_s")
        if speed is not None:
            lines.append(f"| {name} | reports/s (whole ingest) | {speed} | |")
    return "\n".join(lines)


def _cell(figures: dict[str, Any], key: str) -> str:
    value = figures.get(key)
    if value is None:
        return "–"
    count = figures.get(key + "_n")
    return f"{value} ({count})" if count else str(value)


def write_doc(path: Path, text_table: str, n: int) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    dirty = subprocess.run(["git", "status", "--porcelain", "src"], capture_output=True, text=True, cwd=ROOT)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = f"{commit.stdout.strip() or 'unknown'}{' + uncommitted changes' if dirty.stdout.strip() else ''}"
    sample = "every report" if n == 0 else f"a seeded sample of {n} reports per set"
    block = f"<!-- eval:start -->\nMeasured {stamp} on commit {head}, {sample}.\n\n{text_table}\n<!-- eval:end -->"
    current = (
        path.read_text(encoding="utf-8") if path.exists() else "# Evaluation\n\n<!-- eval:start --><!-- eval:end -->\n"
    )
    updated = re.sub(r"<!-- eval:start -->.*?<!-- eval:end -->", lambda _: block, current, flags=re.S)
    path.write_text(updated, encoding="utf-8")


# the figures `make test` holds to a floor (tests/test_devsets.py), on the report part of a fixed sample
FLOORED = {
    "acled": ["acled_docs_found", "acled_event_within_25km", "acled_any_place_within_10km", "acled_type_macro_f1",
              "acled_subtype_accuracy", "acled_date_exact", "acled_fatalities_exact_nonzero",
              "acled_fatalities_none_or_zero_when_zero"],
    "ucdp": ["ucdp_docs_found", "ucdp_any_place_within_10km", "ucdp_event_within_25km", "ucdp_date_in_window"],
    "dev-fr": ["documents_found", "cleaning", "toponyms", "event_f1", "casualties", "claims", "flags", "overall"],
}  # fmt: skip
# over-generation is held to a ceiling instead: each of these reports codes one event
CEILINGS = {"acled": ["acled_events_per_report"], "ucdp": ["ucdp_events_per_report"]}
FLOOR_SAMPLE = 400
FLOOR_MARGIN = 0.02  # a fixed sample's figures move by less than this between equivalent runs


def floors_from(results: dict[str, dict[str, dict[str, Any]]], margin: float = FLOOR_MARGIN) -> dict[str, Any]:
    """Floors (and ceilings) at the measured report-part figures, less (plus) the margin; docs found stay at 1.0."""
    pinned: dict[str, Any] = {}
    for name, keys in FLOORED.items():
        report = results[name]["report"]
        for key in keys:
            exact = key.endswith("docs_found") or key == "documents_found"
            pinned[f"{name}:{key}"] = report[key] if exact else round(max(0.0, (report[key] or 0.0) - margin), 3)
    for name, keys in CEILINGS.items():
        for key in keys:
            pinned[f"{name}:{key}:max"] = round(results[name]["report"][key] + margin * 5, 3)
    return pinned


def check_floors(results: dict[str, dict[str, dict[str, Any]]], pinned: dict[str, Any]) -> dict[str, str]:
    """Every pinned figure the results break, with the measured value."""
    broken: dict[str, str] = {}
    for spec, bound in pinned.items():
        name, key, *kind = spec.split(":")
        value = results[name]["report"].get(key)
        value = 0.0 if value is None else value
        if (kind and value > bound) or (not kind and value < bound):
            broken[spec] = f"{value} ({'ceiling' if kind else 'floor'} {bound})"
    return broken


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kronika", default=str(ROOT / ".venv" / "bin" / "kronika"))
    ap.add_argument("--sets", default="acled,ucdp,dev-fr,seeds")
    ap.add_argument("--n", type=int, default=0, help="reports per ACLED/UCDP set (seeded sample; 0 = all)")
    ap.add_argument("--out", help="keep inputs, databases and ledgers here")
    ap.add_argument("--json", help="also write the figures as JSON")
    ap.add_argument("--write", help="replace the table in this markdown file (docs/evaluation.md)")
    ap.add_argument(
        "--pin", help=f"write floors from this run's report part to this JSON file (use --n {FLOOR_SAMPLE})"
    )
    a = ap.parse_args(argv)
    if not (SHARED / "dev").is_dir():
        print(f"skipped: the development sets are not at {SHARED} (see docs/evaluation.md)", file=sys.stderr)
        return 2
    work = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="kronika-eval-"))
    results = evaluate(a.kronika, [s for s in a.sets.split(",") if s], a.n, work)
    text_table = table(results)
    print(text_table)
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    if a.write:
        write_doc(Path(a.write), text_table, a.n)
    if a.pin:
        about = f"eval/dev.py --n {a.n} report-part figures less {FLOOR_MARGIN}; checked by tests/test_devsets.py"
        Path(a.pin).write_text(json.dumps({"about": about, "n": a.n, **floors_from(results)}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
