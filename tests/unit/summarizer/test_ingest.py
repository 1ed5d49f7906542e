"""Reading reports: formats, encodings, wrapped lines, clutter and broken endings."""

from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.ingest import load_documents, paragraphs_from_text

PROSE = ("Officials from both countries met on Tuesday to discuss the conflict and agreed "
         "that a peace conference should be held soon.")
PROSE2 = "The talks lasted three hours and ended with a joint statement on the next steps."


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_folder_is_read_in_name_order(tmp_path):
    write(tmp_path / "b.txt", PROSE2)
    write(tmp_path / "a.txt", PROSE)
    docs = load_documents([tmp_path])
    assert [d.id for d in docs] == ["a.txt", "b.txt"]
    assert docs[0].paragraphs == (PROSE,)


def test_html_main_text_and_metadata(tmp_path):
    html = f"""<html><head><title>Talks on Syria | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2013-07-02"></head>
    <body><nav>Home | World | Sports</nav><article><h1>Talks on Syria</h1>
    <p>{PROSE}</p><p>{PROSE2}</p></article>
    <footer>Please enter your comment!</footer></body></html>"""
    doc, = load_documents([write(tmp_path / "page.html", html)])
    assert doc.paragraphs == (PROSE, PROSE2)
    assert doc.title == "Talks on Syria" and doc.outlet == "Example News" and doc.date == "2013-07-02"


def test_markdown(tmp_path):
    md = f"# Talks on Syria\n\n{PROSE}\n\n* {PROSE2}\n\n[Read more](http://example.com)\n"
    doc, = load_documents([write(tmp_path / "r.md", md)])
    assert doc.title == "Talks on Syria"
    assert doc.paragraphs == (PROSE, PROSE2)


def test_duc_sgml_with_wrapped_lines(tmp_path):
    sgml = ("<DOC>\n<DOCNO> APW19981016.0240 </DOCNO>\n<DATE_TIME> 1998-10-16 </DATE_TIME>\n"
            "<HEADLINE> Talks resume </HEADLINE>\n<TEXT>\n"
            "Officials from both countries met on Tuesday to discuss the conflict\n"
            "and agreed that a peace conference should be held soon.\n"
            "</TEXT>\n</DOC>\n")
    doc, = load_documents([write(tmp_path / "APW.sgml", sgml)])
    assert doc.id == "APW19981016.0240" and doc.title == "Talks resume"
    assert doc.paragraphs == (PROSE,)


def test_hard_wrapped_plain_text_is_rejoined():
    wrapped = ("Cambodian leader Hun Sen on Friday rejected opposition parties' demands\n"
               "for talks outside the country, accusing them of trying to internationalize\n"
               "the political crisis. Government and opposition parties have asked\n"
               "King Norodom Sihanouk to host a summit meeting.\n")
    paragraphs = paragraphs_from_text(wrapped)
    assert len(paragraphs) == 1 and "demands for talks" in paragraphs[0]


def test_unwrapped_lines_stay_paragraphs():
    assert paragraphs_from_text(PROSE + "\n" + PROSE2) == [PROSE, PROSE2]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_legacy_encodings_and_boms(tmp_path, encoding):
    text = f"Caf\u00e9 owners said the \u201cagreement\u201d was reached late on Tuesday in Geneva. {PROSE}"
    doc, = load_documents([write(tmp_path / "r.txt", text.encode(encoding))])
    assert doc.paragraphs[0].startswith("Caf\u00e9 owners said the \"agreement\"")


def test_binary_files_are_skipped_with_a_warning(tmp_path, caplog):
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path / "r.txt", PROSE)
    docs = load_documents([tmp_path])
    assert [d.id for d in docs] == ["r.txt"]
    assert "not a text file" in caplog.text


def test_clutter_is_removed_by_general_rules(tmp_path):
    report = "\n\n".join([
        "ADVERTISEMENT", "Talks on Syria resume in Geneva", "WASHINGTON, May 7 (AP) -- " + PROSE,
        "The leaders greet each other before the talks. AP Photo/Jane Smith",
        "Share this article", PROSE2, "Leave a reply", "Please enter your name here",
        "Copyright 2013 Example Media. All rights reserved.", "Latest News",
    ])
    doc, = load_documents([write(tmp_path / "r.txt", report)])
    assert doc.paragraphs == (PROSE, PROSE2)
    assert doc.title == "Talks on Syria resume in Geneva"
    assert (doc.place, doc.date, doc.outlet) == ("Washington", "May 7", "AP")


def test_short_lines_repeated_across_reports_are_clutter(tmp_path):
    write(tmp_path / "a.txt", f"{PROSE}\n\nFollow our live coverage today\n")
    write(tmp_path / "b.txt", f"{PROSE2}\n\nFollow our live coverage today\n")
    docs = load_documents([tmp_path])
    assert all("coverage" not in p for d in docs for p in d.paragraphs)


def test_shared_prose_paragraphs_are_not_clutter(tmp_path):
    write(tmp_path / "a.txt", f"{PROSE}\n\n{PROSE2}")
    write(tmp_path / "b.txt", f"{PROSE}\n\nA different closing paragraph was written by this outlet alone.")
    docs = load_documents([tmp_path])
    assert all(PROSE in d.paragraphs for d in docs)


def test_broken_final_sentence_is_dropped(tmp_path):
    doc, = load_documents([write(tmp_path / "r.txt", f"{PROSE}\n\n{PROSE2} The minister then added that the")])
    assert doc.truncated
    assert doc.paragraphs == (PROSE, PROSE2)


def test_raw_text_strings(tmp_path):
    docs = load_documents([PROSE + "\n" + PROSE2, "Another report says the talks went well and ended late."])
    assert [d.id for d in docs] == ["text-1", "text-2"]


@pytest.mark.parametrize("make", [
    lambda p: [p / "missing.txt"],
    lambda p: [p],  # empty folder
])
def test_bad_input(tmp_path, make):
    with pytest.raises(InputError):
        load_documents(make(tmp_path))


def test_folder_with_no_readable_text(tmp_path):
    write(tmp_path / "a.bin", bytes(range(256)) * 4)
    with pytest.raises(InputError, match="no readable text"):
        load_documents([tmp_path])


def test_seed_clutter_and_metadata(seeds_dir):
    docs = {d.id[:3]: d for d in load_documents([seeds_dir])}
    text = "\n".join(p for d in docs.values() for p in d.paragraphs)
    for clutter in ("Please enter", "Advertisement", "License Photo", "Copyright", "Latest Headlines",
                    "BANDAR SERI BEGAWAN"):
        assert clutter not in text
    assert docs["001"].title.startswith("US, Russia Seek")
    assert (docs["004"].outlet, docs["004"].date, docs["004"].place) == ("UPI", "July 2", "Bandar Seri Begawan, Brunei")
    assert docs["003"].outlet == "Naharnet.com"
