"""Shared test helpers."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from generator.mockserver import ReferenceServer

RunCommand = Callable[[str, Sequence[str]], int]


@pytest.fixture
def run_command() -> RunCommand:
    """Run one `python -m generator` subcommand in-process, registered alone (as cli.main would)."""

    def run(command: str, argv: Sequence[str]) -> int:
        parser = argparse.ArgumentParser(prog="python -m generator")
        subparsers = parser.add_subparsers(dest="command", required=True)
        importlib.import_module(f"generator.commands.{command}").register(subparsers)
        args = parser.parse_args([command, *argv])
        code: int = args.func(args)
        return code

    return run


@pytest.fixture(scope="session")
def reference_server() -> Iterator[ReferenceServer]:
    """The reference mock server over the OpenAI and Azure specs, one for the whole session."""
    from generator.mockserver import ReferenceServer
    from tests._specs import AZURE_SPEC, OPENAI_SPEC, spec

    with ReferenceServer([spec(OPENAI_SPEC), spec(AZURE_SPEC)]) as server:
        yield server
