"""Article-cleaning figures: title, published, body start and body end against a gold file.

Runs only the cleaning stage (sources -> cleaning), not the event pipeline, and scores the
four article fields as rule 6 of ``shared/gold/README.md`` ("Scoring") states them:

- title equal after normalisation (case, accents and punctuation ignored);
- published equal to the gold value at its precision;
- body_starts found at the start of the clean body (a dateline of at most 40 characters
  may stand before it);
- body_ends found at its end (an excerpt cut inside a word may leave up to 12 letters);
- a gold value of null is not scored.

    python benchmarks/articles.py                  # dev and seeds from ../shared
    python benchmarks/articles.py -v               # and every miss
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import yaml

from summitry.cleaning import clean
from summitry.model import Article, Failure
from summitry.sources import Input, read_input

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIELDS = ("title", "published", "body_starts", "body_ends")
_TAIL = re.compile(r"^\s*[^\W\d_]{0,12}$")


def _norm_title(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(c for c in text if c.isalnum() or c.isspace())
    return " ".join(text.lower().split())


def _squash(text: str) -> str:
    return " ".join(text.split())


def field_right(article: Article, gold: dict, field: str) -> bool:
    """True when the article's field agrees with the gold value (rule 6)."""
    want = gold[field]
    if field == "title":
        return article.title is not None and _norm_title(article.title) == _norm_title(want)
    if field == "published":
        got = article.published_iso
        return got is not None and got[: len(str(want))] == str(want) and len(got) >= len(str(want))
    body = _squash(article.text)
    want = _squash(want)
    if field == "body_starts":
        at = body.find(want)
        return 0 <= at <= 40
    at = body.rfind(want)
    return at >= 0 and bool(_TAIL.match(body[at + len(want) :]))


def clean_file(path: Path) -> Article | Failure:
    """The cleaned article of one corpus file."""
    docs = list(read_input(Input(str(path), "file"), max_bytes=10_000_000))
    doc = docs[0]
    if isinstance(doc, Failure):
        return doc
    try:
        return clean(doc)
    except ValueError as exc:
        return Failure(str(path), str(exc))


def score(gold_file: Path, corpus: Path, verbose: bool = False) -> dict[str, tuple[int, int]]:
    """field -> (right, scored) over the articles a gold file lists."""
    articles = yaml.safe_load(gold_file.read_text("utf-8"))["articles"]
    totals = {f: [0, 0] for f in FIELDS}
    for gold in articles:
        article = clean_file(corpus / gold["file"])
        for field in FIELDS:
            if gold.get(field) is None:
                continue
            totals[field][1] += 1
            ok = not isinstance(article, Failure) and field_right(article, gold, field)
            totals[field][0] += ok
            if not ok and verbose:
                got = article.reason if isinstance(article, Failure) else _got(article, field)
                print(f"  {gold['file'][:40]:40} {field:12} want {gold[field]!r}\n{'':55}got  {got!r}")
    return {f: (r, n) for f, (r, n) in totals.items()}


def _got(article: Article, field: str) -> str | None:
    if field == "title":
        return article.title
    if field == "published":
        return article.published_iso
    return article.text[:120] if field == "body_starts" else article.text[-120:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"no shared data at {SHARED}")
    for name, corpus in (("dev", "dev"), ("seeds", "seeds")):
        print(name)
        figures = score(SHARED / "gold" / f"{name}.yaml", SHARED / "corpus" / corpus, args.verbose)
        print("  " + "  ".join(f"{f} {r}/{n} = {r / n:.2f}" for f, (r, n) in figures.items()))


if __name__ == "__main__":
    main()
