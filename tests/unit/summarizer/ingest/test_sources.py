"""summarizer.ingest.sources: what each input names (a path, stdin, bytes or a report's text)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.ingest.sources import Input, collect, looks_like_path

TEXT = "Three people died on Tuesday when a fire swept through a warehouse, officials said."


def _collect(*inputs: object) -> tuple[list[Input], list[str]]:
    warnings: list[str] = []
    return collect(list(inputs), warnings), warnings


@pytest.mark.parametrize("item, expected", [
    ("notes.txt", True), ("reports/march", True), ("page.HTML", True), ("C:\\news\\a", True),
    ("Fire kills three.", False),  # a sentence, though its last word has a dot
    ("version 2.0", False), ("a.b", False),  # not a known file suffix
    ("<p>see a/b</p>", False),  # markup: characters no path has
    ("two\nlines.txt", False),
])
def test_looks_like_path(item: str, expected: bool) -> None:
    assert looks_like_path(item) is expected


def test_an_existing_file_is_read_as_bytes_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "Story.TXT"
    path.write_bytes(TEXT.encode("utf-8"))
    items, warnings = _collect(str(path))
    assert items == [Input("Story.TXT", str(path), ".txt", TEXT.encode("utf-8"))]
    assert warnings == []


def test_an_existing_path_of_several_words_is_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fire report from Tuesday").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [item], _ = _collect("fire report from Tuesday")
    assert (item.name, item.path, item.content) == ("fire report from Tuesday", "fire report from Tuesday",
                                                     TEXT.encode("utf-8"))


def test_text_strings_and_bytes_are_numbered_in_order() -> None:
    items, _ = _collect(TEXT, b"Second report.", "Third report.")
    assert items == [Input("text-1", None, "", TEXT, from_string=True),
                     Input("text-2", None, "", b"Second report."),
                     Input("text-3", None, "", "Third report.", from_string=True)]


@pytest.mark.parametrize("item", ["notes.txt", "reports/march"])
def test_a_missing_path_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, item: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=f"^no such file or folder: {item}$"):
        _collect(item)


def test_a_missing_pathlib_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="^no such file or folder: "):
        _collect(tmp_path / "gone")


@pytest.mark.parametrize("item, message", [
    ("   ", "^an empty string is neither a file, a folder nor a report's text$"),
    (42, "^a report must be a path, a text string or bytes, not int$"),
])
def test_empty_strings_and_other_types_are_errors(item: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        _collect(item)


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "Zoë said so.".encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="ascii"))
    items, _ = _collect("-")
    assert items == [Input("stdin", None, "", data)]  # raw bytes, whatever stdin's encoding says


def test_stdin_replaced_by_a_text_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    assert _collect("-")[0] == [Input("stdin", None, "", TEXT)]


def test_a_folder_gives_its_files_in_name_order_without_hidden_ones(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "C.md", ".hidden.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    items, warnings = _collect(tmp_path)
    assert [(i.name, i.content) for i in items] == [(n, n.encode()) for n in ("C.md", "a.txt", "b.txt")]
    assert warnings == []


def test_subfolders_beside_files_are_not_read_and_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "b.txt").write_text(TEXT, encoding="utf-8")
    items, warnings = _collect(str(tmp_path))
    assert [i.name for i in items] == ["a.txt"]
    assert warnings == [f"folder {tmp_path}: its subfolders are not read (old)"]


def test_a_folder_of_folders_says_how_to_summarize_several_stories(tmp_path: Path) -> None:
    for name in ("d", "a", "c", "b"):
        (tmp_path / name).mkdir()
    with pytest.raises(InputError) as error:
        _collect(tmp_path)
    assert str(error.value) == (
        f"folder {tmp_path} holds only subfolders (a, b, c and 1 more), no reports: name the story's "
        f"folder itself; for one brief per subfolder use 'summarize batch {tmp_path}', to score "
        f"strategies on a dataset use 'summarize eval {tmp_path}'")


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"x")  # hidden entries do not count
    with pytest.raises(InputError, match=f"^folder {tmp_path} is empty$"):
        _collect(tmp_path)


def test_broken_links_are_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dead").symlink_to(tmp_path / "nowhere")
    items, warnings = _collect(tmp_path)
    assert [i.name for i in items] == ["a.txt"]
    assert warnings == [f"skipping {tmp_path / 'dead'}: a symlink loop or broken link"]


def test_a_folder_of_broken_links_holds_no_readable_files(tmp_path: Path) -> None:
    (tmp_path / "dead").symlink_to(tmp_path / "nowhere")
    with pytest.raises(InputError, match=f"^folder {tmp_path} holds no readable files$"):
        _collect(tmp_path)


def test_a_broken_link_named_on_its_own_is_skipped(tmp_path: Path) -> None:
    link = tmp_path / "dead.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    assert _collect(str(link)) == ([], [f"skipping {link}: a symlink loop or broken link"])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_special_file_in_a_folder_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    items, warnings = _collect(tmp_path)
    assert [i.name for i in items] == ["a.txt"]
    assert warnings == [f"skipping {tmp_path / 'pipe'}: not a regular file"]


def test_data_files_in_a_folder_are_skipped_and_named(tmp_path: Path) -> None:
    for name in ("story.txt", "meta.json", "rows.CSV", "lines.ndjson"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    items, warnings = _collect(tmp_path)
    assert [i.name for i in items] == ["story.txt"]
    assert warnings == [f"folder {tmp_path}: skipping data files, not reports (lines.ndjson, meta.json, rows.CSV)"]


def test_a_folder_of_data_files_only_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "t.tsv").write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^folder {tmp_path} holds only data files \(t.tsv\), no reports$"):
        _collect(tmp_path)


@pytest.mark.parametrize("name, content", [
    ("data.json", "not even JSON"),  # by suffix
    ("story.txt", '\ufeff  {"title": "Talks"}'),  # by content (after a BOM and spaces)
    ("story.txt", '["a", "b"]\n["c"]\n'),  # JSON Lines: the first line is an array
])
def test_json_named_on_its_own_is_an_error(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=f"^{path} is JSON data, not a report: name the articles' text files$"):
        _collect(str(path))


@pytest.mark.parametrize("content", ["[Updated] " + TEXT, "{braces} in a sentence.", '"quoted"'])
def test_text_that_opens_with_a_bracket_is_not_json(tmp_path: Path, content: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(content, encoding="utf-8")
    [item], _ = _collect(str(path))
    assert item.content == content.encode("utf-8")


def test_a_csv_named_on_its_own_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.csv"
    path.write_text(TEXT, encoding="utf-8")
    [item], warnings = _collect(str(path))
    assert (item.suffix, warnings) == (".csv", [])


def test_an_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(InputError, match=f"^cannot read {path}: Permission denied$"):
            _collect(str(path))
    finally:
        path.chmod(0o644)
