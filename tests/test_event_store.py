"""The event tables of the store: migration from schema 1, mentions and evidence, candidates."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from summitry.linking.aggregate import aggregate
from summitry.linking.linker import blocking_keys, lookup_keys
from summitry.model import Article, EventMention, Evidence, Location, Person, content_id
from summitry.store import Store
from summitry.store.migrations import MIGRATIONS


def _article(n: int = 0) -> Article:
    body = f"Officials from both governments prepared the agenda for round {n} of the consultations."
    return Article(id=content_id("T", body), origin=f"a{n}.txt", title="T", paragraphs=[body],
                   published=datetime(2023, 5, 10, 9), published_precision="minute", source="Yonhap")


def _v1_store(path: Path, article: Article) -> None:
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version=1")
    db.execute("INSERT INTO articles (id, origin, title, published, paragraphs, captions, warnings) "
               "VALUES (?,?,?,?,?,?,?)",
               (article.id, article.origin, article.title, "2023-05-10T09:00", json.dumps(article.paragraphs), "[]", "[]"))
    db.commit()
    db.close()


def test_schema_one_store_migrates_to_current_and_keeps_its_articles(tmp_path):
    path = tmp_path / "old.db"
    art = _article()
    _v1_store(path, art)
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 2
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"articles", "events", "mentions", "evidence", "event_keys"} <= tables
        assert store.count_articles() == 1 and store.has_article(art.id)
        assert store.count_events() == 0
    with Store(path) as again:  # opening a current store changes nothing
        assert again.schema_version == len(MIGRATIONS) and again.count_articles() == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=9")
    db.close()
    with pytest.raises(RuntimeError, match="schema version 9"):
        Store(path)


def _mention(article: str, date: str | None, countries=("JPN", "KOR"), **kw) -> EventMention:
    return EventMention(
        article=article, published=datetime(2023, 5, 10, 9, 30), type="CONSULT", kind="meeting", status="scheduled",
        mode=None, format="2+2", countries=list(countries),
        participants=[Person("Park Jin", "Foreign Minister", "KOR"), Person("Yoshimasa Hayashi", None, None)],
        date=date, location=Location("Tokyo", "JPN"), series="Strategic Dialogue", ordinal=3, trigger="talks",
        evidence=[Evidence(article, "First sentence.", 0, 15), Evidence(article, "Second sentence.", 17, 33)], **kw)


def _save(store: Store, eid: str, mentions: list[EventMention], keys: list[str] | None = None) -> None:
    for m in mentions:
        store.add_mention(eid, m)
    e = aggregate(eid, store.mentions_of(eid))
    store.save_event(e, blocking_keys(e) if keys is None else keys)


def test_mentions_and_evidence_round_trip(tmp_path):
    with Store(tmp_path / "s.db") as store:
        art = _article()
        m = _mention(art.id, "2023-05-17/2023-05-18")
        with store.transaction():
            store.add_article(art)
            _save(store, "ev-1", [m], ["JPN+KOR"])
        (back,) = store.mentions_of("ev-1")
        assert back == m
        e = store.event("ev-1")
        assert e.evidence == m.evidence
        assert (e.date, e.location, e.series, e.ordinal, e.format) == ("2023-05-17/2023-05-18", Location("Tokyo", "JPN"),
                                                                        "Strategic Dialogue", 3, "2+2")
        assert e.participants == m.participants
        row = store.db.execute("SELECT date_start, date_end, first_reported, last_reported FROM events").fetchone()
        assert tuple(row) == ("2023-05-17", "2023-05-18", "2023-05-10T09:30", "2023-05-10T09:30")
        assert store.event("ev-none") is None


def test_mention_needs_a_stored_article(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            with store.transaction():
                store.add_mention("ev-1", _mention("not-stored", None))
        assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_candidates_are_the_events_of_the_same_parties_and_months(tmp_path):
    with Store(tmp_path / "s.db") as store:
        art = _article()
        with store.transaction():
            store.add_article(art)
            _save(store, "may", [_mention(art.id, "2023-05-17")])
            _save(store, "june", [_mention(art.id, "2023-06-02")])
            _save(store, "undated", [_mention(art.id, None)])
            _save(store, "other-pair", [replace(_mention(art.id, "2023-05-17", countries=("CHN", "KOR")), series=None)])
            _save(store, "years-ago", [_mention(art.id, "2019-05-17")])
        ids = lambda m: sorted(e.id for e in store.candidates(lookup_keys(m)))  # noqa: E731
        assert ids(_mention(art.id, "2023-05-17")) == ["may", "undated"]
        assert ids(_mention(art.id, "2023-06")) == ["june", "undated"]
        assert ids(_mention(art.id, "2023-05-17", countries=("CHN", "JPN", "KOR"))) == ["may", "other-pair", "undated"]
        assert ids(_mention(art.id, "2019-05")) == ["years-ago"]
        assert ids(replace(_mention(art.id, "2023-05-17", countries=("KOR", "USA")), series=None)) == []
        assert store.candidates([]) == []


def test_save_event_replaces_the_record_and_its_keys(tmp_path):
    with Store(tmp_path / "s.db") as store:
        art = _article()
        with store.transaction():
            store.add_article(art)
            _save(store, "ev", [_mention(art.id, "2023-05")])
            _save(store, "ev", [_mention(art.id, "2023-05-17", countries=("JPN", "KOR", "USA"))])
        assert store.count_events() == 1
        assert store.event("ev").date == "2023-05-17"
        keys = {k for (k,) in store.db.execute("SELECT key FROM event_keys WHERE event_id='ev'")}
        assert keys == {f"{who}|{when}" for who in ("JPN+KOR", "JPN+USA", "KOR+USA", "JPN", "series:Strategic Dialogue")
                        for when in ("2023-05", "wd3")}  # three states meeting in Tokyo: also under the host
        assert [e.id for e in store.candidates(lookup_keys(_mention(art.id, "2023-05-17", countries=("KOR", "USA"))))] == ["ev"]
        assert store.candidates(lookup_keys(_mention(art.id, "2023-08-20"))) == []


def test_a_series_is_recounted_once_at_commit_not_at_every_event_saved(tmp_path):
    from summitry.store import Store
    with Store(tmp_path / "s.db") as store:
        calls = []
        recount = store._recount
        store._recount = lambda name: (calls.append(name), recount(name))
        with store.transaction():
            for _ in range(5):
                store.refresh_series("KIDD")
            assert calls == []  # nothing recounted while the transaction is under way
        assert calls == ["KIDD"]
        store.refresh_series("KIDD")  # outside a transaction: at once
        assert calls == ["KIDD", "KIDD"]


def test_mentions_saved_with_their_event_are_its_own_and_searchable(tmp_path):
    with Store(tmp_path / "s.db") as store:
        art, later = _article(1), _article(2)
        first = _mention(art.id, "2023-05-17")
        second = replace(_mention(later.id, "2023-05-17"), evidence=[Evidence(later.id, "Kelp farming was discussed.", 0, 27)])
        with store.transaction():
            store.add_article(art)
            store.add_article(later)
            store.save_event(aggregate("ev-1", [first]), ["JPN+KOR"], [first])
        with store.transaction():  # a later report appended to the stored event
            store.save_event(aggregate("ev-1", [first, second]), ["JPN+KOR"], [second])
        assert [m.article for m in store.mentions_of("ev-1")] == [art.id, later.id]
        assert store.db.execute("SELECT count(*) FROM mentions WHERE event_id != 'ev-1'").fetchone()[0] == 0
        hits = store.db.execute("SELECT e.id FROM event_text JOIN events e ON e.rowid = event_text.rowid "
                                "WHERE event_text MATCH 'kelp'").fetchall()
        assert [h[0] for h in hits] == ["ev-1"]
        assert store.db.execute("SELECT count(*) FROM event_text").fetchone()[0] == 1
