"""summitry cluster ingest: the per-article stages on a Dask LocalCluster of 2 worker processes
over JSON Lines and WARC shards give the same records as a local ingest of the same articles."""

from __future__ import annotations

import io
import json
import logging
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from summitry.config import settings
from summitry.distributed import cluster_ingest
from summitry.distributed.codec import article_from, article_json, mentions_from, mentions_json
from summitry.model import RawDocument
from summitry.pipeline import ingest, read_article
from summitry.sources import plan, read_input
from summitry.store import Store
from test_workers import snapshot

SAMPLES = Path(str(resources.files("summitry") / "samples"))

# Two pages of our own writing, as a crawler would have saved them.
PAGES = {
    "https://news.example.org/2025/03/talks.html": """<!doctype html><html><head>
<title>Chile and Peru hold border talks in Lima</title>
<meta property="article:published_time" content="2025-03-12T08:30:00"></head><body><article>
<h1>Chile and Peru hold border talks in Lima</h1>
<p>LIMA - The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss the management
of their shared border and new customs posts, both governments said in a joint statement.</p>
<p>The two ministers agreed to meet again in Santiago in June.</p>
</article></body></html>""",
    "https://news.example.org/2025/03/call.html": """<!doctype html><html><head>
<title>Kenya's president phones Tanzanian leader</title>
<meta property="article:published_time" content="2025-03-14T17:05:00"></head><body><article>
<h1>Kenya's president phones Tanzanian leader</h1>
<p>NAIROBI - Kenya's President spoke by phone with the President of Tanzania on Thursday about
regional trade and the East African rail link, the presidency said.</p>
</article></body></html>""",
}


@pytest.fixture(scope="module")
def scheduler():
    """One LocalCluster of 2 worker processes, one thread each, shared by this module's tests."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def _documents(folder: Path, pattern: str = "*") -> list[RawDocument]:
    docs = []
    for item in plan([str(folder / pattern)]):
        docs.extend(d for d in read_input(item, settings().max_bytes, 10) if isinstance(d, RawDocument))
    return docs


def _record(doc: RawDocument) -> str:
    return json.dumps({"text": doc.content, "url": doc.url, "title": doc.title, "published": doc.published})


def _link_order(docs: list[RawDocument]) -> list[RawDocument]:
    """Documents in the reduce side's order: publication time (undated last), then article id."""
    def key(doc: RawDocument) -> tuple:
        a = read_article(doc, known=lambda _: True).article
        return (a.published is None, a.published.isoformat() if a.published else "", a.id)
    return sorted(docs, key=key)


def _warc(path: Path, pages: dict[str, str]) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages.items():
            head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=head))
        skipped = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example.org/gone", "response",
                                                      payload=io.BytesIO(b"<html>gone</html>"), http_headers=skipped))


