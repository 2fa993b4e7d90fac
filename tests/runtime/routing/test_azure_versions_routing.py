"""Both generated Azure api-versions route to deployment URLs with their own api-version."""

from __future__ import annotations

from openai_connector import Client

from tests.support.loopback import LoopbackServer, Reply

AZURE_KEY = "0123456789abcdef0123456789abcdef"
CHAT = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}


def test_each_namespace_sends_its_api_version(server: LoopbackServer) -> None:
    server.script(Reply(body=CHAT), Reply(body=CHAT))
    with Client(azure_endpoint=server.url, api_key=AZURE_KEY, api_version="2024-10-21") as client:
        client.azure.chat.completions.create(deployment_id="dep", messages=[{"role": "user", "content": "hi"}])
        client.azure_2024_06_01.chat.completions.create(
            deployment_id="dep",
            api_version="2024-06-01",
            messages=[{"role": "user", "content": "hi"}],
        )
    first, second = server.requests
    assert first.path == "/openai/deployments/dep/chat/completions"
    assert first.query["api-version"] == ["2024-10-21"]
    assert second.path == "/openai/deployments/dep/chat/completions"
    assert second.query["api-version"] == ["2024-06-01"]
