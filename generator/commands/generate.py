"""`generate` writes the client; `check` regenerates into a temporary folder and compares."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from generator.changes import write_changes
from generator.config import load_config
from generator.pipeline import Generation, generate
from generator.snapshot import files_beside_package
from generator.spec import SpecError
from generator.writer import build_tree, diff_trees, staging_dir, sync_tree


def register(subparsers: Any) -> None:
    for name, helptext in (
        ("generate", "generate the client package from OpenAPI documents"),
        ("check", "regenerate into a temporary folder and fail on any difference from an output folder"),
    ):
        parser = subparsers.add_parser(name, help=helptext, description=helptext)
        parser.add_argument("specs", nargs="*", type=Path, metavar="SPEC", help="OpenAPI 3.0/3.1 YAML or JSON")
        parser.add_argument("--config", type=Path, help="specs/config.toml: the specs, namespaces and overlays")
        parser.add_argument("--overlay", action="append", default=[], type=Path, help="OpenAPI Overlay 1.0 file")
        parser.add_argument("--package", default="openai_connector", help="package name (default openai_connector)")
        parser.add_argument("--report", type=Path, help="write a JSON report of the generation here")
        parser.add_argument("--quiet", action="store_true", help="print only problems")
        if name == "generate":
            parser.add_argument("--out", type=Path, required=True, help="output folder; gets <package>/ inside")
            parser.set_defaults(func=run_generate, print_changes=True)
        else:
            parser.add_argument("--against", type=Path, required=True, help="the output folder to compare with")
            parser.set_defaults(func=run_check)


def _generate(args: argparse.Namespace) -> Generation | None:
    try:
        specs: list[Path] = list(args.specs)
        namespaces: list[str | None] = [None] * len(specs)
        overlays: list[Path] = list(args.overlay)
        if args.config:
            config = load_config(args.config)
            specs += [entry.path for entry in config.specs]
            namespaces += [entry.namespace for entry in config.specs]
            overlays = config.overlays + overlays
        if not specs:
            print("error: name at least one SPEC, or --config", file=sys.stderr)
            return None
        return generate(specs, overlays, args.package, namespaces)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _finish(generation: Generation, args: argparse.Namespace) -> int:
    report = generation.report()
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if not args.quiet:
        for diagnostic in generation.diagnostics.items:
            print(diagnostic, file=sys.stderr)
        for placed in report["placed_by_default"]:
            print(
                f"placed by the default rule: {placed['method']} {placed['path']} ({placed['operation']}, "
                f"{placed['file']}) as {placed['client_path']}; name it with x-connector-resource "
                "and x-connector-method in an overlay",
                file=sys.stderr,
            )
        print(
            f"{report['operations_generated']}/{report['operations_total']} operations, "
            f"{report['models_generated']} models, {len(report['untyped_responses'])} untyped responses, "
            f"{len(report['skipped'])} skipped, {len(generation.diagnostics)} diagnostics, "
            f"{len(report['placed_by_default'])} placed by the default rule"
        )
    return 1 if report["skipped"] or report["untyped_responses"] else 0


def _stage(generation: Generation, package: str, tmp: Path) -> Path:
    """The whole output folder, as `generate` would leave it, in `tmp`."""
    extra = files_beside_package(generation)
    return build_tree(generation.files, extra, package, tmp, openai_parts=generation.has_openai_surface)


def run_generate(args: argparse.Namespace) -> int:
    generation = _generate(args)
    if generation is None:
        return 2
    changes = write_changes(args.out, generation, args.package)
    with staging_dir(near=args.out) as tmp:
        staging = _stage(generation, args.package, Path(tmp))
        written, deleted = sync_tree(staging, args.out, args.package)
    if not args.quiet:
        print(f"wrote {len(written)} files, deleted {len(deleted)} into {args.out}")
    if args.print_changes:
        for line in changes:
            print(line)
    return _finish(generation, args)


def regenerate(config: Path, out: Path, *, report: Path | None = None, print_changes: bool = True) -> int:
    """`generate --config CONFIG --out OUT [--report FILE]` from Python (the update flow's last step)."""
    args = argparse.Namespace(
        specs=[],
        config=config,
        overlay=[],
        package="openai_connector",
        report=report,
        quiet=False,
        out=out,
        print_changes=print_changes,
    )
    return run_generate(args)


def run_check(args: argparse.Namespace) -> int:
    generation = _generate(args)
    if generation is None:
        return 2
    with staging_dir() as tmp:
        staging = _stage(generation, args.package, Path(tmp))
        problems = diff_trees(staging, args.against, args.package)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{args.against} is not what the generator makes from these specs: run `make generate`", file=sys.stderr)
        return 1
    print(f"{args.against} matches the specs")
    return _finish(generation, args) if args.report else 0
