"""Linking benchmark: does the cost per mention stay flat as the store grows?

Generates synthetic EventMentions (no text: random pairs from 40 countries, dates over 10
years, participants from a pool, 3 mentions per article on average, about half of them
re-reporting an event reported in the previous weeks) for N articles, and links them into
a fresh Store with summitry.linking.link, one transaction per 500 articles.

Store.candidate_ids is wrapped to count how many candidate events each lookup returns: blocking by parties and month should keep that number, and the time per mention,
flat as the store grows (not growing with the number of stored events). Linking is order
invariant: a report arriving before reports published earlier makes later mentions be
decided again; "decisions/mention" counts them (1.00: none decided again).

    python benchmarks/linking.py                 # 10,000 then 100,000 articles
    python benchmarks/linking.py --sizes 10000 30000
    python benchmarks/linking.py --sizes 10000 --order shuffled   # shuffled within 100 articles
    python benchmarks/linking.py --sizes 3000 --order reverse
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from summitry.linking import link
from summitry.linking import linker
from summitry.model import Article, EventMention, Evidence, Location, Person
from summitry.store import Store

COUNTRIES = ["USA", "CHN", "JPN", "KOR", "PRK", "RUS", "GBR", "FRA", "DEU", "ITA", "CAN", "AUS", "IND", "IDN",
             "VNM", "PHL", "SGP", "THA", "MYS", "BRA", "MEX", "ARG", "TUR", "EGY", "SAU", "IRN", "ISR", "UKR",
             "POL", "ESP", "NLD", "SWE", "NOR", "ZAF", "NGA", "KEN", "PAK", "BGD", "NZL", "MNG"]
CAPITALS = {c: f"{c.title()} City" for c in COUNTRIES}
KINDS = [("meeting", None), ("meeting", None), ("visit", "visit"), ("call", "phone")]
ROLES = ["Foreign Minister", "Defense Minister", "President", "Prime Minister"]
START = date(2014, 1, 1)
DAYS = 3650  # ten years
TXN = 500  # articles per transaction


class Counter:
    """Wraps Store.candidate_ids (calls, candidate events returned) and the linker's decisions."""

    def __init__(self) -> None:
        self.calls = 0
        self.returned = 0
        self.decisions = 0
        self.original = Store.candidate_ids
        self.choose = linker._Region.choose

    def install(self) -> None:
        counter = self

        def candidates(store, keys, patterns=()):
            found = counter.original(store, keys, patterns)
            counter.calls += 1
            counter.returned += len(found)
            return found

        def choose(region, ck):
            counter.decisions += 1
            return counter.choose(region, ck)

        Store.candidate_ids = candidates
        linker._Region.choose = choose

    def reset(self) -> tuple[int, int]:
        out = (self.calls, self.returned)
        self.calls = self.returned = 0
        return out


def people_pool(rng: random.Random) -> dict[str, list[Person]]:
    """Ten officials per country."""
    return {c: [Person(f"Official{i} {c.title()}son", rng.choice(ROLES), c) for i in range(10)] for c in COUNTRIES}


def generate(n_articles: int, seed: int = 0):
    """Yield (Article, [EventMention]) for n articles in publication order."""
    rng = random.Random(seed)
    pool = people_pool(rng)
    recent: list[tuple] = []  # (pair, day, kind, mode, people, place) of events reported lately
    for i in range(n_articles):
        published = datetime.combine(START, datetime.min.time()) + timedelta(minutes=int(i * DAYS * 1440 / n_articles))
        pub_day = published.date()
        art_id = f"bench{i:09d}"
        art = Article(id=art_id, origin=f"bench/{i}.txt", title=f"Article {i}", paragraphs=["(synthetic)"],
                      published=published, published_precision="minute", source="Bench")
        mentions = []
        for k in range(rng.choice((1, 2, 3, 3, 4, 5))):  # 3 on average
            if recent and rng.random() < 0.5:  # another report of an event reported in the past weeks
                pair, day, kind, mode, people, place = rng.choice(recent)
            else:
                pair = tuple(rng.sample(COUNTRIES, 2))
                day = pub_day + timedelta(days=rng.randint(-10, 20))
                kind, mode = rng.choice(KINDS)
                people = [rng.choice(pool[pair[0]]), rng.choice(pool[pair[1]])]
                place = Location(CAPITALS[pair[1]], pair[1]) if rng.random() < 0.7 else None
                recent.append((pair, day, kind, mode, people, place))
                if len(recent) > 300:
                    recent.pop(0)
            status = "scheduled" if day > pub_day else "held"
            dated = rng.random()
            value = None if dated < 0.15 else f"{day:%Y-%m}" if dated < 0.3 else day.isoformat()
            shown = people if rng.random() < 0.6 else people[:1] if rng.random() < 0.5 else []
            mentions.append(EventMention(
                article=art_id, published=published, type="CONSULT", kind=kind, status=status, mode=mode,
                countries=list(pair), participants=list(shown), date=value, location=place, trigger=kind,
                evidence=[Evidence(art_id, f"Sentence {k} of article {i}.", 40 * k, 40 * k + 30)],
            ))
        yield art, mentions


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def arrange(items: list, order: str, seed: int) -> list:
    """Arrival order: by publication, shuffled within runs of 100 articles, or reversed."""
    if order == "reverse":
        return items[::-1]
    if order == "shuffled":
        rng = random.Random(seed)
        out = []
        for start in range(0, len(items), 100):
            run = items[start:start + 100]
            rng.shuffle(run)
            out += run
        return out
    return items


