"""What rendering one API's files shares: its layout, the templates, where it sits in the package."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Mapping

import jinja2

from generator.layout import Layout
from generator.runtime_source import ResourceHelpers


@dataclasses.dataclass(frozen=True)
class RenderContext:
    layout: Layout
    env: jinja2.Environment
    header: str
    prefix: str  # "" for the root API, "azure/" for a namespace
    helpers: Mapping[str, ResourceHelpers]  # resource path -> its mixins
    computed: Mapping[str, tuple[str, str]]  # field -> (lib module, mixin)

    @property
    def lib(self) -> str:
        return "..lib" if not self.prefix else "..." + "lib"

    def imports(self, used: set[str], module: str | None) -> list[tuple[str, list[str]]]:
        """(type module, [names]) of the definitions an `Annotator` used that live outside `module`."""
        grouped: dict[str, set[str]] = collections.defaultdict(set)
        for entry in used:
            key, _, flag = entry.partition("#")
            target = self.layout.module_of[key]
            if target == module:
                continue
            grouped[target].add(self.layout.param_names[key] if flag else self.layout.class_names[key])
        return [(m, sorted(names)) for m, names in sorted(grouped.items())]

    def names(self, used: set[str]) -> set[str]:
        """The class (or params) names of the definitions an `Annotator` used."""
        out = set()
        for entry in used:
            key, _, flag = entry.partition("#")
            out.add(self.layout.param_names[key] if flag else self.layout.class_names[key])
        return out
