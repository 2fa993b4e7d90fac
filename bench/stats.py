"""Results of a figure: samples per implementation, ratios per run against a peer, a target each."""

from __future__ import annotations

import dataclasses
import statistics
from typing import Literal

__all__ = ["Check", "FigureResult", "Series", "paired_ratios"]


@dataclasses.dataclass
class Series:
    """One measured quantity of one implementation, one value per run."""

    label: str
    unit: str
    values: list[float] = dataclasses.field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)


@dataclasses.dataclass
class Check:
    """`ours / peer` per run, against a target (`at_most` or `at_least`); no limit: shown, not judged."""

    name: str
    ratios: list[float]
    limit: float | None
    sense: Literal["at_most", "at_least"] = "at_most"
    note: str = ""
    count: bool = False  # a count compared with `limit`, not a ratio

    @property
    def median(self) -> float:
        return statistics.median(self.ratios)

    @property
    def target(self) -> str:
        if self.limit is None:
            return "(reference)"
        unit = "" if self.count else "x"
        return f"{'≤' if self.sense == 'at_most' else '≥'} {self.limit:g}{unit}"

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        return self.median <= self.limit if self.sense == "at_most" else self.median >= self.limit


@dataclasses.dataclass
class FigureResult:
    key: str
    title: str
    what: str
    series: list[Series] = dataclasses.field(default_factory=list)
    checks: list[Check] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)


def paired_ratios(num: Series, den: Series) -> list[float]:
    """`num / den` run by run (the runs of one figure interleave the implementations)."""
    return [a / b for a, b in zip(num.values, den.values, strict=True) if b]
