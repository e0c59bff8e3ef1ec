"""Clean stage: drop boilerplate lines and segments, keep everything removed with its reason.

Rules live in ``data/boilerplate.json``; this module applies them and computes the structural signals
that need no list of strings. The signals, strongest first:

* segments cut out of a line (an inline photo credit, a section crumb glued to the headline, a sentence
  pointing to a video player);
* the end of the article body (a wire signoff, a "related articles" or comment block after which only
  teasers follow);
* explicit patterns (cookie banners, share buttons, UI strings, publication stubs, AI writing prompts);
* the shape of a line: separators, author initials, "NAME / AGENCY" credits, lone dates, number tickers,
  credits in parentheses, comment widgets;
* the language of a line: lines in a language Kronika does not process (a translated page's UI, the
  original outlet's headlines), told apart by jusText's stop-word lists;
* runs of lines: navigation above the headline, headline-like teasers of other stories between the
  paragraphs, page furniture after the last paragraph (short lines with few stop words, jusText's
  "bad" paragraphs);
* lines repeated within the document or across many documents of the same run.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from kronika.config import LANGUAGES
from kronika.data import load_json
from kronika.model import Document, Removal
from kronika.pipeline import stage
from kronika.stages.language import fold_word, script_differs, stopword_language, stopwords
from kronika.stages.read import without_lone_surrogates

_TIMESTAMP_LINE = re.compile(
    r"^(?:(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[,\s]*(?:à\s*)?\d{1,2}[:h]\d{2})?\s*)+$"
)
_SENTENCE_END = re.compile(r"[.!?:;»”\"…)]\s*$")
_FULL_STOP = re.compile(r"[.!?…]\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]", re.UNICODE)
_BULLET = re.compile(r"^[\s•·*▪►▶→\-–—]+")
_LIST_BULLET = re.compile(r"^\s*[•·▪\-–—]")
_SENTENCES = re.compile(r"[^.!?…]+(?:[.!?…]+[»”\"]?|$)\s*")
_INITIALS_PART = re.compile(r"^(?:[A-Za-z]{1,3}\.-?)+[A-Za-z]{0,3}$")
_CREDIT_SPLIT = re.compile(r"\s[—–|-]\s|©|(?<=\.)\s")
_NUMERIC_TOKEN = re.compile(r"^[+\-−–]?[\d.,:/]*\d[\d.,:/]*\s*[%€$£]?$|^[%€$£]$|^[A-Z]{3}(?:/[A-Z]{3})?$")
_KICKER = re.compile(r"^[\W_]*(?P<kicker>[^\W\d_][^:]{0,40}?)(?:\s?:|(?P<dash>\s[-–—]|\.))\s+\S")

_SOFT_HYPHEN = re.compile(r"(?<=\w)\u00ad ?(?=\w)|\u00ad")
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])\u2010 (?=[^\W\d_])")  # "conti‐ nuaient": a hyphen of the print layout

_LIST_LABEL = "list of other stories"
_LIST_LABELS = (_LIST_LABEL, "section label", "related articles")  # a label line can open a list
GLUED_LINE_CHARS = 400  # a line this long is a paragraph or a glued page, longer than any banner or policy block
PROSE_MIN_WORDS = 12  # a line this long with stop words is a paragraph of the article
SHORT_LINE_WORDS = 15  # headline-like lines (teasers, labels) are shorter than this
LOW_STOPWORD_DENSITY = 0.2  # below this share of stop words a short line is furniture, as in jusText


@dataclass(frozen=True, slots=True)
class _Rule:
    reason: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Rules:
    lines: list[_Rule]
    segments: list[_Rule]
    sentences: list[_Rule]
    tail_markers: list[_Rule]
    signoffs: list[_Rule]
    list_headers: list[_Rule]
    tail_min_position: float
    date: re.Pattern[str]
    credit: re.Pattern[str]
    inline_credit: re.Pattern[str]
    byline: re.Pattern[str]
    clause_words: frozenset[str]
    comment_stems: re.Pattern[str]
    crumb_roots: frozenset[str]
    date_stub_words: frozenset[str]
    ticker_words: frozenset[str]
    stoplists: dict[str, str]
    inline_tail_headers: re.Pattern[str]
    language_names: frozenset[str]
    reason_groups: dict[str, frozenset[str]]


@functools.cache
def _rules() -> _Rules:
    data = load_json("boilerplate.json")

    def compile_all(key: str) -> list[_Rule]:
        return [_Rule(r["reason"], re.compile(r["pattern"], re.IGNORECASE)) for r in data[key]]

    months = "|".join(data["months"])
    date = (
        r"\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}"
        rf"|\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{months})\.?(?:\s+\d{{4}})?|(?:{months})\.?\s+\d{{1,2}},?\s+\d{{4}}"
        r"|\d{1,2}\s?[:h]\s?\d{2}(?:\s?(?:am|pm))?(?:\s?(?:gmt|utc|cet|cest|bst|msk)(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?)?)\b"
    )
    return _Rules(
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
        comment_stems=re.compile(data["comment_stems"], re.IGNORECASE),
        crumb_roots=frozenset(word.casefold() for word in data["crumb_roots"]),
        date_stub_words=frozenset(data["date_stub_words"]),
        ticker_words=frozenset(data["ticker_words"]),
        stoplists=dict(data["stoplists"]),
        inline_tail_headers=re.compile(data["inline_tail_headers"], re.IGNORECASE),
        language_names=frozenset(name.casefold() for name in data["language_names"]),
        reason_groups={name: frozenset(reasons) for name, reasons in data["reason_groups"].items()},
    )


def join_broken_words(text: str) -> str:
    """Undo the line breaks of a print layout kept in a scraped text: soft hyphens go, and a word cut by a
    typographic hyphen and a space (``conti‐ nuaient``) is joined; before a capital (``Saint‐ Pétersbourg``)
    the hyphen is a compound's and stays, as a plain hyphen."""
    text = _SOFT_HYPHEN.sub("", text)
    return _BROKEN_WORD.sub(lambda m: "" if text[m.end()].islower() else "-", text)


