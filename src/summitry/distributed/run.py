"""The driver: shards mapped on a Dask cluster, reduced by the one writer, tables written."""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Failure
from ..pipeline import IngestReport
from ..store import Store
from .mapper import map_shard
from .reducer import reduce_shards
from .shards import shards
from .tables import write_tables


@dataclass
class ClusterReport:
    """What a cluster ingest did, and the seconds each stage took."""

    ingest: IngestReport
    shards: int = 0
    documents: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # start, map, reduce, tables
    tables: dict[str, int] = field(default_factory=dict)  # rows per Parquet table


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[object]:
    """A client of the scheduler at that address, or of a LocalCluster of `workers` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def cluster_ingest(names: list[str], db: str, workers: int = 2, parquet: str | None = None,
                   scheduler: str | None = None, work: str | None = None) -> ClusterReport:
    """Ingest the JSON Lines and WARC files named into the store at db, cleaning and reading
    articles on the cluster (one task per file) and linking them here, in publication order.
    work is where the map side writes its Parquet shards (a path every worker and this
    process reach, e.g. s3://...; default: a temporary folder, right for a LocalCluster);
    parquet, if given, is a folder for the output tables."""
    found = shards(names)
    paths = [x for x in found if isinstance(x, str)]
    with tempfile.TemporaryDirectory(prefix="summitry-map-") as tmp:
        folder = work or tmp
        if work is None or "://" not in work:
            Path(folder).mkdir(parents=True, exist_ok=True)
        outs = [f"{folder}/map-{i:05d}.parquet" for i in range(len(paths))]
        seconds: dict[str, float] = {}
        start = time.perf_counter()
        with _client(scheduler, workers) as client:
            seconds["start"] = time.perf_counter() - start
            start = time.perf_counter()
            counts = client.gather(client.map(map_shard, paths, range(len(paths)), outs, pure=False))
            seconds["map"] = time.perf_counter() - start
        start = time.perf_counter()
        with Store(db) as store:
            report = reduce_shards(store, outs)
            seconds["reduce"] = time.perf_counter() - start
            start = time.perf_counter()
            tables = write_tables(store, parquet) if parquet else {}
            seconds["tables"] = time.perf_counter() - start
    report.failures[:0] = [x for x in found if isinstance(x, Failure)]
    return ClusterReport(report, len(paths), sum(c["documents"] for c in counts), seconds, tables)
