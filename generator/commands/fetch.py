"""`python -m generator fetch`: download the newest upstream specs into specs/ with provenance."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.fetch import DEFAULT_AZURE_API_VERSION, KNOWN_SOURCES, FetchError, fetch


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "fetch",
        help="download the newest upstream specs into specs/, recording provenance",
        description="Download OpenAPI documents, check that each is an OpenAPI 3.x document with `paths`, "
        "write it atomically under DEST and record URL, date and sha256 in DEST/provenance.json.",
    )
    parser.add_argument(
        "--source",
        action="append",
        metavar="NAME|URL|PATH",
        help=f"a known source ({', '.join(KNOWN_SOURCES)}), an http(s):// or file:// URL, or a path; "
        "repeatable (default: every known source)",
    )
    parser.add_argument("--dest", type=Path, default=Path("specs"), help="the specs folder (default: specs)")
    parser.add_argument("--name", help="file name under DEST to write (only with a single --source)")
    parser.add_argument(
        "--azure-api-version",
        default=DEFAULT_AZURE_API_VERSION,
        help=f"stable api-version of the Azure inference spec (default: {DEFAULT_AZURE_API_VERSION})",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    sources: list[str] = args.source or list(KNOWN_SOURCES)
    if args.name and len(sources) != 1:
        print("error: --name needs exactly one --source", file=sys.stderr)
        return 2
    for source in sources:
        try:
            result = fetch(source, args.dest, name=args.name, azure_api_version=args.azure_api_version)
        except FetchError as exc:
            print("error: " + " ".join(str(exc).split()), file=sys.stderr)
            return 1
        except OSError as exc:
            print(f"error: cannot write under {args.dest}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"{result.relative_path}: {result.note} (sha256 {result.sha256[:12]}, from {result.url})")
    return 0
