"""The on-disk cache of dequantized GGUF models.

Reading a GGUF means dequantizing every weight, so the first load saves a plain copy and later
processes load that copy instead. A copy is written into a temp folder and renamed into place,
so a reader never sees half of one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.generation.models.text_model import Loaded

log = logging.getLogger(__name__)

CACHE_COMPLETE_MARKER = "summarizer-cache.json"


def cache_root(env: Mapping[str, str] | None = None) -> Path:
    """``$SUMMARIZER_CACHE``, else ``$XDG_CACHE_HOME/summarizer``, else ``~/.cache/summarizer``."""
    env = os.environ if env is None else env
    if env.get("SUMMARIZER_CACHE"):
        return Path(env["SUMMARIZER_CACHE"]).expanduser()
    if env.get("XDG_CACHE_HOME"):
        return Path(env["XDG_CACHE_HOME"]).expanduser() / "summarizer"
    return Path.home() / ".cache" / "summarizer"


def cache_key(model_file: Path, transformers_version: str, digests: Path | None = None) -> str:
    """Name of the dequantized copy of ``model_file``: its stem and the SHA-256 of its bytes
    (``digest.file_digest``, remembered in ``digests``, default the cache's ``digests``).

    The content, not the path or the date, names the copy, so two installations of one
    package share it (a replaced package, new bytes, gets a new one and the old is pruned).
    The transformers major version is part of the key because a folder saved by 5.x
    (``rope_parameters``) is read wrongly by 4.x.
    """
    from summarizer.generation.digest import file_digest

    digest = file_digest(model_file, cache_root() / "digests" if digests is None else digests)
    major = transformers_version.split(".", 1)[0]
    stem = re.sub(r"[^\w.-]", "_", model_file.stem)
    return f"{stem}@{digest[:24]}-tf{major}"


def cache_entry(model_file: Path, root: Path, transformers_version: str) -> Path:
    return root / "models" / cache_key(model_file, transformers_version, root / "digests")


def is_complete(entry: Path) -> bool:
    """A copy counts only once its marker exists: the marker is written last, before the rename."""
    return (entry / CACHE_COMPLETE_MARKER).is_file()


def save_atomically(entry: Path, write: Callable[[Path], None], info: Mapping[str, Any]) -> bool:
    """Write a folder through ``write`` into a temp dir, then rename it to ``entry``.

    Readers never see a half-written copy: either the rename happened (complete, with its
    marker) or the folder does not exist. Returns False when another process won the race.
    """
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{entry.name}.", suffix=".tmp", dir=entry.parent))
    try:
        write(tmp)
        (tmp / CACHE_COMPLETE_MARKER).write_text(json.dumps(dict(info), indent=2))
        try:
            os.rename(tmp, entry)
        except OSError:
            if is_complete(entry):
                return False
            raise
        return True
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def prune_siblings(entry: Path) -> None:
    """Remove older copies of the same model file (replaced packages) so copies do not pile up.
    Each is first renamed out of the way in one step, so a process loading it finds it whole
    or not at all (then it makes its own), never with half of its files deleted."""
    stem, _, rest = entry.name.partition("@")
    major = rest.rsplit("-tf", 1)[-1]
    for other in entry.parent.glob(f"{stem}@*-tf{major}"):
        if other != entry and other.is_dir():
            doomed = Path(tempfile.mkdtemp(prefix=f".{other.name}.", suffix=".old", dir=entry.parent))
            try:
                os.replace(other, doomed / other.name)
            except OSError:  # another process removed it first
                pass
            shutil.rmtree(doomed, ignore_errors=True)


def write_cache(entry: Path, loaded: Loaded, gguf_path: Path) -> None:
    """Save the dequantized copy; a failure here only costs speed, never the run."""
    if not _strip_gguf_quantizer(loaded.model):
        log.info("%s keeps packed GGUF weights; not caching a dequantized copy", gguf_path.name)
        return

    def write(folder: Path) -> None:
        loaded.model.save_pretrained(folder)
        loaded.tokenizer.save_pretrained(folder)

    info = {"source": str(gguf_path), "size": gguf_path.stat().st_size}
    try:
        if save_atomically(entry, write, info):
            prune_siblings(entry)
    except (OSError, ValueError, RuntimeError) as error:
        log.warning("could not cache a dequantized copy of %s in %s: %s", gguf_path.name, entry, error)


def _strip_gguf_quantizer(model: Any) -> bool:
    """Make a GGUF-loaded model saveable; False when its weights are still packed blocks.

    transformers 5.x attaches a GGUF "quantizer" even when it dequantized every weight (no
    kernels installed), and then refuses ``save_pretrained``. With plain weights the
    quantizer is only a label, so it is dropped. 4.x never attaches one.
    """
    if any(type(module).__name__ == "GgufLinear" for module in model.modules()):
        return False
    if getattr(model, "hf_quantizer", None) is not None:
        model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    if getattr(model, "is_quantized", False):
        with contextlib.suppress(AttributeError):
            model.is_quantized = False
    return True
