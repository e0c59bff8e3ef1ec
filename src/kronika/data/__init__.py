"""Versioned domain data (aliases, cue words, boilerplate patterns), loaded once."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any


@functools.cache
def load_json(name: str) -> Any:
    """Load ``kronika/data/<name>`` (JSON); cached for the life of the process."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def word_patterns(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns`` as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
