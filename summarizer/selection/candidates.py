"""Which sentences of newswire reports may stand alone in a brief.

Multi-document extractors choose sentences by what they cover; none of them can see that a
sentence is a fragment of a quotation, a rhetorical question or a credit line. These rules
remove such sentences *before* selection. Each rule is a small predicate with the reason it
exists (the cheap ones, on the text alone, in ``selection.rules``; the trust rules, on spaCy
parses, here); ``candidate_ids`` applies the ones a ``CandidateRules`` switches on, and so does
``strategies.base.greedy_fill`` (lead and the sumy family, ``GREEDY_RULES``) through ``usable``
and ``refusal``; the extractive strategies declare theirs as their ``rules`` option.

Rules on the text itself (what a sentence, a word or a stem is) belong to ``text.py``; the
rules here only judge whole sentences that the shared text layer produced.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from summarizer.corpus import Corpus, Sentence
from summarizer.nlp import attribution, bridging, dependence, framing, furniture, offices, voice
from summarizer.selection import prefetch
from summarizer.selection.context import Context, context  # noqa: F401 (callers read it here too)
from summarizer.selection.rules import (PRONOUNS, incomplete, is_question, is_quotation,  # noqa: F401
                                        is_wire_furniture, opens_with_pronoun, quote_fraction,
                                        stripped, too_short)
from summarizer.selection.printing import printed_text

# --- applying the cheap rules ----------------------------------------------------------


@dataclass(frozen=True)
class CandidateRules:
    """Switches and thresholds of the rules.

    The trust rules (``summarizer.nlp``, on spaCy parses of the sentences that pass the
    cheap rules, furniture stripped): ``drop_unattributed`` refuses someone's words without
    their speaker (a quotation, a sentence inside a quotation opened earlier, an embedded
    post, a first-person statement); ``drop_outside_references`` refuses a sentence that
    opens with a pronoun or definite reference whose antecedent is outside it, unless
    ``resolve_references`` is on and the report gives the name it stands for (the strategy
    then prints ``printed_text``, which puts the name in); ``drop_furniture``
    refuses sentences that are page furniture ("Read more", a quotation's split-off
    attribution). The voice rules (``nlp.voice``) refuse what a brief must not say in its
    own voice: ``drop_imperative`` an order ("Dress like you deserve respect."), a line of a
    post or a speech; ``drop_evaluative`` a judgement of one report's (an evaluative word
    outside quotation marks and outside what a verb of saying or labelling governs, no other
    report's version judging too);
    ``drop_hearsay`` "reportedly" with no source in the sentence; ``drop_framing`` a
    reporter's framing (``nlp.framing``: speculation, an ascribed motive, what an event
    means, a view of no one, a judging adjective) in the sentence's own voice when the
    sentence states a claim of its report alone: another report's version with the same cue
    (wire copy) or another report stating the claim keeps it, cited to them;
    ``drop_opinion`` a sentence of an opinion piece (an editorial, a column, an op-ed:
    ``ingest.opinion``) when the set holds news reports too: the paper's view, not news
    ("Initial evidence suggests that the killing was a political assassination," from The
    New York Times's editorial on Galina Starovoitova, stated in the brief's voice).

    Defaults: ``min_words=8`` because sentences under 8 words in DUC newswire are mostly
    attributions, fragments and quotes (ICSISumm used 10; 8 keeps short factual leads such
    as "The storm killed at least 231 people in Honduras."). Quotations, questions and wire
    furniture are dropped. Pronoun-initial sentences are kept: in newswire the pronoun
    nearly always names the story's protagonist, whom other chosen sentences introduce.
    ``one_per_group`` keeps one sentence per near-duplicate group (the earliest that passes
    the rules), so a wire paragraph reprinted by five reports is one candidate.
    ``incomplete_endings``: the last characters that mark a sentence as cut off.
    """

    min_words: int = 8
    incomplete_endings: tuple[str, ...] = (":", ",", ";")
    drop_quotations: bool = True
    drop_questions: bool = True
    drop_wire_furniture: bool = True
    drop_pronoun_initial: bool = False
    one_per_group: bool = True
    drop_unattributed: bool = True
    drop_outside_references: bool = True
    drop_furniture: bool = True
    resolve_references: bool = False
    drop_imperative: bool = True
    drop_evaluative: bool = True
    drop_hearsay: bool = True
    drop_framing: bool = True
    drop_opinion: bool = True


DEFAULT_RULES = CandidateRules()

#: The rules of the greedy fill (``strategies.base.greedy_fill``: lead and the sumy family).
#: Their rankers were not built around these rules, so only the length floor (5 words),
#: the colon/comma ending and the trust rules apply; they print ``printed_text``, so an
#: opening pronoun the report resolves is repaired rather than refused. The fill keeps
#: one sentence per near-duplicate group through its own redundancy check, so
#: ``one_per_group`` does not apply to it.
GREEDY_RULES = CandidateRules(min_words=5, incomplete_endings=(":", ","), drop_quotations=False,
                              drop_questions=False, drop_wire_furniture=False,
                              resolve_references=True)


def passes(sentence: Sentence, rules: CandidateRules = DEFAULT_RULES) -> bool:
    """True when no switched-on rule rejects the sentence."""
    if too_short(sentence, rules.min_words) or incomplete(sentence, rules.incomplete_endings):
        return False
    if rules.drop_quotations and is_quotation(sentence):
        return False
    if rules.drop_questions and is_question(sentence):
        return False
    if rules.drop_wire_furniture and is_wire_furniture(sentence):
        return False
    return not (rules.drop_pronoun_initial and opens_with_pronoun(sentence))


def usable(sentence: Sentence, rules: CandidateRules = DEFAULT_RULES) -> bool:
    """``passes``, and not a page-furniture line when ``drop_furniture`` is on: every rule
    that needs neither a parse nor the sentence's report (the rest is ``refusal``)."""
    if not passes(sentence, rules):
        return False
    return not (rules.drop_furniture and furniture.is_furniture_line(stripped(sentence.text)))