def _without_origins(snap: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """A store snapshot without the articles' origin and file name (the shard files differ from
    the reference file): every other column of every table is compared."""
    return {**snap, "articles": sorted((row[0], *row[3:]) for row in snap["articles"])}


def _compare(tmp_path: Path, docs: list[RawDocument], scheduler: str) -> dict:
    """Cluster ingest of the documents as two JSON Lines shards and a WARC, against a local
    ingest of the same articles in one JSON Lines file; returns the cluster run's report."""
    text = [d for d in docs if d.format != "html"]
    html = {d.url or f"https://example.org/{i}": d.content for i, d in enumerate(docs) if d.format == "html"}
    shards = tmp_path / "shards"
    shards.mkdir()
    for i in range(2):
        (shards / f"part-{i}.jsonl").write_text("".join(_record(d) + "\n" for d in text[i::2]), encoding="utf-8")
    _warc(shards / "crawl.warc.gz", {**html, **PAGES})
    result = cluster_ingest([str(shards)], str(tmp_path / "cluster.db"), scheduler=scheduler,
                            parquet=str(tmp_path / "tables"))

    pages = [RawDocument(f"p{i}", page, "html", url=url) for i, (url, page) in enumerate({**html, **PAGES}.items())]
    reference = tmp_path / "reference.jsonl"
    reference.write_text("".join(_record(d) + "\n" for d in _link_order(text + pages)), encoding="utf-8")
    with Store(tmp_path / "local.db") as store:
        local = ingest(store, plan([str(reference)]), settings())

    assert (result.ingest.stored, result.ingest.events) == (local.stored, local.events)
    assert not result.ingest.failures and not local.failures
    assert _without_origins(snapshot(tmp_path / "cluster.db")) == _without_origins(snapshot(tmp_path / "local.db"))
    return result


def test_samples_as_jsonl_and_warc_on_two_workers_equal_a_local_ingest(tmp_path, scheduler):
    result = _compare(tmp_path, _documents(SAMPLES), scheduler)
    assert result.shards == 3 and result.ingest.stored >= 10
    tables = {name: pq.read_table(tmp_path / "tables" / f"{name}.parquet") for name in result.tables}
    with Store(tmp_path / "cluster.db") as store:
        assert tables["events"].num_rows == store.count_events() > 5
        assert set(tables["events"]["id"].to_pylist()) == {e.id for e in store.events()}
        assert tables["articles"].num_rows == store.count_articles()
    assert tables["participants"].num_rows > 0 and tables["evidence"].num_rows >= tables["events"].num_rows
    assert set(tables["evidence"]["event_id"].to_pylist()) <= set(tables["events"]["id"].to_pylist())


def test_seed_and_dev_corpora_on_two_workers_equal_a_local_ingest(tmp_path, scheduler, shared_dir):
    docs = [d for name in ("seeds", "dev") if (shared_dir / "corpus" / name).is_dir()
            for d in _documents(shared_dir / "corpus" / name, "*.txt")]  # the articles, not an index
    result = _compare(tmp_path, docs, scheduler)
    assert result.ingest.stored > 40


def test_codec_round_trip_keeps_every_field():
    for doc in _documents(SAMPLES):
        read = read_article(doc)
        assert article_from(article_json(read.article)) == read.article
        assert mentions_from(mentions_json(read.mentions)) == read.mentions


def test_cluster_command_reports_failures_and_writes_tables(tmp_path, run_cli, scheduler):
    shard = tmp_path / "in.jsonl"
    page = (SAMPLES / "02_quad_tokyo_held.txt").read_text(encoding="utf-8")
    shard.write_text(json.dumps({"text": page}) + "\n{not json\n", encoding="utf-8")
    result = run_cli("cluster", "ingest", shard, "--scheduler", scheduler, "--parquet", tmp_path / "pq")
    assert result.exit_code == 1, result.output
    assert "stored 1 new article(s), 0 already stored, 1 failed" in result.stderr
    assert any(line.startswith(f"failed: {shard}:2: malformed JSON line") for line in result.failed_lines())
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == 1


def test_fsspec_paths_and_warc_records_are_read_as_shards(tmp_path):
    import fsspec

    from summitry.distributed.shards import documents, shards

    fs = fsspec.filesystem("memory")
    fs.pipe("/feeds/a.jsonl", b'{"text": "First line of our own.", "url": "https://example.org/a"}\n\n{bad\n')
    _warc(tmp_path / "c.warc.gz", PAGES)
    fs.pipe("/feeds/c.warc.gz", (tmp_path / "c.warc.gz").read_bytes())
    found = shards(["memory://feeds/"])
    assert found == ["memory:///feeds/a.jsonl", "memory:///feeds/c.warc.gz"]
    jsonl = list(documents(found[0], settings()))
    assert jsonl[0].origin == "memory:///feeds/a.jsonl:1" and jsonl[0].url == "https://example.org/a"
    assert jsonl[1].origin == "memory:///feeds/a.jsonl:3" and "malformed JSON line" in jsonl[1].reason
    warc = list(documents(found[1], settings()))
    assert [d.url for d in warc] == list(PAGES)  # the 404 record is skipped
    assert all(d.format == "html" and "<article>" in d.content for d in warc)
    assert [x.reason for x in shards(["memory://nothing/here.jsonl"])] == ["no such file or directory"]


def test_a_damaged_warc_ends_its_shard_with_a_failure(tmp_path):
    from summitry.distributed.shards import documents

    _warc(tmp_path / "c.warc.gz", PAGES)
    data = (tmp_path / "c.warc.gz").read_bytes()
    (tmp_path / "bad.warc.gz").write_bytes(data + b"this is not a WARC record\r\n\r\n")
    out = list(documents(str(tmp_path / "bad.warc.gz"), settings()))
    assert [d.url for d in out[:-1]] == list(PAGES)  # the records before the damage are read
    assert out[-1].origin == str(tmp_path / "bad.warc.gz")
    assert out[-1].reason.startswith("internal error while reading")
