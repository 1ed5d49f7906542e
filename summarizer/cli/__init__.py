"""The command line: ``summarize REPORTS...`` and its subcommands, one module per command.

Heavy modules (torch, transformers, the harness) are imported inside the commands that need
them, so ``summarize --help`` starts fast. Each command module is thin over a library call.
"""

from __future__ import annotations

import click
import typer
from typer.core import TyperGroup

from summarizer.cli import eval as eval_cli
from summarizer.cli import run as run_cli
from summarizer.cli import strategies as strategies_cli


class _DefaultToRun(TyperGroup):
    """``summarize seeds/`` means ``summarize run seeds/``: anything that is not a
    sub-command name goes to the main command (``--help`` too, which shows every option)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_DefaultToRun, add_completion=False, pretty_exceptions_enable=False,
                  rich_markup_mode=None, no_args_is_help=False)
app.command("run", help=run_cli.HELP)(run_cli.run)
app.command("strategies", help=strategies_cli.HELP)(strategies_cli.strategies)
app.command("eval", help=eval_cli.HELP)(eval_cli.eval_command)


def main() -> None:
    app()
