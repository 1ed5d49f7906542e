"""The README's two set-up commands are the ones CI runs (so they stay true)."""

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```(?:bash|sh)\n(python3 -m venv[^\n]*)\n```", text)


def test_readme_starts_with_the_two_commands_that_ci_runs():
    commands = readme_commands()
    assert len(commands) >= 2
    install_and_run, install_and_test = commands[:2]
    assert install_and_run.endswith("summarize seeds/") and "torch==2.13.0" in install_and_run
    assert "pytest" in install_and_test and "torch==2.13.0" in install_and_test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install_and_run in ci and install_and_test in ci
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:1500]
    assert install_and_run in head and install_and_test in head


def test_readme_python_example_runs(monkeypatch, capsys):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"### Python API\n\n```python\n(.*?)```", text, re.S).group(1)
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compile(example, "README.md", "exec"), namespace)
    brief = namespace["brief"]
    assert brief.sentences and sum(len(s.text.split()) for s in brief.sentences) <= 60
    assert '"sentences"' in namespace["data"]
