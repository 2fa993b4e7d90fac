"""The generated client's resource tree, walked as a user reaches it: `client.<name>.<name>...`."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

from openai_connector.lib._helpers_index import WRAPPING_HELPERS
from openai_connector.lib._resource import AsyncAPIResource, SyncAPIResource

VIEWS = ("with_raw_response", "with_streaming_response")
# a generated helper (`create_and_poll`, ...) -> the mixin method it calls: a helper, not an API operation
HELPERS = {helper[0]: helper[2] for helpers in WRAPPING_HELPERS.values() for helper in helpers}


def public_methods(resource: object) -> set[str]:
    """The resource's generated methods (helpers like `create_and_poll` are not in the views, as in openai-python)."""
    return {
        name
        for name, value in inspect.getmembers(type(resource))
        if not name.startswith("_")
        and inspect.isfunction(value)
        and name not in VIEWS
        and not hasattr(resource, HELPERS.get(name, "-"))
        and not value.__module__.startswith("openai_connector.lib.")  # a mixin's, not generated
    }


def children(resource: object) -> Iterator[tuple[str, object]]:
    """The sub-resources (and, on a client, the top-level resources) by attribute name."""
    for name, value in inspect.getmembers(type(resource)):
        if name.startswith("_") or name in VIEWS:
            continue
        if isinstance(value, property) or hasattr(value, "func"):  # cached_property
            child = getattr(resource, name)
            if isinstance(child, SyncAPIResource | AsyncAPIResource):
                yield name, child


def walk(resource: object, path: str) -> Iterator[tuple[str, object]]:
    """The resource and everything under it, each with its dotted path."""
    yield path, resource
    for name, child in children(resource):
        yield from walk(child, f"{path}.{name}")
