"""Source–content pair F1 of the claims stage on PolNeAR (English political news, brat standoff).

PolNeAR (Newell, Margolin & Ruths, LREC 2018) is evaluation data only and is read from
``../shared/dev/polnear/polnear.tar.xz``; nothing of it is shipped. A gold pair is an attribution
relation with both a Source and a Content span. A predicted claim matches a gold pair when its
text holds at least half of the gold content's words and its source phrase and the gold source
share their last word (the head: "Trump" / "Donald Trump", "the influential US daily" / "daily").
One annotator's file per article (the first in name order).

usage: python bench/attribution_polnear.py [--split test] [--limit N]
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import tempfile
from pathlib import Path

from kronika.model import Claim, Document
from kronika.pipeline import build
from kronika.registry import fold
from kronika.stages.read import content_hash

ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "dev" / "polnear" / "polnear.tar.xz"
_WORDS = re.compile(r"\w+")


def gold_pairs(ann: str) -> list[tuple[str, str]]:
    lines = [line.split("\t") for line in ann.splitlines()]
    spans = {fields[0]: fields[2] for fields in lines if fields[0].startswith("T") and len(fields) == 3}
    pairs = []
    for fields in lines:
        if fields[0].startswith("E") and len(fields) > 1:
            roles = dict(part.split(":", 1) for part in fields[1].split())
            if roles.get("Source") in spans and roles.get("Content") in spans:
                pairs.append((spans[roles["Source"]], spans[roles["Content"]]))
    return pairs


def _head(text: str, apposition: bool = False) -> str:
    """The last word; with ``apposition``, the last word before an apposition's comma ("Douglas Holtz-Eakin,
    an economist and tax expert," -> "eakin")."""
    if apposition and text.split(",")[0].strip():
        text = text.split(",")[0]
    words = _WORDS.findall(fold(text))
    return words[-1] if words else ""


def matches(claim: Claim, source: str, content: str, apposition: bool = False) -> bool:
    wanted = set(_WORDS.findall(fold(content)))
    got = set(_WORDS.findall(fold(claim.text)))
    if not wanted or len(wanted & got) < len(wanted) / 2:
        return False
    heads = {_head(claim.source_surface, apposition), _head(claim.source, apposition)}
    if _head(source) in heads or (apposition and _head(source, True) in heads):
        return True
    return fold(source) in fold(claim.source_surface + " " + claim.source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    if not ARCHIVE.exists():
        sys.exit(f"{ARCHIVE} not found: PolNeAR is read from ../shared (evaluation only)")
    pipeline = build()
    tp_gold = n_gold = tp_pred = n_pred = 0
    tp_gold_a = tp_pred_a = 0  # with the head of a source in apposition taken before its comma
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(ARCHIVE) as archive:
            archive.extractall(tmp, filter="data")
        split = next(Path(tmp).rglob(f"data/{args.split}"))
        texts = sorted((split / "text").glob("*.txt"))[: args.limit or None]
        for path in texts:
            anns = sorted((split / "attributions").glob(path.stem + "_*.ann"))
            if not anns:
                continue
            pairs = gold_pairs(anns[0].read_text(encoding="utf-8"))
            raw = path.read_text(encoding="utf-8")
            doc = Document(doc_id=path.stem, source=path.name, raw=raw, header={})
            doc.content_hash = content_hash(raw)
            done = pipeline.run_batch([doc], lambda stage, d, exc: None)
            claims = done[0].claims if done else []
            n_gold += len(pairs)
            tp_gold += sum(any(matches(c, s, t) for c in claims) for s, t in pairs)
            n_pred += len(claims)
            tp_pred += sum(any(matches(c, s, t) for s, t in pairs) for c in claims)
            tp_gold_a += sum(any(matches(c, s, t, True) for c in claims) for s, t in pairs)
            tp_pred_a += sum(any(matches(c, s, t, True) for s, t in pairs) for c in claims)
    print(f"PolNeAR {args.split}: {len(texts)} articles, {n_gold} gold source-content pairs, {n_pred} claims")
    for label, gold_hits, pred_hits in (
        ("source head = last word", tp_gold, tp_pred),
        ("source head before an apposition's comma", tp_gold_a, tp_pred_a),
    ):
        recall = gold_hits / n_gold if n_gold else 0.0
        precision = pred_hits / n_pred if n_pred else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label}: recall {recall:.3f}  precision {precision:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
