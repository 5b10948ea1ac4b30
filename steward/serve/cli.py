"""``steward guard``: train the prompt-injection model and run guards over files.

Thin: parse, build the guards from the policy, stream, print."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from steward.cli_common import HomeOption, JsonOption, friendly_errors, open_store
from steward.data.stream import RecordError, RecordTask
from steward.errors import StewardError

if TYPE_CHECKING:
    from steward.config import LoadedPolicy
    from steward.serve.keys import ApiKey
    from steward.store.artifacts import Store

guard_app = typer.Typer(
    help="Guards for prompts and answers: train, and check files.", no_args_is_help=True
)

PolicyOption = Annotated[Path, typer.Option("--policy", "-p", help="steward.yaml")]


class GuardTask(RecordTask):
    """Runs the named guards over each chunk's texts; adds ``blocked``, ``action``, ``score``
    and ``reasons`` (and, with ``details``, each guard's verdict) to every record."""

    def __init__(
        self,
        policy_path: Path,
        home: Path,
        text_field: str,
        guards: list[str] | None,
        details: bool = False,
    ) -> None:
        self.policy_path = policy_path
        self.home = home
        self.text_field = text_field
        self.guards = guards
        self.details = details
        self._chain: Any = None
        self._blocked = 0

    def setup(self) -> None:
        from steward.config import load_policy
        from steward.serve.guards.build import build_chains
        from steward.store.artifacts import Store

        loaded = load_policy(self.policy_path)
        self._chain, _ = build_chains(loaded, Store(self.home), self.guards)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_chain": None}

    def process_batch(
        self, items: list[tuple[int, dict[str, Any]]]
    ) -> list[dict[str, Any] | RecordError]:
        if self._chain is None:
            self.setup()
        results: list[dict[str, Any] | RecordError] = []
        texts: dict[int, str] = {}
        for i, (_line, record) in enumerate(items):
            text = record.get(self.text_field)
            if not isinstance(text, str):
                what = "missing field" if text is None else f"not a string ({type(text).__name__})"
                results.append(RecordError(f"{what} {self.text_field!r}", field=self.text_field))
                continue
            texts[i] = text
            results.append(record)
        checked = self._chain.check_batch(list(texts.values()))
        for i, result in zip(texts, checked, strict=True):
            record = items[i][1]
            self._blocked += result.blocked
            record["blocked"] = result.blocked
            record["action"] = result.action
            record["score"] = round(result.score, 4)
            record["reasons"] = result.reasons
            if result.action == "redact":
                record["redacted"] = result.text
            if self.details:
                record["guards"] = [v.to_dict() for v in result.verdicts]
        return results

    def drain(self) -> Any:
        blocked, self._blocked = self._blocked, 0
        return blocked


def _guard_names(values: list[str] | None) -> list[str] | None:
    from steward.config import GUARD_NAMES

    if not values:
        return None
    names = [v.strip() for value in values for v in value.split(",") if v.strip()]
    unknown = sorted(set(names) - set(GUARD_NAMES))
    if unknown:
        raise StewardError(
            f"unknown guard {unknown[0]!r}; guards are {', '.join(GUARD_NAMES)}", where="--guards"
        )
    return list(dict.fromkeys(names))


@guard_app.command("train")
@friendly_errors
def train_command(
    policy: Annotated[Path, typer.Argument(help="steward.yaml")],
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Train the prompt-injection classifier from guards.prompt_injection.train_data (plus the
    policy's benign messages), store it and record it in the ledger."""
    from steward.accountability.roles import current_actor
    from steward.config import load_policy
    from steward.serve.guards.build import train_injection_model

    loaded = load_policy(policy)
    _, metrics = train_injection_model(loaded, open_store(home), actor=current_actor())
    if json_out:
        print(json.dumps(metrics, indent=1))
        return
    validation = metrics.get("validation")
    scored = (
        f"; validation F1 {validation['f1']:.3f} (P {validation['precision']:.3f}, "
        f"R {validation['recall']:.3f}, {validation['rows']} rows)"
        if validation
        else ""
    )
    typer.echo(
        f"prompt-injection model {metrics['sha256'][:12]}: {metrics['train_rows']} labelled + "
        f"{metrics['benign_rows']} benign messages{scored}"
    )


@guard_app.command("check")
@friendly_errors
def check_command(
    input: Annotated[Path, typer.Argument(help="JSONL, CSV or Parquet file")],
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL file to write")],
    policy: PolicyOption = Path("steward.yaml"),
    text_field: Annotated[str, typer.Option("--text-field")] = "text",
    guards: Annotated[
        list[str] | None,
        typer.Option(
            "--guards",
            help="Only these guards (comma-separated; default: the policy's input guards)",
        ),
    ] = None,
    details: Annotated[bool, typer.Option("--details", help="Add each guard's verdict")] = False,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1)] = 1,
    home: HomeOption = None,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="embedded or ray (default: the policy's engine, else embedded; ray needs "
            "pip install 'steward[ray]')",
        ),
    ] = None,
) -> None:
    """Run guards over every record, in input order: adds ``blocked``, ``action``, ``score``
    and ``reasons``. Malformed records go to ``<out>.errors.jsonl`` with their line."""
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import current_actor
    from steward.config import load_policy
    from steward.data.ray_engine import check_engine
    from steward.data.stream import process_file

    if not policy.is_file():
        raise StewardError("policy file not found", where=str(policy))
    engine = check_engine(
        engine or load_policy(policy).policy.engine, "--engine" if engine else f"{policy}: engine"
    )
    store = open_store(home)
    task = GuardTask(policy.resolve(), store.home, text_field, _guard_names(guards), details)
    task.setup()  # fail fast (no model, bad policy) before any worker starts
    blocked = 0

    def on_extra(count: int) -> None:
        nonlocal blocked
        blocked += count

    result = process_file(input, out, task, workers=workers, on_extra=on_extra, engine=engine)
    Ledger(store).append(
        actor=current_actor(),
        action="guard.checked",
        subject=str(input),
        details={
            "output": str(out),
            "guards": task._chain.names,
            "records_read": result.records_read,
            "records_written": result.records_written,
            "blocked": blocked,
            "malformed": result.malformed,
            "engine": engine,
        },
    )
    typer.echo(
        f"{result.records_read} records read: {result.records_written} checked, {blocked} blocked, "
        f"{result.malformed} malformed (guards: {', '.join(task._chain.names)})"
    )
    if result.errors_path:
        typer.echo(f"malformed records: {result.errors_path}")
        typer.echo(result.problem_summary())
    result.require_valid_records()


