"""Which list answers are pages, and which kind: the rule behind openai-python's page classes.

A list answer is an object whose `data` is an array. It is:
- a cursor page (`SyncCursorPage` and kin) when it is a GET with an `after` query parameter and `has_more`
  in the answer: the next page is the same request with `after` set;
- a single page (`SyncPage`: its items, never a next page) when it is a GET that cannot be continued (no
  `has_more`, or no query parameter to carry a cursor), or any other method whose answer holds nothing but
  the list (`data` and the fields that describe a page): a cursor there would go in the body;
- otherwise the answer's own model (a cursor the page classes do not follow, such as the usage reports'
  `page`; or an answer that is more than a list, such as embeddings with their `usage`).

An overlay's `x-connector-page` on the operation overrides the rule: `single` (a single page) or `none`
(the answer's model); `cursor`, `conversation` and `next` name a cursor page's class (`facts.pagination`).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.parser.kinds import ArrayKind, Field, Kind

# The fields of a list answer that describe the page rather than hold its items.
PAGE_FIELDS = frozenset({"object", "data", "has_more", "first_id", "last_id", "next", "next_page"})


def page_items(
    fields: Sequence[Field] | None, method: str, query: Sequence[str], declared: object = None
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
