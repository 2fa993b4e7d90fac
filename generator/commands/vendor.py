"""`python -m generator vendor DEST`: copy the generated client package into another project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.vendor import VendorError, vendor


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "vendor",
        help="copy the generated client into another project (optionally renamed)",
        description="Copy the generated client package to DEST/<package>, rewriting its absolute imports if "
        "renamed, leaving out tests and caches, with a VENDORED.md naming the specs and generator version. "
        "Vendoring again replaces the earlier copy whole.",
    )
    parser.add_argument("dest", type=Path, metavar="DEST", help="folder of the other project to copy into")
    parser.add_argument("--package", metavar="NAME", help="package name in DEST (default: the source's name)")
    parser.add_argument(
        "--source",
        type=Path,
        default=Path("generated/openai_connector"),
        help="the generated package (default: generated/openai_connector)",
    )
    parser.add_argument(
        "--manifest", type=Path, help="generator manifest (default: .manifest.json beside the source package)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        result = vendor(args.dest, source=args.source, package=args.package, manifest=args.manifest)
    except VendorError as exc:
        print("error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot vendor into {args.dest}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(
        f"vendored {result.files} files into {result.target} "
        f"({result.rewritten_files} with imports rewritten, {result.removed} stale files removed)"
    )
    return 0
