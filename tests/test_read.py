"""The reader: .txt with a metadata header, .html via trafilatura, .jsonl, folders, and every way a file can be bad."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.config import Settings
from kronika.model import Document, Problem
from kronika.stages.read import content_hash, read_inputs

BODY = (
    "Une frappe de missile a touché un immeuble résidentiel de Kharkiv mardi soir, "
    "faisant au moins trois blessés selon le gouverneur de la région."
)
BODY_EN = "A drone struck an apartment block in Odesa overnight, injuring two people, the regional governor said."

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Frappe de drones sur Kharkiv</title>
<meta property="article:published_time" content="2024-05-18T08:30:00+02:00"></head>
<body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Frappe de drones sur Kharkiv</h1>
<p>Une vague de drones a visé la ville de Kharkiv dans la nuit de vendredi à samedi, selon le maire de la ville,
qui a fait état de plusieurs immeubles endommagés.</p>
<p>Les services de secours ont travaillé toute la matinée pour dégager les décombres et évacuer les habitants
des bâtiments les plus touchés par les explosions.</p>
</article>
<footer>Tous droits réservés</footer>
</body></html>
"""


def read_all(*paths: Path | str, config: Settings | None = None) -> list[Document | Problem]:
    return list(read_inputs(list(paths), config))


def only(items: list[Document | Problem]) -> Document | Problem:
    assert len(items) == 1, items
    return items[0]


# --- .txt -------------------------------------------------------------------------------------------------------


