"""The store's schema, as an ordered list of migrations (PRAGMA user_version counts them)."""

MIGRATIONS: list[str] = [
    # 1: articles
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        file TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        published_precision TEXT,
        timezone TEXT,
        source TEXT,
        byline TEXT,
        dateline TEXT,
        paragraphs TEXT NOT NULL,  -- JSON list
        captions TEXT NOT NULL,    -- JSON list
        warnings TEXT NOT NULL,    -- JSON list
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_published ON articles(published);
    """,
    # 2: events, the mentions that report them, their evidence, and the blocking index
    """
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        title TEXT NOT NULL,
        mode TEXT,
        format TEXT,
        series TEXT,
        ordinal INTEGER,
        countries TEXT NOT NULL,     -- JSON list of ISO3
        participants TEXT NOT NULL,  -- JSON list of {name, role, country}
        date TEXT,
        date_start TEXT,
        date_end TEXT,
        place TEXT,
        place_country TEXT,
        named_series TEXT,         -- a series name the text gives (else series is derived)
        reports INTEGER NOT NULL,
        first_reported TEXT,
        last_reported TEXT,
        status_reported TEXT       -- publication time of the report that set the status; NULL: inferred
    );
    CREATE INDEX events_date ON events(date_start, date_end);
    CREATE INDEX events_series ON events(series);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
        article_id TEXT NOT NULL REFERENCES articles(id),
        published TEXT,
        type TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        mode TEXT,
        format TEXT,
        series TEXT,
        ordinal INTEGER,
        countries TEXT NOT NULL,
        participants TEXT NOT NULL,
        date TEXT,
        place TEXT,
        place_country TEXT,
        trigger TEXT NOT NULL
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE evidence (
        mention_id INTEGER NOT NULL REFERENCES mentions(id),
        article_id TEXT NOT NULL,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    );
    CREATE INDEX evidence_mention ON evidence(mention_id);
    CREATE TABLE series (
        name TEXT PRIMARY KEY,
        countries TEXT NOT NULL,   -- JSON list of ISO3
        first_date TEXT,           -- the earliest event of the series known
        last_date TEXT,
        events INTEGER NOT NULL
    );
    CREATE TABLE event_keys (
        key TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (key, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_keys_event ON event_keys(event_id);
    """,
    # 3: what `summitry watch` remembers: each feed's validators, every page it has read
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE seen_pages (
        url TEXT PRIMARY KEY,
        article_id TEXT,            -- the content hash (articles.id) of what the page held; NULL: none
        outcome TEXT NOT NULL,      -- stored, duplicate, no-article or failed (events could not be read)
        seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX seen_pages_article ON seen_pages(article_id);
    """,
    # 4: free-text search (FTS5) over event titles with their evidence sentences and over
    # articles (title, body and captions), keyed by the rowid of the row indexed and kept up to
    # date by triggers (an event's evidence may be stored after the event row); built from the
    # rows already stored when an older store is migrated.
    # (Statements inside a trigger end with "; " on one line: scripts are split on ";" + newline.)
    """
    CREATE VIRTUAL TABLE event_text USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE TRIGGER event_text_replace BEFORE INSERT ON events BEGIN
        DELETE FROM event_text WHERE rowid = (SELECT rowid FROM events WHERE id = new.id); END;
    CREATE TRIGGER event_text_insert AFTER INSERT ON events BEGIN
        INSERT INTO event_text (rowid, title, body) VALUES (new.rowid, new.title, (SELECT group_concat(x.sentence, char(10)) FROM mentions m JOIN evidence x ON x.mention_id = m.id WHERE m.event_id = new.id)); END;
    CREATE TRIGGER event_text_evidence AFTER INSERT ON evidence BEGIN
        DELETE FROM event_text WHERE rowid = (SELECT e.rowid FROM events e JOIN mentions m ON m.event_id = e.id WHERE m.id = new.mention_id); INSERT INTO event_text (rowid, title, body) SELECT e.rowid, e.title, (SELECT group_concat(x.sentence, char(10)) FROM mentions m2 JOIN evidence x ON x.mention_id = m2.id WHERE m2.event_id = e.id) FROM events e JOIN mentions m ON m.event_id = e.id WHERE m.id = new.mention_id; END;
    CREATE TRIGGER event_text_delete AFTER DELETE ON events BEGIN
        DELETE FROM event_text WHERE rowid = old.rowid; END;
    CREATE TRIGGER article_text_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_text (rowid, title, body) VALUES (new.rowid, coalesce(new.title, ''), (SELECT group_concat(value, char(10)) FROM (SELECT value FROM json_each(new.paragraphs) UNION ALL SELECT value FROM json_each(new.captions)))); END;
    CREATE TRIGGER article_text_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_text WHERE rowid = old.rowid; END;
    INSERT INTO event_text (rowid, title, body)
        SELECT rowid, title, (SELECT group_concat(x.sentence, char(10)) FROM mentions m JOIN evidence x ON x.mention_id = m.id WHERE m.event_id = events.id) FROM events;
    INSERT INTO article_text (rowid, title, body)
        SELECT rowid, coalesce(title, ''), (SELECT group_concat(value, char(10)) FROM (SELECT value FROM json_each(articles.paragraphs) UNION ALL SELECT value FROM json_each(articles.captions))) FROM articles;
    """,
]
