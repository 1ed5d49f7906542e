"""``summarizer.batch.fingerprint``: a story's fingerprint changes when a report's bytes, the
set of reports, a setting or the engine version change, and not otherwise."""

from __future__ import annotations

import os
import re

import pytest

from summarizer.batch import fingerprint as fp
from summarizer.batch.inputs import Record, Story

SETTINGS = {"strategy": "lead", "length": "100w", "format": "text", "embeddings": False, "options": []}


@pytest.fixture
def folder_story(tmp_path):
    folder = tmp_path / "story"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("First report.")
    (folder / "sub" / "b.txt").write_text("Second report.")
    return Story("s", folder=str(folder))


def test_a_fingerprint_is_sixteen_hex_digits_and_stable(folder_story):
    first = fp.fingerprint(folder_story, SETTINGS)
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert fp.fingerprint(folder_story, dict(reversed(SETTINGS.items()))) == first  # key order
    os.utime(os.path.join(folder_story.folder, "a.txt"), (0, 0))  # times are not content
    assert fp.fingerprint(folder_story, SETTINGS) == first


@pytest.mark.parametrize("key, value", [("strategy", "ilp"), ("length", "5s"), ("format", "json"),
                                        ("embeddings", True), ("options", [["model", "m"]])])
def test_every_setting_changes_it(folder_story, key, value):
    assert fp.fingerprint(folder_story, {**SETTINGS, key: value}) != fp.fingerprint(folder_story, SETTINGS)


@pytest.mark.parametrize("edit", ["change", "add", "remove", "rename", "nested"])
def test_a_report_edited_added_removed_or_renamed_changes_it(folder_story, edit):
    folder = folder_story.folder
    before = fp.fingerprint(folder_story, SETTINGS)
    path = os.path.join(folder, "a.txt")
    if edit == "change":
        with open(path, "a") as handle:
            handle.write(" More.")
    elif edit == "add":
        with open(os.path.join(folder, "c.txt"), "w") as handle:
            handle.write("Third.")
    elif edit == "remove":
        os.remove(path)
    elif edit == "rename":
        os.rename(path, os.path.join(folder, "z.txt"))
    else:
        with open(os.path.join(folder, "sub", "b.txt"), "w") as handle:
            handle.write("Second report, edited.")
    assert fp.fingerprint(folder_story, SETTINGS) != before


def test_hidden_files_do_not_count(folder_story):
    before = fp.fingerprint(folder_story, SETTINGS)
    os.mkdir(os.path.join(folder_story.folder, ".git"))
    for name in (".DS_Store", os.path.join(".git", "HEAD")):
        with open(os.path.join(folder_story.folder, name), "w") as handle:
            handle.write("x")
    assert fp.fingerprint(folder_story, SETTINGS) == before


def test_the_same_reports_in_another_folder_differ(folder_story, tmp_path):
    import shutil

    copy = shutil.copytree(folder_story.folder, tmp_path / "copy")
    assert fp.fingerprint(Story("s", folder=str(copy)), SETTINGS) != fp.fingerprint(folder_story, SETTINGS)


def test_a_missing_folder_has_a_fingerprint_that_changes_once_it_exists(tmp_path):
    story = Story("s", folder=str(tmp_path / "later"))
    missing = fp.fingerprint(story, SETTINGS)
    (tmp_path / "later").mkdir()
    assert fp.fingerprint(story, SETTINGS) != missing


def test_record_text_metadata_and_file_bytes_change_it(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Report one.")
    base = (Record(id="a", text="Inline report."), Record(path=str(report)))
    before = fp.fingerprint(Story("s", records=base), SETTINGS)
    assert fp.fingerprint(Story("s", records=base), SETTINGS) == before
    for changed in [(Record(id="a", text="Inline report!"), base[1]),
                    (Record(id="b", text="Inline report."), base[1]),
                    (Record(id="a", text="Inline report.", outlet="Wire"), base[1]),
                    (base[1], base[0]),  # order
                    base[:1]]:
        assert fp.fingerprint(Story("s", records=changed), SETTINGS) != before
    report.write_text("Report one, corrected.")
    assert fp.fingerprint(Story("s", records=base), SETTINGS) != before


def test_an_unreadable_report_still_has_a_fingerprint_that_differs(tmp_path):
    present = tmp_path / "r.txt"
    present.write_text("")
    story = Story("s", records=(Record(path=str(tmp_path / "r.txt")),))
    empty = fp.fingerprint(story, SETTINGS)
    present.unlink()
    assert fp.fingerprint(story, SETTINGS) != empty


def test_the_story_id_is_not_part_of_it(folder_story):
    assert fp.fingerprint(Story("other", folder=folder_story.folder), SETTINGS) == \
        fp.fingerprint(folder_story, SETTINGS)


def test_another_engine_version_changes_it(folder_story, monkeypatch):
    before = fp.fingerprint(folder_story, SETTINGS)
    assert fp.engine_version() != "unknown"  # installed (editable) in the test environment
    monkeypatch.setattr(fp, "engine_version", lambda: "999.0")
    assert fp.fingerprint(folder_story, SETTINGS) != before
