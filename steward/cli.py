"""``steward`` command line. Thin: parse, call the stage, print. Heavy imports stay inside
commands so ``steward --help`` is instant."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from steward.accountability.cli import incidents_app, monitor_app
from steward.accountability.feedback_cli import feedback_app
from steward.assistant.cli import kb_app
from steward.audit.cli import audit_app
from steward.cli_common import HomeOption, JsonOption, err_console, friendly_errors, open_store
from steward.console.cli import console_command
from steward.data.cli import data_app
from steward.data.pii.cli import pii_app
from steward.errors import StewardError
from steward.serve.cli import guard_app, keys_app, serve_command, serve_model_command
from steward.store.cli import store_app

app = typer.Typer(
    help="Steward: responsible LLM development and deployment.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
ledger_app = typer.Typer(
    help="The tamper-evident ledger of lifecycle events.", no_args_is_help=True
)
models_app = typer.Typer(help="The model registry.", no_args_is_help=True)
app.add_typer(ledger_app, name="ledger")
app.add_typer(models_app, name="models")
app.add_typer(audit_app, name="audit")
app.add_typer(pii_app, name="pii")
app.add_typer(data_app, name="data")
app.add_typer(guard_app, name="guard")
app.add_typer(keys_app, name="keys")
app.add_typer(incidents_app, name="incidents")
app.add_typer(monitor_app, name="monitor")
app.add_typer(feedback_app, name="feedback")
app.add_typer(kb_app, name="kb")
app.add_typer(store_app, name="store")
app.command("serve")(friendly_errors(serve_command))
app.command("serve-model")(friendly_errors(serve_model_command))
app.command("console")(friendly_errors(console_command))

console = Console()


def _print_json(data: object) -> None:
    # Plain print: Rich would wrap long lines to the terminal width and break the JSON.
    print(json.dumps(data, default=str, ensure_ascii=False, indent=1))


@app.command()
@friendly_errors
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the policy")] = Path("steward.yaml"),
    example: Annotated[
        str,
        typer.Option(
            "--example", help="bank (intent classifier) or assistant (generative, with documents)"
        ),
    ] = "bank",
    shared_data: Annotated[
        Path | None,
        typer.Option(
            "--shared-data",
            help="Folder of the shared evaluation sets (BBQ, toxicity, prompt injections) the "
            "assistant's audits read; default ../shared/data beside the policy's folder",
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite existing files")] = False,
) -> None:
    """Write an example policy (and, for the assistant, its documents) to start a project."""
    from steward.examples.starter import write_example

    written = write_example(path, example, shared_data=shared_data, force=force)
    for file in written.files:
        console.print(f"wrote {file}")
    data_option = " --replies" if example == "assistant" else ""
    out = written.policy.parent / written.data_path
    default_out = Path(".") / written.data_path
    out_option = "" if out == default_out else f" --out {out}"
    console.print(
        "next: the example data and a run —\n"
        f"  steward demo-data{data_option}{out_option}\n"
        f"  steward run {written.policy}"
    )


@app.command("demo-data")
@friendly_errors
def demo_data(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="JSONL file to write; default data/conversations.jsonl (with --replies "
            "data/dialogues.jsonl), where `steward init`'s policies read",
        ),
    ] = None,
    n_messages: Annotated[int, typer.Option("--messages", "-n", help="Lines to write")] = 6000,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same bytes)")] = 13,
    zh_share: Annotated[float, typer.Option(help="Share of Chinese messages")] = 0.3,
    malformed_rate: Annotated[float, typer.Option(help="Share of malformed rows")] = 0.03,
    bias_group_share: Annotated[
        float, typer.Option(help="Share of the under-represented age band 65+")
    ] = 0.06,
    replies: Annotated[
        bool, typer.Option("--replies", help="Add the agent's reply (for the assistant)")
    ] = False,
) -> None:
    """Write the bundled example: a synthetic bank customer-service conversation log."""
    from steward.examples.bank import BankDataConfig, write_bank_conversations
    from steward.examples.starter import DEMO_DATA_PATHS

    if out is None:
        out = DEMO_DATA_PATHS["assistant" if replies else "bank"]

    try:
        config = BankDataConfig(
            n_messages=n_messages,
            seed=seed,
            zh_share=zh_share,
            malformed_rate=malformed_rate,
            bias_group_share=bias_group_share,
        )
    except ValueError as exc:
        raise StewardError(str(exc), where="demo-data") from None
    manifest = write_bank_conversations(out, config, replies=replies)
    console.print(
        f"wrote {manifest.n_lines} lines to {out} ({manifest.n_valid} valid, "
        f"{sum(manifest.malformed.values())} malformed, "
        f"{manifest.exact_duplicates} exact and {manifest.near_duplicates} near "
        "duplicates planted)"
    )


@app.command()
@friendly_errors
def run(
    policy: Annotated[Path, typer.Argument(help="The policy file (steward.yaml)")],
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Run the lifecycle: govern data, train, audit, gate, register — all in the ledger."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy
    from steward.pipeline import Pipeline

    loaded = load_policy(policy)
    store = open_store(home)
    actor = authorize_cli_action(
        loaded, Permission.RUN_PIPELINE, "run.started", str(loaded.path), ledger=Ledger(store)
    )
    if loaded.policy.assistant is not None:  # the generative assistant's lifecycle
        from steward.assistant.pipeline import AssistantPipeline

        result = AssistantPipeline(loaded, store, actor=actor, console=err_console).run()
        if json_out:
            _print_json(result.to_dict())
            return
        _print_assistant_summary(result)
        return
    summary = Pipeline(loaded, store, actor=actor, console=err_console).run()
    if json_out:
        _print_json(summary.to_dict())
        return
    _print_summary(summary)


@app.command()
@friendly_errors
def federate(
    policy: Annotated[Path, typer.Argument(help="The policy file, with a federated: section")],
    home: HomeOption = None,
    json_out: JsonOption = False,
    runtime: Annotated[
        str | None,
        typer.Option(
            help="simulation (Flower's simulation engine) or deployment (a SuperLink and one "
            "SuperNode process per site on 127.0.0.1); default: the policy's federated.runtime",
        ),
    ] = None,
) -> None:
    """Federated training over the policy's sites (Flower): each site governs its own data,
    FedAvg combines the sites' classifier heads; rounds, gate and model go to the ledger."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy
    from steward.federated.pipeline import federate as run_federation

    loaded = load_policy(policy)
    store = open_store(home)
    actor = authorize_cli_action(
        loaded, Permission.RUN_PIPELINE, "federation.started", str(loaded.path),
        ledger=Ledger(store),
    )  # fmt: skip
    if runtime not in (None, "simulation", "deployment"):
        raise typer.BadParameter(
            f"{runtime!r}: use simulation or deployment", param_hint="--runtime"
        )
    if loaded.policy.federated and loaded.policy.federated.task == "assistant":
        from steward.federated.assistant_pipeline import federate_assistant, print_summary

        if runtime not in (None, "simulation"):
            raise typer.BadParameter("task assistant runs on simulation", param_hint="--runtime")
        adapter = federate_assistant(loaded, store, actor=actor, console=err_console)
        if json_out:
            _print_json(adapter.to_dict())
        else:
            print_summary(adapter, console)
        return
    summary = run_federation(loaded, store, actor=actor, console=err_console, runtime=runtime)
    if json_out:
        _print_json(summary.to_dict())
        return
    table = Table(title=f"Steward federated run {summary.run_id}")
    table.add_column("what")
    table.add_column("value", justify="right")
    for site in summary.sites:
        a = site.accounting
        table.add_row(
            f"site {site.name}",
            f"kept {a.kept} / quarantined {a.quarantined} / duplicates {a.duplicates}; "
            f"test accuracy {site.test.get('accuracy', float('nan')):.4f}",
        )
    for record in summary.rounds:
        table.add_row(
            f"round {record.round}",
            f"{len(record.sites)} sites, loss {record.train_loss:.4f}, "
            f"validation accuracy {record.validation_accuracy}",
        )
    for name, value in summary.metrics.items():
        table.add_row(f"test {name} (all sites)", f"{value:.4f}")
    for verdict in summary.gate.verdicts:
        mark = "pass" if verdict.passed else f"FAIL ({verdict.severity})"
        table.add_row(f"gate: {verdict.name}", f"{mark}: {verdict.reason}")
    table.add_row("model", f"{summary.model.ref} → {summary.model.status}")
    for regime, spent in (summary.privacy or {}).items():
        epsilon = spent.get("epsilon_spent", spent.get("epsilon"))
        table.add_row(f"privacy: {regime.replace('_', '-')} DP", f"ε {epsilon}")
    table.add_row("model card", str(summary.run_dir / "MODEL_CARD.md"))
    table.add_row("ledger", f"{store.home} (steward ledger show --home {store.home})")
    table.add_row("run directory", str(summary.run_dir))
    console.print(table)


