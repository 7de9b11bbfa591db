"""Cluster benchmark: generated articles through `summitry cluster ingest`'s code, time by
stage, the cost curve of linking, whether a partitioned reduce would give the same records,
and from those the projected hours and machines for 10 million articles.

    python benchmarks/cluster.py -n 5000                 # the cluster path, 2 local workers
    python benchmarks/cluster.py -n 0 --link 3334 33334  # linking alone: ~10k and ~100k mentions
    python benchmarks/cluster.py -n 0 --partition 20000  # partitioned reduce vs one pass

The cluster run writes the articles as JSON Lines shards (--shards files), maps them on a
LocalCluster of --workers processes (one thread each), reduces them in this process and
writes the Parquet tables. The linking curve reuses benchmarks/linking.py (synthetic
mentions, about 3 per article).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import linking  # noqa: E402

from summitry.distributed import cluster_ingest  # noqa: E402
from summitry.export import event_record  # noqa: E402
from summitry.linking import link  # noqa: E402
from summitry.store import Store  # noqa: E402

TARGET = 10_000_000  # articles in the projection


def run_cluster(n: int, shards: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="summitry-cluster-") as tmp:
        folder = Path(tmp, "in")
        folder.mkdir()
        files = [open(folder / f"part-{i:03d}.jsonl", "w", encoding="utf-8") for i in range(shards)]
        for i, art in enumerate(corpus.articles(n)):
            files[i % shards].write(json.dumps(corpus.jsonl_record(art)) + "\n")
        for fh in files:
            fh.close()
        os.environ["SUMMITRY_MAX_BYTES"] = str(1 << 30)
        start = time.perf_counter()
        result = cluster_ingest([str(folder)], str(Path(tmp, "c.db")), workers=workers, parquet=str(Path(tmp, "pq")))
        wall = time.perf_counter() - start
    r = result.ingest
    s = result.seconds
    print(f"cluster ingest: {n:,} generated articles in {shards} JSON Lines shards, {workers} workers: "
          f"{wall:.1f} s, {n / wall:.1f} articles/s; stored {r.stored:,}, {r.events:,} mentions linked, "
          f"{len(r.failures)} failed")
    print("  by stage: " + ", ".join(f"{k} {v:.1f} s" for k, v in s.items())
          + f"; map {n / s['map']:.1f} articles/s ({1000 * s['map'] * workers / n:.0f} worker-ms/article), "
          f"reduce {n / s['reduce']:.0f} articles/s ({1000 * s['reduce'] / n:.1f} ms/article)")
    print(f"  parquet rows: {result.tables}")
    return {"n": n, "workers": workers, "mentions": r.events, **s}


def link_curve(sizes: list[int]) -> list[dict]:
    counter = linking.Counter()
    counter.install()
    return [linking.bench(n, counter, 0, 900.0) for n in sizes]


def _components(items: list) -> dict[int, int]:
    """Mention index -> component: mentions sharing a country or a series are joined."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tokens = []
    for _, mentions in items:
        for m in mentions:
            toks = sorted(set(m.countries)) + ([f"series:{m.series}"] if m.series else [])
            for t in toks[1:]:
                parent[find(t)] = find(toks[0])
            tokens.append(toks)
    roots: dict[str, int] = {}
    out = {}
    for i, toks in enumerate(tokens):
        out[i] = roots.setdefault(find(toks[0]), len(roots)) if toks else -1 - i  # no party: alone
    return out


def _records(stores: list[Store]) -> list[str]:
    out = []
    for store in stores:
        out.extend(json.dumps(event_record(e), sort_keys=True) for e in store.events_with_evidence())
    return sorted(out)


def partition_check(n: int, by_year: bool) -> None:
    """Link n synthetic articles once in one pass and once per partition; compare the events."""
    items = list(linking.generate(n))
    comp = _components(items)
    parts: dict[tuple, list] = {}
    index = 0
    for art, mentions in items:
        mine: dict[tuple, list] = {}  # an article's mentions in one partition are linked together
        for m in mentions:
            mine.setdefault((comp[index], art.published.year if by_year else 0), []).append(m)
            index += 1
        for key, group in mine.items():
            parts.setdefault(key, []).append((art, group))
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp, "one.db")) as one:
            start = time.perf_counter()
            with one.transaction():
                for art, mentions in items:
                    one.add_article(art)
                    link(one, mentions)
            single = time.perf_counter() - start
            stores, largest = [], 0
            start = time.perf_counter()
            for key, rows in parts.items():
                store = Store(Path(tmp, f"p{len(stores)}.db"))
                with store.transaction():
                    for art, group in rows:
                        store.add_article(art)
                        link(store, group)
                stores.append(store)
                largest = max(largest, sum(len(group) for _, group in rows))
            parted = time.perf_counter() - start
            a, b = _records([one]), _records(stores)
            for store in stores:
                store.close()
    same = len(set(a) & set(b))
    label = "country groups x publication year" if by_year else "country groups"
    print(f"partitioned reduce by {label}: {len(parts):,} partitions, the largest holds {largest:,} of "
          f"{index:,} mentions ({100 * largest / index:.0f} %); one pass {single:.1f} s, partitions {parted:.1f} s "
          f"(in sequence); events one pass {len(a):,}, partitioned {len(b):,}, identical records {same:,}: "
          f"{'SAME' if a == b else 'DIFFERENT'}")


def project(cluster: dict, curve: list[dict]) -> None:
    """Hours and machines for TARGET articles from the measured rates."""
    per_article = cluster["map"] * cluster["workers"] / cluster["n"]  # worker-seconds per article
    mentions_per_article = cluster["mentions"] / cluster["n"]
    big = curve[-1]
    growth = (big["us"] / curve[0]["us"]) if len(curve) > 1 else 1.0  # per 10x more mentions
    decades = max(0.0, __import__("math").log10(TARGET * mentions_per_article / big["mentions"]))
    us = big["us"] * growth ** decades
    store_ms = 1000 * cluster["reduce"] / cluster["n"] - mentions_per_article * curve[0]["us"] / 1000
    reduce_h = TARGET * (mentions_per_article * us / 1e6 + max(0.0, store_ms) / 1000) / 3600
    map_core_h = TARGET * per_article / 3600
    print(f"projection for {TARGET:,} articles ({mentions_per_article:.1f} mentions/article): map "
          f"{map_core_h:,.0f} core-hours ({per_article * 1000:.0f} ms/article/core); reduce one writer "
          f"{reduce_h:,.1f} h ({us:.0f} us/mention extrapolated, x{growth:.2f} per 10x mentions)")
    for machines in (1, 4, 16, 64):
        print(f"  {machines:3d} machine(s) x 16 cores: map {map_core_h / (16 * machines):7.1f} h, "
              f"then reduce {reduce_h:.1f} h")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=5_000, help="articles through the cluster path (0: skip)")
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--link", type=int, nargs="*", default=[3_334, 33_334],
                        help="articles per linking run (about 3 mentions each)")
    parser.add_argument("--partition", type=int, default=0, help="articles for the partitioned-reduce check")
    args = parser.parse_args()
    cluster = run_cluster(args.n, args.shards, args.workers) if args.n else None
    curve = link_curve(args.link) if args.link else []
    if args.partition:
        partition_check(args.partition, by_year=False)
        partition_check(args.partition, by_year=True)
    if cluster and curve:
        project(cluster, curve)


if __name__ == "__main__":
    main()