keys_app = typer.Typer(help="Gateway API keys (shown once, stored hashed).", no_args_is_help=True)


@keys_app.command("create")
@friendly_errors
def keys_create(
    role: Annotated[str, typer.Option("--role", help="the role the key acts as")],
    name: Annotated[str, typer.Option("--name", help="who or what uses it")],
    policy: PolicyOption = Path("steward.yaml"),
    expires_days: Annotated[float | None, typer.Option("--expires-days", min=0.0001)] = None,
    rate: Annotated[int, typer.Option("--rate", min=1, help="requests per minute")] = 600,
    home: HomeOption = None,
) -> None:
    """Create a key; it is printed once and only its scrypt hash is kept. Needs the deploy
    permission (operator) when the policy enforces roles; recorded in the ledger."""
    from steward.config import load_policy

    key, record = create_key_recorded(
        load_policy(policy), open_store(home), name, role, expires_days=expires_days, rate=rate
    )
    typer.echo(key)
    typer.echo(
        f"key {record.key_id} for {name!r} as {role}"
        + (f", expires {record.expires_at}" if record.expires_at else "")
        + ": shown once, store it now",
        err=True,
    )


@keys_app.command("list")
@friendly_errors
def keys_list(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Keys with role, expiry and whether they are active (never the secrets)."""
    from steward.serve.keys import KeyStore

    keys = KeyStore(open_store(home)).list()
    if json_out:
        print(json.dumps([k.to_dict() for k in keys], indent=1))
        return
    for k in keys:
        state = "active" if k.active else ("revoked" if k.revoked_at else "expired")
        typer.echo(f"{k.key_id}  {k.role:16s} {state:8s} {k.name}  (by {k.created_by})")


def create_key_recorded(
    loaded: LoadedPolicy,
    store: Store,
    name: str,
    role: str,
    *,
    expires_days: float | None = None,
    rate: int = 600,
    single_use: bool = False,
) -> tuple[str, ApiKey]:
    """A new key (``steward keys create``, ``steward console --sign-in-key-for``): the acting
    person needs the deploy permission when the policy enforces roles; recorded."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.serve.keys import KeyStore

    ledger = Ledger(store)
    actor = authorize_cli_action(
        loaded, Permission.DEPLOY, "key.created", f"{name} as {role}", ledger=ledger
    )
    key, record = KeyStore(store).create(
        name, role, created_by=actor, expires_days=expires_days, rate_per_minute=rate,
        single_use=single_use,
    )  # fmt: skip
    ledger.append(
        actor=actor,
        action="key.created",
        subject=record.key_id,
        details={
            "name": name,
            "role": role,
            "expires_at": record.expires_at,
            "rate": rate,
            **({"single_use": True} if single_use else {}),
        },
    )
    return key, record


def revoke_key_recorded(loaded: LoadedPolicy, store: Store, key_id: str) -> ApiKey:
    """Revoke a key (``steward keys revoke``): authorized and recorded as it was created."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.serve.keys import KeyStore

    ledger = Ledger(store)
    actor = authorize_cli_action(loaded, Permission.DEPLOY, "key.revoked", key_id, ledger=ledger)
    record = KeyStore(store).revoke(key_id)
    ledger.append(actor=actor, action="key.revoked", subject=key_id)
    return record


@keys_app.command("revoke")
@friendly_errors
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="the id shown by `steward keys list`")],
    policy: PolicyOption = Path("steward.yaml"),
    home: HomeOption = None,
) -> None:
    """Revoke a key (the gateway refuses it within seconds); recorded in the ledger."""
    from steward.config import load_policy

    record = revoke_key_recorded(load_policy(policy), open_store(home), key_id)
    typer.echo(f"key {key_id} revoked at {record.revoked_at}")


person_app = typer.Typer(
    help="People's own Ed25519 keys: role-gated CLI actions are signed with them.",
    no_args_is_help=True,
)
keys_app.add_typer(person_app, name="person")


@person_app.command("create")
@friendly_errors
def person_create(
    name: Annotated[str, typer.Argument(help="the person's name, as the policy lists it")],
    folder: Annotated[
        Path | None, typer.Option("--dir", help="default: ~/.config/steward/identity")
    ] = None,
    passphrase: Annotated[
        bool,
        typer.Option(
            "--passphrase/--no-passphrase",
            help="encrypt the private key (asked twice, or from STEWARD_IDENTITY_PASSPHRASE)",
        ),
    ] = False,
) -> None:
    """Create NAME's key pair: the private key goes to NAME.key (0600) in the person's own
    folder, and the public key is printed, to be listed for NAME in roles.assignments."""
    import os

    from steward.accountability.identity import PASSPHRASE_ENV, create_personal_key

    secret: str | None = None
    if passphrase:
        secret = os.environ.get(PASSPHRASE_ENV) or typer.prompt(
            "passphrase", hide_input=True, confirmation_prompt=True
        )
    key = create_personal_key(name, folder, passphrase=secret)
    typer.echo(key.public_key)
    protection = "passphrase-protected" if secret else "not encrypted: only file permissions"
    typer.echo(
        f"private key {key.path} ({protection}), fingerprint {key.fingerprint}. List the public "
        f"key in the policy, in each role {name} holds:\n"
        f'  - {{name: {name}, public_key: "{key.public_key}"}}',
        err=True,
    )


@person_app.command("show")
@friendly_errors
def person_show(
    name: Annotated[
        str | None, typer.Argument(help="default: STEWARD_ACTOR, else the OS user")
    ] = None,
    policy: Annotated[
        Path | None, typer.Option("--policy", "-p", help="say whom and which roles it lists")
    ] = None,
) -> None:
    """The public key and fingerprint of the key the CLI would sign with (STEWARD_IDENTITY,
    else NAME.key in the identity folder) and, with --policy, what the policy grants it."""
    from steward.accountability.identity import find_personal_key, identity_dir
    from steward.accountability.roles import current_actor
    from steward.config import load_policy

    claimed = name or current_actor()
    key = find_personal_key(claimed)
    if key is None:
        raise StewardError(
            f"no private key for {claimed!r} (create one with `steward keys person create`)",
            where=str(identity_dir() / f"{claimed}.key"),
        )
    typer.echo(key.public_key)
    typer.echo(f"fingerprint {key.fingerprint}, private key {key.path}")
    if policy is not None:
        roles = load_policy(policy).policy.roles
        listed = [(role, h.name) for role, h in roles.holders() if h.public_key == key.public_key]
        typer.echo(
            f"{policy}: "
            + (
                f"{listed[0][1]} as {', '.join(role for role, _ in listed)}"
                if listed
                else "not listed (role-gated actions with this key are refused)"
            )
        )


@person_app.command("verify")
@friendly_errors
def person_verify(
    seq: Annotated[int, typer.Argument(help="the ledger entry's number")],
    policy: Annotated[
        Path | None,
        typer.Option("--policy", "-p", help="the policy in force then: its hash and key list"),
    ] = None,
    home: HomeOption = None,
) -> None:
    """Re-check the signature a ledger entry records for the person who acted (the entry's
    own integrity is `steward ledger verify`'s job). Exits 1 when it does not hold."""
    from steward.accountability.identity import verify_recorded_identity
    from steward.config import load_policy
    from steward.store.db import LedgerEntryRow

    with open_store(home).session() as session:
        row = session.get(LedgerEntryRow, seq)
        if row is None:
            raise StewardError(f"no ledger entry {seq}", where="SEQ")
        actor, details = row.actor, dict(row.details or {})
    problems = verify_recorded_identity(
        details, actor, load_policy(policy) if policy is not None else None
    )
    if problems:
        for problem in problems:
            typer.echo(f"entry {seq}: {problem}", err=True)
        raise typer.Exit(1)
    identity = details["identity"]
    challenge = identity["challenge"]
    typer.echo(
        f"entry {seq}: signed by {actor} (key {identity['fingerprint']}) for "
        f"{challenge['action']} on {challenge['subject']!r} at {challenge['at']}"
    )


def serve_command(
    policy: Annotated[Path, typer.Argument(help="steward.yaml")] = Path("steward.yaml"),
    host: Annotated[str | None, typer.Option("--host", help="default: serve.host")] = None,
    port: Annotated[int | None, typer.Option("--port", help="default: serve.port")] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="name or name:version (default: serve.model)")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="processes (default: serve.workers)")
    ] = None,
    ssl_certfile: Annotated[
        Path | None,
        typer.Option("--ssl-certfile", help="PEM certificate (chain): serve HTTPS, not HTTP"),
    ] = None,
    ssl_keyfile: Annotated[
        Path | None, typer.Option("--ssl-keyfile", help="PEM private key of --ssl-certfile")
    ] = None,
    home: HomeOption = None,
) -> None:
    """Run the gateway: guarded /v1/classify, /v1/guard, /v1/feedback, /healthz, /metrics.
    With several workers (serve.shared_state auto or store) they share rate limits and
    key revocations through the store and add up their /metrics."""
    import os
    import shutil

    import uvicorn

    from steward.config import load_policy
    from steward.serve.app import build_gateway
    from steward.serve.shared import SHARED_STATE_ENV, shared_state_wanted

    tls = _tls_files(ssl_certfile, ssl_keyfile)
    loaded = load_policy(policy)
    store = open_store(home)
    settings = loaded.policy.serve
    processes = workers or settings.workers
    shared = shared_state_wanted(settings.shared_state, processes)
    # Before anything imports prometheus-client: its multiprocess mode is chosen then. A
    # folder the environment names is used whatever the mode (prometheus-client would).
    wanted = (shared and processes > 1) or bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
    metrics_dir = _multiprocess_metrics_dir() if wanted else None
    try:
        # Load once here: a bad policy, model or missing detector fails before any worker starts.
        gateway = build_gateway(loaded, store, model_ref=model, announce=False, shared_state=shared)
        gateway.writer.close()
        bind_host, bind_port = host or settings.host, port or settings.port
        typer.echo(
            f"steward gateway on {'https' if tls else 'http'}://{bind_host}:{bind_port} "
            f"({processes} process"
            f"{'es' if processes > 1 else ''}; model: "
            f"{gateway.model.version.ref if gateway.model else 'none'}; input guards: "
            f"{', '.join(gateway.input_guards.names)}; limits "
            f"{'shared in the store' if shared else 'per process'}; docs at /docs)",
            err=True,
        )
        # Each worker builds its own gateway from these (steward.serve.app.app_from_env).
        os.environ["STEWARD_SERVE_POLICY"] = str(loaded.path)
        os.environ["STEWARD_HOME"] = str(store.home)
        if model:
            os.environ["STEWARD_SERVE_MODEL"] = model
        os.environ[SHARED_STATE_ENV] = "store" if shared else "process"
        uvicorn.run(
            "steward.serve.app:app_from_env", factory=True, host=bind_host, port=bind_port,
            workers=processes, log_level="warning", access_log=False,
            ssl_certfile=tls[0] if tls else None, ssl_keyfile=tls[1] if tls else None,
        )  # fmt: skip
    finally:
        if metrics_dir is not None and metrics_dir[1]:
            shutil.rmtree(metrics_dir[0], ignore_errors=True)


