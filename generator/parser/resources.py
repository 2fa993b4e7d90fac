"""Where each operation lives on the client: `client.<resource path>.<method>(...)`.

Derived from the path the way users of the official SDK expect: collection POST -> create,
collection GET -> list, item GET -> retrieve, item DELETE -> delete, item POST/PATCH/PUT ->
update, POST on an action path -> the action's name. Overlays place an operation with the
extensions `x-connector-resource` (dotted) and `x-connector-method`; the generator reports every
operation placed by the default rule alone (`placed_by_spec`), so a new one gets a deliberate name.
"""

from __future__ import annotations

import collections

from generator.diagnostics import Diagnostics
from generator.naming import operation_method, snake_identifier
from generator.naming.reserved import RESOURCE_ATTRIBUTES
from generator.parser.operations import Operation

# Last path segments that name an action even without an item before them.
ACTION_VERBS = frozenset(
    {
        "activate",
        "deactivate",
        "run",
        "validate",
        "cancel",
        "pause",
        "resume",
        "search",
        "complete",
        "archive",
        "unarchive",
        "accept",
        "reject",
        "hangup",
        "refer",
        "compact",
        "poll",
        "submit_tool_outputs",
        "input_tokens",
    }
)


def assign_resources(operations: list[Operation], diagnostics: Diagnostics, file: str) -> None:
    """Set `resource` and `name` on every operation; names are unique per resource."""
    methods_by_path: dict[str, set[str]] = collections.defaultdict(set)
    for operation in operations:
        methods_by_path[operation.path].add(operation.method)
    prefixes = {path.rsplit("/", 1)[0] for path in methods_by_path}
    for operation in operations:
        sole_post = methods_by_path[operation.path] == {"POST"} and operation.path not in prefixes
        operation.resource, operation.name = _derive(operation, sole_post)
        if operation.fixed_query:
            operation.resource = (*(snake_identifier(k) for k in sorted(operation.fixed_query)), *operation.resource)
        if isinstance(operation.extensions.get("x-connector-resource"), str):
            operation.resource = tuple(
                snake_identifier(p) for p in operation.extensions["x-connector-resource"].split(".") if p
            )
            if not _is_param(operation.path.rstrip("/").rsplit("/", 1)[-1]):
                operation.name = _collection_method(operation)  # the overlay names the collection
        if isinstance(operation.extensions.get("x-connector-method"), str):
            operation.name = snake_identifier(operation.extensions["x-connector-method"])
        if operation.alias:
            operation.name = operation.alias
        elif operation.variant:
            operation.name += "_" + operation.variant
    _rename_shadowing_methods(operations, diagnostics, file)
    clashes: dict[tuple[tuple[str, ...], str], list[Operation]] = collections.defaultdict(list)
    for operation in operations:
        clashes[(operation.resource, operation.name)].append(operation)
    for (resource, name), group in sorted(clashes.items()):
        if len(group) < 2:
            continue
        for operation in group:
            operation.name = operation_method(operation.operation_id, operation.variant)
        diagnostics.warn(
            file,
            group[0].pointer,
            f"{len(group)} operations map to {'.'.join(resource)}.{name}",
            "named them after their operationIds: " + ", ".join(sorted(o.name for o in group)),
        )


def placed_by_spec(operation: Operation) -> bool:
    """Whether the spec (an overlay, usually) names both the operation's resource and its method."""
    return all(isinstance(operation.extensions.get(k), str) for k in ("x-connector-resource", "x-connector-method"))


def _rename_shadowing_methods(operations: list[Operation], diagnostics: Diagnostics, file: str) -> None:
    """A method may not take the name of a sub-resource of its own resource (`files.content` both ways), nor
    one every resource has (`with_raw_response`)."""
    resources = {o.resource[:depth] for o in operations for depth in range(1, len(o.resource) + 1)}
    for operation in operations:
        shadows_view = operation.name in RESOURCE_ATTRIBUTES
        if shadows_view or (*operation.resource, operation.name) in resources:
            where = ".".join((*operation.resource, operation.name))
            operation.name = snake_identifier(operation.operation_id + operation.variant.title())
            diagnostics.warn(
                file,
                operation.pointer,
                f"method {where} has the name of {'a view every resource has' if shadows_view else 'a sub-resource'}",
                f"named it after its operationId: {operation.name}",
            )


def _derive(operation: Operation, sole_post: bool) -> tuple[tuple[str, ...], str]:
    segments = [s for s in operation.path.split("/") if s]
    statics = [snake_identifier(s) for s in segments if not _is_param(s)]
    if not statics:
        return ("root",), _collection_method(operation)
    last = segments[-1]
    if _is_param(last):
        method = {"GET": "retrieve", "DELETE": "delete", "HEAD": "head"}.get(operation.method, "update")
        return tuple(statics), method
    follows_item = len(segments) > 1 and _is_param(segments[-2])
    is_action = (
        operation.method == "POST"
        and len(statics) > 1
        and sole_post
        and (follows_item or snake_identifier(last) in ACTION_VERBS)
    )
    if is_action:
        return tuple(statics[:-1]), statics[-1]
    return tuple(statics), _collection_method(operation)


def _collection_method(operation: Operation) -> str:
    if operation.method == "GET":
        return "list" if operation.response.page_item is not None or _is_list(operation) else "retrieve"
    return {"POST": "create", "DELETE": "delete", "PUT": "update", "PATCH": "update", "HEAD": "head"}.get(
        operation.method, operation.method.lower()
    )


def _is_list(operation: Operation) -> bool:
    return operation.response.list_like or operation.operation_id.lower().startswith("list")


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")
