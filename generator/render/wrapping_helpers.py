"""Helper methods with the signature of the generated method they wrap (`_helpers_index.WRAPPING_HELPERS`).

openai-python writes `create_and_poll`, `upload_and_poll`, ... with every parameter of the method they
wrap, so type checkers and IDEs see them. Here the generator writes them from the same signature it
renders the wrapped method with: its parameters less those the helper drops, the helper's own ones
(one named as a wrapped parameter replaces it in place), the request options last. The body passes every
argument by keyword to the mixin's implementation (`_create_and_poll`, ...), which holds the logic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from generator.render.signature import COMMON_ARGUMENTS, COMMON_PARAMETERS
from generator.runtime_source import WrappingHelper


def wrapping_methods(
    path: str, helpers: Iterable[WrappingHelper], methods: Iterable[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The helper methods of the resource at `path` whose wrapped method it has (an Azure tree may lack one)."""
    by_name = {method["name"]: method for method in methods}
    rendered = []
    for helper in helpers:
        if helper.name in by_name:
            raise RuntimeError(f"{path}.{helper.name}: the helper has the name of a generated method")
        wrapped = by_name.get(helper.wraps)
        if wrapped is not None:
            rendered.append(_method(f"{path}.{helper.name}", helper, wrapped["wrappable"]))
    return rendered


def _method(where: str, helper: WrappingHelper, wrapped: Mapping[str, Any]) -> dict[str, Any]:
    if helper.form not in ("", "def"):
        raise RuntimeError(f'{where}: unknown form {helper.form!r} ("" or "def")')
    if wrapped["paginated"]:
        raise RuntimeError(f"{where}: cannot wrap `{helper.wraps}`, a paginated method")
    params: dict[str, str] = {_name(p): p for p in (*wrapped["positional"], *wrapped["keywords"])}
    flag = wrapped["stream_field"]
    unknown = set(helper.dropped) - set(params) - {flag}
    if unknown:
        raise RuntimeError(f"{where}: `{helper.wraps}` has no parameter {', '.join(sorted(unknown))} to drop")
    if flag and flag not in helper.dropped:
        raise RuntimeError(f"{where}: drop `{flag}`, the stream switch of `{helper.wraps}`")
    own = {_name(p): p for p in helper.own}
    kept = {name: own.pop(name, param) for name, param in params.items() if name not in helper.dropped}
    if helper.positional == "*":
        positional: list[str] = []
    elif helper.positional:
        positional = helper.positional.split()
    else:
        positional = [_name(p) for p in wrapped["positional"]]
    missing = [name for name in positional if name not in kept]
    if missing:
        raise RuntimeError(f"{where}: no parameter {', '.join(missing)} to take by position")
    keywords = [name for name in kept if name not in positional]
    returns = helper.returns or wrapped["returns"]
    sync_returns, async_returns = returns.replace("{Async}", ""), returns.replace("{Async}", "Async")
    return {
        "name": helper.name,
        "implementation": helper.implementation,
        "plain": helper.form == "def",
        "params": [
            *(kept[n] for n in positional),
            "*",
            *(kept[n] for n in keywords),
            *own.values(),
            *COMMON_PARAMETERS,
        ],
        "arguments": [*positional, *keywords, *own, *COMMON_ARGUMENTS],
        "returns": {"sync": sync_returns, "async": async_returns},
        "docstring": _docstring(helper),
        "annotations": " ".join((*helper.own, sync_returns, async_returns)),
    }


def helper_imports(
    methods: Iterable[Mapping[str, Any]], types: Mapping[str, str], lib: str
) -> list[tuple[str, list[str]]]:
    """(module, [names]) the helpers' own annotations need (`_helpers_index.HELPER_TYPES`; ".x" is lib/x)."""
    used = {word for method in methods for word in re.findall(r"\w+", method["annotations"])}
    grouped: dict[str, list[str]] = {}
    for name in sorted(used & set(types)):
        module = types[name]
        grouped.setdefault(lib + module if module.startswith(".") else module, []).append(name)
    return sorted(grouped.items())


def _docstring(helper: WrappingHelper) -> str:
    text = f"{helper.doc}\n\nThe arguments of `{helper.wraps}`"
    if helper.dropped:
        text += " but " + ", ".join(f"`{name}`" for name in helper.dropped)
    if helper.own:
        text += ", and " + ", ".join(f"`{_name(param)}`" for param in helper.own)
    return text + "."


def _name(param: str) -> str:
    return param.split(":", 1)[0].strip()
