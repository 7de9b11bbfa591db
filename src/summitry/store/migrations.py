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
]
