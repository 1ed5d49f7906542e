"""Bytes to text: which encoding a report is in, and whether its bytes are text at all.

Files, stdin and ``bytes`` given to the API all go through ``decode_report``, so a report
reads the same whichever way it arrives. The order of the decisions:

1. a byte-order mark names the encoding;
2. a known binary signature (PDF, gzip, zip, images) or NUL bytes mean "not text";
3. UTF-8, strictly; or UTF-8 with U+FFFD replacements when the bytes are mostly valid
   UTF-8 (they hold valid multi-byte sequences and few invalid bytes): decoding such a
   report as a legacy encoding would turn every "é" into mojibake ("Ã©");
4. otherwise a legacy encoding: cp1252 (Latin-1's superset, the usual one for Western news)
   when the non-ASCII bytes are a small share (accented names in English prose) or when its
   reading's letters fit the alphabet of one Latin-script language (``Language.letters``:
   "très à Genève" is French); else the first of charset-normalizer's candidates whose
   reading fits one (a Czech or Polish text in cp1250), else its best guess (a Cyrillic or
   Greek text). charset-normalizer alone cannot be trusted on short Western text: it ranks
   cp1250's "trčs ŕ Genčve" level with cp1252 and takes "café" for UTF-16 Chinese;
5. the decoded text must look like text: almost no control characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

#: Leading bytes of common binary formats, and what to call them in a warning.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{\\rtf", "an RTF document"),
)

#: Share of non-ASCII bytes under which a non-UTF-8 report is read as cp1252.
LEGACY_NON_ASCII_SHARE = 0.1
#: A file with valid multi-byte UTF-8 is still read as UTF-8 (with U+FFFD replacements) when
#: it has at most this many invalid sequences, or no more invalid than valid ones.
MAX_INVALID_UTF8 = 8
#: Share of control characters (other than tab, newlines, form feed) above which decoded
#: bytes are not text (random bytes give about one in eight).
MAX_CONTROL_SHARE = 0.01

#: A non-ASCII character other than a letter between two letters ("po¿ar", "W³odzimierz"),
#: and the kinds of them real words hold: apostrophes, dashes and soft hyphens ("l’eau",
#: "Saint‐Denis", "Feuer\xadwehr").
_SIGN_IN_WORD_RE = re.compile(r"(?<=[^\W\d_])([^\x00-\x7f])(?=[^\W\d_])")
_SIGNS_INSIDE_WORDS = ("Pd", "Pi", "Pf", "Cf")
#: A non-ASCII character next to a letter: a letter itself, or a sign glued to a word.
_BY_WORD_RE = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f]|[^\x00-\x7f](?=[^\W\d_])")
#: Bytes outside ASCII (deleted with ``bytes.translate`` to count them).
_HIGH_BYTES = bytes(range(0x80, 0x100))
#: Unicode categories that do not belong in text: control, private use, unassigned, surrogates.
_NOT_TEXT_CATEGORIES = ("Cc", "Co", "Cn", "Cs")
_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def not_text_reason(data: bytes) -> str | None:
    """What the bytes are when they are clearly not text (a signature, NUL bytes), else None."""
    head = data[:1024]
    for signature, name in _SIGNATURES:
        if data.startswith(signature) or (signature == b"%PDF-" and signature in head):
            return name
    if b"\x00" in data[:8192]:
        return "binary data"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """A UTF-8 file damaged in a few places, not a legacy-encoded one: it holds valid
    multi-byte UTF-8 sequences (a legacy file's accented letters are lone high bytes, which
    almost never pair up as UTF-8 does), and the invalid sequences are few."""
    valid = len(_UTF8_MULTIBYTE_RE.findall(data))
    if not valid:
        return False
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    return invalid <= max(valid, MAX_INVALID_UTF8)


@lru_cache(maxsize=1)
def _alphabets() -> tuple[frozenset[str], ...]:
    from summarizer.language import LANGUAGES

    return tuple(frozenset(lang.letters) for lang in LANGUAGES.values() if lang.letters)


def _sign_inside_a_word(text: str) -> bool:
    """A non-ASCII sign between two letters ("po¿ar", "W³odzimierz": Polish read as cp1252);
    apostrophes, dashes and soft hyphens ("l’eau") are at home there."""
    return any(not sign.isalpha() and unicodedata.category(sign) not in _SIGNS_INSIDE_WORDS
               for sign in _SIGN_IN_WORD_RE.findall(text))


def _signs_by_words(text: str) -> int:
    """How many non-ASCII signs (not letters, quotes, dashes or soft hyphens) touch a word
    ("powiedzia³,")."""
    return sum(1 for ch in _BY_WORD_RE.findall(text)
               if not ch.isalpha() and unicodedata.category(ch) not in _SIGNS_INSIDE_WORDS)


def fits_one_alphabet(text: str) -> bool:
    """True when the non-ASCII letters of ``text`` all belong to one Latin-script language's
    alphabet and no sign stands inside a word: "très à Genève" (French) fits; the cp1250
    misreading "trčs ŕ Genčve", the cp1252 misreadings of Czech "Pøijel vèera, øekl" and of
    Polish "po¿ar" do not."""
    if _sign_inside_a_word(text):
        return False
    letters = {ch for ch in text.lower() if ch.isalpha() and not ch.isascii()}
    return any(letters <= alphabet for alphabet in _alphabets())


def _fits_with_accents(reading: str) -> bool:
    """A Latin-script reading with accented letters that fit one alphabet (a reading of
    signs alone proves nothing)."""
    return fits_one_alphabet(reading) and any(ch.isalpha() and not ch.isascii() for ch in reading)


def _legacy(data: bytes) -> str | None:
    western = data.decode("cp1252", errors="replace")  # five bytes are undefined in cp1252
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    few = high <= LEGACY_NON_ASCII_SHARE * len(data)
    if few and not _sign_inside_a_word(western):
        return western  # accented names in English prose fit no one alphabet: not checked
    if "\ufffd" not in western and fits_one_alphabet(western):
        return western
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    # charset-normalizer's order is least chaotic first; min() keeps it among equals
    fitting = [str(match) for match in results if _fits_with_accents(str(match))]
    if fitting:
        return min(fitting, key=_signs_by_words)  # fewest signs glued to words ("powiedzia³,")
    if few:
        return western
    best = results.best()
    return None if best is None else str(best)


def looks_like_text(text: str) -> bool:
    """Almost no control characters, unassigned or private-use code points."""
    sample = text[:20000]
    if not sample:
        return True
    odd = sum(count for ch, count in Counter(sample).items()  # each distinct character once
              if ch not in "\r\n\t\f" and unicodedata.category(ch) in _NOT_TEXT_CATEGORIES)
    return odd <= MAX_CONTROL_SHARE * len(sample)


def decode_report(data: bytes) -> tuple[str | None, str]:
    """(text, "") for text bytes, or (None, what they are) for bytes that are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return (text, "") if looks_like_text(text) else (None, "binary data")
    reason = not_text_reason(data)
    if reason:
        return None, reason
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace") if _mostly_utf8(data) else _legacy(data)
    if text is None or not looks_like_text(text):
        return None, "binary data"
    return text, ""


def decode(data: bytes) -> str | None:
    """Text of a file's bytes, or None when the bytes are not text."""
    return decode_report(data)[0]


def display_name(name: str) -> str:
    """A file name as valid UTF-8 text: bytes that were not UTF-8 (kept by Python as lone
    surrogates) become U+FFFD, so printing or writing JSON never fails on them."""
    return name.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")
