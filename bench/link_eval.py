"""Score cross-outlet linking on a folder of reports with a ``gold.json`` beside them.

The gold maps every document id (file name without ``.txt``) to one event: keys starting with ``D`` are distinct
look-alikes that must stay apart from everything else. Each document's *main event* is the ledger event holding
its earliest evidence span; two documents are linked when their main events are one. Prints pair precision and
recall, B-cubed F1 and the distinct reports merged away (the brief's non-negotiable: never merge one away).

    .venv/bin/python bench/link_eval.py tests/data/linking/fresh1 [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kronika import api
from kronika.model import Event
from kronika.store import open_store


@dataclass(frozen=True, slots=True)
class LinkScore:
    gold_pairs: int
    found_pairs: int
    true_pairs: int
    bcubed_f1: float
    merged_distinct: list[str]

    @property
    def precision(self) -> float:
        return self.true_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0


def main_events(events: list[Event]) -> dict[str, Event]:
    """Each document's main event: the one whose evidence in that document starts first."""
    first: dict[str, tuple[int, Event]] = {}
    for event in events:
        for evidence in event.evidence:
            known = first.get(evidence.doc_id)
            if known is None or evidence.start < known[0]:
                first[evidence.doc_id] = (evidence.start, event)
    return {doc: event for doc, (_, event) in first.items()}


def _pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for members in groups for a in members for b in members if a < b}


def score(gold_events: dict[str, list[str]], main: dict[str, Event]) -> LinkScore:
    gold = {doc: set(members) for members in gold_events.values() for doc in members}
    groups: dict[str, set[str]] = {}
    for doc, event in main.items():
        if doc in gold:
            groups.setdefault(event.event_id, set()).add(doc)
    predicted = {doc: groups[main[doc].event_id] if doc in main else {doc} for doc in gold}
    gold_pairs = _pairs([set(m) for m in gold_events.values()])
    found_pairs = _pairs(list(groups.values()))
    precision = sum(len(predicted[d] & gold[d]) / len(predicted[d]) for d in gold) / len(gold)
    recall = sum(len(predicted[d] & gold[d]) / len(gold[d]) for d in gold) / len(gold)
    merged = [key for key, m in gold_events.items() if key.startswith("D") and len(predicted[m[0]]) > 1]
    return LinkScore(
        len(gold_pairs),
        len(found_pairs),
        len(gold_pairs & found_pairs),
        2 * precision * recall / (precision + recall),
        merged,
    )


def evaluate(folder: Path, verbose: bool = False) -> LinkScore:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = sorted(folder.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "links.db")
        api.ingest(files, db)
        main = main_events(api.events(db))
        store = open_store(db)
        try:
            copies = {d["doc_id"]: d["original_id"] for d in store.duplicates()}
        finally:
            store.close()
    main.update({copy: main[original] for copy, original in copies.items() if original in main})
    result = score(gold["events"], main)
    if verbose:
        _show(gold["events"], main)
    return result


def _show(gold_events: dict[str, list[str]], main: dict[str, Event]) -> None:
    for key, members in gold_events.items():
        for doc in members:
            event = main.get(doc)
            if event is None:
                print(f"{key:4} {doc:8} (no event)")
                continue
            place = event.location.name if event.location else None
            where = f"{place} [{event.location.geo_precision}]" if event.location else "-"
            print(
                f"{key:4} {doc:8} {event.event_id[:10]:10} {event.date} {event.sub_event_type or event.event_type}"
                f" | {where} | dead {event.fatalities} hurt {event.injuries} | docs {len(event.doc_ids)}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    for folder in args.folders:
        s = evaluate(folder, args.verbose)
        print(
            f"{folder}: pairs found {s.found_pairs}, right {s.true_pairs} of {s.gold_pairs} "
            f"(precision {s.precision:.3f}, recall {s.recall:.3f}), B-cubed F1 {s.bcubed_f1:.3f}, "
            f"distinct merged away {len(s.merged_distinct)} {s.merged_distinct}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
