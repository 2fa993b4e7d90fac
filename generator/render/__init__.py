"""Walk the layout and render every generated file's text through the templates.

`type_modules` (models and params), `type_index` (`types/__init__`, `_index` and the namespaces),
`resource_modules` (resource classes; `signature`: one method's parameters), on a shared
`context`; `environment`: the templates and their docstring filters.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping

import jinja2

from generator.layout import Layout
from generator.render.context import RenderContext
from generator.render.environment import docstring, docstring_body, environment
from generator.render.resource_modules import ResourceModules
from generator.render.signature import not_given
from generator.render.type_index import type_index_files
from generator.render.type_modules import TypeModules
from generator.runtime_source import ResourceHelpers, computed_fields, resource_helpers

__all__ = ["PackageRenderer", "check_syntax", "docstring", "docstring_body", "environment", "not_given"]


class PackageRenderer:
    """Renders one API (the root one, or a namespace such as `azure`) into files of the package."""

    def __init__(
        self,
        layout: Layout,
        env: jinja2.Environment,
        header: str,
        prefix: str,
        helpers: Mapping[str, ResourceHelpers] | None = None,
        *,
        computed: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.layout = layout
        self.context = RenderContext(
            layout,
            env,
            header,
            prefix,
            resource_helpers() if helpers is None else helpers,
            computed_fields() if computed is None else computed,
        )

    def types_files(self) -> dict[str, str]:
        return {**TypeModules(self.context).files(), **type_index_files(self.context)}

    def resource_files(self) -> dict[str, str]:
        return ResourceModules(self.context).files()


def check_syntax(files: dict[str, str]) -> None:
    for path, text in files.items():
        if path.endswith((".py", ".pyi")):
            try:
                ast.parse(text, filename=path)
            except SyntaxError as exc:
                raise RuntimeError(f"generator bug: {path}:{exc.lineno}: {exc.msg}") from exc
