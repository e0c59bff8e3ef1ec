"""Quality gate: the seeds, scored by the shared scorer, must not fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEEDS, SHARED, load_script
from kronika import api

pytestmark = pytest.mark.model
FLOORS = json.loads((Path(__file__).parent / "quality_floor.json").read_text())


def _scorer():  # type: ignore[no-untyped-def]
    return load_script(SHARED / "eval" / "score.py", "kronika_seed_scorer")


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus/seeds is not present on this machine")
def test_seeds_score_above_floors(tmp_path: Path) -> None:
    db = str(tmp_path / "seeds.db")
    api.ingest([SEEDS], db)
    api.export(db, tmp_path / "ledger")
    gold = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    figures = _scorer().score(gold, tmp_path / "ledger")
    below = {
        name: round(figures[name]["ratio"] or 0.0, 3)
        for name, floor in FLOORS.items()
        if name != "about" and (figures[name]["ratio"] or 0.0) < floor
    }
    assert not below, f"below the pinned floors {FLOORS}: {below}"
