"""Map side: one shard's articles cleaned and read, written as one Parquet file sorted as
the reduce side links them (publication time, then article id)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from ..config import settings
from ..model import Failure, RawDocument
from ..pipeline import CHUNK, Read, read_articles
from .codec import article_json, mentions_json
from .shards import documents

SCHEMA = pa.schema([
    ("when", pa.string()),  # publication time, sortable ("~" when unknown: linked last)
    ("article_id", pa.string()),
    ("shard", pa.int32()),
    ("seq", pa.int32()),  # place in the shard
    ("origin", pa.string()),
    ("article", pa.string()),  # codec.article_json, or null for a failure
    ("mentions", pa.string()),  # codec.mentions_json, or null when reading events failed
    ("failure", pa.string()),  # why the article (or its events) could not be read
])
UNDATED = "~"


def sort_key(row: dict) -> tuple:
    """The reduce side's order: failures first, then by publication time, article id, input place."""
    return (row["article"] is not None, row["when"] or "", row["article_id"] or "", row["shard"], row["seq"])


def _read(docs: Iterator[RawDocument | Failure]) -> Iterator[Read | Failure]:
    """What reading each document gave, read in chunks as an ingest reads them."""
    while chunk := list(islice(docs, CHUNK)):
        reads = iter(read_articles([raw for raw in chunk if not isinstance(raw, Failure)]))
        yield from (raw if isinstance(raw, Failure) else next(reads) for raw in chunk)


def map_shard(path: str, shard: int, out: str) -> dict[str, int]:
    """Clean and read every document of the shard at path; write out (a Parquet file, any
    fsspec path). Runs on any worker: the language model is loaded once per process."""
    rows = []
    for seq, read in enumerate(_read(documents(path, settings()))):
        row = {"when": None, "article_id": None, "shard": shard, "seq": seq, "article": None,
               "mentions": None, "failure": None}
        if isinstance(read, Failure):
            row.update(origin=read.origin, failure=read.reason)
        else:
            a = read.article
            row.update(origin=a.origin, article_id=a.id, article=article_json(a),
                       when=a.published.strftime("%Y-%m-%dT%H:%M:%S.%f") if a.published else UNDATED)
            if isinstance(read.mentions, Failure):
                row["failure"] = read.mentions.reason
            else:
                row["mentions"] = mentions_json(read.mentions or [])
        rows.append(row)
    rows.sort(key=sort_key)
    with fsspec.open(out, "wb") as fh:
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), fh)
    return {"documents": len(rows), "failures": sum(r["article"] is None for r in rows)}
