"""Train the clean stage's line model on our own pages, and measure it leave-one-batch-out.

The lines of every page of ``tests/data/pages`` (as scraped, and glued on one line, as the clean stage cuts it
back into pieces) are labelled from the page's gold: a line holding a ``must_remove`` string is furniture, a line
holding (part of) a ``must_keep`` string is text, other lines are left out. Only our own pages are read: never
dev-fr, the seeds or any evaluation text.

Leave-one-batch-out: for each batch, a model trained on the other batches decides the left-out batch's lines the
rules leave undecided (live lines that are not paragraphs), and the page checks are scored with the rules alone
and with the model, at several thresholds.

usage: python bench/line_model.py [--write] [--threshold 0.9]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
ARTICLES = ROOT / "tests" / "data" / "articles"
MODEL = ROOT / "src" / "kronika" / "data" / "line_model.json"
sys.path.insert(0, str(ROOT / "tests"))

from kronika.model import Document  # noqa: E402
from kronika.stages import clean as clean_module  # noqa: E402
from kronika.stages.clean_glued import rejoin  # noqa: E402
from kronika.stages.clean_model import FEATURES, furniture_odds, line_features, open_to_model, prose_lines  # noqa: E402
from kronika.stages.clean_rules import Page  # noqa: E402
from kronika.stages.read import read_inputs  # noqa: E402
from test_clean import _fold, glue_page  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)
SHAPES = ("scraped", "one line")
_L2 = 1.0


def page_path(name: str) -> Path:
    text = PAGES / f"{name}.txt"
    if not text.exists() and (ARTICLES / f"{name}.txt").exists():
        return ARTICLES / f"{name}.txt"
    return text if text.exists() else PAGES / f"{name}.html"


def own_gold() -> dict[str, dict[str, Any]]:
    """The gold of every page and every article of our own, each with its batch (an article's: its gold file)."""
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["pages"]
    for name in gold:
        gold[name]["fold"] = str(gold[name].get("batch"))
    for path in sorted(ARTICLES.glob("gold*.json")):
        for name, document in json.loads(path.read_text(encoding="utf-8"))["documents"].items():
            gold[name] = {**document, "fold": path.stem}
    return gold


def rules_pages(shape: str) -> Iterator[tuple[str, Page, list[int], bool]]:
    """Each page cleaned by the rules alone: its Page (reasons of the rules), the origin of each piece, and whether
    its last piece was cut off a glued line (the model then spares the last words of a page cut short)."""
    gold = own_gold()
    captured: dict[str, Any] = {}
    original_unglue, original_mark = clean_module.unglue, clean_module.mark_model_lines

    def unglue(lines: list[str]) -> Any:
        captured["unglued"] = original_unglue(lines)
        return captured["unglued"]

    def mark(page: Page, glued_tail: bool = False, model: Any = None) -> None:
        captured["page"], captured["tail"] = page, glued_tail

    clean_module.unglue, clean_module.mark_model_lines = unglue, mark  # type: ignore[assignment]
    try:
        for name in sorted(gold):
            [doc] = [d for d in read_inputs([page_path(name)]) if isinstance(d, Document)]
            if shape != "scraped":
                doc.raw = glue_page(doc.raw, shape)
            clean_module.clean_text(doc)
            page, origins = captured["page"], captured["unglued"][1]
            yield name, page, origins, bool(captured["tail"])
    finally:
        clean_module.unglue, clean_module.mark_model_lines = original_unglue, original_mark  # type: ignore[assignment]


def label(line: str, gold: dict[str, Any]) -> int | None:
    """1 for furniture, 0 for text, None for a line the gold says nothing of. An article's line that names one
    of its places (a headline, a subheading) is text unless the gold removes it."""
    folded = _fold(line)
    if not folded:
        return None
    keep = any(_fold(k) in folded or (len(folded) > 20 and folded in _fold(k)) for k in gold["must_keep"])
    remove = any(_fold(r) in folded for r in gold["must_remove"])
    places = [_fold(t["surface"]) for t in gold.get("toponyms", []) if len(t.get("surface", "")) >= 4]
    keep = keep or (not remove and any(place in folded for place in places))
    if keep == remove:
        return None
    return int(remove)


def collect() -> dict[str, Any]:
    """Features and labels of every labelled line, with each page's batch, and the rules' pages to score."""
    gold = own_gold()
    rows: list[list[float]] = []
    labels: list[int] = []
    batches: list[str] = []
    pages: dict[str, list[tuple[str, Page, list[int], bool]]] = {shape: [] for shape in SHAPES}
    for shape in SHAPES:
        for name, page, origins, glued_tail in rules_pages(shape):
            pages[shape].append((name, page, origins, glued_tail))
            prose = prose_lines(page)
            for index, line in enumerate(page.lines):
                found = label(line, gold[name])
                if found is None or not line:
                    continue
                rows.append(line_features(page, index, prose))
                labels.append(found)
                batches.append(gold[name]["fold"])
    return {"X": np.array(rows), "y": np.array(labels), "batch": np.array(batches), "pages": pages, "gold": gold}


def train(x: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """L2-regularised logistic regression on standardised features, by Newton's method; classes weighted equally."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    weight = np.where(y == 1, len(y) / (2 * max(y.sum(), 1)), len(y) / (2 * max(len(y) - y.sum(), 1)))
    beta = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * _L2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ beta))
        gradient = z.T @ (weight * (p - y)) + penalty @ beta
        hessian = (z * (weight * p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "bias": round(float(beta[0]), 6),
        "weights": [round(float(v), 6) for v in beta[1:]],
    }


def score(
    entries: list[tuple[str, Page, list[int], bool]], gold: dict[str, Any], model: Any, threshold: float
) -> tuple[float, int]:
    """Share of the checks passed, and must_keep lines lost, with the model deciding the open lines."""
    passed = checks = lost = 0
    for name, page, origins, glued_tail in entries:
        prose = prose_lines(page)
        dropped = set(page.reasons)
        if model is not None:
            dropped |= {
                i
                for i in page.live()
                if open_to_model(page, i, prose, glued_tail)
                and furniture_odds(line_features(page, i, prose), model) >= threshold
            }
        kept = [(origins[i], line) for i, line in enumerate(page.lines) if line and i not in dropped]
        text = _fold("\n\n".join(rejoin(kept)))
        g = gold[name]
        left = sum(_fold(r) in text for r in g["must_remove"])
        gone = sum(_fold(k) not in text for k in g["must_keep"])
        passed += len(g["must_remove"]) - left + len(g["must_keep"]) - gone
        checks += len(g["must_remove"]) + len(g["must_keep"])
        lost += gone
    return passed / max(checks, 1), lost


def leave_one_batch_out(data: dict[str, Any]) -> None:
    gold = data["gold"]
    print("| batch | shape | rules | " + " | ".join(f"model ≥ {t}" for t in THRESHOLDS) + " |")
    for batch in sorted(set(data["batch"]), key=lambda b: (not b.isdigit(), b.zfill(3))):
        train_rows = data["batch"] != batch
        model = train(data["X"][train_rows], data["y"][train_rows])
        for shape in SHAPES:
            entries = [e for e in data["pages"][shape] if gold[e[0]]["fold"] == batch]
            base, base_lost = score(entries, gold, None, 1.0)
            cells = [score(entries, gold, model, t) for t in THRESHOLDS]
            shown = " | ".join(f"{s:.3f} ({lost})" for s, lost in cells)
            print(f"| {batch} | {shape} | {base:.3f} ({base_lost}) | {shown} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="train on every batch and write data/line_model.json")
    parser.add_argument("--threshold", type=float, default=0.9)
    args = parser.parse_args(argv)
    data = collect()
    print(f"{len(data['y'])} labelled lines, {int(data['y'].sum())} of furniture")
    if args.write:
        model = train(data["X"], data["y"])
        model["threshold"] = args.threshold
        model["about"] = (
            "Logistic regression over outlet-independent line features (kronika.stages.clean_model.FEATURES), "
            "trained by bench/line_model.py on the project's own pages (tests/data/pages) only."
        )
        MODEL.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"written {MODEL}")
        return 0
    leave_one_batch_out(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
