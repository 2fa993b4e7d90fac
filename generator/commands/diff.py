"""`python -m generator diff OLD NEW`: what changed between two spec versions, breaking or not."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from generator.diff import DiffError, diff_specs, summary_line, summary_lines, to_json, to_markdown
from generator.spec.loader import SpecError
from generator.spec.read import read_spec


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "diff",
        help="compare two versions of a spec; classify each change breaking or not",
        description="Compare two OpenAPI documents (3.0 or 3.1, YAML or JSON) and report operations, "
        "parameters, request and response fields, enum values and component schemas that changed, "
        "each classified breaking or non-breaking for a client.",
    )
    parser.add_argument("old", type=Path, metavar="OLD_SPEC", help="the previous version")
    parser.add_argument("new", type=Path, metavar="NEW_SPEC", help="the new version")
    parser.add_argument(
        "--format",
        choices=("markdown", "json", "summary"),
        default="markdown",
        help="report format: markdown (summary, then details), json, or summary (one line per operation)",
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the report here instead of stdout")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit with status 1 if any change is breaking")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        old = read_spec(args.old)
        new = read_spec(args.new)
        diff = diff_specs(old, new, str(args.old), str(args.new))
    except (SpecError, DiffError) as exc:
        print("error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 2
    if args.format == "json":
        text = json.dumps(to_json(diff), indent=2) + "\n"
    elif args.format == "summary":
        text = "\n".join(summary_lines(diff)) + "\n"
    else:
        text = to_markdown(diff)
    if args.out is None:
        sys.stdout.write(text)
    else:
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"{summary_line(diff)} -> {args.out}", file=sys.stderr)
    return 1 if args.fail_on_breaking and diff.has_breaking else 0
