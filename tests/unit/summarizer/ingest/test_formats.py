"""summarizer.ingest.formats: each format parsed into paragraphs and metadata, and the format
told from the text and the file's suffix."""

from __future__ import annotations

import pytest

from summarizer.ingest.formats import PARSERS, Raw, detect_format, paragraphs_from_text

WRAPPED = ("The storm reached the coast on Monday night and forced thousands of families\n"
           "to leave their homes before the river rose above its banks near the town.\n"
           "Officials said the water would keep rising for two more days.\n")


@pytest.mark.parametrize("text, suffix, expected", [
    ("<DOC><DOCNO>X1</DOCNO><TEXT>Body.</TEXT></DOC>", ".txt", "sgml"),
    ("plain words", ".sgml", "sgml"),
    ("<!DOCTYPE html><html><body>x</body></html>", "", "html"),
    ("anything", ".htm", "html"),
    ("# Title\n\nText.", ".md", "markdown"),
    ("# Title\n\nText.", ".txt", "text"),
    ("Just a report.", "", "text"),
])
def test_the_format_comes_from_the_text_or_the_suffix(text: str, suffix: str, expected: str) -> None:
    assert detect_format(text, suffix) == expected


def test_sgml_gives_one_report_per_doc_with_its_number_headline_and_date() -> None:
    text = ("<DOC><DOCNO> APW1 </DOCNO><DATE_TIME>1998-10-01</DATE_TIME>"
            "<HEADLINE>Storm hits <b>coast</b></HEADLINE><TEXT><P>First paragraph.</P>"
            "<P>Second paragraph.</P></TEXT></DOC>"
            "<DOC><TEXT>Cut short, no closing tag")
    first, second = PARSERS["sgml"](text, "f.sgml", "/x/f.sgml")
    assert first == Raw(id="APW1", path="/x/f.sgml", paragraphs=["First paragraph.", "Second paragraph."],
                        title="Storm hits coast", date="1998-10-01")
    assert second.id == "f.sgml#2" and second.paragraphs == ["Cut short, no closing tag"]


def test_markdown_takes_the_first_heading_as_headline_and_leaves_tables_out() -> None:
    text = ("# Flood in the valley\n\nThe river rose *fast* overnight.\n\n"
            "| town | homes |\n|---|---|\n| Ames | 40 |\n\n- Schools are closed.\n")
    (raw,) = PARSERS["markdown"](text, "r.md", None)
    assert raw.title == "Flood in the valley"
    assert raw.paragraphs == ["The river rose fast overnight.", "Schools are closed."]


def test_hard_wrapped_lines_are_rejoined_into_paragraphs() -> None:
    assert paragraphs_from_text(WRAPPED + "\n" + "A second paragraph.") == [
        "The storm reached the coast on Monday night and forced thousands of families "
        "to leave their homes before the river rose above its banks near the town. "
        "Officials said the water would keep rising for two more days.",
        "A second paragraph."]


def test_a_short_line_that_ends_a_sentence_ends_its_paragraph() -> None:
    text = WRAPPED.replace("near the town.", "near\nthe town.")
    assert paragraphs_from_text(text)[1] == (
        "Officials said the water would keep rising for two more days.")


def test_lines_wider_than_a_wrap_stay_separate_paragraphs() -> None:
    long_line = "word " * 30
    assert paragraphs_from_text(f"{long_line}\n{long_line}") == [long_line.strip()] * 2


def test_plain_text_is_one_report_of_its_paragraphs() -> None:
    (raw,) = PARSERS["text"]("One.\r\n\r\nTwo.", "a.txt", None)
    assert raw == Raw(id="a.txt", path=None, paragraphs=["One.", "Two."])
