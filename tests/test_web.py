"""The JSON API: in-process, and once over a real socket."""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest import EXAMPLES
from kronika import api
from kronika.export import validate
from kronika.web.app import create_app

pytestmark = pytest.mark.model


INGESTED: dict[str, api.IngestReport] = {}


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    INGESTED[db] = api.ingest([EXAMPLES], db)
    return db


def test_stats_explain_ingest_counts(client: TestClient, ledger_db: str) -> None:
    from kronika.store import open_store

    store = open_store(ledger_db)
    stored = store.counts()
    store.close()
    report, stats = INGESTED[ledger_db], client.get("/api/stats").json()
    assert stats["events"] + stats["reports_merged"] + stats["reports_not_events"] == stored["events"] == report.events
    assert stats["claims"] + stats["claims_without_event"] == stored["claims"]


@pytest.fixture(scope="module")
def client(ledger_db: str) -> TestClient:
    return TestClient(create_app(ledger_db))


def test_events_filters_and_pagination(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 5000}).json()
    assert everything["total"] == len(everything["events"]) > 10
    for event in everything["events"]:
        validate("event", event)
    page = client.get("/api/events", params={"limit": 3, "offset": 2}).json()
    assert [e["event_id"] for e in page["events"]] == [e["event_id"] for e in everything["events"][2:5]]
    strikes = client.get("/api/events", params={"type": "Explosions/Remote violence", "limit": 5000}).json()
    assert 0 < strikes["total"] < everything["total"]
    assert {e["event_type"] for e in strikes["events"]} == {"Explosions/Remote violence"}
    kharkiv = client.get("/api/events", params={"bbox": "35.5,49.5,37.0,50.5", "limit": 5000}).json()
    assert all(35.5 <= e["location"]["lon"] <= 37.0 for e in kharkiv["events"]) and kharkiv["total"] > 0
    dated = client.get("/api/events", params={"start": "2024-01-01", "end": "2024-06-30", "limit": 5000}).json()
    assert all((e["date_end"] or "") >= "2024-01-01" and (e["date"] or "") <= "2024-06-30" for e in dated["events"])
    assert client.get("/api/events", params={"q": "Kupyansk"}).json()["total"] > 0


@pytest.mark.parametrize(("variant", "spelling"), [("Kharkov", "Kharkiv"), ("Koupiansk", "Kupiansk")])
def test_search_finds_spelling_variants(client: TestClient, variant: str, spelling: str) -> None:
    found = client.get("/api/events", params={"q": spelling, "limit": 5000}).json()
    assert found["total"] > 0
    via_variant = client.get("/api/events", params={"q": variant, "limit": 5000}).json()["events"]
    assert {e["event_id"] for e in found["events"]} <= {e["event_id"] for e in via_variant}
    assert client.get("/api/events", params={"q": "Zhmerynka"}).json()["total"] == 0


def test_bad_parameters_are_refused(client: TestClient) -> None:
    assert client.get("/api/events", params={"limit": 100000}).status_code == 422
    assert client.get("/api/events", params={"bbox": "1,2,3"}).status_code == 422
    assert client.get("/api/events", params={"start": "yesterday"}).status_code == 422
    assert client.get("/api/events/no-such-event").status_code == 404


INVALID = [
    ("/api/events", {"start": "2024-13-45"}, "start"),
    ("/api/events", {"start": "2024-02-30"}, "start"),
    ("/api/events", {"end": "2023-02-29"}, "end"),
    ("/api/events", {"start": "2024-06-01", "end": "2024-05-01"}, "end"),
    ("/api/events", {"bbox": "nan,nan,nan,nan"}, "bbox"),
    ("/api/events", {"bbox": "-inf,-90,inf,90"}, "bbox"),
    ("/api/events", {"bbox": "1e999,0,1e999,1"}, "bbox"),
    ("/api/events", {"bbox": "30,40,200,50"}, "bbox"),
    ("/api/events", {"bbox": "30,-95,40,50"}, "bbox"),
    ("/api/events", {"bbox": "40,45,30,50"}, "bbox"),
    ("/api/events", {"bbox": "30,52,40,48"}, "bbox"),
    ("/api/events", {"bbox": "1,2,3"}, "bbox"),
    ("/api/events", {"type": "Nonsense"}, "type"),
    ("/api/events", {"types": "Battles"}, "types"),
    ("/api/events", {"limit": "0"}, "limit"),
    ("/api/events", {"verification": "maybe"}, "verification"),
    ("/api/events", {"contested": "perhaps"}, "contested"),
    ("/api/events", {"watch": "no-such-watch"}, "watch"),
    ("/api/events.geojson", {"bbox": "nan,0,1,1"}, "bbox"),
    ("/api/export/events.csv", {"start": "2024-02-30"}, "start"),
    ("/api/export/events.jsonl", {"type": "Nonsense"}, "type"),
    ("/api/stats", {"start": "2024-01-01"}, "start"),
]