def _multiprocess_metrics_dir() -> tuple[Path, bool]:
    """The folder the workers' metrics go to (``PROMETHEUS_MULTIPROC_DIR``), set in the
    environment the workers inherit, and whether it is ours to delete at exit: the one the
    environment names (emptied of an earlier run's files first), else a new temporary one."""
    import os
    import tempfile

    from steward.serve.metrics import MULTIPROC_DIR_ENV

    named = os.environ.get(MULTIPROC_DIR_ENV)
    if named:
        folder = Path(named)
        folder.mkdir(parents=True, exist_ok=True)
        # prometheus-client's own files: an earlier run's counts would be added in again
        for kind in ("counter", "gauge", "histogram", "summary"):
            for stale in folder.glob(f"{kind}_*.db"):
                stale.unlink()
        return folder, False
    folder = Path(tempfile.mkdtemp(prefix="steward-metrics-"))
    os.environ[MULTIPROC_DIR_ENV] = str(folder)
    return folder, True


def _tls_files(certfile: Path | None, keyfile: Path | None) -> tuple[str, str] | None:
    """uvicorn's TLS settings, both files checked before anything starts: a certificate and
    its key go together, each must be a readable PEM file that ``ssl`` accepts as a pair."""
    import ssl

    from steward.errors import StewardError

    if certfile is None and keyfile is None:
        return None
    if certfile is None or keyfile is None:
        given = "--ssl-certfile" if certfile else "--ssl-keyfile"
        missing = "--ssl-keyfile" if certfile else "--ssl-certfile"
        raise StewardError(f"{given} needs {missing} too", where=missing)
    for option, path in (("--ssl-certfile", certfile), ("--ssl-keyfile", keyfile)):
        if not path.is_file():
            raise StewardError(f"{option}: no such file", where=str(path))
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(certfile, keyfile)
    except (ssl.SSLError, ValueError) as exc:
        raise StewardError(
            f"the certificate and key do not load as a PEM pair: {exc}", where=str(certfile)
        ) from None
    return str(certfile), str(keyfile)


