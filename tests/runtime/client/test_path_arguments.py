"""Path arguments as openai-python takes them: the path's last one positional, the ones before it by keyword.

`runs.retrieve(run.id, thread_id=thread.id)` reaches `/threads/{thread_id}/runs/{run_id}`, plain, on the
raw and streaming views, sync and async; the old order (`retrieve(thread_id, run_id)`) is a TypeError before
anything is sent, never a request to the wrong URL.
"""

from __future__ import annotations

import pytest
from openai_connector import AsyncOpenAI, OpenAI

from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

RUN = {"id": "run_1", "object": "thread.run", "thread_id": "thread_1", "status": "completed"}
RUN_PATH = "/v1/threads/thread_1/runs/run_1"
# the Assistants API is deprecated: each call warns
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _client(server: LoopbackServer) -> OpenAI:
    return OpenAI(base_url=f"{server.url}/v1", api_key=FAKE_OPENAI_KEY, max_retries=0)


def _async_client(server: LoopbackServer) -> AsyncOpenAI:
    return AsyncOpenAI(base_url=f"{server.url}/v1", api_key=FAKE_OPENAI_KEY, max_retries=0)


def test_the_last_path_argument_is_positional_the_first_a_keyword(server: LoopbackServer) -> None:
    server.script(Reply(body=RUN), Reply(body=RUN), Reply(body=RUN))
    with _client(server) as client:
        run = client.beta.threads.runs.retrieve("run_1", thread_id="thread_1")
        raw = client.beta.threads.runs.with_raw_response.retrieve("run_1", thread_id="thread_1").parse()
        with client.beta.threads.runs.with_streaming_response.retrieve("run_1", thread_id="thread_1") as response:
            streamed = response.parse()
    assert run.id == raw.id == streamed.id == "run_1"
    assert [(r.method, r.path) for r in server.requests] == [("GET", RUN_PATH)] * 3


async def test_async_the_last_path_argument_is_positional_the_first_a_keyword(server: LoopbackServer) -> None:
    server.script(Reply(body=RUN), Reply(body=RUN), Reply(body=RUN))
    async with _async_client(server) as client:
        run = await client.beta.threads.runs.retrieve("run_1", thread_id="thread_1")
        raw = await client.beta.threads.runs.with_raw_response.retrieve("run_1", thread_id="thread_1")
        async with client.beta.threads.runs.with_streaming_response.retrieve("run_1", thread_id="thread_1") as response:
            streamed = await response.parse()
    assert run.id == raw.parse().id == streamed.id == "run_1"
    assert [(r.method, r.path) for r in server.requests] == [("GET", RUN_PATH)] * 3


def test_a_body_method_takes_the_earlier_path_argument_by_keyword_beside_its_fields(server: LoopbackServer) -> None:
    server.script(Reply(body=RUN))
    with _client(server) as client:
        client.beta.threads.runs.submit_tool_outputs(
            "run_1", thread_id="thread_1", tool_outputs=[{"tool_call_id": "call_1", "output": "42"}]
        )
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", RUN_PATH + "/submit_tool_outputs")
    assert request.json()["tool_outputs"] == [{"tool_call_id": "call_1", "output": "42"}]


def test_three_path_arguments_the_last_positional(server: LoopbackServer) -> None:
    item = {"id": "item_1", "object": "eval.run.output_item", "eval_id": "eval_1", "run_id": "evalrun_1"}
    server.script(Reply(body=item))
    with _client(server) as client:
        client.evals.runs.output_items.retrieve("item_1", eval_id="eval_1", run_id="evalrun_1")
    assert [r.path for r in server.requests] == ["/v1/evals/eval_1/runs/evalrun_1/output_items/item_1"]


def test_the_old_order_is_a_type_error_before_sending(server: LoopbackServer) -> None:
    with _client(server) as client:
        runs = client.beta.threads.runs
        with pytest.raises(TypeError, match="positional"):
            runs.retrieve("thread_1", "run_1")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="run_id"):
            runs.retrieve("thread_1", run_id="run_1")  # type: ignore[misc, call-arg]
        with pytest.raises(TypeError, match="positional"):
            client.vector_stores.files.retrieve("vs_1", "file_1")  # type: ignore[call-arg]
    assert server.requests == []
