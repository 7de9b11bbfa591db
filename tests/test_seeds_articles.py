"""The five seed articles in shared/corpus/seeds, checked against shared/gold/seeds.yaml.

Ingested once through the real CLI and exported as JSON Lines, as a user would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from summitry.interfaces.cli import app

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.yaml"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def _gold_articles() -> list[dict]:
    if not GOLD.is_file():
        return []
    return yaml.safe_load(GOLD.read_text("utf-8"))["articles"]


GOLD_ARTICLES = _gold_articles()
FIELDS = ["title", "published", "body_starts", "body_ends", "source", "byline", "dateline"]
CASES = [
    pytest.param(g["file"], f, id=f"{g['file'][:3]}-{f}")
    for g in GOLD_ARTICLES for f in FIELDS
    if f in ("title", "published", "body_starts", "body_ends") or f in g
]


@pytest.fixture(scope="module")
def exported(shared_dir, tmp_path_factory) -> dict[str, dict]:
    """file name -> exported article record, after `summitry ingest seeds/`."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(shared_dir / "corpus" / "seeds"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "stored 5 new article(s), 0 already stored, 0 failed" in result.stderr
    result = runner.invoke(app, ["export", "articles", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {r["file"]: r for r in records}


def test_all_seeds_exported(exported):
    assert sorted(exported) == sorted(g["file"] for g in GOLD_ARTICLES)
    assert len({r["id"] for r in exported.values()}) == len(GOLD_ARTICLES) == 5


@pytest.mark.parametrize(("file", "field"), CASES)
def test_seed_article_field(exported, file, field):
    gold = next(g for g in GOLD_ARTICLES if g["file"] == file)
    record = exported[file]
    if field == "body_starts":
        assert record["text"].startswith(gold["body_starts"]), record["text"][:120]
    elif field == "body_ends":
        assert record["text"].endswith(gold["body_ends"]), record["text"][-120:]
    else:
        assert record[field] == gold[field]


def test_seed_bodies_hold_no_page_furniture(exported):
    furniture = ("Send Feedback", "Link copied", "Send to", "Go to Contents", "Published :", "All News",
                 "Thanks for your feedback")
    for file, record in exported.items():
        for word in furniture:
            assert word not in record["text"], (file, word)
        # Captions are kept apart from the body.
        for caption in record["captions"]:
            assert caption not in record["text"], (file, caption)