def _print_run_table(title: str, summary: Any, rows: list[tuple[str, str]]) -> None:
    """The row accounting, the run's own ``rows``, then the gate's verdicts and the model."""
    from steward.registry.models import PENDING_REVIEW

    a = summary.accounting
    table = Table(title=f"{title} {summary.run_id}", show_header=True)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("rows read", str(a.rows_read))
    table.add_row("kept / quarantined / duplicates", f"{a.kept} / {a.quarantined} / {a.duplicates}")
    table.add_row("rows in = kept + quarantined + duplicates", "yes" if a.balanced else "NO")
    for row in rows:
        table.add_row(*row)
    for verdict in summary.gate.verdicts:
        mark = "pass" if verdict.passed else f"FAIL ({verdict.severity})"
        table.add_row(f"gate: {verdict.name}", f"{mark}: {verdict.reason}")
    table.add_row("model", f"{summary.model.ref} → {summary.model.status}")
    table.add_row("run directory", str(summary.run_dir))
    console.print(table)
    if summary.model.status == PENDING_REVIEW:
        console.print(
            f"{summary.model.ref} passed the gate and is not served until a risk owner "
            f"signs it off: steward models review {summary.model.ref} --approve "
            '--reason "..." --policy POLICY (or --reject)',
            highlight=False,
            soft_wrap=True,
        )


