"""``summarizer.batch.inputs``: stories from story folders, a DUC-layout dataset or JSON
Lines (file or stdin), from the Python API's shapes, and their reports as Documents."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from summarizer.batch.inputs import (Record, Story, check_id, documents, documents_from_records,
                                     jsonl_stories, read_stories, stories_from_api)
from summarizer.errors import InputError

REPORT_A = ("A fire destroyed a warehouse in Arlen on Tuesday night. Firefighters fought the "
            "blaze for six hours. No one was hurt, the fire chief said.")
REPORT_B = ("Fire crews in Arlen battled a warehouse fire for six hours on Tuesday. The building "
            "held paper and furniture and was destroyed. Nobody was injured.")


def _line(story_id, *documents) -> str:
    return json.dumps({"id": story_id, "documents": list(documents)})


def test_story_folders_give_one_story_each_in_sorted_order_hidden_ones_skipped(tmp_path):
    for name in ("zeta", "alpha", "Beta", ".cache"):
        (tmp_path / name).mkdir()
    (tmp_path / "loose.txt").write_text(REPORT_A)
    stories = read_stories(tmp_path)
    assert stories == [Story("Beta", folder=str((tmp_path / "Beta").resolve())),
                       Story("alpha", folder=str((tmp_path / "alpha").resolve())),
                       Story("zeta", folder=str((tmp_path / "zeta").resolve()))]


def test_the_duc_layout_gives_one_story_per_cluster_with_its_docs_folder(tmp_path):
    for name in ("d31", "d30"):
        (tmp_path / "clusters" / name / "docs").mkdir(parents=True)
    (tmp_path / "other").mkdir()  # not a story in the DUC layout
    stories = read_stories(str(tmp_path))
    assert [(s.id, s.folder, s.records) for s in stories] == [
        ("d30", str(tmp_path / "clusters" / "d30" / "docs"), ()),
        ("d31", str(tmp_path / "clusters" / "d31" / "docs"), ())]


def test_jsonl_records_keep_text_metadata_and_resolve_paths_against_the_files_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    source = tmp_path / "sub" / "in.jsonl"
    source.write_text("\ufeff" + _line(7, {"path": "../r/a.txt", "outlet": "Wire"},
                                       {"id": 3, "text": REPORT_B, "title": "T", "date": "2024-05-02"})
                      + "\n   \n" + _line("s2", {"text": "x"}) + "\n", encoding="utf-8")
    first, second = read_stories(source)
    assert first == Story("7", records=(
        Record(path=str(tmp_path / "r" / "a.txt"), outlet="Wire"),
        Record(id="3", text=REPORT_B, title="T", date="2024-05-02")))
    assert second == Story("s2", records=(Record(text="x"),))


def test_stdin_is_json_lines_with_paths_relative_to_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(_line("a", {"path": "r.txt"}) + "\n"))
    assert read_stories("-") == [Story("a", records=(Record(path=str(tmp_path / "r.txt")),))]


@pytest.mark.parametrize("lines, message", [
    (["{not json"], "in.jsonl line 1: not JSON"),
    (["", '["a"]'], "in.jsonl line 2: expected an object with \"id\" and \"documents\""),
    (['{"documents": [{"text": "t"}]}'], "expected an object with \"id\""),
    (['{"id": "a", "documents": []}'], "\"documents\" must be a non-empty list"),
    (['{"id": "a", "documents": "t"}'], "\"documents\" must be a non-empty list"),
    (['{"id": "a", "documents": ["t"]}'], "each document must be an object"),
    (['{"id": "a", "documents": [{}]}'], "exactly one of \"text\" or \"path\""),
    (['{"id": "a", "documents": [{"text": "t", "path": "p"}]}'], "exactly one of"),
    (['{"id": "a", "documents": [{"text": 5}]}'], "\"text\" must be a string"),
    (['{"id": "a", "documents": [{"text": "t", "date": 2024}]}'], "\"date\" must be a string"),
    (['{"id": true, "documents": [{"text": "t"}]}'], "\"id\" must be a string or a number"),
    (['{"id": ".hidden", "documents": [{"text": "t"}]}'], "cannot name a file"),
    ([_line("a", {"text": "t"}), _line("a", {"text": "u"})], "story id 'a' appears twice"),
    (["", "  "], "no stories found"),
])
def test_bad_jsonl_is_one_input_error_naming_the_line_and_problem(tmp_path, lines, message):
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as caught:
        read_stories(tmp_path / "in.jsonl")
    assert message in str(caught.value)


def test_a_missing_source_or_an_empty_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder: .*nowhere"):
        read_stories(tmp_path / "nowhere")
    with pytest.raises(InputError, match="no stories found"):
        read_stories(tmp_path)


def test_a_file_that_is_not_utf8_cannot_be_read(tmp_path):
    (tmp_path / "in.jsonl").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="cannot read .*in.jsonl"):
        read_stories(tmp_path / "in.jsonl")


@pytest.mark.parametrize("value, expected", [("d30001t", "d30001t"), (12, "12"), ("a.b", "a.b"),
                                             ("x" * 200, "x" * 200)])
def test_check_id_accepts_names_a_file_can_take(value, expected):
    assert check_id(value, "here") == expected


@pytest.mark.parametrize("value", ["a/b", "a\\b", ".x", "", "x" * 201, "a\x00b", None, 1.5, False])
def test_check_id_refuses_what_cannot_name_a_file(value):
    with pytest.raises(InputError, match="^here: "):
        check_id(value, "here")


def test_jsonl_stories_skips_blank_lines_but_counts_them():
    with pytest.raises(InputError, match="^x line 3: not JSON"):
        jsonl_stories([_line("a", {"text": "t"}), "", "oops"], Path("/"), "x")


def test_the_api_takes_stories_pairs_and_dicts_in_order(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    report = tmp_path / "r.txt"
    report.write_text(REPORT_A)
    given = Story("s0", records=(Record(text="t"),))
    stories = stories_from_api([given, ("s1", folder), ("s2", [REPORT_A, str(report), report]),
                                {"id": "s3", "documents": [{"text": "u"}]}, (4, "notes.txt")])
    assert stories == [
        given,
        Story("s1", folder=str(folder.resolve())),
        Story("s2", records=(Record(text=REPORT_A), Record(path=str(report)), Record(path=str(report)))),
        Story("s3", records=(Record(text="u"),)),
        Story("4", records=(Record(text="notes.txt"),)),  # not a file: a text
    ]


@pytest.mark.parametrize("items, message", [
    ([42], "story 1: expected \\(id, reports\\), a dict or a Story"),
    ([("a", [])], "story 1: no reports"),
    ([("a", [b"bytes"])], "story 1: a report must be a text or a path"),
    ([("a", ["t"]), ("a", ["u"])], "stories: story id 'a' appears twice"),
    ([], "stories: no stories found"),
])
def test_the_api_refuses_what_it_cannot_read(items, message):
    with pytest.raises(InputError, match=message):
        stories_from_api(items)


def test_records_become_documents_with_their_ids_and_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT_A)
    docs = documents_from_records([Record(path=str(tmp_path / "a.txt"), outlet="Wire"),
                                   Record(id="b", text=REPORT_B, title="Fire", date="2024-05-02"),
                                   Record(text=REPORT_A.replace("Arlen", "Brisk"))])
    assert [d.id for d in docs] == ["a.txt", "b", "text-2"]
    assert (docs[0].outlet, docs[0].title, docs[0].path) == ("Wire", None, str(tmp_path / "a.txt"))
    assert (docs[1].title, docs[1].date, docs[1].outlet) == ("Fire", "2024-05-02", None)
    assert docs[1].paragraphs == (REPORT_B,)
    assert docs[2].paragraphs[0].startswith("A fire destroyed a warehouse in Brisk")


def test_a_story_folder_is_read_as_summarize_reads_a_folder(tmp_path):
    (tmp_path / "b.txt").write_text(REPORT_B)
    (tmp_path / "a.txt").write_text(REPORT_A)
    docs = documents(Story("s", folder=str(tmp_path)))
    assert [(d.id, d.paragraphs) for d in docs] == [("a.txt", (REPORT_A,)), ("b.txt", (REPORT_B,))]
    assert [d.id for d in documents(Story("s", records=(Record(text=REPORT_A),)))] == ["text-1"]


def test_a_short_text_is_a_report_never_a_path_and_same_named_files_keep_their_metadata(
        tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.WARNING, logger="summarizer")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "r.txt").write_text(REPORT_A)
    (tmp_path / "y" / "r.txt").write_text(REPORT_B)
    (tmp_path / "a.txt").write_text(REPORT_A)
    docs = documents_from_records([Record(path=str(tmp_path / "x" / "r.txt")),
                                   Record(path=str(tmp_path / "y" / "r.txt"), outlet="Y"),
                                   Record(text="a.txt"),  # a file of that name exists: still a text
                                   Record(text=REPORT_B.replace("Arlen", "Brisk"), title="T")])
    assert [(d.id, d.outlet, d.title) for d in docs] == [("r.txt", None, None), ("r.txt#2", "Y", None),
                                                         ("text-2", None, "T")]
    assert docs[1].paragraphs == (REPORT_B,)
    assert any("text-1" in r.getMessage() and "left out" in r.getMessage() for r in caplog.records)
