"""`python -m generator serve SPEC [SPEC...]`: run the reference server until interrupted."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.spec.loader import SpecError


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="serve the specs' operations from their examples (the reference server)",
        description="Serve every operation of the given specs on a local HTTP server, validating requests and "
        "answering from the specs' examples. Fault injection: send `x-mock-status: 429` (and optionally "
        "`x-mock-retry-after-ms: 1500`, `x-mock-fail-times: N`, `x-mock-fault-id: ID`) to get that status for "
        "the first N such requests.",
    )
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="OpenAPI documents (YAML or JSON)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one (default: 0)")
    parser.add_argument("--examples-dir", type=Path, help="folder of Azure `x-ms-examples` files")
    parser.add_argument(
        "--audit",
        action="store_true",
        help="do not serve: list the examples that do not match their schemas, then exit",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from generator.mockserver.server import ReferenceServer, default_examples_dir
    from generator.spec.api import load_api

    if args.examples_dir is not None and not args.examples_dir.is_dir():
        print(f"error: --examples-dir {args.examples_dir}: not a folder", file=sys.stderr)
        return 2
    if not 0 <= args.port <= 65535:
        print(f"error: --port {args.port}: not a port number", file=sys.stderr)
        return 2
    try:
        specs = [load_api(path) for path in args.specs]
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.audit:
        return _audit(specs, args.examples_dir, default_examples_dir)
    try:
        server = ReferenceServer(specs, host=args.host, port=args.port, examples_dir=args.examples_dir)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for mount in server.app.mounts:
        print(f"serving {mount.spec.file} ({len(mount.spec.operations)} operations) at {server.url}{mount.base_path}")
    print(f"listening on {server.url} (Ctrl-C to stop)", flush=True)
    server.serve_forever()
    return 0


def _audit(specs: list[Any], examples_dir: Path | None, default_dir: Any) -> int:
    from generator.mockserver.audit import audit

    total = 0
    for spec in specs:
        findings = audit(spec, examples_dir or default_dir(spec.file))
        total += len(findings)
        print(f"{spec.file}: {len(findings)} finding(s)")
        for finding in findings:
            print(f"  {finding}")
    return 1 if total else 0
