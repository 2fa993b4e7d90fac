"""Where everything goes in the generated package: class names, modules, request variants, resources."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterator

from generator.naming import (
    ClassNames,
    module_names,
    name_definitions,
    resource_attribute,
    resource_class,
    snake_identifier,
)
from generator.parser import Api
from generator.parser.kinds import ArrayKind, Definition, Kind, MapKind, Nullable, Ref, UnionKind
from generator.parser.operations import Operation


def refs_in(kind: Kind) -> Iterator[str]:
    """Keys of the definitions a kind mentions directly."""
    if isinstance(kind, Ref):
        yield kind.key
    elif isinstance(kind, ArrayKind):
        yield from refs_in(kind.item)
    elif isinstance(kind, MapKind):
        yield from refs_in(kind.value)
    elif isinstance(kind, Nullable):
        yield from refs_in(kind.inner)
    elif isinstance(kind, UnionKind):
        for variant in kind.variants:
            yield from refs_in(variant)


def definition_refs(definition: Definition) -> Iterator[str]:
    if definition.fields is not None:
        for field in definition.fields:
            yield from refs_in(field.kind)
    elif definition.alias is not None:
        yield from refs_in(definition.alias)


@dataclasses.dataclass
class ResourceNode:
    path: tuple[str, ...]
    class_name: str = ""
    operations: list[Operation] = dataclasses.field(default_factory=list)
    children: dict[str, ResourceNode] = dataclasses.field(default_factory=dict)

    def walk(self) -> Iterator[ResourceNode]:
        """This node, then every node below it, parents before their children."""
        yield self
        for child in self.children.values():
            yield from child.walk()


@dataclasses.dataclass
class Layout:
    api: Api
    class_names: dict[str, str]  # definition key -> model class / alias name
    param_names: dict[str, str]  # definition key -> TypedDict / param alias name (request-side variants)
    module_of: dict[str, str]  # definition key -> module name under types/
    modules: dict[str, list[str]]  # module name -> definition keys, in emission order
    resources: ResourceNode
    top_module_of: dict[str, str]  # top-level resource attribute -> module name under resources/


def plan(api: Api, names: ClassNames) -> Layout:
    definitions = api.definitions
    ordered = _naming_order(definitions)
    has_object = _reaches_object(definitions)
    requested = _request_closure(api)
    class_names, param_names = name_definitions(
        {key: definitions[key].name_hint for key in ordered},
        names,
        api.namespace,
        needs_param=lambda key: key in requested and has_object[key],
    )
    module_of, modules = _modules(definitions, ordered)
    resources = _resource_tree(api.operations, names, api.namespace)
    top_module_of = {name: snake_identifier(name) for name in resources.children}
    return Layout(api, class_names, param_names, module_of, modules, resources, top_module_of)


def _naming_order(definitions: dict[str, Definition]) -> list[str]:
    """Components first, in document order, so they keep their own names; inline ones after, by key."""
    components = [k for k in definitions if k.count("/") == 3 and k.startswith("/components/schemas/")]
    inline = sorted(k for k in definitions if k not in set(components))
    return components + inline


def _request_closure(api: Api) -> set[str]:
    """Definitions reachable from request bodies and parameters."""
    roots: list[str] = []
    for operation in api.operations:
        for parameter in operation.parameters:
            roots.extend(refs_in(parameter.kind))
        if operation.body is not None:
            roots.extend(refs_in(operation.body.kind))
    seen: set[str] = set()
    while roots:
        key = roots.pop()
        if key in seen or key not in api.definitions:
            continue
        seen.add(key)
        roots.extend(definition_refs(api.definitions[key]))
    return seen


def _reaches_object(definitions: dict[str, Definition]) -> dict[str, bool]:
    result: dict[str, bool] = {}

    def visit(key: str, stack: frozenset[str]) -> bool:
        if key in result:
            return result[key]
        definition = definitions.get(key)
        if definition is None or key in stack:
            return False
        if definition.is_object:
            result[key] = True
            return True
        answer = any(visit(ref, stack | {key}) for ref in definition_refs(definition))
        result[key] = answer
        return answer

    for key in definitions:
        visit(key, frozenset())
    return result


def _modules(definitions: dict[str, Definition], ordered: list[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """One module per owner, owners in an import cycle sharing one module."""
    owners = sorted({d.owner for d in definitions.values()})
    edges: dict[str, set[str]] = {owner: set() for owner in owners}
    for definition in definitions.values():
        for ref in definition_refs(definition):
            target = definitions.get(ref)
            if target is not None and target.owner != definition.owner:
                edges[definition.owner].add(target.owner)
    component_of = _strongly_connected(owners, edges)
    module_for_group = module_names(sorted(set(component_of.values())))
    module_of = {key: module_for_group[component_of[d.owner]] for key, d in definitions.items()}
    modules: dict[str, list[str]] = collections.defaultdict(list)
    for key in ordered:
        modules[module_of[key]].append(key)
    return module_of, dict(sorted(modules.items()))


def _strongly_connected(nodes: list[str], edges: dict[str, set[str]]) -> dict[str, str]:
    """Tarjan's algorithm, iterative; each node maps to the smallest name in its component."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: dict[str, str] = {}
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                name = min(members)
                for member in members:
                    result[member] = name
    return result


def _resource_tree(operations: list[Operation], names: ClassNames, namespace: str) -> ResourceNode:
    root = ResourceNode(path=())
    for operation in operations:
        node = root
        for depth, part in enumerate(operation.resource):
            attribute = resource_attribute(part, top_level=depth == 0)
            node = node.children.setdefault(attribute, ResourceNode(path=(*node.path, attribute)))
        node.operations.append(operation)

    def name(node: ResourceNode) -> None:
        for child in node.children.values():
            child.class_name = resource_class(names, child.path, namespace)
            name(child)

    name(root)
    return root
