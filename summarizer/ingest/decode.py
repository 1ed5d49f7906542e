"""Bytes to text: which encoding a report is in, and whether its bytes are text at all.

Files, stdin and ``bytes`` given to the API all go through ``decode_report``, so a report
reads the same whichever way it arrives. The order of the decisions:

1. a byte-order mark names the encoding;
2. a known binary signature (PDF, gzip, zip, images) or NUL bytes mean "not text";
3. UTF-8, strictly; or UTF-8 with U+FFFD replacements when the bytes are mostly valid
   UTF-8 (they hold valid multi-byte sequences and few invalid bytes): decoding such a
   report as a legacy encoding would turn every "é" into mojibake ("Ã©");
4. otherwise a legacy encoding: cp1252 (Latin-1's superset, the usual one for Western news)
   when the non-ASCII bytes are a small share (accented names in English prose), or
   charset-normalizer's guess when most bytes are non-ASCII (a Cyrillic or Greek text);
5. the decoded text must look like text: almost no control characters.
"""

from __future__ import annotations

import re
import unicodedata

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


def _legacy(data: bytes) -> str | None:
    non_ascii = sum(1 for byte in data if byte >= 0x80)
    if non_ascii <= LEGACY_NON_ASCII_SHARE * len(data):
        return data.decode("cp1252", errors="replace")  # five bytes are undefined in cp1252
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def looks_like_text(text: str) -> bool:
    """Almost no control characters, unassigned or private-use code points."""
    sample = text[:20000]
    if not sample:
        return True
    odd = sum(1 for ch in sample
              if ch not in "\r\n\t\f" and unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
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
