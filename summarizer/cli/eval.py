"""``summarize eval``: score strategies (and published peers) with ROUGE on a DUC-layout dataset.

Thin over ``summarizer.eval.evaluate`` (the harness lives in the top-level ``eval/`` folder,
installed as ``summarizer.eval``).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from summarizer.cli.common import run_guarded

HELP = ("Score strategies (and published peers) with ROUGE-1.5.5 rules on a dataset in the DUC "
        "layout.")


def eval_command(
    dataset: Optional[Path] = typer.Argument(
        None, metavar="DATASET", show_default=False,
        help="A dataset folder in the DUC layout: clusters/<topic>/docs/*, clusters/<topic>/refs/*, "
             "optional peers/<system>/<topic>.txt."),
    strategy: Optional[List[str]] = typer.Option(
        None, "--strategy", "-s", metavar="NAME", show_default=False,
        help="A strategy to evaluate; repeat for several (default: the default strategy of "
             "'summarize'). Options as NAME:key=value,key=value (e.g. ilp:trim=false)."),
    length: Optional[str] = typer.Option(
        None, "--length", "-l", metavar="LENGTH", show_default=False,
        help="Length budget (100w, 5s, 600c; default 100w). In words it is also ROUGE's -l cut."),
    config: Optional[Path] = typer.Option(
        None, "--config", "-c", metavar="FILE", show_default=False,
        help="A TOML file with an [eval] table (e.g. configs/duc2004.toml); flags override it."),
    baseline: Optional[str] = typer.Option(
        None, "--baseline", metavar="NAME", show_default=False,
        help="The system others are tested against (default: peer ICSISumm if present, "
             "else the first strategy)."),
    json_path: Optional[Path] = typer.Option(None, "--json", metavar="FILE", show_default=False,
                                             help="Write the scores as JSON to this file."),
    outputs: Optional[Path] = typer.Option(
        None, "--outputs", metavar="DIR", show_default=False,
        help="Keep every summary in DIR/<system>/<topic>.txt, one sentence a line."),
    plot: Optional[Path] = typer.Option(None, "--plot", metavar="FILE", show_default=False,
                                        help="Draw R-2 recall with 95% intervals to FILE.png."),
    report: Optional[Path] = typer.Option(
        None, "--report", metavar="FILE.html", show_default=False,
        help="Write one self-contained HTML page: the sortable table, a chart of R-1/R-2 with "
             "95% intervals, a per-topic scatter against the baseline, the settings."),
    rouge: Optional[str] = typer.Option(
        None, "--rouge", metavar="SCORER", show_default=False,
        help="rouge-155 (default: ROUGE-1.5.5 recall, as DUC reported it) or rouge-score "
             "(Google's package: F1 of rouge1/2/L/Lsum, stemmed, no length cut, as neural "
             "papers report it). With a --language other than English only rouge-score is "
             "offered, and is the default: ROUGE-1.5.5 drops every non-ASCII word."),
    language: Optional[str] = typer.Option(
        None, "--language", metavar="LANG", show_default=False,
        help="Read every report in this language (a name or ISO code: de, zh, German; "
             "default: detected per cluster) and score in it: rouge-score with the "
             "language's words (jieba for Chinese, tinysegmenter for Japanese), lower-cased "
             "and stemmed, instead of ROUGE-1.5.5, which keeps only ASCII words."),
    reuse: Optional[bool] = typer.Option(
        None, "--reuse/--no-reuse", show_default=False,
        help="Skip summaries already in --outputs (made for the same length)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", show_default=False,
                                       help="Worker processes (default: all cores)."),
    peers: Optional[bool] = typer.Option(None, "--peers/--no-peers", show_default=False,
                                         help="Score the published peers (default: yes)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", show_default=False,
                                  help="Show a progress bar on stderr (default: yes)."),
    engine: str = typer.Option("local", "--engine", metavar="local|ray",
                               help="Run the clusters in a local process pool or on Ray (the "
                                    "[ray] extra); with ray, --jobs is the number of actors."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", metavar="ADDR",
                                              show_default=False,
                                              help="With --engine ray: join this Ray cluster "
                                                   "(e.g. auto) instead of starting one."),
) -> None:
    from summarizer.eval.evaluate import Settings, evaluate, load_config, merge

    def action() -> None:
        base = load_config(config) if config is not None else Settings()
        settings = merge(base, dataset=dataset, strategies=strategy or None, length=length,
                         baseline=baseline, json=json_path, outputs=outputs, plot=plot,
                         report=report, rouge=rouge, language=language,
                         reuse=reuse, jobs=jobs, peers=peers, progress=progress)
        with _engine(engine, ray_address, jobs):
            text = evaluate(settings)
        typer.echo(text, nl=False)

    run_guarded(action)


def _engine(name: str, address: str | None, jobs: int | None):
    """The harness's engine for this run; Ray is checked before any work."""
    from summarizer.errors import InputError
    from summarizer.eval.harness import using_engine

    if name not in ("local", "ray"):
        raise InputError(f"unknown --engine {name!r}; choose local or ray")
    if address and name != "ray":
        raise InputError("--ray-address needs --engine ray")
    if name == "ray":
        from summarizer.batch.ray_engine import require_ray

        require_ray()
    return using_engine(name, address, jobs)
