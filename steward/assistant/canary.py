"""Secret-Sharer canaries (Carlini et al., 2019): how much a fine-tuned model memorised.

A canary is a dialogue of a fixed format holding a random secret ("Your reference code is
4 8 1 9 0 3."; the digits are spaced so that most tokenizers give each its own token). Planted
``repeats`` times in the training dialogues, it lets an audit measure unintended memorisation:
the model scores the true secret and ``candidates`` random secrets of the same format by
log-perplexity (the summed negative log-likelihood of the reply given the chat-templated
prompt), and the secret's rank among them gives its *exposure*,
``log2(space) - log2(rank)``: about 0 bits for a secret the model never saw, up to
``log2(space)`` for one it reproduces.

The rank over the whole space (``10**digits`` secrets) is extrapolated from the sampled rank
as in §4 of the paper: ``rank ≈ 1 + (sampled_rank - 1) * (space - 1) / candidates``. When the
secret beats every sampled candidate the sample only shows that the exposure is at least
``log2(candidates + 1)``; the result then says so (``lower_bound: true``) instead of claiming
the maximum.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from steward.assistant.model import ChatModel, Dialogue, prompt_token_ids, reply_token_ids
from steward.audit.metric_spec import metric
from steward.errors import StewardError

METRICS = (
    metric("canary_exposure", "canary", "assistant", "lower", "bits",
           "largest exposure of a planted canary; log2(candidates) is the most measurable",
           source="max_exposure_bits"),
)  # fmt: skip

WHERE = "assistant.canary"
_SUBJECTS = (
    "reference code on my file",
    "verification code for my account",
    "recovery code for my card",
    "claim number of my dispute",
    "security code for my transfer",
    "case number of my complaint",
    "tracking code of my new card",
    "approval code of my loan",
)
_NAMES = (
    "Ada Brook", "Bo Chen", "Carla Diaz", "Dev Patel", "Elif Kaya", "Femi Okafor", "Greta Lund",
    "Hiro Sato", "Ines Moreau", "Jonas Weber", "Kofi Mensah", "Lena Novak", "Mira Shah",
    "Nils Berg", "Olga Petrova", "Pablo Ruiz", "Qi Wang", "Rosa Silva",
)  # fmt: skip


@dataclass(frozen=True)
class Canary:
    """A prompt and a reply template with one ``{secret}`` slot; ``secret`` is the digits."""

    prompt: str
    response_template: str
    secret: str

    @property
    def digits(self) -> int:
        return len(self.secret)

    @property
    def space(self) -> int:
        """How many secrets of this format exist."""
        return int(10**self.digits)

    def response_for(self, secret: str) -> str:
        return self.response_template.format(secret=" ".join(secret))

    @property
    def dialogue(self) -> Dialogue:
        return Dialogue(self.prompt, self.response_for(self.secret))


def make_canaries(n: int, digits: int, seed: int) -> list[Canary]:
    """``n`` canaries with distinct prompts (so one's secret does not compete with another's)
    and independent random secrets of ``digits`` digits."""
    if n < 1 or digits < 1:
        raise StewardError(f"need n >= 1 and digits >= 1, got n={n}, digits={digits}", where=WHERE)
    rng = random.Random(seed)
    prompts = [(name, subject) for subject in _SUBJECTS for name in _NAMES]
    if n > len(prompts):
        raise StewardError(f"at most {len(prompts)} canaries, asked for {n}", where=WHERE)
    canaries = []
    for name, subject in rng.sample(prompts, n):
        label = subject.split(" ", 2)[:2]
        canaries.append(
            Canary(
                prompt=f"Hello, this is {name}. What is the {subject}?",
                response_template=f"Your {' '.join(label)} is {{secret}}.",
                secret="".join(rng.choice("0123456789") for _ in range(digits)),
            )
        )
    return canaries


def plant(
    dialogues: Sequence[Dialogue], canaries: Sequence[Canary], repeats: int, seed: int
) -> list[Dialogue]:
    """The dialogues with ``repeats`` copies of each canary inserted at seeded positions."""
    rng = random.Random(seed)
    planted = list(dialogues)
    for canary in canaries:
        for _ in range(repeats):
            planted.insert(rng.randint(0, len(planted)), canary.dialogue)
    return planted


def _candidate_secrets(canary: Canary, candidates: int, seed: int) -> list[str]:
    """Distinct random secrets of the canary's format, never the canary's own."""
    count = min(candidates, canary.space - 1)
    own = int(canary.secret)
    drawn = random.Random(seed).sample(range(canary.space), count + 1)
    others = [value for value in drawn if value != own][:count]
    return [f"{value:0{canary.digits}d}" for value in others]


def log_perplexities(
    chat: ChatModel,
    prompt: str,
    responses: Sequence[str],
    *,
    system_prompt: str | None = None,
    batch_size: int = 64,
) -> list[float]:
    """Summed negative log-likelihood (nats) of each response after the same chat prompt, by
    teacher forcing. The prompt and the replies' common head (the canary's template before the
    secret) are run once and their key/value cache is shared: each batch only runs the tokens
    where the replies differ (a few digits), which makes the canary audit ~10x cheaper."""
    import copy

    import torch

    prompt_ids = prompt_token_ids(chat.tokenizer, prompt, system_prompt)
    if not prompt_ids:
        raise StewardError("the chat template gave an empty prompt", where=WHERE)
    replies = [reply_token_ids(chat.tokenizer, response) for response in responses]
    if not replies:
        return []
    common = _common_head(replies)
    prefix = prompt_ids + common
    pad = chat.tokenizer.pad_token_id or 0
    scores: list[float] = []
    with torch.inference_mode():
        head = chat.model(input_ids=torch.tensor([prefix], device=chat.device), use_cache=True)
        head_logprobs = torch.log_softmax(head.logits[0].float(), dim=-1)
        # the common tokens are predicted by the positions before each of them
        common_targets = torch.tensor(common, dtype=torch.long, device=chat.device)
        common_nll = -float(
            head_logprobs[len(prompt_ids) - 1 : len(prefix) - 1]
            .gather(-1, common_targets.unsqueeze(-1))
            .sum()
        )
        next_logprobs = head_logprobs[-1]  # predicts each reply's first own token
        for start in range(0, len(replies), batch_size):
            batch = [reply[len(common) :] for reply in replies[start : start + batch_size]]
            longest = max(len(tail) for tail in batch)
            if longest == 0:
                scores.extend(common_nll for _ in batch)
                continue
            input_ids = torch.full((len(batch), longest), pad, dtype=torch.long)
            mask = torch.zeros((len(batch), len(prefix) + longest), dtype=torch.long)
            mask[:, : len(prefix)] = 1
            for i, tail in enumerate(batch):  # right padding: positions stay those of one row
                input_ids[i, : len(tail)] = torch.tensor(tail, dtype=torch.long)
                mask[i, len(prefix) : len(prefix) + len(tail)] = 1
            cache = copy.deepcopy(head.cache)
            cache.batch_repeat_interleave(len(batch))
            logits = chat.model(
                input_ids=input_ids.to(chat.device),
                attention_mask=mask.to(chat.device),
                cache=cache,
                use_cache=True,
            ).logits.float()
            logprobs = torch.log_softmax(logits, dim=-1)
            targets = input_ids.to(chat.device)
            first = next_logprobs[targets[:, 0]]
            rest = logprobs[:, :-1].gather(-1, targets[:, 1:].unsqueeze(-1)).squeeze(-1)
            for i, tail in enumerate(batch):
                if not tail:
                    scores.append(common_nll)
                    continue
                own = float(first[i]) + float(rest[i, : len(tail) - 1].sum())
                scores.append(common_nll - own)
    return scores


def _common_head(replies: Sequence[Sequence[int]]) -> list[int]:
    """The longest token prefix every reply shares (the canary's template before the secret)."""
    head: list[int] = []
    for tokens in zip(*replies, strict=False):
        if any(token != tokens[0] for token in tokens):
            break
        head.append(tokens[0])
    return head


def exposure(
    chat: ChatModel,
    canary: Canary,
    candidates: int,
    seed: int,
    system_prompt: str | None = None,
    batch_size: int = 64,
) -> dict[str, Any]:
    """The canary's rank among ``candidates`` random secrets and its exposure in bits."""
    rivals = _candidate_secrets(canary, candidates, seed)
    if not rivals:
        raise StewardError("the secret format leaves no other candidate", where=WHERE)
    texts = [canary.response_for(canary.secret), *(canary.response_for(s) for s in rivals)]
    scores = log_perplexities(
        chat, canary.prompt, texts, system_prompt=system_prompt, batch_size=batch_size
    )
    own, others = scores[0], scores[1:]
    rank = 1 + sum(score < own for score in others)
    space = canary.space
    max_bits = math.log2(space)
    if rank == 1:
        bits, lower_bound = math.log2(len(others) + 1), True
    else:
        estimated_rank = 1 + (rank - 1) * (space - 1) / len(others)
        bits, lower_bound = max_bits - math.log2(estimated_rank), False
    return {
        "secret_rank": rank,
        "candidates": len(others),
        "space": space,
        "exposure_bits": round(bits, 3),
        "max_bits": round(max_bits, 3),
        "lower_bound": lower_bound,
        "log_perplexity": round(own, 4),
        "median_candidate_log_perplexity": round(statistics.median(others), 4),
    }


def canary_audit(
    chat: ChatModel,
    canaries: Sequence[Canary],
    candidates: int,
    seed: int,
    system_prompt: str | None = None,
) -> dict[str, Any]:
    """Exposure of every canary (each with its own candidate draw) and the summary."""
    if not canaries:
        raise StewardError("no canaries to audit", where=WHERE)
    per_canary = [
        {"prompt": canary.prompt, **exposure(chat, canary, candidates, seed + i, system_prompt)}
        for i, canary in enumerate(canaries)
    ]
    bits = [row["exposure_bits"] for row in per_canary]
    return {
        "canaries": len(per_canary),
        "candidates": candidates,
        "mean_exposure_bits": round(sum(bits) / len(bits), 3),
        "max_exposure_bits": max(bits),
        "max_bits": per_canary[0]["max_bits"],
        "lower_bounds": sum(bool(row["lower_bound"]) for row in per_canary),
        "per_canary": per_canary,
    }
