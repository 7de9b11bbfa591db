"""Reduce side: every shard's rows merged in link order and stored by the one writer."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator

import fsspec
import pyarrow.parquet as pq

from ..model import Failure
from ..pipeline import IngestReport, Read, Writer
from ..store import Store
from .codec import article_from, mentions_from
from .mapper import sort_key


def _rows(path: str) -> Iterator[dict]:
    with fsspec.open(path, "rb") as fh:
        for batch in pq.ParquetFile(fh).iter_batches(batch_size=1000):
            yield from batch.to_pylist()


def merged(paths: list[str]) -> Iterator[dict]:
    """The rows of all shards in link order: a streaming k-way merge (each shard is sorted)."""
    return heapq.merge(*(_rows(p) for p in paths), key=sort_key)


def to_item(row: dict) -> Read | Failure:
    """A Parquet row as the writer's input."""
    if row["article"] is None:
        return Failure(row["origin"], row["failure"])
    article = article_from(row["article"])
    if row["mentions"] is None:
        return Read(article, Failure(row["origin"], row["failure"]))
    return Read(article, mentions_from(row["mentions"]))


def reduce_shards(store: Store, paths: list[str], batch_size: int = 500,
                  on_wait: Callable[[float], None] | None = None) -> IngestReport:
    """Link and store every article of the shards, in publication order (then article id), as
    one sequential pass: the same writer, batches and savepoints as a local ingest."""
    writer = Writer(store, batch_size, on_wait)
    for row in merged(paths):
        writer.take(to_item(row))
    return writer.flush()
