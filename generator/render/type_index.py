"""The index files of `types/`: `__init__.py(i)` and `_index.py` (which module has each name) and the
`types/<a>/<b>/__init__.py` namespaces laid out as openai-python's."""

from __future__ import annotations

import collections
from typing import Any

from generator.naming import isort_key
from generator.render.context import RenderContext
from generator.type_namespaces import Target, type_namespaces


def type_index_files(context: RenderContext) -> dict[str, str]:
    layout = context.layout
    files: dict[str, str] = {}
    lookup = sorted(
        [(layout.class_names[k], layout.module_of[k]) for k in layout.class_names]
        + [(layout.param_names[k], layout.module_of[k]) for k in layout.param_names],
        key=lambda item: isort_key(item[0]),
    )
    by_module: dict[str, list[str]] = collections.defaultdict(list)
    for name, module in lookup:
        by_module[module].append(name)
    spaces = type_namespaces(layout, {name for name, _ in lookup})
    aliases = spaces.pop((), {})
    values = {
        "header": context.header,
        "package": "types",
        "lib": context.lib,
        "modules": sorted(by_module.items()),
        "lookup": lookup,
        "aliases": sorted(aliases.items(), key=lambda item: isort_key(item[0])),
        "all_names": sorted([name for name, _ in lookup] + list(aliases), key=isort_key),
        **stub_imports(aliases, "."),
    }
    files[f"{context.prefix}types/__init__.py"] = context.env.get_template("types_init.py.jinja").render(values)
    files[f"{context.prefix}types/__init__.pyi"] = context.env.get_template("types_init.pyi.jinja").render(values)
    files[f"{context.prefix}types/_index.py"] = context.env.get_template("types_index.py.jinja").render(values)
    files.update(_namespace_files(context, spaces))
    return files


def _namespace_files(context: RenderContext, spaces: dict[tuple[str, ...], dict[str, Target]]) -> dict[str, str]:
    """`types/<a>/<b>/__init__.py(i)`: the type modules laid out as openai-python's."""
    files: dict[str, str] = {}
    code = context.env.get_template("types_namespace.py.jinja")
    for path, exports in spaces.items():
        if path[0] in context.layout.modules:  # a flat module already has the name: no package beside it
            continue
        depth = len(path)
        folder = f"{context.prefix}types/{'/'.join(path)}"
        values = {
            "header": context.header,
            "title": f"`types.{'.'.join(path)}`, laid out as openai-python's",
            "lib": "." * depth + context.lib,
            "depth": depth,
            "exports": list(exports.items()),
            **stub_imports(exports, "." * (depth + 1)),
        }
        files[f"{folder}/__init__.py"] = code.render(values)  # one file: its imports for type checkers too
    return files


def stub_imports(exports: dict[str, Target], up: str) -> dict[str, Any]:
    """What a namespace's `.pyi` imports, its unions and its names (`imports`, `unions`, `names`)."""
    imports: set[tuple[str, str, str]] = set()
    unions: list[tuple[str, list[str]]] = []
    for name, target in exports.items():
        if len(target) == 1:
            imports.add((target[0][0], target[0][1], name))
            continue
        for module, attr in target:
            imports.add((module, attr, f"_{attr}"))
        unions.append((name, [f"_{attr}" for _, attr in target]))
    return {
        "up": up,
        "imports": sorted(imports),
        "unions": sorted(unions),
        "names": sorted(exports, key=isort_key),
    }
