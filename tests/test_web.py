"""The web app's JSON API and pages, in-process (FastAPI's TestClient), over a store of the
bundled sample articles plus one hostile article whose text carries markup and scripts."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from importlib import resources
from pathlib import Path

import pytest

from fastapi.testclient import TestClient

from summitry.config import settings
from summitry.interfaces.web.app import create_app
from summitry.interfaces.web.data import evidence_span, highlight
from summitry.pipeline import ingest
from summitry.sources import plan
from summitry.store import Store
from summitry.store.migrations import MIGRATIONS
from summitry.store.search import match_expression

# Written for these tests: every tag and handler in it must reach the page as text.
HOSTILE = """Leaders to meet in Wellington <script>document.title = "pwned"</script>

WELLINGTON, May 3 (Test Wire) -- New Zealand Prime Minister Ana Rewi will meet Australian Prime Minister Tom Hale in Wellington on Friday <script>window.__pwned = 1; document.title = "pwned";</script> for talks on trade, officials said.

The two leaders <img src=x onerror="window.__pwned = 2"> will also discuss <b>fisheries</b> and shipping, the statement said.
"""
_BUILT: dict[str, Path] = {}


def sample_store() -> Path:
    """A store of the bundled samples and the hostile article, built once per test process."""
    if "db" not in _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="summitry-web-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)  # shared by the test modules: removed at exit
        (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
        db = folder / "web.db"
        with Store(db) as store:
            samples = str(resources.files("summitry") / "samples")
            report = ingest(store, plan([samples, str(folder / "hostile.txt")]), settings())
        assert not report.failures
        _BUILT["db"] = db
    return _BUILT["db"]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(str(sample_store())))


@pytest.fixture(scope="module")
def hostile_event(client) -> dict:
    found = client.get("/api/events", params={"q": "Rewi Hale"}).json()["events"]
    assert len(found) == 1
    return client.get(f"/api/events/{found[0]['id']}").json()


def test_events_are_listed_with_total_and_paging(client):
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == len(everything["events"]) > 5
    page = client.get("/api/events", params={"limit": 3, "offset": 2}).json()
    assert page["total"] == everything["total"]
    assert [e["id"] for e in page["events"]] == [e["id"] for e in everything["events"][2:5]]


def test_event_filters(client):
    held = client.get("/api/events", params={"status": "held", "limit": 500}).json()["events"]
    assert held and all(e["status"] == "held" for e in held)
    japan = client.get("/api/events", params={"country": "JPN", "limit": 500}).json()["events"]
    assert japan and all("JPN" in e["countries"] for e in japan)
    both = client.get("/api/events", params=[("country", "JPN"), ("country", "USA")]).json()["events"]
    assert both and all({"JPN", "USA"} <= set(e["countries"]) for e in both) and len(both) <= len(japan)
    g7 = client.get("/api/events", params={"series": "g7"}).json()["events"]
    assert g7 and all(e["series"] == "G7 summit" for e in g7)
    consult = client.get("/api/events", params={"type": "consult"}).json()["events"]
    assert consult and all(e["type"] == "CONSULT" for e in consult)
    in_2021 = client.get("/api/events", params={"since": "2021", "until": "2021"}).json()["events"]
    assert in_2021 and all(e["date"] and "2021" in e["date"] for e in in_2021)


def test_free_text_matches_titles_and_evidence_with_stems(client):
    found = client.get("/api/events", params={"q": "Quad"}).json()["events"]
    assert found and any((e["place"] or {}).get("name") == "Tokyo" for e in found)
    # "summits" finds "summit" (porter stemming) and a word only in the evidence counts too
    assert client.get("/api/events", params={"q": "summits"}).json()["total"] > 0
    assert client.get("/api/events", params={"q": "fisheries"}).json()["total"] == 0  # not in the evidence
    assert client.get("/api/events", params={"q": "trade Wellington"}).json()["total"] == 1


def test_free_text_is_never_read_as_query_syntax():
    assert match_expression('quad" OR NEAR(* ') == '"quad" "or" "near"*'
    assert match_expression("  -- ") is None


def test_bad_filter_values_are_422_with_the_reason(client):
    r = client.get("/api/events", params={"since": "last week"})
    assert r.status_code == 422 and "not a date" in r.json()["detail"]
    assert client.get("/api/events", params={"status": "rumoured"}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"q": '"(*'}).status_code == 200


def test_one_event_has_its_reports_evidence_and_coordinates(client):
    tokyo = client.get("/api/events", params={"q": "Quad", "status": "held"}).json()["events"][0]
    record = client.get(f"/api/events/{tokyo['id']}").json()
    assert record["place"]["name"] == "Tokyo" and record["place"]["geonameid"] and record["place"]["lat"] > 30
    assert record["mentions"] and all(m["evidence"] for m in record["mentions"])
    article = client.get(f"/api/articles/{record['mentions'][0]['article']}").json()
    x = record["mentions"][0]["evidence"][0]
    assert article["text"][x["start"]:x["end"]] == x["sentence"]


def test_unknown_ids_are_404(client):
    assert client.get("/api/events/ev-000000000000").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/series/No Such Summit").status_code == 404
    assert client.get("/events/ev-000000000000").status_code == 404
    assert client.get("/articles/nope").status_code == 404


def test_series_with_instances(client):
    names = [s["name"] for s in client.get("/api/series").json()["series"]]
    assert "G7 summit" in names
    g7 = client.get("/api/series/G7 summit").json()
    assert g7["events"] == len(g7["instances"]) >= 2
    dates = [e["date"] for e in g7["instances"] if e["date"]]
    assert dates == sorted(dates)
    assert "G7 summit" in client.get("/series/G7 summit").text


def test_articles_paged_and_one_article_with_its_events(client):
    listing = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert listing["total"] == 9 and len(listing["articles"]) == 2
    one = client.get(f"/api/articles/{listing['articles'][0]['id']}").json()
    assert one["paragraphs"] and "text" in one and isinstance(one["events"], list)


def test_article_list_page_is_paged(client, monkeypatch):
    import summitry.interfaces.web.pages as pages

    monkeypatch.setattr(pages, "ARTICLES_PER_PAGE", 4)
    first = client.get("/articles").text
    assert first.count('<a href="/articles/') == 4 and 'href="?offset=4"' in first
    last = client.get("/articles", params={"offset": 8}).text
    assert last.count('<a href="/articles/') == 1 and "next" not in last and 'href="?offset=4"' in last


def test_search_finds_events_and_articles(client):
    found = client.get("/api/search", params={"q": "tokyo"}).json()
    assert found["events"] and found["articles"]
    assert all("id" in a and "snippet" in a for a in found["articles"])
    assert client.get("/api/search", params={"q": "!!"}).json() == {"q": "!!", "events": [], "articles": []}


def test_openapi_describes_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/series", "/api/series/{name}", "/api/articles",
            "/api/articles/{article_id}", "/api/search"} <= set(paths)
    assert not any(p.startswith("/events") for p in paths)  # pages stay out of the API description


def test_pages_load_only_local_scripts_and_styles(client):
    for url in ("/", "/map", "/series", "/articles"):
        page = client.get(url)
        assert page.status_code == 200
        assert "http://" not in page.text and "https://" not in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/docs").status_code == 404  # FastAPI's docs page loads from a CDN


def test_hostile_article_text_is_escaped_on_every_page(client, hostile_event):
    article_id = hostile_event["mentions"][0]["article"]
    assert "<script>" in hostile_event["mentions"][0]["evidence"][0]["sentence"]  # stored as written
    for url in (f"/events/{hostile_event['id']}", f"/articles/{article_id}", "/articles"):
        html = client.get(url).text
        assert "<script>window" not in html and "<script>document" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html
    html = client.get(f"/articles/{article_id}").text
    assert "&lt;b&gt;fisheries&lt;/b&gt;" in html and "&lt;img src=x onerror=" in html
    assert html.count("<script") == 0  # the article page has no script at all


def test_evidence_is_highlighted_in_the_article_text(client, hostile_event):
    html = client.get(f"/events/{hostile_event['id']}").text
    assert "<mark>New Zealand Prime Minister Ana Rewi will meet" in html


def test_highlight_merges_and_clips_spans():
    assert highlight("abcdef", [(1, 3), (2, 4), (5, 99)]) == [("a", False), ("bcd", True), ("e", False), ("f", True)]
    assert highlight("abc", []) == [("abc", False)]


def test_evidence_whose_offsets_miss_its_sentence_is_found_in_the_text():
    text = "They met. Later the two leaders met again in Rome."
    clause_only = {"sentence": "Later the two leaders met again in Rome.", "start": 31, "end": 34}
    assert evidence_span(text, clause_only) == (10, len(text))
    exact = {"sentence": "They met.", "start": 0, "end": 9}
    assert evidence_span(text, exact) == (0, 9)
    assert evidence_span(text, {"sentence": "Not there.", "start": 5, "end": 8}) == (5, 8)


def test_store_is_opened_read_only(tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(sample_store(), db)
    app = create_app(str(db))
    before = db.stat().st_mtime_ns
    with TestClient(app) as c:
        assert c.get("/api/events").status_code == 200
    with Store(db, create=False, readonly=True) as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM events")
    assert db.stat().st_mtime_ns == before


def test_store_made_before_the_search_index_is_searched_by_substring(tmp_path):
    """A read-only server cannot migrate: the old store is searched with a plain match; the
    next write open (an ingest) adds the index and fills it from the stored rows."""
    db = tmp_path / "old.db"
    shutil.copy(sample_store(), db)
    raw = sqlite3.connect(db)
    raw.executescript("DROP TABLE event_text; DROP TABLE article_text; DROP TRIGGER IF EXISTS event_text_replace;"
                      "DROP TRIGGER IF EXISTS event_text_insert; DROP TRIGGER IF EXISTS event_text_delete;"
                      "DROP TRIGGER IF EXISTS event_text_evidence;"
                      "DROP TRIGGER IF EXISTS article_text_insert; DROP TRIGGER IF EXISTS article_text_delete;"
                      f"PRAGMA user_version={len(MIGRATIONS) - 1};")
    raw.close()
    with TestClient(create_app(str(db))) as c:
        assert c.get("/api/events", params={"q": "trade wellington"}).json()["total"] == 1
        assert c.get("/api/search", params={"q": "wellington"}).json()["articles"]
    with Store(db) as store:  # a write open migrates
        assert store.schema_version == len(MIGRATIONS)
        assert store.db.execute("SELECT count(*) FROM event_text WHERE event_text MATCH 'wellington'").fetchone()[0] == 1


def test_index_follows_a_replaced_event(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.db.execute("INSERT INTO events (id, type, kind, status, title, countries, participants, reports) "
                         "VALUES ('e1', 'CONSULT', 'meeting', 'held', 'Talks in Oslo', '[]', '[]', 1)")
        store.db.execute("INSERT OR REPLACE INTO events (id, type, kind, status, title, countries, participants, "
                         "reports) VALUES ('e1', 'CONSULT', 'meeting', 'held', 'Talks in Bergen', '[]', '[]', 2)")
        hits = lambda word: store.db.execute(  # noqa: E731
            "SELECT count(*) FROM event_text WHERE event_text MATCH ?", (word,)).fetchone()[0]
        assert (hits("oslo"), hits("bergen")) == (0, 1)


def test_serve_refuses_a_missing_store_in_one_line(run_cli, tmp_path):
    result = run_cli("serve", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no store at" in result.stderr
