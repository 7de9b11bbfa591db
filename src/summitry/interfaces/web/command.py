"""The `summitry serve` command; FastAPI and uvicorn are imported only when it runs."""

from __future__ import annotations

from typing import Annotated

import typer

from ...config import Settings


def serve(
    db: Annotated[str, typer.Option("--db", envvar="SUMMITRY_DB", help="SQLite store file (env SUMMITRY_DB).")] = Settings.db,
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (0: any free one).")] = 8000,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
) -> None:
    """Serve the store as a web app (timeline, map, events, series, articles) and a JSON API, read-only."""
    from ...store import StoreError

    try:
        import uvicorn

        from .app import create_app

        app = create_app(db)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"summitry: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add the `serve` command to a Typer app."""
    app.command("serve")(serve)
