"""Extraction time against article size: one long article of 10 KB, 100 KB and 1 MB.

A long article is built from benchmarks/corpus.py: the page of synthetic article 0 (title,
date line, byline) followed by the body paragraphs of articles 1, 2, ... until the size is
reached, so it reads as one long wire story (a digest, a transcript) with many events.
For each size it times cleaning and event extraction separately and prints the time per
100 KB: flat when extraction is linear, growing when it is not.

    python benchmarks/extract_sizes.py                  # 10 KB, 100 KB, 1 MB
    python benchmarks/extract_sizes.py --sizes 10 100   # sizes in KB
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from summitry.model import RawDocument  # noqa: E402
from summitry.pipeline import to_article, to_mentions  # noqa: E402


def long_article(size: int) -> str:
    """A scraped page of about `size` bytes (UTF-8): one header, many articles' paragraphs."""
    parts = [corpus.make_article(0).page.rstrip("\n")]
    total, i = len(parts[0].encode()), 1
    while total < size:
        blocks = corpus.make_article(i).page.split("\n\n")[1:-1]  # body paragraphs, no page furniture
        for block in blocks:
            parts.append(block)
            total += len(block.encode()) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def measure(size_kb: int) -> tuple[float, float, int, int]:
    """(clean seconds, extract seconds, paragraphs, event mentions) for one article of size_kb."""
    page = long_article(size_kb * 1000)
    start = time.perf_counter()
    article = to_article(RawDocument(f"long-{size_kb}kb.txt", page, "text"))
    cleaned = time.perf_counter()
    if not hasattr(article, "paragraphs"):
        raise SystemExit(f"cleaning failed: {article}")
    mentions = to_mentions(article)
    done = time.perf_counter()
    if not isinstance(mentions, list):
        raise SystemExit(f"extraction failed: {mentions}")
    return cleaned - start, done - cleaned, len(article.paragraphs), len(mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000], help="article sizes in KB")
    args = parser.parse_args()
    to_mentions(to_article(RawDocument("warm-up.txt", corpus.make_article(0).page, "text")))  # load the model
    print(f"{'size':>8} {'paragraphs':>10} {'mentions':>8} {'clean s':>8} {'extract s':>9} {'extract s/100KB':>15}")
    for kb in args.sizes:
        clean_s, extract_s, paragraphs, mentions = measure(kb)
        print(f"{kb:>6}KB {paragraphs:>10} {mentions:>8} {clean_s:>8.2f} {extract_s:>9.2f} "
              f"{extract_s / kb * 100:>15.2f}", flush=True)


if __name__ == "__main__":
    main()