def _print_assistant_summary(summary: Any) -> None:
    training = summary.training
    rows = [("fine-tuning", f"{training['rows']} dialogues, {training['seconds']} s on "
                            f"{training['device']}, loss {training['losses']}")]  # fmt: skip
    if training.get("privacy"):
        rows.append(("DP ε spent", f"{training['privacy']['epsilon_spent']:.3f}"))
    rows += [
        (f"audit {name}", f"skipped: {audit.reason}")
        for name, audit in summary.audits.items()
        if not audit.ran
    ]
    rows += [(name, f"{value:.4g}") for name, value in summary.metrics().items()]
    _print_run_table("Steward assistant run", summary, rows)


def _print_summary(summary: Any) -> None:
    a = summary.accounting
    rows = [
        ("personal data spans masked", str(sum(a.pii_found.values()))),
        ("splits", ", ".join(f"{k} {v}" for k, v in summary.splits.items())),
        ("test accuracy", f"{summary.performance.accuracy:.4f}"),
        ("test macro-F1", f"{summary.performance.macro_f1:.4f}"),
    ]
    rows += [
        (
            f"accuracy gap by {c.column}",
            f"{c.difference:.3f} (lowest: {c.worst_group})" if c.measurable else "not measurable",
        )
        for c in summary.fairness.columns
    ]
    _print_run_table("Steward run", summary, rows)


def _ledger_failed(problem: str) -> typer.Exit:
    err_console.print(
        f"[bold red]ledger FAILED[/bold red] {problem}", highlight=False, soft_wrap=True
    )
    return typer.Exit(1)


