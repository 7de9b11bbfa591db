"""Ingest on a Dask cluster, in stages that a local ingest also runs, with the same records.

    shards.py   input: JSON Lines and WARC files, local or on any fsspec path, one task each
    mapper.py   map: clean and read events per article (any worker), one Parquet shard per file
    codec.py    the model dataclasses as Parquet columns (JSON) and back
    reducer.py  reduce: one writer links every mention, sorted by publication time then
                article id, and stores them (pipeline.store_reads, as a local ingest does)
    tables.py   output: Parquet tables (articles, events, participants, evidence) from the store
    run.py      the driver: a LocalCluster or a scheduler address, the stages, their timings
"""

from .run import ClusterReport, cluster_ingest

__all__ = ["ClusterReport", "cluster_ingest"]