def normalise_line(line: str) -> str:
    """The key used to compare lines across and within documents."""
    folded = unicodedata.normalize("NFKC", line).replace("’", "'")
    return " ".join(folded.casefold().split())


@dataclass(slots=True)
class _Page:
    """The lines of one document and what the rules decided about them."""

    lines: list[str]
    words: list[list[str]]
    language: str
    reasons: dict[int, str]

    def density(self, index: int) -> float:
        """Share of the line's words that are stop words of the page's language (jusText's measure)."""
        words = self.words[index]
        stops = stopwords(_rules().stoplists.get(self.language, ""))
        return sum(word in stops for word in words) / len(words) if words else 0.0

    def is_prose(self, index: int) -> bool:
        line, count = self.lines[index], len(self.words[index])
        if index in self.reasons or not line:
            return False
        if count >= PROSE_MIN_WORDS and self.density(index) >= LOW_STOPWORD_DENSITY:
            return True
        return count >= 6 and bool(_FULL_STOP.search(line)) and self.density(index) >= LOW_STOPWORD_DENSITY

    def live(self) -> list[int]:
        """Indices of the lines still in the body."""
        return [i for i, line in enumerate(self.lines) if line and i not in self.reasons]


@stage("clean", requires=["doc.raw"], assigns=["doc.text", "doc.removed", "doc.title"], resources=["repeated_lines"])
def clean_text(doc: Document, *, repeated_lines: frozenset[str] = frozenset()) -> Document:
    """Set ``doc.text`` to the article body and ``doc.removed`` to every dropped line or segment."""
    lines = [line.strip() for line in join_broken_words(without_lone_surrogates(doc.raw)).split("\n")]
    if doc.header.get("_line") and doc.header.get("_from") is None:
        doc.removed.append(Removal(doc.header["_line"], "metadata header"))
    doc.removed.extend(_cut_segments(lines))
    words = [[fold_word(w) for w in _WORD.findall(line)] for line in lines]
    page = _Page(lines, words, stopword_language(words, _rules().stoplists), {})
    _mark_tail(page)
    _mark_lines(page, repeated_lines)
    _mark_byline_roles(page)
    _mark_head_navigation(page)
    _mark_head_banners(page)
    _mark_head_strays(page)
    _mark_list_blocks(page)
    _mark_teasers(page)
    _mark_headline_runs(page)
    _mark_foreign_furniture(page)
    _mark_trailing_furniture(page)
    if doc.title is None:
        doc.title = _find_title(lines, page.reasons)
    _keep_something(page)
    kept: list[str] = []
    for index, line in enumerate(lines):
        if index in page.reasons:
            doc.removed.append(Removal(line, page.reasons[index]))
        elif line:
            kept.append(line)
    doc.text = "\n\n".join(kept)
    return doc


def _keep_something(page: _Page) -> None:
    """A text every line of which the structural rules would drop is kept whole (a one-line report, a headline
    and its place): those rules read the shape of a page, and such a text has none."""
    if page.live() or not any(page.lines):
        return
    for index in [i for i, reason in page.reasons.items() if reason in _rules().reason_groups["structural"]]:
        del page.reasons[index]


