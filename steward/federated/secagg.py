"""SecAgg+ (Bell et al., 2020) over the sites, with Flower's ``SecAggPlusWorkflow`` on the server
and ``secaggplus_mod`` at each site: a site uploads its head masked with pairwise secrets, and
the server's code only ever unmasks the sum (within ``reconstruction_threshold``, the shares of
sites that drop out let the others' masks be removed).

Flower 1.42 runs SecAgg+ on its legacy API only (``LegacyContext``, ``NumPyClient``,
``flwr.server.strategy``), so this path has its own ClientApp and ServerApp beside
:mod:`steward.federated.apps`; the site's model, training and counts are the same
:class:`~steward.federated.apps.SiteModel`. Row counts and losses travel in the clear (they are
metadata the weighting needs); the parameters do not.

Under distributed DP (``plan.distributed_dp``, :mod:`steward.federated.ddp`) a site's upload is
its share of one DP-SGD step (its Poisson batch's clipped gradient sum plus 1/m of the noise,
scaled by 1/(q·N)), it reports weight 1 (SecAgg+ multiplies each upload by its weight over
``max_weight`` and divides the sum by the weights' sum: with ``max_weight`` 1 and every weight
1 the server recovers the mean of the k shares exactly, times k the plain sum) and neither
its batch size nor its loss (both read the sampled rows); the server steps AdamW on the sum.
SecAgg+'s ``clipping_range`` and grid come from :func:`steward.federated.ddp.secagg_ranges`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from steward.federated.apps import (
    NUM_EXAMPLES,
    SITE_EPSILON,
    SITE_INDEX,
    TRAIN_LOSS,
    FederationPlan,
    RoundRecord,
    add_counts,
    client_epsilon,
    digest,
    epsilons,
    load_history,
    load_optimizer_state,
    save_history,
    save_optimizer_state,
    scores,
    site_model,
)

if TYPE_CHECKING:
    import torch
    from flwr.clientapp import ClientApp
    from flwr.common import Parameters
    from flwr.server import Grid
    from flwr.serverapp import ServerApp

COUNTS = "counts"  # evaluation counts as JSON: the legacy API's metrics are scalars only
SITE_ROWS = "site-rows"  # distributed DP: the site's training rows (its weight is 1)


def build_secagg_client_app(plan: FederationPlan) -> ClientApp:
    from flwr.client import NumPyClient
    from flwr.client.mod import secaggplus_mod
    from flwr.clientapp import ClientApp
    from flwr.common import Context

    class SiteClient(NumPyClient):
        def __init__(self, index: int, context: Context) -> None:
            self.index, self.node_context = index, context
            self.site = site_model(plan, index)
            self.keys = list(self.site.state())

        def _set(self, parameters: list[np.ndarray]) -> None:
            import torch

            pairs = zip(self.keys, parameters, strict=True)
            self.site.set_state({key: torch.from_numpy(np.array(value)) for key, value in pairs})

        def fit(
            self, parameters: list[np.ndarray], config: dict[str, Any]
        ) -> tuple[list[np.ndarray], int, dict[str, Any]]:
            self._set(parameters)
            ddp = plan.distributed_dp
            if ddp is not None:
                from steward.federated.apps import SimulatedDropoutError
                from steward.federated.ddp import site_share

                if (self.index, int(config["server-round"])) in plan.dropouts:
                    raise SimulatedDropoutError(
                        f"site {plan.sites[self.index].name} drops out of round "
                        f"{config['server-round']} (federated.simulate_dropouts)"
                    )

                features, targets = self.site.features["train"], self.site.targets["train"]
                share = site_share(self.site.head, features, targets, ddp)
                metrics_ddp: dict[str, Any] = {
                    TRAIN_LOSS: 0.0,  # not reported: the loss reads the sampled rows
                    SITE_INDEX: self.index,
                    SITE_ROWS: len(targets),  # the site's rows, public as under plain FedAvg
                }
                return [share[key] for key in self.keys], 1, metrics_ddp
            history = load_history(self.node_context.state)
            keep, node_state = plan.keep_optimizer_state, self.node_context.state
            self.site.optimizer_state = load_optimizer_state(node_state) if keep else None
            loss = self.site.train(int(config["server-round"]), history)
            if keep and self.site.optimizer_state is not None:
                save_optimizer_state(node_state, self.site.optimizer_state)
            state = self.site.state()
            arrays = [state[key].detach().cpu().numpy() for key in self.keys]
            metrics: dict[str, Any] = {TRAIN_LOSS: loss, SITE_INDEX: self.index}
            if plan.sample_dp is not None:
                save_history(self.node_context.state, history)
                metrics[SITE_EPSILON] = self.site.epsilon(history)
            if plan.client_dp is not None:
                # client-level DP bounds a site's influence on the mean only with equal
                # weights: SecAgg+ then unmasks the plain mean of the clipped heads
                metrics[SITE_ROWS] = len(self.site.targets["train"])
                return arrays, 1, metrics
            return arrays, len(self.site.targets["train"]), metrics

        def evaluate(
            self, parameters: list[np.ndarray], config: dict[str, Any]
        ) -> tuple[float, int, dict[str, Any]]:
            self._set(parameters)
            counts = self.site.counts(str(config.get("split", "validation")))
            metrics = {COUNTS: json.dumps(counts), SITE_INDEX: self.index}
            return 0.0, int(counts[NUM_EXAMPLES]), metrics

    def client_fn(context: Context) -> Any:
        return SiteClient(int(context.node_config["partition-id"]), context).to_client()

    if plan.client_dp is None:
        return ClientApp(client_fn=client_fn, mods=[secaggplus_mod])
    from flwr.client.mod import fixedclipping_mod

    # client-level DP under SecAgg+: each site clips its own update (Flower's
    # fixedclipping_mod, inside secaggplus_mod so the clipped head is what gets masked)
    return ClientApp(client_fn=client_fn, mods=[secaggplus_mod, fixedclipping_mod])


def build_secagg_server_app(
    plan: FederationPlan,
    initial_head: dict[str, torch.Tensor],
    on_round: Callable[[RoundRecord], None],
    outcome: dict[str, Any],
    *,
    num_shares: int,
    reconstruction_threshold: int,
) -> ServerApp:
    """FedAvg through SecAgg+ for ``plan.rounds`` rounds, validation at every site after each,
    then the final head's test counts; as :func:`steward.federated.apps.build_server_app`.
    Under distributed DP each round is one AdamW step on the unmasked sum of the sites'
    shares."""
    import torch
    from flwr.common import ndarrays_to_parameters, parameters_to_ndarrays
    from flwr.server import LegacyContext, ServerApp, ServerConfig
    from flwr.server.strategy import DifferentialPrivacyClientSideFixedClipping, FedAvg
    from flwr.server.workflow import DefaultWorkflow, SecAggPlusWorkflow

    names = [site.name for site in plan.sites]
    keys = list(initial_head)
    ddp = plan.distributed_dp
    server: Any = None
    secagg_options: dict[str, Any] = {}
    if ddp is not None:
        from steward.federated.ddp import ServerStep, secagg_ranges, share_epsilon
        from steward.federated.ddp import epsilon as ddp_epsilon

        if reconstruction_threshold < ddp.threshold:
            raise ValueError(
                f"distributed DP splits its noise over {ddp.threshold} sites, but SecAgg+ "
                f"would unmask a sum of {reconstruction_threshold}"
            )
        server = ServerStep(initial_head, plan.learning_rate, plan.rounds, plan.lr_schedule)
        ranges = secagg_ranges(ddp)
        secagg_options = {
            "max_weight": 1.0,
            "clipping_range": ranges["clipping_range"],
            "quantization_range": int(ranges["quantization_range"]),
        }

    class LedgeredSecAggFedAvg(FedAvg):
        """FedAvg as SecAgg+ feeds it: every result carries the unmasked sum, never a site's
        own update (``distinct_updates`` counts what it was given)."""

        pending: RoundRecord | None = None
        latest: Any = None

        def aggregate_fit(
            self, server_round: int, results: list[Any], failures: list[Any]
        ) -> tuple[Any, dict[str, Any]]:
            reported = [
                (int(fitres.metrics.get(SITE_ROWS, fitres.num_examples)), fitres.metrics)
                for _, fitres in results
            ]
            rows = {names[int(m[SITE_INDEX])]: int(n) for n, m in reported}
            losses = [float(m[TRAIN_LOSS]) for _, m in reported]
            weights = [n for n, _ in reported]
            received = [parameters_to_ndarrays(fitres.parameters) for _, fitres in results]
            self.pending = record = RoundRecord(
                round=server_round,
                sites=sorted(rows),
                rows_by_site=rows,
                # every site is asked each round (Flower's own list counts a drop twice)
                failures=len(names) - len(results),
                train_loss=round(float(np.average(losses, weights=weights)), 5) if losses else 0.0,
                update_bytes=sum(sum(a.nbytes for a in arrays) for arrays in received),
                distinct_updates=len({digest(arrays) for arrays in received}),
                epsilon_by_site=epsilons([dict(m) for _, m in reported], names),
                client_epsilon=client_epsilon(plan, server_round),
            )
            if server is not None and ddp is not None:
                if not results:
                    return None, {}
                # every result carries the unmasked mean of the k shares: times k, their sum
                mean = parameters_to_ndarrays(results[0][1].parameters)
                gradient = {key: len(results) * a for key, a in zip(keys, mean, strict=True)}
                stepped = server.step(gradient)
                record.distributed_epsilon = round(ddp_epsilon(ddp, server_round), 5)
                record.share_epsilon = round(share_epsilon(ddp, server_round), 5)
                self.latest = ndarrays_to_parameters([stepped[key].numpy() for key in keys])
                return self.latest, {}
            parameters, metrics = super().aggregate_fit(server_round, results, failures)
            self.latest = parameters
            return parameters, metrics

        def aggregate_evaluate(
            self, server_round: int, results: list[Any], failures: list[Any]
        ) -> tuple[float | None, dict[str, Any]]:
            counts = {
                names[int(res.metrics[SITE_INDEX])]: json.loads(str(res.metrics[COUNTS]))
                for _, res in results
            }
            record = self.pending or RoundRecord(server_round, [], {}, 0, 0.0, 0)
            record.validation_accuracy_by_site = {
                name: round(scores(c)["accuracy"], 5) for name, c in counts.items()
            }
            if counts:
                total = add_counts(list(counts.values()))
                record.validation_accuracy = round(scores(total)["accuracy"], 5)
            on_round(record)
            self.pending = None
            return None, {}

    class NoisedMean(DifferentialPrivacyClientSideFixedClipping):
        """Flower's client-side-clipping wrapper: Gaussian noise on the unmasked mean of the
        sites' clipped heads; keeps the noised mean, the round's model."""

        latest: Any = None

        def aggregate_fit(
            self, server_round: int, results: list[Any], failures: list[Any]
        ) -> tuple[Any, dict[str, Any]]:
            parameters, metrics = super().aggregate_fit(server_round, results, failures)
            if parameters is not None:
                self.latest = parameters
            return parameters, metrics

    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Any) -> None:
        try:
            count = len(plan.sites)
            client_dp = plan.client_dp
            sampled = client_dp.sampled if client_dp is not None else count
            initial = [initial_head[key].cpu().numpy() for key in keys]
            strategy = LedgeredSecAggFedAvg(
                fraction_fit=sampled / count,
                min_fit_clients=sampled,
                min_evaluate_clients=count,
                min_available_clients=count,
                initial_parameters=ndarrays_to_parameters(initial),
                on_fit_config_fn=lambda server_round: {"server-round": server_round},
                on_evaluate_config_fn=lambda server_round: {"split": "validation"},
            )
            noised: NoisedMean | None = None
            if client_dp is not None:
                noised = NoisedMean(
                    strategy,
                    noise_multiplier=client_dp.noise_multiplier,
                    clipping_norm=client_dp.clipping_norm,
                    num_sampled_clients=sampled,
                )
            legacy = LegacyContext(
                context=context,
                config=ServerConfig(num_rounds=plan.rounds),
                strategy=noised if noised is not None else strategy,
            )
            workflow = SecAggPlusWorkflow(
                num_shares=num_shares,
                reconstruction_threshold=reconstruction_threshold,
                **secagg_options,
            )
            DefaultWorkflow(fit_workflow=workflow)(grid, legacy)
            final = noised.latest if noised is not None else strategy.latest
            test_by_site = final_test_counts(grid, final, names)
            arrays = parameters_to_ndarrays(final)
            pairs = zip(keys, arrays, strict=True)
            outcome["final_head"] = {key: torch.from_numpy(np.array(a)) for key, a in pairs}
            outcome["test_by_site"] = test_by_site
        except BaseException as exc:  # the simulation only logs it: the caller re-raises it
            outcome["error"] = exc
            raise

    return app


def final_test_counts(grid: Grid, final: Parameters, names: list[str]) -> dict[str, Any]:
    """The final model's test counts at every site (the legacy API's evaluate round that a
    SecAgg+ server app ends with), by site name."""
    import flwr.compat.common.recorddict_compat as compat
    from flwr.app import Message, MessageType
    from flwr.common import EvaluateIns

    messages = [
        Message(
            content=compat.evaluateins_to_recorddict(EvaluateIns(final, {"split": "test"}), True),
            message_type=MessageType.EVALUATE,
            dst_node_id=node_id,
        )
        for node_id in grid.get_node_ids()
    ]
    replies = [reply for reply in grid.send_and_receive(messages) if reply.has_content()]
    test_by_site = {}
    for reply in replies:
        metrics = compat.recorddict_to_evaluateres(reply.content).metrics
        test_by_site[names[int(metrics[SITE_INDEX])]] = json.loads(str(metrics[COUNTS]))
    return test_by_site
