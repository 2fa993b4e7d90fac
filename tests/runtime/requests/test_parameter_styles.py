"""Array and object parameters are sent in their OpenAPI style (`Operation.query_styles`; headers `simple`), never
as a Python repr; openai-python's `betas` argument is the spec's `openai-beta` header."""

from __future__ import annotations

import pytest
from openai_connector import OpenAI
from openai_connector.lib import Operation
from openai_connector.lib._param_styles import header_text, styled_pairs

from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

ADMIN_KEY = "adminkey-" + "Z" * 20
EMPTY_LIST = {"object": "list", "data": [], "has_more": False}


@pytest.mark.parametrize(
    ("value", "style", "pairs"),
    [
        (["a", "b"], "", [("p", "a"), ("p", "b")]),  # the default: the name repeated
        ((1, True), "commaDelimited", [("p", "1,true")]),
        (["a", "b"], "spaceDelimited", [("p", "a b")]),
        (["a", "b"], "pipeDelimited", [("p", "a|b")]),
        ({"gt": 1, "lt": None}, "", [("gt", "1")]),  # the default: each property a parameter of its own
        ({"k": "v", "n": 2}, "commaDelimited", [("p", "k,v,n,2")]),
        ({"k": "v", "on": False}, "deepObject", [("p[k]", "v"), ("p[on]", "false")]),
        ({"a": {"b": 1}, "l": ["x", "y"]}, "deepObject", [("p[a][b]", "1"), ("p[l]", "x"), ("p[l]", "y")]),
    ],
)
def test_arrays_and_objects_are_written_in_their_style(value: object, style: str, pairs: list[tuple[str, str]]) -> None:
    assert styled_pairs("p", value, style) == pairs


def test_a_header_array_is_joined_by_commas() -> None:
    assert header_text(["a", "b"]) == "a,b"
    assert header_text(("x",)) == "x"
    assert header_text(True) == "true"


def _client(server: LoopbackServer) -> OpenAI:
    return OpenAI(api_key=FAKE_OPENAI_KEY, admin_api_key=ADMIN_KEY, base_url=f"{server.url}/v1", max_retries=0)


def _query(server: LoopbackServer, index: int) -> dict[str, list[str]]:
    return server.requests[index].query


def test_the_spec_s_deep_object_filters_go_as_name_key_value(server: LoopbackServer) -> None:
    server.script(Reply(body=EMPTY_LIST), Reply(body=EMPTY_LIST), Reply(body=EMPTY_LIST))
    with _client(server) as client:
        client.fine_tuning.jobs.list(metadata={"team": "a b", "env": "prod"})  # deepObject in the spec
        client.chat.completions.list(metadata={"team": "x"})  # deepObject by the overlay (its description's syntax)
        client.admin.organization.audit_logs.list(effective_at={"gt": 1, "lte": 5})
    assert _query(server, 0) == {"metadata[team]": ["a b"], "metadata[env]": ["prod"]}
    assert _query(server, 1) == {"metadata[team]": ["x"]}
    assert _query(server, 2) == {"effective_at[gt]": ["1"], "effective_at[lte]": ["5"]}


def test_an_operation_without_a_stated_style_sends_objects_in_openapis_default(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    plain = Operation("openai", "listThings", "GET", "/things")
    with _client(server) as client:
        client.call(plain, query={"range": {"gt": 1}, "ids": ["a", "b"]}, cast_to=object)
    assert _query(server, 0) == {"gt": ["1"], "ids": ["a", "b"]}


def test_betas_is_sent_as_the_openai_beta_header(server: LoopbackServer) -> None:
    response = {"id": "resp_1", "object": "response", "output": []}
    server.script(Reply(body=response), Reply(body=response), Reply(body={}))
    with _client(server) as client:
        client.beta.responses.retrieve("resp_1", betas=["responses_multi_agent=v1"])
        client.beta.responses.retrieve("resp_1")
        two = Operation("openai", "listThings", "GET", "/things")
        client.call(two, headers={"openai-beta": ["a=v1", "b=v2"]}, cast_to=object)
    assert server.requests[0].headers["openai-beta"] == "responses_multi_agent=v1"
    assert "openai-beta" not in server.requests[1].headers
    assert server.requests[2].headers["openai-beta"] == "a=v1,b=v2"
