"""Second names of an operation's method (`x-connector-aliases`), such as openai-python's deprecated ones.

An overlay lists them on the operation::

    x-connector-aliases:
      - name: retrieve_content              # the method's second name on the same resource
        deprecated: "The `.content()` method should be used instead"   # the warning each call gives
        answer: text                        # optional: `text` (the body as a str) or `model` (not a page)

Each alias is the same operation under another method (and on the resource's raw and streaming views):
an `Operation` whose `alias` is its name, counted as an extra method like the `_json` twins.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from generator.naming import snake_identifier
from generator.spec.loader import as_list, as_mapping, pointer_join

if TYPE_CHECKING:
    from generator.diagnostics import Diagnostics
    from generator.parser.operations import Operation

ANSWERS = ("text", "model")  # how an alias may read the answer differently from the operation's method


def aliases(operation: Operation, spec: dict[str, Any], diagnostics: Diagnostics, file: str) -> list[Operation]:
    """The aliases the operation's `x-connector-aliases` declares; a malformed entry is reported and skipped."""
    found = []
    for index, written in enumerate(as_list(spec.get("x-connector-aliases"))):
        here = pointer_join(operation.pointer, "x-connector-aliases", str(index))
        entry = as_mapping(written)
        name, deprecated, answer = entry.get("name"), entry.get("deprecated", ""), entry.get("answer", "")
        if not isinstance(name, str) or snake_identifier(name) != name or not isinstance(deprecated, str):
            diagnostics.warn(file, here, "alias without a method name, or with a non-text deprecation", "skipped")
            continue
        if answer and answer not in ANSWERS:
            diagnostics.warn(file, here, f"alias answer {answer!r} is not one of {', '.join(ANSWERS)}", "skipped")
            continue
        found.append(_alias(operation, name, deprecated, str(answer)))
    return found


def _alias(operation: Operation, name: str, deprecated: str, answer: str) -> Operation:
    response = operation.response
    if answer:  # neither kind of answer is a page
        response = dataclasses.replace(response, page_item=None, single_page_item=None)
    if answer == "text":
        response = dataclasses.replace(response, kind="text", json=None)
    return dataclasses.replace(
        operation,
        response=response,
        pagination={} if answer else operation.pagination,
        variant=name,
        alias=name,
        deprecated=operation.deprecated or bool(deprecated),
        deprecation=deprecated,
    )