@ledger_app.command("verify")
@friendly_errors
def ledger_verify(
    home: HomeOption = None,
    trusted_keys: Annotated[
        Path | None,
        typer.Option("--trusted-keys", help="JSON {key_id: public key} the signatures must use"),
    ] = None,
    bundle: Annotated[
        Path | None,
        typer.Option(
            "--bundle",
            help="An exported bundle: verify it, then that the store still holds every entry "
            "in it, unchanged",
        ),
    ] = None,
    bundle_only: Annotated[
        bool,
        typer.Option("--bundle-only", help="With --bundle: verify the bundle alone, no store"),
    ] = False,
    witness: Annotated[
        Path | None,
        typer.Option(
            "--witness",
            help="A ledger witness file (STEWARD_WITNESS, default <home>/witness/"
            "ledger.witness.jsonl): the store must hold every checkpoint it saw, unchanged",
        ),
    ] = None,
) -> None:
    """Check the hash chain and the Ed25519 signatures; exit 1 naming the first bad entry.
    With --witness or --bundle, also that the store was not cut back or rewritten since."""
    from steward.accountability.bundle import check_bundle, read_trusted_keys
    from steward.accountability.ledger import Ledger
    from steward.accountability.witness import (
        Sighting,
        WitnessError,
        merge_sightings,
        witness_sightings,
    )

    if bundle_only and (bundle is None or witness is not None):
        raise StewardError("--bundle-only needs --bundle and no --witness", where="--bundle-only")
    trusted = read_trusted_keys(trusted_keys) if trusted_keys else None
    compared: list[str] = []
    bundle_seen: dict[int, Sighting] = {}
    if bundle is not None:
        result, bundle_seen = check_bundle(bundle, trusted)
        if not result.ok:
            raise _ledger_failed(f"at entry {result.first_bad_seq} of {bundle}: {result.problem}")
        if bundle_only:
            compared.append(f"bundle {bundle} verified on its own")
        else:
            compared.append(f"holds all {len(bundle_seen)} entries of bundle {bundle}")
    if not bundle_only:
        ledger = Ledger(open_store(home))
        try:
            witness_seen = (
                witness_sightings(witness, trusted if trusted is not None else ledger.signers())
                if witness is not None
                else {}
            )
            sightings = merge_sightings(bundle_seen, witness_seen)
        except WitnessError as exc:
            raise _ledger_failed(f"({exc})") from None
        if witness is not None:
            newest = max(witness_seen, default=0)
            compared.append(
                f"holds all {len(witness_seen)} checkpoints of witness {witness} (newest: "
                f"entry {newest})"
            )
        result = ledger.verify(trusted, sightings)
    if not result.ok:
        hint = (
            " (no ledger in this store: to check the bundle alone, add --bundle-only)"
            if bundle is not None and result.entries == 0
            else ""
        )
        raise _ledger_failed(f"at entry {result.first_bad_seq}: {result.problem}{hint}")
    notes = [] if trusted else ["keys not pinned: pass --trusted-keys to pin them"]
    if bundle is None and witness is None:
        notes.append(
            "no witness or bundle compared: a cut back to an older signed checkpoint goes "
            "unseen; pass --witness or --bundle"
        )
    console.print(
        f"[green]ledger OK[/green]: {result.entries} entries, head {result.head_hash[:16]}, "
        f"{result.checkpoints} signed checkpoints by {', '.join(result.signers) or 'nobody'}"
        + "".join(f"; {line}" for line in compared)
        + "".join(f" ({note})" for note in notes),
        highlight=False,
        soft_wrap=True,  # one line, paths unbroken, for scripts that grep it
    )


@ledger_app.command("keys")
@friendly_errors
def ledger_keys(home: HomeOption = None) -> None:
    """Print the signers' public keys as JSON (keep a copy to pin with --trusted-keys)."""
    from steward.accountability.ledger import Ledger

    ledger = Ledger(open_store(home))
    _ = ledger.signer  # this store's own key exists and is registered
    _print_json(ledger.signers())


@ledger_app.command("export")
@friendly_errors
def ledger_export(
    out: Annotated[Path, typer.Argument(help="bundle file to write (JSON)")],
    home: HomeOption = None,
) -> None:
    """Write every entry, the signers' keys and a signature over the whole to one file that
    `steward ledger verify --bundle B --bundle-only` checks without the database, and
    `--bundle B` checks the database still holds, unchanged. Needs a ledger that verifies."""
    from steward.accountability.bundle import export_recorded
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import current_actor

    bundle = export_recorded(Ledger(open_store(home)), out, actor=current_actor())
    console.print(
        f"{len(bundle['entries'])} entries exported to {out} (sha256 "
        f"{bundle['bundle']['sha256'][:16]}, signed by {bundle['bundle']['signer']})",
        highlight=False,
    )


def _print_assistant(assistant: dict[str, Any]) -> None:
    """A chat answer's assistant, in ``ledger trace``: what answered, from which passages."""

    def short(sha: Any) -> str:
        return str(sha)[:16] if sha else "-"

    console.print(
        f"[bold]assistant[/bold] {assistant.get('ref')}: adapter "
        f"{short(assistant.get('adapter_sha256'))}, base {assistant.get('base_model')} "
        f"{short(assistant.get('base_sha256'))}",
        highlight=False,
    )
    knowledge = assistant.get("knowledge_base") or {}
    if knowledge:
        documents = knowledge.get("documents") or {}
        console.print(
            f"  knowledge base {short(knowledge.get('sha256'))}: {len(documents)} documents, "
            f"{knowledge.get('passages')} passages",
            highlight=False,
        )
    console.print(
        f"  answered {assistant.get('mode')} in {assistant.get('language')}; "
        f"{assistant.get('unsupported_removed') or 0} unsupported sentence(s) removed",
        highlight=False,
    )
    cited = set(assistant.get("cited") or [])
    for passage in assistant.get("passages") or []:
        mark = "cited" if passage.get("n") in cited else "given"
        console.print(
            f"  [{passage.get('n')}] {mark}: {passage.get('doc')} — {passage.get('section')} "
            f"{short(passage.get('sha256'))}",
            highlight=False,
        )


