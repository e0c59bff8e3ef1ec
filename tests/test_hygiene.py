"""No seed-specific code: no seed file name or seed sentence may appear in src/."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SEEDS


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus/seeds is not present on this machine")
def test_no_seed_names_or_sentences_in_source() -> None:
    sources = {p: p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*") if p.suffix in (".py", ".json")}
    for seed in SEEDS.glob("*.txt"):
        for path, text in sources.items():
            assert seed.stem not in text, f"{path} names seed file {seed.name}"
        sentences = [s.strip() for s in re.split(r"(?<=[.!?»])\s+|\n+", seed.read_text(encoding="utf-8"))]
        for sentence in (s for s in sentences if len(s) >= 40):
            for path, text in sources.items():
                assert sentence not in text, f"{path} contains a sentence of {seed.name}: {sentence[:60]}"
