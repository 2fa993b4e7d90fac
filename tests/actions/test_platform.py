"""Moderation, fine-tuning, models, Responses API and raw requests (OpenAI and Azure v1; Azure classic refuses)."""

from __future__ import annotations

import pytest
from openai_connector.lib.actions import Actions, AsyncActions, NotOfferedError

from tests.actions.conftest import make_async_client, make_client
from tests.support.loopback import LoopbackServer, Reply, sse_event

PREFIX = {"openai": "/v1", "azure_v1": "/openai/v1"}
V1 = ["openai", "azure_v1"]
JOB = {
    "id": "ftjob-1",
    "object": "fine_tuning.job",
    "created_at": 1,
    "model": "gpt-4o-mini",
    "status": "running",
    "training_file": "file-1",
    "organization_id": "org",
    "result_files": [],
    "seed": 1,
    "hyperparameters": {},
    "error": None,
    "fine_tuned_model": None,
    "finished_at": None,
    "trained_tokens": None,
    "validation_file": None,
}


def _event(i: int) -> dict[str, object]:
    return {"id": f"ev-{i}", "object": "fine_tuning.job.event", "created_at": i, "level": "info", "message": f"m{i}"}


@pytest.mark.parametrize("platform", V1)
def test_moderation(server: LoopbackServer, platform: str) -> None:
    result = {"flagged": True, "categories": {}, "category_scores": {}, "category_applied_input_types": {}}
    server.script(Reply(body={"id": "modr", "model": "omni", "results": [result]}))
    answer = Actions(make_client(server.url, platform)).moderate("bad", model="omni-moderation-latest")
    assert answer.results[0].flagged is True
    assert server.requests[-1].path == f"{PREFIX[platform]}/moderations"


@pytest.mark.parametrize("platform", V1)
def test_fine_tuning_create_get_cancel_list(server: LoopbackServer, platform: str) -> None:
    server.script(
        Reply(body=JOB),
        Reply(body=JOB),
        Reply(body={**JOB, "status": "cancelled"}),
        Reply(body={"object": "list", "data": [JOB], "has_more": False}),
    )
    actions = Actions(make_client(server.url, platform))
    assert actions.create_fine_tuning_job("gpt-4o-mini", "file-1", suffix="s").id == "ftjob-1"
    assert actions.get_fine_tuning_job("ftjob-1").status == "running"
    assert actions.cancel_fine_tuning_job("ftjob-1").status == "cancelled"
    assert [j.id for j in actions.list_fine_tuning_jobs(limit=5)] == ["ftjob-1"]
    paths = [(r.method, r.path) for r in server.requests]
    p = PREFIX[platform]
    assert paths == [
        ("POST", f"{p}/fine_tuning/jobs"),
        ("GET", f"{p}/fine_tuning/jobs/ftjob-1"),
        ("POST", f"{p}/fine_tuning/jobs/ftjob-1/cancel"),
        ("GET", f"{p}/fine_tuning/jobs"),
    ]
    assert server.requests[0].json() == {"model": "gpt-4o-mini", "training_file": "file-1", "suffix": "s"}


@pytest.mark.parametrize("platform", V1)
async def test_fine_tuning_events_are_paged(server: LoopbackServer, platform: str) -> None:
    server.script(
        Reply(body={"object": "list", "data": [_event(1), _event(2)], "has_more": True}),
        Reply(body={"object": "list", "data": [_event(3)], "has_more": False}),
    )
    page = await AsyncActions(make_async_client(server.url, platform)).list_fine_tuning_events("ftjob-1", limit=2)
    assert [e.id async for e in page] == ["ev-1", "ev-2", "ev-3"]
    assert server.requests[1].query["after"] == ["ev-2"]


@pytest.mark.parametrize("platform", V1)
def test_models_list_and_retrieve(server: LoopbackServer, platform: str) -> None:
    model = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
    server.script(Reply(body={"object": "list", "data": [model]}), Reply(body=model))
    actions = Actions(make_client(server.url, platform))
    assert [m.id for m in actions.list_models()] == ["gpt-4o"]
    assert actions.get_model("gpt-4o").owned_by == "openai"
    assert server.requests[-1].path == f"{PREFIX[platform]}/models/gpt-4o"


RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "status": "completed",
    "model": "gpt-4o",
    "output": [
        {
            "type": "message",
            "id": "m",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "hi there", "annotations": []}],
        }
    ],
}


@pytest.mark.parametrize("platform", V1)
def test_responses_create_stream_retrieve(server: LoopbackServer, platform: str) -> None:
    delta = {
        "type": "response.output_text.delta",
        "item_id": "m",
        "output_index": 0,
        "content_index": 0,
        "delta": "hi",
        "sequence_number": 1,
        "logprobs": [],
    }
    server.script(
        Reply(body=RESPONSE), Reply(sse=[sse_event(delta, "response.output_text.delta")]), Reply(body=RESPONSE)
    )
    actions = Actions(make_client(server.url, platform))
    assert actions.create_response("hello", model="gpt-4o", instructions="be nice").id == "resp_1"
    assert server.requests[0].json() == {"input": "hello", "model": "gpt-4o", "instructions": "be nice"}
    with actions.stream_response("hello", model="gpt-4o") as stream:
        assert [getattr(e, "delta", None) for e in stream] == ["hi"]
    assert actions.get_response("resp_1").status == "completed"
    assert server.requests[-1].path == f"{PREFIX[platform]}/responses/resp_1"


@pytest.mark.parametrize("platform", ["openai", "azure", "azure_v1"])
def test_raw_request(server: LoopbackServer, platform: str) -> None:
    server.script(Reply(body={"ok": True}, headers={"x-request-id": "r1"}))
    raw = Actions(make_client(server.url, platform)).request("GET", "/custom/thing", params={"a": "1"})
    assert raw.status_code == 200 and raw.body == {"ok": True} and raw.request_id == "r1"
    sent = server.requests[-1]
    assert sent.path.endswith("/custom/thing")
    assert sent.query["a"] == ["1"]


@pytest.mark.parametrize(
    "call",
    [
        lambda a: a.create_fine_tuning_job("m", "f"),
        lambda a: a.list_fine_tuning_events("j"),
        lambda a: a.list_models(),
        lambda a: a.get_model("m"),
        lambda a: a.create_response("x", model="m"),
        lambda a: a.get_response("r"),
    ],
)
def test_not_offered_by_azure_classic(server: LoopbackServer, call: object) -> None:
    with pytest.raises(NotOfferedError, match="azure_api='v1'"):
        call(Actions(make_client(server.url, "azure")))  # type: ignore[operator]
    assert server.requests == []
