"""The command line: ``summarize REPORTS...``, ``summarize strategies``, ``summarize eval``.

Heavy modules (torch, transformers, the harness) are imported inside the commands that need
them, so ``summarize --help`` starts fast. Every error the user can fix is one line on
stderr with exit code 2.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Callable, List, Optional

import click
import typer
from typer.core import TyperGroup

from summarizer.ingest import InputError

EXIT_BAD_INPUT = 2


class _DefaultToRun(TyperGroup):
    """``summarize seeds/`` means ``summarize run seeds/``: anything that is not a
    sub-command name goes to the main command (``--help`` too, which shows every option)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_DefaultToRun, add_completion=False, pretty_exceptions_enable=False,
                  rich_markup_mode=None, no_args_is_help=False)


class OutputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


def fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def run_guarded(action: Callable[[], None]) -> None:
    """Run a command body; user errors become one line and exit 2, never a traceback."""
    from summarizer.errors import user_errors

    try:
        action()
    except user_errors() as error:
        fail(str(error).splitlines()[0] if str(error) else type(error).__name__)
    except (typer.Exit, click.exceptions.Exit, click.UsageError):
        raise
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except Exception as error:  # a bug: still one line, unless debugging
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error}".splitlines()[0], 1)


def write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside ``path`` and rename it over: readers never see a
    half-written file, and a failure leaves any previous file intact."""
    import tempfile

    path = path.expanduser()
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"cannot write {path}: folder {directory} does not exist")
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; use the usual file mode
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _LowerCaseLevelFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


def _configure_logging(verbose: bool, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_LowerCaseLevelFormatter("%(levelname)s: %(message)s"))
    logger = logging.getLogger("summarizer")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


def _check_output_is_not_input(output: Path, inputs: list[str]) -> None:
    target = output.expanduser().resolve()
    for item in inputs:
        path = Path(item).expanduser()
        if item == "-" or not path.exists():
            continue
        files = path.rglob("*") if path.is_dir() else [path]
        if any(f.resolve() == target for f in files):
            raise InputError(f"--output {output} is one of the input files: refusing to overwrite it")


@app.command("run", help="Summarize REPORTS (files, folders, or - for stdin) into one consolidated "
             "brief. Other commands: 'summarize strategies' lists the strategies; "
             "'summarize eval DATASET' scores strategies with ROUGE (see summarize eval --help).")
def run(
    reports: List[str] = typer.Argument(None, metavar="REPORTS...",
                                        help="Files or folders of reports (text, Markdown, HTML, "
                                             "DUC/TREC SGML), or - to read stdin."),
    strategy: Optional[str] = typer.Option(None, "--strategy", "-s",
                                           help="Strategy name (see 'summarize strategies'), "
                                                "optionally with options: ilp:trim=false; "
                                                "default: the engine's best extractive strategy."),
    length: str = typer.Option("100w", "--length", "-l",
                               help="Length budget: words (100w), sentences (5s) or characters "
                                    "(600c). Never exceeded; sentences are never cut."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f",
                                               help="text, markdown (citations, support, sources) "
                                                    "or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write the brief to this file (atomically) "
                                               "instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model",
                                        help="Abstractive strategies: a local model folder, a .gguf "
                                             "file or a hub id (default: the shipped SmolLM2)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also print informational notes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print errors only."),
) -> None:
    _configure_logging(verbose, quiet)

    def action() -> None:
        from summarizer.api import summarize

        if not reports:
            raise InputError("no reports given: name files or folders, or - for stdin")
        if output is not None:
            _check_output_is_not_input(output, reports)
        if model and not (strategy or "").startswith("abstractive"):
            raise InputError("--model is used only by the abstractive strategies "
                             "(add --strategy abstractive or abstractive-full)")
        options = {"model": model} if model else {}
        brief = summarize(reports, strategy=strategy, length=length, **options)
        rendered = {"text": lambda: brief.text + "\n", "markdown": brief.to_markdown,
                    "json": lambda: brief.to_json() + "\n"}[output_format.value]()
        for warning in brief.warnings:
            logging.getLogger("summarizer").warning(warning)
        if output is None:
            sys.stdout.write(rendered)
        else:
            write_atomically(output, rendered)

    run_guarded(action)


@app.command("strategies", help="List the strategies, one line each.")
def strategies() -> None:
    from summarizer.strategies import DEFAULT_STRATEGY, available

    width = max(len(name) for name, _ in available())
    for name, description in available():
        marker = " (default)" if name == DEFAULT_STRATEGY else ""
        typer.echo(f"{name:<{width}}  {description}{marker}")


def _register_eval() -> None:
    """``summarize eval`` lives with the harness in ``eval/command.py``."""
    try:
        from eval.command import eval_command
    except ImportError:  # the harness is not installed alongside the engine
        return
    app.command("eval", help="Score strategies (and published peers) with ROUGE-1.5.5 rules "
                "on a dataset in the DUC layout.")(eval_command)


_register_eval()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
