"""The Python API: summitry.extract on one article, summitry.open on a store, typed
records, and DataFrames / Arrow tables."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from importlib import resources
from pathlib import Path

import pytest

import summitry
from summitry.api import ArticleRecord, EventRecord, Records, SeriesRecord

TEXT = """Chinese minister to visit Seoul

Chinese Foreign Minister Wang Yi will visit Seoul next Tuesday for talks with South Korean officials on trade.

North Korea warned South Korea on Thursday against further military drills near the border.

Officials on both sides said the agenda was still being drafted."""


@pytest.fixture(scope="module")
def extracted() -> Records:
    return summitry.extract(TEXT, published=datetime(2023, 5, 12, 9, 0), url="https://example.org/story")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.db"
    with resources.as_file(resources.files("summitry").joinpath("samples")) as folder:
        database = summitry.open(path)
        report = database.ingest([folder])
    assert report.stored == 8 and not report.failures, report
    yield database
    database.close()


def test_extract_returns_full_event_records_without_a_store(extracted):
    assert all(isinstance(e, EventRecord) for e in extracted)
    visit = next(e for e in extracted if e.kind == "visit")
    assert (visit.type, visit.status, visit.mode) == ("CONSULT", "scheduled", "visit")
    assert visit.date == "2023-05-16" and visit.countries == ("CHN", "KOR")
    assert visit.location.place == "Seoul" and visit.location.geonameid == 1835848
    assert visit.participants[0].name == "Wang Yi" and visit.reports == 1
    assert visit.evidence[0].sentence.startswith("Chinese Foreign Minister Wang Yi will visit Seoul")
    threat = next(e for e in extracted if e.type == "THREATEN")
    assert threat.date == "2023-05-11" and threat.countries == ("PRK", "KOR")


def test_records_are_frozen(extracted):
    with pytest.raises(dataclasses.FrozenInstanceError):
        extracted[0].status = "held"


def test_extract_takes_a_published_string_too():
    events = summitry.extract(TEXT, published="2023-05-12T09:00")
    assert {e.date for e in events} == {"2023-05-16", "2023-05-11"}


def test_extract_refuses_a_text_that_is_no_article():
    with pytest.raises(ValueError):
        summitry.extract("")


def test_extracted_records_as_dataframe(extracted):
    df = extracted.to_pandas()
    assert len(df) == 3 and {"event_id", "plover_type", "date_start", "countries", "geonameid"} <= set(df.columns)
    assert sorted(df["kind"]) == ["meeting", "statement", "visit"]  # the visit and the talks it is for
    assert set(df["plover_type"]) == {"AGREE", "THREATEN"}  # the future visit and talks are AGREE in PLOVER


def test_db_events_articles_series(db):
    events = db.events()
    assert events and all(isinstance(e, EventRecord) for e in events)
    assert all(e.evidence for e in events)
    articles = db.articles()
    assert len(articles) == 8 and isinstance(articles[0], ArticleRecord) and articles[0].text
    series = db.series()
    assert series and all(isinstance(s, SeriesRecord) for s in series)
    assert any(e.series == series[0].name for e in events)


def test_db_event_by_id(db):
    first = db.events(limit=1)[0]
    again = db.event(first.id)
    assert again.id == first.id and again.evidence == first.evidence
    assert db.event("ev-000000000000") is None


def test_db_events_filters(db):
    everything = db.events()
    jpn = db.events(country="JPN")
    assert jpn and all("JPN" in e.countries for e in jpn) and len(jpn) < len(everything)
    assert all({"USA", "JPN"} <= set(e.countries) for e in db.events(country=["USA", "JPN"]))
    held = db.events(status="held")
    assert held and all(e.status == "held" for e in held)
    assert db.events(since="2100") == []
    named = everything[0].series or next(e.series for e in everything if e.series)
    assert all(e.series == named for e in db.events(series=named))
    assert [e.id for e in db.events(limit=2, offset=1)] == [e.id for e in everything[1:3]]


def test_db_events_text_search(db):
    everything = db.events()
    word = everything[0].evidence[0].sentence.split()[2]
    found = db.events(text=word.upper())
    assert everything[0].id in {e.id for e in found}
    assert all(word.lower() in " ".join([e.title] + [x.sentence for x in e.evidence]
                                        + [p.name for p in e.participants] + [e.series or ""]
                                        + [e.location.place or "" if e.location else ""]).lower() for e in found)
    assert db.events(text="zzzz-not-a-word") == []
    assert db.events(text=word, limit=1, offset=0) == found[:1]


def test_db_events_bad_filter_names_what_is_accepted(db):
    with pytest.raises(ValueError, match="proposed"):
        db.events(status="finished")


def test_db_tables_to_arrow_and_pandas(db):
    table = db.events().to_arrow()
    assert table.schema.field("date_start").type.__str__() == "date32[day]"
    assert table.num_rows == len(db.events())
    articles = db.articles().to_pandas()
    assert {"id", "title", "published", "text"} <= set(articles.columns)
    assert list(db.series().to_pandas().columns) == ["name", "countries", "first_date", "last_date", "events"]


def test_open_refuses_a_missing_store_when_not_creating(tmp_path):
    from summitry.store import StoreError

    with pytest.raises(StoreError):
        summitry.open(tmp_path / "missing.db", create=False)


def test_docstring_examples_run():
    import doctest

    import summitry.api

    for module in (summitry, summitry.api):
        assert doctest.testmod(module).failed == 0


def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    first, second = capsys.readouterr().out.splitlines()
    assert first.startswith("CONSULT scheduled 2024-03-29 ('JPN', 'KOR')")
    assert int(second.split()[0]) > 0 and (tmp_path / "quickstart.db").exists()


def test_a_missing_analysis_library_says_how_to_install_it(extracted, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # as if not installed
    with pytest.raises(ImportError, match=r"summitry\[analysis\]"):
        extracted.to_pandas()


def test_a_record_as_plover(extracted):
    import jsonschema

    from summitry.export import plover_schema

    visit = next(e for e in extracted if e.kind == "visit").plover()
    jsonschema.validate(visit, plover_schema())
    assert visit["event"] == ["AGREE"] and visit["aux_mode"] == "future"
    assert [a["code"] for a in visit["actor"]] == ["CHN"] and [a["code"] for a in visit["recipient"]] == ["KOR"]
