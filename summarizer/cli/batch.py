"""``summarize batch INPUT -o OUTDIR``: one brief per story, resumable, locally or on Ray.

Thin over ``summarizer.batch.run_batch``. Exit codes: 0 every story written, 1 some story
failed (each is in ``OUTDIR/index.jsonl`` with its reason), 2 bad input (nothing run).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from enum import Enum
from pathlib import Path
from typing import Iterator, Optional

import typer

from summarizer.cli.common import run_guarded

HELP = ("Summarize many stories: INPUT is a folder with one subfolder of reports per story, a "
        "dataset in the DUC layout (clusters/<id>/docs), or a JSON Lines file (- for stdin) with "
        "one story a line. Writes OUTDIR/<id>.<ext> and OUTDIR/index.jsonl; run it again to "
        "resume (finished stories are skipped).")
EXIT_SOME_FAILED = 1


class Format(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops the batch like Ctrl-C: workers stopped, finished stories kept."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def batch(
    source: str = typer.Argument(..., metavar="INPUT", show_default=False,
                                 help="A folder of story folders, a DUC-layout dataset, or a "
                                      "JSON Lines file ({\"id\": ..., \"documents\": [{\"text\": "
                                      "... | \"path\": ..., \"title\"?, \"outlet\"?, \"date\"?}]}; "
                                      "- reads stdin)."),
    output: Path = typer.Option(..., "--output", "-o", metavar="OUTDIR", show_default=False,
                                help="Folder for <id>.<ext> per story, index.jsonl and "
                                     "timings.jsonl (created if needed)."),
    strategy: Optional[str] = typer.Option(None, "--strategy", "-s", show_default=False,
                                           help="Strategy name or spec (see 'summarize "
                                                "strategies'); default: the engine's default."),
    length: str = typer.Option("100w", "--length", "-l",
                               help="Length budget per brief: 100w, 5s or 600c."),
    output_format: Format = typer.Option(Format.text, "--format", "-f",
                                         help="text (.txt), markdown (.md), json (.json) or html (.html, with an "
                                              "index.html listing the stories)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, show_default=False,
                                          help="Worker processes or Ray actors (default: the "
                                               "cores, or the Ray cluster's CPUs)."),
    force: bool = typer.Option(False, "--force", help="Redo stories that are already done."),
    embeddings: bool = typer.Option(True, "--embeddings/--no-embeddings",
                                    help="Let sentence embeddings confirm paraphrases when "
                                         "counting support (off: lexical only, faster)."),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="local (process pool) or ray (needs the [ray] extra)."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", metavar="ADDR",
                                              show_default=False,
                                              help="Join this Ray cluster (e.g. auto) instead of "
                                                   "starting a local Ray instance."),
    model: Optional[str] = typer.Option(None, "--model", show_default=False,
                                        help="Abstractive strategies: a local model folder, a "
                                             ".gguf file or a hub id."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also print informational notes."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="No progress bar or summary; errors only."),
) -> None:
    def action() -> None:
        from summarizer.batch import run_batch
        from summarizer.errors import InputError

        if ray_address and engine is not Engine.ray:
            raise InputError("--ray-address needs --engine ray")
        with _sigterm_interrupts():
            result = run_batch(source, output, strategy=strategy, length=length,
                               output_format=output_format.value, embeddings=embeddings,
                               workers=workers, force=force, engine=engine.value,
                               ray_address=ray_address, progress=not quiet,
                               options={"model": model} if model else {})
        if not quiet:
            typer.echo(result.summary(), err=True)
        if result.failed:
            raise typer.Exit(EXIT_SOME_FAILED)

    run_guarded(action, verbose=verbose, quiet=quiet)
