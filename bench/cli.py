"""Command line of the bench: pick figures, make sure the peers are installed, run, write the results."""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from .figures import FIGURES, SSE_CHUNKS, WORK, Context
from .peers import REPO, ensure_peers
from .report import render
from .server import LoopbackServer

__all__ = ["main"]

RESULTS = REPO / "bench" / "RESULTS.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: few runs, small counts")
    parser.add_argument("--only", action="append", choices=list(FIGURES), help="run only this figure (repeatable)")
    parser.add_argument("--runs", type=int, help="runs per figure (default: each figure's own)")
    parser.add_argument(
        "--out",
        type=Path,
        help="where to write the results (default: bench/RESULTS.md, or bench/.work/RESULTS-quick.md with --quick)",
    )
    parser.add_argument("--no-install", action="store_true", help="fail instead of installing the peers")
    args = parser.parse_args(argv)

    python = ensure_peers(install=not args.no_install)
    if python is None:
        print("bench: the peers' venv is missing (run without --no-install to create it)")
        return 2
    out: Path = args.out or (WORK / "RESULTS-quick.md" if args.quick else RESULTS)
    names = args.only or list(FIGURES)
    results = []
    started = time.perf_counter()
    with LoopbackServer(str(python), sse_chunks=SSE_CHUNKS) as url:
        ctx = Context(peer_python=python, url=url, quick=args.quick, runs=args.runs)
        for name in names:
            t0 = time.perf_counter()
            print(f"bench: {name} ...", flush=True)
            result = FIGURES[name](ctx)
            results.append(result)
            for check in result.checks:
                verdict = {None: "", True: "met", False: "MISSED"}[check.met]
                print(f"  {check.name}: {check.median:.3g} (target {check.target}) {verdict}", flush=True)
            print(f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
    runs = (
        "runs per figure: "
        + (
            str(args.runs)
            if args.runs
            else ("quick mode" if args.quick else "cold start 15, import 10, client figures 5, generation 3")
        )
        + f"; whole bench {time.perf_counter() - started:.0f} s."
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        render(results, quick=args.quick, runs_note=runs, cpus=os.cpu_count() or 0, python=platform.python_version())
    )
    print(f"bench: wrote {out}")
    return 0
