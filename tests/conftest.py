"""Shared fixtures: real SQLite stores, the real spaCy model and gazetteer, hand-built documents."""

from __future__ import annotations

import importlib.util
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from kronika.config import Settings
from kronika.model import Document
from kronika.pipeline import Pipeline, build
from kronika.resources import Resources
from kronika.stages.read import content_hash
from kronika.store import open_store
from kronika.store.base import Store
from pgserver import PostgresServer, postgis_available, postgres_bin

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"


def load_script(path: Path, name: str) -> ModuleType:
    """A Python file that is not an installed module (the shared scorers, eval/dev.py), imported by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current pipeline")


@pytest.fixture(scope="session")
def resources() -> Resources:
    """One set of heavy resources (spaCy model, gazetteer) for the whole session."""
    return Resources(Settings())


@pytest.fixture(scope="session")
def pipeline(resources: Resources) -> Pipeline:
    return build(resources=resources)


@pytest.fixture()
def make_doc() -> Callable[..., Document]:
    """A Document built by hand from text (header fields as keyword arguments)."""

    def make(text: str, doc_id: str = "test", **header: str) -> Document:
        doc = Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=text, header=dict(header))
        doc.content_hash = content_hash(text)
        return doc

    return make


@pytest.fixture()
def run_text(pipeline: Pipeline, make_doc: Callable[..., Document]) -> Callable[..., Document]:
    """Run the whole pipeline on one text and return the processed Document."""

    def run(text: str, **header: str) -> Document:
        errors: list[BaseException] = []
        done = pipeline.run_batch([make_doc(text, **header)], lambda stage, doc, exc: errors.append(exc))
        if errors:
            raise errors[0]
        return done[0]

    return run


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole session (started here, stopped at the end)."""
    if not postgres_bin("initdb") or not postgis_available():
        pytest.skip("PostgreSQL/PostGIS not installed: `make test` installs postgresql and postgresql-15-postgis-3")
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a real, empty store: a SQLite file, or a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    server = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    """A real, empty store, SQLite or PostgreSQL: the same test bodies run against both."""
    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


def fold_text(text: str) -> str:
    """Text compared without accents, case, curly apostrophes or spacing (cleaning tests ask what stayed)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").casefold().split())


def cleaned_text(make_doc: Callable[..., Document], text: str) -> str:
    """The folded text that cleaning keeps of ``text``."""
    from kronika.stages.clean import clean_text

    return fold_text(clean_text(make_doc(text)).text)
