"""Cursor pagination: `after` cursor from `last_id` or the last item's `id`, sync and async."""

from __future__ import annotations

from openai_connector.lib import AsyncCursorPage, BaseModel, SyncCursorPage

from tests.support.clients import LIST_FILES, async_azure_client, openai_client
from tests.support.loopback import LoopbackServer, Reply


class FileObject(BaseModel):
    id: str


class FileList(BaseModel):
    data: list[FileObject]
    has_more: bool = False
    last_id: str | None = None


def page(ids: list[str], has_more: bool, last_id: bool = True) -> Reply:
    body: dict[str, object] = {"object": "list", "data": [{"id": i} for i in ids], "has_more": has_more}
    if last_id and ids:
        body["last_id"] = ids[-1]
    return Reply(body=body)


def test_sync_iteration_walks_every_page(server: LoopbackServer) -> None:
    server.script(page(["f1", "f2"], True), page(["f3"], True, last_id=False), page(["f4"], False))
    with openai_client(server) as client:
        first = client.call_page(
            LIST_FILES, query={"limit": 2, "purpose": "batch"}, cast_to=FileList, item_type=FileObject
        )
        assert isinstance(first, SyncCursorPage)
        assert [f.id for f in first.data] == ["f1", "f2"] and first.has_more
        assert [f.id for f in first] == ["f1", "f2", "f3", "f4"]
    queries = [r.query for r in server.requests]
    assert queries == [
        {"limit": ["2"], "purpose": ["batch"]},
        {"limit": ["2"], "purpose": ["batch"], "after": ["f2"]},
        {"limit": ["2"], "purpose": ["batch"], "after": ["f3"]},
    ]


def test_iter_pages_and_last_page(server: LoopbackServer) -> None:
    server.script(page(["a"], True), page([], False))
    with openai_client(server) as client:
        first = client.call_page(LIST_FILES, cast_to=FileList, item_type=FileObject)
        pages = list(first.iter_pages())
    assert [len(p.data) for p in pages] == [1, 0]
    assert not pages[-1].has_next_page()


def test_dict_list_body_is_validated_with_item_type(server: LoopbackServer) -> None:
    server.script(page(["x"], False))
    with openai_client(server) as client:
        first = client.call_page(LIST_FILES, cast_to=dict[str, object], item_type=FileObject)
    assert isinstance(first.data[0], FileObject)


async def test_async_iteration(server: LoopbackServer) -> None:
    server.script(page(["f1"], True), page(["f2"], False), page(["f2"], False))
    async with async_azure_client(server) as client:
        first = await client.call_page(LIST_FILES, cast_to=FileList, item_type=FileObject, cursor_param="after")
        assert isinstance(first, AsyncCursorPage)
        ids = [f.id async for f in first]
        pages = [p async for p in first.iter_pages()]
    assert ids == ["f1", "f2"]
    assert len(pages) == 2
    assert len(server.requests) == 3  # iterating twice fetches the second page twice
    assert server.requests[1].query["after"] == ["f1"]
