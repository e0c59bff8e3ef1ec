"""Flags stage: opinion, AI-generated content and media verification, each with its evidence."""

from __future__ import annotations

import functools
import re

from kronika.data import load_json
from kronika.model import Document
from kronika.pipeline import stage

_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_WORD = re.compile(r"\w+", re.UNICODE)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = load_json("flags.json")
    keys = ("opinion_labels", "first_person", "ai_disclosure", "ai_traces", "verified", "unverified")
    flags = re.IGNORECASE | re.MULTILINE
    return {key: re.compile(data[key], flags) for key in keys}


def verification_of(text: str) -> str | None:
    """``unverified`` / ``verified`` when the text says so about media, else None."""
    patterns = _patterns()
    if patterns["unverified"].search(text.replace("’", "'")):
        return "unverified"
    if patterns["verified"].search(text.replace("’", "'")):
        return "verified"
    return None


@stage("flags", requires=["doc.text", "doc.removed"], assigns=["doc.flags", "doc.flag_evidence"])
def flag_content(doc: Document) -> Document:
    """Set ``opinion``, ``ai_generated``, ``verified_media``, ``unverified_media`` with evidence."""
    text = doc.text.replace("’", "'")
    everything = "\n".join([text, *(r.text.replace("’", "'") for r in doc.removed)])
    found: dict[str, str] = {}
    opinion = _opinion_evidence(text, doc.title)
    if opinion:
        found["opinion"] = opinion
    patterns = _patterns()
    for key in ("ai_disclosure", "ai_traces"):
        match = patterns[key].search(everything)
        if match and "ai_generated" not in found:
            found["ai_generated"] = _line_around(everything, match.start())
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        status = verification_of(sentence)
        flag = f"{status}_media" if status else None
        if flag and flag not in found:
            found[flag] = sentence.strip()
    order = ("opinion", "ai_generated", "unverified_media", "verified_media")
    doc.flags = [flag for flag in order if flag in found]
    doc.flag_evidence = {flag: found[flag] for flag in doc.flags}
    return doc


def _opinion_evidence(text: str, title: str | None) -> str | None:
    patterns = _patterns()
    head = "\n".join([title or "", text[:400]])
    label = patterns["opinion_labels"].search(head)
    if label:
        return _line_around(head, label.start())
    outside_quotes = _QUOTED.sub(" ", text)
    words = _WORD.findall(outside_quotes)
    first_person = patterns["first_person"].findall(outside_quotes)
    data = load_json("flags.json")
    if (
        len(first_person) >= data["first_person_min_count"]
        and words
        and (len(first_person) / len(words) >= data["first_person_min_ratio"])
    ):
        return f"{len(first_person)} first-person words outside quotes in {len(words)} words"
    return None


def _line_around(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)].strip()
