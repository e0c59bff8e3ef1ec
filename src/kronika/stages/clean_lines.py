"""One line at a time, for the clean stage: the line patterns of ``boilerplate.json``, the shape of a line
(separators, lone dates, initials, ``Name / AGENCY`` credits, tickers, keyword lists) and its language
(another script, a language switcher, a language Kronika does not process, by jusText's stop words)."""

from __future__ import annotations

import functools
import itertools
import re

from kronika.config import LANGUAGES
from kronika.literals import Prefilter, anchors
from kronika.stages.clean_rules import (
    BULLET,
    CAMEL_CASE_WORD,
    CREDIT_SPLIT,
    FULL_STOP,
    INITIALS_PART,
    LETTER_OR_DIGIT,
    NUMERIC_TOKEN,
    TIMESTAMP_LINE,
    WORD,
    Page,
    Rule,
    load_rules,
)
from kronika.stages.language import fold_word, script_differs, stopwords

_WIRE_SIGNATURE = re.compile(r"[a-z]{2,5}(?:-[a-z]{2,5})*(?:\s?/\s?[a-z]{2,5}(?:-[a-z]{2,5})*){1,3}")  # "bur-ant/pz"
_SPLIT_LINE_WORDS = 3  # each half of a line of furniture cut in two by the layout is this short


@functools.lru_cache(maxsize=1 << 14)
def line_rule(line: str) -> str | None:
    """The reason of the first line pattern that matches (cached: each line is asked twice, and page furniture
    repeats across the documents of a run). Only the patterns whose literal anchors the line holds are tried."""
    for rule in _line_prefilter().candidates(line.lower(), line):
        if rule.pattern.search(line):
            return rule.reason
    return None


@functools.cache
def _line_prefilter() -> Prefilter[Rule]:
    return Prefilter([(rule, anchors(rule.pattern)) for rule in load_rules().lines])


@functools.lru_cache(maxsize=1 << 14)
def shape_reason(line: str) -> str | None:
    """Reasons read from the shape of a single line (cached like ``line_rule``)."""
    if not LETTER_OR_DIGIT.search(line):
        return "separator"
    if TIMESTAMP_LINE.match(line) or _is_lone_date(line):
        return "timestamp"
    if _is_initials(line):
        return "author initials"
    if _is_credit(line):
        return "photo credit"
    if len(line) <= 80 and load_rules().byline.match(line):
        return "byline"
    if re.fullmatch(r"\([^()]{1,150}\)", line) and not re.search(r"\w{2}[.!?]\)$", line):
        return "credit in parentheses"  # "(Le bilan a été revu dans la soirée.)" is a sentence, "(Photo AFP)" no
    if _is_ticker(line):
        return "market ticker"
    if len(WORD.findall(line)) <= 6 and not FULL_STOP.search(line) and load_rules().comment_stems.search(line):
        return "comment widget"
    if _is_keyword_line(line):
        return "SEO keywords"
    if CAMEL_CASE_WORD.fullmatch(line):
        return "UI string"  # "BotTalk", "LinkedIn": the name of a widget or a platform alone on its line
    return _composite_stub(line)


_PARTS = re.compile(r"\s+[-–—|·•]\s+")
_COMPOSITE_CHARS = 120  # a byline and a stub on one line are short
_READING_TIME = re.compile(r"\b\d{1,2}\s?min\b")
_NAME_AND_PLACE = re.compile(r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?=\S)")


