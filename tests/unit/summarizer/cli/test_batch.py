"""``summarize batch`` (``summarizer.cli.batch``): flags, exit codes (0 all written, 1 some
story failed, 2 bad input with nothing run), the summary line, and SIGTERM as Ctrl-C."""

from __future__ import annotations

import json
import os
import signal

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.cli.batch import EXIT_SOME_FAILED, _sigterm_interrupts

GOOD = {"id": "arlen", "documents": [
    {"id": "r1", "text": "A fire destroyed a warehouse in Arlen on Tuesday night. Firefighters "
                         "fought the blaze for six hours. No one was hurt, the fire chief said."},
    {"id": "r2", "text": "Fire crews in Arlen battled a warehouse fire for six hours on Tuesday. "
                         "The building held paper and furniture. Nobody was injured."}]}
JUNK = {"id": "junk", "documents": [{"text": "Menu | Login"}]}


def batch(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, ["batch", *args], input=stdin)


def jsonl(*stories: dict) -> str:
    return "".join(json.dumps(story) + "\n" for story in stories)


def test_a_failed_story_is_exit_code_1_and_a_rerun_skips_what_is_done(tmp_path):
    out = tmp_path / "out"
    result = batch("-", "-o", str(out), "-s", "lead", "-l", "20w", "-f", "json", "-w", "1",
                   "--no-embeddings", stdin=jsonl(GOOD, JUNK))
    assert result.exit_code == EXIT_SOME_FAILED == 1, result.output
    assert result.stdout == ""
    assert "error: story junk failed: " in result.stderr
    assert result.stderr.splitlines()[-1].startswith("2 stories: 1 written, 1 failed, 0 already done; ")
    assert json.loads((out / "arlen.json").read_text())["strategy"] == "lead"
    assert [json.loads(line)["status"] for line in (out / "index.jsonl").read_text().splitlines()] == ["ok", "error"]

    again = batch("-", "-o", str(out), "-s", "lead", "-l", "20w", "-f", "json", "-w", "1",
                  "--no-embeddings", stdin=jsonl(GOOD))
    assert again.exit_code == 0, again.output
    assert again.stderr.splitlines()[-1].startswith("1 stories: 0 written, 0 failed, 1 already done; ")
    quiet = batch("-", "-o", str(out), "-s", "lead", "-l", "20w", "-f", "json", "--no-embeddings",
                  "-q", stdin=jsonl(GOOD))
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")


@pytest.mark.parametrize("args, message", [
    (["-", "-o", "{out}", "--ray-address", "auto"], "error: --ray-address needs --engine ray"),
    (["-", "-o", "{out}", "-w", "0"], "error: Invalid value for '--workers' / '-w'"),
    (["-", "-o", "{out}", "--engine", "spark"], "error: Invalid value for '--engine'"),
    (["-", "-o", "{out}", "-f", "pdf"], "error: Invalid value for '--format' / '-f'"),
    (["-", "-o", "{out}", "-l", "lots"], "error: malformed length 'lots'"),
    (["-", "-o", "{out}", "-s", "nosuch"], "error: unknown strategy 'nosuch'"),
    (["-", "-o", "{out}", "-s", "lead", "--model", "m"], "error: "),
    (["-"], "error: Missing option '--output' / '-o'"),
    (["{out}/nowhere", "-o", "{out}"], "error: no such file or folder: "),
])
def test_bad_input_is_one_error_line_exit_code_2_and_nothing_run(tmp_path, args, message):
    out = tmp_path / "out"
    result = batch(*[a.format(out=out) for a in args], stdin=jsonl(GOOD))
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [result.stderr.strip()] and result.stderr.startswith(message)
    assert not (out / "index.jsonl").exists()


def test_bad_json_lines_name_the_line(tmp_path):
    result = batch("-", "-o", str(tmp_path / "out"), stdin=jsonl(GOOD) + "{oops\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: stdin line 2: not JSON")


def test_sigterm_interrupts_inside_the_block_and_the_handler_is_put_back():
    previous = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt):
        with _sigterm_interrupts():
            os.kill(os.getpid(), signal.SIGTERM)
            raise AssertionError("SIGTERM did not interrupt")
    assert signal.getsignal(signal.SIGTERM) is previous


def test_help_names_every_flag():
    result = batch("--help")
    assert result.exit_code == 0
    for flag in ("--output", "--strategy", "--length", "--format", "--workers", "--force",
                 "--embeddings", "--no-embeddings", "--engine", "--ray-address", "--model",
                 "--verbose", "--quiet"):
        assert flag in result.stdout, flag
