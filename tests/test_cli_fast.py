"""The command line as people expect it: a quick --help (heavy parts imported lazily), and
an ingest that ends with a summary, its warnings listed when few, counted by kind when many
or written to a log file with --log."""

from __future__ import annotations

import subprocess
import sys

from rich.console import Console

from summitry.interfaces.report import SHOW, kind, print_report
from summitry.model import Failure
from summitry.pipeline import IngestReport

HEAVY = ("spacy", "trafilatura", "summitry.pipeline", "summitry.events.article", "pandas", "pyarrow")


def _imported(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_cli_module_imports_no_heavy_library():
    loaded = _imported("import summitry.interfaces.cli")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_import_summitry_is_light_and_the_api_loads_on_first_use():
    assert not _imported("import summitry") & {*HEAVY, "summitry.api"}
    assert "summitry.api" in _imported("import summitry; summitry.open")
    assert not _imported("import summitry; summitry.open") & set(HEAVY)


def test_help_lists_the_commands(run_cli):
    result = run_cli("--help")
    assert result.exit_code == 0
    for command in ("ingest", "events", "export", "timeline", "show"):
        assert command in result.stdout
    assert "tables" in run_cli("export", "--help").stdout


def _report(warnings: int, failures: int = 0) -> IngestReport:
    return IngestReport(
        stored=warnings, events=3,
        warnings=[(f"a{i}.txt", "no publication date found" if i % 2 else f"unreadable publication date '{i}x'")
                  for i in range(warnings)],
        failures=[Failure(f"b{i}.txt", "empty file") for i in range(failures)],
    )


def _printed(report: IngestReport, seconds: float = 2.0, log=None) -> list[str]:
    console = Console(width=200, record=True, force_terminal=False)
    with console.capture() as cap:
        print_report(console, report, seconds, log)
    return cap.get().splitlines()


def test_a_few_warnings_are_listed_one_per_article():
    lines = _printed(_report(3, 1))
    assert lines[0].startswith("stored 3 new article(s), 0 already stored, 1 failed; 3 event report(s) linked in 2.0 s")
    assert "2.0 article(s)/s" in lines[0]
    assert "  warning: a1.txt: no publication date found" in lines
    assert "  failed: b0.txt: empty file" in lines


def test_many_warnings_are_counted_by_kind():
    lines = _printed(_report(SHOW + 5))
    assert not any(ln.startswith("  warning: ") for ln in lines)
    assert "  warnings: 12 x no publication date found" in lines
    assert "  warnings: 13 x unreadable publication date …" in lines
    assert any("--log" in ln for ln in lines)


def test_warning_kinds_ignore_quoted_values_and_numbers():
    assert kind("unreadable publication date '2023-13-45'") == kind("unreadable publication date 'soon'")
    assert kind("over the size limit of 5,000,000 bytes") == "over the size limit of … bytes"


def test_log_file_gets_every_warning_and_the_terminal_a_count(tmp_path):
    log = tmp_path / "ingest.log"
    lines = _printed(_report(3, 2), log=log)
    assert not any(ln.startswith(("  warning: ", "  failed: ")) for ln in lines)
    assert f"  3 warning(s) and 2 failure(s) written to {log}" in lines
    assert "  failures: 2 x empty file" in lines
    logged = log.read_text(encoding="utf-8").splitlines()
    assert "warning\ta1.txt\tno publication date found" in logged
    assert logged.count("failed\tb1.txt\tempty file") == 1 and len(logged) == 5


def test_ingest_log_option(run_cli, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Seoul and Tokyo agree to talks\n\nSouth Korea and Japan agreed on Monday to resume "
                   "regular talks between their foreign ministers, officials said.\n", encoding="utf-8")
    log = tmp_path / "run.log"
    result = run_cli("ingest", src, "--log", log)
    assert result.exit_code == 0, result.output
    assert "stored 1 new article(s)" in result.stderr
    assert "warning(s) and 0 failure(s) written to" in result.stderr
    assert f"warning\t{src}\tno publication date found" in log.read_text(encoding="utf-8").splitlines()
    assert not result.warning_lines()


def test_ingest_log_in_a_missing_folder_is_one_line(run_cli, tmp_path):
    result = run_cli("ingest", tmp_path, "--log", tmp_path / "nope" / "run.log")
    assert result.exit_code == 1
    assert "folder" in result.stderr and "does not exist" in result.stderr