# --- segments inside a line ----------------------------------------------------------------------------------------


def _cut_segments(lines: list[str]) -> list[Removal]:
    """Cut boilerplate segments out of lines in place; return them as removals."""
    rules = _rules()
    removed: list[Removal] = []
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None:
        crumb = _leading_crumb(lines[first], rules.crumb_roots)
        if crumb:
            removed.append(Removal(crumb, "navigation"))
            lines[first] = " ".join(lines[first].split()[len(crumb.split()) :])
    total = sum(len(line) + 1 for line in lines) or 1
    position = 0
    for index, line in enumerate(lines):
        position += len(line) + 1
        if not line:
            continue
        plain = line.replace("’", "'")
        reason = _line_rule(plain)
        if reason and _many_sentences(line):  # a glued paragraph: the sentence that matched goes, not the line
            line = _cut_sentences(line, [rule for rule in rules.lines if rule.pattern.search(plain)], removed)
        elif reason or _shape_reason(plain):
            continue  # a line that is boilerplate as a whole is left to the line rules
        line = _cut_glued_tail(line, (position - len(line) - 1) / total, removed)
        line = _cut_ticker_runs(line, removed)
        for rule in rules.segments:
            rest = rule.pattern.sub(" ", line)
            if rest == line or len(_WORD.findall(rest)) < 3:
                continue  # a segment that is (nearly) the whole line is left to the line rules
            removed.extend(Removal(m.group().strip(), rule.reason) for m in rule.pattern.finditer(line))
            line = rest
        line = _cut_inline_credits(line, removed)
        line = _cut_sentences(line, rules.sentences, removed)
        if line != lines[index]:
            lines[index] = " ".join(line.split())
    return removed


def _many_sentences(line: str) -> bool:
    """A paragraph of three sentences or more (a glued page, a writing prompt glued to the last paragraph):
    a line rule that matches it cuts the sentences it matches, not the whole paragraph."""
    return len(line) >= GLUED_LINE_CHARS and len(_SENTENCES.findall(line)) >= 3


def _cut_glued_tail(line: str, start: float, removed: list[Removal]) -> str:
    """A long line that runs on into a "most read" list past the first part of the page: cut the list."""
    rules = _rules()
    if len(line) < 300:
        return line
    for match in rules.inline_tail_headers.finditer(line):
        if match.start() > 0 and start + match.start() / (len(line) + 1) >= rules.tail_min_position:
            tail = line[match.start() :].strip()
            if _WORD.search(line[: match.start()]):
                removed.append(Removal(tail, "list of other stories"))
                return line[: match.start()].rstrip()
    return line


def _cut_inline_credits(line: str, removed: list[Removal]) -> str:
    """``… de la région. © AFP Les secours…``, ``REUTERS/Stringer``: a picture credit glued inside a line of text.

    The pattern takes a few capitalised words after the agency; a last one followed by a lowercase word
    starts the next sentence ("Les secours") and is given back.
    """
    cuts: list[tuple[int, int]] = []
    for match in _rules().inline_credit.finditer(line):
        words = list(re.finditer(r"\S+", match.group()))
        end = match.end()
        while len(words) > 1 and re.match(r"\s+[a-zà-ÿ]", line[end:]):
            words.pop()
            end = match.start() + words[-1].end()
        inside = re.match(r"\s*[a-zà-ÿ]", line[end:])  # "Reuters/Ipsos publié mardi": a poll inside a sentence
        if inside or not _rules().inline_credit.fullmatch(line[match.start() : end]):
            continue
        if len(_WORD.findall(line[: match.start()] + line[end:])) >= 3:
            cuts.append((match.start(), end))
    for start, end in reversed(cuts):
        removed.append(Removal(line[start:end].strip(), "photo credit"))
        line = line[:start] + " " + line[end:]
    return line


def _cut_ticker_runs(line: str, removed: list[Removal]) -> str:
    """Market quotes glued into a line: five or more number-like tokens in a row, one of them a percentage."""
    tokens = list(re.finditer(r"\S+", line))
    words = _rules().ticker_words
    run: list[re.Match[str]] = []
    cuts: list[tuple[int, int]] = []
    for token in [*tokens, None]:
        text = token.group().strip("()[],;") if token else ""
        if token and (_NUMERIC_TOKEN.match(text) or text.casefold() in words):
            run.append(token)
            continue
        if len(run) >= 5 and any("%" in t.group() for t in run) and len(run) < len(tokens):
            cuts.append((run[0].start(), run[-1].end()))
        run = []
    for start, end in reversed(cuts):
        removed.append(Removal(line[start:end], "market ticker"))
        line = line[:start] + " " + line[end:]
    return line


