"""The map/timeline page in real headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import csv
import io
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


# ---------- issue 18: every screen size, the panel, the sources, the downloads, the API docs ----------

SCREENS = [(390, 844), (768, 1024), (1400, 900)]
TOPMOST = """(node) => {
  node.scrollIntoView({block: "center", inline: "center"});
  const box = node.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return Boolean(hit) && (hit === node || node.contains(hit));
}"""


def _topmost(locator: object) -> bool:
    """The element is what a finger or a pointer reaches at its centre (nothing is drawn over it)."""
    return bool(locator.evaluate(TOPMOST))  # type: ignore[attr-defined]


def _local_only(page: object, outside: list[str]) -> None:
    """Abort (and record) every request that would leave this machine."""

    def route(request_route: object) -> None:
        url = request_route.request.url  # type: ignore[attr-defined]
        if urlparse(url).hostname in ("127.0.0.1", "localhost") or url.startswith("data:"):
            request_route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(url)
            request_route.abort()  # type: ignore[attr-defined]

    page.route("**/*", route)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=["phone", "tablet", "desktop"])
def test_readable_on_every_screen(site: tuple[str, str], browser: object, width: int, height: int) -> None:
    url, _ = site
    small = width <= 1000
    page = browser.new_page(viewport={"width": width, "height": height}, is_mobile=width < 800, has_touch=small)  # type: ignore[attr-defined]
    outside: list[str] = []
    errors: list[str] = []
    _local_only(page, outside)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    _wait_count(page, lambda n: n > 0)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page overflows sideways"
    assert _topmost(page.locator("#timeline"))
    item = page.locator("#event-list li").nth(1)
    assert _topmost(item), "a list item is covered (by the map?)"
    page.locator("#map").scroll_into_view_if_needed()
    assert _topmost(page.locator("#map .leaflet-pane").first) or _topmost(page.locator("#map"))
    item.click()
    page.wait_for_selector("#event-panel h2")
    for selector in ("#event-panel h2", "#event-panel .facts dd", "#event-panel .source-links", "#event-panel .close"):
        assert _topmost(page.locator(selector).first), f"{selector} is drawn under something at {width}x{height}"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"page-{width}x{height}-event.png"))
    page.keyboard.press("Escape")
    if small:
        assert not page.locator("#event-panel").is_visible(), "Escape closes the sheet"
        assert not page.locator("#filter-search").is_visible()
        page.click("#filters-toggle")
        assert _topmost(page.locator("#filter-search")) and _topmost(page.locator("#filter-contested"))
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    else:
        page.wait_for_selector("#event-panel .placeholder")
    assert not outside and not errors, (outside[:3], errors[:3])


def test_panel_text_sources_and_history(site: tuple[str, str], browser: object) -> None:
    url, _ = site
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page.goto(url)
    _wait_count(page, lambda n: n > 1)
    first, second = page.locator("#event-list li").nth(0), page.locator("#event-list li").nth(1)
    first_id, second_id = first.get_attribute("data-event-id"), second.get_attribute("data-event-id")
    for item in (first, second):
        item.click()
        page.wait_for_selector(f"#event-panel h2 >> text={item.locator('.summary').text_content()}")
        loose = page.evaluate(
            "[...document.getElementById('event-panel').childNodes].filter(n => n.nodeType === 3)"
            ".map(n => n.textContent.trim()).join('')"
        )
        assert loose == "", f"stray text in the panel: {loose!r}"
        assert "null" not in (page.text_content("#event-panel") or "").split()
        for line in page.locator("#event-panel .source-links").all_text_contents():
            assert str(SEEDS) not in line and str(EXAMPLES) not in line
            assert "/" not in line.replace("://", "") or "http" in line, line
            assert "file " in line or "http" in line
    assert f"event={second_id}" in page.url
    page.go_back()
    deadline = time.monotonic() + 10
    while f"event={first_id}" not in page.url and time.monotonic() < deadline:
        time.sleep(0.1)
    assert f"event={first_id}" in page.url, "Back steps to the previous selection"
    page.wait_for_selector(f"#event-list li.selected[data-event-id='{first_id}']")

    page.goto(f"{url}/#event=no-such-event")
    page.wait_for_selector("#event-panel .error")
    message = page.text_content("#event-panel .error") or ""
    assert "HTTP" not in message and "no event" in message.lower()


def test_downloads_and_dates_follow_the_filters(site: tuple[str, str], browser: object) -> None:
    url, db = site
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page.goto(url)
    _wait_count(page, lambda n: n > 0)
    everything = int(page.text_content("#event-count") or 0)
    widths = [
        float(w)
        for w in page.eval_on_selector_all("#timeline .bars rect", "rs => rs.map(r => r.getAttribute('width'))")
    ]
    assert widths and min(widths) >= 4, "timeline bars wide enough to see and hit"
    scrolled = page.evaluate(
        "(() => { const list = document.getElementById('event-list'); list.scrollTop = list.scrollHeight; "
        "return list.scrollTop; })()"
    )
    page.check("#filter-contested")
    _wait_count(page, lambda n: n < everything)
    if scrolled:
        assert page.evaluate("document.getElementById('event-list').scrollTop") == 0, "a new filter lists from the top"
    href = page.get_attribute(".downloads a[data-path='api/export/events.csv']", "href") or ""
    assert "contested=true" in href
    rows = list(csv.DictReader(io.StringIO(page.request.get(f"{url}/{href}").text())))
    contested = sum(1 for e in api.events(db) if e.contested)
    assert len(rows) == contested > 0 and {r["contested"] for r in rows} == {"True"}

    page.uncheck("#filter-contested")
    _wait_count(page, lambda n: n == everything)
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, box["y"] + box["height"] / 2, steps=8)
    page.mouse.up()
    _wait_count(page, lambda n: n < everything)
    start, end = page.input_value("#filter-start"), page.input_value("#filter-end")
    assert start and end and start <= end, "the brush and the From/To inputs are one filter"
    undated = sum(1 for e in api.events(db) if not e.date)
    if undated:
        assert f"{undated} undated event" in (page.text_content("#count-note") or ""), "undated events are counted"
    assert f"start={start}" in (page.get_attribute(".downloads a[data-path='api/events.geojson']", "href") or "")
    page.fill("#filter-start", end)
    page.fill("#filter-end", start)
    deadline = time.monotonic() + 10
    while "swapped" not in (page.text_content("#count-note") or "") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "swapped" in (page.text_content("#count-note") or "")
    assert page.input_value("#filter-start") <= page.input_value("#filter-end")


@pytest.mark.parametrize(("path", "ready"), [("/docs", ".opblock"), ("/redoc", "h1")])
def test_api_docs_offline(site: tuple[str, str], browser: object, path: str, ready: str) -> None:
    url, _ = site
    page = browser.new_page()  # type: ignore[attr-defined]
    outside: list[str] = []
    console: list[str] = []
    _local_only(page, outside)
    page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda exc: console.append(str(exc)))
    page.goto(url + path)
    page.wait_for_selector(ready, timeout=20000)
    assert "/api/events" in (page.text_content("body") or "")
    assert not outside and not console, (outside[:3], console[:3])


def _map_centre(page: object) -> tuple[float, float, float]:
    fragment = urlparse(page.url).fragment  # type: ignore[attr-defined]
    from urllib.parse import parse_qs

    lat, lon, zoom = (float(x) for x in parse_qs(fragment)["map"][0].split(","))
    return lat, lon, zoom


def test_place_labels_view_count_and_fly_to(site: tuple[str, str], browser: object) -> None:
    url, db = site
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page.goto(url)
    _wait_count(page, lambda n: n > 0)
    page.wait_for_selector(".place-label")
    overview = page.locator(".place-label").all_text_contents()
    assert "Kyiv" in overview and page.locator(".region-label").count() > 5, "oblasts and capitals at low zoom"
    boxes = [page.locator(".cluster").nth(i).bounding_box() for i in range(page.locator(".cluster").count())]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a and b
            apart = a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
            assert apart or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"], "cluster badges overlap"
    if boxes:
        badge = page.locator(".cluster").first
        size = int(badge.text_content() or 0)
        badge.click()
        _wait_count(page, lambda n: n == size)
        assert page.locator("#focus-bar").is_visible()
        page.click("#focus-clear")
    located = [e for e in api.events(db) if e.location is not None]
    far = max(located, key=lambda e: abs(e.location.lat - 49.99) + abs(e.location.lon - 36.23))  # type: ignore[union-attr]
    page.goto(f"{url}/#map=49.99,36.23,11")
    page.reload()
    _wait_count(page, lambda n: n > 0)
    page.wait_for_selector(".place-label")
    zoomed = page.locator(".place-label").all_text_contents()
    assert "Kharkiv" in zoomed and not set(zoomed) <= set(overview), "towns appear when zooming in"
    assert "outside the current view" in (page.text_content("#view-note") or "")
    page.locator(f"#event-list li[data-event-id='{far.event_id}']").click()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        lat, lon, _ = _map_centre(page)
        if abs(lat - far.location.lat) < 1 and abs(lon - far.location.lon) < 1:  # type: ignore[union-attr]
            break
        time.sleep(0.2)
    lat, lon, _ = _map_centre(page)
    assert abs(lat - far.location.lat) < 1 and abs(lon - far.location.lon) < 1, "the map flies to the selection"  # type: ignore[union-attr]


def test_claims_point_into_the_text_and_french_summaries(site: tuple[str, str], browser: object) -> None:
    url, db = site
    with_claims = next(e for e in api.events(db) if e.claim_ids and e.location is not None and e.summary_fr)
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page.goto(f"{url}/#event={with_claims.event_id}")
    page.wait_for_selector("#event-panel .claim-jump")
    page.locator("#event-panel .claim-jump").first.click()
    page.wait_for_selector("#event-panel mark.flash")
    assert _topmost(page.locator("#event-panel mark.flash").first), "the claim's words are shown in the text"
    page.select_option("#lang", "fr")
    page.wait_for_selector(f"#event-panel h2 >> text={with_claims.summary_fr}")
    item = page.locator(f"#event-list li[data-event-id='{with_claims.event_id}'] .summary")
    assert item.text_content() == with_claims.summary_fr and "lang=fr" in page.url
    page.select_option("#lang", "en")
    page.wait_for_selector(f"#event-panel h2 >> text={with_claims.summary}")


def test_search_spelling_variants_and_a_light_first_load(site: tuple[str, str], browser: object) -> None:
    url, _ = site
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    received: list[int] = []
    order: list[str] = []
    cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
    page.on("request", lambda request: order.append(urlparse(request.url).path))
    page.goto(url)
    _wait_count(page, lambda n: n > 0)
    page.wait_for_selector(".place-label")
    page.wait_for_load_state("networkidle")
    assert sum(received) < 450_000, f"first load {sum(received)} bytes"
    assert order.index("/api/events") < order.index("/static/countries.topojson"), "the events come first"

    def located(q: str) -> int:
        found = page.request.get(f"{url}/api/events", params={"q": q, "limit": 5000}).json()["events"]
        return sum(1 for e in found if e["location"] is not None)

    everything, variant, spelling = int(page.text_content("#event-count") or 0), located("Kharkov"), located("Kharkiv")
    assert variant >= spelling > 0 or spelling == 0
    if 0 < variant < everything:
        page.fill("#filter-search", "Kharkov")
        _wait_count(page, lambda n: n == variant)
    context.close()
