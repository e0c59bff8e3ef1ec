"""Rebuild ``src/kronika/data/event_model.json``, the typing model of last resort, from the notes written here.

    python bench/train_event_model.py                    train on every batch of tests/data/acled_style_notes_20*.jsonl
    python bench/train_event_model.py --hold-out 16      leave batch 16 out (to score it as unseen text)
    python bench/train_event_model.py --check            cross-validate by batch (each batch scored by a model
                                                         trained on the others) and print accuracy per margin

Only text the project may ship trains it: the ACLED-style notes the project's sessions wrote themselves (never
ACLED's own notes, never CASE 2021). A multinomial naive Bayes over binary features (first sentence's word stems
and the clause's structure, ``stages/event_typing_model.features``), Laplace smoothing; deterministic (sorted keys).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kronika.stages.event_typing_model import features  # noqa: E402
from kronika.stages.event_typing_structure import parse_features  # noqa: E402

NOTES = sorted((ROOT / "tests" / "data").glob("acled_style_notes_20*.jsonl"))
OUT = ROOT / "src" / "kronika" / "data" / "event_model.json"
SMOOTHING = 0.5
MIN_COUNT = 2  # a stem seen in one note only tells nothing general
MIN_MARGIN = 2.0  # log-odds of the best sub-type over the runner-up
MIN_FEATURES = 3
# function words, months, and ACLED's coding boilerplate ("Casualties unknown", "[size=...]", "coded to")
_STOP_TEXT = """the and for with from into onto over under near outside inside after before during while when who whom
    which that this these those their them they his her its him she was were been being has had have are not but
    also then than there here about around some several other others each all any one two three four five six
    seven eight nine ten dozen dozens hundred hundreds thousand thousands january february march april may june
    july august september october november december week report reportedly reported according casualty casualties
    fatalities fatality unknown size coded raion oblast city region district village town russia ukraine
    ukrainian russian"""
STOP_WORDS = sorted(set(_STOP_TEXT.split()))
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])[.;]\s+(?=[A-Z\[])")


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def note_features(text: str, stop: frozenset[str]) -> list[str]:
    sentence = first_sentence(text)
    return features(sentence, parse_features(sentence), stop)


def load(hold_out: set[int]) -> list[dict[str, Any]]:
    notes = []
    for path in NOTES:
        for line in path.read_text(encoding="utf-8").splitlines():
            note = json.loads(line) if line.strip() else None
            if note and note.get("batch", 0) not in hold_out:
                notes.append(note)
    return notes


def train(notes: list[dict[str, Any]]) -> dict[str, Any]:
    stop = frozenset(STOP_WORDS)
    rows = [(n["sub_event_type"], n["event_type"], note_features(n["text"], stop)) for n in notes]
    seen = Counter(f for _, _, found in rows for f in set(found))
    vocabulary = sorted(f for f, k in seen.items() if k >= MIN_COUNT)
    known = set(vocabulary)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    per_class: Counter[str] = Counter()
    types = {}
    for sub, event_type, found in rows:
        per_class[sub] += 1
        types[sub] = event_type
        counts[sub].update(f for f in found if f in known)
    classes = {}
    for sub in sorted(per_class):
        total = sum(counts[sub].values()) + SMOOTHING * len(vocabulary)
        weights = {f: round(math.log((k + SMOOTHING) / total), 4) for f, k in sorted(counts[sub].items())}
        prior = round(math.log(per_class[sub] / len(rows)), 4)
        classes[sub] = [prior, weights, round(math.log(SMOOTHING / total), 4)]
    return {
        "about": "Naive Bayes typing model of last resort, trained by bench/train_event_model.py on the project's own "
        "ACLED-style notes (tests/data/acled_style_notes_20*.jsonl) only; see docs/events-evaluation.md.",
        "trained_on": len(rows),
        "min_margin": MIN_MARGIN,
        "min_features": MIN_FEATURES,
        "stop_words": STOP_WORDS,
        "vocabulary": vocabulary,
        "types": dict(sorted(types.items())),
        "classes": classes,
    }


def score(model: dict[str, Any], text: str) -> list[tuple[float, str]]:
    stop = frozenset(model["stop_words"])
    found = [f for f in note_features(text, stop) if f in set(model["vocabulary"])]
    scores = [(p + sum(w.get(f, u) for f in found), sub) for sub, (p, w, u) in model["classes"].items()]
    return sorted(scores, reverse=True)


def check() -> None:
    notes = load(set())
    batches = sorted({n.get("batch", 0) for n in notes})
    results = []
    for batch in batches:
        model = train([n for n in notes if n.get("batch", 0) != batch])
        for note in (n for n in notes if n.get("batch", 0) == batch):
            ranked = score(model, note["text"])
            results.append((ranked[0][0] - ranked[1][0], ranked[0][1] == note["sub_event_type"]))
    for margin in (0.0, 1.0, 2.0, 3.0, 4.0, 6.0):
        kept = [right for m, right in results if m >= margin]
        share = sum(kept) / max(1, len(kept))
        print(f"margin {margin}: answers {len(kept)}/{len(results)}, right {sum(kept)} ({share:.3f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hold-out", type=int, action="append", default=[], help="a batch left out of training")
    ap.add_argument("--check", action="store_true", help="cross-validate by batch")
    a = ap.parse_args(argv)
    if a.check:
        check()
        return 0
    model = train(load(set(a.hold_out)))
    OUT.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {model['trained_on']} notes, {len(model['vocabulary'])} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
