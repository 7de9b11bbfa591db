"""Read one input into raw documents; every problem becomes a Failure naming the input."""

from __future__ import annotations

import http
import http.client
import json
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from ..model import Failure, RawDocument
from .inputs import Input

_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html|<head|<body|<article|<!--)", re.I)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


class ReadError(ValueError):
    """An input's bytes cannot be taken as text."""


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (or UTF-16 with a BOM), else Windows-1252/Latin-1 with a warning.
    NUL bytes are removed (with a warning); broken UTF-16 is replaced, with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, warnings = data.decode("utf-16"), ["decoded as UTF-16"]
        except UnicodeDecodeError:  # an odd trailing byte, a lone surrogate: a damaged file
            text, warnings = data.decode("utf-16", errors="replace"), ["decoded as UTF-16; invalid bytes replaced"]
        if not text.strip("\ufeff\x00 \t\r\n"):
            raise ReadError("empty file")
        return _without_nul(text, warnings)
    if not data.strip():
        raise ReadError("empty file")
    _refuse_binary(data[:8192])
    return _decode_text(data)


def _without_nul(text: str, warnings: list[str]) -> tuple[str, list[str]]:
    if "\x00" not in text:
        return text, warnings
    return text.replace("\x00", ""), [*warnings, "NUL bytes removed"]


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def _refuse_binary(head: bytes) -> None:
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or controls > len(head) * 0.05:
        raise ReadError("binary file, not text")


def _decode_text(data: bytes) -> tuple[str, list[str]]:
    try:
        return _without_nul(data.decode("utf-8-sig"), [])
    except UnicodeDecodeError:
        pass
    try:
        return _without_nul(data.decode("cp1252"), ["not valid UTF-8: decoded as Windows-1252 (Latin-1)"])
    except UnicodeDecodeError:
        return _without_nul(data.decode("latin-1"), ["not valid UTF-8: decoded as Latin-1"])


def _format_of(name: str, text: str) -> str:
    suffix = Path(name.split("?", 1)[0]).suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _HTML_SUFFIXES or _HTML_START.match(text[:1000]):
        return "html"
    if name == "-" and text.lstrip().startswith("{"):
        return "jsonl"
    return "text"


def _documents(origin: str, text: str, fmt: str, warnings: list[str], url: str | None = None) -> Iterator[RawDocument | Failure]:
    if fmt != "jsonl":
        yield RawDocument(origin, text, fmt, url=url, warnings=warnings)
        return
    first = True
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            if first and (hint := not_json_lines(line)):
                yield Failure(origin, hint)
                return
            first = False
            yield _record(f"{origin}:{number}", line, warnings)


def not_json_lines(first_line: str) -> str | None:
    """Why a file whose first record line is this is not JSON Lines (a JSON array, or
    pretty-printed JSON), with a hint to convert it; None when it may well be JSON Lines."""
    start = first_line.strip()
    if start.startswith("["):
        return "this is a JSON array, not JSON Lines (one JSON object per line); convert it, e.g. jq -c '.[]' FILE"
    if start == "{":
        return "this is pretty-printed JSON, not JSON Lines (one JSON object per line); convert it, e.g. jq -c . FILE"
    return None


