"""Every resource has both views (`with_raw_response`, `with_streaming_response`) with the same methods,
and a plain call loads nothing of the raw mode."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openai_connector import AsyncClient, Client

from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.resource_tree import children, public_methods, walk

# -- every resource has both views ------------------------------------------------------------------


@pytest.mark.parametrize("client_type", [Client, AsyncClient])
def test_every_resource_has_both_views_with_the_same_methods(client_type: type[Client | AsyncClient]) -> None:
    client = client_type(FAKE_OPENAI_KEY, base_url="http://127.0.0.1:9/v1")
    top = [name for name, _ in children(client)]
    assert "models" in top
    assert "azure" in top
    count = 0
    for name in top:
        for path, resource in walk(getattr(client, name), name):
            methods = public_methods(resource)
            for view_name in ("with_raw_response", "with_streaming_response"):
                view = getattr(resource, view_name)
                view_methods = {m for m in dir(type(view)) if not m.startswith("_") and m not in methods}
                assert {m for m in methods if hasattr(view, m)} == methods, (path, view_name)
                below = {child for child, _ in children(resource)}
                assert view_methods == below, (path, view_name, view_methods - below)
                for child in below:
                    assert type(getattr(view, child)) is type(getattr(getattr(resource, child), view_name))
            count += 1
        for view_name in ("with_raw_response", "with_streaming_response"):
            assert type(getattr(getattr(client, view_name), name)) is type(getattr(getattr(client, name), view_name))
    assert count > 50


# -- no cost when unused ----------------------------------------------------------------------------

_PLAIN_CALL = """
import sys
from openai_connector import Client
from tests.support.loopback import LoopbackServer, Reply

with LoopbackServer() as server:
    server.script(Reply(body={"id": "gpt-x", "object": "model", "created": 1, "owned_by": "me"}))
    with Client("sk-test-FAKEKEY0000000000000000000000000000", base_url=server.url + "/v1") as client:
        assert client.models.retrieve("gpt-x").id == "gpt-x"
print(sorted(m for m in sys.modules if m.endswith(("_raw_mode", "_api_response", "_response_meta"))))
"""


def test_a_plain_call_loads_nothing_of_the_raw_mode() -> None:
    result = subprocess.run([sys.executable, "-c", _PLAIN_CALL], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
