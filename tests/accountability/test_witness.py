"""The ledger's external witness: every commit's signed checkpoint goes to an append-only file
outside the database, and ``ledger verify --witness`` / ``--bundle`` catch a database cut back
to an older signed checkpoint or rewritten with the signing key, which plain ``verify``
cannot (asserted too, to document the limit). On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from steward.accountability.bundle import check_bundle, export_bundle
from steward.accountability.ledger import GENESIS_HASH, Ledger, LedgerEntry, entry_hash
from steward.accountability.signing import LedgerSigner
from steward.accountability.witness import (
    Sighting,
    Witness,
    WitnessError,
    default_witness_path,
    merge_sightings,
    witness_sightings,
)
from steward.accountability.writer import LedgerWriter
from steward.cli import app
from steward.errors import StewardError
from steward.store.artifacts import Store
from tests.conftest import run_sql


@pytest.fixture
def store(any_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


def _witness_file(store: Store) -> Path:
    return store.home / "witness" / "ledger.witness.jsonl"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _fill(ledger: Ledger, commits: int, per_commit: int = 3) -> list[LedgerEntry]:
    """``commits`` group commits of ``per_commit`` entries; every entry written."""
    written: list[LedgerEntry] = []
    for commit in range(commits):
        written += ledger.append_many(
            [{"actor": "gw", "action": "gateway.decision", "subject": f"r{commit}.{i}"}
             for i in range(per_commit)]
        )  # fmt: skip
    return written


def _checkpoints(entries: list[LedgerEntry]) -> list[LedgerEntry]:
    return [e for e in entries if e.signature is not None]


def _truncate_to(store: Store, entry: LedgerEntry) -> None:
    """What someone with write access to the database can do: delete every entry after a
    signed checkpoint and point the anchor at it. All that is left verifies."""
    run_sql(store, "DELETE FROM ledger_entries WHERE seq > :seq", seq=entry.seq)
    run_sql(store, "UPDATE ledger_anchor SET seq=:seq, head_hash=:head",
            seq=entry.seq, head=entry.entry_hash)  # fmt: skip


def _rewrite_with_the_key(store: Store, seq: int) -> None:
    """An attacker holding the database and the signing key (not the witness): change the
    actor of entry ``seq``, re-hash every later entry and re-sign every checkpoint."""
    signer = LedgerSigner.load_or_create(store.home)
    with store.engine.begin() as db:
        rows = db.execute(
            text(
                "SELECT seq, recorded_at, actor, action, subject, CAST(artifacts AS TEXT), "
                "outcome, CAST(details AS TEXT), entry_hash, signature "
                "FROM ledger_entries ORDER BY seq"
            )
        ).all()
        prev = GENESIS_HASH
        for number, at, actor, action, subject, artifacts, outcome, details, old, signed in rows:
            if number < seq:
                prev = old
                continue
            digest = entry_hash(
                seq=number, recorded_at=at, actor="mallory" if number == seq else actor,
                action=action, subject=subject, artifacts=json.loads(artifacts),
                outcome=outcome, details=json.loads(details), prev_hash=prev,
            )  # fmt: skip
            db.execute(
                text(
                    "UPDATE ledger_entries SET actor=:actor, prev_hash=:prev, entry_hash=:digest,"
                    " signature=:signature WHERE seq=:seq"
                ),
                {"actor": "mallory" if number == seq else actor, "prev": prev, "digest": digest,
                 "signature": signer.sign(digest) if signed else None, "seq": number},
            )  # fmt: skip
            prev = digest
        db.execute(text("UPDATE ledger_anchor SET head_hash=:head"), {"head": prev})


def _bundle_seen(bundle: Path) -> dict[int, Sighting]:
    verified, sightings = check_bundle(bundle)
    assert verified.ok, verified.problem
    return sightings


def _fresh(store: Store) -> Ledger:
    return Ledger(Store(store.home, url=store.url))


def _verify(store: Store, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["ledger", "verify", "--home", str(store.home), *options])
    return result.exit_code, result.output


def test_each_commit_writes_one_signed_line_in_commit_order(store: Store) -> None:
    ledger = Ledger(store)
    written = _fill(ledger, commits=4)
    written.append(ledger.append(actor="alice", action="model.approved", subject="m:1"))
    path = _witness_file(store)
    lines = _lines(path)
    assert lines == [
        {"seq": e.seq, "entry_hash": e.entry_hash, "signer": e.signer, "signature": e.signature}
        for e in _checkpoints(written)
    ]
    assert len(lines) == 5  # one per commit, not one per entry
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    sightings = witness_sightings(path, ledger.signers())
    result = _fresh(store).verify(sightings=sightings)
    assert result.ok and result.sighted == len(lines)


def test_truncation_to_a_signed_checkpoint_needs_a_witness_or_bundle(
    store: Store, tmp_path: Path
) -> None:
    ledger = Ledger(store)
    written = _fill(ledger, commits=5)
    bundle = tmp_path / "bundle.json"
    export_bundle(ledger, bundle, actor="audrey")
    keep = _checkpoints(written)[2]
    _truncate_to(store, keep)
    pinned = ledger.signers()

    # The limit: cut back to a genuine checkpoint, the database alone still verifies, keys
    # pinned or not.
    assert _fresh(store).verify().ok
    assert _fresh(store).verify(pinned).ok

    witnessed = _fresh(store).verify(pinned, witness_sightings(_witness_file(store), pinned))
    assert not witnessed.ok and witnessed.first_bad_seq == keep.seq + 1
    assert f"entries {keep.seq + 1}-{written[-1].seq} are missing" in (witnessed.problem or "")
    assert "truncated or rolled back" in (witnessed.problem or "")

    against_bundle = _fresh(store).verify(pinned, _bundle_seen(bundle))
    assert not against_bundle.ok and against_bundle.first_bad_seq == keep.seq + 1


def test_cli_names_the_first_missing_entry(store: Store, tmp_path: Path) -> None:
    ledger = Ledger(store)
    written = _fill(ledger, commits=4)
    bundle = tmp_path / "bundle.json"
    runner = CliRunner()
    exported = runner.invoke(app, ["ledger", "export", str(bundle), "--home", str(store.home)])
    assert exported.exit_code == 0, exported.output
    witness = str(_witness_file(store))

    code, output = _verify(store, "--witness", witness, "--bundle", str(bundle))
    assert code == 0, output
    assert "ledger OK" in output and "holds all" in output and witness in output

    keep = _checkpoints(written)[1]
    _truncate_to(store, keep)
    code, output = _verify(store)
    assert code == 0 and "no witness or bundle compared" in output  # the documented limit
    for options in (["--witness", witness], ["--bundle", str(bundle)]):
        code, output = _verify(store, *options)
        assert code == 1, output
        assert f"ledger FAILED at entry {keep.seq + 1}" in output
        assert "truncated or rolled back" in output


def test_rewrite_with_the_signing_key_is_caught_at_the_witnessed_checkpoint(
    store: Store, tmp_path: Path
) -> None:
    ledger = Ledger(store)
    written = _fill(ledger, commits=4)
    bundle = tmp_path / "bundle.json"
    export_bundle(ledger, bundle, actor="audrey")
    pinned = ledger.signers()
    edited = written[4]  # inside the second commit, not itself a checkpoint
    assert edited.signature is None
    _rewrite_with_the_key(store, edited.seq)
    assert _fresh(store).verify(pinned).ok  # every hash and signature is genuine

    checkpoints = _checkpoints(written)
    witnessed_at = next(c for c in checkpoints if c.seq >= edited.seq)
    previous = max(c.seq for c in checkpoints if c.seq < edited.seq)
    result = _fresh(store).verify(pinned, witness_sightings(_witness_file(store), pinned))
    assert not result.ok and result.first_bad_seq == witnessed_at.seq
    assert f"between {previous + 1} and {witnessed_at.seq}" in (result.problem or "")
    assert "rewritten or forked" in (result.problem or "")

    exact = _fresh(store).verify(pinned, _bundle_seen(bundle))  # a bundle has every entry
    assert not exact.ok and exact.first_bad_seq == edited.seq

    code, output = _verify(store, "--witness", str(_witness_file(store)))
    assert code == 1 and f"at entry {witnessed_at.seq}" in output


def test_rollback_then_new_writes_shows_in_the_witness_order(store: Store) -> None:
    """Restore an old copy of the database and carry on: the witness sees sequence numbers
    go backwards, and the database forks from what it saw."""
    ledger = Ledger(store)
    written = _fill(ledger, commits=4)
    keep = _checkpoints(written)[1]
    _truncate_to(store, keep)
    resumed = _fresh(store)
    _fill(resumed, commits=1)
    with pytest.raises(WitnessError, match="rolled back and written again") as caught:
        witness_sightings(_witness_file(store), ledger.signers())
    assert f"ledger.witness.jsonl:{len(_checkpoints(written)) + 1}" in str(caught.value)
    code, output = _verify(store, "--witness", str(_witness_file(store)))
    assert code == 1 and "rolled back" in output


def test_a_tampered_witness_is_caught_where_it_can_be(store: Store) -> None:
    ledger = Ledger(store)
    _fill(ledger, commits=4)
    path = _witness_file(store)
    original = path.read_text(encoding="utf-8").splitlines(keepends=True)
    keys = ledger.signers()

    forged = json.loads(original[2])
    forged["entry_hash"] = "ab" * 32
    path.write_text("".join([*original[:2], json.dumps(forged) + "\n", *original[3:]]))
    with pytest.raises(WitnessError, match=r"jsonl:3: the signature on checkpoint \d+ does"):
        witness_sightings(path, keys)

    path.write_text("".join([original[1], original[0], *original[2:]]))
    with pytest.raises(WitnessError, match="jsonl:2: checkpoint"):
        witness_sightings(path, keys)

    path.write_text("".join([*original[:2], '{"seq": 7, "entry_hash"\n', *original[2:]]))
    with pytest.raises(WitnessError, match="jsonl:3: not a JSON line"):
        witness_sightings(path, keys)

    path.write_text("".join(original))
    stranger = LedgerSigner.load_or_create(store.home / "elsewhere")
    with pytest.raises(WitnessError, match=r"jsonl:1: .* not trusted"):
        witness_sightings(path, {stranger.key_id: stranger.public_hex})

    # What it cannot catch: whoever can write the file can drop its newest lines, and a
    # truncation back to the newest line kept then goes unseen.
    newest_kept = json.loads(original[1])
    path.write_text("".join(original[:2]))
    run_sql(store, "DELETE FROM ledger_entries WHERE seq > :seq", seq=newest_kept["seq"])
    run_sql(store, "UPDATE ledger_anchor SET seq=:seq, head_hash=:head",
            seq=newest_kept["seq"], head=newest_kept["entry_hash"])  # fmt: skip
    assert _fresh(store).verify(keys, witness_sightings(path, keys)).ok


def test_a_witness_and_a_bundle_of_two_forks_disagree(store: Store, tmp_path: Path) -> None:
    """A bundle exported from a rewritten database and the witness of the original."""
    ledger = Ledger(store)
    written = _fill(ledger, commits=3)
    _rewrite_with_the_key(store, written[0].seq)
    bundle = tmp_path / "bundle.json"
    export_bundle(_fresh(store), bundle, actor="audrey")
    keys = ledger.signers()
    with pytest.raises(WitnessError, match="disagree about entry"):
        merge_sightings(_bundle_seen(bundle), witness_sightings(_witness_file(store), keys))


def test_gateway_group_commits_write_one_line_per_commit(store: Store) -> None:
    ledger = Ledger(store)
    writer = LedgerWriter(ledger)
    futures = [writer.submit(actor="gw", action="gateway.decision", subject=f"r{i}")
               for i in range(300)]  # fmt: skip
    written = [future.result() for future in futures]
    writer.close()
    lines = _lines(_witness_file(store))
    assert len(lines) == writer.batches < len(written)
    assert [line["seq"] for line in lines] == [e.seq for e in _checkpoints(written)]


def test_concurrent_writers_witness_in_commit_order(store: Store) -> None:
    """Four writers, each with its own ledger, store connection and open witness file (as
    separate gateway workers have): lines strictly increasing, one per commit, and every
    line matches the database."""

    def write(worker: int) -> None:
        own = Ledger(Store(store.home, url=store.url))
        for i in range(15):
            own.append_many([{"actor": f"w{worker}", "action": "step", "subject": str(i)}] * 2)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    keys = Ledger(store).signers()
    sightings = witness_sightings(_witness_file(store), keys)  # raises on any disorder
    assert len(sightings) == 4 * 15
    result = _fresh(store).verify(keys, sightings)
    assert result.ok and result.sighted == len(sightings)


def test_steward_witness_names_the_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "other-disk" / "steward.witness.jsonl"
    monkeypatch.setenv("STEWARD_WITNESS", str(elsewhere))
    assert default_witness_path(store.home) == elsewhere
    Ledger(store).append(actor="alice", action="step", subject="x")
    assert len(_lines(elsewhere)) == 1
    assert not _witness_file(store).exists()


def test_an_unwritable_witness_stops_the_commit_before_it_starts(store: Store) -> None:
    ledger = Ledger(store)
    _fill(ledger, commits=1)
    before = ledger.count()
    blocked = store.home / "blocked"
    blocked.mkdir()
    ledger.witness = Witness(blocked)  # a directory: cannot be opened for appending
    with pytest.raises(StewardError, match="cannot open the ledger witness") as caught:
        ledger.append(actor="alice", action="step", subject="y")
    assert str(blocked) in str(caught.value)
    assert ledger.count() == before


def test_a_torn_last_line_does_not_swallow_the_next(store: Store) -> None:
    ledger = Ledger(store)
    _fill(ledger, commits=1)
    path = _witness_file(store)
    with path.open("a") as handle:
        handle.write('{"seq": 99, "entry_')  # a crash in the middle of a write
    _fill(ledger, commits=1)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1] == '{"seq": 99, "entry_'
    assert json.loads(lines[2])["seq"] == ledger.count()
    with pytest.raises(WitnessError, match="jsonl:2: not a JSON line"):
        witness_sightings(path, ledger.signers())


def test_a_real_gateway_witnesses_its_group_commits(store: Store, tmp_path: Path) -> None:
    """Requests to a gateway on a real uvicorn server go through its group-commit writer;
    every commit leaves one witness line, and the store verifies against the witness."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from steward.config import load_policy
    from steward.serve.app import build_gateway, create_app
    from steward.serve.keys import KeyStore
    from tests.conftest import serving, write_policy

    policy = write_policy(tmp_path, "witness", guards={"input": ["max_length"], "output": []})
    gateway = build_gateway(load_policy(policy), store)
    secret = KeyStore(store).create("app", "end_user", created_by="test")[0]
    with serving(create_app(gateway)) as url, httpx.Client(base_url=url, timeout=30) as client:

        def guard(i: int) -> int:
            answer = client.post("/v1/guard", json={"text": f"balance {i}"},
                                 headers={"Authorization": f"Bearer {secret}"})  # fmt: skip
            return answer.status_code

        with ThreadPoolExecutor(8) as pool:
            assert set(pool.map(guard, range(48))) == {200}
    gateway.writer.close()
    entries = Ledger(store).entries()
    lines = _lines(_witness_file(store))
    assert [line["seq"] for line in lines] == [e.seq for e in _checkpoints(entries)]
    code, output = _verify(store, "--witness", str(_witness_file(store)))
    assert code == 0 and f"holds all {len(lines)} checkpoints" in output


