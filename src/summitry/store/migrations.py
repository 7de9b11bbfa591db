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
]
