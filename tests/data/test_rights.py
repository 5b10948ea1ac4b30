"""Data-subject erasure and retention on a real SQLite store: artifacts written through
``Store.put`` with the kinds and parents the pipeline uses, real vault and real ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import example_policy_text
from steward.data.pii.operators.hashing import HashOperator
from steward.data.pii.vault import Vault, VaultCipher, VaultEntryRow, load_vault_key
from steward.data.rights import DataRights, RetentionRule, model_flags, parse_timestamp
from steward.registry.models import Registry
from steward.store.artifacts import Store

EMAIL = "alice@example.com"
PHONE = "138 1234 5678"


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows),
        encoding="utf-8",
    )
    return path


class World:
    """A store as two pipeline runs leave it (one model each), built artifact by artifact."""

    def __init__(self, root: Path) -> None:
        self.store = Store(root / ".steward")
        key = load_vault_key(self.store.home)
        cipher = VaultCipher(key)
        self.email_token = cipher.token_for(EMAIL, "EMAIL_ADDRESS")
        self.phone_token = cipher.token_for(PHONE, "PHONE_NUMBER")
        Vault(self.store, key).put(
            [cipher.seal(EMAIL, "EMAIL_ADDRESS"), cipher.seal(PHONE, "PHONE_NUMBER")]
        )
        hash_token = HashOperator(key).operate(EMAIL, "EMAIL_ADDRESS")

        self.source = root / "data" / "messages.jsonl"
        self.source.parent.mkdir(parents=True)
        raw = [
            {
                "message_id": "m1",
                "customer_id": "C1",
                "timestamp": "2024-01-01T09:00:00Z",
                "text": f"my email is {EMAIL} please",
                "intent": "update",
            },
            {
                "message_id": "m2",
                "customer_id": "C2",
                "timestamp": "2024-06-01T09:00:00Z",
                "text": f"call me on {PHONE}",
                "intent": "callback",
            },
            {
                "message_id": "m3",
                "customer_id": "C1",
                "timestamp": "2024-06-02T09:00:00Z",
                "text": "my card is lost",
                "intent": "card_lost",
            },
            {"message_id": "m4", "customer_id": "C3", "text": "hello there", "intent": "greet"},
        ]
        lines = [json.dumps(r) for r in raw] + ['{"message_id": "m5", "text": "' + EMAIL]
        self.source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        src = self.store.put(self.source, kind="source_data", meta={"path": str(self.source)})
        self.source_sha = src.sha256

        def row(i: str, text: str, line: int, split: str = "train") -> dict:
            return {
                "id": i,
                "text": text,
                "label": "x",
                "source": str(self.source),
                "line": line,
                "split": split,
            }

        governed = [
            row("m1", f"my email is {self.email_token} please", 1),
            row("m2", f"call me on {self.phone_token}", 2),
            row("m3", "my card is lost", 3, "test"),
            row("m4", "hello there", 4, "validation"),
            # From a source the store has no copy of: found only by the keyed hash token.
            {
                "id": "x9",
                "text": f"forward to {hash_token}",
                "label": "x",
                "source": "/elsewhere.jsonl",
                "line": 7,
                "split": "train",
            },
        ]
        run1 = self.store.home / "runs" / "r1"
        self.ds1 = self.store.put(
            _jsonl(run1 / "governed.jsonl", governed),
            kind="dataset",
            parents=[src.sha256],
            run_id="r1",
        ).sha256
        quarantine = [
            {
                "source": str(self.source),
                "line": 5,
                "stage": "ingest",
                "reason": "invalid JSON",
                "raw": '{"text": "<EMAIL_ADDRESS>',
            }
        ]
        self.q1 = self.store.put(
            _jsonl(run1 / "quarantine.jsonl", quarantine),
            kind="quarantine",
            parents=[src.sha256],
            run_id="r1",
        ).sha256
        _jsonl(run1 / "predictions.jsonl", [{"id": i, "predicted": "x"} for i in ("m1", "m3")])
        self.ds2 = self.store.put(
            _jsonl(root / "r2" / "governed.jsonl", [governed[1], governed[3]]),
            kind="dataset",
            parents=[src.sha256],
            run_id="r2",
        ).sha256
        registry = Registry(self.store)
        self.models = []
        for n, ds in enumerate((self.ds1, self.ds2)):
            model_dir = root / f"model{n}"
            model_dir.mkdir()
            (model_dir / "weights.bin").write_bytes(bytes([n]) * 8)
            art = self.store.put(model_dir, kind="model", parents=[ds])
            self.models.append(
                registry.register(
                    name="bank",
                    artifact_sha256=art.sha256,
                    weights_sha256="0" * 64,
                    status="candidate",
                    run_id=None,
                    metrics={},
                    gate={},
                )
            )

    def rights(self) -> DataRights:
        return DataRights(self.store, actor="dpo", subject_fields=["customer_id"])

    def rows(self, sha: str) -> list[dict]:
        text = self.store.blob_path(sha).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line]

    def vault_tokens(self) -> set[str]:
        with self.store.session() as session:
            return {row.token for row in session.query(VaultEntryRow)}

    def all_stored_bytes(self) -> bytes:
        files = [*self.store.blob_dir.rglob("*"), *(self.store.home / "runs").rglob("*")]
        return b"".join(p.read_bytes() for p in files if p.is_file())


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.delenv("STEWARD_VAULT_KEY", raising=False)
    return World(tmp_path)


def test_forget_removes_exactly_the_subjects_rows_and_keeps_lineage(world: World) -> None:
    outcome = world.rights().forget(EMAIL)

    by_old = {r.old: r for r in outcome.rewrites}
    assert set(by_old) == {world.ds1, world.q1}  # ds2 never held the subject
    new_ds = by_old[world.ds1].new
    assert new_ds is not None
    assert [r["id"] for r in world.rows(new_ds)] == ["m2", "m3", "m4"]
    assert world.rows(by_old[world.q1].new or "") == []
    record = world.store.get(new_ds)
    assert record.parents == (world.ds1,) and record.kind == "dataset"
    assert record.meta["forgotten"] == 2 and record.meta["request"] == outcome.request_id
    assert record.meta["splits"] == {"train": 1, "test": 1, "validation": 1}
    # The superseded bytes are gone; the run folder's copy follows the new version.
    assert not world.store._blob_path(world.ds1).exists()
    run1 = world.store.home / "runs" / "r1"
    assert [json.loads(x)["id"] for x in (run1 / "governed.jsonl").read_text().splitlines()] == [
        "m2",
        "m3",
        "m4",
    ]
    assert "m1" not in (run1 / "predictions.jsonl").read_text()
    # The store's copy of the source is redacted (line numbers kept); nothing stored holds the
    # raw address any more, anywhere.
    (redacted,) = outcome.sources_redacted
    assert redacted.old == world.source_sha and redacted.new
    lines = world.store.blob_path(redacted.new).read_text().split("\n")
    assert lines[0] == "" and lines[4] == "" and '"m2"' in lines[1]
    assert EMAIL.encode() not in world.all_stored_bytes()
    assert outcome.source_locations == {str(world.source): [1, 5]}
    # Models trained on the affected version are flagged; the other is not.
    assert outcome.models_flagged == ["bank:1"]
    flags = model_flags(world.store)
    assert [(f["model_id"], f["flag"], f["request_id"]) for f in flags] == [
        (world.models[0].id, "retrain", outcome.request_id)
    ]
    # The vault forgets the address but keeps the other person's phone.
    assert world.vault_tokens() == {world.phone_token}
    assert outcome.vault_deleted == 1


def test_forget_is_in_the_ledger_without_the_raw_value(world: World) -> None:
    outcome = world.rights().forget(EMAIL)
    ledger = Ledger(world.store)
    (entry,) = ledger.entries(action="data.forget")
    assert entry.seq == outcome.ledger_seq and entry.actor == "dpo"
    assert entry.subject.startswith("subject:") and entry.subject == outcome.subject
    dumped = json.dumps(entry.to_dict())
    assert "alice" not in dumped and "example.com" not in dumped
    assert entry.details["request_id"] == outcome.request_id
    assert entry.details["rows_removed"] == {"dataset": 1 + 1, "quarantine": 1}
    assert world.ds1 in entry.artifacts
    assert ledger.verify().ok
    # The same person asked again is the same subject reference; nothing is left to remove.
    again = world.rights().forget("  Alice@Example.com ")
    assert again.subject == outcome.subject and again.rewrites == []


def test_forget_by_subject_field_and_by_number_written_differently(world: World) -> None:
    by_customer = world.rights().forget("C1")
    assert {r.old for r in by_customer.rewrites} >= {world.ds1}
    new = next(r.new for r in by_customer.rewrites if r.old == world.ds1)
    assert [r["id"] for r in world.rows(new or "")] == ["m2", "m4", "x9"]
    by_phone = world.rights().forget("+86 13812345678")
    assert by_phone.rows_removed == 2  # m2 in both data sets
    assert world.vault_tokens() == set()
    assert by_phone.models_flagged == ["bank:1", "bank:2"]


def _policy_file(world: World, tmp_path: Path) -> Path:
    policy = yaml.safe_load(example_policy_text())
    policy["data"]["sources"] = [{"path": str(world.source)}]
    path = tmp_path / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    return path


def test_unknown_subject_reports_zero_without_error(world: World, tmp_path: Path) -> None:
    before = world.all_stored_bytes()
    result = CliRunner().invoke(
        app,
        [
            *("data", "forget", "--subject", "nobody@nowhere.org"),
            *("--policy", str(_policy_file(world, tmp_path)), "--home", str(world.store.home)),
        ],
        env={"STEWARD_ACTOR": "priya"},  # the example policy's privacy officer
    )
    assert result.exit_code == 0, result.output
    assert "0 removed" in result.output and "nobody" not in result.output
    assert world.all_stored_bytes() == before
    (entry,) = Ledger(world.store).entries(action="data.forget")
    assert entry.outcome == "nothing_found"
    assert model_flags(world.store) == []


def test_dry_run_changes_nothing(world: World) -> None:
    before = world.all_stored_bytes()
    outcome = world.rights().forget(EMAIL, dry_run=True)
    assert outcome.rows_removed == 2 and all(r.new is None for r in outcome.rewrites)
    assert outcome.models_flagged == ["bank:1"]
    assert world.all_stored_bytes() == before
    assert Ledger(world.store).entries(action="data.forget") == []


def test_retention_purges_rows_older_than_the_period(world: World) -> None:
    rule = RetentionRule(60, "timestamp", now=parse_timestamp("2024-07-01T00:00:00Z"))
    outcome = world.rights().purge_expired(rule)
    new = next(r.new for r in outcome.rewrites if r.old == world.ds1)
    assert [r["id"] for r in world.rows(new or "")] == ["m2", "m3", "m4", "x9"]
    assert world.store.get(new or "").meta["request"] == outcome.request_id
    assert outcome.undated_rows == 1  # m4 has no timestamp and is kept
    assert outcome.models_flagged == ["bank:1"]
    (entry,) = Ledger(world.store).entries(action="data.retention_purge")
    assert entry.details["days"] == 60 and entry.details["cutoff"].startswith("2024-05-02")
    assert Ledger(world.store).verify().ok


def test_erasure_needs_the_privacy_officer_role(world: World, tmp_path: Path) -> None:
    before = world.all_stored_bytes()
    result = CliRunner().invoke(
        app,
        [
            *("data", "forget", "--subject", EMAIL),
            *("--policy", str(_policy_file(world, tmp_path)), "--home", str(world.store.home)),
        ],
        env={"STEWARD_ACTOR": "alice"},  # a developer
    )
    assert result.exit_code == 2
    assert "'alice' may not erase: needs one of the roles privacy_officer" in result.output
    assert world.all_stored_bytes() == before


def test_purge_expired_cli(world: World, tmp_path: Path) -> None:
    path = _policy_file(world, tmp_path)
    result = CliRunner().invoke(
        app,
        [
            *("data", "purge-expired", "--policy", str(path), "--days", "10"),
            *("--now", "2024-06-15", "--home", str(world.store.home), "--json"),
        ],
        env={"STEWARD_ACTOR": "priya"},
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["rows_removed"] == 3 + 1  # m1-m3 from one data set, m2 from the other
    assert report["source_locations"] == {str(world.source): [1, 2, 3]}
    assert report["undated_rows"] == 1
    bad = CliRunner().invoke(
        app,
        ["data", "purge-expired", "--policy", str(path), "--home", str(world.store.home)],
    )
    assert bad.exit_code == 2 and "retention" in bad.output


def test_parse_timestamp_forms() -> None:
    assert parse_timestamp("2024-01-02") == parse_timestamp("2024-01-02T00:00:00+00:00")
    assert parse_timestamp(1704153600) == parse_timestamp("2024-01-02T00:00:00Z")
    assert parse_timestamp("yesterday") is None and parse_timestamp(None) is None
