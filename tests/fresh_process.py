"""What a piece of code imports, seen from a fresh Python process: this one may have imported
any module already, for another test.

Imported as ``from fresh_process import modules_after`` (pytest puts tests/ on the path).
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def modules_after(code: str) -> set[str]:
    """The names in ``sys.modules`` once ``code`` has run in a new interpreter started in the
    repository's root; a failure of ``code`` fails the test with its stderr."""
    script = f"{code}\nimport json as _json, sys as _sys\nprint(_json.dumps(sorted(_sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))
