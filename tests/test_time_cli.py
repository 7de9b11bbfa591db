"""The timex and eval-timex commands, registered on a fresh Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from summitry.interfaces.timex_commands import register

TEXT = "The envoys met on Wednesday.\r\nThey will meet again on March 17-18, officials said.\r\n"
TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-05" functionInDocument="CREATION_TIME">2021-03-05</TIMEX3></DCT>
<TEXT>
Ministers met on <TIMEX3 tid="t1" type="DATE" value="2021-03-03">Wednesday</TIMEX3> &amp; agreed to meet
again <TIMEX3 tid="t2" type="DATE" value="2021-W10">next week</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
</TimeML>
"""


def app() -> typer.Typer:
    application = typer.Typer()
    register(application)

    @application.command("version")
    def version() -> None:  # a second command keeps Typer from collapsing the app into one command
        typer.echo("test")

    return application


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def check(found: list[dict]) -> None:
    assert [(r["text"], r["value"]) for r in found] == [("Wednesday", "2021-03-03"), ("March 17-18", "2021-03-17")]
    assert found[1]["end_value"] == "2021-03-18"
    assert "end_value" not in found[0] and "mod" not in found[0]
    for r in found:
        assert TEXT[r["start"]:r["end"]] == r["text"]


def test_timex_on_a_file_keeps_crlf_offsets(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    result = CliRunner().invoke(app(), ["timex", "--dct", "2021-03-05", str(path)])
    assert result.exit_code == 0, result.output
    check(records(result.output))


def test_timex_on_stdin():
    result = CliRunner().invoke(app(), ["timex", "--dct", "2021-03-05", "-"], input=TEXT.encode("utf-8"))
    assert result.exit_code == 0, result.output
    check(records(result.output))


def test_timex_without_dct_and_bad_dct():
    result = CliRunner().invoke(app(), ["timex"], input="They will meet next week.")
    assert result.exit_code == 0
    assert records(result.output)[0]["value"] == "FUTURE_REF"
    assert CliRunner().invoke(app(), ["timex", "--dct", "March 5"], input="x").exit_code != 0


def test_eval_timex(tmp_path: Path):
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    result = CliRunner().invoke(app(), ["eval-timex", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["gold"] == 3 and figures["f1"] == 1.0 and figures["value_f1"] == 1.0
    table = CliRunner().invoke(app(), ["eval-timex", str(tmp_path)])
    assert table.exit_code == 0 and "value F1 (exact)" in table.output


def test_timex_on_a_path_with_a_nul_byte_is_a_clear_error():
    result = CliRunner().invoke(app(), ["timex", "bad\x00name.txt"])
    assert result.exit_code == 1 and "cannot read" in result.output
