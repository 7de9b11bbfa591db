"""Turn what the user names (paths, directories, globs, '-', URLs) into a list of inputs."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from ..model import Failure


@dataclass(frozen=True)
class Input:
    """One thing to read: a file path, a URL, or standard input ("-")."""

    name: str
    kind: str  # "file", "url" or "stdin"


def _is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


# SQLite stores and their side files (a store often lives in the folder being ingested).
_STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
_STORE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_store_file(path: str | Path) -> bool:
    """True for a database file (x.db, x.db-wal, x.db-shm, x.sqlite, x.sqlite3, ...)."""
    name = Path(path).name.lower()
    for side in _STORE_SIDE_FILES:
        name = name.removesuffix(side)
    return name.endswith(_STORE_SUFFIXES)


def _files_under(directory: Path) -> tuple[list[Path], list[Failure]]:
    """Files under a directory, recursively, skipping hidden ones and database files; and a
    Failure for each sub-folder that cannot be read (never skipped silently)."""
    files: list[Path] = []
    failures: list[Failure] = []

    def unreadable(exc: OSError) -> None:
        failures.append(Failure(str(exc.filename or directory), f"cannot read folder: {exc.strerror or exc}"))

    for folder, subfolders, names in os.walk(directory, onerror=unreadable):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            p = Path(folder, name)
            if not name.startswith(".") and p.is_file() and not _is_store_file(p):
                files.append(p)
    return sorted(files), failures


def plan(names: list[str]) -> list[Input | Failure]:
    """Expand directories (recursively) and globs; a name that matches nothing is a Failure.

    Database files met while expanding (the store itself, often kept beside the articles)
    are skipped; a database file named explicitly is read, and fails as a binary file. A
    folder with nothing to read, or a sub-folder that cannot be read, is a Failure.
    """
    out: list[Input | Failure] = []
    for name in names:
        if name == "-":
            out.append(Input("-", "stdin"))
        elif _is_url(name):
            out.append(Input(name, "url"))
        elif Path(name).is_dir():
            files, failures = _files_under(Path(name))
            out.extend(Input(str(p), "file") for p in files)
            out.extend(failures)
            if not files and not failures:
                out.append(Failure(name, "folder holds no files to read (hidden and database files are skipped)"))
        elif Path(name).exists():
            out.append(Input(name, "file"))
        elif glob.has_magic(name):
            matches = sorted(m for m in glob.glob(name, recursive=True) if Path(m).is_file() and not _is_store_file(m))
            out.extend(Input(m, "file") for m in matches) if matches else out.append(
                Failure(name, "no file matches this pattern")
            )
        else:
            out.append(Failure(name, "no such file or directory"))
    return out
