"""The map/timeline page in real headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import EXAMPLES, SEEDS
from kronika import api
from kronika.web.app import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (make test installs it)"),
]


def _wait_count(page: object, ready: Callable[[int], bool], timeout: float = 20.0) -> None:
    """Poll #event-count from Python (the page's CSP forbids the eval that wait_for_function needs)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = (page.text_content("#event-count") or "").strip()  # type: ignore[attr-defined]
        if text.isdigit() and ready(int(text)):
            return
        time.sleep(0.1)
    raise AssertionError(f"#event-count never became ready (last: {text!r})")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    import uvicorn

    db = str(tmp_path_factory.mktemp("page") / "page.db")
    api.ingest([SEEDS if SEEDS.exists() else EXAMPLES], db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield chromium
        chromium.close()


def test_map_timeline_and_event_panel(site: tuple[str, str], browser: object) -> None:
    url, db = site
    located = sum(1 for e in api.events(db) if e.location is not None)
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    _wait_count(page, lambda n: n > 0)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page.png"))
    assert int(page.text_content("#event-count") or 0) == located
    assert page.locator("#event-list li").count() == located

    box = page.locator("#timeline").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, box["y"] + box["height"] / 2, steps=8)
    page.mouse.up()
    _wait_count(page, lambda n: n < located)
    assert page.locator("#event-list li").count() < located
    page.screenshot(path=str(ARTIFACTS / "page-brushed.png"))

    page.goto(url)
    _wait_count(page, lambda n: n > 0)
    target = (
        page.locator("#event-list li", has_text="Tëtkino") if SEEDS.exists() else page.locator("#event-list li").first
    )
    target.first.click()
    page.wait_for_selector("#event-panel .claim")
    stances = {
        page.locator("#event-panel .claim").nth(i).get_attribute("data-stance")
        for i in range(page.locator("#event-panel .claim").count())
    }
    if SEEDS.exists():
        assert page.locator("#event-panel .badge-contested").count() >= 1
        assert {"assert", "deny"} <= stances
    assert page.locator("#event-panel mark.evidence").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "page-event.png"))

    outside = [
        r for r in requests if urlparse(r).hostname not in ("127.0.0.1", "localhost") and not r.startswith("data:")
    ]
    assert not outside, f"requests left localhost: {outside[:5]}"
    assert not errors, errors


def test_article_markup_is_shown_as_text(tmp_path: Path, browser: object) -> None:
    import uvicorn

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        " date 2024-06-12 \nFrappe sur Kharkiv <script>window.__pwned = 1</script>\n\n"
        'Une frappe de drone a touché mardi un immeuble de Kharkiv <img src=x onerror="window.__pwned=2">, '
        "faisant deux blessés selon les autorités locales.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "h.db")
    api.ingest([folder], db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(f"http://127.0.0.1:{port}/")
        _wait_count(page, lambda n: n > 0)
        page.locator("#event-list li").first.click()
        page.wait_for_selector("#event-panel mark.evidence")
        assert page.evaluate("window.__pwned === undefined")
        assert page.locator("#event-panel img").count() == 0
        assert "<img src=x" in (page.text_content("#event-panel") or "")
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_watchlist_is_a_saved_view(site: tuple[str, str], browser: object) -> None:
    from kronika.watch import Watch, add_watch, watch_events

    url, db = site
    add_watch(db, Watch("border", bbox=(33.0, 49.5, 40.0, 53.0)))
    expected = sum(1 for e in watch_events(db, "border") if e.location is not None)
    assert 0 < expected < sum(1 for e in api.events(db) if e.location is not None)
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{url}/#watch=border")
    _wait_count(page, lambda n: n == expected)
    assert page.locator("#filter-watch").input_value() == "border"
    page.screenshot(path=str(ARTIFACTS / "page-watchlist.png"))