def test_a_missing_witness_file_is_named(store: Store, tmp_path: Path) -> None:
    _fill(Ledger(store), commits=1)
    code, output = _verify(store, "--witness", str(tmp_path / "nowhere.jsonl"))
    assert code == 2 and "nowhere.jsonl" in output and "cannot read the ledger witness" in output


def test_a_bundle_checked_where_there_is_no_ledger(tmp_path: Path) -> None:
    """An auditor's machine has the bundle and no ledger: --bundle says so, and --bundle-only
    checks the bundle on its own (SQLite only: nothing here depends on the backend)."""
    site = Store(tmp_path / "site")
    _fill(Ledger(site), commits=2)
    bundle = tmp_path / "bundle.json"
    export_bundle(Ledger(site), bundle, actor="audrey")
    runner = CliRunner()
    home = ["--home", str(tmp_path / "auditor")]
    compared = runner.invoke(app, ["ledger", "verify", *home, "--bundle", str(bundle)])
    assert compared.exit_code == 1 and "add --bundle-only" in compared.output
    alone = [*home, "--bundle", str(bundle), "--bundle-only"]
    checked = runner.invoke(app, ["ledger", "verify", *alone])
    assert checked.exit_code == 0 and "verified on its own" in checked.output
    misuse = runner.invoke(app, ["ledger", "verify", *home, "--bundle-only"])
    assert misuse.exit_code == 2 and "--bundle-only needs --bundle" in misuse.output
