"""Output: the store's records as Parquet tables (articles, events, participants, evidence),
for DuckDB, Spark SQL or pandas; written in row groups, so memory holds one group."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from ..export import article_record, event_record
from ..store import Store

_S, _I, _LS = pa.string(), pa.int64(), pa.list_(pa.string())
SCHEMAS = {
    "articles": pa.schema([("id", _S), ("file", _S), ("url", _S), ("title", _S), ("published", _S),
                           ("timezone", _S), ("source", _S), ("byline", _S), ("dateline", _S), ("text", _S),
                           ("captions", _LS), ("warnings", _LS)]),
    "events": pa.schema([("id", _S), ("type", _S), ("mode", _S), ("kind", _S), ("title", _S), ("format", _S),
                         ("series", _S), ("ordinal", _I), ("countries", _LS), ("date", _S), ("place", _S),
                         ("place_country", _S), ("status", _S)]),
    "participants": pa.schema([("event_id", _S), ("name", _S), ("role", _S), ("country", _S), ("org", _S)]),
    "evidence": pa.schema([("event_id", _S), ("article", _S), ("sentence", _S), ("start", _I), ("end", _I)]),
}
_GROUP = 10_000


def _event_rows(store: Store) -> Iterator[tuple[str, dict]]:
    for e in store.events_with_evidence():
        rec = event_record(e)
        location = rec.pop("location") or {}
        people, evidence = rec.pop("participants"), rec.pop("evidence")
        yield "events", {**rec, "place": location.get("place"), "place_country": location.get("country")}
        for p in people:
            yield "participants", {"event_id": e.id, **p}
        for x in evidence:
            yield "evidence", {"event_id": e.id, **x}


def _write(path: str, schema: pa.Schema, rows: Iterable[dict]) -> int:
    count = 0
    rows = iter(rows)
    with fsspec.open(path, "wb") as fh, pq.ParquetWriter(fh, schema) as out:
        while group := list(islice(rows, _GROUP)):
            out.write_table(pa.Table.from_pylist(group, schema=schema))
            count += len(group)
        if not count:
            out.write_table(schema.empty_table())
    return count


def write_tables(store: Store, folder: str) -> dict[str, int]:
    """articles.parquet, events.parquet, participants.parquet and evidence.parquet in folder
    (any fsspec path); returns the rows written per table."""
    fs, root = fsspec.core.url_to_fs(folder)
    fs.makedirs(root, exist_ok=True)
    counts = {"articles": _write(f"{folder}/articles.parquet", SCHEMAS["articles"],
                                 map(article_record, store.articles()))}
    for table in ("events", "participants", "evidence"):  # one streaming pass over the events each
        rows = (row for kind, row in _event_rows(store) if kind == table)
        counts[table] = _write(f"{folder}/{table}.parquet", SCHEMAS[table], rows)
    return counts
