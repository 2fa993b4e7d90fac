"""A part of an API: the operations of some resources and only the types they reach (for `vendor --only`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.config import load_config
from generator.extras import EXTRA_NEEDS, EXTRAS, check_extras, extra_paths
from generator.naming import resource_attribute
from generator.parser import Api
from generator.parser.kinds import Ref
from generator.pipeline import OPENAI_RESOURCES, generate
from generator.runtime_source import unused_helper_paths
from generator.snapshot import files_beside_package
from generator.writer import build_tree


def refs_anywhere(value: Any) -> Iterator[str]:
    """Keys of every `Ref` inside `value` (dataclasses, lists, dicts, tuples), however deep."""
    stack = [value]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if isinstance(item, Ref):
            yield item.key
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            if id(item) in seen:
                continue
            seen.add(id(item))
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def resources_of(api: Api) -> set[str]:
    return {operation.resource[0] for operation in api.operations if operation.resource}


def resource_paths(apis: list[Api]) -> set[str]:
    """Every resource path of `apis` ("chat", "chat.completions", ...), as the helpers index names them."""
    paths = [
        [resource_attribute(part, top_level=depth == 0) for depth, part in enumerate(op.resource)]
        for api in apis
        for op in api.operations
        if op.resource
    ]
    return {".".join(path[:depth]) for path in paths for depth in range(1, len(path) + 1)}


def select(api: Api, resources: set[str]) -> Api:
    """`api` with the operations of `resources` (top-level names, e.g. `chat`) and the definitions they reach."""
    operations = [op for op in api.operations if op.resource and op.resource[0] in resources]
    reached: set[str] = set()
    stack = [key for op in operations for key in refs_anywhere(op)]
    while stack:
        key = stack.pop()
        if key in reached or key not in api.definitions:
            continue
        reached.add(key)
        stack.extend(refs_anywhere(api.definitions[key]))
    definitions = {key: value for key, value in api.definitions.items() if key in reached}
    # Webhook events are no resource: a part of the client chosen by resources leaves them out.
    return dataclasses.replace(api, operations=operations, definitions=definitions, webhook_events=None)


@dataclasses.dataclass(frozen=True)
class Selection:
    """What to vendor: resources (None: all), namespaces (None: all), extras (None: every one the rest allows)."""

    resources: frozenset[str] | None = None
    namespaces: frozenset[str] | None = None
    extras: frozenset[str] | None = None

    def describe(self) -> str:
        def names(chosen: frozenset[str] | None) -> str:
            return "all" if chosen is None else ", ".join(sorted(chosen)) or "none"

        extras = "as the resources allow" if self.extras is None else names(self.extras)
        return f"resources: {names(self.resources)}; namespaces: {names(self.namespaces)}; extras: {extras}"


class SelectionError(Exception):
    """A selection that names what the specs do not have; the message is one line for the user."""


def chosen_extras(selection: Selection, openai_surface: bool) -> frozenset[str]:
    """The extras to copy: as chosen, or by default every one the chosen resources allow."""
    needs_openai = {"actions", *(name for name, needs in EXTRA_NEEDS.items() if "actions" in needs)}
    if selection.extras is None:
        return frozenset(name for name in EXTRAS if openai_surface or name not in needs_openai)
    if not openai_surface and selection.extras & needs_openai:
        raise SelectionError(
            f"the {' and '.join(sorted(selection.extras & needs_openai))} extras need every resource the actions "
            f"are built on ({', '.join(sorted(OPENAI_RESOURCES))}); add them to --only, or leave those extras out"
        )
    return selection.extras


def build_selected_package(
    config: Path, selection: Selection, staging: Path, package: str = "openai_connector"
) -> tuple[Path, Selection]:
    """Generate the part of the client `selection` names into `staging`.

    Returns the package folder inside it and the selection as built (its extras resolved).
    """
    try:
        check_extras(set(selection.extras or ()))
    except ValueError as exc:
        raise SelectionError(str(exc)) from None
    loaded = load_config(config)
    entries = [
        entry
        for index, entry in enumerate(loaded.specs)
        if index == 0 or selection.namespaces is None or entry.namespace in selection.namespaces
    ]
    known_namespaces = {entry.namespace for entry in loaded.specs[1:] if entry.namespace}
    unknown = sorted((selection.namespaces or frozenset()) - known_namespaces)
    if unknown:
        raise SelectionError(
            f"no namespace {', '.join(unknown)} in {config}; known: {', '.join(sorted(known_namespaces)) or 'none'}"
        )
    offered: set[str] = set()

    def narrow(api: Api) -> Api:
        offered.update(resources_of(api))
        return api if selection.resources is None else select(api, set(selection.resources))

    generation = generate(
        [entry.path for entry in entries],
        loaded.overlays,
        package,
        [entry.namespace for entry in entries],
        select_api=narrow,
        linked_specs=[entry.path for entry in loaded.specs if entry not in entries],
    )
    missing = sorted((selection.resources or frozenset()) - offered)
    if missing:
        raise SelectionError(f"no resource {', '.join(missing)} in the specs; known: {', '.join(sorted(offered))}")
    extras = chosen_extras(selection, generation.has_openai_surface)
    leave_out = extra_paths(*(name for name in EXTRAS if name not in extras))
    leave_out += unused_helper_paths(resource_paths(generation.apis))
    build_tree(
        generation.files,
        files_beside_package(generation),
        package,
        staging,
        openai_parts=generation.has_openai_surface,
        lib_leave_out=leave_out,
    )
    return staging / package, dataclasses.replace(selection, extras=extras)
