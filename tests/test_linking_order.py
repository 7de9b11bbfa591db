"""Order invariance: the stored records are the same whatever order the articles are
ingested in, and whatever the batch size (a property test over random orders).

The mentions of each article are extracted once per module; only the linking step is
repeated for each order, into a fresh store, as pipeline.ingest does (one transaction per
batch of articles).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitry.config import settings as app_settings
from summitry.export import event_record
from summitry.linking import link
from summitry.model import Article, EventMention
from summitry.pipeline import to_article, to_mentions
from summitry.sources import plan, read_input
from summitry.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "summitry" / "samples"
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

Corpus = list[tuple[Article, list[EventMention]]]


def read_corpus(paths: list[Path]) -> Corpus:
    """Every article of the files with the mentions extracted from it."""
    s = app_settings()
    out = []
    for item in plan([str(p) for p in paths]):
        for raw in read_input(item, s.max_bytes, s.url_timeout):
            article = to_article(raw)
            if isinstance(article, Article):
                mentions = to_mentions(article)
                out.append((article, mentions if isinstance(mentions, list) else []))
    return out


def records(corpus: Corpus, order: list[int], batch: int) -> list[str]:
    """Link the articles in that order, batch articles per transaction; every stored
    event as its exported record plus the store's own columns, sorted."""
    with tempfile.TemporaryDirectory(prefix="summitry-order-") as tmp, Store(Path(tmp) / "o.db") as store:
        for start in range(0, len(order), batch):
            with store.transaction():
                for i in order[start:start + batch]:
                    article, mentions = corpus[i]
                    if store.add_article(article):
                        link(store, mentions)
        out = []
        for row in store.db.execute("SELECT * FROM events"):
            record = event_record(store.event(row["id"]))
            record["row"] = dict(row)
            out.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
        series = [tuple(r) for r in store.db.execute("SELECT * FROM series ORDER BY name")]
        return sorted(out) + [json.dumps(series)]


@pytest.fixture(scope="module")
def samples() -> tuple[Corpus, list[str]]:
    corpus = read_corpus(sorted(SAMPLES.iterdir()))
    return corpus, records(corpus, list(range(len(corpus))), 50)


@pytest.fixture(scope="module")
def dev() -> tuple[Corpus, list[str]]:
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not here")
    corpus = read_corpus(sorted(p for p in DEV.iterdir() if p.suffix == ".txt"))
    return corpus, records(corpus, list(range(len(corpus))), 50)


orders = st.integers(min_value=0, max_value=2**32 - 1)
batches = st.sampled_from([1, 2, 3, 7, 50])
checks = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _shuffled(n: int, seed: int) -> list[int]:
    import random

    order = list(range(n))
    random.Random(seed).shuffle(order)
    return order


def test_the_samples_give_some_events(samples):
    corpus, expected = samples
    assert len(corpus) >= 7 and len(expected) > 5


@checks
@given(seed=orders, batch=batches)
def test_samples_in_any_order_and_batch_size_give_the_same_records(samples, seed, batch):
    corpus, expected = samples
    assert records(corpus, _shuffled(len(corpus), seed), batch) == expected


def test_samples_in_reverse_order_give_the_same_records(samples):
    corpus, expected = samples
    assert records(corpus, list(range(len(corpus)))[::-1], 1) == expected


@checks
@given(seed=orders, batch=batches)
def test_dev_articles_in_any_order_and_batch_size_give_the_same_records(dev, seed, batch):
    corpus, expected = dev
    assert records(corpus, _shuffled(len(corpus), seed), batch) == expected


def test_dev_articles_in_reverse_order_give_the_same_records(dev):
    corpus, expected = dev
    assert records(corpus, list(range(len(corpus)))[::-1], 1) == expected
