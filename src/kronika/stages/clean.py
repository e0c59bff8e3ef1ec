"""Clean stage: drop boilerplate lines and trailing teasers, keep everything removed.

Rules live in ``data/boilerplate.json``; this module only applies them. The
signals, strongest first: explicit patterns (cookie banners, share buttons,
comment counters), the end of the article body (a wire signoff, a "related
articles" or comment block after which only teasers follow), structure
(navigation crumbs above the headline, repeated lines, lowercase SEO keyword
lines), and lines repeated across many documents of the same run.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from kronika.data import load_json
from kronika.model import Document, Removal
from kronika.pipeline import stage
from kronika.stages.read import without_lone_surrogates

_TIMESTAMP_LINE = re.compile(
    r"^(?:(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[,\s]*(?:à\s*)?\d{1,2}[:h]\d{2})?\s*)+$"
)
_SENTENCE_END = re.compile(r"[.!?:;»”\"…)]\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class _Rule:
    reason: str
    pattern: re.Pattern[str]


@functools.cache
def _rules() -> tuple[list[_Rule], list[_Rule], list[_Rule], float]:
    data = load_json("boilerplate.json")

    def compile_all(key: str) -> list[_Rule]:
        return [_Rule(r["reason"], re.compile(r["pattern"], re.IGNORECASE)) for r in data[key]]

    return (
        compile_all("line_patterns"),
        compile_all("tail_markers"),
        compile_all("signoffs"),
        float(data["tail_min_position"]),
    )


def normalise_line(line: str) -> str:
    """The key used to compare lines across and within documents."""
    folded = unicodedata.normalize("NFKC", line).replace("’", "'")
    return " ".join(folded.casefold().split())


@stage("clean", requires=["doc.raw"], assigns=["doc.text", "doc.removed", "doc.title"], resources=["repeated_lines"])
def clean_text(doc: Document, *, repeated_lines: frozenset[str] = frozenset()) -> Document:
    """Set ``doc.text`` to the article body and ``doc.removed`` to every dropped line."""
    lines = [line.strip() for line in without_lone_surrogates(doc.raw).split("\n")]
    reasons: dict[int, str] = {}
    if doc.header.get("_line") and doc.header.get("_from") is None:
        doc.removed.append(Removal(doc.header["_line"], "metadata header"))
    _mark_tail(lines, reasons)
    _mark_lines(lines, reasons, repeated_lines)
    _mark_head_navigation(lines, reasons)
    if doc.title is None:
        doc.title = _find_title(lines, reasons)
    kept: list[str] = []
    for index, line in enumerate(lines):
        if index in reasons:
            doc.removed.append(Removal(line, reasons[index]))
        elif line:
            kept.append(line)
    doc.text = "\n\n".join(kept)
    return doc


def _mark_tail(lines: list[str], reasons: dict[int, str]) -> None:
    """Drop everything after the end of the article body (teasers, comment blocks)."""
    _, tail_markers, signoffs, min_position = _rules()
    total = sum(len(line) + 1 for line in lines) or 1
    position = 0
    for index, line in enumerate(lines):
        position += len(line) + 1
        if position / total < min_position or not line:
            continue
        cut = None
        for rule in tail_markers:
            if rule.pattern.search(line):
                cut, reason = index, rule.reason
                break
        else:
            for rule in signoffs:
                if rule.pattern.search(line):
                    cut, reason = index + 1, "after " + rule.reason
                    break
        if cut is not None:
            for later in range(cut, len(lines)):
                if lines[later]:
                    reasons[later] = reason if later == cut else f"trailing content ({reason})"
            return


def _mark_head_navigation(lines: list[str], reasons: dict[int, str]) -> None:
    """Short label lines above the first real line are section crumbs ("International", "Russie")."""
    for index, line in enumerate(lines):
        if not line or (index in reasons and reasons[index] != "timestamp"):
            continue  # boilerplate above the headline (a cookie banner) does not end the navigation block
        words = _WORD.findall(line)
        if len(words) >= 3 or _SENTENCE_END.search(line):
            return
        reasons.setdefault(index, "navigation")


def _mark_lines(lines: list[str], reasons: dict[int, str], repeated_lines: frozenset[str]) -> None:
    line_patterns, _, _, _ = _rules()
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if not line or index in reasons:
            continue
        key = normalise_line(line)
        reason = _line_reason(line, key, line_patterns, seen, repeated_lines)
        if reason:
            reasons[index] = reason
        seen.add(key)


def _line_reason(
    line: str, key: str, patterns: list[_Rule], seen: set[str], repeated_lines: frozenset[str]
) -> str | None:
    for rule in patterns:
        if rule.pattern.search(line):
            return rule.reason
    if _TIMESTAMP_LINE.match(line):
        return "timestamp"
    if key in seen and len(_WORD.findall(line)) >= 3:
        return "repeated line"
    if key in repeated_lines:
        return "repeated across documents"
    if _is_keyword_line(line):
        return "SEO keywords"
    return None


def _is_keyword_line(line: str) -> bool:
    """All-lowercase word lists without punctuation: search-engine keyword lines."""
    words = _WORD.findall(line)
    if not 3 <= len(words) <= 14 or any(ch.isupper() for ch in line):
        return False
    return not re.search(r"[.!?,;:«»\"“”()#@/]", line)


def _find_title(lines: list[str], reasons: dict[int, str]) -> str | None:
    for index, line in enumerate(lines):
        if not line:
            continue
        crumbs = re.split(r"\s[»›]\s", line)
        if reasons.get(index) == "navigation" and len(crumbs) >= 3:
            return crumbs[-1].strip() or None
        if index in reasons:
            continue
        words = _WORD.findall(line)
        if 3 <= len(words) <= 30 and not re.search(r"[.!?…]\s*$", line):
            return line
        return None
    return None


def repeated_line_keys(raw_texts: list[str], min_docs: int) -> frozenset[str]:
    """Lines (normalised) that occur in at least ``min_docs`` of these documents."""
    if len(raw_texts) < min_docs:
        return frozenset()
    counts: dict[str, int] = {}
    for raw in raw_texts:
        for key in {normalise_line(line) for line in raw.split("\n") if line.strip()}:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, n in counts.items() if n >= min_docs and len(key) < 200)
