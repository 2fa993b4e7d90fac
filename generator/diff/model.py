"""What a diff between two OpenAPI documents is made of: changes, each classified for a client."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

Direction = Literal["request", "response"]


@dataclasses.dataclass(frozen=True, order=True)
class Change:
    """One difference a client can notice.

    `where` names the operation (`POST /chat/completions`) or the schema (`schema Foo`);
    `location` the part of it (`request body (application/json)`, `query parameter limit`,
    `response 200 (application/json)`, or empty for the whole operation or schema);
    `path` the field inside that part (`messages[].role`, empty for the part itself).
    `flag` marks a non-breaking change that an exhaustive client should still look at.
    """

    where: str
    location: str
    path: str
    kind: str
    breaking: bool
    message: str
    flag: str = ""

    def at(self, where: str, location: str, prefix: str = "") -> Change:
        """The same change placed under an operation or schema, below the field path `prefix`."""
        return dataclasses.replace(self, where=where, location=location, path=join_path(prefix, self.path))

    def describe(self) -> str:
        """One line for humans: where in the part, and what."""
        place = " ".join(part for part in (self.location, f"`{self.path}`" if self.path else "") if part)
        return f"{place}: {self.message}" if place else self.message

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "where": self.where,
            "location": self.location,
            "path": self.path,
            "kind": self.kind,
            "breaking": self.breaking,
            "message": self.message,
        }
        if self.flag:
            data["flag"] = self.flag
        return data


def join_path(prefix: str, part: str) -> str:
    """Join field paths: `a` + `b` -> `a.b`; `a` + `[]` -> `a[]`; empty parts vanish."""
    if not prefix:
        return part
    if not part:
        return prefix
    return prefix + part if part.startswith(("[", "{", "<")) else f"{prefix}.{part}"


@dataclasses.dataclass(frozen=True)
class OperationRef:
    """An operation named by method and path, with its operationId and summary."""

    method: str
    path: str
    operation_id: str
    summary: str

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method.upper(),
            "path": self.path,
            "operation_id": self.operation_id,
            "summary": self.summary,
        }


@dataclasses.dataclass(frozen=True)
class OperationChanges:
    operation: OperationRef
    changes: tuple[Change, ...]


@dataclasses.dataclass(frozen=True)
class SchemaChanges:
    """A component schema whose own definition differs; `changes` may be empty (documentation only)."""

    name: str
    changes: tuple[Change, ...]


@dataclasses.dataclass(frozen=True)
class SpecInfo:
    label: str
    title: str
    version: str
    openapi: str

    def to_json(self) -> dict[str, str]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class SpecDiff:
    """Everything that differs between two documents, as found by `generator.diff.diff_specs`."""

    old: SpecInfo
    new: SpecInfo
    operations_added: tuple[OperationRef, ...]
    operations_removed: tuple[Change, ...]
    operations_changed: tuple[OperationChanges, ...]
    schemas_added: tuple[str, ...]
    schemas_removed: tuple[Change, ...]
    schemas_changed: tuple[SchemaChanges, ...]
    api_changes: tuple[Change, ...] = ()
    """Servers, security schemes and the document-wide security requirement."""

    @property
    def changes(self) -> list[Change]:
        """Every change: API-wide first, then operations, then schemas."""
        found = [*self.api_changes, *self.operations_removed]
        for op in self.operations_changed:
            found.extend(op.changes)
        found.extend(self.schemas_removed)
        for schema in self.schemas_changed:
            found.extend(schema.changes)
        return found

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def has_breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    @property
    def is_empty(self) -> bool:
        """True when nothing a client can see differs (documentation-only edits still count as changes)."""
        return not (
            self.api_changes
            or self.operations_added
            or self.operations_removed
            or self.operations_changed
            or self.schemas_added
            or self.schemas_removed
            or self.schemas_changed
        )
