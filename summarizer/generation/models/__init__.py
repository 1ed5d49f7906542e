"""Loading text-generation models through one code path, and generating with them.

Every model the abstractive strategies use (the shipped SmolLM2 GGUF, a local Hugging Face
folder, a local ``.gguf`` file, or a hub id when the user has a network) goes through
:func:`load_model`, which returns a :class:`TextModel`. The strategies never touch
transformers directly, so the version differences between transformers 4.x and 5.x (no
``pipeline("summarization")`` in 5.x, GGUF quantizers that refuse ``save_pretrained``) are
handled here once.

- :mod:`.settings`: :class:`GenerationSettings` (read from TOML) and torch's thread count;
- :mod:`.locate`: what ``--model`` names, resolved to files, and :func:`check_model`;
- :mod:`.gguf`: the on-disk cache of dequantized GGUF models;
- :mod:`.load`: :func:`load_model`, the one ``from_pretrained`` path and its errors;
- :mod:`.text_model`: :class:`TextModel`, prompts and (constrained) generation.

torch and transformers are imported inside the functions that need them: importing this
package is cheap, so ``summarize --help`` never pays for torch.
"""

from __future__ import annotations

from summarizer.errors import ModelLoadError
from summarizer.generation.models.gguf import (
    CACHE_COMPLETE_MARKER,
    cache_entry,
    cache_key,
    cache_root,
    is_complete,
    prune_siblings,
    save_atomically,
)
from summarizer.generation.models.load import forget_loaded_models, load_model
from summarizer.generation.models.locate import (
    DEFAULT_MODEL_ALIASES,
    DEFAULT_MODEL_FILE,
    DEFAULT_MODEL_NAME,
    DEFAULT_MODEL_PACKAGE,
    ModelSource,
    check_model,
    default_model_file,
    hub_offline,
    hub_reachable,
    in_hub_cache,
    resolve_source,
)
from summarizer.generation.models.settings import GenerationSettings
from summarizer.generation.models.text_model import AllowedTokens, PromptTooLongError, TextModel

__all__ = [
    "CACHE_COMPLETE_MARKER",
    "DEFAULT_MODEL_ALIASES",
    "DEFAULT_MODEL_FILE",
    "DEFAULT_MODEL_NAME",
    "DEFAULT_MODEL_PACKAGE",
    "AllowedTokens",
    "GenerationSettings",
    "ModelLoadError",
    "ModelSource",
    "PromptTooLongError",
    "TextModel",
    "cache_entry",
    "cache_key",
    "cache_root",
    "check_model",
    "default_model_file",
    "forget_loaded_models",
    "hub_offline",
    "hub_reachable",
    "in_hub_cache",
    "is_complete",
    "load_model",
    "prune_siblings",
    "resolve_source",
    "save_atomically",
]
