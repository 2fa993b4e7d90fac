"""`RESULTS.md`: a summary of every check, then each figure's series (median, min, max over the runs)."""

from __future__ import annotations

import platform
import time

from .peers import PEERS
from .stats import Check, FigureResult

__all__ = ["render"]


def _num(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(check: Check) -> str:
    if check.count:
        return f"{check.median:g}"
    spec = ".2f" if check.median >= 0.1 else ".2g"
    return f"{check.median:{spec}}x ({min(check.ratios):{spec}}-{max(check.ratios):{spec}})"


def _verdict(check: Check) -> str:
    met = check.met
    return "—" if met is None else ("**met**" if met else "**missed**")


def render(results: list[FigureResult], *, quick: bool, runs_note: str, cpus: int, python: str) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python -m bench{' --quick' if quick else ''}` on {time.strftime('%Y-%m-%d %H:%M %Z')}: "
        f"{platform.machine()}, {cpus} CPU(s), Python {python}, {platform.system()} {platform.release()}. "
        f"Peers: {', '.join(f'{k} {v}' for k, v in sorted(PEERS.items()))}. {runs_note}",
        "",
        "Ratios are ours over the peer, run by run (the implementations interleave within a run): the median,",
        "then (min-max) over the runs. Lower is better except for throughput (figures 4 and 5).",
        "",
        "| figure | comparison | ratio | target | |",
        "| --- | --- | --- | --- | --- |",
    ]
    for fig in results:
        for check in fig.checks:
            note = f" ({check.note})" if check.note else ""
            lines.append(f"| {fig.title} | {check.name}{note} | {_ratio(check)} | {check.target} | {_verdict(check)} |")
    for fig in results:
        lines += [
            "",
            f"## {fig.title}",
            "",
            fig.what,
            "",
            "| implementation | median | min | max | unit |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for s in fig.series:
            lines.append(f"| {s.label} | {_num(s.median)} | {_num(s.low)} | {_num(s.high)} | {s.unit} |")
        lines += ["", *(f"- {note}" for note in fig.notes)] if fig.notes else []
    return "\n".join(lines).rstrip() + "\n"
