"""What `summitry watch` remembers: each feed's HTTP validators and every page it has read."""

from __future__ import annotations

from .sqlite import Store


def validators(store: Store, feed_url: str) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified a feed last answered with, (None, None) if never read."""
    row = store.db.execute("SELECT etag, last_modified FROM feeds WHERE url=?", (feed_url,)).fetchone()
    return (row["etag"], row["last_modified"]) if row else (None, None)


def save_validators(store: Store, feed_url: str, etag: str | None, last_modified: str | None) -> None:
    """Remember a feed's validators, to send them back on the next conditional GET."""
    store.db.execute(
        "INSERT OR REPLACE INTO feeds (url, etag, last_modified) VALUES (?,?,?)", (feed_url, etag, last_modified)
    )


def is_seen(store: Store, page_url: str) -> bool:
    """True if the page was read before (whatever it held): it is not fetched again."""
    return store.db.execute("SELECT 1 FROM seen_pages WHERE url=?", (page_url,)).fetchone() is not None


def mark_seen(store: Store, page_url: str, article_id: str | None, outcome: str) -> None:
    """Remember a page: its article's content hash (None when it held no article) and the outcome."""
    store.db.execute(
        "INSERT OR REPLACE INTO seen_pages (url, article_id, outcome) VALUES (?,?,?)", (page_url, article_id, outcome)
    )


def seen_pages(store: Store) -> list[tuple[str, str | None, str]]:
    """Every page read so far: (url, article_id, outcome), by URL."""
    return [tuple(r) for r in store.db.execute("SELECT url, article_id, outcome FROM seen_pages ORDER BY url")]
