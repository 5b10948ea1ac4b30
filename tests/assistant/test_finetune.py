"""LoRA fine-tuning (plain and DP-SGD) and Secret-Sharer canary exposure on the tiny Llama."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from steward.assistant.canary import (
    _candidate_secrets,
    canary_audit,
    exposure,
    log_perplexities,
    make_canaries,
    plant,
)
from steward.assistant.finetune import (
    IGNORE,
    Dialogue,
    FinetuneResult,
    encode_dialogue,
    eos_token_id,
    finetune_lora,
    load_with_adapter,
    pad_batch,
    per_sample_loss,
    prompt_token_ids,
    reply_loss,
)
from steward.assistant.model import ChatModel
from steward.config import AssistantTrainPolicy, LoraPolicy, PrivacyTraining
from steward.errors import StewardError

# lm_head in the targets: the tiny model's 32-wide hidden state alone cannot move its logits far
TARGETS = ["q_proj", "v_proj", "lm_head"]
FILLER = [
    Dialogue(f"Question {i} about my card", f"Answer {i % 3}: please call the bank.")
    for i in range(10)
]


def policy(**changes: Any) -> AssistantTrainPolicy:
    settings: dict[str, Any] = {
        "base_model": "tiny",
        "epochs": 4,
        "batch_size": 8,
        "learning_rate": 1e-2,
        "max_length": 64,
        "max_train_rows": None,
        "device": "cpu",
        "lora": LoraPolicy(rank=8, alpha=16, target_modules=TARGETS),
    }
    settings.update(changes)
    return AssistantTrainPolicy(**settings)


def snapshot(model: Any) -> dict[str, Any]:
    return {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}


@pytest.fixture(scope="module")
def canaries() -> list[Any]:
    return make_canaries(2, digits=4, seed=3)


@pytest.fixture(scope="module")
def planted_run(chat: ChatModel, canaries: list[Any]) -> FinetuneResult:
    """The first canary planted 30 times; the second never seen (same format)."""
    dialogues = plant(FILLER, canaries[:1], repeats=30, seed=1)
    return finetune_lora(chat, dialogues, policy(epochs=4))


def test_lora_lowers_loss_and_changes_only_the_adapters(chat: ChatModel) -> None:
    import torch

    before = snapshot(chat.model)
    dialogues = FILLER[:4] * 4
    steps_seen: list[tuple[int, int]] = []
    result = finetune_lora(
        chat,
        dialogues,
        policy(epochs=5),
        progress=lambda step, total, _loss: steps_seen.append((step, total)),
        merge=False,
    )
    assert len(result.losses) == 5
    assert result.losses[-1] < result.losses[0] - 1.0, result.losses
    assert result.rows == 16 and result.steps == 5 * 2 == len(steps_seen)
    assert steps_seen[-1] == (10, 10)
    assert 0 < result.trainable_parameters < result.total_parameters
    # the caller's model is untouched
    for name, tensor in chat.model.state_dict().items():
        assert torch.equal(tensor, before[name]), name
    # inside the fine-tuned copy: base weights identical, the LoRA up-projections moved off zero
    tuned = result.chat.model
    lora_b = 0
    for name, param in tuned.get_base_model().named_parameters():
        if "lora_" in name:
            assert param.requires_grad
            if "lora_B" in name:
                lora_b += 1
                assert float(param.detach().abs().max()) > 0, name
            continue
        assert not param.requires_grad, name
        assert torch.equal(param.detach(), before[name.replace(".base_layer", "")]), name
    assert lora_b == 2 * 2 + 1  # q and v in both layers, and lm_head
    assert result.to_dict()["privacy"] is None


def test_labels_mask_the_prompt_exactly(chat: ChatModel) -> None:
    dialogue = Dialogue("Where is my new card?", "It was posted on Monday.")
    system = "You are a bank assistant."
    encoded = encode_dialogue(chat, dialogue, max_length=128, system_prompt=system)
    prompt = prompt_token_ids(chat.tokenizer, dialogue.prompt, system)
    assert len(prompt) > len(prompt_token_ids(chat.tokenizer, dialogue.prompt))  # system in
    n = len(prompt)
    assert encoded.input_ids[:n] == prompt
    assert encoded.labels[:n] == [IGNORE] * n
    assert encoded.labels[n:] == encoded.input_ids[n:]
    assert IGNORE not in encoded.labels[n:]
    assert encoded.labels[-1] == eos_token_id(chat)
    reply = chat.tokenizer.decode(encoded.input_ids[n:-1])
    assert reply.replace(" ", "") == dialogue.response.lower().replace(" ", "")
    assert encoded.prompt_length == n

    # a long prompt is cut from the left, the reply keeps tokens to learn from
    long = encode_dialogue(chat, Dialogue("word " * 200, dialogue.response), max_length=16)
    assert len(long.input_ids) == 16
    assert long.labels[-1] == eos_token_id(chat)
    assert 0 < long.prompt_length < 16

    # padding is never learned from
    batch = pad_batch([encoded, long], pad_id=0)
    assert batch["input_ids"].shape == (2, len(encoded.input_ids))
    assert int(batch["attention_mask"][1].sum()) == 16
    assert (batch["labels"][1, 16:] == IGNORE).all()


def test_per_sample_loss_is_the_mean_over_each_rows_reply_tokens(chat: ChatModel) -> None:
    import torch

    rows = [
        encode_dialogue(chat, Dialogue("Hi", "Hello, how can I help you today?"), 64),
        encode_dialogue(chat, Dialogue("Block my card please right now", "Done."), 64),
    ]
    batch = pad_batch(rows, pad_id=chat.tokenizer.pad_token_id)
    with torch.no_grad():
        logits = chat.model(
            input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
        ).logits
        together = per_sample_loss(logits, batch["labels"])
        for i, row in enumerate(rows):
            alone = pad_batch([row], pad_id=0)
            reference = chat.model(**alone).loss  # Hugging Face's shifted, masked mean
            assert float(together[i]) == pytest.approx(float(reference), rel=1e-4)
    assert float(together[0]) != pytest.approx(float(together[1]), rel=1e-3)


def test_reply_loss_runs_the_head_on_reply_tokens_only_with_the_same_losses_and_gradients(
    chat: ChatModel,
) -> None:
    """The training loss with the output layer run on the labelled positions only equals the
    full-logits loss and gives the same adapter gradients (lm_head a LoRA target too)."""
    import copy

    import torch
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(5)
    config = LoraConfig(task_type="CAUSAL_LM", r=4, lora_alpha=8, target_modules=TARGETS)
    model: Any = get_peft_model(copy.deepcopy(chat.model), config)
    for name, param in model.named_parameters():  # B starts at zero: make the adapters count
        if "lora_B" in name:
            torch.nn.init.normal_(param, std=0.1)
    rows = [
        encode_dialogue(chat, Dialogue("Hi", "Hello, how can I help you today?"), 64),
        encode_dialogue(chat, Dialogue("Block my card please right now", "Done."), 64),
        encode_dialogue(chat, Dialogue("A long question " * 6, "A reply cut short " * 9), 24),
    ]
    batch = pad_batch(rows, pad_id=chat.tokenizer.pad_token_id)
    assert int((batch["labels"] == IGNORE).sum()) > 20  # prompts and padding to skip

    def losses_and_grads(full: bool) -> tuple[torch.Tensor, list[torch.Tensor]]:
        model.zero_grad(set_to_none=True)
        if full:
            logits = model(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
            ).logits
            losses = per_sample_loss(logits, batch["labels"])
        else:
            losses = reply_loss(model, batch, "cpu")
        losses.mean().backward()
        grads = [p.grad for p in model.parameters() if p.requires_grad]
        assert all(g is not None for g in grads)
        return losses.detach(), [g.clone() for g in grads if g is not None]

    seen: list[int] = []  # positions the output layer ran on, per call
    head: Any = model.get_base_model().get_output_embeddings()
    hook = head.register_forward_hook(lambda _m, args, _o: seen.append(args[0][..., 0].numel()))
    full_losses, full_grads = losses_and_grads(True)
    reply_losses, reply_grads = losses_and_grads(False)
    hook.remove()
    labelled = int((batch["labels"][:, 1:] != IGNORE).sum())
    assert seen == [batch["input_ids"].numel(), labelled]
    assert len(full_grads) == len(reply_grads) > 0
    assert torch.allclose(full_losses, reply_losses, rtol=1e-5, atol=1e-6)
    assert float(full_losses[0]) != pytest.approx(float(full_losses[2]), rel=1e-3)
    for full, reply in zip(full_grads, reply_grads, strict=True):
        assert torch.allclose(full, reply, rtol=1e-4, atol=1e-6)
    assert any(float(g.abs().sum()) > 0 for g in reply_grads)


@pytest.mark.filterwarnings("ignore:Full backward hook is firing")
def test_opacus_per_sample_gradients_of_the_lora_model_are_each_rows_own(
    chat: ChatModel,
) -> None:
    """What DP-SGD clips: Opacus' per-sample gradient of row i (batch loss = mean of the
    per-row reply means) equals the gradient of row i's loss computed alone."""
    import copy

    import torch
    from opacus.grad_sample import GradSampleModule
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(0)
    config = LoraConfig(task_type="CAUSAL_LM", r=4, target_modules=["q_proj", "v_proj"])
    model = get_peft_model(copy.deepcopy(chat.model), config)
    for name, param in model.named_parameters():
        if "lora_B" in name:  # off zero, so that lora_A gets gradients too
            torch.nn.init.normal_(param, std=0.1)
    rows = [
        encode_dialogue(chat, Dialogue("Hi", "Hello, how can I help you today?"), 64),
        encode_dialogue(chat, Dialogue("Block my card please right now", "Done."), 64),
        encode_dialogue(chat, Dialogue("Fees?", "One euro per transfer abroad."), 64),
    ]
    wrapped = GradSampleModule(model, loss_reduction="mean")
    batch = pad_batch(rows, pad_id=0)
    labels = batch.pop("labels")
    per_sample_loss(wrapped(**batch).logits, labels).mean().backward()
    trainable = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    per_row = {n: p.grad_sample.detach().clone() for n, p in trainable}  # type: ignore[attr-defined]
    wrapped._close()
    for i, row in enumerate(rows):
        model.zero_grad()
        alone = pad_batch([row], pad_id=0)
        alone_labels = alone.pop("labels")
        per_sample_loss(model(**alone).logits, alone_labels).mean().backward()
        for name, param in trainable:
            assert param.grad is not None
            torch.testing.assert_close(per_row[name][i], param.grad, rtol=1e-4, atol=1e-6)


