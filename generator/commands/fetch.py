"""`python -m generator fetch` (`make update-specs`): fetch the newest specs, then update the config, show
what changed (breaking first) and regenerate, each step printed as it runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.fetch import DEFAULT_AZURE_API_VERSION, KNOWN_SOURCES, Fetched, FetchError, fetch
from generator.spec import SpecError, load_document

if TYPE_CHECKING:
    from generator.update import ConfigUpdate, Entries


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "fetch",
        help="download the newest upstream specs into specs/, update the config, show the diff, regenerate",
        description="Download OpenAPI documents, check that each is an OpenAPI 3.x document with `paths`, "
        "write it atomically under DEST (OpenAI's in DEST/openai/, Azure's in DEST/azure/) and record URL, "
        "date and sha256 in DEST/provenance.json. With --config: point the config at the new documents and "
        "print what changed in the API, breaking first; with --generate OUT too: regenerate the client.",
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
    parser.add_argument("--config", type=Path, help="specs/config.toml to point at the fetched documents")
    parser.add_argument("--generate", type=Path, metavar="OUT", help="then regenerate into OUT (needs --config)")
    parser.add_argument("--report", type=Path, help="with --generate: the generation's JSON report")
    parser.set_defaults(func=run)


def _step(number: int, total: int, text: str) -> None:
    print(f"==> [{number}/{total}] {text}", flush=True)


def run(args: argparse.Namespace) -> int:
    sources: list[str] = args.source or list(KNOWN_SOURCES)
    if args.name and len(sources) != 1:
        print("error: --name needs exactly one --source", file=sys.stderr)
        return 2
    if args.generate and not args.config:
        print("error: --generate needs --config (which specs to generate)", file=sys.stderr)
        return 2
    total = 1 + (2 if args.config else 0) + (1 if args.generate else 0)
    entries = _entries(args.config) if args.config else []
    if entries is None:
        return 1

    _step(1, total, f"fetch into {args.dest}")
    results: list[Fetched] = []
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
        results.append(result)
    if not args.config:
        return 0

    updates = _update_config(args, entries, results, total)
    if updates is None:
        return 1
    _print_diffs(args.config, updates, total)
    if not args.generate:
        print(f"next: python -m generator generate --config {args.config} --out generated, then make test")
        return 0
    from generator.commands.generate import regenerate

    _step(4, total, f"regenerate {args.generate} from {args.config}")
    # The generator reports changes from its own snapshot too; shown only if the diff above had nothing to show
    # (a document fetched under the name the config already had).
    code = regenerate(args.config, args.generate, report=args.report, print_changes=not updates)
    if code == 2:
        return 1
    print("next: run `make test` (the cassettes are contract-checked against the new specs)")
    return code


def _entries(config: Path) -> Entries | None:
    from generator.update import read_entries

    try:
        return read_entries(config)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _update_config(
    args: argparse.Namespace, entries: Entries, results: list[Fetched], total: int
) -> list[ConfigUpdate] | None:
    from generator.update import apply_update, plan_update

    _step(2, total, f"update {args.config}")
    updates: list[ConfigUpdate] = []
    for result in results:
        update = plan_update(args.config, entries, args.dest / result.relative_path, result.title, result.version)
        if update is None:
            print(f"{result.relative_path}: nothing to change (the config names it, or no entry has its API)")
            continue
        try:
            apply_update(args.config, update)
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return None
        print(f"{update.role or 'client'}: {update.old_file} -> {update.new_file}")
        updates.append(update)
    return updates


def _print_diffs(config: Path, updates: list[ConfigUpdate], total: int) -> None:
    from generator.diff import DiffError, diff_specs, summary_lines

    _step(3, total, "what changed in the API (breaking first)")
    if not updates:
        print("no spec changed")
    for update in updates:
        name = update.role or "client"
        if update.before is None:
            print(f"{name}: the previous document {update.old_file} could not be read; no diff")
            continue
        try:
            after = load_document(config.parent / update.new_file)
            diff = diff_specs(update.before, after, update.old_file, update.new_file)
        except (SpecError, DiffError) as exc:
            print(f"{name}: cannot compare: {exc}")
            continue
        print(f"{name}: {update.old_file} -> {update.new_file}")
        for line in summary_lines(diff):
            print(f"  {line}" if line else "")
