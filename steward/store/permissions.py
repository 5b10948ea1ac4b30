"""The store is its owner's alone: files 0600, folders 0700.

The store holds feedback comments, incidents, the ledger, the vault's sealed originals and the
signing keys, so nothing in it is for other users of the machine. What Steward creates there it
creates private (an explicit mode, never the process umask, which other threads share); what it
opens it checks first, as the vault key always was: a store that other users can read or write
is refused with the command that fixes it, not silently repaired, because it may already have
been read or altered and its owner should know.

SQLite creates its ``-wal``, ``-shm`` and ``-journal`` files later, with the database file's
own mode; so creating the database file 0600 before SQLite opens it keeps them private too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from steward.errors import StewardError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_OTHERS = 0o077  # any permission for the group or the world

SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def make_private_dir(path: Path) -> Path:
    """Create ``path`` and its missing parents as 0700 folders; existing ones are left as they
    are (:func:`check_private` reports them)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made by another process meanwhile: checked, not changed
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    return path


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file unless it exists (a database file before SQLite opens it)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    except FileNotFoundError:
        return  # no such folder: the database driver reports it in its own words
    os.fchmod(descriptor, PRIVATE_FILE)
    os.close(descriptor)


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a new 0600 file (replacing one that exists)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.fchmod(descriptor, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to a new 0600 file ``target``."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.fchmod(descriptor, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as out, source.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            out.write(chunk)


def check_private(paths: Iterable[Path], *, store: Path | None = None) -> None:
    """Refuse any existing path that other users may read, write or enter, naming it, its
    mode and the ``chmod`` that fixes it (for the whole ``store`` when given)."""
    for path in paths:
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        mode = stat.S_IMODE(info.st_mode)
        if not mode & _OTHERS:
            continue
        folder = stat.S_ISDIR(info.st_mode)
        fix = (
            f"chmod -R go-rwx {store}"
            if store is not None and path.is_relative_to(store)
            else f"chmod {'700' if folder else '600'} {path}"
        )
        raise StewardError(
            f"{'folder' if folder else 'file'} is open to other users (mode {mode:04o}); the "
            f"store holds feedback, incidents, the ledger and keys, so it must be private "
            f"(0{PRIVATE_DIR:o} folders, 0{PRIVATE_FILE:o} files): run {fix}",
            where=str(path),
        )


def store_paths(home: Path, sqlite_file: Path | None) -> list[Path]:
    """What :func:`check_private` checks when a store is opened: the store folder, the
    SQLite database and its companion files, the artifacts and keys folders and the key files.
    Everything else in the store sits inside the private store folder."""
    paths = [home, home / "artifacts", home / "artifacts" / "blobs", home / "keys"]
    if sqlite_file is not None:
        paths += [sqlite_file, *(Path(f"{sqlite_file}{end}") for end in SQLITE_COMPANIONS)]
    keys = home / "keys"
    if keys.is_dir():
        paths += sorted(p for p in keys.iterdir() if p.suffix in (".pem", ".key"))
    return paths
