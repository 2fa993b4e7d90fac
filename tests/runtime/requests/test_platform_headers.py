"""Every request carries openai-python's platform header, and a caller's default_headers may replace it."""

from __future__ import annotations

from openai_connector import OpenAI

from tests.support.loopback import LoopbackServer, Reply


def test_every_request_says_its_language_as_openai_python_does(server: LoopbackServer) -> None:
    server.script(Reply(body={"object": "list", "data": []}), Reply(body={"object": "list", "data": []}))
    with OpenAI(api_key="sk-test", base_url=server.url) as client:
        client.models.list()
    with OpenAI(api_key="sk-test", base_url=server.url, default_headers={"X-Stainless-Lang": "py"}) as client:
        client.models.list()
    assert [request.headers.get("x-stainless-lang") for request in server.requests] == ["python", "py"]