def bench(n: int, counter: Counter, seed: int, limit_s: float, order: str = "publication") -> dict:
    counter.reset()
    counter.decisions = 0
    with tempfile.TemporaryDirectory(prefix="summitry-linkbench-") as tmp, Store(Path(tmp) / "link.db") as store:
        items = arrange(list(generate(n, seed)), order, seed)
        total_mentions = sum(len(m) for _, m in items)
        print(f"\n{n:,} articles, {total_mentions:,} mentions, arriving in {order} order")
        link_time = cpu_time = 0.0
        done_articles = done_mentions = 0
        chunk = max(TXN, n // 10 // TXN * TXN)
        chunk_time, chunk_mentions = 0.0, 0
        chunk_calls0, chunk_ret0 = 0, 0
        calls_total = returned_total = 0
        for start in range(0, n, TXN):
            batch = items[start:start + TXN]
            t0, c0 = time.perf_counter(), time.process_time()
            with store.transaction():
                for art, mentions in batch:
                    store.add_article(art)
                    link(store, mentions)
            dt = time.perf_counter() - t0
            link_time += dt
            cpu_time += time.process_time() - c0
            chunk_time += dt
            m = sum(len(x) for _, x in batch)
            done_articles += len(batch)
            done_mentions += m
            chunk_mentions += m
            calls, returned = counter.reset()
            calls_total += calls
            returned_total += returned
            chunk_calls0 += calls
            chunk_ret0 += returned
            if done_articles % chunk == 0 or done_articles == n:
                print(f"  at {done_articles:7,} articles, {store.count_events():7,} events stored: "
                      f"{1e6 * chunk_time / chunk_mentions:7.0f} us/mention, "
                      f"{chunk_ret0 / max(1, chunk_calls0):5.2f} candidates/lookup")
                chunk_time, chunk_mentions, chunk_calls0, chunk_ret0 = 0.0, 0, 0, 0
            if link_time > limit_s:
                print(f"  stopped after {limit_s:.0f} s of linking (time limit)")
                break
        events = store.count_events()
    result = {
        "articles": done_articles, "mentions": done_mentions, "events": events, "time": link_time,
        "rate": done_mentions / link_time, "candidates": returned_total / max(1, calls_total),
        "us": 1e6 * link_time / done_mentions,
    }
    print(f"  total linking {link_time:.1f} s ({cpu_time:.1f} s CPU, {1e6 * cpu_time / done_mentions:.0f} us CPU/mention), "
          f"{result['rate']:,.0f} mentions/s ({result['us']:.0f} us/mention), "
          f"{result['candidates']:.2f} candidate events per lookup, {counter.decisions / done_mentions:.2f} "
          f"decisions/mention, {events:,} events; "
          f"peak RSS {peak_rss_mb():.0f} MB")
    if done_articles < n:
        print(f"  extrapolated to {n:,} articles: {link_time * n / done_articles:.0f} s at a flat rate")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=float, default=600.0, help="stop a run after this many seconds of linking")
    parser.add_argument("--order", choices=["publication", "shuffled", "reverse"], default="publication")
    args = parser.parse_args()
    counter = Counter()
    counter.install()
    results = [bench(n, counter, args.seed, args.limit, args.order) for n in args.sizes]
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(f"\n{a['articles']:,} -> {b['articles']:,} articles ({b['events'] / max(1, a['events']):.1f}x events): "
              f"time per mention x{b['us'] / a['us']:.2f}, candidates per mention "
              f"{a['candidates']:.2f} -> {b['candidates']:.2f}")


if __name__ == "__main__":
    main()
