"""Issue 11, ingest side: no report vanishes, inputs are paths when they exist, input that is
not text is skipped with a warning, encodings, structure (tables, cut SGML, copies), reports
in capitals or in another language. Each failure mode has an exact expected answer."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.ingest import read_reports

ROOT = Path(__file__).resolve().parents[2]
PROSE = ("Officials from both countries met on Tuesday to discuss the conflict and agreed "
         "that a peace conference should be held soon.")
PROSE2 = "The talks lasted three hours and ended with a joint statement on the next steps."
NUNEZ = "Firefighter Ana Núñez said the blaze started in the café on the second floor on Tuesday."


def cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real CLI, bytes in and out (to check the output is valid UTF-8)."""
    full_env = {**os.environ, **(env or {})}
    full_env = {k: v for k, v in full_env.items() if v is not None and k != "PYTHONIOENCODING"}
    return subprocess.run([sys.executable, "-m", "summarizer.cli", *args], input=stdin,
                          capture_output=True, cwd=cwd or ROOT, env=full_env, timeout=300)


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    return lines[0]


# --- no report vanishes (point 4) ------------------------------------------------------------


def test_teasers_that_all_end_mid_sentence_keep_their_sentence_marked():
    reading = read_reports(["Officials from both countries met on Tuesday to discuss the conflict and",
                            f"{PROSE} The minister then added that the"])
    first, second = reading.documents
    assert first.paragraphs == ("Officials from both countries met on Tuesday to discuss the conflict and...",)
    assert (first.truncated, first.unfinished_kept, first.sentence_count) == (True, True, 1)
    assert second.paragraphs == (PROSE,)  # the broken ending of a longer report still goes
    assert (second.truncated, second.unfinished_kept, second.sentence_count) == (True, False, 1)
    assert reading.warnings == []


def test_a_report_that_contributes_nothing_is_named_with_its_reason():
    reading = read_reports([PROSE, "Home | World | Sports\n\nShare this article\n\nLatest News"])
    assert [d.id for d in reading.documents] == ["text-1"]
    assert reading.warnings == [
        "report text-2: no prose found (only headlines, menus, captions, credits or tables), left out"]


# --- paths and text (point 5) ----------------------------------------------------------------


def test_an_existing_path_of_many_words_is_a_path(tmp_path, monkeypatch):
    folder = tmp_path / "Port Halvey fire reports March 2023"
    folder.mkdir()
    (folder / "a.txt").write_text(PROSE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    doc, = read_reports(["Port Halvey fire reports March 2023"]).documents
    assert (doc.id, doc.paragraphs) == ("a.txt", (PROSE,))


def test_a_short_sentence_is_text_not_a_missing_file():
    doc, = read_reports(["Fire kills three."]).documents
    assert (doc.id, doc.paragraphs) == ("text-1", ("Fire kills three.",))


@pytest.mark.parametrize("item", ["notes.txt", "reports/march", "page.html"])
def test_a_missing_path_is_an_error(tmp_path, monkeypatch, item):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=f"^no such file or folder: {item}$"):
        read_reports([item])


def test_empty_string_and_no_inputs_are_errors():
    with pytest.raises(InputError, match="^an empty string is neither a file, a folder nor a report's text$"):
        read_reports([""])
    with pytest.raises(InputError, match="^no reports given"):
        read_reports([])


def test_a_folder_of_subfolders_says_how_to_summarize_several_stories(tmp_path):
    (tmp_path / "fire").mkdir()
    (tmp_path / "flood").mkdir()
    with pytest.raises(InputError) as error:
        read_reports([tmp_path])
    assert str(error.value) == (
        f"folder {tmp_path} holds only subfolders (fire, flood), no reports: name the story's folder "
        f"itself; for one brief per subfolder use 'summarize batch {tmp_path}', to score strategies "
        f"on a dataset use 'summarize eval {tmp_path}'")