def serve_model_command(
    model: Annotated[
        str, typer.Option("--model", help="'smollm2' (the packaged GGUF) or a model directory")
    ] = "smollm2",
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8001,
    device: Annotated[str, typer.Option("--device", help="cpu or cuda")] = "cpu",
    assistant: Annotated[
        str | None,
        typer.Option(
            "--assistant",
            help="a registered assistant (name or name:version from `steward run` on an "
            "assistant policy): its base model + LoRA adapter; approved/deployed only",
        ),
    ] = None,
    home: HomeOption = None,
) -> None:
    """Serve a local causal LM as an OpenAI-compatible upstream for the gateway
    (serve.upstream_url: http://HOST:PORT/v1)."""
    import uvicorn

    from steward.assistant.model import ChatModel, model_directory
    from steward.assistant.server import create_model_app

    system_prompt: str | None = None  # the fine-tuned assistant's, put first when none is sent
    identity: dict[str, Any] | None = None  # a registered assistant's ref and hashes
    if assistant is not None:
        from steward.assistant.pipeline import load_assistant

        loaded = load_assistant(open_store(home), assistant, device=device)
        chat, system_prompt, identity = loaded.chat, loaded.system_prompt, loaded.identity
        model = assistant
    else:
        directory = model_directory(model, open_store(home).home / "cache" / "assistant")
        chat = ChatModel.load(directory, device=device)
    typer.echo(f"local model {model} on http://{host}:{port}/v1 ({device})", err=True)
    app = create_model_app(chat, model, system_prompt, identity=identity)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
