"""Sharded input: each JSON Lines or WARC file (local or any fsspec path) is one shard."""

from __future__ import annotations

from collections.abc import Iterator

import fsspec
from warcio.archiveiterator import ArchiveIterator

from ..config import Settings
from ..model import Failure, RawDocument
from ..pipeline import guarded
from ..sources import Input, plan, read_input
from ..sources.read import ReadError, _record, decode

WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def shards(names: list[str]) -> list[str | Failure]:
    """The files named (directories and globs expanded): local ones as `summitry ingest` plans
    them, others (s3://, gs://, memory://, ...) through fsspec, in a stable order."""
    out: list[str | Failure] = []
    for name in names:
        if "://" not in name:
            out.extend(x if isinstance(x, Failure) else x.name for x in plan([name]))
            continue
        fs, _, paths = fsspec.get_fs_token_paths(name)
        found = sorted(f for p in paths if fs.exists(p) for f in (fs.find(p) if fs.isdir(p) else [p]))
        out.extend(fs.unstrip_protocol(p) for p in found) if found else out.append(
            Failure(name, "no such file or directory"))
    return out


def documents(path: str, settings: Settings) -> Iterator[RawDocument | Failure]:
    """The raw documents of one shard, in file order: WARC response records holding HTML, or
    what `summitry ingest` reads from a local file, or the lines of a remote JSON Lines file.
    An unexpected error (a damaged archive) ends the shard with a Failure naming it."""
    if is_warc(path):
        docs = _warc(path, settings.max_bytes)
    elif "://" not in path:
        docs = read_input(Input(path, "file"), settings.max_bytes, settings.url_timeout)
    else:
        docs = _remote_jsonl(path, settings.max_bytes)
    return guarded(path, docs)


def _remote_jsonl(path: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    with fsspec.open(path, "rb", compression="infer") as fh:
        for number, chunk in enumerate(fh, start=1):
            if len(chunk) > max_bytes:
                yield Failure(f"{path}:{number}", f"record is over the size limit of {max_bytes:,} bytes")
            elif chunk.strip():
                yield _record(f"{path}:{number}", chunk.decode("utf-8", errors="replace").rstrip("\r\n"), [])


def _warc(path: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Response records with status 200 and an HTML body; the origin is path#record-number."""
    with fsspec.open(path, "rb") as fh:
        for number, record in enumerate(ArchiveIterator(fh), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            kind = (record.http_headers.get_header("Content-Type") or "").lower()
            if record.http_headers.get_statuscode() != "200" or "html" not in kind:
                continue
            where = f"{path}#{number}"
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield Failure(where, f"record is over the size limit of {max_bytes:,} bytes")
                continue
            try:
                text, warnings = decode(body)
            except ReadError as exc:
                yield Failure(where, str(exc))
                continue
            yield RawDocument(where, text, "html", url=record.rec_headers.get_header("WARC-Target-URI"),
                              warnings=warnings)