def _cut_sentences(line: str, rules: list[_Rule], removed: list[Removal]) -> str:
    """Drop whole sentences that only point at page furniture ("see the video at the top of this article")."""
    if not any(rule.pattern.search(line.replace("’", "'")) for rule in rules):
        return line
    kept: list[str] = []
    for sentence in _SENTENCES.findall(line):
        plain = sentence.replace("’", "'")  # the rules are written with straight apostrophes
        rule = next((r for r in rules if r.pattern.search(plain)), None)
        if rule and len(sentence) < 300:
            removed.append(Removal(sentence.strip(), rule.reason))
        else:
            kept.append(sentence)
    return "".join(kept)


def _leading_crumb(line: str, roots: frozenset[str]) -> str | None:
    """``Accueil Monde Europe Le port visé…``: a section crumb glued before a sentence-case headline.

    A crumb with separators (``Home » Monde``) is a navigation line of its own, left to the line rules.
    """
    tokens = line.split()
    if len(tokens) < 6 or tokens[0].casefold() not in roots or re.search(r"[»›>|]", line):
        return None
    end = 1
    while end + 1 < len(tokens) and tokens[end][:1].isupper() and tokens[end + 1][:1].isupper():
        end += 1  # ``Le port``: a capital followed by a lowercase word starts the headline
    return " ".join(tokens[:end]) if len(tokens) - end >= 4 else None


# --- the end of the body -------------------------------------------------------------------------------------------


def _mark_tail(page: _Page) -> None:
    """Drop everything after the end of the article body (teasers, comment blocks)."""
    rules = _rules()
    lines = page.lines
    total = sum(len(line) + 1 for line in lines) or 1
    position = 0
    for index, line in enumerate(lines):
        position += len(line) + 1
        if position / total < rules.tail_min_position or not line:
            continue
        cut = None
        for rule in rules.tail_markers:
            if rule.pattern.search(line):
                cut, reason = index, rule.reason
                break
        else:
            for rule in rules.signoffs:
                if rule.pattern.search(line):
                    cut, reason = index + 1, "after " + rule.reason
                    break
        if cut is not None and reason == "related articles" and _body_resumes(page, cut):
            continue  # "À lire aussi" and a teaser between two paragraphs: left to the list rules
        if cut is not None:
            for later in range(cut, len(lines)):
                if lines[later]:
                    page.reasons[later] = reason if later == cut else f"trailing content ({reason})"
            return


def _body_resumes(page: _Page, marker: int) -> bool:
    """After a "read also" label and at most two headlines under it, a paragraph of the article follows."""
    following = [i for i in range(marker + 1, len(page.lines)) if page.lines[i]][:3]
    for index in following:
        line, count = page.lines[index], len(page.words[index])
        if count >= PROSE_MIN_WORDS and _FULL_STOP.search(line) and page.density(index) >= LOW_STOPWORD_DENSITY:
            return True
        if _FULL_STOP.search(line) or count > 20:
            return False
    return False


def _mark_trailing_furniture(page: _Page) -> None:
    """Lines after the last paragraph: share labels, comment widgets, teaser headlines, UI strings.

    Short lines without a full stop after the last line of prose go when at least two lines of furniture
    follow that line. Where page furniture (share labels, a list header, a comment counter) marks the end of
    the page, headlines of other stories go too: after the last paragraph that ends a sentence, since a long
    headline ("Guerre en Ukraine : la Russie revendique…") has the words of prose but no full stop. A list of
    headlines alone (a wire summary) stays.
    """
    live = page.live()
    furniture = _rules().reason_groups["furniture"]
    prose = [i for i in live if page.is_prose(i)]
    if prose:
        after = [i for i in live if i > prose[-1]]
        short = all(len(page.words[i]) < SHORT_LINE_WORDS and not _FULL_STOP.search(page.lines[i]) for i in after)
        marked = [i for i, reason in page.reasons.items() if i > prose[-1] and reason in furniture]
        if after and short and len(after) + len(marked) >= 2:  # one short last line may be the article's own
            _drop_after_body(page, after)
    paragraphs = [i for i in page.live() if _is_paragraph(page, i)]
    if not paragraphs:
        return
    after = [i for i in page.live() if i > paragraphs[-1]]
    marked = [i for i, reason in page.reasons.items() if i > paragraphs[-1] and reason in furniture]
    if after and marked and not any(_is_trailing_sentence(page, i) for i in after):
        _drop_after_body(page, after)


def _drop_after_body(page: _Page, after: list[int]) -> None:
    for index in after:
        if not _ends_with_date(page.lines[index]):  # a dated reference of a list of sources stays
            page.reasons[index] = "page furniture after the body"


