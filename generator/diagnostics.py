"""Problems found in a spec, reported with where they are and what the generator did about them."""

from __future__ import annotations

import dataclasses
from typing import Literal

Severity = Literal["warning", "error"]


@dataclasses.dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    pointer: str
    message: str
    action: str
    severity: Severity = "warning"

    def __str__(self) -> str:
        return f"{self.severity}: {self.file}#{self.pointer}: {self.message} ({self.action})"


class Diagnostics:
    """Collects diagnostics; de-duplicates them and lists them in a stable order."""

    def __init__(self) -> None:
        self._items: set[Diagnostic] = set()

    def warn(self, file: str, pointer: str, message: str, action: str) -> None:
        self._items.add(Diagnostic(file, pointer, message, action, "warning"))

    def error(self, file: str, pointer: str, message: str, action: str) -> None:
        self._items.add(Diagnostic(file, pointer, message, action, "error"))

    def extend(self, other: Diagnostics) -> None:
        self._items |= other._items

    @property
    def items(self) -> list[Diagnostic]:
        return sorted(self._items)

    def __len__(self) -> int:
        return len(self._items)
