"""Content-addressed artifact store with lineage.

Files are stored once under ``blobs/<aa>/<sha256>``; a directory artifact (a model) is a JSON
manifest of its files' hashes, itself addressed by the manifest's sha256. Every artifact row
records what it was made from, the policy hash and the code version.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

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
from steward.store.permissions import (
    check_private,
    copy_private,
    make_private_dir,
    store_paths,
    write_private_bytes,
)

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
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

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- blobs ---------------------------------------------------------------------------
    def _blob_path(self, sha: str) -> Path:
        return self.blob_dir / sha[:2] / sha

    def _put_blob(self, source: Path) -> tuple[str, int]:
        sha = sha256_file(source)
        target = self._blob_path(sha)
        if not target.exists():
            make_private_dir(target.parent)
            tmp = target.with_suffix(".tmp")
            copy_private(source, tmp)
            os.replace(tmp, target)  # atomic: a crash never leaves a half-written blob
        return sha, source.stat().st_size

    def _put_blob_bytes(self, data: bytes) -> str:
        sha = sha256_bytes(data)
        target = self._blob_path(sha)
        if not target.exists():
            make_private_dir(target.parent)
            tmp = target.with_suffix(".tmp")
            write_private_bytes(tmp, data)
            os.replace(tmp, target)
        return sha

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
        data: dict[str, str] = json.loads(self._blob_path(sha).read_bytes())
        return data

    def blob_path(self, sha: str) -> Path:
        path = self._blob_path(sha)
        if not path.exists():
            raise StewardError(f"blob {sha[:12]} is missing from {self.blob_dir}")
        return path

    def verify(self, sha: str) -> bool:
        """Recompute the hashes of an artifact's stored bytes."""
        record = self.get(sha)
        if sha256_file(self.blob_path(sha)) != sha:
            return False
        if record.is_directory:
            return all(
                sha256_file(self.blob_path(file_sha)) == file_sha
                for file_sha in self.manifest(sha).values()
            )
        return True

    def materialize(self, sha: str, target: Path) -> Path:
        """Copy a stored artifact out to ``target`` (a directory for directory artifacts)."""
        record = self.get(sha)
        if not record.is_directory:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.blob_path(sha), target)
            return target
        for relative, file_sha in self.manifest(sha).items():
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.blob_path(file_sha), destination)
        return target
