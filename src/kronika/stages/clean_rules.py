"""Rules and page model shared by the clean stage's modules (``clean``, ``clean_segments``, ``clean_lines``).

``load_rules`` reads ``data/boilerplate.json`` once; ``Page`` holds the lines of one document, their folded
words, the page's language and the reasons decided so far.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kronika.data import load_json
from kronika.stages.language import stopwords

TIMESTAMP_LINE = re.compile(
    r"^(?:(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[,\s]*(?:à\s*)?\d{1,2}[:h]\d{2})?\s*)+$"
)
SENTENCE_END = re.compile(r"[.!?:;»”\"…)]\s*$")
CAMEL_CASE_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # "BotTalk", "YouTube"
FULL_STOP = re.compile(r"[.!?…][\"”»’]?\s*$")  # a full stop, inside closing quotes or not
WORD = re.compile(r"\w+", re.UNICODE)
LETTER_OR_DIGIT = re.compile(r"[^\W_]", re.UNICODE)
BULLET = re.compile(r"^[\s•·*▪►▶→\-–—]+")
LIST_BULLET = re.compile(r"^\s*[•·▪\-–—]")
SENTENCES = re.compile(r"[^.!?…]+(?:[.!?…]+[»”\"]?|$)\s*")
INITIALS_PART = re.compile(r"^(?:[A-Za-z]{1,3}\.-?)+[A-Za-z]{0,3}$")
CREDIT_SPLIT = re.compile(r"\s[—–|-]\s|©|(?<=\.)\s")
NUMERIC_TOKEN = re.compile(r"^[+\-−–]?[\d.,:/]*\d[\d.,:/]*\s*[%€$£]?$|^[%€$£]$|^[A-Z]{3}(?:/[A-Z]{3})?$")
KICKER = re.compile(r"^[\W_]*(?P<kicker>[^\W\d_][^:]{0,40}?)(?:\s?:|(?P<dash>\s[-–—])|(?P<dot>\.))\s+\S")

SOFT_HYPHEN = re.compile(r"(?<=\w)\u00ad ?(?=\w)|\u00ad")
BROKEN_WORD = re.compile(r"(?<=[^\W\d_])\u2010 (?=[^\W\d_])")  # "conti‐ nuaient": a hyphen of the print layout

LIST_LABEL = "list of other stories"
LIST_LABELS = (LIST_LABEL, "section label", "related articles")  # a label line can open a list
GLUED_LINE_CHARS = 400  # a line this long is a paragraph or a glued page, longer than any banner or policy block
PROSE_MIN_WORDS = 12  # a line this long with stop words is a paragraph of the article
SHORT_LINE_WORDS = 15  # headline-like lines (teasers, labels) are shorter than this
LOW_STOPWORD_DENSITY = 0.2  # below this share of stop words a short line is furniture, as in jusText


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Rules:
    lines: list[Rule]
    segments: list[Rule]
    sentences: list[Rule]
    tail_markers: list[Rule]
    signoffs: list[Rule]
    list_headers: list[Rule]
    tail_min_position: float
    date: re.Pattern[str]
    credit: re.Pattern[str]
    inline_credit: re.Pattern[str]
    byline: re.Pattern[str]
    clause_words: frozenset[str]
    label_kickers: frozenset[str]
    dangling_words: frozenset[str]
    line_openers: frozenset[str]
    comment_stems: re.Pattern[str]
    reader_address: re.Pattern[str]
    attribution: re.Pattern[str]
    outlet_voice: re.Pattern[str]
    author_role: re.Pattern[str]
    crumb_roots: frozenset[str]
    date_stub_words: frozenset[str]
    ticker_words: frozenset[str]
    stoplists: dict[str, str]
    inline_tail_headers: re.Pattern[str]
    language_names: frozenset[str]
    reason_groups: dict[str, frozenset[str]]
    video_labels: frozenset[str]
    language_codes: frozenset[str]


@functools.cache
def load_rules() -> Rules:
    data = load_json("boilerplate.json")

    def compile_all(key: str) -> list[Rule]:
        return [Rule(r["reason"], re.compile(r["pattern"], re.IGNORECASE)) for r in data[key]]

    months = "|".join(data["months"])
    date = (
        r"\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}"
        rf"|\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{months})\.?(?:\s+\d{{4}})?|(?:{months})\.?\s+\d{{1,2}},?\s+\d{{4}}"
        r"|\d{1,2}\.\d{2}\s?(?:am|pm)(?:\s?(?:gmt|utc|bst|cet|cest|aest|aedt))?"  # "5.00am" (The Age, The Times)
        r"|\d{1,2}\s?[:h]\s?\d{2}(?:\s?(?:am|pm))?(?:\s?(?:gmt|utc|cet|cest|bst|msk)(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?)?)\b"
    )
    return Rules(
        lines=compile_all("line_patterns"),
        segments=compile_all("segment_patterns"),
        sentences=compile_all("sentence_patterns"),
        tail_markers=compile_all("tail_markers"),
        signoffs=compile_all("signoffs"),
        list_headers=compile_all("list_headers"),
        tail_min_position=float(data["tail_min_position"]),
        date=re.compile(date, re.IGNORECASE),
        credit=re.compile(data["credit"]),
        inline_credit=re.compile(data["inline_credit"]),
        byline=re.compile(data["byline"]),
        clause_words=frozenset(data["clause_words"]),
        label_kickers=frozenset(data["label_kickers"]),
        dangling_words=frozenset(data["dangling_words"]),
        line_openers=frozenset(data["line_openers"]),
        comment_stems=re.compile(data["comment_stems"], re.IGNORECASE),
        reader_address=re.compile(data["reader_address"], re.IGNORECASE),
        attribution=re.compile(data["attribution"], re.IGNORECASE),
        outlet_voice=re.compile(data["outlet_voice"], re.IGNORECASE),
        author_role=re.compile(data["author_role"], re.IGNORECASE),
        crumb_roots=frozenset(word.casefold() for word in data["crumb_roots"]),
        date_stub_words=frozenset(data["date_stub_words"]),
        ticker_words=frozenset(data["ticker_words"]),
        stoplists=dict(data["stoplists"]),
        inline_tail_headers=re.compile(data["inline_tail_headers"], re.IGNORECASE),
        language_names=frozenset(name.casefold() for name in data["language_names"]),
        reason_groups={name: frozenset(reasons) for name, reasons in data["reason_groups"].items()},
        video_labels=frozenset(label.casefold() for label in data["video_labels"]),
        language_codes=frozenset(data["language_codes"]),
    )


@dataclass(slots=True)
class Page:
    """The lines of one document and what the rules decided about them."""

    lines: list[str]
    words: list[list[str]]
    language: str
    reasons: dict[int, str]
    densities: dict[int, float] = field(default_factory=dict)  # the words of a line never change: computed once

    def density(self, index: int) -> float:
        """Share of the line's words that are stop words of the page's language (jusText's measure)."""
        if index not in self.densities:
            words = self.words[index]
            stops = stopwords(load_rules().stoplists.get(self.language, ""))
            self.densities[index] = sum(word in stops for word in words) / len(words) if words else 0.0
        return self.densities[index]

    def is_prose(self, index: int) -> bool:
        line, count = self.lines[index], len(self.words[index])
        if index in self.reasons or not line:
            return False
        if count >= PROSE_MIN_WORDS and self.density(index) >= LOW_STOPWORD_DENSITY:
            return True
        return count >= 6 and bool(FULL_STOP.search(line)) and self.density(index) >= LOW_STOPWORD_DENSITY

    def live(self) -> list[int]:
        """Indices of the lines still in the body."""
        return [i for i, line in enumerate(self.lines) if line and i not in self.reasons]


def ends_with_date(line: str) -> bool:
    """A line ending with a year or a date: a dated reference of a list of sources, not a teaser."""
    return bool(re.search(r"\b\d{4}\s*\)?$", line) or load_rules().date.search(line[-25:]))
