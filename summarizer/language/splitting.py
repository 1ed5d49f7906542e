"""Sentences, words and numbers in languages other than English (``text.py`` calls these).

Sentence ends: ``.!?…`` before a space and a sentence opener (as in English, with the
language's own abbreviations, initials, and "am 3. Mai", "der 3. Versuch" ordinals kept
inside; German „…“ quotes close with “); the CJK full stops ``。！？`` and the
Arabic/Urdu/Devanagari ``؟ ۔ ।`` end a sentence with or without a space. Words: letters,
digits and combining marks of any script (Arabic vowel marks, Devanagari vowel signs stay
inside their word); Chinese and Japanese words come from a segmenter. Numbers: a decimal
comma ("3,5") and dotted thousands ("1.500") read as in the language.
"""

from __future__ import annotations


import regex

from summarizer.language import LANGUAGES
from summarizer.language.digits import GROUPED_NUMBER_RE
from summarizer.language.resources import segment

#: Sentence ends that need no following space (CJK full stops, Arabic question mark, Urdu
#: full stop, Devanagari danda), with the closing quotes and brackets that may follow them.
_TIGHT_END_RE = regex.compile(r"""[。！？!?]*[。！？؟۔।][」』）"'»”’)\]]*""")
#: Marks that close a quotation: “ and ‘ close German „…“ and ‚…‘ (and open English quotes).
_CLOSING = r"""»"')\]”’“‘"""
#: A Latin-style end: terminal punctuation, closing quotes (a French one after a space),
#: whitespace, then (an opening quote and) a letter or digit.
_SPACED_END_RE = regex.compile(
    rf"""([.!?…]+)((?:\s?[{_CLOSING}])*)(\s+)(?=[«"'(\[¿¡„‚“‘]?\s?([\p{{L}}\p{{N}}]))""")
_LAST_WORD_RE = regex.compile(r"""([\p{L}\p{N}][\p{L}\p{M}\p{N}.'-]*)$""")
_NEXT_WORD_RE = regex.compile(r"""[«"'(\[¿¡„‚“‘]?\s?([\p{L}\p{N}]+)""")
_TERMINAL_RE = regex.compile(rf"""(?:[.!?…。！？؟۔।])(?:\s?[{_CLOSING}」』）])*$""")

_WORD_CHARS = r"[\p{L}\p{N}\p{M}]"
#: Inside a word: apostrophes, hyphens, periods ("z.B", "1.500"), Hebrew geresh/gershayim
#: ("צה״ל"), Arabic decimal/thousands marks, and a comma between digits ("3,5").
_WORD_RE = regex.compile(
    rf"""{GROUPED_NUMBER_RE.pattern}|"""
    rf"""{_WORD_CHARS}+(?:(?:[.'’\-\u05f3\u05f4\u066b\u066c]|(?<=\p{{N}}),(?=\p{{N}})){_WORD_CHARS}+)*""")


def _opens(char: str) -> bool:
    return char.isdigit() or char.isupper() or (char.isalpha() and not char.islower())


def _keeps_period(before: str, after: str, code: str) -> bool:
    """True when the period ending ``before`` belongs to an abbreviation, an initial or an
    ordinal ("am 3. Mai", "der 3. Versuch", "zum 2. Mal"), so the sentence goes on."""
    lang = LANGUAGES[code]
    match = _LAST_WORD_RE.search(before.rstrip("."))
    if not match:
        return False
    word = match.group(1).rstrip(".")
    following = _NEXT_WORD_RE.match(after)
    next_word = following.group(1).lower() if following else ""
    if word.lower() in lang.abbreviations or "." in word:
        return True  # "Dr. Weber", "z.B. Kiel", "u.a. Berlin"
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "Anna K. Weber"
    if not word.isdigit():
        return False
    if len(word) <= 2 and next_word in lang.months:
        return True  # "am 3. Mai"
    # "der 3. Versuch": German nouns are capitalised, so only the word before tells
    return len(word) <= 3 and _word_before(before, match.start(1)) in lang.ordinal_determiners


def _word_before(text: str, end: int) -> str:
    """The lower-case word that ends before offset ``end`` ("" when there is none)."""
    match = _LAST_WORD_RE.search(text[:end].rstrip())
    return match.group(1).lower() if match else ""


def _spaced_ends(text: str, code: str) -> list[int]:
    """Offsets where a sentence ends before a space (Latin-style punctuation)."""
    ends = []
    for match in _SPACED_END_RE.finditer(text):
        if not _opens(match.group(4)):
            continue
        if match.group(1) == "." and _keeps_period(text[:match.start(1) + 1], text[match.end():], code):
            continue
        ends.append(match.end(2))
    return ends


def split_sentences(text: str, code: str) -> list[str]:
    """Split one (normalized) paragraph into sentences in language ``code``."""
    ends = set(_spaced_ends(text, code))
    ends.update(m.end() for m in _TIGHT_END_RE.finditer(text) if m.end() < len(text))
    sentences, start = [], 0
    for end in sorted(ends):
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
            start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with terminal punctuation of any of the scripts."""
    return bool(_TERMINAL_RE.search(text.rstrip()))


def words(text: str, code: str) -> list[str]:
    """Word tokens in their original case, punctuation dropped."""
    if LANGUAGES[code].segmenter:
        return _segmented_words(text, code)
    return _WORD_RE.findall(text)


#: A number in text without spaces between words: the segmenter would cut "1,500" in three.
_NUMBER_RE = regex.compile(rf"""{GROUPED_NUMBER_RE.pattern}|\p{{N}}+(?:[.,\u066b\u066c]\p{{N}}+)*""")


def _segmented_words(text: str, code: str) -> list[str]:
    """Words of Chinese or Japanese text: numbers whole, the text between them segmented."""
    found, start = [], 0
    for match in _NUMBER_RE.finditer(text):
        found += [w for piece in segment(text[start:match.start()], code) for w in _WORD_RE.findall(piece)]
        found.append(match.group())
        start = match.end()
    return found + [w for piece in segment(text[start:], code) for w in _WORD_RE.findall(piece)]
