"""Operations (method + path) of two documents: which were added, removed, and what changed in each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diff.access import security_changes
from generator.diff.model import Change, OperationChanges, OperationRef
from generator.diff.resolve import Document
from generator.diff.schemas import SchemaComparer
from generator.spec.document import HTTP_METHODS, merge_parameters


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


_Found = tuple[OperationRef, dict[str, Any], dict[str, Any]]


def iter_operations(doc: Document) -> Iterator[_Found]:
    """Each operation with its path item, in document order."""
    for path, raw_item in _mapping(doc.spec.get("paths")).items():
        item = _mapping(doc.deref(raw_item))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                ref = OperationRef(
                    method, path, str(operation.get("operationId") or ""), str(operation.get("summary") or "")
                )
                yield ref, item, operation


def _parameters(doc: Document, item: dict[str, Any], operation: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """Path-level parameters overridden by operation-level ones, by (location, name)."""
    levels = (
        [(_mapping(doc.deref(raw)), None) for raw in (source if isinstance(source, list) else ())]
        for source in (item.get("parameters"), operation.get("parameters"))
    )
    return {key: parameter for key, (parameter, _) in merge_parameters(*levels).items()}


def _parameter_schema(parameter: dict[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    for media in _mapping(parameter.get("content")).values():
        return _mapping(media).get("schema")
    return None


def _is_success(status: str) -> bool:
    return status.startswith("2") or status.lower() == "default"


class OperationComparer:
    def __init__(self, old: Document, new: Document) -> None:
        self.old = old
        self.new = new
        self.schemas = SchemaComparer(old, new, follow_refs=True)

    def compare(self) -> tuple[list[OperationRef], list[Change], list[OperationChanges]]:
        old_ops = {ref.key: (ref, item, op) for ref, item, op in iter_operations(self.old)}
        new_ops = {ref.key: (ref, item, op) for ref, item, op in iter_operations(self.new)}
        added = [new_ops[key][0] for key in new_ops if key not in old_ops]
        removed = [
            Change(
                key, "", "", "operation-removed", True, f"operation removed (operationId {ref.operation_id or 'none'})"
            )
            for key, (ref, _, _) in old_ops.items()
            if key not in new_ops
        ]
        changed: list[OperationChanges] = []
        for key, old_found in old_ops.items():
            if key in new_ops:
                found = self._operation(old_found, new_ops[key])
                if found:
                    changed.append(OperationChanges(new_ops[key][0], tuple(c.at(key, c.location) for c in found)))
        return added, removed, changed

    def _operation(self, old: _Found, new: _Found) -> list[Change]:
        (old_ref, old_item, old_op), (new_ref, new_item, new_op) = old, new
        changes: list[Change] = []
        if old_ref.operation_id != new_ref.operation_id:
            changes.append(
                Change(
                    "",
                    "",
                    "",
                    "operation-id-changed",
                    True,
                    f"operationId changed from {old_ref.operation_id or 'none'} to "
                    f"{new_ref.operation_id or 'none'} (generated method names follow it)",
                )
            )
        if new_op.get("deprecated") is True and old_op.get("deprecated") is not True:
            changes.append(Change("", "", "", "deprecated", False, "operation deprecated", "deprecated"))
        if "security" in old_op or "security" in new_op:  # else the document-wide requirement applies
            old_security = old_op.get("security", self.old.spec.get("security"))
            new_security = new_op.get("security", self.new.spec.get("security"))
            changes += [c.at("", "security") for c in security_changes(old_security, new_security)]
        changes += self._parameters(old_item, new_item, old_op, new_op)
        changes += self._request_body(old_op.get("requestBody"), new_op.get("requestBody"))
        changes += self._responses(_mapping(old_op.get("responses")), _mapping(new_op.get("responses")))
        return changes

    def _parameters(
        self, old_item: dict[str, Any], new_item: dict[str, Any], old_op: dict[str, Any], new_op: dict[str, Any]
    ) -> list[Change]:
        old_params = _parameters(self.old, old_item, old_op)
        new_params = _parameters(self.new, new_item, new_op)
        changes: list[Change] = []
        for key in new_params.keys() - old_params.keys():
            required = bool(new_params[key].get("required")) or key[0] == "path"
            message = "new required parameter" if required else "new optional parameter"
            changes.append(Change("", f"{key[0]} parameter {key[1]}", "", "parameter-added", required, message))
        for key in old_params.keys() - new_params.keys():
            changes.append(
                Change(
                    "",
                    f"{key[0]} parameter {key[1]}",
                    "",
                    "parameter-removed",
                    True,
                    "parameter removed (clients that send it may be rejected)",
                )
            )
        for key in old_params.keys() & new_params.keys():
            location = f"{key[0]} parameter {key[1]}"
            old, new = old_params[key], new_params[key]
            was, now = bool(old.get("required")), bool(new.get("required"))
            if now and not was:
                changes.append(Change("", location, "", "made-required", True, "optional -> required"))
            elif was and not now:
                changes.append(Change("", location, "", "made-optional", False, "required -> optional"))
            found = self.schemas.compare(_parameter_schema(old), _parameter_schema(new), "request")
            changes += [c.at("", location, "") for c in found]
        return sorted(changes, key=lambda c: (c.location, c.path))

    def _request_body(self, old_body: Any, new_body: Any) -> list[Change]:
        old, new = self.old.deref(old_body), self.new.deref(new_body)
        if not isinstance(old, dict) and not isinstance(new, dict):
            return []
        if not isinstance(old, dict):
            required = bool(_mapping(new).get("required"))
            kind = "new required request body" if required else "new optional request body"
            return [Change("", "request body", "", "body-added", required, kind)]
        if not isinstance(new, dict):
            return [Change("", "request body", "", "body-removed", True, "request body removed")]
        changes: list[Change] = []
        if new.get("required") and not old.get("required"):
            changes.append(Change("", "request body", "", "made-required", True, "optional -> required"))
        elif old.get("required") and not new.get("required"):
            changes.append(Change("", "request body", "", "made-optional", False, "required -> optional"))
        old_content, new_content = _mapping(old.get("content")), _mapping(new.get("content"))
        for media in sorted(old_content.keys() - new_content.keys()):
            changes.append(
                Change("", f"request body ({media})", "", "media-type-removed", True, "media type no longer accepted")
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            changes.append(
                Change("", f"request body ({media})", "", "media-type-added", False, "media type now accepted")
            )
        for media in sorted(old_content.keys() & new_content.keys()):
            old_schema = _mapping(old_content[media]).get("schema")
            new_schema = _mapping(new_content[media]).get("schema")
            location = f"request body ({media})"
            changes += [c.at("", location, "") for c in self.schemas.compare(old_schema, new_schema, "request")]
        return changes

    def _responses(self, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
        changes: list[Change] = []
        for status in sorted(new.keys() - old.keys()):
            changes.append(Change("", f"response {status}", "", "response-added", False, "new response status"))
        for status in sorted(old.keys() - new.keys()):
            why = "clients expecting it will not get it" if _is_success(status) else "an error response"
            changes.append(
                Change(
                    "",
                    f"response {status}",
                    "",
                    "response-removed",
                    _is_success(status),
                    f"response status removed ({why})",
                )
            )
        for status in sorted(old.keys() & new.keys()):
            old_content = _mapping(_mapping(self.old.deref(old[status])).get("content"))
            new_content = _mapping(_mapping(self.new.deref(new[status])).get("content"))
            for media in sorted(old_content.keys() - new_content.keys()):
                changes.append(
                    Change(
                        "",
                        f"response {status} ({media})",
                        "",
                        "media-type-removed",
                        _is_success(status),
                        "media type no longer returned",
                    )
                )
            for media in sorted(new_content.keys() - old_content.keys()):
                changes.append(
                    Change(
                        "",
                        f"response {status} ({media})",
                        "",
                        "media-type-added",
                        False,
                        "media type may now be returned",
                        "new media type",
                    )
                )
            for media in sorted(old_content.keys() & new_content.keys()):
                location = f"response {status} ({media})"
                found = self.schemas.compare(
                    _mapping(old_content[media]).get("schema"), _mapping(new_content[media]).get("schema"), "response"
                )
                changes += [c.at("", location, "") for c in found]
        return changes
