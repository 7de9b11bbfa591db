"""Flat tables for analysis: events, participants and evidence as Parquet and CSV joined by
event id, the events table alone as Parquet, a POLECAT-style TSV; DuckDB reads the Parquet
files and the SQLite store directly."""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

import duckdb
import duckdb_extension_sqlite_scanner
import pyarrow.parquet as pq
import pytest

from summitry.export.tables import EVENT_COLUMNS, EVIDENCE_COLUMNS, PARTICIPANT_COLUMNS, POLECAT_COLUMNS

SQLITE_EXTENSION = next(Path(duckdb_extension_sqlite_scanner.__file__).parent.rglob("*.duckdb_extension"))
COLUMNS = {"events": EVENT_COLUMNS, "participants": PARTICIPANT_COLUMNS, "evidence": EVIDENCE_COLUMNS}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store of the bundled samples (ingested once for this module)."""
    from typer.testing import CliRunner

    from summitry.interfaces.cli import app

    db = tmp_path_factory.mktemp("tables") / "samples.db"
    with resources.as_file(resources.files("summitry").joinpath("samples")) as folder:
        result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _run(args: list[str]):
    from typer.testing import CliRunner

    from summitry.interfaces.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def test_parquet_tables_open_in_pyarrow_with_the_documented_columns(store, tmp_path):
    out = tmp_path / "tables"
    result = _run(["export", "tables", "--format", "parquet", "-o", out, "--db", store])
    assert result.exit_code == 0, result.output
    tables = {name: pq.read_table(out / f"{name}.parquet") for name in COLUMNS}
    for name, table in tables.items():
        assert table.column_names == list(COLUMNS[name])
    events = tables["events"].to_pylist()
    ids = {e["event_id"] for e in events}
    assert ids and {r["event_id"] for r in tables["evidence"].to_pylist()} == ids
    assert {r["event_id"] for r in tables["participants"].to_pylist()} <= ids
    assert any(e["geonameid"] and e["lat"] is not None for e in events)
    assert str(tables["events"].schema.field("date_start").type) == "date32[day]"


def test_duckdb_queries_the_parquet_files_and_the_store(store, tmp_path):
    out = tmp_path / "tables"
    assert _run(["export", "tables", "-o", out, "--db", store]).exit_code == 0
    con = duckdb.connect()
    joined = con.execute(
        f"SELECT e.event_id, count(*) FROM '{out / 'events.parquet'}' e "
        f"JOIN '{out / 'evidence.parquet'}' x USING (event_id) GROUP BY e.event_id").fetchall()
    assert joined and all(n >= 1 for _, n in joined)
    cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM '{out / 'participants.parquet'}'").fetchall()]
    assert cols == list(PARTICIPANT_COLUMNS)
    con.execute(f"LOAD '{SQLITE_EXTENSION}'")  # offline: the signed extension from its wheel
    rows = con.execute(f"SELECT count(*) FROM sqlite_scan('{store}', 'events')").fetchone()[0]
    assert rows == len(joined)


def test_csv_tables_join_by_event_id(store, tmp_path):
    out = tmp_path / "csv"
    assert _run(["export", "tables", "--format", "csv", "-o", out, "--db", store]).exit_code == 0
    rows = {name: list(csv.DictReader(open(out / f"{name}.csv", encoding="utf-8"))) for name in COLUMNS}
    assert list(rows["events"][0]) == list(EVENT_COLUMNS)
    ids = {r["event_id"] for r in rows["events"]}
    assert {r["event_id"] for r in rows["evidence"]} == ids
    assert all(";" in r["countries"] or r["countries"] for r in rows["events"])


def test_export_events_parquet_needs_a_file_and_writes_the_events_table(store, tmp_path):
    assert _run(["export", "events", "--format", "parquet", "--db", store]).exit_code != 0
    path = tmp_path / "events.parquet"
    result = _run(["export", "events", "--format", "parquet", "-o", path, "--db", store, "--status", "held"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(path)
    assert table.column_names == list(EVENT_COLUMNS) and set(table.column("status").to_pylist()) == {"held"}
    assert not list(tmp_path.glob(".*partial"))


def test_polecat_tsv(store):
    result = _run(["export", "events", "--format", "polecat", "--db", store])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert rows and list(rows[0]) == list(POLECAT_COLUMNS)
    assert {r["Event Type"] for r in rows} <= {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "THREATEN", "ACCUSE",
                                               "MOBILIZE", "REQUEST", "REJECT", "SANCTION"}
    assert all(r["Quad Code"] in "1234" and r["Actor Country"] for r in rows)
    assert any(r["GeoNames ID"] and r["Latitude"] for r in rows)
    assert all(r["Publication Date"] for r in rows)


def test_the_readme_duckdb_queries_run(store, tmp_path):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    sql = readme.split("```sql\n", 1)[1].split("```", 1)[0]
    parquet_query, _, rest = sql.partition(";")
    store_query = rest.strip().splitlines()[-1]
    out = tmp_path / "tables"
    assert _run(["export", "tables", "-o", out, "--db", store]).exit_code == 0
    con = duckdb.connect()
    rows = con.execute(parquet_query.replace("'tables/", f"'{out}/")).fetchall()
    assert rows and all(n >= 1 for *_, n in rows)
    con.execute(f"LOAD '{SQLITE_EXTENSION}'")
    counts = dict(con.execute(store_query.replace("'summitry.db'", f"'{store}'")).fetchall())
    assert sum(counts.values()) == con.execute(f"SELECT count(*) FROM '{out}/events.parquet'").fetchone()[0]
