# copied from generator/runtime/core/_pagination.py by the openai-connector generator; edit the source
"""Cursor pagination (`after` cursor, `has_more`, `last_id` or the last item's `id`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["AsyncCursorPage", "SyncCursorPage"]

_T = TypeVar("_T")


def _field(obj: object, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


class _CursorPageBase(Generic[_T]):
    """One page: `.data` (its items), `.has_more`, `.model` (the whole decoded list body)."""

    __slots__ = ("data", "has_more", "model")

    def __init__(self, model: object) -> None:
        self.model = model
        data = _field(model, "data")
        self.data: list[_T] = list(data) if data is not None else []
        self.has_more: bool = bool(_field(model, "has_more"))

    def next_cursor(self) -> str | None:
        """The cursor of the next page: `last_id`, else the last item's `id`; `None` on the last page."""
        if not self.has_more or not self.data:
            return None
        cursor = _field(self.model, "last_id") or _field(self.data[-1], "id")
        return cursor if isinstance(cursor, str) and cursor else None

    def has_next_page(self) -> bool:
        return self.next_cursor() is not None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class SyncCursorPage(_CursorPageBase[_T]):
    """A page of a cursor-paginated list; iterating it yields every item of this and the following pages."""

    __slots__ = ("_fetch",)

    def __init__(self, model: object, fetch: Callable[[str], SyncCursorPage[_T]]) -> None:
        super().__init__(model)
        self._fetch = fetch

    def get_next_page(self) -> SyncCursorPage[_T] | None:
        cursor = self.next_cursor()
        return None if cursor is None else self._fetch(cursor)

    def iter_pages(self) -> Iterator[SyncCursorPage[_T]]:
        """This page, then each following page, fetched as needed."""
        page: SyncCursorPage[_T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_CursorPageBase[_T]):
    """A page of a cursor-paginated list; `async for` yields every item of this and the following pages."""

    __slots__ = ("_fetch",)

    def __init__(self, model: object, fetch: Callable[[str], Awaitable[AsyncCursorPage[_T]]]) -> None:
        super().__init__(model)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[_T] | None:
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
