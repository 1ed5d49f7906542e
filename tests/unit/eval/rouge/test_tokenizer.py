"""eval/rouge/tokenizer.py: ROUGE-1.5.5's reading, word cut (-l N) and tokenizer."""

from __future__ import annotations

from pathlib import Path

from summarizer.eval.rouge.tokenizer import cut_words, load_lines, read_sentences, tokenize, tokenize_units


def test_tokenize_like_rouge() -> None:
    # "-" is split off and then dropped, other punctuation becomes a blank.
    assert tokenize("cambodia's u.s.-led 1,000 e-mail -- ok") == [
        "cambodia", "s", "u", "s", "led", "1", "000", "e", "mail", "ok",
    ]
    # Only ASCII A-Z is lower-cased; non-ASCII characters are blanks.
    assert read_sentences(["Caf\u00e9 OK", "", "\r", "A\nB"]) == ["caf\u00e9 ok", "\r", "a", "b"]
    assert tokenize(read_sentences(["Caf\u00e9 \u00c9T\u00c9 x\u00a0y"])[0]) == ["caf", "t", "x", "y"]


def test_tokenize_drops_tokens_that_start_upper_case_or_with_a_dollar() -> None:
    # a unit is lower-cased before tokenizing; an upper-case run left over is no token,
    # and "$5" is "5" ("$" is a blank by the time tokens are taken)
    assert tokenize("Abc def $5 x9") == ["def", "5", "x9"]


def test_tokenize_units_tokenizes_each_read_unit() -> None:
    units = read_sentences(["The U.S.-led force", "", "  ", "Cost $5,000."])
    assert tokenize_units(units) == [["the", "u", "s", "led", "force"], [], ["cost", "5", "000"]]
    assert tokenize_units(units) == [tokenize(u) for u in units]


def test_load_lines_splits_on_newline_only(tmp_path: Path) -> None:
    path = tmp_path / "peer.txt"
    path.write_bytes(b"first line\r\n\nthird \xff line\n")
    lines = load_lines(path)
    assert lines[:2] == ["first line\r", ""]  # "\r" stays: Perl chomps "\n" only
    assert len(lines) == 3 and lines[2].startswith("third ")  # no empty line for the final "\n"
    # the empty line is no unit; the bad byte is a blank
    assert [tokenize(u) for u in read_sentences(lines)] == [["first", "line"], ["third", "line"]]
    path.write_bytes(b"no final newline")
    assert load_lines(path) == ["no final newline"]


def test_word_cut_counts_raw_whitespace_fields() -> None:
    assert cut_words(["a b c", "d e f g"], 5) == ["a b c", "d e"]
    assert cut_words(["a b c", "d e"], 5) == ["a b c", "d e"]  # exactly N: the else branch keeps it all
    assert cut_words(["a b c", "d e"], None) == ["a b c", "d e"]
    # A leading blank gives Perl's split a leading empty field, counted as a word.
    assert cut_words([" a b", "c d e"], 3) == [" a b"]
    # Words are fields of the raw line: "u.s.-led" is one word but three tokens.
    assert cut_words(["u.s.-led forces x", "y"], 2) == ["u.s.-led forces"]


def test_word_cut_splits_on_perl_whitespace_only() -> None:
    # "\x1c" and U+00A0 are whitespace to Python's str.split but not to Perl's \s
    assert cut_words(["a\x1cb c", "d e"], 3) == ["a\x1cb c", "d"]
    assert cut_words(["a\u00a0b c", "d e"], 3) == ["a\u00a0b c", "d"]
    assert cut_words(["\ta b", "c d"], 4) == ["\ta b", "c"]  # the leading empty field counts


def test_word_cut_rejoins_the_cut_sentence_with_single_blanks() -> None:
    assert cut_words(["a  b\tc d"], 3) == ["a b c"]
    assert cut_words(["a b", "c d"], 0) == ["a b", "c d"]  # 0, like None: no cut