@pytest.mark.parametrize(("path", "params", "name"), INVALID)
def test_invalid_parameters_give_one_422_shape(
    client: TestClient, path: str, params: dict[str, str], name: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422, (path, params, response.text)
    errors = response.json()["detail"]
    assert isinstance(errors, list) and errors
    assert all({"type", "loc", "msg"} <= set(e) for e in errors)
    assert ["query", name] in [e["loc"] for e in errors]


def test_other_errors_have_the_same_shape_and_head_works(client: TestClient) -> None:
    for path, status in [("/api/claims?event_id=unknown", 404), ("/api/events/unknown", 404),
                         ("/api/documents/unknown", 404), ("/api/watches/unknown/events", 404)]:  # fmt: skip
        response = client.get(path)
        assert response.status_code == status, path
        assert [set(e) for e in response.json()["detail"]] == [{"type", "loc", "msg"}]
    assert client.post("/api/events").json()["detail"][0]["type"] == "method_not_allowed"
    for path in ("/api/events", "/api/stats", "/api/export/events.csv", "/", "/static/app.js", "/docs", "/redoc"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"]
    assert client.head("/api/events/unknown").status_code == 404
    assert client.get("/", params={"utm_source": "feed"}).status_code == 200  # only the API is strict


def test_no_server_path_is_shown(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 5000}).json()["events"]
    texts = [client.get(f"/api/events/{e['event_id']}").text for e in events[:20]]
    detail = client.get(f"/api/events/{events[0]['event_id']}").json()
    document = client.get(f"/api/documents/{detail['documents'][0]['doc_id']}").json()
    assert "/" not in document["source"] or document["source"].startswith("http")
    texts += [json.dumps(document), client.get("/api/export/events.csv").text, client.get("/api/events.geojson").text]
    texts.append(client.get("/api/export/events.jsonl").text)
    for text in texts:
        assert str(EXAMPLES) not in text and "examples/" not in text
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/events.csv").text)))
    assert all(row["source"] and "/" not in row["source"].replace("://", "") for row in rows)


@pytest.mark.parametrize("params", [{"contested": "true"}, {"type": "Battles"}, {"start": "2024-06-01"}])
def test_exports_follow_the_filters(client: TestClient, params: dict[str, str]) -> None:
    matching = client.get("/api/events", params={**params, "limit": 5000}).json()
    everything = client.get("/api/events", params={"limit": 5000}).json()["total"]
    assert 0 < matching["total"] < everything, params
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/events.csv", params=params).text)))
    assert len(rows) == matching["total"]
    assert {r["event_id_cnty"].split("-", 1)[1] for r in rows} == {e["event_id"] for e in matching["events"]}
    lines = client.get("/api/export/events.jsonl", params=params).text.splitlines()
    assert len(lines) == matching["total"]
    located = sum(e["location"] is not None for e in matching["events"])
    assert len(client.get("/api/events.geojson", params=params).json()["features"]) == located


def test_compression_and_caching(client: TestClient) -> None:
    layer = client.get("/static/countries.topojson", headers={"Accept-Encoding": "gzip"})
    assert layer.headers["content-encoding"] == "gzip" and layer.headers["content-type"] == "application/json"
    assert "max-age" in layer.headers["cache-control"] and layer.headers.get("etag")
    assert len(layer.content) < 400_000  # the world layer covers the region, not the globe
    assert client.get("/api/stats").headers["cache-control"] == "no-cache"


def test_api_docs_are_served_from_the_package(client: TestClient) -> None:
    import re

    for path in ("/docs", "/redoc"):
        page = client.get(path)
        assert page.status_code == 200 and "http" not in page.text.replace("http-equiv", "")
        assets = re.findall(r'(?:src|href)="(static/[^"]+)"', page.text)
        assert assets and all(client.get("/" + a).status_code == 200 for a in assets)
        assert "script-src 'self';" in page.headers["content-security-policy"]


def test_event_detail_documents_claims_and_stats(client: TestClient) -> None:
    events = client.get("/api/events", params={"contested": "true", "limit": 5000}).json()["events"]
    assert events, "the examples contain contested events"
    detail = client.get(f"/api/events/{events[0]['event_id']}").json()
    assert detail["event"]["contested"] and detail["claims"]
    document = detail["documents"][0]
    for evidence in detail["event"]["evidence"]:
        if evidence["doc_id"] == document["doc_id"]:
            assert document["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    assert client.get(f"/api/documents/{document['doc_id']}").json()["doc_id"] == document["doc_id"]
    stats = client.get("/api/stats").json()
    assert stats["events"] == sum(stats["by_type"].values())


def test_exports_load_in_standard_tools(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/events.csv").text)))
    assert rows and {"event_id_cnty", "event_date", "latitude", "longitude", "fatalities"} <= set(rows[0])
    assert all(re.fullmatch(r"[A-Z]{3}-\S+", row["event_id_cnty"]) for row in rows), "one id scheme"
    assert "Ukraine" in {row["country"] for row in rows} and all(len(row["country"]) != 2 for row in rows)
    collection = client.get("/api/events.geojson").json()
    assert collection["type"] == "FeatureCollection"
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    lines = client.get("/api/export/events.jsonl").text.splitlines()
    assert all(json.loads(line)["event_id"] for line in lines)


def test_openapi_and_security_headers(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.") and "/api/events" in schema["paths"]
    response = client.get("/api/stats")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in response.headers
    assert client.post("/api/events").status_code == 405  # read-only


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(ledger_db: str) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(ledger_db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


def test_api_over_a_real_socket(server: str) -> None:
    stats = httpx.get(f"{server}/api/stats", timeout=10).json()
    assert stats["events"] > 0
    assert httpx.get(f"{server}/", timeout=10).status_code == 200


def test_export_cli_writes_csv_and_geojson(ledger_db: str, tmp_path: Path) -> None:
    report = api.export(ledger_db, tmp_path, csv=True, geojson=True)
    assert report.events > 0
    import pandas

    frame = pandas.read_csv(tmp_path / "events.csv")
    assert len(frame) == report.events
    assert frame["latitude"].between(-90, 90).all() and frame["fatalities"].dtype.kind == "i"
    collection = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert len(collection["features"]) == report.events


INJECTIONS = [
    "' OR 1=1 --", '"; DROP TABLE events; --', "<script>alert(1)</script>", "%", "_", "\\", "\x00", "../../etc/passwd",
    "Robert'); DELETE FROM documents;--", "' UNION SELECT * FROM claims --", "{\"$ne\": null}", "🔥" * 50,
]  # fmt: skip


@pytest.mark.parametrize("value", INJECTIONS)
def test_hostile_filter_values_are_refused_or_harmless(client: TestClient, value: str) -> None:
    before = client.get("/api/stats").json()
    for name in ("q", "actor", "type", "verification", "start", "end", "bbox", "contested", "limit", "offset"):
        response = client.get("/api/events", params={name: value})
        assert response.status_code in (200, 422), (name, value, response.status_code)
        if response.status_code == 200 and name in ("q", "actor", "type"):
            assert response.json()["total"] == 0
    assert client.get("/api/events/" + quote(value, safe="")).status_code in (404, 422)
    assert client.get("/api/claims", params={"event_id": value}).status_code in (404, 422)
    assert client.get("/api/stats").json() == before


def test_ingest_needs_the_token(ledger_db: str, tmp_path: Path) -> None:
    import shutil

    db = str(tmp_path / "copy.db")
    shutil.copy(ledger_db, db)
    article = {"id": "posted-1", "text": "A Russian drone hit an apartment block in Kharkiv on Tuesday, injuring four "
               "people, the regional governor said.", "published": "2024-06-12"}  # fmt: skip
    read_only = TestClient(create_app(db, token=""))
    assert read_only.post("/api/ingest", json={"articles": [article]}).status_code == 403
    guarded = TestClient(create_app(db, token="s3cret-token"))
    assert guarded.post("/api/ingest", json={"articles": [article]}).status_code == 401
    wrong = {"Authorization": "Bearer s3cret-tokem"}
    assert guarded.post("/api/ingest", json={"articles": [article]}, headers=wrong).status_code == 401
    right = {"Authorization": "Bearer s3cret-token"}
    response = guarded.post("/api/ingest", json={"articles": [article]}, headers=right)
    assert response.status_code == 202 and response.json()["stored"] == 1, response.json()
    assert guarded.get("/api/events", params={"q": "Kharkiv", "limit": 5000}).json()["total"] >= 1
    assert guarded.post("/api/ingest", json={"articles": []}, headers=right).status_code == 422
    huge = {"articles": [{"id": "x", "text": "a" * 3_000_000}]}
    assert guarded.post("/api/ingest", json=huge, headers=right).status_code == 413
