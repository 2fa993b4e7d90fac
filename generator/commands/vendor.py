"""`python -m generator vendor DEST`: copy the generated client package into another project."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from generator.extras import EXTRAS
from generator.spec import SpecError
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
    choose = parser.add_argument_group(
        "choosing a part of the client",
        "any of these regenerates the client from --config with only the chosen operations and the types they reach",
    )
    choose.add_argument("--only", metavar="RESOURCES", help="top-level resources, e.g. chat,embeddings,models")
    choose.add_argument("--namespaces", metavar="NAMES", help="further specs' namespaces (e.g. azure), or none")
    choose.add_argument(
        "--extras", metavar="NAMES", help=f"runtime extras: {','.join(EXTRAS)}, or none (default: all the rest allows)"
    )
    choose.add_argument(
        "--config", type=Path, default=Path("specs/config.toml"), help="the specs (default: specs/config.toml)"
    )
    parser.set_defaults(func=run)


def _names(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    names = {part.strip() for part in text.split(",") if part.strip()}
    return frozenset() if names <= {"none"} else frozenset(names)


def run(args: argparse.Namespace) -> int:
    from generator.selection import Selection, SelectionError, build_selected_package

    try:
        if args.only is None and args.namespaces is None and args.extras is None:
            result = vendor(args.dest, source=args.source, package=args.package, manifest=args.manifest)
        else:
            selection = Selection(_names(args.only), _names(args.namespaces), _names(args.extras))
            if not args.dest.is_dir():
                raise VendorError(f"{args.dest}: no such folder")
            with tempfile.TemporaryDirectory(prefix="openai-connector-vendor-") as tmp:
                source, built = build_selected_package(args.config, selection, Path(tmp))
                result = vendor(args.dest, source=source, package=args.package, selection=built.describe())
    except (VendorError, SelectionError, SpecError) as exc:
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
