"""Floors on real reporting nobody on the project wrote (../shared): ACLED notes, UCDP headlines, dev-fr articles.

A fixed seeded sample (`eval/dev.py --n 400`) is run through the installed CLI and scored by the shared scorers;
the test fails when a report-part figure falls below the floor pinned in devset_floor.json (or over-generation
rises above its ceiling). Re-pin with `python eval/dev.py --n 400 --pin tests/devset_floor.json` after an
improvement, never to accept a drop.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, load_script

pytestmark = pytest.mark.model
PINNED = json.loads((Path(__file__).parent / "devset_floor.json").read_text(encoding="utf-8"))
KRONIKA = shutil.which("kronika", path=str(ROOT / ".venv" / "bin")) or shutil.which("kronika")


def _dev_module():  # type: ignore[no-untyped-def]
    return load_script(ROOT / "eval" / "dev.py", "kronika_dev_eval")


@pytest.mark.skipif(
    not (SHARED / "dev").is_dir(), reason="the development sets (../shared/dev) are not on this machine"
)
@pytest.mark.skipif(KRONIKA is None, reason="the kronika command is not installed")
# the shared scorer opens files without closing them (not ours to change): its ResourceWarnings are not ours
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_development_sets_stay_above_their_floors(tmp_path: Path) -> None:
    dev = _dev_module()
    results = dev.evaluate(KRONIKA, ["acled", "ucdp", "dev-fr"], PINNED["n"], tmp_path)
    pinned = {k: v for k, v in PINNED.items() if ":" in k}
    assert pinned, "no floors pinned"
    broken = dev.check_floors(results, pinned)
    assert not broken, f"below the floors pinned in devset_floor.json: {broken}"


def test_floor_check_catches_a_drop() -> None:
    dev = _dev_module()
    results = {"acled": {"report": {"acled_date_exact": 0.80, "acled_events_per_report": 1.6}}}
    assert dev.check_floors(results, {"acled:acled_date_exact": 0.85}) == {"acled:acled_date_exact": "0.8 (floor 0.85)"}
    assert dev.check_floors(results, {"acled:acled_date_exact": 0.75}) == {}
    assert "acled:acled_events_per_report:max" in dev.check_floors(results, {"acled:acled_events_per_report:max": 1.2})