def _print_federation(federation: dict[str, Any]) -> None:
    """A federated model's federation, in ``ledger trace``: each site by its governed data
    set's hash, the rounds it took part in, the aggregation and the privacy spent."""
    sites, rounds = federation["sites"], federation["rounds"]
    console.print(
        f"[bold]federation[/bold] run {federation['run_id']}: {len(sites)} sites, "
        f"{len(rounds)} of {federation['rounds_planned']} rounds on {federation['engine']}, "
        f"aggregation {federation['aggregation']}",
        highlight=False,
    )
    if federation.get("aggregation_means"):
        console.print(f"  {federation['aggregation_means']}", highlight=False)
    if federation.get("he_key_holder"):
        console.print(f"  CKKS key holder: {federation['he_key_holder']}", highlight=False)
    for site in sites:
        sha = str(site["dataset_sha256"] or "-")[:16]
        governed = (
            f"governed #{site['governed_seq']}"
            if site["governed_seq"] is not None
            else "no governing entry in the ledger"
        )
        lineage = "" if site["in_lineage"] else ", NOT in the model's lineage"
        took_part = ", ".join(
            f"{number} (#{seq})"
            for number, seq in zip(site["rounds"], site["round_seqs"], strict=True)
        )
        epsilon = f"; ε {site['epsilon_spent']}" if site.get("epsilon_spent") is not None else ""
        console.print(
            f"  site {site['name']}: data set {sha} ({governed}{lineage}), "
            f"{site['training_rows']} training rows; rounds {took_part or 'none'}{epsilon}",
            highlight=False,
        )
    privacy = federation.get("privacy") or {}
    if not privacy:
        console.print("  no differential privacy", highlight=False)
    sample = privacy.get("sample_level")
    if sample and sample.get("noise") == "distributed":
        console.print(
            f"  sample-level DP, distributed under SecAgg+ (one {sample['accountant']}): ε "
            f"{sample['epsilon_spent']} for every customer against the server while SecAgg+ "
            f"holds and fewer than {sample['threshold']} sites collude (target "
            f"{sample['target_epsilon']}); a site's own share alone: ε {sample['share_epsilon']}",
            highlight=False,
        )
    elif sample:
        console.print(
            f"  sample-level DP (DP-SGD at each site, {sample['accountant']} accountant): ε spent "
            f"{sample['epsilon_spent']} (the largest over the sites; target "
            f"{sample['target_epsilon']})",
            highlight=False,
        )
    if client := privacy.get("client_level"):
        console.print(
            f"  client-level DP ({client['clipping']} clipping, {client['sites_per_round']} of "
            f"{client['sites']} sites a round): ε {client['epsilon']} at δ {client['delta']:.2e}",
            highlight=False,
        )