def _record(where: str, line: str, warnings: list[str]) -> RawDocument | Failure:
    """One JSON Lines record (a non-blank line) as a raw document, or a Failure naming path:line.
    A title, url or published of the wrong kind (a list, an object) is ignored with a warning."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(where, f"malformed JSON line: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return Failure(where, "JSON line is nested too deeply to read")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        return Failure(where, "JSON line has no 'text' string")
    content, warnings = obj["text"], list(warnings)
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "published"):
        value = obj.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "published":
            value = str(value)
        if value is not None and not isinstance(value, str):
            warnings.append(f"'{key}' is {_kind(value)}, not a string: ignored")
            value = None
        fields[key] = value.strip() or None if value else None
    return RawDocument(
        where, content, "html" if _HTML_START.match(content[:1000]) else "text",
        url=fields["url"], title=fields["title"], published=fields["published"], warnings=warnings,
    )


def _kind(value: object) -> str:
    return {list: "a list", dict: "an object", bool: "true/false"}.get(type(value), type(value).__name__)


_SKIP_CHUNK = 1 << 20


def _read_jsonl_file(item: Input, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Stream a JSON Lines file record by record: the size limit applies to each record, and
    memory holds one record at a time, however large the file."""
    try:
        fh = open(item.name, "rb")
    except OSError as exc:
        yield Failure(item.name, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        try:
            head = fh.read(8192)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: read whole, as any other file
                yield from _read_whole_file(item, max_bytes)
                return
            _refuse_binary(head)
        except ReadError as exc:
            yield Failure(item.name, str(exc))
            return
        except OSError as exc:
            yield Failure(item.name, f"cannot read: {exc.strerror or exc}")
            return
        fh.seek(0)
        number, records = 0, 0
        while True:
            try:
                chunk = fh.readline(max_bytes + 1)
                if not chunk:
                    break
                number += 1
                if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
                    size = len(chunk)  # the record runs past the limit: skip the rest of it
                    while chunk and not chunk.endswith(b"\n"):
                        chunk = fh.readline(_SKIP_CHUNK)
                        size += len(chunk)
                    records += 1
                    yield Failure(f"{item.name}:{number}", f"record is {_mb(size)}, over the size limit of "
                                                           f"{_mb(max_bytes)} (--max-bytes)")
                    continue
            except OSError as exc:
                yield Failure(item.name, f"cannot read: {exc.strerror or exc}")
                return
            if number == 1 and chunk.startswith(b"\xef\xbb\xbf"):
                chunk = chunk[3:]
            if not chunk.strip():
                continue
            line, warnings = _decode_text(chunk.rstrip(b"\r\n"))
            if not records and (hint := not_json_lines(line)):
                yield Failure(item.name, hint)
                return
            records += 1
            yield _record(f"{item.name}:{number}", line, warnings)
        if not records:
            yield Failure(item.name, "empty file")


def _read_file(item: Input, max_bytes: int) -> Iterator[RawDocument | Failure]:
    if Path(item.name).suffix.lower() in _JSONL_SUFFIXES:
        yield from _read_jsonl_file(item, max_bytes)
    else:
        yield from _read_whole_file(item, max_bytes)


def _read_whole_file(item: Input, max_bytes: int) -> Iterator[RawDocument | Failure]:
    path = Path(item.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Failure(item.name, f"file is {_mb(size)}, over the size limit of {_mb(max_bytes)} (--max-bytes)")
            return
        with open(path, "rb") as fh:  # bounded: a device such as /dev/zero never ends
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        yield Failure(item.name, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield Failure(item.name, f"input is over the size limit of {_mb(max_bytes)} (--max-bytes)")
        return
    try:
        text, warnings = decode(data)
    except ReadError as exc:
        yield Failure(item.name, str(exc))
        return
    yield from _documents(item.name, text, _format_of(item.name, text), warnings)


_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_JSONL_TYPES = {"application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
                "application/jsonlines", "application/json-lines"}


def _url_format(url: str, content_type: str | None, text: str) -> str:
    """html, text or jsonl for a fetched page: by its Content-Type, then its suffix, then its start."""
    suffix = Path(urllib.parse.urlsplit(url).path).suffix.lower()
    if content_type in _JSONL_TYPES or (content_type in (None, "text/plain") and suffix in _JSONL_SUFFIXES):
        return "jsonl"
    looks_html = bool(_HTML_START.match(text[:1000]))
    if content_type in _HTML_TYPES:
        # A .txt file that a server labels HTML without any markup is still text.
        return "text" if suffix == ".txt" and not looks_html else "html"
    if content_type == "text/plain" or suffix == ".txt":
        return "html" if looks_html else "text"
    return "html"


def _http_error(exc: urllib.error.HTTPError) -> str:
    try:
        phrase = http.HTTPStatus(exc.code).phrase
    except ValueError:
        phrase = str(exc.reason or "").strip() or "error"
    return f"HTTP {exc.code}: {phrase}"


def _unreachable(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, (socket.timeout, TimeoutError)):
        reason = "timed out"
    return f"unreachable: {' '.join(str(reason).split())}"


def _read_url(item: Input, max_bytes: int, timeout: float) -> Iterator[RawDocument | Failure]:
    request = urllib.request.Request(item.name, headers={"User-Agent": "summitry/0.1 (+news event extraction)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            charset = response.headers.get_content_charset()
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else None
    except urllib.error.HTTPError as exc:  # the server answered, with an error status
        exc.close()
        yield Failure(item.name, _http_error(exc))
        return
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        yield Failure(item.name, _unreachable(exc))
        return
    if len(data) > max_bytes:
        yield Failure(item.name, f"page is over the size limit of {_mb(max_bytes)} (--max-bytes)")
        return
    try:
        text, warnings = (data.decode(charset), []) if charset else decode(data)
    except (ReadError, UnicodeDecodeError, LookupError) as exc:
        yield Failure(item.name, str(exc))
        return
    yield from _documents(item.name, text, _url_format(item.name, content_type, text), warnings, url=item.name)


def read_input(item: Input, max_bytes: int, timeout: float = 15.0) -> Iterator[RawDocument | Failure]:
    """The raw documents of one input (several for JSON Lines), or Failures saying why not."""
    if item.kind == "url":
        yield from _read_url(item, max_bytes, timeout)
    elif item.kind == "stdin":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield Failure("<stdin>", f"input is over the size limit of {_mb(max_bytes)} (--max-bytes)")
            return
        try:
            text, warnings = decode(data)
        except ReadError as exc:
            yield Failure("<stdin>", str(exc))
            return
        yield from _documents("<stdin>", text, _format_of("-", text), warnings)
    else:
        yield from _read_file(item, max_bytes)
