"""Parameters holding an array or an object, written in their OpenAPI style.

A header is always `simple`: an array's items joined by commas (`openai-beta: a,b`). A query parameter's
style is in `Operation.query_styles` when it is not the default.

Without a stated style (OpenAPI's default, `form` exploded) an array repeats its name (`include=a&include=b`)
and an object's properties are parameters of their own (`gt=1&lt=5`). `deepObject` writes `name[key]=value`
(nested objects `name[a][b]=value`), as the OpenAI API's `metadata` filters take; `commaDelimited` (`form`
unexploded) writes `name=a,b` or `name=key,value`; `spaceDelimited` and `pipeDelimited` join an array's items.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._routing import query_text
from ._types import NotGiven

__all__ = ["header_text", "styled_pairs"]

_SEPARATORS = {"commaDelimited": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def header_text(value: object) -> str:
    """A header parameter's value as sent (`simple` style): an array's items joined by commas."""
    if isinstance(value, list | tuple):
        return ",".join(query_text(item) for item in value)
    return query_text(value)


def styled_pairs(name: str, value: object, style: str) -> list[tuple[str, str]]:
    """The query pairs of parameter `name` whose value is a list, tuple or mapping, written in `style`."""
    if isinstance(value, Mapping):
        entries = [(str(k), v) for k, v in value.items() if v is not None and not isinstance(v, NotGiven)]
        if style == "deepObject":
            return _deep(name, entries)
        separator = _SEPARATORS.get(style)
        if separator is None:
            return [(key, query_text(item)) for key, item in entries]
        return [(name, separator.join(f"{key}{separator}{query_text(item)}" for key, item in entries))]
    items = list(value)  # type: ignore[call-overload]  # a list or a tuple
    separator = _SEPARATORS.get(style)
    if separator is None:
        return [(name, query_text(item)) for item in items]
    return [(name, separator.join(query_text(item) for item in items))]


def _deep(name: str, entries: list[tuple[str, object]]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, item in entries:
        if isinstance(item, Mapping):
            pairs += _deep(f"{name}[{key}]", [(str(k), v) for k, v in item.items() if v is not None])
        elif isinstance(item, list | tuple):
            pairs += [(f"{name}[{key}]", query_text(v)) for v in item]
        else:
            pairs.append((f"{name}[{key}]", query_text(item)))
    return pairs