def test_a_symlink_loop_in_a_folder_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    reading = read_reports([tmp_path])
    assert [d.id for d in reading.documents] == ["a.txt"]
    assert reading.warnings == [f"skipping {tmp_path / 'loop'}: a symlink loop or broken link"]


def test_bytes_are_decoded_like_a_file():
    doc, = read_reports([NUNEZ.encode("cp1252")]).documents
    assert doc.paragraphs == (NUNEZ,)


def test_a_file_name_that_is_not_utf8_becomes_valid_text(tmp_path):
    name = os.fsdecode(b"r\xe9port.txt")  # Latin-1 bytes in a name: a lone surrogate in Python
    try:
        (tmp_path / name).write_text(PROSE, encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("the file system refuses names that are not UTF-8")
    doc, = read_reports([tmp_path]).documents
    assert doc.id == "r\ufffdport.txt"
    doc.id.encode("utf-8")  # no surrogates left


# --- not text, taken as text -------------------------------------------------------------------


def _pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 712 Td (Fire kills three people.) Tj ET\n"
            b"endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


NOT_FOUND_PAGE = ("<!doctype html><html><head><title>Page not found</title></head><body>"
                  "<h1>404 - Page not found</h1><p>Sorry, the page you are looking for does not "
                  "exist or has been moved.</p></body></html>")
COOKIE_WALL = ("We use cookies to give you the best experience on our website. You can manage "
               "cookies in your settings.\n\nAccept all cookies")


@pytest.mark.parametrize("name, content, reason", [
    ("paper.pdf", _pdf(), "skipping {path}: not a text file (a PDF document)"),
    ("story.gz", gzip.compress(PROSE.encode()), "skipping {path}: not a text file (gzip-compressed data)"),
    ("noise.txt", random.Random(7).randbytes(3000), "skipping {path}: not a text file (binary data)"),
    ("missing.html", NOT_FOUND_PAGE.encode(), "report missing.html: an error page or cookie notice, not a report, left out"),
    ("wall.txt", COOKIE_WALL.encode(), "report wall.txt: an error page or cookie notice, not a report, left out"),
])
def test_input_that_is_not_a_report_is_skipped_with_a_warning(tmp_path, name, content, reason):
    (tmp_path / "real.txt").write_text(f"{PROSE}\n\n{PROSE2}", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    reading = read_reports([tmp_path])
    assert [d.id for d in reading.documents] == ["real.txt"]
    assert reading.warnings == [reason.format(path=tmp_path / name)]
    with pytest.raises(InputError, match="^no readable text in the input"):
        read_reports([tmp_path / name])


def test_not_found_text_next_to_real_reports_never_enters_them():
    reading = read_reports([f"{PROSE}\n\nPage not found. The page you requested could not be found.", PROSE2])
    assert [d.paragraphs for d in reading.documents] == [(PROSE,), (PROSE2,)]


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings_keep_accented_names(tmp_path, encoding):
    path = tmp_path / "r.txt"
    path.write_bytes(f"{NUNEZ} {PROSE}".encode(encoding))
    doc, = read_reports([path]).documents
    assert doc.paragraphs == (f"{NUNEZ} {PROSE}",)


def test_utf8_with_a_few_invalid_bytes_is_utf8_with_replacements(tmp_path):
    path = tmp_path / "r.txt"
    data = f"{NUNEZ} {PROSE}".encode("utf-8")
    path.write_bytes(data[:8] + b"\xff\xfe\x80" + data[8:])
    doc, = read_reports([path]).documents
    assert doc.paragraphs == (f"Firefigh\ufffd\ufffd\ufffdter{NUNEZ[11:]} {PROSE}",)


def test_cp1252_on_stdin_with_a_strict_locale_gives_utf8_output():
    result = cli("-s", "lead", "-", stdin=f"{NUNEZ} {PROSE}".encode("cp1252"), env={"LC_ALL": "C", "LANG": "C"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == f"{NUNEZ} {PROSE}\n"


def test_gzip_on_stdin_is_one_error_line():
    line = one_error_line(cli("-s", "lead", "-", stdin=gzip.compress(PROSE.encode())))
    assert line == "error: no readable text in the input: skipping stdin: not a text file (gzip-compressed data)"


def test_cli_json_names_a_file_name_that_is_not_utf8_as_valid_utf8(tmp_path):
    name = os.fsdecode(b"r\xe9port.txt")
    try:
        (tmp_path / name).write_text(f"{PROSE}\n\n{PROSE2}", encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("the file system refuses names that are not UTF-8")
    result = cli("-s", "lead", "-f", "json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    document, = json.loads(result.stdout.decode("utf-8"))["documents"]
    assert (document["id"], document["sentences"]) == ("r\ufffdport.txt", 2)


# --- structure ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["t.md", "t.txt"])
def test_a_table_does_not_leak_pipes(tmp_path, name):
    table = "| Name | Age |\n|------|-----|\n| Ana | 34 |\n| Bo | 51 |\n"
    (tmp_path / name).write_text(f"{PROSE}\n\n{table}\n{PROSE2}\n", encoding="utf-8")
    doc, = read_reports([tmp_path / name]).documents
    assert doc.paragraphs == (PROSE, PROSE2)


def test_duc_sgml_without_closing_text_tag_is_read(tmp_path):
    path = tmp_path / "APW.sgml"
    path.write_text(f"<DOC>\n<DOCNO> APW1 </DOCNO>\n<TEXT>\n{PROSE}\n</DOC>\n<DOC>\n<DOCNO> APW2 </DOCNO>\n"
                    f"<TEXT>\n{PROSE2}\n", encoding="utf-8")
    docs = read_reports([path]).documents
    assert [(d.id, d.paragraphs) for d in docs] == [("APW1", (PROSE,)), ("APW2", (PROSE2,))]


def test_exact_copies_are_one_report_and_said_so(tmp_path):
    for i in range(1, 51):
        (tmp_path / f"r{i:02}.txt").write_text(f"{PROSE}\n\n{PROSE2}", encoding="utf-8")
    reading = read_reports([tmp_path])
    doc, = reading.documents
    assert doc.id == "r01.txt" and doc.duplicates == tuple(f"r{i:02}.txt" for i in range(2, 51))
    assert reading.warnings == ["49 reports are exact copies of r01.txt (r02.txt, r03.txt, r04.txt and 46 more): read once"]


# --- capitals and other languages ----------------------------------------------------------------


def test_a_report_in_capitals_is_read():
    wire = ("FIRE KILLS THREE IN HARBOR DISTRICT\n\nPORT HALVEY (AP) -- THREE PEOPLE DIED ON TUESDAY WHEN "
            "A FIRE SWEPT THROUGH AN APARTMENT BUILDING, OFFICIALS SAID.\n\nFIREFIGHTERS FOUGHT THE BLAZE "
            "FOR SIX HOURS BEFORE IT WAS UNDER CONTROL.")
    doc, = read_reports([wire]).documents
    assert doc.title == "FIRE KILLS THREE IN HARBOR DISTRICT"
    assert (doc.place, doc.outlet) == ("Port Halvey", "AP")
    assert doc.paragraphs == ("THREE PEOPLE DIED ON TUESDAY WHEN A FIRE SWEPT THROUGH AN APARTMENT BUILDING, "
                              "OFFICIALS SAID.", "FIREFIGHTERS FOUGHT THE BLAZE FOR SIX HOURS BEFORE IT WAS UNDER CONTROL.")


GERMAN = ("Die Feuerwehr hat am Dienstag drei Menschen aus dem brennenden Haus in der Altstadt gerettet, "
          "sagte ein Sprecher der Polizei.")
RUSSIAN = "Пожарные спасли во вторник трёх человек из горящего дома в центре города, сообщил представитель полиции."
CHINESE = "消防员周二从市中心一座着火的房屋中救出三人，警方发言人说。火灾始于二楼的一间公寓。"
ARABIC = "أنقذ رجال الإطفاء يوم الثلاثاء ثلاثة أشخاص من منزل محترق في وسط المدينة، بحسب ما قال متحدث باسم الشرطة."


def test_reports_in_other_languages_are_named_with_the_reason():
    reading = read_reports([GERMAN, PROSE, RUSSIAN, CHINESE, ARABIC])
    assert [d.id for d in reading.documents] == ["text-2"]
    assert reading.warnings == [
        f"report {name}: in {language}, not English like the rest of the set: "
        "summarize it separately, left out"
        for name, language in [("text-1", "German (de)"), ("text-3", "Russian (ru)"),
                               ("text-4", "Chinese (zh)"), ("text-5", "Arabic (ar)")]
    ]


def test_a_set_in_another_language_is_read_in_that_language():
    reading = read_reports([RUSSIAN, RUSSIAN.replace("вторник", "среду")])
    assert reading.language == "ru"
    assert len(reading.documents) == 2 and reading.warnings == []


def test_cli_folder_of_subfolders_is_one_error_line(tmp_path):
    (tmp_path / "fire").mkdir()
    line = one_error_line(cli(str(tmp_path)))
    assert line.startswith(f"error: folder {tmp_path} holds only subfolders (fire), no reports")


def test_data_files_in_a_folder_are_skipped_and_named(tmp_path):
    # As in a basil-dev event folder: three articles and the annotators' bias.json.
    for name, text in (("fox.txt", PROSE), ("nyt.txt", PROSE2), ("hpo.txt", NUNEZ)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "bias.json").write_text('{"fox": [{"bias": "lex", "txt": "regime"}]}', encoding="utf-8")
    (tmp_path / "marks.csv").write_text("outlet,phrase\nfox,regime\n", encoding="utf-8")
    (tmp_path / "notes.jsonl").write_text('{"a": 1}\n{"a": 2}\n', encoding="utf-8")
    reading = read_reports([tmp_path])
    assert [d.id for d in reading.documents] == ["fox.txt", "hpo.txt", "nyt.txt"]
    assert reading.warnings == [
        f"folder {tmp_path}: skipping data files, not reports (bias.json, marks.csv, notes.jsonl)"]


def test_a_folder_of_data_files_only_is_an_error(tmp_path):
    (tmp_path / "bias.json").write_text("{}", encoding="utf-8")
    (tmp_path / "table.tsv").write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_reports([tmp_path])
    assert str(error.value) == f"folder {tmp_path} holds only data files (bias.json, table.tsv), no reports"


@pytest.mark.parametrize("name, content", [
    ("bias.json", '{"fox": []}'),
    ("lines.jsonl", '{"a": 1}\n{"a": 2}\n'),
    ("story.txt", '[{"title": "Talks", "text": "The talks ended."}]'),  # JSON whatever its suffix
])
def test_a_json_file_named_on_its_own_is_an_error(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_reports([str(path), PROSE])
    assert str(error.value) == f"{path} is JSON data, not a report: name the articles' text files"


def test_a_csv_file_named_on_its_own_is_read_as_text(tmp_path):
    path = tmp_path / "story.csv"
    path.write_text(PROSE + "\n\n" + PROSE2 + "\n", encoding="utf-8")
    reading = read_reports([str(path)])
    assert [d.id for d in reading.documents] == ["story.csv"] and reading.warnings == []


def test_text_with_brackets_is_not_json(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("[Updated] " + PROSE, encoding="utf-8")
    assert [d.id for d in read_reports([str(path)]).documents] == ["story.txt"]


def test_cli_names_the_skipped_data_file(tmp_path):
    (tmp_path / "a.txt").write_text(PROSE + " " + PROSE2, encoding="utf-8")
    (tmp_path / "bias.json").write_text("{}", encoding="utf-8")
    result = cli(str(tmp_path), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert f"warning: folder {tmp_path}: skipping data files, not reports (bias.json)" in result.stderr.decode()
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["a.txt"]
    line = one_error_line(cli(str(tmp_path / "bias.json")))
    assert line == f"error: {tmp_path / 'bias.json'} is JSON data, not a report: name the articles' text files"
