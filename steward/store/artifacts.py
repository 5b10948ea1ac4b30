"""Content-addressed artifact store with lineage.

Files are stored once under ``blobs/<aa>/<sha256>``; a directory artifact (a model) is a JSON
manifest of its files' hashes, itself addressed by the manifest's sha256. Every artifact row
records what it was made from, the policy hash and the code version.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import steward
from steward.errors import StewardError
from steward.store.db import (
    ArtifactParentRow,
    ArtifactRow,
    database_url,
    default_home,
    make_engine,
    sqlite_file,
    utc_now,
)
from steward.store.encryption import (
    Keyring,
    encrypt_stream,
    is_envelope,
    key_lock,
    open_envelope,
)
from steward.store.permissions import PRIVATE_FILE, check_private, make_private_dir, store_paths

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_stream(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """Package version plus the git commit (and ``.dirty``) when running from a checkout."""
    source = Path(steward.__file__).resolve().parent.parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(source), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(source), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return steward.__version__
    return f"{steward.__version__}+g{commit}{'.dirty' if dirty else ''}"


@dataclass(frozen=True)
class ArtifactRecord:
    sha256: str
    kind: str
    name: str
    size_bytes: int
    is_directory: bool
    created_at: str
    run_id: str | None
    policy_sha256: str | None
    code_version: str
    meta: dict[str, Any] = field(default_factory=dict)
    parents: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "parents": list(self.parents)}


class Store:
    """The project's state: database (runs, artifacts, registry, ledger) and blob files."""

    def __init__(self, home: Path | None = None, url: str | None = None) -> None:
        self.home = make_private_dir((home or default_home()).resolve())
        self.url = url or database_url(self.home)
        # Feedback, incidents, the ledger and keys live here: refuse a store others can read
        # (as the vault key is refused) before anything more is written into it.
        check_private(store_paths(self.home, sqlite_file(self.url)), store=self.home)
        self.engine: Engine = make_engine(self.url)
        self.blob_dir = self.home / "artifacts" / "blobs"
        self.keyring = Keyring(self.engine, self.home)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- files, encrypted at rest when the keyring has an active key ----------------------
    @property
    def encrypted(self) -> bool:
        """Whether new files are written as envelopes (once on, a store stays encrypted)."""
        return self.keyring.active_id() is not None

    def write_file(self, target: Path, source: Path | bytes) -> None:
        """Write ``source`` to ``target`` atomically as a 0600 file: an AES-256-GCM envelope
        when the store is encrypted, else the bytes as they are."""
        tmp = target.with_name(target.name + ".tmp")
        with key_lock(self.home, exclusive=False):
            kek = self.keyring.active()
            descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
            os.fchmod(descriptor, PRIVATE_FILE)
            with (
                os.fdopen(descriptor, "wb") as out,
                source.open("rb") if isinstance(source, Path) else io.BytesIO(source) as data,
            ):
                if kek is None:
                    shutil.copyfileobj(data, out, _CHUNK)
                else:
                    encrypt_stream(data, out, kek)
            os.replace(tmp, target)  # atomic: a crash never leaves a half-written file

    def open_file(self, path: Path) -> BinaryIO:
        """A file of the store as plaintext: envelopes are decrypted (and authenticated) as
        they are read, other files read as they are."""
        if is_envelope(path):
            return open_envelope(path, self.keyring.get)
        return path.open("rb")

    def read_file(self, path: Path) -> bytes:
        with self.open_file(path) as handle:
            return handle.read()

    def seal_file(self, path: Path) -> bool:
        """Encrypt a plaintext file of the store in place (when the store is encrypted);
        return whether it was."""
        if not self.encrypted or is_envelope(path):
            return False
        self.write_file(path, path)
        return True

    # -- blobs ---------------------------------------------------------------------------
    def _blob_path(self, sha: str) -> Path:
        return self.blob_dir / sha[:2] / sha

    def _put_blob(self, source: Path) -> tuple[str, int]:
        sha = sha256_file(source)
        self._write_blob(sha, source)
        return sha, source.stat().st_size

    def _put_blob_bytes(self, data: bytes) -> str:
        sha = sha256_bytes(data)
        self._write_blob(sha, data)
        return sha

    def _write_blob(self, sha: str, source: Path | bytes) -> None:
        target = self._blob_path(sha)
        # Stored once; a plaintext copy from before the store was encrypted is sealed now.
        if target.exists() and (is_envelope(target) or not self.encrypted):
            return
        make_private_dir(target.parent)
        self.write_file(target, source)

    def open_blob(self, sha: str) -> BinaryIO:
        """A stored file's plaintext (decrypted as read when the blob is an envelope)."""
        return self.open_file(self.blob_path(sha))

    def read_blob(self, sha: str) -> bytes:
        with self.open_blob(sha) as handle:
            return handle.read()

    # -- artifacts -----------------------------------------------------------------------
    def put(
        self,
        path: Path,
        *,
        kind: str,
        parents: list[str] | tuple[str, ...] = (),
        run_id: str | None = None,
        policy_sha256: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> ArtifactRecord:
        """Store a file or a directory; return its record (idempotent for equal content)."""
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            manifest = {}
            size = 0
            for file in files:
                file_sha, file_size = self._put_blob(file)
                manifest[file.relative_to(path).as_posix()] = file_sha
                size += file_size
            manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1).encode()
            sha = self._put_blob_bytes(manifest_bytes)
            is_directory = True
        elif path.is_file():
            sha, size = self._put_blob(path)
            is_directory = False
        else:
            raise StewardError("artifact to store does not exist", where=str(path))
        row = ArtifactRow(
            sha256=sha,
            kind=kind,
            name=path.name,
            size_bytes=size,
            is_directory=is_directory,
            created_at=utc_now(),
            run_id=run_id,
            policy_sha256=policy_sha256,
            code_version=code_version(),
            meta=meta or {},
        )
        with self.session() as session, session.begin():
            existing = session.get(ArtifactRow, sha)
            if existing is None:
                session.add(row)
                session.flush()
            else:
                row = existing
            for parent in dict.fromkeys(parents):
                if session.get(ArtifactRow, parent) is None:
                    raise StewardError(f"parent artifact {parent[:12]} is not in the store")
                if session.get(ArtifactParentRow, (sha, parent)) is None:
                    session.add(ArtifactParentRow(child_sha256=sha, parent_sha256=parent))
        return self.get(sha)

    def get(self, sha: str) -> ArtifactRecord:
        with self.session() as session:
            row = session.get(ArtifactRow, sha)
            if row is None:
                raise StewardError(f"artifact {sha[:12]} is not in the store")
            parents = session.scalars(
                select(ArtifactParentRow.parent_sha256).where(ArtifactParentRow.child_sha256 == sha)
            ).all()
            return ArtifactRecord(
                sha256=row.sha256,
                kind=row.kind,
                name=row.name,
                size_bytes=row.size_bytes,
                is_directory=row.is_directory,
                created_at=row.created_at,
                run_id=row.run_id,
                policy_sha256=row.policy_sha256,
                code_version=row.code_version,
                meta=dict(row.meta or {}),
                parents=tuple(sorted(parents)),
            )

    def newest(self, kind: str) -> ArtifactRecord | None:
        """The most recently stored artifact of ``kind``, if any."""
        with self.session() as session:
            sha = session.scalars(
                select(ArtifactRow.sha256)
                .where(ArtifactRow.kind == kind)
                .order_by(ArtifactRow.created_at.desc())
                .limit(1)
            ).first()
        return self.get(sha) if sha else None

    def lineage(self, sha: str) -> list[ArtifactRecord]:
        """The artifact and everything it was made from, breadth-first."""
        seen: dict[str, ArtifactRecord] = {}
        frontier = [sha]
        while frontier:
            current = frontier.pop(0)
            if current in seen:
                continue
            record = self.get(current)
            seen[current] = record
            frontier.extend(record.parents)
        return list(seen.values())

    def manifest(self, sha: str) -> dict[str, str]:
        record = self.get(sha)
        if not record.is_directory:
            raise StewardError(f"artifact {sha[:12]} is a file, not a directory")
        data: dict[str, str] = json.loads(self.read_blob(sha))
        return data

    def blob_path(self, sha: str) -> Path:
        """Where a blob lies: an envelope when the store is encrypted, so read it with
        :meth:`open_blob`, :meth:`read_blob` or :meth:`materialize`, not directly."""
        path = self._blob_path(sha)
        if not path.exists():
            raise StewardError(f"blob {sha[:12]} is missing from {self.blob_dir}")
        return path

    def _blob_sha256(self, sha: str) -> str:
        """The sha256 of a blob's plaintext. An envelope that fails authentication raises
        (naming the file and the chunk): altered ciphertext has no plaintext to hash."""
        with self.open_blob(sha) as handle:
            return sha256_stream(handle)

    def verify(self, sha: str) -> bool:
        """Recompute the hashes of an artifact's stored bytes (decrypted: hashes are over the
        plaintext, so lineage verifies the same whether the store is encrypted or not)."""
        record = self.get(sha)
        if self._blob_sha256(sha) != sha:
            return False
        if record.is_directory:
            return all(
                self._blob_sha256(file_sha) == file_sha for file_sha in self.manifest(sha).values()
            )
        return True

    def _copy_out(self, sha: str, destination: Path) -> None:
        destination.parent.mkdir(parents=True, exist_ok=True)
        with self.open_blob(sha) as source, destination.open("wb") as out:
            shutil.copyfileobj(source, out, _CHUNK)

    def materialize(self, sha: str, target: Path) -> Path:
        """Copy a stored artifact out to ``target`` (a directory for directory artifacts),
        decrypted."""
        record = self.get(sha)
        if not record.is_directory:
            self._copy_out(sha, target)
            return target
        for relative, file_sha in self.manifest(sha).items():
            self._copy_out(file_sha, target / relative)
        return target

    @contextmanager
    def checkout(self, sha: str, cache: str, complete: str | None = None) -> Iterator[Path]:
        """A stored artifact as plain files for a loader that reads paths (model weights, a
        knowledge base). Unencrypted store: a file artifact is read where its blob lies; a
        folder is materialized once under ``<home>/cache/<cache>/<sha>`` (``complete`` names
        the file whose presence says it was). Encrypted store: a private temporary folder
        outside the store, removed on exit, so no plaintext copy stays at rest."""
        if not self.encrypted:
            if not self.get(sha).is_directory and not is_envelope(self.blob_path(sha)):
                yield self.blob_path(sha)  # a plain file blob is read where it lies
                return
            target = self.home / "cache" / cache / sha
            if not (target / complete if complete else target).exists():
                self.materialize(sha, target)
            yield target
            return
        with tempfile.TemporaryDirectory(prefix=f"steward-{cache}-") as folder:
            yield self.materialize(sha, Path(folder) / sha)
