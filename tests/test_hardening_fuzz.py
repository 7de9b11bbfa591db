"""Issue 10: random bytes, encodings and JSON through the sources and cleaning stages, and
random arguments through the CLI: nothing raises, every input ends as a document or a
one-line failure naming it."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summitry.cleaning import CleaningError, clean
from summitry.interfaces.cli import app
from summitry.model import Article, Failure, RawDocument
from summitry.pipeline import to_article
from summitry.sources import Input, read_input
from summitry.sources.read import decode

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = st.sampled_from([".txt", ".jsonl", ".html", ".ndjson", ""])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
                             "cp1252", "shift_jis", "koi8-r", "big5"])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "url", "published", "x"]) | st.text(max_size=5), inner, max_size=5),
    max_leaves=12,
)


def _read_all(data: bytes, suffix: str) -> list[RawDocument | Failure]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_input(Input(str(path), "file"), max_bytes=200_000))


def _one_line(item: RawDocument | Failure) -> bool:
    return isinstance(item, RawDocument) or (item.reason and "\n" not in item.reason)


def _cleans(raw: RawDocument) -> None:
    try:
        clean(raw)
    except CleaningError:
        pass
    assert isinstance(to_article(raw), (Article, Failure))


@FUZZ
@given(bom=st.sampled_from([b"", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"{", b"["]),
       data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_random_bytes(bom, data, suffix):
    for item in _read_all(bom + data, suffix):
        assert _one_line(item)
        if isinstance(item, RawDocument):
            _cleans(item)


@FUZZ
@given(text=st.text(max_size=1500), encoding=ENCODINGS, suffix=SUFFIXES)
def test_random_text_in_random_encodings(text, encoding, suffix):
    data = text.encode(encoding, errors="replace")
    try:
        decode(data)
    except ValueError:  # ReadError: empty or binary
        pass
    for item in _read_all(data, suffix):
        assert _one_line(item)
        if isinstance(item, RawDocument):
            _cleans(item)


RECORDS = JSON | st.fixed_dictionaries({"text": st.text(min_size=1, max_size=200)},
                                        optional={"title": JSON, "url": JSON, "published": JSON})


@FUZZ
@given(records=st.lists(RECORDS, min_size=1, max_size=4), pretty=st.booleans())
def test_random_json_lines(records, pretty):
    body = "\n".join(json.dumps(r, indent=2 if pretty else None) for r in records) + "\n"
    for item in _read_all(body.encode(), ".jsonl"):
        assert _one_line(item)
        if isinstance(item, RawDocument):
            assert isinstance(item.title, (str, type(None))) and isinstance(item.url, (str, type(None)))
            _cleans(item)


VALUES = st.sampled_from([
    "-", "0", "-1", "1", "2021", "2021-13-45", "yesterday", "CONSULT", "held", "jsonl", "csv", "plover", "xml",
    "[/bold]", "[link=http://x.example]y[/link]", "\x1b[2J", "ev-000000000000", "/dev/full", "/dev/null",
    "/dev/zero", ".", "", "missing/x.db", "KOR",
]) | st.text(max_size=12)
OPTIONS = st.sampled_from(["--db", "--limit", "--offset", "--since", "--until", "--type", "--status", "--series",
                           "--country", "--format", "-o", "--max-bytes", "--dct", "--help"])
COMMANDS = st.sampled_from([["articles"], ["events"], ["timeline"], ["show"], ["export", "events"],
                            ["export", "articles"], ["timex"], ["ingest"], []])


@st.composite
def command_lines(draw) -> list[str]:
    """A command, maybe an argument, options with values, and maybe stray words."""
    args = list(draw(COMMANDS))
    if args and args[0] in ("show", "timex", "ingest") and draw(st.booleans()):
        args.append(draw(VALUES))
    for option, value in draw(st.lists(st.tuples(OPTIONS, VALUES), max_size=3)):
        args += [option, value]
    return args + draw(st.lists(VALUES, max_size=2))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(args=command_lines())
def test_random_cli_arguments(tmp_path, monkeypatch, args):
    """Whatever the arguments, the CLI ends by its own exit: no traceback."""
    monkeypatch.chdir(tmp_path)  # "." and relative names stay inside the test's folder
    db = tmp_path / "fuzz.db"
    runner = CliRunner()
    result = runner.invoke(app, args, env={"SUMMITRY_DB": str(db), "COLUMNS": "200", "SUMMITRY_MAX_BYTES": "200000"},
                           input="")
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
