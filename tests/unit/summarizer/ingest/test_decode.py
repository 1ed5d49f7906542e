"""summarizer.ingest.decode: which encoding a report's bytes are in, and whether they are text."""

from __future__ import annotations

import pytest

from summarizer.ingest.decode import (decode, decode_report, display_name, fits_one_alphabet, looks_like_text,
                                      not_text_reason)

#: English prose with a few accented names: the usual Western news report in a legacy encoding.
NAMES = "Mayor José Núñez met François Müller in Zürich on Tuesday, officials said. " * 2
#: cp1252-only characters (curly quotes, dash, euro) that Latin-1 lacks.
TYPOGRAPHY = "\u201cIt will cost 5 \u20ac,\u201d said Zo\u00eb \u2014 the talks ended on Friday evening."


def test_utf8_is_read_as_utf8() -> None:
    text = "Москва, 北京 and Zürich: «news» — 5 €."
    assert decode_report(text.encode("utf-8")) == (text, "")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_accented_names_in_a_legacy_encoding(encoding: str) -> None:
    assert decode(NAMES.encode(encoding)) == NAMES


def test_cp1252_punctuation_is_not_read_as_latin1_control_codes() -> None:
    assert decode(TYPOGRAPHY.encode("cp1252")) == TYPOGRAPHY


@pytest.mark.parametrize("text, encoding", [
    ("Сегодня в Москве прошёл сильный дождь, сообщили синоптики в понедельник.", "cp1251"),
    ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας.", "iso-8859-7"),
])
def test_a_mostly_non_ascii_legacy_text_is_guessed(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_utf8_with_a_few_broken_bytes_keeps_its_accents() -> None:
    text = "Café owner Zoë Müller reopened the café on Friday. " * 3
    damaged = text.encode("utf-8") + b" \xff\xfe end."
    assert decode(damaged) == text + " \ufffd\ufffd end."  # not "CafÃ©" mojibake


@pytest.mark.parametrize("bom, encoding", [
    (b"", "utf-8-sig"),  # these codecs write their own mark
    (b"", "utf-16"),
    (b"", "utf-32"),
    (b"\xfe\xff", "utf-16-be"),  # big-endian UTF-16 after its mark
])
def test_a_byte_order_mark_names_the_encoding(bom: bytes, encoding: str) -> None:
    text = "Zoë said 5 € in Zürich."
    data = bom + text.encode(encoding)
    assert data[:2] in (b"\xef\xbb", b"\xff\xfe", b"\xfe\xff")
    assert decode_report(data) == (text, "")


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n1 0 obj", "a PDF document"),
    (b"junk before the header\n%PDF-1.4\n", "a PDF document"),  # a PDF signature near the start
    (b"\x1f\x8b\x08\x00" + b"x" * 20, "gzip-compressed data"),
    (b"PK\x03\x04" + b"x" * 20, "a zip archive (or an Office document)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff\xe0JFIF", "a JPEG image"),
    (b"{\\rtf1\\ansi Hello}", "an RTF document"),
    (b"plain words\x00with a NUL", "binary data"),
])
def test_binary_signatures_and_nul_bytes_are_not_text(data: bytes, reason: str) -> None:
    assert not_text_reason(data) == reason
    assert decode_report(data) == (None, reason)


def test_plain_text_has_no_not_text_reason() -> None:
    assert not_text_reason(b"The talks ended on Friday.") is None


def test_control_characters_make_bytes_binary() -> None:
    assert decode_report(b"text \x01\x02\x03\x04\x05\x06 more text") == (None, "binary data")
    assert decode(bytes(range(1, 32)) * 4) is None


def test_looks_like_text_allows_whitespace_controls_only() -> None:
    assert looks_like_text("a\tb\nc\r\nd\fe")
    assert looks_like_text("")
    assert not looks_like_text("bell\x07")
    assert not looks_like_text("private \ue000 use")
    # one odd character in more than a hundred is tolerated (MAX_CONTROL_SHARE = 1%)
    assert looks_like_text("x" * 150 + "\x07")


def test_empty_bytes_are_empty_text() -> None:
    assert decode_report(b"") == ("", "")


def test_display_name_replaces_undecodable_name_bytes() -> None:
    assert display_name("r\udce9port.txt") == "r\ufffdport.txt"
    assert display_name("Zürich.txt") == "Zürich.txt"


@pytest.mark.parametrize("text, encoding", [
    ("Le café est très bon à Genève, dit-il.", "latin-1"),  # charset-normalizer: cp1250 "trčs"
    ("El niño comió piñata en Málaga.", "latin-1"),  # cp1250 would give "nińo"
    ("café", "latin-1"),  # charset-normalizer: UTF-16 Chinese
    ("Ça va? Très bien.", "latin-1"),  # charset-normalizer: Big5
    ("Café Müller bietet naïve résumé an", "cp1252"),
    ("Perché è così difficile? Già, è vero.", "cp1252"),
    ("L'été dernier, à Québec, « un théâtre » près de l'hôpital.", "cp1252"),
])
def test_a_short_western_text_in_a_legacy_encoding(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text, encoding", [
    ("Zażółć gęślą jaźń, powiedział.", "cp1250"),  # cp1252 would give "Za¿ó³æ"
    ("Przyjechał wczoraj, powiedział, że pożar ugaszono.", "cp1250"),  # few non-ASCII bytes
    ("Přijel včera do Prahy, řekl mluvčí policie.", "cp1250"),  # cp1252: "Pøijel vèera"
    ("Přijel včera do Prahy, řekl mluvčí policie.", "iso-8859-2"),
    ("Árvíztűrő tükörfúrógép, mondta a rendőrség szóvivője.", "cp1250"),  # cp1252: "Árvíztûrõ"
])
def test_a_central_european_text_is_not_read_as_cp1252(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text, fits", [
    ("très à Genève", True), ("Größe", True), ("Příliš žluťoučký", True), ("plain ASCII", True),
    ("l’eau", True), ("Feuer\xadwehr", True),  # an apostrophe or a soft hyphen inside a word is no mojibake
    ("trčs ŕ Genève", False),  # é, č and ŕ with è: no one alphabet has them all
    ("Pøijel vèera, øekl mluvèí", False),  # Czech read as cp1252
    ("po¿ar", False),  # a sign inside a word: Polish "pożar" read as cp1252
    ("Ñåãîäíÿ", False),  # Russian read as cp1252
])
def test_fits_one_alphabet(text: str, fits: bool) -> None:
    assert fits_one_alphabet(text) is fits


def test_control_characters_are_counted_with_repeats() -> None:
    import unicodedata

    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab \n\t\x01\x07\ue000\U000e0100\u0378é", max_size=300))
    def check(text: str) -> None:
        odd = sum(1 for ch in text if ch not in "\r\n\t\f"
                  and unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
        assert looks_like_text(text) == (odd <= 0.01 * len(text))

    check()
    assert looks_like_text("news " * 100 + "\x01") and not looks_like_text("news " * 10 + "\x01" * 2)
