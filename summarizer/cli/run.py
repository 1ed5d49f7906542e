"""``summarize REPORTS...``: read a set of reports and write one consolidated brief."""

from __future__ import annotations

import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, List, Optional

import typer

from summarizer.cli.common import run_guarded
from summarizer.errors import InputError
from summarizer.output import check_writable, write_atomically

if TYPE_CHECKING:
    from summarizer.strategies.base import Strategy

HELP = "Summarize REPORTS (files, folders, or - for stdin) into one consolidated brief."


class OutputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


def _check_output_is_not_input(output: Path, inputs: list[str]) -> None:
    """Refuse ``-o`` naming one of the inputs. Walks the input folders without following
    symbolic links to folders (a link loop must not hang or crash this check)."""
    target = output.expanduser().resolve()
    for item in inputs:
        path = Path(item).expanduser()
        if item == "-" or not path.exists():
            continue
        if any(_same_file(f, target) for f in _files_under(path)):
            raise InputError(f"--output {output} is one of the input files: refusing to overwrite it")


def _files_under(path: Path) -> Iterator[Path]:
    if not path.is_dir():
        yield path
        return
    for folder, _, names in os.walk(path, followlinks=False):
        for name in names:
            yield Path(folder) / name


def _same_file(path: Path, target: Path) -> bool:
    try:
        return path.resolve(strict=False) == target
    except (OSError, RuntimeError):  # a link loop: it is not the output file
        return False


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"summarize {version('summarizer')}")
        except PackageNotFoundError:
            typer.echo("summarize (version unknown: not installed as a package)")
        raise typer.Exit()


def check_up_front(reports: list[str] | None, strategy: str | None, model: str | None,
                   output: str | None) -> "Strategy":
    """Everything that can be checked before any report is read or any model loads: the
    inputs are named, the output can be written, the strategy and its options are valid,
    and ``--model`` names something that can be loaded without a download."""
    from summarizer.strategies import get_strategy, strategy_entry

    if not reports or all(not str(item).strip() for item in reports):
        raise InputError("no reports given: name files or folders, or - for stdin")
    if output is not None:
        check_writable(output)  # the raw text: "missing/" names a folder
        _check_output_is_not_input(Path(output), reports)
    is_abstractive = strategy_entry(strategy).abstractive
    if model and not is_abstractive:
        raise InputError("--model is used only by the abstractive strategies "
                         "(add --strategy abstractive or abstractive-full)")
    chosen = get_strategy(strategy, **({"model": model} if model else {}))
    if is_abstractive:
        from summarizer.generation.models import check_model

        check_model(model)
    return chosen


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
                                               help="text, markdown (citations, support, sources), "
                                                    "json, or html (one self-contained page)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write the brief to this file (atomically) "
                                               "instead of stdout."),
    language: Optional[str] = typer.Option(None, "--language", "-L", metavar="LANG",
                                           help="The reports' language, a name or ISO code (de, "
                                                "German); default: detected per report."),
    model: Optional[str] = typer.Option(None, "--model",
                                        help="Abstractive strategies: a local model folder, a .gguf "
                                             "file or a hub id (default: the shipped SmolLM2)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also print informational notes."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="Print errors only (no warnings, notes or progress bars)."),
    version: Optional[bool] = typer.Option(None, "--version", callback=_show_version,
                                           is_eager=True, help="Print the version and exit."),
) -> None:
    def action() -> None:
        from summarizer.api import summarize

        chosen = check_up_front(reports, strategy, model, output)
        brief = summarize(reports, strategy=chosen, length=length, language=language)
        from summarizer.render import render

        rendered = render(brief, output_format.value)
        for warning in brief.warnings:
            logging.getLogger("summarizer").warning(warning)
        if output is None:
            sys.stdout.write(rendered)
        else:
            write_atomically(Path(output), rendered)

    run_guarded(action, verbose=verbose, quiet=quiet)
