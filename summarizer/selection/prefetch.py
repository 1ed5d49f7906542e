"""The vectors and parses that the support of the selection's candidates will read, computed
ahead and in batches. This module only fills caches (the encoder's vectors by text,
``nlp.load``'s parses by text); every decision stays with the rules that read them.

The ILP asks, for each of its candidates, which reports state its claim
(``trust.repeats.Repeats.support`` -> ``trust.support.claim_matches``): the candidate is
embedded with the sentences of other reports that share words with it, and those passing
the claim rule are parsed with their names (their stances and names are compared), one
candidate after another: many small encoder runs and one-sentence parses. Here:

- ``start`` (when the best candidates are being judged): a worker thread embeds the
  best-ranked cheap candidates and the sentences their claims will be compared with, while
  the main thread loads the parser and parses. The encoder is idle then, and its runs
  release the interpreter lock; a vector does not depend on the batch it is encoded in.
- ``settle`` (when the candidates are known): the worker stops after its current batch,
  and what the support of exactly those candidates will embed is embedded in one batch and
  what it will parse is parsed in one batch; then the clauses the main-claim test of the
  pairs passing the claim rule will compare (``trust.support.restating_texts``).

Nothing is done when the corpus is summarized without the encoder (``trust.prepare``'s
setting) or is too large for selection to compare claims (``trust.LARGE_CORPUS_SENTENCES``).
"""

from __future__ import annotations

import logging
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

if TYPE_CHECKING:
    from summarizer.corpus import Corpus
    from summarizer.generation.embeddings import Embedder

log = logging.getLogger("summarizer")

#: Texts the worker embeds per encoder call: small enough that ``settle`` waits little for
#: the batch in progress, large enough that the runs' fixed cost stays small.
CHUNK = 16
#: At most this many texts are embedded ahead (the best candidates' own and compared
#: sentences, best first): a bound on the work spent on sentences the brief never compares.
MAX_AHEAD = 512


@dataclass
class _Job:
    future: "Future[None]"
    stop: threading.Event


_JOBS: "weakref.WeakKeyDictionary[Corpus, _Job]" = weakref.WeakKeyDictionary()
_WORKER: list[ThreadPoolExecutor] = []
_WORKER_LOCK = threading.Lock()


def _compares_claims(corpus: "Corpus") -> bool:
    """Whether selection will compare claims with the encoder (``trust.repeats``)."""
    from summarizer import trust

    return trust.compares_claims(corpus)


def compared(corpus: "Corpus", ids: Sequence[int],
             figures: dict[int, frozenset[str]] | None = None) -> dict[int, list[int]]:
    """Each of ``ids`` -> the sentences its claim is compared with (``align.claim_matches``'s
    blocking: other reports' sentences sharing ``CLAIM_MIN_SHARED`` content words, figures
    agreeing), in corpus order. ``figures`` keeps each sentence's ``numbers_of`` across calls."""
    from summarizer.trust.align import claim_candidates, numbers_agree, numbers_of

    figures = {} if figures is None else figures

    def numbers(sentence_id: int) -> frozenset[str]:
        if sentence_id not in figures:
            figures[sentence_id] = numbers_of(corpus.sentences[sentence_id])
        return figures[sentence_id]

    return {sentence_id: sorted(i for members in claim_candidates(corpus, sentence_id).values()
                                for i in members if numbers_agree(numbers(sentence_id), numbers(i)))
            for sentence_id in ids}


def _in_order(ids: Sequence[int], found: dict[int, list[int]]) -> list[int]:
    """``ids``, then the sentences ``found`` compares each with, without repeats."""
    return list(dict.fromkeys([*ids, *(i for sentence_id in ids for i in found[sentence_id])]))


def start(corpus: "Corpus", ids: Sequence[int], key: Callable[[int], Any], count: int) -> None:
    """Embed, in a worker thread, the ``count`` of ``ids`` with the smallest ``key`` (best
    first) and the sentences their claims are compared with, until ``settle`` or
    ``MAX_AHEAD`` texts."""
    if corpus in _JOBS or not ids or not _compares_claims(corpus):
        return
    ranked = sorted(ids, key=key)[:count]
    try:
        from summarizer.generation.embeddings import get_embedder

        embedder = get_embedder()  # the claim encoder's (``align.claim_embedder``)
        if not embedder.loads_in_background():  # an export to make imports torch: not in a thread
            return
    except Exception:  # noqa: BLE001 - the foreground reports (or tolerates) a broken encoder
        return
    stop = threading.Event()
    _JOBS[corpus] = _Job(_worker().submit(_embed_ahead, corpus, ranked, embedder, stop), stop)


