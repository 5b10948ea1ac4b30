"""The generative assistant: a local causal LM, its OpenAI-compatible server, and (to come)
fine-tuning, a knowledge base and generation-side audits."""