def _composite_stub(line: str) -> str | None:
    """A byline and a publication stub on one line, between a dash or a bar (``Le Républicain Lorrain (avec AFP)
    - 17 févr. 2024 à 08:41``, ``Name Name | 3 mars 2025``): each part is furniture by itself."""
    if len(line) > _COMPOSITE_CHARS:
        return None
    signed = _NAME_AND_PLACE.match(line)  # "Daniel Hart, Kramatorsk Tuesday June 11 2024, 5.00pm BST, The Times"
    if signed and shape_reason(line[signed.end() :]) == "timestamp":
        return "timestamp"
    timed = _READING_TIME.search(line)  # "Sat., May 25, 2024 timer 2 min. read": a stub, an icon's word, the time
    if timed and timed.start() and line_rule(line[timed.start() :]) == "reading time":
        head = line[: timed.start()].split()
        if shape_reason(" ".join(head)) == "timestamp" or shape_reason(" ".join(head[:-1])) == "timestamp":
            return "timestamp"
    parts = _PARTS.split(line)
    if not 2 <= len(parts) <= 4:
        return None
    reasons = [shape_reason(part) or line_rule(part) for part in parts]
    if "timestamp" in reasons and all(reason in ("timestamp", "byline") for reason in reasons):
        return "timestamp"
    return None


def mark_split_lines(page: Page) -> None:
    """A line of furniture cut in two by the layout ("Time to" / "4 min."): a short line that a line rule reads as
    the start of one line with the short line after it goes with it."""
    lines = [i for i, line in enumerate(page.lines) if line]
    for index, after in itertools.pairwise(lines):
        if index in page.reasons or max(len(page.words[index]), len(page.words[after])) > _SPLIT_LINE_WORDS:
            continue
        joined = f"{page.lines[index]} {page.lines[after]}".replace("’", "'")
        for rule in load_rules().lines:
            match = rule.pattern.search(joined)
            if match and match.start() == 0 and match.end() > len(page.lines[index]) + 1:
                page.reasons[index] = rule.reason
                page.reasons.setdefault(after, rule.reason)
                break


_COUNTER = re.compile(r"\b\d+\s+(?:commentaires?|comments?|réactions?|reactions?|partages?|shares?|vues|views)\b", re.I)


def _is_lone_date(line: str) -> bool:
    """``Mis à jour le 3 mai 2024 à 10h02``, ``Updated March 3, 2024``: a date with a few words around it (and a
    counter of comments or shares: ``31 juillet 2025 par Rédaction X 0 commentaire``)."""
    date = load_rules().date
    stub = _MERIDIEM_END.sub("", line) if re.search(r"\b(?:19|20)\d{2}\b", line) else line
    if len(line) > 120 or not date.search(line) or FULL_STOP.search(stub):
        return False  # ("May 25, 2024 at 4:55 p.m." ends on no full stop of a sentence)
    rest = [fold_word(w) for w in WORD.findall(date.sub(" ", _COUNTER.sub(" ", BULLET.sub("", line))))]
    other = [w for w in rest if len(w) > 1 and w not in load_rules().date_stub_words]
    return len(other) <= 3 and not any(word.isdigit() for word in rest)


_MERIDIEM_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)


def _is_initials(line: str) -> bool:
    """``C.d.S, C.M.``: authors signed by their initials; ``ats/vic``, ``(afp/ther)``: a Swiss wire signature, the
    agencies and the editor's initials in lowercase."""
    if _WIRE_SIGNATURE.fullmatch(line.strip("() ")):
        return True
    parts = [p.strip() for p in re.split(r",|/|&|\bet\b|\band\b", line) if p.strip()]
    return bool(parts) and all(INITIALS_PART.match(p.replace(" ", "")) for p in parts)


def _is_credit(line: str) -> bool:
    """``Emilio Morenatti/AP/SIPA``, ``© Name / Agency``, ``Caption. — Name/AGENCY``: a picture credit."""
    if len(line) > 300:
        return False
    segments = [s for s in CREDIT_SPLIT.split(line) if s.strip()]
    last = segments[-1].strip() if segments else ""
    agency = len(segments) > 1 and any(  # "Caption. AFP", "Caption. Photo: Name Name on Telegram"
        r.reason in ("agency credit", "photo credit") and r.pattern.match(last) for r in load_rules().lines
    )
    return (agency or bool(load_rules().credit.fullmatch(last))) and len(WORD.findall(line)) <= 45


_SYMBOL = re.compile(r"[A-Z]{2,5}")  # a market symbol or an index's code: "DJIA", "SMI", "TSX"


