"""The own held-out articles in the shapes scrapers bring pages in, each scored like the articles as written.

A hidden set's pages come from other scrapers: a page may be glued into one line (with or without a space where
its lines met), hard-wrapped at a column (text-mode browsers, newsletters), or HTML. The same articles
(``tests/data/articles``, every gold file) are rewritten in each shape and scored by the shared scorer through
``bench/own_articles.py``; a figure that drops in one shape points at a stage that reads lines, not sentences.

usage: python bench/page_shapes.py [--shapes written,one-line,no-space,wrapped,html] [--kronika .venv/bin/kronika]
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
_HEADLINE_CHARS = 30
SHOWN = ["cleaning", "published", "toponyms", "event_f1", "casualties", "claims", "contested", "verification"]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _as_html(text: str) -> str:
    lines = _lines(text)
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    # the page's <title> is its headline (taken as the first line of some length: menus and mastheads are short)
    title = html.escape(next((line for line in lines if len(line) > _HEADLINE_CHARS), lines[0] if lines else ""))
    head = f"<head><meta charset='utf-8'><title>{title}</title></head>"
    return f"<!DOCTYPE html><html>{head}<body>\n{body}\n</body></html>\n"


SHAPES: dict[str, tuple[str, Callable[[str], str]]] = {
    "written": (".txt", lambda text: text),
    "one-line": (".txt", lambda text: " ".join(_lines(text)) + "\n"),
    "no-space": (".txt", lambda text: "".join(_lines(text)) + "\n"),
    "wrapped": (".txt", lambda text: "\n\n".join("\n".join(textwrap.wrap(line, 72)) for line in _lines(text)) + "\n"),
    "html": (".html", _as_html),
}


def load_own_articles() -> ModuleType:
    spec = importlib.util.spec_from_file_location("own_articles", ROOT / "bench" / "own_articles.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_batches() -> dict[str, dict[str, Any]]:
    """Each gold file's articles apart: the batches were written as separate worlds, and two batches telling the
    same incident with different tolls would be linked into one event whose toll can match only one of them."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(ARTICLES.glob("gold*.json"))}


def combine(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """The scorer's figures of several batches as one: counts summed, ratios recomputed from them."""
    keys = {key for one in figures for key, value in one.items() if "of" in value}
    total: dict[str, Any] = {}
    for key in keys:
        ok = sum(one.get(key, {}).get("ok", 0) for one in figures)
        of = sum(one.get(key, {}).get("of", 0) for one in figures)
        if key == "flags":  # "of" counts tp + fp + fn there
            total[key] = {"ok": ok, "of": of, "ratio": 2 * ok / (ok + of) if of else 1.0}
        else:
            total[key] = {"ok": ok, "of": of, "ratio": ok / of if of else None}
    recall, precision = (total.get(key, {}).get("ratio") or 0.0 for key in ("event_recall", "event_precision"))
    total["event_f1"] = {"ratio": 2 * recall * precision / (recall + precision) if recall + precision else 0.0}
    return total


def write_shape(shape: str, gold: dict[str, Any], folder: Path) -> Path:
    """The articles written in one shape into ``folder``, with the gold beside them; the gold file's path."""
    ext, rewrite = SHAPES[shape]
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id in gold["documents"]:
        source = ARTICLES / f"{doc_id}.txt"
        if not source.exists():  # an article written as HTML stays as it is
            shutil.copy(ARTICLES / f"{doc_id}.html", folder / f"{doc_id}.html")
            continue
        (folder / f"{doc_id}{ext}").write_text(rewrite(source.read_text(encoding="utf-8")), encoding="utf-8")
    gold_path = folder / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    return gold_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--kronika", default=str(ROOT / ".venv" / "bin" / "kronika"))
    args = parser.parse_args(argv)
    own = load_own_articles()
    score = own.load_scorer()
    if score is None:
        print("skipped: ../shared/eval/score.py not found (the benchmark is scored by the shared scorer)")
        return 0
    batches = gold_batches()
    work = Path(tempfile.mkdtemp(prefix="kronika-shapes-"))
    articles = sum(len(gold["documents"]) for gold in batches.values())
    print(f"{articles} own articles, each gold file a run of its own | " + " | ".join(SHOWN))
    print("|---" * (len(SHOWN) + 1) + "|")
    for shape in args.shapes.split(","):
        figures = []
        for name, gold in batches.items():
            gold_path = write_shape(shape, gold, work / shape / name / "in")
            files = own.article_files(gold_path, gold)
            figures.append(score.score(gold, own.ingest_and_export(args.kronika, files, work / shape / name / "run")))
        total = combine(figures)
        print(f"| {shape} | " + " | ".join(own.cell(total.get(key, {})) for key in SHOWN) + " |")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
