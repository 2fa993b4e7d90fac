"""`python -m generator COMMAND ...`: a thin dispatcher over generator.commands.*."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from generator import __version__

# Each module exposes `register(subparsers)`, which adds one subcommand with `func` set.
COMMAND_MODULES = (
    "generator.commands.generate",
    "generator.commands.serve",
    "generator.commands.contract",
    "generator.commands.diff",
    "generator.commands.fetch",
    "generator.commands.vendor",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--version", action="version", version=f"openai-connector generator {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a generator bug: one clear line, the traceback only on request
        if os.environ.get("OPENAI_CONNECTOR_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc} (set OPENAI_CONNECTOR_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 3
    sys.stdout.flush()
    return code
