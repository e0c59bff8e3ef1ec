"""Literal anchors of patterns (``kronika.literals``) and the cue prefilter built on them: same answers, fewer tries."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kronika.data import word_patterns
from kronika.literals import Prefilter, anchors, plain_case
from kronika.model import Document
from kronika.pipeline import build
from kronika.stages import clean_lines, event_typing, outlet
from kronika.stages.clean_rules import load_rules
from kronika.stages.read import read_inputs

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"shot\s+down", {"shot"}),
        (r"(?:drones?|uavs?)\s+\w+", {"drone", "uav"}),
        (r"aviation", {"aviation"}),
        (r"viol[ée]?s\s+(?:par|sur)", {"viols", "violes", "violés"}),
        (r"(?:su|tu|mig)-\d+", {"su-", "tu-", "mig-"}),
        (r"(?-i:CS)\s+gas", {"gas"}),
    ],
)
def test_anchors_are_read_from_the_pattern(pattern: str, expected: set[str]) -> None:
    assert anchors(word_patterns([pattern])) == expected


@pytest.mark.parametrize("pattern", [r"\w+\s+\d+", r"(?:fired|\S+)\s+\w+", r"a?", r"[^x]+", r"(\w)\1"])
def test_a_pattern_without_a_required_literal_has_no_anchor(pattern: str) -> None:
    assert anchors(pattern) is None


def test_every_match_holds_an_anchor() -> None:
    """Soundness on the cue lexicon itself: each cue's matches in the test texts contain one of its anchors."""
    texts = _test_texts(split=False)
    checked = 0
    for cue in event_typing.cue_lexicon()["cues"]:
        found = anchors(cue.pattern)
        if found is None:
            continue  # a cue with no anchor is always tried
        for text in texts:
            for match in cue.pattern.finditer(text):
                checked += 1
                assert any(anchor in match.group(0).lower() for anchor in found), (cue.sub, match.group(0))
    assert checked > 1000


def test_prefilter_keeps_order_and_items_without_anchors() -> None:
    prefilter = Prefilter([("a", frozenset({"drone"})), ("b", None), ("c", frozenset({"dr", "shell"}))])
    assert prefilter.candidates("a drone struck") == ["a", "b", "c"]
    assert prefilter.candidates("shelling") == ["b", "c"]
    assert prefilter.candidates("nothing here") == ["b"]


def test_odd_case_folding_falls_back_to_every_item() -> None:
    """ "ı" matches "i" case-blind but does not lower to it: such a text is scanned without the prefilter."""
    assert not plain_case("DİYARBAKIR'da saldırı")
    assert plain_case("Frappe de drone à Kharkiv")
    prefilter = Prefilter([("strike", frozenset({"strike"}))])
    assert prefilter.candidates("strıke", "strıke") == ["strike"]


def test_best_cue_is_the_same_with_and_without_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sentence and clause of the test data gets the same cue whether every cue is tried or only those whose
    anchors occur (the same check over 5,184 ACLED notes, the dev-fr tune part and these texts, split into 53,232
    pieces, found no difference)."""
    pieces = _test_texts()
    first_cue = event_typing.best_cue.__wrapped__
    filtered = [_key(first_cue(piece)) for piece in pieces]
    monkeypatch.setattr(event_typing, "_possible_cues", lambda text, lowered: event_typing._fast_cues())
    every = [_key(first_cue(piece)) for piece in pieces]
    assert sum(cue is not None for cue in every) > 1000
    assert filtered == every


def _key(cue: event_typing.Cue | None) -> tuple[str, str, int, str] | None:
    return None if cue is None else (cue.event_type, cue.sub, cue.priority, cue.pattern.pattern)


def _test_texts(*, split: bool = True) -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("text"), str):
                texts.append(record["text"])
    texts += [path.read_text(encoding="utf-8") for path in sorted((DATA / "articles").glob("*.txt"))]
    pieces = []
    for text in texts:
        text = text.replace("’", "'")
        pieces.append(text)
        pieces += [] if not split else [piece for piece in re.split(r"(?<=[.!?;])\s+|\n+|,\s+", text) if piece.strip()]
    return list(dict.fromkeys(pieces))


def test_line_rule_is_the_same_with_and_without_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each line of the test pages and articles gets the same boilerplate reason whether every line pattern is tried
    or only those whose anchors occur (the same check over 24,482 lines of ACLED notes, dev-fr 200-219 and these
    pages found no difference)."""
    lines = list(
        dict.fromkeys(
            line.strip()
            for folder in ("pages", "articles")
            for path in sorted((DATA / folder).glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
    )
    first_rule = clean_lines.line_rule.__wrapped__
    filtered = [first_rule(line) for line in lines]
    every = Prefilter([(rule, None) for rule in load_rules().lines])
    monkeypatch.setattr(clean_lines, "_line_prefilter", lambda: every)
    assert sum(reason is not None for reason in filtered) > 300
    assert filtered == [first_rule(line) for line in lines]


def test_outlet_credits_are_the_same_with_and_without_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The outlets credited in the cleaned test articles (text and removed lines) are the same whether every credit is
    tried or only those whose literal occurs (the same over 5,915 documents: ACLED even-id notes, dev-fr 200-219, the
    test pages and articles, 132 of them credited, found no difference)."""
    docs = [doc for doc in read_inputs(sorted((DATA / "articles").glob("*.txt"))) if isinstance(doc, Document)]
    docs = build(["clean"]).run_batch(docs, on_error=lambda *args: None)
    filtered = [outlet._credited(doc) for doc in docs]
    every = Prefilter([(index, None) for index in range(len(outlet._credit_patterns()))])
    monkeypatch.setattr(outlet, "_credit_prefilter", lambda: every)
    assert sum(bool(found) for found in filtered) > 20
    assert filtered == [outlet._credited(doc) for doc in docs]
