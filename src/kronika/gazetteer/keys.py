"""Name keys for gazetteer lookup: an exact folded form and a lossy transliteration key."""

from __future__ import annotations

import functools
import re
import unicodedata

from kronika.data import load_json


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().replace("-", " ").split())


@functools.cache
def _rules() -> tuple[dict[str, str], list[tuple[str, str]]]:
    data = load_json("translit.json")
    return data["cyrillic"], [(a, b) for a, b in data["key"]]


def translit_key(text: str) -> str:
    """A spelling-system-independent key: Koupiansk, Kupiansk, Kupyansk and Купянськ agree."""
    cyrillic, rules = _rules()
    lowered = unicodedata.normalize("NFC", text.replace("’", "'")).casefold()
    romanised = "".join(cyrillic.get(ch, ch) for ch in lowered)
    key = fold(romanised)
    for source, target in rules:
        key = key.replace(source, target)
    key = re.sub(r"(\w)\1+", r"\1", key)  # doubled letters
    return " ".join(key.split())


@functools.cache
def _respelling_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), target) for pattern, target in load_json("translit.json")["respellings"])


def respellings(text: str) -> list[str]:
    """Other spellings of a folded name that no index form or key reaches (``respellings`` in data/translit.json)."""
    folded = fold(text)
    found = (pattern.sub(target, folded) for pattern, target in _respelling_rules())
    return [spelling for spelling in dict.fromkeys(found) if spelling != folded]


@functools.cache
def _numbered_part() -> re.Pattern[str]:
    return re.compile(load_json("translit.json")["numbered_part"])


def numbered_stem(text: str) -> str | None:
    """The town a numbered part of it is named after ("Zolote-3" → "zolote"), else None."""
    match = _numbered_part().match(fold(text))
    return match.group("stem") if match else None
