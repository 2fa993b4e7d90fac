"""List answers as pages, openai-python's classes: iterating one yields its items, and those of the
following pages for a cursor list (`after` cursor, `has_more`).

A page is a model of the list answer: `.data` (its items), `.has_more`, the answer's other fields
(`object`, `first_id`, ...) and `to_dict()`; `.model` is the decoded answer itself. Which page class a
list answers with is a fact of its operation (`Operation.pagination["page"]`). An async list method
returns an `AsyncPaginator`: `await` it for the first page, or `async for` over it for every item.

This module is loaded by the first list call, not before: defining generic models is not free.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import Field, PrivateAttr

from ._models import BaseModel
from ._routing import field_of

__all__ = [
    "AsyncConversationCursorPage",
    "AsyncCursorPage",
    "AsyncNextCursorPage",
    "AsyncPage",
    "AsyncPaginator",
    "PageInfo",
    "SyncConversationCursorPage",
    "SyncCursorPage",
    "SyncNextCursorPage",
    "SyncPage",
    "make_page",
]

_T = TypeVar("_T")
_Page = TypeVar("_Page", bound="AsyncCursorPage[Any]")


class PageInfo:
    """What the next page's request changes: `params`, its query (`{"after": cursor}`)."""

    __slots__ = ("params",)

    def __init__(self, *, params: dict[str, str]) -> None:
        self.params = params

    def __repr__(self) -> str:
        return f"PageInfo(params={self.params!r})"


class _PageBase(BaseModel, Generic[_T]):
    """One page of a list answer."""

    data: list[_T] = Field(default_factory=list)
    has_more: bool | None = None
    object: str | None = None  # "list": typed, as openai-python's page has it
    _answer: Any = PrivateAttr(default=None)
    _fetch: Any = PrivateAttr(default=None)
    _cursor_field: ClassVar[str | None] = "last_id"  # the answer's field naming the next cursor, if any

    @property
    def model(self) -> Any:
        """The decoded list answer this page was made from."""
        return self._answer

    def next_cursor(self) -> str | None:
        """The cursor of the next page (the answer's cursor field, else the last item's `id`); `None` on the last."""
        if not self.has_more or not self.data:
            return None
        cursor = getattr(self, self._cursor_field, None) if self._cursor_field else None
        if cursor is None and type(self)._cursor_field == "last_id":
            cursor = field_of(self.data[-1], "id")
        return cursor if isinstance(cursor, str) and cursor else None

    def next_page_info(self) -> PageInfo | None:
        """The query of the next page's request, or `None` on the last page."""
        cursor = self.next_cursor()
        return None if cursor is None else PageInfo(params={"after": cursor})

    def has_next_page(self) -> bool:
        return self.next_cursor() is not None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class SyncCursorPage(_PageBase[_T], Generic[_T]):
    """A page of a cursor-paginated list; iterating it yields every item of this and the following pages."""

    def get_next_page(self) -> SyncCursorPage[_T] | None:
        """The next page (fetched now), or `None` on the last page."""
        cursor = self.next_cursor()
        return None if cursor is None else self._fetch(cursor)

    def iter_pages(self) -> Iterator[SyncCursorPage[_T]]:
        """This page, then each following page, fetched as needed."""
        page: SyncCursorPage[_T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]  # items, not a model's fields
        for page in self.iter_pages():
            yield from page.data


class SyncConversationCursorPage(SyncCursorPage[_T], Generic[_T]):
    """A cursor page whose answer names the next cursor (`last_id`), as conversation items do."""

    last_id: str | None = None


class SyncNextCursorPage(SyncCursorPage[_T], Generic[_T]):
    """A cursor page whose answer names the next cursor `next`, as roles and groups do."""

    next: str | None = None
    _cursor_field: ClassVar[str | None] = "next"


class SyncPage(SyncCursorPage[_T], Generic[_T]):
    """A list answered whole (no cursor): iterating it yields its items; there is never a next page."""

    _cursor_field: ClassVar[str | None] = None

    def next_cursor(self) -> str | None:
        return None


class AsyncCursorPage(_PageBase[_T], Generic[_T]):
    """A page of a cursor-paginated list; `async for` yields every item of this and the following pages."""

    async def get_next_page(self) -> AsyncCursorPage[_T] | None:
        """The next page (fetched now), or `None` on the last page."""
        cursor = self.next_cursor()
        return None if cursor is None else await self._fetch(cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[_T]]:
        page: AsyncCursorPage[_T] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncConversationCursorPage(AsyncCursorPage[_T], Generic[_T]):
    """The async `SyncConversationCursorPage`."""

    last_id: str | None = None


class AsyncNextCursorPage(AsyncCursorPage[_T], Generic[_T]):
    """The async `SyncNextCursorPage`."""

    next: str | None = None
    _cursor_field: ClassVar[str | None] = "next"


class AsyncPage(AsyncCursorPage[_T], Generic[_T]):
    """The async `SyncPage`: one answer, no next page."""

    _cursor_field: ClassVar[str | None] = None

    def next_cursor(self) -> str | None:
        return None


_CLASSES: dict[tuple[str, bool], type[Any]] = {
    ("single", True): SyncPage,
    ("single", False): AsyncPage,
    ("cursor", True): SyncCursorPage,
    ("cursor", False): AsyncCursorPage,
    ("conversation", True): SyncConversationCursorPage,
    ("conversation", False): AsyncConversationCursorPage,
    ("next", True): SyncNextCursorPage,
    ("next", False): AsyncNextCursorPage,
}


def make_page(
    model: Any,
    pagination: Mapping[str, str],
    cursor_param: str | None,
    item_type: Any,
    fetch: Callable[[str], Any],
    *,
    sync: bool,
) -> Any:
    """The page of the list answer `model`: the class its operation names (one page without a cursor)."""
    kind = "single" if cursor_param is None else pagination.get("page", "cursor")
    cls = _CLASSES[(kind, sync)]
    if item_type is not None:
        cls = cls[item_type]
    page = cls.model_construct(**_answer_fields(model))
    page._answer = model
    page._fetch = fetch
    return page


def _answer_fields(model: Any) -> dict[str, Any]:
    """The fields of a decoded answer as sent (API names), without copying their values."""
    if isinstance(model, dict):
        fields = dict(model)
    else:
        declared = type(model).model_fields
        fields = {field.alias or name: getattr(model, name) for name, field in declared.items()}
        fields.update(model.__pydantic_extra__ or {})
    data = fields.get("data")
    fields["data"] = list(data) if data is not None else []
    return fields


class AsyncPaginator(Generic[_T, _Page]):
    """What an async list method returns: `await` it for the first page, or `async for` its items."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[_Page]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, _Page]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self._first()
        async for item in page:
            yield item
