"""The package's shape: no import circles, evaluation never imports the CLI, no module too big
to hold in mind. Imports are read from the source (module level and inside functions alike);
only ``if TYPE_CHECKING:`` blocks are left out, since they never run."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ((REPO / "summarizer", "summarizer"), (REPO / "eval", "summarizer.eval"),
            (REPO / "configs", "summarizer.configs"))


def _modules() -> dict[str, Path]:
    found = {}
    for folder, package in PACKAGES:
        for path in sorted(folder.rglob("*.py")):
            parts = [p for p in path.relative_to(folder).with_suffix("").parts if p != "__init__"]
            found[".".join([package, *parts])] = path
    return found


def _runtime_nodes(tree: ast.AST):
    """Every node except those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _imported(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    deps = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                deps.add(target)
    return deps


def import_graph() -> dict[str, set[str]]:
    known = _modules()
    return {name: _imported(name, path, known) for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_circles() -> None:
    assert cycles(import_graph()) == []


def test_evaluation_never_imports_the_cli() -> None:
    graph = import_graph()
    offenders = {name: sorted(d for d in deps if d.startswith("summarizer.cli"))
                 for name, deps in graph.items() if name.startswith("summarizer.eval")}
    assert {name: deps for name, deps in offenders.items() if deps} == {}


def test_eval_is_installed_under_the_project_namespace(tmp_path: Path) -> None:
    """Outside the repository (where the checkout is not on sys.path) the harness imports as
    summarizer.eval, and no top-level package named ``eval`` exists."""
    import subprocess
    import sys

    code = ("import importlib.util, summarizer.eval.rouge, summarizer.configs; "
            "print(importlib.util.find_spec('eval') is None)")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "True"


def test_every_subpackage_is_installed() -> None:
    """pyproject lists packages by name (eval/ and configs/ are mapped under summarizer):
    a new subpackage missing from that list would work in the checkout and be absent from
    a wheel."""
    import tomllib

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {name for name, path in _modules().items() if path.name == "__init__.py"}
    assert found == listed


#: "No module over about 400 lines" (issue 12): past this a reader no longer holds a module in mind.
MAX_MODULE_LINES = 400


def _has_code(path: Path) -> bool:
    """A module that defines a function or class (package markers and re-exports aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
               for node in tree.body)


def mirror_test(name: str) -> Path:
    """summarizer.trust.align -> tests/unit/summarizer/trust/test_align.py; the harness
    (summarizer.eval.*) mirrors its folder: tests/unit/eval/rouge/test_lcs.py."""
    parts = name.split(".")
    if parts[:2] == ["summarizer", "eval"]:
        parts = parts[1:]
    return REPO / "tests" / "unit" / Path(*parts[:-1]) / f"test_{parts[-1]}.py"


def test_the_mirror_rule() -> None:
    assert mirror_test("summarizer.trust.align") == REPO / "tests/unit/summarizer/trust/test_align.py"
    assert mirror_test("summarizer.trust") == REPO / "tests/unit/summarizer/test_trust.py"
    assert mirror_test("summarizer.eval.rouge.lcs") == REPO / "tests/unit/eval/rouge/test_lcs.py"


def test_every_module_has_a_test_module_of_its_own() -> None:
    """Tests mirror the package: each module with code has tests/unit/<its path>/test_<it>.py."""
    missing = sorted(name for name, path in _modules().items()
                     if path.suffix == ".py" and path.name != "__main__.py" and _has_code(path)
                     and not mirror_test(name).is_file())
    assert missing == []


def test_no_module_is_too_long_to_hold_in_mind() -> None:
    long = {name: n for name, path in _modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}
