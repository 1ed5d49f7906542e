"""Which parts of the engine work in which language, and the note shown when one is skipped.

The parts that are English by construction (the MiniLM sentence encoder, spaCy's small
English model, the English attribution verbs and newswire candidate rules, the SmolLM2
rewriting model and its guard) are skipped outside English, never run on text they would
misread. ``notes(code)`` gives the user-facing lines; ``table()`` the README's table.
"""

from __future__ import annotations

from summarizer.language import ENGLISH, LANGUAGES
from summarizer.language.numbers import reads_qualifiers

#: Parts that only work in English, and what the engine does instead in other languages.
ENGLISH_ONLY = {
    "embeddings": "the sentence encoder (all-MiniLM-L6-v2) is English-only: facts are aligned by "
                  "shared words, and centroid-emb / submodular-emb are not available",
    "spacy": "spaCy's English model is not used: no named-entity, attribution or claim analysis",
    "candidates": "the newswire candidate rules (quote fragments, bylines, attribution verbs) are "
                  "English; sentences are filtered by length only",
    "abstractive": "the abstractive strategies (SmolLM2 and the guard) are English-only",
}
#: Why figures are never called conflicting where number qualifiers are not read.
NO_QUALIFIERS = ("number words and qualifiers such as 'more than' are not read: figures that "
                 "differ are listed, never stated as conflicting accounts")
#: Strategies that need an English-only part.
ENGLISH_ONLY_STRATEGIES = frozenset({"centroid-emb", "submodular-emb", "abstractive", "abstractive-full"})


def uses_english_models(code: str) -> bool:
    """True when the English-only parts (encoder, spaCy model, rewriting model) may run."""
    return code == ENGLISH


def strategy_available(name: str, code: str) -> bool:
    return code == ENGLISH or name.split(":")[0] not in ENGLISH_ONLY_STRATEGIES


def notes(code: str) -> list[str]:
    """One line per part skipped for reports in ``code`` (empty for English)."""
    if code == ENGLISH:
        return []
    name = LANGUAGES[code].name
    lines = [f"{name}: {why}" for why in ENGLISH_ONLY.values()]
    if not reads_qualifiers(code):
        lines.append(f"{name}: {NO_QUALIFIERS}")
    return lines


def _cell(flag: bool | str) -> str:
    return flag if isinstance(flag, str) else ("yes" if flag else "no")


def _numbers(code: str) -> str:
    """How far number differences go: number words and qualifiers ("mehr als", "超过") are
    read in the languages the lexicon lists them for; elsewhere only figures in digits."""
    return "yes" if reads_qualifiers(code) else "digits only (no number words, qualifiers)"


def table() -> str:
    """A Markdown table: one row per language, one column per part of the text layer."""
    from summarizer.language.resources import stop_words

    head = ("| language | code | sentences | words | stems | stop words | extractive strategies, "
            "near-duplicates, support | number differences | encoder, spaCy, abstractive |")
    rows = [head, "|" + "---|" * 9]
    for code, lang in LANGUAGES.items():
        words = {"jieba": "jieba", "tinysegmenter": "tinysegmenter"}.get(lang.segmenter or "", "yes")
        stems = "Porter" if code == ENGLISH else ("Snowball" if lang.snowball else "no (lower case only)")
        count = len(stop_words(code)) if code != ENGLISH else "sumy"
        rows.append(f"| {lang.name} | {code} | yes | {words} | {stems} | {count} | yes | "
                    f"{_numbers(code)} | {_cell(code == ENGLISH)} |")
    return "\n".join(rows)