# --- trust rules: context of a sentence in its report, and the parse-based checks --------


def _needs_parse(text: str, rules: CandidateRules) -> bool:
    return (attribution.might_need_speaker(text) or dependence.might_open_with_reference(text)
            or len(text.split()) <= 14 or (rules.drop_imperative and voice.might_be_imperative(text))
            or (rules.drop_evaluative and bool(voice.evaluative_words(text)))
            or (rules.drop_hearsay and voice.might_be_hearsay(text))
            or (rules.drop_framing and framing.might_frame(text)))


def refusal(corpus: Corpus, sentence_id: int, rules: CandidateRules = DEFAULT_RULES) -> str | None:
    """Why a trust rule refuses the sentence ("unattributed", "reference", "furniture",
    "post", "imperative", "evaluative", "hearsay", "opinion"), or None. Judged once per corpus, sentence
    and rules (``_REFUSALS``)."""
    judged = _REFUSALS.setdefault(corpus, {})
    key = (rules, sentence_id)
    if key not in judged:
        judged[key] = _refusal(corpus, sentence_id, rules)
    return judged[key]


#: Per corpus: (rules, sentence id) -> the trust rules' verdict (they parse: judge once).
_REFUSALS: "weakref.WeakKeyDictionary[Corpus, dict[tuple[CandidateRules, int], str | None]]" = \
    weakref.WeakKeyDictionary()


def forget_judgements() -> None:
    """Forget the trust rules' verdicts of every corpus and the stripped texts (benchmarks
    time them cold)."""
    _REFUSALS.clear()
    stripped.cache_clear()


def _refusal(corpus: Corpus, sentence_id: int, rules: CandidateRules) -> str | None:
    from summarizer.nlp.load import parse

    verdict, text = _before_parse(corpus, sentence_id, rules)
    if text is None:
        return verdict
    doc = parse(text, entities=False)  # the rules that read names ask for them
    if rules.drop_furniture and furniture.is_split_attribution(text):
        return "furniture"
    where = context(corpus)
    if rules.drop_unattributed and attribution.unattributed(doc):  # (inside a quotation: _before_parse)
        return "unattributed"
    if rules.drop_unattributed and where.after_speech[sentence_id] and attribution.goes_on_in_speakers_voice(doc):
        return "unattributed"
    holders = offices.holders_of(corpus) if rules.drop_outside_references and offices.mentions_office(doc) else None
    if rules.drop_outside_references and dependence.opens_with_reference(doc, holders):
        if not (rules.resolve_references and printed_text(corpus, sentence_id) != text):
            return "reference"
    if rules.drop_outside_references and len(corpus.documents) > 1 and \
            bridging.one_reports_thing(doc, _used_by_another_report(corpus, sentence_id)) is not None:
        return "reference"
    return _voice(corpus, sentence_id, doc, rules)


