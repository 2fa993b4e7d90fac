"""`python -m generator contract CASSETTE_DIR --spec SPEC`: check recorded exchanges against the specs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.spec.loader import SpecError


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "contract",
        help="check vcrpy cassettes against the specs",
        description="Check every interaction of every cassette (*.yaml, *.yml) under CASSETTE_DIR against the "
        "specs: operation, required parameters, request body, response status, content type and body. "
        "Exits 1 if anything does not match.",
    )
    parser.add_argument("cassettes", type=Path, metavar="CASSETTE_DIR", help="a folder of cassettes, or one cassette")
    parser.add_argument(
        "--spec",
        action="append",
        required=True,
        type=Path,
        metavar="SPEC",
        help="an OpenAPI document; repeat for several",
    )
    parser.add_argument(
        "--overlay",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="an OpenAPI Overlay to apply to the specs it extends (as `generate` does); repeat for several",
    )
    parser.add_argument(
        "--allow-undeclared-errors",
        action="store_true",
        help='accept a 4xx/5xx status the spec does not declare if its body is an {"error": {...}} object '
        "(upstream specs declare few error statuses)",
    )
    parser.add_argument(
        "--base-path",
        action="append",
        default=[],
        metavar="PATH",
        help="a further base path to strip before matching (e.g. /openai/v1); the specs' own "
        "server paths (/v1, /openai) are always tried",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from generator.contract.checker import ContractChecker, find_cassettes
    from generator.spec.api import load_api

    if not args.cassettes.exists():
        print(f"error: {args.cassettes}: no such file or folder", file=sys.stderr)
        return 2
    if not find_cassettes(args.cassettes):
        print(f"error: {args.cassettes}: no cassettes (*.yaml, *.yml) found", file=sys.stderr)
        return 2
    bad = [b for b in args.base_path if not b.startswith("/")]
    if bad:
        print(f"error: --base-path must start with '/': {', '.join(bad)}", file=sys.stderr)
        return 2
    try:
        specs = [load_api(path, overlays=args.overlay) for path in args.spec]
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    checker = ContractChecker(specs, args.base_path, args.allow_undeclared_errors)
    seen, violations = checker.check_paths(args.cassettes)
    for violation in violations:
        print(violation)
    cassettes = len(find_cassettes(args.cassettes))
    print(f"{seen} interaction(s) in {cassettes} cassette(s): {len(violations)} violation(s)")
    return 1 if violations else 0
