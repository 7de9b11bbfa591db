"""Pipeline benchmark: from raw page text to stored, linked events, stage by stage.

Generates N synthetic articles with benchmarks/corpus.py, then, in chunks of articles as
`summitry ingest` reads them (pipeline.read_articles): cleans the pages (cleaning), parses
the chunk's sentences to parse in one batch and reads each article's events (events stage:
sentences, time, actors, events), and stores the articles and links their mentions into a
fresh Store (one transaction per 50 articles, as `summitry ingest` does). Single process,
so the rates are per core.

Prints articles/s, sentences/s, the time of each stage, and peak memory (ru_maxrss).
Then, if ../shared/corpus/seeds and ../shared/corpus/dev exist, the same on the 5 seed
articles and on the 44 development articles (real news from some 40 outlets) repeated, for
realistic text. The start-up (loading the spaCy pipeline and the lexicons, once per
process) is done and reported before the runs. Each run reports CPU seconds beside
wall-clock ones (the machine may be shared) and the CPU share of the spaCy passes: the
dependency parse of events and the NER pass of actors. Nothing remembered of a
sentence's text (parses, splits, names, places) is reused across repeats.

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

from summitry import language  # noqa: E402
from summitry.actors import people, places  # noqa: E402
from summitry.events import extract_events, syntax, triggers  # noqa: E402
from summitry.events.article import article_sentences, prepare_articles  # noqa: E402
from summitry.language import sentences  # noqa: E402
from summitry.linking import link  # noqa: E402
from summitry.model import Article, RawDocument  # noqa: E402
from summitry.pipeline import CHUNK, to_article  # noqa: E402
from summitry.store import Store  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
DEV = SEEDS.parent / "dev"


class _TimedModel:
    """The spaCy pipeline with the CPU time spent in it counted under a name."""

    seconds: dict[str, float] = {}

    def __init__(self, model, name: str) -> None:
        self.model, self.name = model, name

    def __getattr__(self, attr):
        return getattr(self.model, attr)

    def _count(self, t0: float) -> None:
        _TimedModel.seconds[self.name] = _TimedModel.seconds.get(self.name, 0.0) + time.process_time() - t0

    def __call__(self, *args, **kw):
        t0 = time.process_time()
        try:
            return self.model(*args, **kw)
        finally:
            self._count(t0)

    def pipe(self, *args, **kw):
        t0 = time.process_time()
        docs = list(self.model.pipe(*args, **kw))
        self._count(t0)
        return iter(docs)


def _time_the_models() -> None:
    """Count the CPU time of the parse (events/syntax.py) and of the NER pass (actors)."""
    real_pipeline, real_nlp = syntax._pipeline, language.nlp

    def timed_pipeline():
        model, disable = real_pipeline()
        return _TimedModel(model, "parser"), disable

    syntax._pipeline = timed_pipeline
    language.nlp = lambda *a, **kw: _TimedModel(real_nlp(*a, **kw), "NER")


BATCH = 50


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def run(label: str, raws: list[RawDocument], db: Path, unique=None) -> None:
    """Clean, extract, link+store every raw document; print the rates and the split."""
    t_clean = t_extract = t_link = 0.0
    n_sent = n_mentions = n_failed = 0
    _TimedModel.seconds = {}
    cpu_counting = 0.0  # CPU of counting sentences (not part of the pipeline), left out
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
        for first in range(0, len(raws), CHUNK):  # read in chunks as `summitry ingest` does (read_articles)
            t0 = time.perf_counter()
            arts = []
            for i, raw in enumerate(raws[first : first + CHUNK], first):
                art = to_article(raw)
                if not isinstance(art, Article):
                    n_failed += 1
                    continue
                arts.append(unique(art, i) if unique else art)
            t1 = time.perf_counter()
            t_clean += t1 - t0
            # repeated texts are parsed and split again, as new articles would be: what is
            # remembered of a sentence's text is forgotten
            syntax._DOCS.clear()
            sentences._SPLITS.clear()
            triggers.names_event.cache_clear()
            triggers.shared_triggers.cache_clear()
            places._find_places.cache_clear()
            people._name_runs.cache_clear()
            if len(arts) > 1:
                prepare_articles(arts)
            t_extract += time.perf_counter() - t1
            for art in arts:
                t1 = time.perf_counter()
                mentions = extract_events(art)
                t_extract += time.perf_counter() - t1
                c0 = time.process_time()
                n_sent += len(article_sentences(art)[1])  # not part of the pipeline
                cpu_counting += time.process_time() - c0
                n_mentions += len(mentions)
                pending.append((art, mentions))
                if len(pending) >= BATCH:
                    t_link += flush()
        if pending:
            t_link += flush()
        total = t_clean + t_extract + t_link
        wall = time.perf_counter() - total0
        cpu = time.process_time() - cpu0 - cpu_counting
        events = store.count_events()
        n = len(raws) - n_failed
    print(f"{label}: {len(raws):,} articles ({n_failed} failed), {n_sent:,} sentences, "
          f"{n_mentions:,} event mentions -> {events:,} events")
    print(f"  CPU       {cpu:8.2f} s  {n / cpu:8.1f} articles/s per core  {n_sent / cpu:9.1f} sentences/s"
          f"  (CPU time, sentence counting left out)")
    for name in ("parser", "NER"):
        t = _TimedModel.seconds.get(name, 0.0)
        print(f"    {name:8}{t:8.2f} s  {100 * t / cpu:5.1f} % of CPU  {1000 * t / max(1, n):7.2f} ms/article")
    print(f"  wall      {total:8.2f} s  {n / total:8.1f} articles/s  (the machine may be shared)")
    for name, t in (("clean", t_clean), ("extract", t_extract), ("link+store", t_link)):
        print(f"    {name:10}{t:6.2f} s  {100 * t / total:5.1f} % of wall  {1000 * t / max(1, n):7.2f} ms/article")
    print(f"  peak RSS so far: {peak_rss_mb():.0f} MB")


def start_up(seed: int) -> None:
    """Load the spaCy pipeline and the lexicons (one article off the run) and report it."""
    c0, t0 = time.process_time(), time.perf_counter()
    art = to_article(RawDocument(origin="warm-up", content=corpus.make_article(10**6, seed).page, format="text"))
    if isinstance(art, Article):
        extract_events(art)
    print(f"start-up (spaCy pipeline and lexicons, once per process): {time.process_time() - c0:.2f} s CPU, "
          f"{time.perf_counter() - t0:.2f} s wall; peak RSS {peak_rss_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="synthetic articles (default 2,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seed-repeats", type=int, default=100,
                        help="how many times the 5 seed articles are repeated (default 100)")
    parser.add_argument("--dev-repeats", type=int, default=10,
                        help="how many times the 44 development articles are repeated (default 10)")
    args = parser.parse_args()
    _time_the_models()

    t0 = time.perf_counter()
    raws = [RawDocument(origin=a.file_name, content=a.page, format="text", url=a.url)
            for a in corpus.articles(args.n, args.seed)]
    print(f"generated {args.n:,} synthetic articles ({sum(len(r.content) for r in raws) / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t0:.1f} s; peak RSS {peak_rss_mb():.0f} MB before the run")
    start_up(args.seed)
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