def test_txt_with_month_header(tmp_path: Path) -> None:
    path = tmp_path / "article-1.txt"
    path.write_text(f" date 2022-03 \n{BODY}\n", encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.doc_id == "article-1"
    assert doc.source == str(path)
    assert doc.header["date"] == "2022-03"
    assert doc.header["_line"] == "date 2022-03"
    assert "date 2022" not in doc.raw
    assert doc.raw.strip() == BODY
    assert doc.content_hash == content_hash(doc.raw)


def test_txt_with_day_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f" date 2024-06-14 \n\n{BODY}", encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.header["date"] == "2024-06-14"
    assert "2024-06-14" not in doc.raw
    assert BODY in doc.raw


def test_txt_without_header_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(BODY, encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.header == {}
    assert doc.raw == BODY


def test_date_later_in_text_is_not_a_header(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_text(f"{BODY}\ndate 2024-06-14\n", encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert "date" not in doc.header
    assert "date 2024-06-14" in doc.raw


def test_txt_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(("\ufeff date 2024-06-14 \r\n" + BODY + "\r\n" + BODY_EN + "\r\n").encode("utf-8"))
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.header["date"] == "2024-06-14"
    assert "\r" not in doc.raw
    assert doc.raw.strip().split("\n") == [BODY, BODY_EN]


# --- .html ------------------------------------------------------------------------------------------------------


def test_html_via_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.doc_id == "page"
    assert doc.title == "Frappe de drones sur Kharkiv"
    assert "Une vague de drones a visé la ville de Kharkiv" in doc.raw
    assert "évacuer les habitants" in doc.raw
    # paragraphs stay separate, markup and page furniture are gone
    assert "\n\n" in doc.raw
    assert "<p>" not in doc.raw
    assert "Tous droits réservés" not in doc.raw
    assert doc.header["date"] == "2024-05-18"
    assert doc.header["_from"] == "html metadata"


def test_htm_suffix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.HTM"
    path.write_text(HTML, encoding="utf-8")
    assert isinstance(only(read_all(path)), Document)


# --- .jsonl -----------------------------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": BODY, "url": "https://example.org/a1", "title": "Kharkiv"}),
        '{"id": "broken", "text": ',
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": BODY}),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "bad-text", "text": 42}),
        "",
        json.dumps({"id": 7, "text": BODY_EN, "published": "2024-06-14T10:00:00Z", "language": "en"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    docs = [item for item in items if isinstance(item, Document)]
    problems = {item.source: item.reason for item in items if isinstance(item, Problem)}

    assert [d.doc_id for d in docs] == ["a1", "no-text", "7"]  # a record with an id and no text is kept
    first, empty, second = docs
    assert empty.raw == ""
    assert first.raw == BODY
    assert first.url == "https://example.org/a1"
    assert first.source == "https://example.org/a1"
    assert first.title == "Kharkiv"
    assert second.raw == BODY_EN
    assert second.source == f"{path}:8"
    assert second.header["date"] == "2024-06-14"
    assert second.header["language"] == "en"

    assert set(problems) == {f"{path}:{n}" for n in (2, 3, 4, 6)}
    assert "malformed JSON" in problems[f"{path}:2"]
    assert "must be an object" in problems[f"{path}:3"]
    assert "'id'" in problems[f"{path}:4"]
    assert "'text'" in problems[f"{path}:6"]
    assert all(p.stage == "read" for p in items if isinstance(p, Problem))


def test_jsonl_empty_id_and_non_string_field(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    lines = [
        json.dumps({"id": "  ", "text": BODY}),
        json.dumps({"id": "x", "text": BODY, "url": 3, "published": 2024}),
        json.dumps({"id": "ok", "text": BODY}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read_all(path)
    assert [type(i) for i in items] == [Problem, Document, Document]
    assert "'id'" in items[0].reason
    # a report is not lost to a badly typed optional field: a number is read as text, a non-text URL dropped
    assert items[1].doc_id == "x" and items[1].url is None and items[1].header["date"] == "2024"
    assert items[2].doc_id == "ok"


def test_jsonl_short_and_oversized_records(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "short", "text": "Kharkiv shelled."}),  # a one-line report is a report
        json.dumps({"id": "blank", "text": " … \n "}),
        json.dumps({"id": "big", "text": BODY * 10}),
        json.dumps({"id": "fine", "text": BODY}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read_all(path, config=Settings(max_article_bytes=len(BODY.encode("utf-8")) * 2))
    assert isinstance(items[0], Document) and items[0].doc_id == "short"
    assert isinstance(items[1], Document) and items[1].doc_id == "blank"  # a record with an id is kept
    assert isinstance(items[2], Problem) and "byte limit" in items[2].reason
    assert isinstance(items[3], Document) and items[3].doc_id == "fine"


# --- legacy encodings: decoded and marked, not skipped -----------------------------------------------------------

LEGACY_TEXTS = {
    "fr": (
        "Les forces russes ont bombardé la ville de Kharkiv dans la nuit de samedi à dimanche, a déclaré le "
        "gouverneur régional. Trois civils ont été blessés et une école a été endommagée, selon la mairie."
    ),
    "uk": (
        "Російські війська обстріляли Нікополь у неділю вранці, повідомив голова обласної військової "
        "адміністрації. Поранено трьох цивільних, пошкоджено школу та житлові будинки."
    ),
    "ru": (
        "Российские войска обстреляли Никополь в воскресенье утром, сообщил глава областной администрации. "
        "Ранены трое мирных жителей, повреждены школа и жилые дома."
    ),
}


@pytest.mark.parametrize(
    ("language", "encoding", "marked"),
    [
        ("fr", "cp1252", {"cp1252"}),
        ("fr", "latin_1", {"cp1252", "latin_1", "iso8859_15"}),  # the same characters in all three
        ("uk", "cp1251", {"cp1251"}),
        ("uk", "koi8_u", {"koi8_u"}),
        ("ru", "cp1251", {"cp1251"}),
        ("ru", "koi8_r", {"koi8_r", "koi8_u"}),  # KOI8-U is KOI8-R plus four Ukrainian letters
    ],
)
def test_legacy_encodings_are_decoded_and_marked(tmp_path: Path, language: str, encoding: str, marked: set) -> None:
    text = LEGACY_TEXTS[language]
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    doc = only(read_all(path))
    assert isinstance(doc, Document), doc
    assert doc.raw.strip() == text
    assert doc.encoding in marked


def test_jsonl_in_a_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    record = json.dumps({"id": "a", "text": LEGACY_TEXTS["fr"]}, ensure_ascii=False)
    path.write_bytes((record + "\n").encode("cp1252"))
    doc = only(read_all(path))
    assert isinstance(doc, Document) and doc.raw == LEGACY_TEXTS["fr"] and doc.encoding == "cp1252"


def test_utf8_is_marked_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, Document) and doc.encoding == "utf-8"


def test_undecodable_bytes_are_skipped_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    rng = random.Random(7)
    path.write_bytes(bytes(rng.randrange(128, 256) for _ in range(400)))
    problem = only(read_all(path))
    assert isinstance(problem, Problem)
    assert "not valid UTF-8" in problem.reason and "re-encode" in problem.reason


# --- folders and paths ------------------------------------------------------------------------------------------


def test_folder_recursion(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b" / "deep" / "lines.jsonl").write_text(
        json.dumps({"id": "j1", "text": BODY}) + "\n" + json.dumps({"id": "j2", "text": BODY_EN}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "b" / "notes.md").write_text(BODY, encoding="utf-8")  # not an input type: skipped silently
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = read_all(tmp_path)
    assert all(isinstance(i, Document) for i in items), items
    assert sorted(i.doc_id for i in items) == ["a", "j1", "j2", "page"]


def test_several_paths_mixed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    items = read_all(tmp_path / "missing.txt", good)
    assert isinstance(items[0], Problem)
    assert isinstance(items[1], Document)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_text(BODY, encoding="utf-8")
    problem = only(read_all(path))
    assert isinstance(problem, Problem)
    assert problem.source == str(path)
    assert "unsupported file type .pdf" in problem.reason
    assert ".txt" in problem.reason


def test_no_suffix(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(BODY, encoding="utf-8")
    problem = only(read_all(path))
    assert isinstance(problem, Problem)
    assert "unsupported file type (none)" in problem.reason


def test_missing_path(tmp_path: Path) -> None:
    problem = only(read_all(tmp_path / "nowhere" / "x.txt"))
    assert isinstance(problem, Problem)
    assert problem.reason == "no such file or folder"


# --- bad files --------------------------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\n")
    for item in read_all(path, blank):
        assert isinstance(item, Problem)
        assert item.reason == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"Kharkiv" + b"\x00\x01\x02" * 50)
    problem = only(read_all(path))
    assert isinstance(problem, Problem)
    assert "binary" in problem.reason
    assert "NUL" in problem.reason


def test_latin1_article_is_read_not_skipped(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(BODY.encode("latin-1"))
    doc = only(read_all(path))
    assert isinstance(doc, Document) and doc.raw.strip() == BODY.strip()
    assert doc.encoding in ("cp1252", "latin_1", "iso8859_15")


def test_file_above_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(BODY * 5, encoding="utf-8")
    problem = only(read_all(path, config=Settings(max_article_bytes=200)))
    assert isinstance(problem, Problem)
    assert "above the 200-byte article limit" in problem.reason
    assert "KRONIKA_MAX_ARTICLE_BYTES" in problem.reason
    # the same file is fine under the default limit
    assert isinstance(only(read_all(path)), Document)


def test_too_short_text(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(" date 2024-06-14 \nFrappe à Kharkiv.\n", encoding="utf-8")
    problem = only(read_all(path))
    assert isinstance(problem, Problem)
    assert "shorter than 40 characters" in problem.reason


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Rien</title></head><body><nav>Accueil</nav></body></html>", encoding="utf-8")
    problem = only(read_all(path))
    assert isinstance(problem, Problem)
    assert "shorter than" in problem.reason


# --- property: reading never raises -----------------------------------------------------------------------------


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        txt = Path(folder) / "x.txt"
        jsonl = Path(folder) / "x.jsonl"
        txt.write_bytes(data)
        jsonl.write_bytes(data)
        items = list(read_inputs([txt, jsonl]))
    assert items, "every input yields at least one item"
    assert all(isinstance(item, (Document, Problem)) for item in items)
    assert all(item.reason for item in items if isinstance(item, Problem))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=80), st.binary(max_size=80).map(lambda b: b.decode("latin-1"))), max_size=6))
def test_arbitrary_jsonl_lines_never_raise(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        items = list(read_inputs([path]))
    assert all(isinstance(item, (Document, Problem)) for item in items)
