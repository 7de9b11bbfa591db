"""Shared fixtures: the shared data folder, a temporary store, the CLI, the synthetic corpus,
and a scraped page made of lines."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitry.cleaning import clean_scraped
from summitry.interfaces.cli import app
from summitry.model import RawDocument

REPO = Path(__file__).resolve().parents[1]
SUMMITRY_BIN = Path(sys.executable).with_name("summitry")


def clean_page(lines, url: str | None):
    """A scraped page made of these lines, under a URL line when one is given, cleaned."""
    text = "\n".join(([f"URL: {url}", ""] if url else []) + list(lines)) + "\n"
    return clean_scraped(RawDocument("page.txt", text))


def stored_articles(db: Path) -> int | None:
    """Articles stored so far, read through a separate read-only connection (None if not readable yet)."""
    if not db.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """/work/shared (beside the repository); tests that need it skip when it is absent."""
    path = Path(__file__).resolve().parents[2] / "shared"
    if not path.is_dir():
        pytest.skip(f"shared folder not found at {path}")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh store file path (not created yet)."""
    return tmp_path / "test.db"


class CliResult:
    def __init__(self, result):
        self.raw = result
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr
        self.exception = result.exception

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def failed_lines(self) -> list[str]:
        return [ln.strip() for ln in self.stderr.splitlines() if ln.strip().startswith("failed:")]

    def warning_lines(self) -> list[str]:
        return [ln.strip() for ln in self.stderr.splitlines() if ln.strip().startswith("warning:")]


@pytest.fixture
def run_cli(db_path: Path, monkeypatch):
    """Run the real CLI in-process: run_cli("ingest", path, input=..., env=...) -> CliResult.

    SUMMITRY_DB points at the test's store unless the call passes --db itself. COLUMNS is set
    wide because the CLI's rich consoles wrap report lines at 80 columns when not writing to a
    terminal (see test_ingest_cli.py::test_failure_report_lines_are_not_wrapped_in_a_pipe).
    """
    monkeypatch.setenv("SUMMITRY_DB", str(db_path))
    monkeypatch.setenv("COLUMNS", "10000")
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None, env: dict | None = None) -> CliResult:
        result = runner.invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=True)
        return CliResult(result)

    return run


@pytest.fixture
def export_articles(run_cli):
    """Export the test store's articles as JSON Lines and return them as dicts (keyed by order)."""

    def export() -> list[dict]:
        result = run_cli("export", "articles", "--format", "jsonl")
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    return export


@pytest.fixture(scope="session")
def corpus():
    """benchmarks/corpus.py, the synthetic article generator, as a module."""
    spec = importlib.util.spec_from_file_location("summitry_bench_corpus", REPO / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
