"""Type modules laid out as openai-python's (`types.chat`, `types.admin.organization`, ...).

The flat `types` package holds every name. Beside it, each resource's answers are importable from
`types.<path>` for every leading part of its path on the client (`client.beta.threads.runs` ->
`types.beta`, `types.beta.threads`; its own path too when it has sub-resources), under their own
names, openai-python's spelling of them (`AdminAPIKey`, `naming/sdk.py`) and the overlay's
`x-connector-alias` names; and from `types.<its parent's path>` (and its own, as above) under the names
openai-python gives each method's answer (`ContainerListResponse`).
A namespace module only re-exports, lazily: nothing is defined twice.

Where two answers would take one alias in one namespace, neither does (an import must never give the
wrong class), and a type's own name always wins over an alias.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from generator.layout import Layout
from generator.naming.sdk import answer_alias, sdk_spelling
from generator.parser.kinds import Kind, Nullable, Ref, UnionKind
from generator.parser.operations import Operation

Namespace = tuple[str, ...]  # attribute path under `types` (() is `types` itself)
Target = tuple[tuple[str, str], ...]  # (module under types/, class name): one, or the variants of a union

# priorities, highest first: a type's own name, its declared aliases, openai-python's answer names
_OWN, _DECLARED, _PARENT_ANSWER, _OWN_ANSWER = range(4)


@dataclasses.dataclass
class _Namespace:
    entries: dict[str, tuple[int, Target]] = dataclasses.field(default_factory=dict)
    ambiguous: set[str] = dataclasses.field(default_factory=set)

    def offer(self, name: str, priority: int, target: Target) -> None:
        held = self.entries.get(name)
        if held is None:
            if name not in self.ambiguous:
                self.entries[name] = (priority, target)
        elif held[1] == target:
            self.entries[name] = (min(held[0], priority), target)
        elif priority < held[0]:
            self.entries[name] = (priority, target)
        elif priority == held[0]:
            del self.entries[name]
            self.ambiguous.add(name)


def type_namespaces(layout: Layout, flat_names: set[str]) -> dict[Namespace, dict[str, Target]]:
    """Namespace -> exported name -> what it is; the root namespace gets only names `flat_names` lacks."""
    spaces: dict[Namespace, _Namespace] = {}
    for node in layout.resources.walk():
        for op in node.operations:
            keys = list(_answer_keys(op))
            if not keys:
                continue
            _offer_answers(spaces, layout, node.path, op, keys, own=bool(node.children))
    out: dict[Namespace, dict[str, Target]] = {}
    for path, space in sorted(spaces.items()):
        names = {name: target for name, (_, target) in space.entries.items() if path or name not in flat_names}
        if names or path:
            out[path] = dict(sorted(names.items()))
    for path in list(out):  # every package on the way down exists, exported names or not
        for depth in range(1, len(path)):
            out.setdefault(path[:depth], {})
    return dict(sorted(out.items()))


def _offer_answers(
    spaces: dict[Namespace, _Namespace], layout: Layout, path: Namespace, op: Operation, keys: list[str], *, own: bool
) -> None:
    """Offer `op`'s answers to the namespaces above `path`, and to `path`'s own if it has sub-resources."""

    def space(namespace: Namespace) -> _Namespace:
        return spaces.setdefault(namespace, _Namespace())

    for key in keys:
        name = layout.class_names[key]
        target: Target = ((layout.module_of[key], name),)
        declared = {sdk_spelling(name), *layout.api.definitions[key].sdk_aliases} - {name}
        for depth in range(1, len(path) + own):
            space(path[:depth]).offer(name, _OWN, target)
            for alias in sorted(declared):
                space(path[:depth]).offer(alias, _DECLARED, target)
    answers: Target = tuple((layout.module_of[key], layout.class_names[key]) for key in keys)
    alias = answer_alias(path, op.name)
    space(path[:-1]).offer(alias, _PARENT_ANSWER, answers)
    if own:
        space(path).offer(alias, _OWN_ANSWER, answers)


def _answer_keys(op: Operation) -> Iterator[str]:
    """The definitions a call answers with: the items of a page, else the answer's models."""
    response = op.response
    item = response.page_item or response.single_page_item
    kind = item if item is not None else response.json
    if kind is not None:
        yield from _top_refs(kind)


def _top_refs(kind: Kind) -> Iterator[str]:
    if isinstance(kind, Ref):
        yield kind.key
    elif isinstance(kind, Nullable):
        yield from _top_refs(kind.inner)
    elif isinstance(kind, UnionKind):
        for variant in kind.variants:
            yield from _top_refs(variant)