@ledger_app.command("trace")
@friendly_errors
def ledger_trace(
    request_id: Annotated[str, typer.Argument(help="the X-Request-ID of a gateway answer")],
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """From one served decision to the model, who released it, its data and the policy."""
    from steward.accountability.trace import trace

    result = trace(open_store(home), request_id)
    if json_out:
        _print_json(result)
        return
    d, c = result["decision"], result["caller"]
    console.print(
        f"[bold]decision[/bold] #{d['seq']} {d['at'][:19]} {d['route']} -> {d['outcome']} "
        f"({d['latency_ms']} ms)",
        highlight=False,
    )
    for verdict in d.get("guards") or []:
        if verdict.get("action") != "allow":
            reasons = "; ".join(verdict["reasons"])
            console.print(
                f"  guard {verdict['guard']}: {verdict['action']} ({reasons})", highlight=False
            )
    if end := result.get("stream_end"):
        console.print(
            f"[bold]stream ended[/bold] #{end['seq']} {end['at'][:19]} -> {end['outcome']} "
            f"after {end['chunks']} chunks, {end['chars']} characters ({end['latency_ms']} ms)"
            + (f": {end['upstream_problem']}" if end.get("upstream_problem") else ""),
            highlight=False,
        )
    console.print(
        f"[bold]caller[/bold] key {c['key_id']} ({c['name']}) as {c['role']}, key created by "
        f"{c['key_created_by']}",
        highlight=False,
    )
    if result["gateway"]:
        g = result["gateway"]
        console.print(
            f"[bold]gateway[/bold] started {g['started_at'][:19]} under policy "
            f"{str(g.get('policy_sha256'))[:16]}",
            highlight=False,
        )
    if assistant := result.get("assistant"):
        _print_assistant(assistant)
    model = result.get("model")
    if not model:
        console.print("[bold]model[/bold] none (guard-only request)")
        return
    console.print(
        f"[bold]model[/bold] {model['ref']} ({model['status']}), weights "
        f"{model['weights_sha256'][:16]}, run {model['run_id']}",
        highlight=False,
    )
    for step in result["release"]:
        console.print(
            f"  {step['at'][:19]} {step['action']} by {step['actor']}: {step['outcome']}"
            + (f" ({step['reason']})" if step.get("reason") else "")
            + (f", policy {step['policy_sha256'][:16]}" if step.get("policy_sha256") else ""),
            highlight=False,
        )
    for artifact in result["data"]:
        console.print(
            f"  made from {artifact['kind']} {artifact['name']} {artifact['sha256'][:16]}",
            highlight=False,
        )
    if federation := result.get("federation"):
        _print_federation(federation)


@ledger_app.command("show")
@friendly_errors
def ledger_show(
    home: HomeOption = None,
    limit: Annotated[int, typer.Option(help="Newest N entries")] = 30,
    json_out: JsonOption = False,
) -> None:
    """List ledger entries."""
    from steward.accountability.ledger import Ledger

    entries = Ledger(open_store(home)).entries()[-limit:]
    if json_out:
        _print_json([e.to_dict() for e in entries])
        return
    table = Table(show_header=True)
    for column in ("seq", "when", "actor", "action", "subject", "outcome", "hash"):
        table.add_column(column)
    for e in entries:
        table.add_row(
            str(e.seq),
            e.recorded_at[:19],
            e.actor,
            e.action,
            e.subject,
            e.outcome,
            e.entry_hash[:12],
        )
    console.print(table)


@models_app.command("list")
@friendly_errors
def models_list(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """List registered models."""
    from steward.registry.models import Registry

    models = Registry(open_store(home)).list()
    if json_out:
        _print_json([m.to_dict() for m in models])
        return
    table = Table(show_header=True)
    for column in ("model", "status", "macro-F1", "gap", "weights sha256", "run"):
        table.add_column(column)
    # An open erasure flag blocks approval, deployment and serving: say so, with the request.
    flagged = any(m.flagged for m in models)
    if flagged:
        table.add_column("flagged: erasure request", overflow="fold")
    for m in models:
        row = [
            m.ref,
            m.status + (" FLAGGED" if m.flagged else ""),
            f"{m.metrics.get('macro_f1', float('nan')):.4f}",
            f"{m.metrics.get('max_group_accuracy_gap', float('nan')):.3f}",
            m.weights_sha256[:16],
            m.run_id or "",
        ]
        if flagged:
            row.append(", ".join(dict.fromkeys(flag.request_id for flag in m.open_flags)))
        table.add_row(*row)
    console.print(table)


@models_app.command("show")
@friendly_errors
def models_show(
    ref: Annotated[str, typer.Argument(help="name or name:version")], home: HomeOption = None
) -> None:
    """Show one model with its lineage."""
    from steward.registry.models import Registry

    store = open_store(home)
    model = Registry(store).get(ref)
    lineage = [record.to_dict() for record in store.lineage(model.artifact_sha256)]
    _print_json({"model": model.to_dict(), "lineage": lineage})


@app.command()
@friendly_errors
def gate(
    ref: Annotated[str, typer.Argument(help="Registered model: name or name:version")],
    policy: Annotated[Path, typer.Option(help="Policy file with the gate rules and roles")],
    waive: Annotated[
        list[str] | None,
        typer.Option(help="Rule to waive (repeatable); needs the risk_owner role and --reason"),
    ] = None,
    reason: Annotated[str, typer.Option(help="Why the rules are waived")] = "",
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Check a model against the gate rules; a candidate that passes becomes pending_review
    (a risk owner then signs it off with `steward models review`). Exits 1 when a blocking
    rule fails."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission, current_actor
    from steward.config import load_policy
    from steward.gate.command import run_gate

    loaded, store = load_policy(policy), open_store(home)
    # A waiver is a person's decision: signed by a risk owner. A plain gate run is not gated.
    actor = (
        authorize_cli_action(
            loaded, Permission.WAIVE, "gate.waived", f"{ref} {' '.join(sorted(waive))}",
            always=True, ledger=Ledger(store),
        )
        if waive
        else current_actor()
    )  # fmt: skip
    result = run_gate(store, loaded, ref, actor=actor, waive=waive or [], reason=reason)
    decision = result.decision
    if json_out:
        _print_json({**decision.to_dict(), "model": result.model.ref,
                     "status": result.model.status, "promoted": result.promoted})  # fmt: skip
    else:
        table = Table(title=f"gate for {result.model.ref}", show_header=True)
        for column in ("rule", "severity", "value", "threshold", "result"):
            table.add_column(column)
        for v in decision.verdicts:
            bounds = " ".join(
                f"{word} {bound}" for word, bound in (("≥", v.min), ("≤", v.max))
                if bound is not None
            )  # fmt: skip
            value = "not measured" if v.value is None else f"{v.value:.4f}"
            outcome = "pass" if v.passed else f"WAIVED by {v.waived_by}" if v.waived_by else "FAIL"
            table.add_row(v.name, v.severity, value, bounds, outcome)
        console.print(table)
        console.print(
            f"{result.model.ref}: {'passed' if decision.passed else 'failed'}; "
            f"status {result.model.status}{' (promoted)' if result.promoted else ''}"
            + _awaits_review(result.model),
            highlight=False,
            soft_wrap=True,  # the command it names is copied whole
        )
    if not decision.passed:
        raise typer.Exit(1)


@models_app.command("set-status")
@friendly_errors
def models_set_status(
    ref: Annotated[str, typer.Argument(help="name or name:version")],
    status: Annotated[str, typer.Argument(help="deployed, retired or rejected")],
    policy: Annotated[Path, typer.Option(help="Policy file naming who holds which role")],
    reason: Annotated[str, typer.Option(help="Why; recorded in the ledger")],
    home: HomeOption = None,
) -> None:
    """Change a model's status by hand (deploy, retire, reject); always role-checked.
    Approval is a review: `steward models review`."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy
    from steward.registry.governance import STATUS_ACTION, Governance, check_manual_status

    check_manual_status(ref, status)  # before asking anyone for a signature
    loaded = load_policy(policy)
    store = open_store(home)
    needed = Permission.APPROVE if status == "rejected" else Permission.DEPLOY
    actor = authorize_cli_action(
        loaded, needed, STATUS_ACTION, f"{ref} -> {status}", always=True, ledger=Ledger(store)
    )
    # The change and its entry commit together (the move re-checks the status it reads).
    change = Governance(store, loaded).set_status(ref, status, actor=actor, reason=reason)
    console.print(
        f"{change.model.ref}: {change.before.status} → {change.model.status} (by {actor})"
    )


@models_app.command("review")
@friendly_errors
def models_review(
    ref: Annotated[str, typer.Argument(help="name (its newest version) or name:version")],
    policy: Annotated[Path, typer.Option(help="Policy file naming who holds which role")],
    reason: Annotated[str, typer.Option(help="Why; recorded in the ledger")],
    approve: Annotated[bool, typer.Option("--approve", help="Sign the release off")] = False,
    reject: Annotated[bool, typer.Option("--reject", help="Refuse the release")] = False,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """A risk owner signs off (or refuses) a model that passed the gate: pending_review →
    approved or rejected, in the ledger with the reason and the signer. Only approved or
    deployed models are served."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy
    from steward.registry.review import REVIEW_ACTION, review_model

    if approve == reject:
        raise StewardError("give exactly one of --approve or --reject", where="--approve/--reject")
    loaded = load_policy(policy)
    store = open_store(home)
    outcome = "approved" if approve else "rejected"
    actor = authorize_cli_action(
        loaded, Permission.APPROVE, REVIEW_ACTION, f"{ref} -> {outcome}",
        always=True, ledger=Ledger(store),
    )  # fmt: skip
    review = review_model(store, loaded, ref, approve=approve, reason=reason, actor=actor)
    if json_out:
        _print_json(review.to_dict())
        return
    proof = "signature verified" if review.verified else "name not verified by a key"
    console.print(
        f"{review.model.ref}: {review.before.status} → {review.model.status} by {actor} "
        f"({', '.join(actor.roles) or 'no role'}; {proof}); ledger entry {review.entry.seq}",
        highlight=False,
        soft_wrap=True,
    )


def _awaits_review(model: Any) -> str:
    """The next step for a model that passed the gate: a risk owner's review."""
    from steward.registry.models import PENDING_REVIEW

    if model.status != PENDING_REVIEW:
        return ""
    return (
        f"; awaits a risk owner's review: steward models review {model.ref} "
        "--approve|--reject --reason ... --policy ..."
    )


@models_app.command("rollback")
@friendly_errors
def models_rollback(
    name: Annotated[str, typer.Argument(help="model name")],
    policy: Annotated[Path, typer.Option(help="Policy file naming who holds which role")],
    reason: Annotated[str, typer.Option(help="Why; recorded in the ledger")],
    incident: Annotated[int | None, typer.Option(help="the incident this resolves")] = None,
    home: HomeOption = None,
) -> None:
    """Retire the newest approved/deployed version so the one before it serves again (a
    gateway with `serve.model: NAME` loads it on restart). Needs the deploy permission."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy
    from steward.registry.governance import ROLLBACK_ACTION, Governance

    loaded = load_policy(policy)
    store = open_store(home)
    actor = authorize_cli_action(
        loaded, Permission.DEPLOY, ROLLBACK_ACTION, name, always=True, ledger=Ledger(store)
    )
    # The retirement and its entry commit together.
    done = Governance(store, loaded).rollback(name, actor=actor, reason=reason, incident=incident)
    previous = done.now_serving
    if previous is None:
        serving = f"no servable version of {name} left"
    elif previous.flagged:
        serving = f"{name} serves nothing: {previous.ref}: {previous.refusal('served')}"
    else:
        serving = f"{name} now serves {previous.ref}"
    console.print(
        f"{done.retired.ref}: {done.from_status} → retired (by {actor}); {serving}",
        highlight=False,
        soft_wrap=True,
    )


@models_app.command("clear-flag")
@friendly_errors
def models_clear_flag(
    ref: Annotated[str, typer.Argument(help="name:version (or name: its newest version)")],
    policy: Annotated[Path, typer.Option(help="Policy file naming who holds which role")],
    reason: Annotated[
        str, typer.Option(help="Why it may stay, e.g. 'DP-trained with epsilon=3'; in the ledger")
    ],
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """A privacy officer keeps a model trained on data since erased (`steward data forget`,
    a retention purge): its erasure flags close with the reason, recorded in the ledger, and
    it may be approved, deployed and served again. Otherwise: retrain it."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy
    from steward.registry.governance import CLEAR_FLAG_ACTION, Governance

    loaded = load_policy(policy)
    store = open_store(home)
    actor = authorize_cli_action(
        loaded, Permission.CLEAR_FLAG, CLEAR_FLAG_ACTION, ref, always=True, ledger=Ledger(store)
    )
    change = Governance(store, loaded).clear_flags(ref, actor=actor, reason=reason)
    if json_out:
        _print_json({"model": change.model.to_dict(), "ledger_seq": change.entry.seq})
        return
    console.print(
        f"{change.model.ref}: erasure flag(s) for request "
        f"{', '.join(change.entry.details['requests'])} cleared by {actor}; ledger entry "
        f"{change.entry.seq}",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
@friendly_errors
def predict(
    ref: Annotated[str, typer.Argument(help="Registered model: name or name:version")],
    texts: Annotated[list[str], typer.Argument(help="Messages to classify")],
    home: HomeOption = None,
) -> None:
    """Classify messages with an approved model (its sha256 is verified at load)."""
    from steward.serve.predictor import ServedModel

    served = ServedModel.load(open_store(home), ref)
    for prediction in served.predict(texts):
        console.print(
            f"{prediction.label}\t{prediction.confidence:.3f}\t{prediction.text}", highlight=False
        )


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
