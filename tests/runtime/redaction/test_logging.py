"""Debug logging: method, URL, status, timing and retries, with every secret redacted."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest
from openai_connector.lib import BaseModel, SyncAPIClient
from openai_connector.lib._logging import redact_headers, redact_url

from tests.support.clients import CHAT, FAKE_AZURE_KEY, FAKE_OPENAI_KEY, LIST_FILES, azure_client, openai_client
from tests.support.loopback import LoopbackServer, Reply


class Anything(BaseModel):
    pass


def test_debug_log_redacts_openai_secrets(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.script(Reply(status=500, body={}), Reply(body={}))
    caplog.set_level(logging.DEBUG, logger="openai_connector")
    with openai_client(server, organization="org-SECRET", project="proj-SECRET", log_level="debug") as client:
        client.call(LIST_FILES, query={"api-key": "query-SECRET", "limit": 1}, cast_to=Anything)
    text = caplog.text
    assert "GET" in text and "/v1/files" in text and "-> 500" in text and "-> 200" in text
    assert "retrying GET /files" in text
    assert " ms" in text
    for secret in (FAKE_OPENAI_KEY, "org-SECRET", "proj-SECRET", "query-SECRET"):
        assert secret not in text
    assert "<redacted>" in text


def test_debug_log_hides_azure_key_and_host(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.script(Reply(body={}))
    caplog.set_level(logging.DEBUG, logger="openai_connector")
    with azure_client(server) as client:
        client.call(CHAT, body={"model": "dep"}, cast_to=Anything)
    text = caplog.text
    assert "/openai/deployments/dep/chat/completions" in text
    assert FAKE_AZURE_KEY not in text
    assert server.url.split("//")[1] not in text
    assert "<azure-endpoint>" in text


def test_nothing_is_logged_by_default(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.script(Reply(body={}))
    caplog.set_level(logging.WARNING, logger="openai_connector")
    with openai_client(server) as client:
        client.call(LIST_FILES, cast_to=Anything)
    assert caplog.records == []


def test_env_var_turns_on_debug_logging() -> None:
    code = (
        "from openai_connector.lib import SyncAPIClient\n"
        "import logging\n"
        "SyncAPIClient('sk-test-FAKE').close()\n"
        "print(logging.getLogger('openai_connector').level)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"OPENAI_CONNECTOR_LOG": "debug", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == str(logging.DEBUG)


def test_bad_log_level_is_refused() -> None:
    with pytest.raises(ValueError, match="log_level"):
        SyncAPIClient(FAKE_OPENAI_KEY, log_level="loud")


def test_redaction_helpers() -> None:
    headers = redact_headers(
        [
            ("Authorization", "Bearer x"),
            ("api-key", "k"),
            ("Cookie", "c"),
            ("OpenAI-Organization", "o"),
            ("OpenAI-Project", "p"),
            ("Content-Type", "application/json"),
        ]
    )
    assert headers == {
        "Authorization": "<redacted>",
        "api-key": "<redacted>",
        "Cookie": "<redacted>",
        "OpenAI-Organization": "<redacted>",
        "OpenAI-Project": "<redacted>",
        "Content-Type": "application/json",
    }
    url = redact_url("https://user:pw@res.openai.azure.com/x?sig=abc&token=t&key=k&api-version=1", hide_host=True)
    assert url == "https://<azure-endpoint>/x?sig=<redacted>&token=<redacted>&key=<redacted>&api-version=1"
