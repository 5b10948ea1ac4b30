"""Homomorphic aggregation (``aggregation: he_ckks``): each site encrypts its weighted head with
CKKS (TenSEAL, over Microsoft SEAL), the server adds the sites' ciphertexts and hands the
encrypted sum back; only the sites, which hold the federation's secret key, decrypt it.

Trust assumption, stated plainly:

- **Who holds the key.** One site, the key holder (``federated.he_ckks.key_holder``, by default
  the first site), generates the CKKS key pair and gives the secret context to the other sites
  over a channel the server is not on. In ``steward federate`` (Flower's simulation, one
  machine) that channel is a file written, owner-only, into each site's own folder of the run,
  read only by that site's ClientApp and deleted when the federation ends; the ServerApp is
  given the *public* context only (public and relinearisation keys, no secret key:
  ``context.is_private()`` is False there, and the ServerApp checks it before the first
  round). The keys are not derived from the policy or anything the server sees.
- **The server is honest but curious** and colludes with no site: it follows the protocol (adds
  what it received, sends the sum back, asks the key holder to release only the final sum).
  A server that broke the protocol could send one site's ciphertext back as "the sum" and
  have the sites decrypt it; CKKS gives no integrity either. Sites that hold the key see the
  running aggregate (as under any FedAvg) but never another site's ciphertext.
- **What the server sees in the clear**: each site's row count, mean loss and (sample-level
  DP) ε, as under SecAgg+: the weighting needs the counts. It never sees a site's head, nor
  the round's aggregate: the aggregate goes back to the sites encrypted, and only the final
  model is released (decrypted by the key holder) for the registry, as FedAvg's final model is.

Packing: the head's parameters (in ``state_dict`` order) are flattened, multiplied by the
site's weight ``n_i / weight_unit`` (``weight_unit``: the federation's training rows, so the
weighted sum stays near the parameters' own magnitude) and cut into CKKS vectors of
``poly_modulus_degree / 2`` slots each. The coefficient modulus is two 60-bit primes: one data
level (additions need no rescaling, so no more levels: every further prime would double the
ciphertexts' size) and the special prime; 128-bit security for degree 8192 allows 218 bits.
With scale 2^``scale_bits`` a slot holds values up to 2^(59 - scale_bits) in magnitude; a site
refuses to encrypt beyond half of that rather than let the sum wrap. A site decrypts the sum,
multiplies by ``weight_unit`` and divides by the sum of the counts the server reports: the
row-weighted FedAvg mean, with CKKS's approximation error (about 1e-8 here).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from steward.federated.apps import (
    NUM_EXAMPLES,
    SITE_EPSILON,
    SITE_INDEX,
    TRAIN_LOSS,
    FederationPlan,
    HEPlan,
    RoundRecord,
    SiteModel,
    add_counts,
    epsilons,
    load_history,
    save_history,
    scores,
    site_model,
)

if TYPE_CHECKING:
    import tenseal as ts
    import torch
    from flwr.app import ArrayRecord, Message
    from flwr.clientapp import ClientApp
    from flwr.serverapp import ServerApp

# Coefficient modulus: one 60-bit data prime and the 60-bit special prime (see the module doc).
COEFF_MOD_BIT_SIZES = (60, 60)
DATA_PRIME_BITS = 60
SECRET_CONTEXT_FILE = "he_ckks_secret_context.seal"
ENCRYPTED = "encrypted-sum"  # the ArrayRecord of ciphertext chunks (uint8 arrays)
PLAIN = "arrays"  # a plaintext head: round 1's public initial head, or the released model
TOTAL_WEIGHT = "total-weight"  # the rows the encrypted sum is over (the counts' sum)
RELEASE = "release"


def generate_keys(poly_modulus_degree: int, scale_bits: int) -> tuple[bytes, bytes]:
    """The key holder's step: a fresh CKKS key pair; returns (secret context, public context)
    serialised. Only the first goes to the sites; the second is what the server gets."""
    import tenseal as ts

    context = ts.context(
        ts.SCHEME_TYPE.CKKS, poly_modulus_degree, coeff_mod_bit_sizes=list(COEFF_MOD_BIT_SIZES)
    )
    context.global_scale = 2.0**scale_bits
    secret = context.serialize(save_secret_key=True)
    context.make_context_public()
    return secret, context.serialize(save_secret_key=False)


def distribute_secret(secret: bytes, site_folders: Iterable[Path]) -> list[Path]:
    """The key holder hands each site its copy of the secret context (owner-only files in the
    sites' own folders, never a path the server's code is given)."""
    paths = []
    for folder in site_folders:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / SECRET_CONTEXT_FILE
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(secret)
        paths.append(path)
    return paths


def public_context(plan: HEPlan) -> ts.Context:
    """The server's context: it can add ciphertexts (and encrypt), not decrypt."""
    import tenseal as ts

    context = ts.context_from(plan.public_context)
    if context.is_private():
        raise RuntimeError("he_ckks: the server's context holds a secret key; refusing to run")
    return context


