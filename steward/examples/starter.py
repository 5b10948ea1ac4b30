"""The examples ``steward init`` writes into a project folder.

``bank`` (the default) is the commented intent-classifier policy; ``assistant`` is the
generative assistant's policy with the bank's policy documents (``knowledge/``, English and
Chinese) and question sets (``questions.jsonl``) beside it. Both read the data file that
``steward demo-data`` writes by default (``data/conversations.jsonl``, or with ``--replies``
``data/dialogues.jsonl``), so ``steward init && steward demo-data && steward run steward.yaml``
works in an empty folder. The packaged files are the only copy: ``make demo`` writes
``examples/assistant/`` with this code too.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path
from string import Template

from steward.errors import StewardError

EXAMPLES = ("bank", "assistant")
# Where `steward demo-data` writes by default: the path each example's policy reads.
DEMO_DATA_PATHS = {
    "bank": Path("data/conversations.jsonl"),
    "assistant": Path("data/dialogues.jsonl"),
}
# Where the shared evaluation sets (BBQ, toxicity prompts, lexicons, prompt injections) are
# looked for when `--shared-data` is not given: the project convention, ../shared beside it.
DEFAULT_SHARED_DATA = Path("../shared/data")


def assistant_example_dir() -> Path:
    """The packaged assistant example (policy template, ``knowledge/``, ``questions.jsonl``)."""
    resource = files("steward") / "resources" / "examples" / "assistant"
    with as_file(resource) as folder:  # a real folder for an installed or editable package
        return Path(folder)


@dataclass(frozen=True)
class WrittenExample:
    policy: Path
    files: tuple[Path, ...]
    data_path: Path  # what `steward demo-data` should write, relative to the policy's folder


def write_example(
    policy: Path,
    example: str = "bank",
    *,
    shared_data: Path | None = None,
    force: bool = False,
) -> WrittenExample:
    """Write ``example``'s policy to ``policy`` (and its documents beside it)."""
    if example not in EXAMPLES:
        raise StewardError(
            f"unknown example {example!r}; examples are {', '.join(EXAMPLES)}", where="--example"
        )
    folder = policy.parent
    targets = [policy]
    if example == "assistant":
        targets += [folder / "knowledge", folder / "questions.jsonl"]
    if not force:
        for target in targets:
            if target.exists():
                raise StewardError("file exists; use --force to overwrite", where=str(target))
    folder.mkdir(parents=True, exist_ok=True)
    if example == "bank":
        from steward.config import example_policy_text

        policy.write_text(example_policy_text(), encoding="utf-8")
        return WrittenExample(policy, (policy,), DEMO_DATA_PATHS[example])
    source = assistant_example_dir()
    shared = shared_data if shared_data is not None else folder / DEFAULT_SHARED_DATA
    # policy paths are relative to the policy file: keep them portable when they can be
    shared_text = Path(os.path.relpath(shared.resolve(), folder.resolve())).as_posix()
    template = Template((source / "steward.yaml").read_text(encoding="utf-8"))
    policy.write_text(template.substitute(shared_data=shared_text), encoding="utf-8")
    shutil.copytree(source / "knowledge", folder / "knowledge", dirs_exist_ok=True)
    shutil.copyfile(source / "questions.jsonl", folder / "questions.jsonl")
    written = (policy, folder / "knowledge", folder / "questions.jsonl")
    return WrittenExample(policy, written, DEMO_DATA_PATHS[example])
