"""`summitry watch`: follow RSS/Atom feeds and sitemaps, and ingest each new article once.

The command only; what it does is in watching.py, imported when the command runs, so that
`summitry --help` does not load the pipeline."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..config import settings


def watch_cmd(
    sources: Annotated[list[str], typer.Argument(help="Feed or sitemap URLs, text files of URLs, OPML files.")],
    db: Annotated[str, typer.Option("--db", envvar="SUMMITRY_DB", help="SQLite store file (env SUMMITRY_DB).")]
    = settings().db,
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit (for cron).")] = False,
    interval: Annotated[float, typer.Option(min=0.01, help="Seconds between two passes.")] = 900.0,
    delay: Annotated[float, typer.Option(min=0.0, help="Seconds between two requests to one host.")] = 1.0,
    timeout: Annotated[Optional[float], typer.Option(min=0.01, help="Seconds to wait for a server "
                                                     "(default SUMMITRY_URL_TIMEOUT).")] = None,
) -> None:
    """Follow feeds and sitemaps; ingest each new article once. Ctrl-C stops after the current
    article. With --once, exit code 1 if anything failed."""
    from .watching import logging_to_stderr, run_watch

    with logging_to_stderr():
        failed = run_watch(sources, db, once, interval, delay, timeout)
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the `watch` command to a Typer app."""
    app.command("watch")(watch_cmd)