def _is_ticker(line: str) -> bool:
    """Exchange rates and market indices: lines made mostly of numbers, signs and currency codes."""
    tokens = [t.strip("()[]") for t in line.replace("|", " ").split()]
    tokens = [t for t in tokens if LETTER_OR_DIGIT.search(t) or t in "%€$£"]
    words = load_rules().ticker_words
    change = re.search(r"[+-−]\s?\d[\d.,]*\s?%", line)  # "+0,42%": with a change, a code in capitals is a symbol
    numeric = sum(
        bool(NUMERIC_TOKEN.match(t)) or t.casefold() in words or bool(change and _SYMBOL.fullmatch(t)) for t in tokens
    )
    if tokens and numeric == len(tokens) and re.search(r"\d", line):
        return True  # a line of numbers and codes only: one cell of a ticker or a table
    return numeric >= 3 and numeric / len(tokens) >= 0.6 and not FULL_STOP.search(line)


def _is_keyword_line(line: str) -> bool:
    """All-lowercase word lists without punctuation: search-engine keyword lines."""
    words = WORD.findall(line)
    if not 3 <= len(words) <= 14 or any(ch.isupper() for ch in line):
        return False
    return not re.search(r"[.!?,;:«»\"“”()#@/]", line)


@functools.cache
def _foreign_only_stopwords() -> tuple[frozenset[str], list[frozenset[str]]]:
    """The stop words of each language Kronika does not process that no processed language has, and their union
    (computed once: most lines hold none of them)."""
    names = load_rules().stoplists
    processed = frozenset().union(*(stopwords(names[code]) for code in LANGUAGES if code in names))
    lists = [stopwords(name) - processed for code, name in names.items() if code not in LANGUAGES]
    return frozenset().union(*lists), lists


def foreign_hits(page: Page, index: int) -> tuple[int, int]:
    """(stop words only a language Kronika does not process has, stop words of the page's language)."""
    own = stopwords(load_rules().stoplists.get(page.language, ""))
    words = page.words[index]
    union, lists = _foreign_only_stopwords()
    best = max((sum(w in stops for w in words) for stops in lists), default=0) if union.intersection(words) else 0
    return best, sum(w in own for w in words)


def other_script(line: str, language: str) -> bool:
    """Mostly letters of another script than the page's: Cyrillic (read by ``script_differs``), or Arabic, Greek,
    Hebrew, Chinese, Japanese… on a French or English page."""
    if script_differs(line, language):
        return True
    letters = [c for c in line if c.isalpha()]
    other = sum(not _is_latin(c) for c in letters)
    return bool(letters) and other / len(letters) > 0.5


def _is_latin(letter: str) -> bool:
    return "a" <= letter.lower() <= "z" or "\u00c0" <= letter <= "\u024f" or "\u1e00" <= letter <= "\u1eff"


def is_language_switcher(line: str) -> bool:
    """``Deutsch | Italiano | English``, ``Русский``: names of languages in their own language, and only those."""
    names = load_rules().language_names
    parts = [p.strip().casefold() for p in re.split(r"[|/·•,]|\s{2,}", line) if p.strip()]
    if parts and all(part in names for part in parts):
        return True
    words = line.casefold().split()
    if 2 <= len(line.split()) <= _CODES and all(code in load_rules().language_codes for code in line.split()):
        return True  # "FR AR EN": the languages' codes
    return 2 <= len(words) <= 12 and all(word in names for word in words)


_CODES = 6


def foreign_reason(page: Page, index: int) -> str | None:
    """A line in a language Kronika does not process (the UI or the headlines of a translated page)."""
    if len(page.words[index]) < 3 or not page.language:
        return None
    foreign, own = foreign_hits(page, index)
    return "another language" if foreign >= 2 and foreign > own else None


def lone_name(line: str) -> bool:
    """A line that is only a name or two ("Sloviansk", "Stanytsia Luhanska"): a feed's place or dateline tag,
    news however often it repeats, not page furniture."""
    words = line.strip(" .").split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and not re.search(r"[!?:|©@]", line)
    )