def _embed_ahead(corpus: "Corpus", ranked: list[int], embedder: "Embedder", stop: threading.Event) -> None:
    """Embed the texts of ``_ahead`` not embedded yet, ``CHUNK`` at a time, until ``stop``."""
    batch: list[str] = []
    seen: set[str] = set()
    for sentence_id in _ahead(corpus, ranked):
        text = corpus.sentences[sentence_id].text
        if stop.is_set() or len(seen) >= MAX_AHEAD:
            return
        if text in seen or text in embedder.cache:
            continue
        seen.add(text)
        batch.append(text)
        if len(batch) == CHUNK:
            embedder.embed(batch)
            batch = []
    if batch and not stop.is_set():
        embedder.embed(batch)


def _ahead(corpus: "Corpus", ranked: list[int]) -> Iterator[int]:
    """Each of the ``ranked`` sentences, best first, followed by those its claim is compared
    with (the best are the likeliest candidates)."""
    figures: dict[int, frozenset[str]] = {}
    for sentence_id in ranked:
        yield sentence_id
        yield from compared(corpus, [sentence_id], figures)[sentence_id]


def _worker() -> ThreadPoolExecutor:
    with _WORKER_LOCK:
        if not _WORKER:
            _WORKER.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-prefetch"))
        return _WORKER[0]


def settle(corpus: "Corpus", ids: Sequence[int]) -> None:
    """Stop the worker of ``start``; embed in one batch what the support of ``ids`` will
    embed (the sentences and those their claims are compared with), and parse in one batch,
    with names, the pairs that pass the claim rule (``align.claim_matches`` compares their
    stances and names); then embed in one batch the clauses their main-claim test compares."""
    job = _JOBS.pop(corpus, None)
    if job is not None:
        job.stop.set()
        try:
            job.future.result()
        except Exception as error:  # noqa: BLE001 - a cache warm-up; the foreground embeds anew
            log.debug("prefetching vectors failed: %s", error)
    if not _compares_claims(corpus):
        return
    from summarizer.trust import repeats

    selection = repeats(corpus)
    embed, judged = getattr(selection, "embed", None), getattr(selection, "claims", {})
    todo = [i for i in sorted(set(ids)) if i not in judged]
    if embed is None or not todo:
        return
    found = compared(corpus, todo)
    order = _in_order(todo, found)
    vectors = embed([corpus.sentences[i].text for i in order])
    if len(vectors) != len(order) or vectors.shape[1] < 2:  # the encoder failed (zero vectors)
        return
    passing = _parse_claim_pairs(corpus, found, dict(zip(order, vectors)))
    _embed_main_claims(corpus, passing, embed)


def _embed_main_claims(corpus: "Corpus", passing: dict[int, list[int]], embed: Callable) -> None:
    """Embed in one batch the clauses the main-claim test (``support.carrying``, which
    ``support.claim_matches`` runs on the pairs passing the claim rule) will compare, after
    parsing their sentences in one batch (``support.restating_texts``)."""
    from summarizer.trust.support import restating_texts

    texts = restating_texts(corpus, passing.items())
    if texts:
        embed(texts)


def _parse_claim_pairs(corpus: "Corpus", found: dict[int, list[int]], vectors: dict) -> dict[int, list[int]]:
    """Parse, with names, each sentence of ``found`` and those it is compared with that pass
    the claim rule with it (``align.same_claim``); return those pairs (sentence -> the
    sentences passing with it)."""
    from summarizer.nlp.load import parse_all
    from summarizer.trust.align import same_claim, term_weights, weighted_overlap

    weights = term_weights(corpus)
    wanted: dict[int, None] = {}
    passing: dict[int, list[int]] = {}
    for sentence_id, others in found.items():
        own = corpus.sentences[sentence_id].content
        for other in others:
            content = corpus.sentences[other].content
            cosine = float(vectors[sentence_id] @ vectors[other])
            if same_claim(cosine, len(own & content), weighted_overlap(own, content, weights)):
                wanted.update({sentence_id: None, other: None})
                passing.setdefault(sentence_id, []).append(other)
    if wanted:
        parse_all([corpus.sentences[i].text for i in wanted])
    return passing
