from __future__ import annotations

from pathlib import Path

import pytest

from steward.errors import StewardError
from steward.store.artifacts import Store, sha256_file


@pytest.fixture
def store(any_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


def test_files_are_content_addressed_and_deduplicated(store: Store, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("hello", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("hello", encoding="utf-8")
    first = store.put(a, kind="note", policy_sha256="p" * 64)
    second = store.put(b, kind="note")
    assert first.sha256 == second.sha256 == sha256_file(a)
    assert first.policy_sha256 == "p" * 64 and first.code_version.startswith("0.1.0")
    assert store.verify(first.sha256)


def test_directories_and_lineage(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "data.jsonl"
    data.write_text('{"x": 1}\n', encoding="utf-8")
    model = tmp_path / "model"
    (model / "sub").mkdir(parents=True)
    (model / "weights.bin").write_bytes(b"\x00\x01")
    (model / "sub" / "config.json").write_text("{}", encoding="utf-8")
    data_rec = store.put(data, kind="dataset")
    model_rec = store.put(model, kind="model", parents=[data_rec.sha256])
    assert model_rec.is_directory and model_rec.parents == (data_rec.sha256,)
    assert set(store.manifest(model_rec.sha256)) == {"weights.bin", "sub/config.json"}
    assert [r.sha256 for r in store.lineage(model_rec.sha256)] == [
        model_rec.sha256,
        data_rec.sha256,
    ]
    out = store.materialize(model_rec.sha256, tmp_path / "copy")
    assert (out / "sub" / "config.json").read_text(encoding="utf-8") == "{}"


def test_tampered_blob_fails_verification(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "w.bin"
    path.write_bytes(b"weights")
    record = store.put(path, kind="weights")
    store.blob_path(record.sha256).write_bytes(b"evil")
    assert not store.verify(record.sha256)


def test_unknown_parent_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "w.bin"
    path.write_bytes(b"x")
    with pytest.raises(StewardError, match="not in the store"):
        store.put(path, kind="weights", parents=["f" * 64])


def test_database_url_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    monkeypatch.setenv("STEWARD_DATABASE_URL", url)
    store = Store(tmp_path / "home")
    assert store.url == url
    store.engine.dispose()
    assert (tmp_path / "elsewhere.db").exists()