def test_dp_lora_spends_at_most_the_target_epsilon(chat: ChatModel) -> None:
    dialogues = [
        Dialogue(f"Question {i} about fees", f"The fee is {i % 5} euro.") for i in range(24)
    ]
    dp = PrivacyTraining(enabled=True, target_epsilon=4.0, grad_sample_mode="hooks")
    result = finetune_lora(chat, dialogues, policy(epochs=2, batch_size=4, privacy=dp))
    assert result.privacy is not None
    assert 0 < result.privacy["epsilon_spent"] <= 4.0
    assert result.privacy["grad_sample_mode"] == "hooks"
    assert result.steps == result.privacy["steps_taken"] == 2 * 6
    assert result.steps > 0
    moved = [
        p for n, p in result.chat.model.named_parameters() if "lora_B" in n and p.abs().max() > 0
    ]
    assert moved  # noisy, clipped updates still reached the adapters
    assert all(not hasattr(p, "grad_sample") for p in result.chat.model.parameters())
    answer = result.chat.generate([[{"role": "user", "content": "Question 1"}]], max_new_tokens=3)
    assert answer[0].completion_tokens > 0


def test_ghost_clipping_trains_the_adapters_too(chat: ChatModel) -> None:
    dialogues = FILLER * 2
    dp = PrivacyTraining(enabled=True, target_epsilon=8.0, grad_sample_mode="ghost")
    result = finetune_lora(chat, dialogues, policy(epochs=1, batch_size=4, privacy=dp))
    assert result.privacy is not None
    assert result.privacy["grad_sample_mode"] in {"ghost", "hooks"}
    assert 0 < result.privacy["epsilon_spent"] <= 8.0


