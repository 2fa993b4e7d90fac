"""A list answered by another method than GET is one page (`SyncPage`): its items, never a next page."""

from __future__ import annotations

from openai_connector import AsyncOpenAI, OpenAI
from openai_connector.pagination import AsyncPage, SyncPage
from openai_connector.types.vector_stores import VectorStoreSearchResponse

from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

# `has_more` and a cursor in the answer: a next page would need the cursor in the request's body.
RESULTS = {
    "object": "vector_store.search_results.page",
    "search_query": ["q"],
    "data": [{"file_id": "file-1", "filename": "a.txt", "score": 0.5, "attributes": {}, "content": []}],
    "has_more": True,
    "next_page": "cursor-2",
}


def test_a_search_answers_one_page_and_never_fetches_another(server: LoopbackServer) -> None:
    server.script(Reply(body=RESULTS), Reply(body=RESULTS))
    with OpenAI(base_url=f"{server.url}/v1", api_key=FAKE_OPENAI_KEY, max_retries=0) as client:
        page = client.vector_stores.search("vs_1", query="q")
        raw = client.vector_stores.with_raw_response.search("vs_1", query="q").parse()
    assert isinstance(page, SyncPage) and isinstance(raw, SyncPage)
    assert isinstance(page.data[0], VectorStoreSearchResponse)
    assert [r.file_id for r in page] == ["file-1"]
    assert page.get_next_page() is None and not page.has_next_page()
    assert page.model.search_query == ["q"]  # the answer's other fields stay readable
    assert len(server.requests) == 2
    assert server.requests[0].method == "POST" and server.requests[0].json() == {"query": "q"}


async def test_the_async_search_is_one_page_too(server: LoopbackServer) -> None:
    server.script(Reply(body=RESULTS), Reply(body=RESULTS))
    async with AsyncOpenAI(base_url=f"{server.url}/v1", api_key=FAKE_OPENAI_KEY, max_retries=0) as client:
        page = await client.vector_stores.search("vs_1", query="q")
        items = [r.file_id async for r in client.vector_stores.search("vs_1", query="q")]
    assert isinstance(page, AsyncPage)
    assert await page.get_next_page() is None
    assert items == ["file-1"]
    assert len(server.requests) == 2
