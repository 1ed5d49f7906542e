"""Loading a model through one code path: :func:`load_model` and the one place that calls
``from_pretrained``, where every failure becomes a :class:`~summarizer.errors.ModelLoadError`.

torch and transformers are imported inside the functions that need them, so importing this
module is cheap.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from summarizer.errors import ModelLoadError
from summarizer.generation.models.gguf import cache_entry, cache_root, is_complete, write_cache
from summarizer.generation.models.locate import ModelSource, hub_offline, in_hub_cache, resolve_source
from summarizer.generation.models.settings import GenerationSettings, set_threads
from summarizer.generation.models.text_model import Loaded, TextModel
from summarizer.quiet import note

log = logging.getLogger(__name__)

_GENERATIVE_ARCH = re.compile(r"(ForCausalLM|ForConditionalGeneration|LMHeadModel|MTModel)$")

_LOADED: dict[str, Loaded] = {}
_LOCK = threading.Lock()


def load_model(
    name_or_path: str | os.PathLike[str] | None = None,
    settings: GenerationSettings | None = None,
    *,
    cache_dir: Path | None = None,
    quiet: bool = True,
) -> TextModel:
    """Load a model once per process (later calls reuse it) and wrap it with ``settings``.

    ``None`` (or "smollm2") is the shipped SmolLM2-135M-Instruct GGUF. A GGUF is dequantized
    on first use and a plain copy is saved under ``cache_dir`` (default :func:`cache_root`),
    so later processes load that copy instead of dequantizing again. ``quiet`` silences
    transformers' progress bars and warnings while loading.
    """
    settings = settings or GenerationSettings()
    source = resolve_source(name_or_path)
    with _LOCK:
        loaded = _LOADED.get(source.key)
        if loaded is None:
            set_threads(settings)
            with _quiet_loading(quiet):
                loaded = _load(source, cache_root() if cache_dir is None else cache_dir)
            _LOADED[source.key] = loaded
    return TextModel(loaded, name=source.name, settings=settings)


def forget_loaded_models() -> None:
    """Drop the per-process cache (tests, or to free memory)."""
    with _LOCK:
        _LOADED.clear()


def _load(source: ModelSource, root: Path) -> Loaded:
    if source.gguf_file:
        return _load_gguf(source, root)
    if source.hub:
        return _load_hub(source)
    return _load_pretrained(source.location, source.name, origin="folder")


def _load_hub(source: ModelSource) -> Loaded:
    offline = hub_offline()
    cached = in_hub_cache(source.location)  # then no network at all
    if not (offline or cached):
        note("downloading %s from the Hugging Face hub (once; later runs use the cache)",
             source.name, logger=log)
    try:
        return _load_pretrained(source.location, source.name, origin="hub",
                                local_files_only=offline or cached)
    except ModelLoadError as error:
        if not _looks_like_fetch_failure(error):
            raise
        why = (
            "offline (HF_HUB_OFFLINE) and not in the local Hugging Face cache"
            if offline
            else "could not be fetched from the Hugging Face hub (no network?)"
        )
        raise ModelLoadError(f"{source.name}: not a local file or folder, and {why}") from error


def _looks_like_fetch_failure(error: ModelLoadError) -> bool:
    cause = error.__cause__
    return isinstance(cause, OSError) or "connect" in str(error).lower()


def _load_gguf(source: ModelSource, root: Path) -> Loaded:
    """Use the dequantized copy when there is one; otherwise read the GGUF and save the copy."""
    import transformers

    gguf_path = Path(source.location) / str(source.gguf_file)
    entry = cache_entry(gguf_path, root, transformers.__version__)
    if is_complete(entry):
        try:
            return _load_pretrained(str(entry), source.name, origin="gguf-cache")
        except ModelLoadError as error:
            log.warning("cached copy %s is unusable (%s); rebuilding it", entry, error)
            shutil.rmtree(entry, ignore_errors=True)
    note("preparing %s for first use (about a minute; later runs reuse a cached copy)",
         source.name, logger=log)
    loaded = _load_pretrained(
        source.location, source.name, origin="gguf", gguf_file=source.gguf_file
    )
    write_cache(entry, loaded, gguf_path)
    return loaded


def _load_pretrained(location: str, name: str, *, origin: str, **kwargs: Any) -> Loaded:
    """The one place that calls ``from_pretrained``; every failure becomes a ModelLoadError."""
    from transformers import AutoConfig, AutoTokenizer

    kwargs["trust_remote_code"] = False
    if origin != "hub":
        kwargs["local_files_only"] = True
    if kwargs.get("gguf_file"):
        model = _load_gguf_weights(location, name, kwargs)
    else:
        what = "not a model (its config could not be read)"
        config = _step(name, what, AutoConfig.from_pretrained, location, **kwargs)
        _check_generative(name, config)
        model = _step(
            name, "weights could not be loaded", _model_class(config).from_pretrained, location,
            config=config, **kwargs,
        )
    tokenizer = _step(name, "no usable tokenizer", AutoTokenizer.from_pretrained, location, **kwargs)
    model.eval()
    return Loaded(model, tokenizer, origin)


def _model_class(config: Any) -> Any:
    from transformers import AutoModelForCausalLM, AutoModelForSeq2SeqLM

    return AutoModelForSeq2SeqLM if config.is_encoder_decoder else AutoModelForCausalLM


def _load_gguf_weights(location: str, name: str, kwargs: dict[str, Any]) -> Any:
    """A GGUF as a causal LM, or as seq2seq (T5) when transformers says it is not causal.

    Reading the GGUF's config on its own first would parse the file's metadata a second
    time, so the class is found by trying instead.
    """
    from transformers import AutoModelForCausalLM, AutoModelForSeq2SeqLM

    what = "weights could not be loaded"
    try:
        return AutoModelForCausalLM.from_pretrained(location, **kwargs)
    except Exception as error:  # transformers raises OSError, ValueError, KeyError, ...
        if not (isinstance(error, ValueError) and "configuration class" in str(error)):
            raise ModelLoadError(f"{name}: {what}: {_first_line(error)}") from error
    return _step(name, what, AutoModelForSeq2SeqLM.from_pretrained, location, **kwargs)


def _step(name: str, what: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return call(*args, **kwargs)
    except ModelLoadError:
        raise
    except Exception as error:  # transformers raises OSError, ValueError, KeyError, ...
        raise ModelLoadError(f"{name}: {what}: {_first_line(error)}") from error


def _check_generative(name: str, config: Any) -> None:
    """Refuse encoders (BERT, MiniLM): they would load with a random LM head and write noise."""
    if config.is_encoder_decoder:
        return
    architectures = getattr(config, "architectures", None) or []
    if architectures and not any(_GENERATIVE_ARCH.search(arch) for arch in architectures):
        raise ModelLoadError(
            f"{name}: unsupported architecture {', '.join(architectures)} "
            "(needs a seq2seq model or a causal language model)"
        )


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    line = text[0] if text else type(error).__name__
    return line if len(line) <= 200 else line[:197] + "..."


@contextlib.contextmanager
def _quiet_loading(quiet: bool) -> Iterator[None]:
    """Hide progress bars and transformers' chatter while loading; restore them after."""
    if not quiet:
        yield
        return
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        with contextlib.redirect_stderr(io.StringIO()):  # the GGUF reader's own tqdm bar
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()
