"""Read input files into Documents: .txt (with metadata header), .html, .jsonl, folders.

Every unreadable item becomes a :class:`Problem` with a reason a user can act
on; reading never raises for one bad file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kronika.config import INPUT_SUFFIXES, Settings
from kronika.model import Document, Problem

# legacy code pages of the languages Kronika reads, as charset-normalizer names them
LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_u", "koi8_r")
# " date 2022-03 " at the very start of a scraped file: metadata, never body text
_HEADER = re.compile(r"\A\s*(date)\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)[ \t]*")


def read_inputs(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Document | Problem]:
    """Yield one Document per article found under ``paths`` (or a Problem saying why not)."""
    settings = settings or Settings()
    for path in _expand(paths):
        if isinstance(path, Problem):
            yield path
            continue
        yield from _read_file(path, settings)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def without_lone_surrogates(text: str) -> str:
    """JSON escapes can smuggle in lone surrogates ("\\ud800"), which no UTF-8 output can hold."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
            yield from files
        elif path.is_file():
            if path.suffix.lower() in INPUT_SUFFIXES:
                yield path
            else:
                yield Problem(str(path), f"unsupported file type {path.suffix or '(none)'}; use .txt, .html or .jsonl")
        else:
            yield Problem(str(path), "no such file or folder")


def _read_file(path: Path, settings: Settings) -> Iterator[Document | Problem]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, data, settings)
        return
    problem = _check_size(data, settings)
    decoded = None if problem else decode(data)
    if problem or isinstance(decoded, Problem) or decoded is None:
        reason = problem or (decoded.reason if isinstance(decoded, Problem) else "unreadable")
        yield Problem(str(path), reason)
        return
    text, encoding = decoded
    doc = _from_html(path, text) if suffix in (".html", ".htm") else _from_text(path.stem, str(path), text)
    doc.encoding = encoding
    yield _check_body(doc, settings) or doc


def _check_size(data: bytes, settings: Settings) -> str | None:
    if not data.strip():
        return "empty file"
    if len(data) > settings.max_article_bytes:
        return (
            f"file is {len(data):,} bytes, above the {settings.max_article_bytes:,}-byte article limit "
            "(raise KRONIKA_MAX_ARTICLE_BYTES if this is one real article)"
        )
    if b"\x00" in data[:8192]:
        return "binary file (contains NUL bytes), not a text article"
    return None


def decode(data: bytes) -> tuple[str, str] | Problem:
    """The text and the encoding it was read with: UTF-8, else the likeliest legacy code page of Western or
    Cyrillic news (charset-normalizer picks among LEGACY_ENCODINGS by how plausible each decoding reads)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = f"bad byte 0x{data[exc.start]:02x} at offset {exc.start}"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS), explain=False).best()
    if best is None or best.encoding not in LEGACY_ENCODINGS:
        return Problem("", f"not valid UTF-8 ({bad}) nor readable in {', '.join(LEGACY_ENCODINGS)}; re-encode as UTF-8")
    return str(best), best.encoding


def _check_body(doc: Document, settings: Settings) -> Problem | None:
    if len(doc.raw.strip()) < settings.min_article_chars:
        return Problem(doc.source, f"article text is empty or shorter than {settings.min_article_chars} characters")
    return None


def _from_text(doc_id: str, source: str, text: str, **fields: object) -> Document:
    text = without_lone_surrogates(text).replace("\r\n", "\n").replace("\r", "\n")
    header: dict[str, str] = {}
    match = _HEADER.match(text)
    if match:
        header[match.group(1)] = match.group(2)
        header["_line"] = match.group(0).strip()
        text = text[match.end() :]
    doc = Document(doc_id=doc_id, source=source, raw=text, header=header)
    doc.content_hash = content_hash(text)
    for key, value in fields.items():
        setattr(doc, key, value)
    return doc


def _from_html(path: Path, html: str) -> Document:
    import trafilatura

    extracted: Any = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = (extracted.text or "") if extracted is not None else ""
    doc = _from_text(path.stem, str(path), body.replace("\n", "\n\n"))
    if extracted is not None:
        doc.title = extracted.title or None
        if extracted.date:
            doc.header["date"] = str(extracted.date)[:10]
            doc.header["_line"] = f"date {doc.header['date']}"
            doc.header["_from"] = "html metadata"
    return doc


def _read_jsonl(path: Path, data: bytes, settings: Settings) -> Iterator[Document | Problem]:
    decoded = decode(data)
    if isinstance(decoded, Problem):
        yield Problem(str(path), decoded.reason)
        return
    text, encoding = decoded
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        record = _parse_record(line, where)
        if isinstance(record, Problem):
            yield record
            continue
        if len(record["text"].encode("utf-8")) > settings.max_article_bytes:
            yield Problem(where, f"article text above the {settings.max_article_bytes:,}-byte limit")
            continue
        doc = _from_text(str(record["id"]), record.get("url") or where, record["text"])
        doc.url = record.get("url")
        doc.feed = "" if doc.url else str(path)
        doc.encoding = encoding
        doc.title = record.get("title") or None
        if record.get("published"):
            doc.header.setdefault("date", str(record["published"])[:10])
            doc.header["_from"] = "jsonl published field"
        if record.get("language"):
            doc.header["language"] = str(record["language"])
        yield doc  # a feed record with an id is a report however short ("-" included): kept, findable by its id


def _parse_record(line: str, where: str) -> dict[str, str] | Problem:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Problem(where, f"malformed JSON line ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return Problem(where, "a JSONL line must be an object with 'id' and 'text'")
    if not isinstance(record.get("id"), (str, int)) or str(record.get("id")).strip() == "":
        return Problem(where, "missing or invalid 'id' (a non-empty string)")
    if record.get("text") is None:
        record["text"] = ""  # a record with an id and no text is still a report: kept, findable by its id
    if not isinstance(record["text"], str):
        return Problem(where, "invalid 'text' (must be a string)")
    for key in ("url", "title", "published", "language"):  # optional: a number is read as text, anything else dropped
        value = record.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key != "url":
            record[key] = str(value)
        elif value is not None and not isinstance(value, str):
            record[key] = None
    return record