def test_planted_canary_is_more_exposed_than_an_unseen_one(
    chat: ChatModel, planted_run: FinetuneResult, canaries: list[Any]
) -> None:
    planted, unseen = canaries
    assert planted.prompt != unseen.prompt and planted.digits == unseen.digits == 4
    seen = exposure(planted_run.chat, planted, candidates=200, seed=5)
    never = exposure(planted_run.chat, unseen, candidates=200, seed=5)
    assert seen["log_perplexity"] < seen["median_candidate_log_perplexity"]
    assert seen["exposure_bits"] > never["exposure_bits"] + 2, (seen, never)
    assert seen["space"] == 10_000 and seen["candidates"] == 200
    # before fine-tuning the planted secret is nothing special
    base = exposure(chat, planted, candidates=200, seed=5)
    assert base["exposure_bits"] < seen["exposure_bits"]
    audit = canary_audit(planted_run.chat, canaries, candidates=100, seed=5)
    assert audit["canaries"] == 2 and len(audit["per_canary"]) == 2
    assert audit["max_exposure_bits"] >= audit["mean_exposure_bits"]


def test_adapter_round_trip_gives_the_same_greedy_answer(
    tiny_lm_dir: Path, planted_run: FinetuneResult, canaries: list[Any], tmp_path: Path
) -> None:
    folder = planted_run.save_adapter(tmp_path / "adapter")
    assert (folder / "adapter_config.json").is_file()
    assert (folder / "adapter_model.safetensors").is_file()
    served = load_with_adapter(tiny_lm_dir, folder)
    conversation = [[{"role": "user", "content": canaries[0].prompt}]]
    tuned = planted_run.chat.generate(conversation, max_new_tokens=10)[0]
    loaded = served.generate(conversation, max_new_tokens=10)[0]
    assert tuned.text == loaded.text
    assert loaded.text.replace(" ", "")  # it says something
    base = ChatModel.load(tiny_lm_dir).generate(conversation, max_new_tokens=10)[0]
    assert base.text != loaded.text  # the adapter is really applied
    with pytest.raises(StewardError, match=r"adapter_config\.json"):
        load_with_adapter(tiny_lm_dir, tmp_path)