def _is_paragraph(page: _Page, index: int) -> bool:
    """Prose that ends a sentence, or too long for a headline (a page cut short mid-sentence)."""
    line, words = page.lines[index], page.words[index]
    if not page.is_prose(index):
        return False
    return bool(_SENTENCE_END.search(line)) or (len(words) > SHORT_LINE_WORDS and not _is_teaser_headline(line, words))


def _is_trailing_sentence(page: _Page, index: int) -> bool:
    """A line after the last paragraph that could still be the article's: a sentence of six words or more
    ("Sign up here." is not), or a line too long for a headline."""
    line, count = page.lines[index], len(page.words[index])
    return count > 20 or (count >= 6 and bool(_FULL_STOP.search(line)))


# --- one line at a time --------------------------------------------------------------------------------------------


def _mark_lines(page: _Page, repeated_lines: frozenset[str]) -> None:
    seen: set[str] = set()
    for index, line in enumerate(page.lines):
        if not line or index in page.reasons:
            continue
        key = normalise_line(line)
        reason = _line_reason(page, index, key, seen, repeated_lines)
        if reason:
            page.reasons[index] = reason
        seen.add(key)
    _spread_foreign(page)


def _mark_byline_roles(page: _Page) -> None:
    """The short line under a byline is the author's role ("Chef du service Monde", "Correspondante à Kyiv")."""
    for index in [i for i, reason in page.reasons.items() if reason == "byline"]:
        after = next((i for i in range(index + 1, len(page.lines)) if page.lines[i]), None)
        headline_above = any(len(page.words[i]) >= 3 for i in page.live() if i < index)
        if after is None or after in page.reasons or not headline_above:
            continue  # under a byline above the headline comes the headline
        line = page.lines[after]
        short = len(page.words[after]) <= 6 and not _SENTENCE_END.search(line) and not re.search(r"\d", line)
        if short and line[:1].isupper() and not page.is_prose(after):
            page.reasons[after] = "byline"


def _line_reason(page: _Page, index: int, key: str, seen: set[str], repeated_lines: frozenset[str]) -> str | None:
    line = page.lines[index]
    plain = line.replace("’", "'")  # the rules are written with straight apostrophes
    reason = _line_rule(plain)
    if reason:
        return reason
    if key in seen and len(page.words[index]) >= 3:
        return "repeated line"
    if key in repeated_lines and not _lone_name(line):
        return "repeated across documents"
    if len(page.words[index]) <= 15 and page.language in ("fr", "en") and _other_script(line, page.language):
        return "another language"  # a Cyrillic or Arabic line in a French page: the UI of a translated page
    if _is_language_switcher(line):
        return "language switcher"
    return _shape_reason(plain) or _foreign_reason(page, index)


@functools.lru_cache(maxsize=1 << 14)
def _line_rule(line: str) -> str | None:
    """The reason of the first line pattern that matches (cached: each line is asked twice, and page furniture
    repeats across the documents of a run)."""
    for rule in _rules().lines:
        if rule.pattern.search(line):
            return rule.reason
    return None


@functools.lru_cache(maxsize=1 << 14)
def _shape_reason(line: str) -> str | None:
    """Reasons read from the shape of a single line (cached like ``_line_rule``)."""
    if not _LETTER_OR_DIGIT.search(line):
        return "separator"
    if _TIMESTAMP_LINE.match(line) or _is_lone_date(line):
        return "timestamp"
    if _is_initials(line):
        return "author initials"
    if _is_credit(line):
        return "photo credit"
    if len(line) <= 80 and _rules().byline.match(line):
        return "byline"
    if re.fullmatch(r"\([^()]{1,150}\)", line):
        return "credit in parentheses"
    if _is_ticker(line):
        return "market ticker"
    if len(_WORD.findall(line)) <= 6 and not _FULL_STOP.search(line) and _rules().comment_stems.search(line):
        return "comment widget"
    if _is_keyword_line(line):
        return "SEO keywords"
    return None


def _is_lone_date(line: str) -> bool:
    """``Mis à jour le 3 mai 2024 à 10h02``, ``Updated March 3, 2024``: a date with a few words around it."""
    date = _rules().date
    if len(line) > 120 or not date.search(line) or _FULL_STOP.search(line):
        return False
    rest = [fold_word(w) for w in _WORD.findall(date.sub(" ", _BULLET.sub("", line)))]
    other = [w for w in rest if len(w) > 1 and w not in _rules().date_stub_words]
    return len(other) <= 3 and not any(word.isdigit() for word in rest)


