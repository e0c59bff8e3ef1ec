"""Language stage: the language of each paragraph, the document's main language and all others."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from kronika.config import LANGUAGES
from kronika.model import Document, Segment
from kronika.pipeline import stage

_MIN_LETTERS = 12  # shorter paragraphs are too short to identify reliably
_MIN_CONFIDENCE = 0.6
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def build_detector() -> Any:
    """A lingua detector restricted to Kronika's languages, its models loaded now (about 1.5 s; lingua would
    otherwise load each language's on the first paragraph that needs it, in the middle of a run)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


@stage(
    "language",
    requires=["doc.text"],
    assigns=["doc.language", "doc.languages", "doc.segments"],
    resources=["language_detector"],
)
def detect_languages(doc: Document, *, language_detector: Any) -> Document:
    """Identify each paragraph's language; the main language has the most letters."""
    letters: dict[str, int] = {}
    doc.segments = []
    for start, end in paragraph_spans(doc.text):
        paragraph = doc.text[start:end]
        count = len(_LETTER.findall(paragraph))
        if count < _MIN_LETTERS:
            continue
        code = _identify(language_detector, paragraph)
        if code is None:
            continue
        doc.segments.append(Segment(start, end, code))
        letters[code] = letters.get(code, 0) + count
    hinted = doc.header.get("language")
    if letters:
        doc.language = max(letters, key=lambda code: letters[code])
    elif hinted:
        doc.language = hinted
    doc.languages = sorted(letters, key=lambda code: -letters[code]) or [doc.language]
    return doc


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of the cleaned text."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _identify(detector: Any, text: str) -> str | None:
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value < _MIN_CONFIDENCE:
        return None
    return str(values[0].language.iso_code_639_1.name.lower())


# --- stop words: the language of a line or of a whole page without a model (used by the clean stage) -------------


@functools.cache
def stopwords(name: str) -> frozenset[str]:
    """jusText's stop words of a language (``French``, ``Dutch`` …), folded; empty when jusText lacks it."""
    import justext

    try:
        words = justext.get_stoplist(name)
    except ValueError:
        return frozenset()
    return frozenset(fold_word(word) for word in words)


def fold_word(word: str) -> str:
    return word.casefold().replace("’", "'")


def stopword_language(lines: list[list[str]], names: dict[str, str]) -> str:
    """Of Kronika's languages, the one whose stop words (``names``: code -> jusText list) are the most frequent
    in these lines of folded words; "" when none occurs."""
    counts = {code: 0 for code in LANGUAGES if code in names}
    words = Counter(word for line in lines for word in line)
    for code in counts:
        stops = stopwords(names[code])
        counts[code] = sum(n for word, n in words.items() if word in stops)
    return max(counts, key=lambda code: counts[code]) if counts and max(counts.values()) else ""


def script_differs(line: str, language: str) -> bool:
    """A line mostly in Cyrillic on a French or English page, or mostly in Latin letters on a Cyrillic one."""
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return False
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters)
    return cyrillic > 0.5 if language in ("fr", "en") else cyrillic < 0.2