def test_bad_input_is_refused_clearly(chat: ChatModel) -> None:
    with pytest.raises(StewardError, match="'qkv_proj'") as error:
        finetune_lora(chat, FILLER, policy(lora=LoraPolicy(target_modules=["q_proj", "qkv_proj"])))
    assert "q_proj" in str(error.value).split("are:")[1]  # lists what exists
    with pytest.raises(StewardError, match="no dialogues"):
        finetune_lora(chat, [], policy())
    with pytest.raises(StewardError, match="dialogue 1 has an empty response"):
        finetune_lora(chat, [FILLER[0], Dialogue("hello?", "  ")], policy())


def test_canary_helpers(chat: ChatModel) -> None:
    import torch

    canaries = make_canaries(3, digits=6, seed=7)
    assert len({c.prompt for c in canaries}) == 3
    assert make_canaries(3, digits=6, seed=7) == canaries
    first = canaries[0]
    assert len(first.secret) == 6 and first.secret.isdigit()
    assert " ".join(first.secret) in first.dialogue.response
    rivals = _candidate_secrets(first, 500, seed=1)
    assert len(rivals) == len(set(rivals)) == 500
    assert first.secret not in rivals and all(len(r) == 6 for r in rivals)

    planted = plant(FILLER, canaries[:2], repeats=3, seed=2)
    assert len(planted) == len(FILLER) + 6
    assert planted.count(canaries[0].dialogue) == 3
    positions = [i for i, d in enumerate(planted) if d in {c.dialogue for c in canaries}]
    assert positions != list(range(len(FILLER), len(FILLER) + 6))  # spread, not appended
    assert [d for d in planted if d in FILLER] == FILLER  # the others keep their order

    # the batched scoring over the shared prompt-and-template cache equals a plain full
    # forward of each sequence: rivals sharing the template, a reply of another shape, a
    # batch that does not divide the replies, and replies where one is the others' head
    # rivals that share their first digits with others (the prefix tree shares those)
    shared = sorted(rivals)[:24]
    assert len({r[:2] for r in shared}) < len(shared)
    responses = [
        first.response_for(first.secret),
        *(first.response_for(rival) for rival in rivals[:4]),
        *(first.response_for(rival) for rival in shared),
        "A much longer reply " * 3,
    ]
    scores = log_perplexities(chat, first.prompt, responses, batch_size=8)
    assert scores == pytest.approx(
        log_perplexities(chat, first.prompt, responses, batch_size=len(responses)), rel=1e-5
    )
    assert len(scores) == len(responses)
    assert log_perplexities(chat, first.prompt, ["same", "same"]) == pytest.approx(
        log_perplexities(chat, first.prompt, ["same"]) * 2
    )
    nested = log_perplexities(chat, first.prompt, ["code 1", "code 1 2"], batch_size=1)
    assert nested[1] > nested[0]
    prompt = prompt_token_ids(chat.tokenizer, first.prompt)
    for response, score in zip(responses, scores, strict=True):
        reply = chat.tokenizer(response, add_special_tokens=False)["input_ids"]
        ids = torch.tensor([prompt + reply])
        with torch.no_grad():
            logprobs = torch.log_softmax(chat.model(input_ids=ids).logits[0, :-1], dim=-1)
        picked = logprobs[len(prompt) - 1 :].gather(-1, ids[0, len(prompt) :, None])
        assert score == pytest.approx(-float(picked.sum()), rel=1e-4)

    # a format with fewer secrets than asked: all the others, and a lower bound when first
    tiny = make_canaries(1, digits=1, seed=0)[0]
    result = exposure(chat, tiny, candidates=50, seed=0)
    assert result["candidates"] == 9 and result["space"] == 10
    assert result["lower_bound"] == (result["secret_rank"] == 1)