def _is_initials(line: str) -> bool:
    """``C.d.S, C.M.``: authors signed by their initials."""
    parts = [p.strip() for p in re.split(r",|/|&|\bet\b|\band\b", line) if p.strip()]
    return bool(parts) and all(_INITIALS_PART.match(p.replace(" ", "")) for p in parts)


def _is_credit(line: str) -> bool:
    """``Emilio Morenatti/AP/SIPA``, ``© Name / Agency``, ``Caption. — Name/AGENCY``: a picture credit."""
    if len(line) > 300:
        return False
    segments = [s for s in _CREDIT_SPLIT.split(line) if s.strip()]
    last = segments[-1].strip() if segments else ""
    agency = len(segments) > 1 and any(r.reason == "agency credit" and r.pattern.match(last) for r in _rules().lines)
    return (agency or bool(_rules().credit.fullmatch(last))) and len(_WORD.findall(line)) <= 45


def _is_ticker(line: str) -> bool:
    """Exchange rates and market indices: lines made mostly of numbers, signs and currency codes."""
    tokens = [t.strip("()[]") for t in line.replace("|", " ").split()]
    tokens = [t for t in tokens if _LETTER_OR_DIGIT.search(t) or t in "%€$£"]
    words = _rules().ticker_words
    numeric = sum(bool(_NUMERIC_TOKEN.match(t)) or t.casefold() in words for t in tokens)
    if tokens and numeric == len(tokens) and re.search(r"\d", line):
        return True  # a line of numbers and codes only: one cell of a ticker or a table
    return numeric >= 3 and numeric / len(tokens) >= 0.6 and not _FULL_STOP.search(line)


def _is_keyword_line(line: str) -> bool:
    """All-lowercase word lists without punctuation: search-engine keyword lines."""
    words = _WORD.findall(line)
    if not 3 <= len(words) <= 14 or any(ch.isupper() for ch in line):
        return False
    return not re.search(r"[.!?,;:«»\"“”()#@/]", line)


# --- language of a line --------------------------------------------------------------------------------------------


@functools.cache
def _processed_stopwords() -> frozenset[str]:
    names = _rules().stoplists
    return frozenset().union(*(stopwords(names[code]) for code in LANGUAGES if code in names))


def _foreign_hits(page: _Page, index: int) -> tuple[int, int]:
    """(stop words only a language Kronika does not process has, stop words of the page's language)."""
    names = _rules().stoplists
    own = stopwords(names.get(page.language, ""))
    processed = _processed_stopwords()
    best = 0
    for code, name in names.items():
        if code in LANGUAGES:
            continue
        stops = stopwords(name)
        best = max(best, sum(w in stops and w not in processed for w in page.words[index]))
    return best, sum(w in own for w in page.words[index])


def _other_script(line: str, language: str) -> bool:
    """Mostly letters of another script than the page's: Cyrillic (read by ``script_differs``), or Arabic, Greek,
    Hebrew, Chinese, Japanese… on a French or English page."""
    if script_differs(line, language):
        return True
    letters = [c for c in line if c.isalpha()]
    other = sum(not _is_latin(c) for c in letters)
    return bool(letters) and other / len(letters) > 0.5


def _is_latin(letter: str) -> bool:
    return "a" <= letter.lower() <= "z" or "\u00c0" <= letter <= "\u024f" or "\u1e00" <= letter <= "\u1eff"


def _is_language_switcher(line: str) -> bool:
    """``Deutsch | Italiano | English``, ``Русский``: names of languages in their own language, and only those."""
    names = _rules().language_names
    parts = [p.strip().casefold() for p in re.split(r"[|/·•,]|\s{2,}", line) if p.strip()]
    if parts and all(part in names for part in parts):
        return True
    words = line.casefold().split()
    return 2 <= len(words) <= 12 and all(word in names for word in words)


def _foreign_reason(page: _Page, index: int) -> str | None:
    """A line in a language Kronika does not process (the UI or the headlines of a translated page)."""
    if len(page.words[index]) < 3 or not page.language:
        return None
    foreign, own = _foreign_hits(page, index)
    return "another language" if foreign >= 2 and foreign > own else None


def _spread_foreign(page: _Page) -> None:
    """Short lines next to a foreign line, with a foreign stop word and few of the page's own, go with it."""
    for index in sorted(i for i, r in page.reasons.items() if r == "another language"):
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(page.lines) and not _LETTER_OR_DIGIT.search(page.lines[near]):
                near += step
            if not 0 <= near < len(page.lines) or near in page.reasons:
                continue
            foreign, _ = _foreign_hits(page, near)
            if foreign >= 1 and page.density(near) < LOW_STOPWORD_DENSITY and len(page.words[near]) < SHORT_LINE_WORDS:
                page.reasons[near] = "another language"


