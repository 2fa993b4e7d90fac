# copied from generator/runtime/core/_query.py by the openai-connector generator; edit the source
"""The query string of a request: the pairs a URL's path carries, and the pairs added over them.

Later sources replace the names they set (client defaults, then the call's `query`, then `extra_query`);
values are written in their parameter's OpenAPI style (`lib/_param_styles.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl

from ._param_styles import styled_pairs
from ._routing import query_text
from ._types import NotGiven

__all__ = ["add_query", "override_query", "split_query"]

_EMPTY: Mapping[str, str] = {}


def split_query(url: str) -> tuple[str, list[tuple[str, str]]]:
    """`url` without its query string, and that query's pairs: httpx replaces a URL's query when given
    `params`, so a query written in a path (`/assistants?beta=true`) goes out as params."""
    base, sep, query = url.partition("?")
    return (base, parse_qsl(query, keep_blank_values=True)) if sep else (url, [])


def override_query(
    params: list[tuple[str, str]], query: Mapping[str, object], styles: Mapping[str, str] = _EMPTY
) -> None:
    """Add `query` to `params`, replacing the values of the names it sets (per-call over client defaults)."""
    given = {name for name, value in query.items() if value is not None and not isinstance(value, NotGiven)}
    if given:
        params[:] = [pair for pair in params if pair[0] not in given]
    add_query(params, query, styles)


def add_query(params: list[tuple[str, str]], query: Mapping[str, object], styles: Mapping[str, str] = _EMPTY) -> None:
    """Append `query` to `params`: `None` and `NOT_GIVEN` dropped; a list, tuple or mapping written in its
    parameter's style (`styles`, from `Operation.query_styles`; by default a list repeats its name)."""
    for name, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, list | tuple | Mapping):
            params.extend(styled_pairs(name, value, styles.get(name, "")))
        else:
            params.append((name, query_text(value)))
