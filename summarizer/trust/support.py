"""Which reports state a sentence's main claim: the test a citation must pass.

Two sentences aligned as one fact or one claim (``align``) often share a side clause or a
background phrase, not what the sentence mainly says: "White House officials were
reportedly furious that the indictments were announced by Rosenstein" and "Rosenstein
announced the charges" share the announcement; the first sentence's claim is the fury. A
report is cited for a sentence only when one of its aligned sentences carries the
sentence's main claim (``nlp.claims.main_claim``: its first main clause without the side
clauses; a speech verb counts with what was said):

* in the predicate's own words: a word of the cited sentence has the lemma or the stem of
  a word of the predicate ("certified", "interview" for "was interviewed", "file" in
  "plan to file charges"); or
* in other words: one clause of the cited sentence (``nlp.claims.clauses``) restates the
  main clause as a whole: the two share ``align.PARAPHRASE_JACCARD`` of their content words
  (the lexical paraphrase rule of the alignment, with its ``MIN_PARAPHRASE_WORDS``: the
  only test without an encoder), or
  their sentence vectors reach ``MAIN_CLAIM_COSINE`` ("Cantor was beaten Tuesday by a
  political novice" / "Cantor was soundly defeated on Tuesday by a Tea Party-backed
  economics professor").

Only the sentences compared are parsed, and only the main clauses and clauses the word
tests leave undecided are embedded; ``restating_texts`` names those for checks known ahead
(``selection.prefetch`` and ``repeats.Repeats.among`` embed them in one batch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from summarizer.corpus import Corpus
from summarizer.text import content_stems, jaccard, stem
from summarizer.trust.align import MIN_PARAPHRASE_WORDS, PARAPHRASE_JACCARD
from summarizer.trust.align import claim_matches as aligned_claims

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from summarizer.trust.align import Embed

#: Cosine similarity (the claim encoder, all-MiniLM-L6-v2) of a brief sentence's main
#: clause and one clause of another report's sentence at or above which the clause
#: restates the main claim in other words. Chosen on the labelled citations of the
#: development half of basil-dev (``bench/bench_citations.py``): restatements in other
#: words ("was beaten" / "was soundly defeated", "urged Obama to listen to Pelosi" /
#: "encouraged Obama to listen to Pelosi") score from about 0.6, a sentence sharing only a
#: side clause lower ("were furious that the indictments were announced by Rosenstein" /
#: "Rosenstein announced the charges": 0.2-0.3).
MAIN_CLAIM_COSINE = 0.6


def claim_matches(corpus: Corpus, sentence_id: int, embed: "Embed") -> dict[int, int]:
    """``align.claim_matches`` with the main-claim test: report -> its sentence stating the
    claim of ``sentence_id`` in any wording and carrying its main claim (the citations and
    the selection's support count these)."""
    return aligned_claims(corpus, sentence_id, embed,
                          lambda passing: carrying(corpus, sentence_id, passing, embed))


def carrying(corpus: Corpus, sentence_id: int, others: Iterable[int], embed: "Embed | None") -> set[int]:
    """The ``others`` (corpus sentence ids) that state the main claim of ``sentence_id``.

    Without an encoder (``embed`` None) only words count: the predicate's, or those of a
    clause sharing enough of the main clause's."""
    others = sorted(set(others) - {sentence_id})
    if not others:
        return set()
    main, found, undecided = _by_words(corpus, sentence_id, others)
    if embed is not None and undecided and main:
        found |= _restating(main, undecided, embed)
    return found - _other_speakers(corpus, sentence_id, found)


def _other_speakers(corpus: Corpus, sentence_id: int, others: set[int]) -> set[int]:
    """The ``others`` whose main claim a named speaker says who shares no name with the
    sentence's named speaker ("Jorge Ramos pointed out that Trump likely won among
    Hispanics" / "Mr. Fox also expressed disbelief that Mr. Trump did well with Hispanic
    voters"): the same words from someone else are not what the sentence reports. One that
    names the sentence's speaker still may ("Hariri said the dispute was triggered when
    Demirel warned Damascus ..." tells of Demirel's warning)."""
    from summarizer.nlp.claims import main_speaker
    from summarizer.nlp.load import parse_all

    if not others:
        return set()
    ids = sorted(others)
    own, *docs = parse_all([corpus.sentences[i].text for i in [sentence_id, *ids]], entities=False)
    speaker = main_speaker(own)
    if not speaker:
        return set()
    return {i for i, doc in zip(ids, docs)
            if (theirs := main_speaker(doc)) and not theirs & speaker and not speaker & {t.lower_ for t in doc}}


def restating_texts(corpus: Corpus, checks: Iterable[tuple[int, Iterable[int]]]) -> list[str]:
    """The texts ``carrying`` embeds (with an encoder) for each ``(sentence_id, others)`` of
    ``checks``, in first-seen order, after parsing every sentence of them in one batch: a
    caller that knows the checks ahead embeds these in one batch, and ``carrying`` then
    finds its parses and vectors cached. Decides nothing."""
    from summarizer.nlp.load import parse_all

    checks = [(sentence_id, sorted(set(others) - {sentence_id})) for sentence_id, others in checks]
    checks = [(sentence_id, others) for sentence_id, others in checks if others]
    parse_all([corpus.sentences[i].text for sentence_id, others in checks for i in [sentence_id, *others]],
              entities=False)
    texts: dict[str, None] = {}
    for sentence_id, others in checks:
        main, _, undecided = _by_words(corpus, sentence_id, others)
        if undecided and main:
            texts.update(dict.fromkeys(_restating_texts(main, _clauses_of(undecided))))
    return list(texts)


def _by_words(corpus: Corpus, sentence_id: int, others: list[int]) -> tuple[str, set[int], list[tuple[int, "Doc"]]]:
    """The main clause of ``sentence_id``, the ``others`` whose words state it, and the
    rest with their parses (left to the encoder)."""
    from summarizer.nlp.claims import main_claim
    from summarizer.nlp.load import parse_all

    texts = [corpus.sentences[i].text for i in [sentence_id, *others]]
    own, *docs = parse_all(texts, entities=False)
    claim = main_claim(own)
    main = _text(own, claim.span)
    words = {key for word in claim.words for key in (word, stem(word))}
    main_words = frozenset(content_stems(main))
    found = {i for i, doc in zip(others, docs) if words & _keys(doc) or _shares_clause(main_words, doc)}
    return main, found, [(i, doc) for i, doc in zip(others, docs) if i not in found]


def _keys(doc: "Doc") -> set[str]:
    """The lemmas and stems of a sentence's words."""
    return {key for t in doc if t.is_alpha for key in (t.lemma_.lower(), stem(t.lemma_.lower()), stem(t.lower_))}


def _text(doc: "Doc", indices: Sequence[int]) -> str:
    return "".join(doc[i].text_with_ws for i in indices).strip()


def _clause_texts(doc: "Doc") -> list[str]:
    from summarizer.nlp.claims import clauses

    return [_text(doc, span) for span in clauses(doc)] or [doc.text]


def _shares_clause(main_words: frozenset[str], doc: "Doc") -> bool:
    """A clause of the sentence shares ``PARAPHRASE_JACCARD`` of its content words with the
    main clause's, which has ``MIN_PARAPHRASE_WORDS`` or more (as in the alignment: two or
    three words in common are chance; "officials were furious" shares two of three with
    "officials praised the engineer")."""
    return len(main_words) >= MIN_PARAPHRASE_WORDS and any(jaccard(main_words, frozenset(content_stems(text))) >= PARAPHRASE_JACCARD
                                    for text in _clause_texts(doc))


def _restating(main: str, candidates: list[tuple[int, "Doc"]], embed: "Embed") -> set[int]:
    """The candidates one of whose clauses restates the main clause (``MAIN_CLAIM_COSINE``)."""
    parts = _clauses_of(candidates)
    texts = _restating_texts(main, parts)
    vectors = np.asarray(embed(texts))
    row = {text: n for n, text in enumerate(texts)}
    return {i for i, found in parts.items()
            if max(float(vectors[row[main]] @ vectors[row[t]]) for t in found) >= MAIN_CLAIM_COSINE}


def _clauses_of(candidates: list[tuple[int, "Doc"]]) -> dict[int, list[str]]:
    return {i: _clause_texts(doc) for i, doc in candidates}


def _restating_texts(main: str, parts: dict[int, list[str]]) -> list[str]:
    """What ``_restating`` embeds, in one call: the main clause and the candidates' clauses."""
    return list(dict.fromkeys([main, *(t for found in parts.values() for t in found)]))
