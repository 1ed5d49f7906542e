"""The command line as a user meets it: exit codes, one-line errors, formats, files."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, run_summarize


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_default_run_prints_a_brief():
    result = run_summarize(str(SEEDS))
    assert result.returncode == 0, result.stderr
    assert 20 <= len(result.stdout.split()) <= 100


def test_stdin():
    text = (SEEDS / "003_78e8dc4803104335.txt").read_text(encoding="utf-8")
    result = run_summarize("-", "--length", "3s", stdin=text)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_several_files_and_json(tmp_path):
    files = sorted(str(p) for p in SEEDS.iterdir())[:2]
    result = run_summarize(*files, "--format", "json", "-s", "lead")
    data = json.loads(result.stdout)
    assert data["strategy"] == "lead" and {d["id"] for d in data["documents"]} == {Path(f).name for f in files}


def test_output_file_is_written_and_inputs_untouched(tmp_path):
    before = digest(SEEDS)
    out = tmp_path / "brief.md"
    result = run_summarize(str(SEEDS), "--format", "markdown", "--output", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("#") or "## Brief" in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert digest(SEEDS) == before


def test_output_that_is_an_input_is_refused(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text((SEEDS / "003_78e8dc4803104335.txt").read_text(encoding="utf-8"), encoding="utf-8")
    before = report.read_bytes()
    result = run_summarize(str(report), "--output", str(report))
    assert result.returncode == 2 and report.read_bytes() == before


def _bad_inputs(tmp_path: Path) -> dict[str, list[str]]:
    empty = tmp_path / "empty"
    empty.mkdir()
    binary = tmp_path / "binary"
    binary.mkdir()
    (binary / "a.bin").write_bytes(bytes(range(256)) * 8)
    return {
        "missing path": [str(tmp_path / "nope")],
        "empty folder": [str(empty)],
        "no readable text": [str(binary)],
        "unknown strategy": [str(SEEDS), "--strategy", "nope"],
        "unknown strategy option": [str(SEEDS), "--strategy", "ilp:nope=1"],
        "malformed strategy option": [str(SEEDS), "--strategy", "ilp:trim"],
        "malformed length": [str(SEEDS), "--length", "ten"],
        "budget too small": [str(SEEDS), "--length", "2w"],
        "no inputs": [],
        "output folder missing": [str(SEEDS), "--output", str(tmp_path / "no" / "x.txt")],
    }


@pytest.mark.parametrize("case", ["missing path", "empty folder", "no readable text", "unknown strategy",
                                  "unknown strategy option", "malformed strategy option",
                                  "malformed length", "budget too small", "no inputs",
                                  "output folder missing"])
def test_bad_input_gives_one_line_and_exit_2(tmp_path, case):
    before = digest(SEEDS)
    result = run_summarize(*_bad_inputs(tmp_path)[case])
    assert result.returncode == 2, (case, result.stdout, result.stderr)
    errors = [line for line in result.stderr.strip().splitlines() if not line.startswith("warning: ")]
    assert len(errors) == 1 and errors[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    assert digest(SEEDS) == before


def test_strategies_command_shows_name_kind_and_default_options():
    from summarizer.selection import candidates
    from summarizer.strategies import REGISTRY, option_literal

    result = run_summarize("strategies")
    assert result.returncode == 0, result.stderr
    blocks: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        if line and not line.startswith(" "):
            blocks[line] = []
            current = blocks[line]
        elif line:
            current.append(line.strip())
    heads = list(blocks)
    assert [h.split()[0] for h in heads[:-1]] == list(REGISTRY)
    assert heads[-1].startswith("candidate rules")
    options: dict[str, str] = {}
    for head in heads[:-1]:
        name, kind = head.split()[:2]
        assert kind == REGISTRY[name].kind
        options[name] = " ".join(blocks[head])
        for key, value in REGISTRY[name].defaults().items():
            if key != "rules":
                assert f"{key}={option_literal(value)}" in options[name], (name, key)
    # the candidate policy: lead and the sumy family greedy, the multi-document ones stricter
    assert "rules=GREEDY_RULES" in options["lead"] and "rules=DEFAULT_RULES" in options["ilp"]
    assert "DEFAULT_RULES, those of its base (ilp)" in options["abstractive"]
    rule_sets = " ".join(blocks[heads[-1]])
    for name in ("DEFAULT_RULES", "GREEDY_RULES"):
        floor = getattr(candidates, name).min_words
        assert f"{name}: min_words={floor} " in rule_sets


def test_help_explains_every_option_without_importing_torch():
    code = ("import sys; from typer.testing import CliRunner; from summarizer.cli import app; "
            "r = CliRunner().invoke(app, ['--help']); print(r.output); "
            "print('TORCH' if 'torch' in sys.modules else 'NO-TORCH')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    for option in ("--strategy", "--length", "--format", "--output", "--model"):
        assert option in result.stdout
    assert result.stdout.strip().endswith("NO-TORCH")