def _mark_foreign_furniture(page: _Page) -> None:
    """Short lines above or below the body in another language or script than the page: UI of a translated page.

    Inside the body such a line may be a quote or a slogan and is kept.
    """
    live = page.live()
    prose = [i for i in live if page.is_prose(i)]
    if not prose or not page.language:
        return
    names = _rules().stoplists
    own = stopwords(names[page.language])
    others = [stopwords(names[code]) for code in LANGUAGES if code in names and code != page.language]
    for index in live:
        line, words = page.lines[index], page.words[index]
        if prose[0] <= index <= prose[-1] or not 2 <= len(words) <= 8 or _FULL_STOP.search(line):
            continue
        foreign = any(w in stops and w not in own for stops in others for w in words)
        if script_differs(line, page.language) or (foreign and not any(w in own for w in words)):
            page.reasons[index] = "another language"


# --- runs of lines -------------------------------------------------------------------------------------------------


def _mark_head_navigation(page: _Page) -> None:
    """Short label lines above the first real line are section crumbs ("International", "Russie").

    Between that first line (the headline) and the first paragraph, a line of one to three words with
    no stop word is a masthead or a label ("Radio-Canada", "EN DIRECT"), as jusText would judge it.
    """
    headline = None
    for index, line in enumerate(page.lines):
        reason = page.reasons.get(index)
        if not line or (reason is not None and reason not in ("timestamp", "separator")):
            continue  # boilerplate above the headline (a cookie banner) does not end the navigation block
        if len(line.split()) >= 3 or _SENTENCE_END.search(line):
            headline = index
            break
        page.reasons.setdefault(index, "navigation")
    if headline is None or _FULL_STOP.search(page.lines[headline]) or len(page.words[headline]) > 25:
        return  # the first line is already a paragraph: the body has begun
    for index in page.live():
        if index <= headline:
            continue
        if page.is_prose(index):
            return
        line = page.lines[index]
        if len(line.split()) <= 3 and page.density(index) < LOW_STOPWORD_DENSITY and not _SENTENCE_END.search(line):
            page.reasons[index] = "label above the body"


def _mark_head_banners(page: _Page) -> None:
    """Above the body, a line wedged between UI lines (a cookie banner, a call to action, "Fermer") is part of
    a banner; the last headline-like line before the body is the article's own headline and stays."""
    live = page.live()
    paragraphs = [i for i in live if page.is_prose(i) and _FULL_STOP.search(page.lines[i])]
    head = [i for i in live if not paragraphs or i < paragraphs[0]][:-1]
    lines = [i for i, line in enumerate(page.lines) if _LETTER_OR_DIGIT.search(line)]
    for index in head:
        position = lines.index(index)
        neighbours = lines[max(position - 1, 0) : position] + lines[position + 1 : position + 2]
        if len(neighbours) == 2 and all(page.reasons.get(n) in _rules().reason_groups["banner"] for n in neighbours):
            page.reasons[index] = "banner above the headline"


def _mark_head_strays(page: _Page) -> None:
    """At the top of the page, above the headline, lines that share no content word with the rest of the page
    are page furniture (a site's motto, a promotion, a section name). The headline is the line above the
    first paragraph that shares the most content words with the lines after it; a stray has no figure
    and at most 12 words."""
    live = page.live()
    paragraphs = [i for i in live if page.is_prose(i) and _FULL_STOP.search(page.lines[i])]
    if not paragraphs:
        return
    stops = stopwords(_rules().stoplists.get(page.language, ""))
    content = {i: {w for w in page.words[i] if len(w) >= 4 and w not in stops and not w.isdigit()} for i in live}
    below: dict[int, set[str]] = {}
    seen: set[str] = set()
    for index in reversed(live):
        below[index] = set(seen)
        seen |= content[index]
    head = [i for i in live if i < paragraphs[0]]
    shared = [(len(content[i] & below[i]), -i) for i in head if len(page.words[i]) >= 3]
    if not shared or max(shared)[0] < 2:
        return
    headline = -max(shared)[1]
    for index in head:  # only the top of the page: the first line that shares a word ends the strays
        if index >= headline or content[index] & below[index]:
            return
        if len(page.words[index]) <= 12 and not re.search(r"\d", page.lines[index]):
            page.reasons[index] = "navigation"  # a line with a figure may be a headline in other words


