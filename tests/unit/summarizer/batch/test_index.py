"""``summarizer.batch.index``: the output folder's index is written in story order after each
story, read back on a resumed run (damaged lines skipped), and the folder is locked."""

from __future__ import annotations

import json
import os

import pytest

from summarizer.batch.index import (HTML_INDEX, INDEX, LOCK, TIMINGS, BatchIndex, Entry,
                                    prepare_outdir)
from summarizer.errors import InputError


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def index(tmp_path):
    opened = BatchIndex(tmp_path, ["c", "a", "b"], "txt")
    yield opened
    opened.close()


def test_entries_are_written_in_story_order_whatever_order_they_finish(index, tmp_path):
    index.record("b", "fp-b", 1.23456, "Brief B.", None, 2, 3)
    index.record("c", "fp-c", 0.5, None, "no reports in the folder", None, None)
    assert _lines(tmp_path / INDEX) == [
        {"id": "c", "status": "error", "error": "no reports in the folder", "words": None,
         "reports": None, "output": None, "fingerprint": "fp-c"},
        {"id": "b", "status": "ok", "error": None, "words": 2, "reports": 3, "output": "b.txt",
         "fingerprint": "fp-b"}]
    assert _lines(tmp_path / TIMINGS) == [{"id": "c", "seconds": 0.5}, {"id": "b", "seconds": 1.235}]
    assert (tmp_path / "b.txt").read_text() == "Brief B."
    assert not (tmp_path / "c.txt").exists()
    assert not (tmp_path / HTML_INDEX).exists()


def test_the_index_line_is_the_entry_in_field_order_unicode_kept():
    entry = Entry("Zürich", "ok", None, 5, 2, "Zürich.md", "ab")
    assert entry.line() == ('{"id": "Zürich", "status": "ok", "error": null, "words": 5, '
                            '"reports": 2, "output": "Zürich.md", "fingerprint": "ab"}')


def test_a_resumed_run_knows_what_is_done_with_the_same_fingerprint(tmp_path):
    first = BatchIndex(tmp_path, ["a", "b", "c"], "txt")
    first.record("a", "fp-a", 1.0, "A.", None, 1, 1)
    first.record("b", "fp-b", 1.0, None, "failed", None, None)
    first.record("c", "fp-c", 1.0, "C.", None, 1, 1)
    first.close()
    (tmp_path / "c.txt").unlink()  # its output is gone: not done
    again = BatchIndex(tmp_path, ["a", "b", "c"], "txt")
    try:
        assert again.is_done("a", "fp-a")
        assert not again.is_done("a", "fp-other")  # input or settings changed
        assert not again.is_done("b", "fp-b")  # failed last time
        assert not again.is_done("c", "fp-c")
        assert not again.is_done("new", "fp-a")
        assert again.seconds == {"a": 1.0, "b": 1.0, "c": 1.0}
    finally:
        again.close()
    other_format = BatchIndex(tmp_path, ["a"], "json")
    try:
        assert not other_format.is_done("a", "fp-a")  # a.json was never written
    finally:
        other_format.close()


def test_damaged_lines_and_stories_no_longer_in_the_input_are_dropped(tmp_path):
    good = Entry("a", "ok", None, 1, 1, "a.txt", "fp").line()
    (tmp_path / INDEX).write_text("\n".join([
        "{truncated", good, '["not", "an", "object"]', '{"id": 5}', '{"id": "b", "status": "ok"}',
        Entry("gone", "ok", None, 1, 1, "gone.txt", "fp").line()]) + "\n")
    (tmp_path / TIMINGS).write_text('{"id": "a", "seconds": 2}\n{"id": "b", "seconds": "x"}\n')
    (tmp_path / "a.txt").write_text("A.")
    index = BatchIndex(tmp_path, ["b", "a"], "txt")
    try:
        assert list(index.entries) == ["a"] and index.is_done("a", "fp")
        assert index.seconds == {"a": 2}
        index.write()
        assert [line["id"] for line in _lines(tmp_path / INDEX)] == ["a"]
    finally:
        index.close()


def test_a_failure_removes_the_stale_output_of_an_earlier_run(index, tmp_path):
    index.record("a", "fp1", 0.1, "Old brief.", None, 2, 1)
    index.record("a", "fp2", 0.2, None, "strategy failed", None, None)
    assert not (tmp_path / "a.txt").exists()
    assert _lines(tmp_path / INDEX)[0]["status"] == "error"


def test_nothing_but_finished_files_is_left_no_temporary_files(index, tmp_path):
    index.record("a", "fp", 0.1, "A.", None, 1, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK, "a.txt", INDEX, TIMINGS]


def test_temporaries_of_a_killed_run_are_removed_and_nothing_else(tmp_path):
    left = [".index.jsonl.ab12_x.tmp", ".timings.jsonl.Zz9.tmp", ".d30.txt.q1w2.tmp", ".d30.html.k.tmp"]
    kept = [".notes.q1.tmp", "d30.txt", ".index.jsonl", "x.tmp"]
    for name in left + kept:
        (tmp_path / name).write_text("x")
    BatchIndex(tmp_path, ["d30"], "txt").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept + [LOCK])


def test_a_second_batch_on_the_same_folder_is_refused_until_the_first_closes(index, tmp_path):
    with pytest.raises(InputError, match=f"{tmp_path} is in use by another batch"):
        BatchIndex(tmp_path, ["a"], "txt")
    index.close()
    index.close()  # twice is harmless
    BatchIndex(tmp_path, ["a"], "txt").close()


def test_html_batches_write_an_index_page_linking_each_story(tmp_path):
    index = BatchIndex(tmp_path, ["b", "a"], "html")
    try:
        index.record("a", "fp", 0.1, "<p>A</p>", None, 12, 2)
        index.record("b", "fp", 0.1, None, "no text in <b>", None, None)
    finally:
        index.close()
    page = (tmp_path / HTML_INDEX).read_text()
    assert 'href="a.html"' in page and "no text in &lt;b&gt;" in page
    assert page.index(">b<") < page.index(">a<")  # story order


def test_a_story_named_index_is_refused_for_html_only(tmp_path):
    with pytest.raises(InputError, match="a story named 'index' would overwrite index.html"):
        BatchIndex(tmp_path, ["index"], "html")
    BatchIndex(tmp_path, ["index"], "txt").close()


def test_prepare_outdir_creates_the_folder_and_refuses_a_file(tmp_path):
    made = prepare_outdir(tmp_path / "new" / "out")
    assert made == tmp_path / "new" / "out" and made.is_dir()
    assert prepare_outdir(made) == made
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="is a file, not a folder"):
        prepare_outdir(tmp_path / "file")
    with pytest.raises(InputError, match="cannot create"):
        prepare_outdir(tmp_path / "file" / "below")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_prepare_outdir_refuses_a_folder_it_cannot_write(tmp_path):
    locked = tmp_path / "ro"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(InputError, match=f"cannot write in {locked}"):
            prepare_outdir(locked)
    finally:
        locked.chmod(0o700)