def _used_by_another_report(corpus: Corpus, sentence_id: int) -> Callable[[str], bool]:
    """Whether a report other than the sentence's uses a word (compared by stem)."""
    from summarizer.text import stem

    own = corpus.sentences[sentence_id].doc
    return lambda word: bool(corpus.reports_using.get(stem(word), frozenset()) - {own})


def _voice(corpus: Corpus, sentence_id: int, doc: Any, rules: CandidateRules) -> str | None:
    """The voice rules' verdict on the parsed sentence (see ``CandidateRules``)."""
    if rules.drop_imperative and voice.imperative(doc):
        return "imperative"
    if rules.drop_evaluative and voice.judgement(doc) and not _judged_elsewhere(corpus, sentence_id):
        return "evaluative"
    if rules.drop_hearsay and voice.unsourced_hearsay(doc):
        return "hearsay"
    if rules.drop_framing and framing.might_frame(doc.text) and _one_reports_framing(corpus, sentence_id, doc):
        return "framing"
    return None


def _judged_elsewhere(corpus: Corpus, sentence_id: int) -> bool:
    """Another report's version of the sentence (its near-duplicate group) judges too: the
    wording is shared (wire copy), not one report's framing. A neutral version elsewhere
    leaves the judging one refused, so the group's neutral sentence stands instead."""
    doc = corpus.sentences[sentence_id].doc
    return any(other.doc != doc and voice.evaluative_words(other.text) for other in corpus.members(sentence_id))


def _one_reports_framing(corpus: Corpus, sentence_id: int, doc: Any) -> bool:
    """The sentence frames something in its own voice (``framing.framing_cues``) and states
    a claim of its report alone: no other report's version of it (its near-duplicate group,
    or a lexical paraphrase: content words shared at ``align.PARAPHRASE_JACCARD``) uses one
    of those cues (shared wording, wire copy), and no other report states its claim (the
    support the brief would cite, ``trust.repeats``: then it stands, cited to them)."""
    from summarizer import trust
    from summarizer.text import jaccard
    from summarizer.trust.align import PARAPHRASE_JACCARD

    cues = {framing.cue_word(kind, token) for kind, token in framing.framing_cues(doc)}
    if not cues:
        return False
    own = corpus.sentences[sentence_id]
    versions = {s.id for s in corpus.members(sentence_id)} | {
        other.id for other in corpus.sentences
        if other.doc != own.doc and own.content and jaccard(own.content, other.content) >= PARAPHRASE_JACCARD}
    if any(corpus.sentences[i].doc != own.doc and cues & framing.cue_words(corpus.sentences[i].text)
           for i in sorted(versions)):
        return False
    return trust.repeats(corpus).support(corpus, sentence_id) < 2


def _before_parse(corpus: Corpus, sentence_id: int, rules: CandidateRules) -> tuple[str | None, str | None]:
    """(verdict, None) when the trust rules decide without a parse, else (None, the text
    they parse): the furniture stripped off the sentence."""
    text, where = stripped(corpus.sentences[sentence_id].text), context(corpus)
    if rules.drop_furniture and where.in_post[sentence_id]:
        return "post", None
    if rules.drop_unattributed and where.inside_quote[sentence_id]:
        return "unattributed", None  # a quotation's later sentence, with or without marks of its own
    if rules.drop_opinion and where.in_opinion[sentence_id]:
        return "opinion", None
    if rules.drop_furniture and furniture.is_furniture_line(text):
        return "furniture", None
    return None, (text if _needs_parse(text, rules) or where.after_speech[sentence_id] else None)


def _uses_trust(rules: CandidateRules) -> bool:
    return (rules.drop_unattributed or rules.drop_outside_references or rules.drop_furniture
            or rules.drop_imperative or rules.drop_evaluative or rules.drop_hearsay or rules.drop_framing
            or rules.drop_opinion)


def _judge(corpus: Corpus, ids: Sequence[int], rules: CandidateRules) -> None:
    """Parse, in one batch, the sentences of ``ids`` the trust rules will parse (not yet
    judged, and not decided before a parse), so that ``refusal`` finds them parsed."""
    from summarizer.nlp.load import warm

    judged = _REFUSALS.get(corpus, {})
    texts = [_before_parse(corpus, i, rules)[1] for i in ids if (rules, i) not in judged]
    warm([t for t in texts if t is not None], entities=False)


def _trusted(corpus: Corpus, ids: Sequence[int], rules: CandidateRules) -> list[int]:
    """``ids`` without the sentences a trust rule refuses (parsed in one batch)."""
    if not _uses_trust(rules):
        return list(ids)
    _judge(corpus, ids, rules)
    return [i for i in ids if refusal(corpus, i, rules) is None]


