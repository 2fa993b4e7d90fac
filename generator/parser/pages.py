"""Which list answers are pages, and which kind: the rule behind openai-python's page classes.

A list answer is an object whose `data` is an array. It is:
- a cursor page (`SyncCursorPage` and kin) when it is a GET with an `after` query parameter and `has_more`
  in the answer: the next page is the same request with `after` set;
- a single page (`SyncPage`: its items, never a next page) when it is a GET that cannot be continued (no
  `has_more`, or no query parameter to carry a cursor), or any other method whose answer holds nothing but
  the list (`data` and the fields that describe a page): a cursor there would go in the body;
- otherwise the answer's own model (a cursor the page classes do not follow, such as the usage reports'
  `page`; or an answer that is more than a list, such as embeddings with their `usage`).

An overlay's `x-connector-page` on the operation (`declared_page`) overrides the rule: `single` (a single
page) or `none` (the answer's model); `cursor`, `conversation` and `next` name a cursor page's class
(`pagination`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from generator.parser.kinds import ArrayKind, Field, Kind

# The fields of a list answer that describe the page rather than hold its items.
PAGE_FIELDS = frozenset({"object", "data", "has_more", "first_id", "last_id", "next", "next_page"})
CURSOR_PAGES = ("cursor", "conversation", "next")  # the classes of a cursor page


def declared_page(operation: Mapping[str, Any]) -> str | None:
    """The page an overlay declares for an operation (`x-connector-page`), or None."""
    declared = operation.get("x-connector-page")
    return declared if isinstance(declared, str) else None


def page_items(
    fields: Sequence[Field] | None, method: str, query: Sequence[str], declared: str | None = None
) -> tuple[Kind | None, Kind | None]:
    """(item of a cursor page, item of a single page) of an answer with these `fields`, at most one set.

    `query` names the query parameters a caller may give (not those the client fills in itself).
    """
    by_name = {f.wire_name: f for f in fields or ()}
    data = by_name.get("data")
    if data is None or not isinstance(data.kind, ArrayKind) or declared == "none":
        return None, None
    item = data.kind.item
    if declared == "single":
        return None, item
    if method == "GET":
        if "has_more" in by_name and "after" in query:
            return item, None
        return (None, item) if "has_more" not in by_name or not query else (None, None)
    return (None, item) if set(by_name) <= PAGE_FIELDS else (None, None)


def pagination(fields: Sequence[str], declared: str | None = None) -> dict[str, str]:
    """How a cursor page (`after` in, `data` and `has_more` out) pages: its cursor parameter, its "more"
    flag, the field holding the next cursor (`next`, `last_id`; "" when it is the last item's `id`) and its
    class (`page`: "next" for a `next` cursor; else the declared one, such as "conversation" where
    openai-python answers with its conversation cursor page; else "cursor")."""
    cursor = "next" if "next" in fields else "last_id" if "last_id" in fields else ""
    kind = "next" if cursor == "next" else declared if declared in CURSOR_PAGES else "cursor"
    return {"cursor_param": "after", "has_more": "has_more", "next_cursor": cursor, "page": str(kind)}
