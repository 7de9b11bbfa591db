"""CLI command `summitry cluster ingest`: the per-article stages on a Dask cluster."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer
from rich.console import Console

from ..config import Settings
from ..store import StoreError
from .terminal import plain

cluster_app = typer.Typer(no_args_is_help=True, help="Ingest on a Dask cluster (a local one by default).")
err = Console(stderr=True, soft_wrap=True)


@cluster_app.command("ingest")
def cluster_ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(help="JSON Lines and WARC files or folders, local or any fsspec "
                                                     "path (s3://..., gs://...); each file is one task.")],
    db: Annotated[str, typer.Option("--db", envvar="SUMMITRY_DB", help="SQLite store file (env SUMMITRY_DB).")]
    = Settings.db,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes of the local cluster (default: the "
                                         "number of cores).")] = os.cpu_count() or 1,
    parquet: Annotated[Optional[str], typer.Option(help="Folder (any fsspec path) for the Parquet tables "
                                                        "articles, events, participants, evidence.")] = None,
    scheduler: Annotated[Optional[str], typer.Option(help="Address of a running Dask scheduler "
                                                          "(tcp://host:8786) instead of a local cluster.")] = None,
    work: Annotated[Optional[str], typer.Option(help="Where the map side writes its shards: a path the workers "
                                                     "and this process share (default: a temporary folder).")]
    = None,
) -> None:
    """Clean and read articles on the cluster, then link and store them here, in publication
    order; the records equal a local ingest of the same articles. Exit code 1 if any failed."""
    from ..distributed import cluster_ingest

    try:
        result = cluster_ingest(inputs, db, workers, parquet, scheduler, work)
    except StoreError as exc:
        err.print(f"error: {plain(str(exc))}", style="red", markup=False, highlight=False)
        raise typer.Exit(1) from None
    report = result.ingest
    err.print(f"stored {report.stored} new article(s), {report.unchanged} already stored, "
              f"{len(report.failures)} failed; {report.events} event report(s) linked", highlight=False)
    stages = ", ".join(f"{name} {sec:.1f} s" for name, sec in result.seconds.items())
    err.print(f"{result.shards} shard(s), {result.documents} document(s); {stages}", highlight=False)
    if result.tables:
        err.print("parquet: " + ", ".join(f"{t} {n}" for t, n in result.tables.items()), highlight=False)
    for failure in report.failures:
        err.print(f"  failed: {plain(failure.origin)}: {plain(failure.reason)}", style="red", highlight=False,
                  markup=False)
    if report.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the `cluster` command group to a Typer app."""
    app.add_typer(cluster_app, name="cluster")
