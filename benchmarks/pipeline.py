"""Pipeline benchmark: from raw page text to stored, linked events, stage by stage.

Generates N synthetic articles with benchmarks/corpus.py, then for each one: cleans the
page (cleaning), reads its events (events stage: sentences, time, actors, events), and
stores the article and links its mentions into a fresh Store (one transaction per 50
articles, as `summitry ingest` does). Single process, so the rates are per core.

Prints articles/s, sentences/s, the time of each stage, and peak memory (ru_maxrss).
Then, if ../shared/corpus/seeds and ../shared/corpus/dev exist, the same on the 5 seed
articles and on the 44 development articles (real news from some 40 outlets) repeated, for
realistic text. Each run reports the dependency parser's share of the time and CPU seconds
beside wall-clock ones (the machine may be shared). Parses are not reused across repeats.

    python benchmarks/pipeline.py            # 2,000 synthetic articles
    python benchmarks/pipeline.py -n 500 --seed-repeats 40 --dev-repeats 5
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from summitry.events import extract_events, syntax  # noqa: E402
from summitry.events.article import article_sentences  # noqa: E402
from summitry.linking import link  # noqa: E402
from summitry.model import Article, RawDocument  # noqa: E402
from summitry.pipeline import to_article  # noqa: E402
from summitry.store import Store  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
DEV = SEEDS.parent / "dev"


class _TimedModel:
    """The spaCy pipeline with the time spent in it counted (the parser's share)."""

    seconds = 0.0

    def __init__(self, model) -> None:
        self.model = model

    def __call__(self, *args, **kw):
        t0 = time.perf_counter()
        try:
            return self.model(*args, **kw)
        finally:
            _TimedModel.seconds += time.perf_counter() - t0

    def pipe(self, *args, **kw):
        t0 = time.perf_counter()
        docs = list(self.model.pipe(*args, **kw))
        _TimedModel.seconds += time.perf_counter() - t0
        return iter(docs)


def _time_the_parser() -> None:
    real = syntax._pipeline

    def timed():
        model, disable = real()
        return _TimedModel(model), disable

    syntax._pipeline = timed
BATCH = 50


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def run(label: str, raws: list[RawDocument], db: Path, unique=None) -> None:
    """Clean, extract, link+store every raw document; print the rates and the split."""
    t_clean = t_extract = t_link = 0.0
    n_sent = n_mentions = n_failed = 0
    _TimedModel.seconds = 0.0
    cpu0 = time.process_time()
    pending: list[tuple[Article, list]] = []
    with Store(db) as store:
        def flush() -> float:
            t0 = time.perf_counter()
            with store.transaction():
                for art, mentions in pending:
                    if store.add_article(art):
                        link(store, mentions)
            pending.clear()
            return time.perf_counter() - t0

        total0 = time.perf_counter()
        for i, raw in enumerate(raws):
            t0 = time.perf_counter()
            art = to_article(raw)
            t1 = time.perf_counter()
            t_clean += t1 - t0
            if not isinstance(art, Article):
                n_failed += 1
                continue
            if unique:
                art = unique(art, i)
            syntax._DOCS.clear()  # repeated texts are parsed again, as new articles would be
            mentions = extract_events(art)
            t_extract += time.perf_counter() - t1
            n_sent += len(article_sentences(art)[1])  # not timed: re-splits the text
            n_mentions += len(mentions)
            pending.append((art, mentions))
            if len(pending) >= BATCH:
                t_link += flush()
        if pending:
            t_link += flush()
        total = t_clean + t_extract + t_link
        wall = time.perf_counter() - total0
        cpu = time.process_time() - cpu0
        events = store.count_events()
        n = len(raws) - n_failed
    print(f"{label}: {len(raws):,} articles ({n_failed} failed), {n_sent:,} sentences, "
          f"{n_mentions:,} event mentions -> {events:,} events")
    print(f"  total     {total:8.2f} s  {n / total:8.1f} articles/s  {n_sent / total:9.1f} sentences/s"
          f"  (wall {wall:.2f} s incl. sentence counting)")
    print(f"  CPU       {cpu:8.2f} s  {n / cpu:8.1f} articles/s per core (CPU time, incl. sentence counting)")
    for name, t in (("clean", t_clean), ("extract", t_extract), ("  parser", _TimedModel.seconds),
                    ("link+store", t_link)):
        print(f"  {name:10}{t:8.2f} s  {100 * t / total:5.1f} %  {1000 * t / max(1, n):7.2f} ms/article")
    print(f"  peak RSS so far: {peak_rss_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="synthetic articles (default 2,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seed-repeats", type=int, default=100,
                        help="how many times the 5 seed articles are repeated (default 100)")
    parser.add_argument("--dev-repeats", type=int, default=10,
                        help="how many times the 44 development articles are repeated (default 10)")
    args = parser.parse_args()
    _time_the_parser()

    t0 = time.perf_counter()
    raws = [RawDocument(origin=a.file_name, content=a.page, format="text", url=a.url)
            for a in corpus.articles(args.n, args.seed)]
    print(f"generated {args.n:,} synthetic articles ({sum(len(r.content) for r in raws) / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t0:.1f} s; peak RSS {peak_rss_mb():.0f} MB before the run")
    with tempfile.TemporaryDirectory(prefix="summitry-bench-") as tmp:
        run("synthetic", raws, Path(tmp) / "synthetic.db")

        if SEEDS.is_dir():
            files = sorted(SEEDS.glob("*.txt"))
            seed_raws = [RawDocument(origin=f.name, content=f.read_text(encoding="utf-8"), format="text")
                         for f in files] * args.seed_repeats

            def unique(art: Article, i: int) -> Article:
                # the same text repeated: a distinct id per copy so every copy is stored and linked
                return replace(art, id=f"{art.id[:10]}{i:06d}")

            run(f"seeds ({len(files)} x {args.seed_repeats})", seed_raws, Path(tmp) / "seeds.db", unique)
        else:
            print(f"seed articles not found at {SEEDS}; skipped the realistic-text run")
        if DEV.is_dir():
            files = sorted(DEV.glob("[0-9]*.txt"))
            dev_raws = [RawDocument(origin=f.name, content=f.read_text(encoding="utf-8"), format="text")
                        for f in files] * args.dev_repeats
            run(f"dev ({len(files)} x {args.dev_repeats})", dev_raws, Path(tmp) / "dev.db",
                lambda art, i: replace(art, id=f"{art.id[:10]}{i:06d}"))
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
