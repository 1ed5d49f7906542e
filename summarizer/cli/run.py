"""``summarize REPORTS...``: read a set of reports and write one consolidated brief."""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from summarizer.cli.common import run_guarded
from summarizer.errors import InputError
from summarizer.output import write_atomically

HELP = ("Summarize REPORTS (files, folders, or - for stdin) into one consolidated brief. "
        "Other commands: 'summarize strategies' lists the strategies; 'summarize eval DATASET' "
        "scores strategies with ROUGE (see summarize eval --help).")


class OutputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


def _check_output_is_not_input(output: Path, inputs: list[str]) -> None:
    target = output.expanduser().resolve()
    for item in inputs:
        path = Path(item).expanduser()
        if item == "-" or not path.exists():
            continue
        files = path.rglob("*") if path.is_dir() else [path]
        if any(f.resolve() == target for f in files):
            raise InputError(f"--output {output} is one of the input files: refusing to overwrite it")


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

    run_guarded(action, verbose=verbose, quiet=quiet)
