"""A second opinion for the clean stage: a small line classifier over outlet-independent features.

The rules read strings and shapes; each unseen outlet still brings lines of its own ("Save to read later",
"Heard on Morning Edition"). ``line_features`` describes a line by its shape only — length, punctuation and
sentence shape, stop-word density, capitals, figures, times and dates, link-like tokens, the reader addressed,
its position in the page and its distance to the run of the article's paragraphs — never by its words.
``furniture_odds`` is a logistic regression over those features, trained on the project's own pages
(``tests/data/pages``, by ``bench/line_model.py``) and shipped as ``data/line_model.json``; ``mark_model_lines``
lets it decide only the lines the rules leave in the body that are not paragraphs of the article.
"""

from __future__ import annotations

import functools
import math
import re

from kronika.data import load_json
from kronika.stages.clean_rules import (
    FULL_STOP,
    LOW_STOPWORD_DENSITY,
    PROSE_MIN_WORDS,
    Page,
    ends_with_date,
    load_rules,
)

MODEL_REASON = "page furniture (line model)"
MIN_PAGE_LINES = 8  # a page as scrapers bring it; shorter texts (a report, a note) are left to the rules
MAX_SHARED_WORDS = 0.0
_REPEATS = ("repeated line", "repeated across documents")  # a feed's repeats are no sign of a web page
_CUT_SHORT_WORDS = 6
_CUT_SHORT_CAPITALS = 0.15  # the model decides only lines that share no word of four letters or more with the body
_SENTENCE_END = re.compile(r"[.!?…][)\]\"”»’]*\s*$")
_TIME = re.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b")
_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b")
_LINK = re.compile(r"https?://|www\.|@\w|\w\.(?:com|fr|be|ch|ca|org|net|tv|ua)\b|\S+@\S+\.\w+")
_SEPARATOR = re.compile(r"[|·•»›/]")
_QUOTES = re.compile(r"[«»“”\"]")
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos|you|your)\b", re.IGNORECASE)
_FIRST_PLURAL = re.compile(r"\b(?:nous|notre|nos|we|our|us)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_LETTER = re.compile(r"[^\W\d_]")
_PUNCT = re.compile(r"[^\w\s]")

FEATURES = (
    "words",
    "chars",
    "full_stop",
    "colon_end",
    "stop_density",
    "capitalised",
    "all_caps",
    "digits",
    "time",
    "date",
    "link",
    "punctuation",
    "separator",
    "comma",
    "quotes",
    "position",
    "above_body",
    "below_body",
    "distance",
    "prose",
    "between_prose",
    "second_person",
    "first_plural",
    "repeated",
    "other_script",
    "parenthesis",
    "short",
    "shared_words",
)


def prose_lines(page: Page) -> list[int]:
    """The lines that read as the article's paragraphs by their shape alone (whatever the rules decided)."""
    found = []
    for index, line in enumerate(page.lines):
        count = len(page.words[index])
        if not line or page.density(index) < LOW_STOPWORD_DENSITY:
            continue
        if count >= PROSE_MIN_WORDS or (count >= 6 and FULL_STOP.search(line)):
            found.append(index)
    return found


def open_to_model(page: Page, index: int, prose: list[int], glued_tail: bool = False) -> bool:
    """A line the model may decide: on a page (MIN_PAGE_LINES lines or more, with furniture the rules know: a
    report, a list of its sources' headlines, a note or a feed item is left to the rules), above the article's
    first paragraph or below its last (a subheading, a credit, a label between two paragraphs stays), no sentence
    (``Ukraine did not comment.``, ``… verify the image.)``), and none of whose words of four letters or more the
    paragraphs use (a live entry's heading ``Un mort à Kherson``, a place line under a report, share the words of
    the text). With ``glued_tail`` (the page's last piece was cut off a glued line), the last words of a page cut
    short mid-sentence stay."""
    if not prose or prose[0] <= index <= prose[-1] or _SENTENCE_END.search(page.lines[index]):
        return False
    if sum(1 for line in page.lines if line) < MIN_PAGE_LINES or not _has_furniture(page):
        return False
    if index > prose[-1] and ends_with_date(page.lines[index]):
        return False  # a dated reference of a list of sources after the article
    if index == max(i for i, line in enumerate(page.lines) if line) and _cut_short(page, index, glued_tail):
        return False
    return _shared_words(page, index, prose) <= MAX_SHARED_WORDS


def _has_furniture(page: Page) -> bool:
    """The rules found page furniture on it: a web page as scrapers bring it, not a list of a report's headlines and
    its place line (a UCDP source list) or a coder's note."""
    return any(reason not in _REPEATS for reason in page.reasons.values())


def _cut_short(page: Page, index: int, glued_tail: bool) -> bool:
    """The last words of a page cut short in the middle of a sentence: a line with the stop words of prose ending on
    a comma or a word that leaves the clause open (``Avant même un``), or cut off a glued line, of six words or more
    and few capitalised ones (``Ils ont déclaré que … ou les mem``; not ``Les plus lus sur Var-Matin``)."""
    if len(page.words[index]) < 3 or page.density(index) < LOW_STOPWORD_DENSITY:
        return False
    last = page.lines[index].rstrip()
    if last.endswith(",") or last.split()[-1].casefold() in load_rules().dangling_words:
        return True
    tokens = _TOKEN.findall(last)  # a sentence, not a label or a list of names: few capitalised words
    capitalised = sum(t[:1].isupper() for t in tokens)
    return glued_tail and len(tokens) >= _CUT_SHORT_WORDS and capitalised <= _CUT_SHORT_CAPITALS * len(tokens)


def line_features(page: Page, index: int, prose: list[int]) -> list[float]:
    """The features of one line, in the order of ``FEATURES``."""
    line = page.lines[index]
    tokens = _TOKEN.findall(line)
    words = max(len(tokens), 1)
    chars = max(len(line), 1)
    letters = _LETTER.findall(line)
    shape = [
        math.log1p(len(tokens)),
        math.log1p(len(line)),
        float(bool(FULL_STOP.search(line))),
        float(line.rstrip().endswith(":")),
        page.density(index),
        sum(t[:1].isupper() for t in tokens) / words,
        sum(len(t) > 1 and t.isupper() for t in tokens) / words,
        sum(c.isdigit() for c in line) / chars,
        float(bool(_TIME.search(line))),
        float(bool(_DATE.search(line))),
        float(bool(_LINK.search(line))),
        len(_PUNCT.findall(line)) / chars,
        float(bool(_SEPARATOR.search(line))),
        float("," in line),
        float(bool(_QUOTES.search(line))),
    ]
    return (
        shape
        + _context(page, index, prose)
        + [
            float(bool(_SECOND_PERSON.search(line))),
            float(bool(_FIRST_PLURAL.search(line))),
            float(page.lines.count(line) > 1),
            float(bool(letters) and len(_LATIN.findall(line)) < len(letters) / 2),
            float("(" in line),
            float(len(tokens) <= 3),
            _shared_words(page, index, prose),
        ]
    )


def _context(page: Page, index: int, prose: list[int]) -> list[float]:
    """Position in the page and distance to the run of the article's paragraphs."""
    total = max(len(page.lines) - 1, 1)
    if not prose:
        return [index / total, 0.0, 0.0, math.log1p(len(page.lines)), 0.0, 0.0]
    distance = min(abs(index - p) for p in prose)
    between = any(p < index for p in prose) and any(p > index for p in prose)
    return [
        index / total,
        float(index < prose[0]),
        float(index > prose[-1]),
        math.log1p(distance),
        float(distance == 0),
        float(between),
    ]


def _shared_words(page: Page, index: int, prose: list[int]) -> float:
    """Share of the line's words of four letters or more that the article's paragraphs use (a subheading shares
    the words of the text it heads; the headline of another story, a label or a menu does not)."""
    own = [w for w in page.words[index] if len(w) >= 4]
    if not own:
        return 0.0
    used = {w for p in prose if p != index for w in page.words[p]}
    return sum(w in used for w in own) / len(own)


@functools.cache
def _model() -> dict[str, list[float] | float]:
    return load_json("line_model.json")  # type: ignore[no-any-return]


def furniture_odds(features: list[float], model: dict[str, list[float] | float] | None = None) -> float:
    """The probability that a line with these features is page furniture."""
    model = model or _model()
    mean, scale, weights = model["mean"], model["scale"], model["weights"]
    assert isinstance(mean, list) and isinstance(scale, list) and isinstance(weights, list)
    score = float(model["bias"])  # type: ignore[arg-type]
    for value, m, s, w in zip(features, mean, scale, weights, strict=True):
        score += w * (value - m) / s
    return 1.0 / (1.0 + math.exp(-score))


def mark_model_lines(page: Page, glued_tail: bool = False, model: dict[str, list[float] | float] | None = None) -> None:
    """Lines the rules left in the body that the model may decide (``open_to_model``) and reads as furniture with
    odds of at least the model's threshold."""
    model = model or _model()
    prose = prose_lines(page)
    threshold = float(model["threshold"])  # type: ignore[arg-type]
    for index in page.live():
        if not open_to_model(page, index, prose, glued_tail):
            continue
        if furniture_odds(line_features(page, index, prose), model) >= threshold:
            dated = _TIME.search(page.lines[index]) or _DATE.search(page.lines[index])
            page.reasons[index] = "timestamp" if dated else MODEL_REASON  # the dates stage reads stubs
