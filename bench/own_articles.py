"""Own held-out article benchmark: ingest the articles a gold file lists, export, score with score.py.

The articles (``tests/data/articles/<doc_id>.txt`` or ``.html``) were written for the project in the style
of outlets it was not tuned on, and scored before any fix was made to them. The gold is in the dev-fr format
(``../shared/eval/dev-fr.gold.json``) and is scored by the project's scorer ``../shared/eval/score.py``,
imported from there: without ``../shared`` the benchmark is skipped with a message.

The figures are printed for two halves: A (the first half of the gold's documents, in id order: the part
fixes may look at) and B (the rest: quoted, never tuned on), and for both together.

usage: python bench/own_articles.py [--gold tests/data/articles/gold.json] [--kronika .venv/bin/kronika]
                                    [--out DIR] [--misses [--half A|B|all]] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = ROOT / "tests" / "data" / "articles" / "gold.json"
FIGURES = ["documents_found", "cleaning", "published", "toponyms", "event_recall", "event_precision",
           "event_f1", "subtype", "casualties", "claims", "claim_stance", "contested", "verification", "links",
           "overall"]  # fmt: skip


def load_scorer() -> ModuleType | None:
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article_files(gold_path: Path, gold: dict[str, Any]) -> list[Path]:
    """The file of each document the gold lists, next to the gold file (``<doc_id>.txt`` or ``.html``)."""
    files = []
    for doc_id in gold["documents"]:
        found = [p for p in (gold_path.parent / f"{doc_id}{ext}" for ext in (".txt", ".html")) if p.exists()]
        if not found:
            raise SystemExit(f"{gold_path.parent}/{doc_id}.txt (or .html) not found: the gold lists it")
        files.append(found[0])
    return files


def ingest_and_export(kronika: str, files: list[Path], work: Path) -> Path:
    inputs, db, ledger = work / "in", work / "k.db", work / "ledger"
    shutil.rmtree(inputs, ignore_errors=True)
    inputs.mkdir(parents=True)
    for f in files:
        shutil.copy(f, inputs / f.name)
    db.unlink(missing_ok=True)
    ingest = [kronika, "ingest", str(inputs), "--db", str(db), "-q"]
    for cmd in (ingest, [kronika, "export", "--db", str(db), "--out", str(ledger)]):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"{' '.join(cmd[:2])} failed ({done.returncode}): {done.stderr[-800:]}")
    return ledger


def halves(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Half A (first half of the documents in id order), half B (the rest), and all: each a gold of its own."""
    ids = sorted(gold["documents"])
    cut = (len(ids) + 1) // 2
    parts = {"A": ids[:cut], "B": ids[cut:], "all": ids}
    out = {}
    for name, part in parts.items():
        docs = {k: gold["documents"][k] for k in part}
        links = [x for x in gold.get("links", []) if all(d in docs for d in x["docs"])]
        out[name] = {**gold, "documents": docs, "links": links}
    return out


def cell(fig: dict[str, Any]) -> str:
    ratio = fig.get("ratio")
    if ratio is None:
        return "-"
    return f"{ratio:.3f}" + (f" ({fig['ok']}/{fig['of']})" if "of" in fig else "")


def print_misses(score: ModuleType, gold: dict[str, Any], ledger: Path) -> None:
    """Each gold event matched or not, and the predicted events of its document (for looking at half A)."""
    events = score.load_jsonl(ledger / "events.jsonl")
    for doc_id, g in sorted(gold["documents"].items()):
        pev = [e for e in events if doc_id in e.get("doc_ids", [])]
        print(f"\n== {doc_id}")
        for ge in g.get("events", []):
            hit = [e["event_id"] for e in pev if score.event_matches(ge, doc_id, e)]
            req = "req" if ge["required"] else "opt"
            print(f"  gold {ge['id']} [{req}] {ge['types'][0]} when={ge.get('when')} "
                  f"fat={ge.get('fatalities')} inj={ge.get('injuries')} -> {hit or 'MISSED'}")  # fmt: skip
        for e in pev:
            loc = e.get("location") or {}
            print(f"  pred {e['event_id']} {e.get('event_type')} / {e.get('sub_event_type')} {loc.get('name')} "
                  f"({loc.get('lat')}, {loc.get('lon')}) {e.get('date')}..{e.get('date_end')} "
                  f"fat={e.get('fatalities')} inj={e.get('injuries')}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--kronika", default=str(ROOT / ".venv" / "bin" / "kronika"))
    parser.add_argument("--out", type=Path, help="keep the inputs, database and ledger here")
    parser.add_argument("--misses", action="store_true", help="list each gold event of half A, matched or not")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--half", choices=["A", "B", "all"], default="A", help="which half --misses lists ('all': a batch read whole)"
    )
    args = parser.parse_args(argv)
    score = load_scorer()
    if score is None:
        print(f"skipped: {SHARED}/eval/score.py not found (the benchmark is scored by the shared scorer)")
        return 0
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    work = args.out or Path(tempfile.mkdtemp(prefix="kronika-articles-"))
    ledger = ingest_and_export(args.kronika, article_files(args.gold, gold), work)
    parts = halves(gold)
    figures = {name: score.score(part, ledger) for name, part in parts.items()}
    print(f"{'figure':18s} {'A':>16s} {'B':>16s} {'all':>16s}")
    for key in FIGURES:
        print(f"{key:18s} " + " ".join(f"{cell(figures[p].get(key, {})):>16s}" for p in ("A", "B", "all")))
    if args.misses:
        print_misses(score, parts[args.half], ledger)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if args.out is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