def _mark_list_blocks(page: _Page) -> None:
    """A list header ("Les plus lus", "Most read") and the headline-like lines under it."""
    headers = _rules().list_headers
    live = [i for i, line in enumerate(page.lines) if line and page.reasons.get(i, _LIST_LABEL) in _LIST_LABELS]
    for position, index in enumerate(live):
        line = page.lines[index]
        bare_label = page.reasons.get(index) == "related articles" and len(line.split()) <= 4
        if not bare_label and not any(r.pattern.search(line) for r in headers):
            continue
        page.reasons.setdefault(index, _LIST_LABEL)
        for later in live[position + 1 :]:
            if later in page.reasons or page.is_prose(later) or _FULL_STOP.search(page.lines[later]):
                break
            page.reasons[later] = _LIST_LABEL


def _mark_teasers(page: _Page) -> None:
    """Headlines of other stories between the paragraphs: ``Kicker : headline`` lines after the body began."""
    live = page.live()
    prose = [i for i in live if page.is_prose(i)]
    if not prose:
        return
    for position, index in enumerate(live):
        if not prose[0] < index < prose[-1]:
            continue  # only between paragraphs: a list after the last one may be the article's sources
        neighbours = live[max(position - 1, 0) : position] + live[position + 1 : position + 2]
        if not any(page.is_prose(n) for n in neighbours):
            continue  # a line inside a list (of sources, of live entries) is not a stray teaser
        if _is_teaser_headline(page.lines[index], page.words[index]) or _is_unrelated_headline(page, index):
            page.reasons[index] = "teaser of another story"


def _is_unrelated_headline(page: _Page, index: int) -> bool:
    """A headline-like line between paragraphs that shares no content word with the rest of the page: the
    headline of another story ("Le prix de l'essence augmente en mars"); a subheading shares its words with
    the paragraphs it heads."""
    line, words = page.lines[index], page.words[index]
    if not 4 <= len(words) <= 20 or _SENTENCE_END.search(line) or _LIST_BULLET.match(line) or _ends_with_date(line):
        return False
    content = _content_words(page, index)
    if len(content) < 2 or any(w in _rules().clause_words for w in words):
        return False  # "Une habitante qui a refusé de donner son nom": a clause, the source of a quote
    rest = set().union(*(_content_words(page, i) for i in page.live() if i != index))
    return not content & rest


def _content_words(page: _Page, index: int) -> set[str]:
    stops = stopwords(_rules().stoplists.get(page.language, ""))
    return {w for w in page.words[index] if len(w) >= 4 and w not in stops and not w.isdigit()}


def _mark_headline_runs(page: _Page) -> None:
    """Three or more headline-like lines in a row after the body began: a list of other stories.

    Bulleted lines (a live blog's entries) and lines ending with a date (a list of sources) are not.
    """
    live = page.live()
    prose = [i for i in live if page.is_prose(i)]
    run: list[int] = []
    for index in [*live, -1]:
        if index > (prose[0] if prose else len(page.lines)) and _is_listed_headline(page, index):
            run.append(index)
            continue
        if len(run) >= 3:
            for member in run:
                page.reasons[member] = _LIST_LABEL
        run = []


def _is_listed_headline(page: _Page, index: int) -> bool:
    line, words = page.lines[index], page.words[index]
    if page.is_prose(index) or not 3 <= len(words) <= 20 or _FULL_STOP.search(line) or _LIST_BULLET.match(line):
        return False
    return not _ends_with_date(line)


def _ends_with_date(line: str) -> bool:
    return bool(re.search(r"\b\d{4}\s*\)?$", line) or _rules().date.search(line[-25:]))


def _is_teaser_headline(line: str, words: list[str]) -> bool:
    if not 3 <= len(words) <= 20 or len(line) > 160 or _FULL_STOP.search(line) or _LIST_BULLET.match(line):
        return False  # a bulleted line is an item of the article's own list (a live blog's entries)
    match = _KICKER.match(line)
    if not match:
        return False
    if match.group("dash") and not match.group("kicker").isupper():
        return False  # ``VIDÉO - …``, ``DIRECT. …``: a dash or a full stop only after a capitalised kicker
    kicker = [fold_word(w) for w in _WORD.findall(match.group("kicker"))]
    if not 1 <= len(kicker) <= 4 or any(w.isdigit() for w in kicker):
        return False  # ``22h45 : …`` is a live-blog entry, not a teaser
    return not any(w in _rules().clause_words for w in kicker)


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


def _lone_name(line: str) -> bool:
    """A line that is only a name or two ("Sloviansk", "Stanytsia Luhanska"): a feed's place or dateline tag,
    news however often it repeats, not page furniture."""
    words = line.strip(" .").split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and not re.search(r"[!?:|©@]", line)
    )
