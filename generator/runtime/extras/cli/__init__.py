"""`openai-connector ACTION [options]`: every connector action from the command line.

Connection: flags, else the chosen provider's environment variables, in the order of
`Client.from_env()` (`CONNECTION_HELP`; each subcommand's --help shows it).

Output: JSON on stdout (`--output text` for humans); progress and warnings on stderr. Exit codes:
0 success, 1 API or connection error, 2 usage or configuration error (nothing was sent), 3 some
items of a multi-item action failed, 4 a batch still running when `--wait-timeout` ran out (it
keeps running: `batch --resume ID`), 130 interrupted. Errors are one `error: ...` line on stderr,
never a traceback, never a key.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any

from ._output import EXIT_API, EXIT_BATCH_TIMEOUT, EXIT_PARTIAL, EXIT_USAGE

__all__ = ["EXIT_API", "EXIT_BATCH_TIMEOUT", "EXIT_PARTIAL", "EXIT_USAGE", "main"]


_CONNECTION_FLAGS = (
    ("api_key", "api_key"),
    ("organization", "organization"),
    ("project", "project"),
    ("base_url", "base_url"),
    ("azure_endpoint", "azure_endpoint"),
    ("azure_resource", "azure_resource"),
    ("api_version", "api_version"),
    ("azure_deployment", "azure_deployment"),
    ("azure_api", "azure_api"),
    ("max_retries", "max_retries"),
    ("request_timeout", "timeout"),
)


def _client(args: argparse.Namespace) -> Any:
    """The client of the flags completed by the environment: `Client.from_env`, the same precedence as in Python."""
    from ... import Client

    flags = {setting: getattr(args, flag, None) for flag, setting in _CONNECTION_FLAGS}
    return Client.from_env(**{name: value for name, value in flags.items() if value is not None})


_IDENTIFIER = re.compile(r"\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b(?:=\.\.\.|=)?")  # names with an underscore


_NAMED_WORD = re.compile(r"\b([a-z][a-z0-9]*)\b(?= is required| must )")  # a one-word name used as a parameter


_NOT_FLAGS = {"azure_ad_token": "AZURE_OPENAI_AD_TOKEN", "azure_ad_token_provider": "AZURE_OPENAI_AD_TOKEN"}


def _flags_of(args: argparse.Namespace | None) -> dict[str, str]:
    """Setting or parameter name -> the flag that sets it, for the subcommand that was run."""
    flags = {setting: "--" + flag.replace("_", "-") for flag, setting in _CONNECTION_FLAGS}
    flags["api_key"] = "--api-key"
    parser = getattr(args, "parser", None)
    for action in parser._actions if parser is not None else ():  # argparse has no public list
        long = max(action.option_strings, key=len, default="")
        if long.startswith("--") and action.dest != "help":
            flags[action.dest] = long
    return flags


def _cli_names(message: str, args: argparse.Namespace | None = None) -> str:
    """`message` with the Python names of settings and parameters as this command's flags (or variables)."""
    flags = _flags_of(args)

    def flag(match: re.Match[str]) -> str:
        name = match.group(1)
        return _NOT_FLAGS.get(name) or flags.get(name) or match.group(0)

    return _NAMED_WORD.sub(flag, _IDENTIFIER.sub(flag, message))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one action; returns the exit code (see the module docs)."""
    import warnings

    from .._errors import APIError, APIStatusError
    from ..actions import Actions, BatchTimeoutError
    from ._inputs import UsageError
    from ._parser import build_parser

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client = _client(args)
        for warning in caught:
            print(f"warning: {_cli_names(str(warning.message), args)}", file=sys.stderr)
        with client:
            code = args.handler(Actions(client), args)
        return int(code or 0)
    except BatchTimeoutError as exc:  # a TimeoutError, hence an OSError: first
        print(f"error: {exc}: openai-connector batch --resume {exc.batch_id}", file=sys.stderr)
        return EXIT_BATCH_TIMEOUT
    except TimeoutError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except (UsageError, ValueError, OSError) as exc:  # ConfigurationError and InvalidRequestError too
        print(f"error: {_cli_names(str(exc), args)}", file=sys.stderr)
        return EXIT_USAGE
    except APIStatusError as exc:
        print(f"error: the API answered {exc.status_code}: {exc}", file=sys.stderr)
        return EXIT_API
    except APIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