def flatten(state: dict[str, torch.Tensor]) -> np.ndarray:
    return np.concatenate(
        [value.detach().cpu().double().numpy().ravel() for value in state.values()]
    )


def unflatten(vector: np.ndarray, template: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    import torch

    out, start = {}, 0
    for key, value in template.items():
        size = value.numel()
        chunk = vector[start : start + size].reshape(tuple(value.shape))
        out[key] = torch.from_numpy(np.ascontiguousarray(chunk)).to(value.dtype)
        start += size
    return out


def encrypt(context: ts.Context, vector: np.ndarray, plan: HEPlan) -> list[bytes]:
    """``vector`` packed into CKKS vectors of ``plan.slots`` values, serialised."""
    import tenseal as ts

    limit = 2.0 ** (DATA_PRIME_BITS - 1 - plan.scale_bits) / 2
    largest = float(np.abs(vector).max()) if vector.size else 0.0
    if largest >= limit:
        raise ValueError(
            f"he_ckks: a weighted parameter of magnitude {largest:.3g} does not fit CKKS slots "
            f"at scale 2^{plan.scale_bits} (limit {limit:.3g}); lower federated.he_ckks.scale_bits"
        )
    return [
        ts.ckks_vector(context, vector[start : start + plan.slots].tolist()).serialize()
        for start in range(0, len(vector), plan.slots)
    ]


def decrypt(context: ts.Context, chunks: list[bytes]) -> np.ndarray:
    import tenseal as ts

    return np.concatenate([np.array(ts.ckks_vector_from(context, c).decrypt()) for c in chunks])


def add_encrypted(context: ts.Context, updates: list[list[bytes]]) -> list[bytes]:
    """The server's whole computation: the chunk-wise sum of the sites' ciphertexts."""
    import tenseal as ts

    total = [ts.ckks_vector_from(context, chunk) for chunk in updates[0]]
    for update in updates[1:]:
        if len(update) != len(total):
            raise ValueError("he_ckks: sites sent different numbers of ciphertext chunks")
        for vector, chunk in zip(total, update, strict=True):
            vector += ts.ckks_vector_from(context, chunk)
    return [vector.serialize() for vector in total]


def to_record(chunks: list[bytes]) -> ArrayRecord:
    from flwr.app import Array, ArrayRecord

    return ArrayRecord(
        {f"chunk-{i:05d}": Array(np.frombuffer(c, dtype=np.uint8)) for i, c in enumerate(chunks)}
    )


def from_record(record: ArrayRecord) -> list[bytes]:
    return [record[key].numpy().tobytes() for key in sorted(record.keys())]


class SiteKey:
    """A site's copy of the secret context, loaded once per worker."""

    _loaded: dict[Path, ts.Context] = {}  # noqa: RUF012  (one cache per worker process)

    @classmethod
    def context(cls, path: Path | None) -> ts.Context:
        import tenseal as ts

        if path is None:
            raise RuntimeError("he_ckks: this site was given no secret context")
        if path not in cls._loaded:
            context = ts.context_from(path.read_bytes())
            if not context.is_private():
                raise RuntimeError(f"he_ckks: {path} holds no secret key")
            cls._loaded[path] = context
        return cls._loaded[path]


def _set_global(site: SiteModel, content: Any, plan: FederationPlan, key: Path | None) -> None:
    """The round's global head at a site: round 1's plaintext initial head, or the encrypted
    sum decrypted here and divided by the rows it is over."""
    if PLAIN in content.array_records:
        site.set_head(content.array_records[PLAIN].to_torch_state_dict())
        return
    assert plan.he is not None
    total = float(cast(float, content.config_records["config"][TOTAL_WEIGHT]))
    template = site.head.state_dict()
    size = sum(value.numel() for value in template.values())
    summed = decrypt(SiteKey.context(key), from_record(content.array_records[ENCRYPTED]))
    site.set_head(unflatten(summed[:size] * plan.he.weight_unit / total, template))


def build_he_client_app(plan: FederationPlan) -> ClientApp:
    """A site under he_ckks: decrypts the global sum, trains, encrypts its weighted head."""
    from flwr.app import ArrayRecord, Context, Message, MetricRecord, RecordDict
    from flwr.clientapp import ClientApp

    assert plan.he is not None
    he = plan.he
    app = ClientApp()

    def site_of(context: Context) -> tuple[int, SiteModel, Path | None]:
        index = int(context.node_config["partition-id"])
        return index, site_model(plan, index), plan.sites[index].he_secret

    @app.train()
    def train(msg: Message, context: Context) -> Message:
        index, site, key = site_of(context)
        _set_global(site, msg.content, plan, key)
        history = load_history(context.state)
        loss = site.train(cast(int, msg.content.config_records["config"]["server-round"]), history)
        rows = len(site.targets["train"])
        weighted = flatten(site.head.state_dict()) * (rows / he.weight_unit)
        values: dict[str, Any] = {NUM_EXAMPLES: rows, TRAIN_LOSS: loss, SITE_INDEX: index}
        if plan.sample_dp is not None:
            save_history(context.state, history)
            values[SITE_EPSILON] = site.epsilon(history)
        content = RecordDict(
            {
                ENCRYPTED: to_record(encrypt(SiteKey.context(key), weighted, he)),
                "metrics": MetricRecord(values),
            }
        )
        return Message(content=content, reply_to=msg)

    @app.evaluate()
    def evaluate(msg: Message, context: Context) -> Message:
        index, site, key = site_of(context)
        _set_global(site, msg.content, plan, key)
        split = str(msg.content.config_records["config"].get("split", "validation"))
        metrics = MetricRecord({**site.counts(split), SITE_INDEX: index})
        return Message(content=RecordDict({"metrics": metrics}), reply_to=msg)

    @app.query()
    def release(msg: Message, context: Context) -> Message:
        """The key holder decrypts the final sum: the model the federation releases."""
        index, site, key = site_of(context)
        if index != he.key_holder:
            raise RuntimeError(f"he_ckks: site {index} is not the key holder; it releases nothing")
        _set_global(site, msg.content, plan, key)
        head = {k: v.detach().clone() for k, v in site.head.state_dict().items()}
        return Message(content=RecordDict({PLAIN: ArrayRecord(head)}), reply_to=msg)

    return app


def build_he_server_app(
    plan: FederationPlan,
    initial_head: dict[str, torch.Tensor],
    on_round: Callable[[RoundRecord], None],
    outcome: dict[str, Any],
    on_receive: Callable[[int, list[Message]], None] | None = None,
) -> ServerApp:
    """FedAvg by homomorphic addition for ``plan.rounds`` rounds, validation at every site
    after each, then the final model's test counts and its release by the key holder; as
    :func:`steward.federated.apps.build_server_app`. ``on_receive`` (tests) sees every round's
    training replies as the server received them."""
    from flwr.app import ArrayRecord, ConfigRecord, Context, Message, MessageType, RecordDict
    from flwr.serverapp import Grid, ServerApp

    from steward.federated.apps import _metrics

    assert plan.he is not None
    he = plan.he
    names = [site.name for site in plan.sites]
    app = ServerApp()

    def ask(
        grid: Grid, nodes: list[int], kind: str, content: Callable[[], RecordDict]
    ) -> tuple[list[Message], int]:
        messages = [
            Message(content=content(), message_type=kind, dst_node_id=node) for node in nodes
        ]
        replies = list(grid.send_and_receive(messages))
        return [reply for reply in replies if reply.has_content()], len(replies)

    @app.main()
    def main(grid: Grid, context: Context) -> None:
        try:
            server_context = public_context(he)  # refuses a context with a secret key
            outcome["server_context_is_private"] = server_context.is_private()
            nodes = wait_for_sites(grid, len(names))
            payload: dict[str, ArrayRecord] = {PLAIN: ArrayRecord(initial_head)}
            total_weight = 0.0
            node_of_site: dict[int, int] = {}

            def with_config(**config: Any) -> Callable[[], RecordDict]:
                def make() -> RecordDict:
                    return RecordDict(
                        {**payload, "config": ConfigRecord({TOTAL_WEIGHT: total_weight, **config})}
                    )

                return make

            for server_round in range(1, plan.rounds + 1):
                answered, asked = ask(
                    grid, nodes, MessageType.TRAIN, with_config(**{"server-round": server_round})
                )
                if on_receive is not None:
                    on_receive(server_round, answered)
                reported = [_metrics(reply) for reply in answered]
                for reply, metrics in zip(answered, reported, strict=True):
                    node_of_site[int(metrics[SITE_INDEX])] = reply.metadata.src_node_id
                updates = [
                    from_record(reply.content.array_records[ENCRYPTED]) for reply in answered
                ]
                rows = {names[int(m[SITE_INDEX])]: int(m[NUM_EXAMPLES]) for m in reported}
                losses = [float(m[TRAIN_LOSS]) for m in reported]
                if not updates:
                    raise RuntimeError(f"he_ckks: no site answered round {server_round}")
                payload = {ENCRYPTED: to_record(add_encrypted(server_context, updates))}
                total_weight = float(sum(rows.values()))
                record = RoundRecord(
                    round=server_round,
                    sites=sorted(rows),
                    rows_by_site=rows,
                    failures=asked - len(answered),
                    train_loss=round(float(np.average(losses, weights=list(rows.values()))), 5),
                    update_bytes=sum(sum(len(c) for c in update) for update in updates),
                    distinct_updates=0,  # no plaintext parameter set reaches the server
                    encrypted_updates=len(updates),
                    epsilon_by_site=epsilons(reported, names),
                )
                evaluated, _ = ask(
                    grid, nodes, MessageType.EVALUATE, with_config(split="validation")
                )
                counts = {names[int(_metrics(r)[SITE_INDEX])]: _metrics(r) for r in evaluated}
                record.validation_accuracy_by_site = {
                    name: round(scores(c)["accuracy"], 5) for name, c in counts.items()
                }
                if counts:
                    total = add_counts(list(counts.values()))
                    record.validation_accuracy = round(scores(total)["accuracy"], 5)
                on_round(record)
            tested, _ = ask(grid, nodes, MessageType.EVALUATE, with_config(split="test"))
            outcome["test_by_site"] = {
                names[int(_metrics(reply)[SITE_INDEX])]: _metrics(reply) for reply in tested
            }
            if he.key_holder not in node_of_site:
                raise RuntimeError("he_ckks: the key holder took part in no round")
            holder = [node_of_site[he.key_holder]]
            released, _ = ask(grid, holder, MessageType.QUERY, with_config(purpose=RELEASE))
            if not released:
                raise RuntimeError("he_ckks: the key holder did not release the final model")
            outcome["final_head"] = released[0].content.array_records[PLAIN].to_torch_state_dict()
        except BaseException as exc:  # the simulation only logs it: the caller re-raises it
            outcome["error"] = exc
            raise

    return app


def wait_for_sites(grid: Any, count: int, timeout_s: float = 600.0) -> list[int]:
    """The node ids once every site is connected (as Flower's strategies wait for theirs)."""
    started = time.monotonic()
    while len(nodes := sorted(grid.get_node_ids())) < count:
        if time.monotonic() - started > timeout_s:
            raise RuntimeError(f"he_ckks: {len(nodes)} of {count} sites connected")
        time.sleep(0.2)
    return nodes


def describe(plan: HEPlan) -> dict[str, Any]:
    """The encryption's parameters as the ledger and model card record them (no keys)."""
    return {
        "scheme": "CKKS (TenSEAL / Microsoft SEAL)",
        "poly_modulus_degree": plan.poly_modulus_degree,
        "coeff_mod_bit_sizes": list(COEFF_MOD_BIT_SIZES),
        "scale_bits": plan.scale_bits,
        "slots_per_ciphertext": plan.slots,
        "key_holder_site_index": plan.key_holder,
        "public_context_sha256": hashlib.sha256(plan.public_context).hexdigest(),
    }