def contained(small: frozenset[str], large: frozenset[str], share: float = 0.8) -> bool:
    """A sentence whose content words are (nearly all) inside a longer one's says nothing
    the longer one does not: the two must not stand in one brief."""
    return bool(small) and len(small) < len(large) and len(small & large) >= share * len(small)


def candidate_ids(corpus: Corpus, rules: CandidateRules = DEFAULT_RULES,
                  key: Callable[[int], Any] | None = None, limit: int | None = None) -> list[int]:
    """Ids of the sentences a brief may use, in corpus order.

    With ``key`` (a sort key per sentence id, best first) and ``limit``: only the ``limit``
    candidates with the smallest keys, still in corpus order. They are the same as the best
    ``limit`` of all candidates, but the trust rules, which parse, judge only the sentences
    in contention: the cheap rules pass first, the key orders what is left, and the trust
    rules walk down that order until ``limit`` candidates are found.

    When the rules leave nothing (a tiny input, or one made only of quotes), the length
    floor and the other rules are relaxed step by step rather than returning an empty brief.
    """
    for step in (rules, CandidateRules(min_words=3, one_per_group=rules.one_per_group),
                 CandidateRules(min_words=1, drop_quotations=False, drop_questions=False,
                                drop_wire_furniture=False, one_per_group=rules.one_per_group,
                                drop_unattributed=False, drop_outside_references=False,
                                drop_furniture=False, drop_imperative=False, drop_evaluative=False,
                                drop_hearsay=False, drop_framing=False)):
        chosen = _apply(corpus, step, key, limit)
        if chosen:
            return chosen
    return []


def _apply(corpus: Corpus, rules: CandidateRules, key: Callable[[int], Any] | None,
           limit: int | None) -> list[int]:
    cheap = [s.id for s in corpus.sentences if passes(s, rules)]
    if key is not None and limit is not None:  # the ILP: it compares the best candidates' claims
        prefetch.start(corpus, cheap, key, _AHEAD * limit)
    if key is not None and limit is not None and len(cheap) > limit:
        return _best(corpus, rules, cheap, key, limit)
    kept = _trusted(corpus, cheap, rules)
    if not rules.one_per_group:
        out = kept
    else:
        seen: set[int] = set()
        out = []
        for sentence_id in kept:
            group = corpus.group_of[sentence_id]
            if group not in seen:
                seen.add(group)
                out.append(sentence_id)
    if key is not None and limit is not None and len(out) > limit:
        out = sorted(sorted(out, key=key)[:limit])
    return out


#: How many of the best cheap candidates, in multiples of the number asked for, have their
#: claim comparisons embedded ahead (``prefetch.start``): some of the best are refused.
_AHEAD = 2
#: Sentences judged beyond the number still missing, per batch of ``_best`` (a few are
#: refused; a larger spare parses sentences that are never needed).
_SPARE = 4


def _best(corpus: Corpus, rules: CandidateRules, cheap: list[int], key: Callable[[int], Any],
          limit: int) -> list[int]:
    """The ``limit`` candidates with the smallest keys among ``cheap`` (those that pass the
    cheap rules), judging trust down the key order in batches. With ``one_per_group`` a
    sentence is a candidate when it is trusted and no earlier sentence of its group is (the
    group's earliest trusted sentence), as in ``_apply``."""
    earlier: dict[int, list[int]] = {}
    if rules.one_per_group:
        members: dict[int, list[int]] = {}
        for sentence_id in cheap:
            group = members.setdefault(corpus.group_of[sentence_id], [])
            earlier[sentence_id] = list(group)
            group.append(sentence_id)
    trust = _uses_trust(rules)
    order = sorted(cheap, key=key)
    found: list[int] = []
    position = 0
    while len(found) < limit and position < len(order):
        batch = order[position:position + limit - len(found) + _SPARE]
        position += len(batch)
        if trust:
            _judge(corpus, batch + [k for j in batch for k in earlier.get(j, ())], rules)
        for sentence_id in batch:
            if _admitted(corpus, rules, sentence_id, earlier.get(sentence_id, ()), trust):
                found.append(sentence_id)
                if len(found) == limit:
                    break
    return sorted(found)


def _admitted(corpus: Corpus, rules: CandidateRules, sentence_id: int, earlier: Sequence[int],
              trust: bool) -> bool:
    if not trust:
        return not earlier
    return refusal(corpus, sentence_id, rules) is None and all(
        refusal(corpus, k, rules) is not None for k in earlier)
