"""No seed-specific code: no seed file name or seed sentence may appear in src/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

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


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return found | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}


@pytest.mark.parametrize("module", ["export.py", "store/base.py", "store/sqlite.py", "store/postgres.py"])
def test_storage_and_export_take_data_not_nlp(module: str) -> None:
    """Copies and links are decided once, at ingest: storage and export never run a stage or the linker."""
    imported = _imports(ROOT / "src" / "kronika" / module)
    nlp = sorted(m for m in imported if m.startswith(("kronika.stages", "kronika.linking", "kronika.dedup")))
    assert not nlp, f"{module} imports {nlp}"
