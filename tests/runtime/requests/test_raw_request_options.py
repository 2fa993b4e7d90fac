"""`client.request(...)`'s connector options: retry rules, form data as multipart, per-call debug log.

Retry waits are recorded, never slept: `time.sleep` (sync) and `_async_sleep` (async) are replaced by
recorders, and `on_retry` reports the delay the policy chose.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from openai_connector.lib import InvalidRequestError, RateLimitError
from openai_connector.lib._constants import BACKOFF_JITTER, INITIAL_RETRY_DELAY, LOGGER_NAME
from openai_connector.lib._flow import Sleep

from tests.support.clients import (
    FAKE_AZURE_KEY,
    FAKE_OPENAI_KEY,
    async_openai_client,
    azure_client,
    openai_client,
)
from tests.support.loopback import LoopbackServer, Reply


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []

    def sleep(effect: Sleep, http: object) -> None:
        waits.append(effect.seconds)

    async def async_sleep(effect: Sleep, http: object) -> None:
        waits.append(effect.seconds)

    monkeypatch.setattr(Sleep, "perform", sleep)
    monkeypatch.setattr(Sleep, "perform_async", async_sleep)
    return waits


def _failures(status: int, count: int) -> list[Reply]:
    return [Reply(status=status, body={"error": {"message": "no"}}) for _ in range(count)]


def test_exponential_backoff_ignores_the_fixed_delay(server: LoopbackServer, slept: list[float]) -> None:
    server.script(*_failures(500, 3), Reply(body={"ok": 1}))
    with openai_client(server, max_retries=0) as client:
        result = client.request("GET", "/x", max_retries=3, retry_delay=0.1, exponential_backoff=True)
    assert result.body == {"ok": 1}
    assert len(slept) == 3 and 0.1 not in slept  # before: 0.1, 0.1, 0.1
    for attempt, delay in enumerate(slept):
        step = INITIAL_RETRY_DELAY * 2**attempt
        assert step * (1 - BACKOFF_JITTER) <= delay <= step


def test_fixed_delay_without_backoff(server: LoopbackServer, slept: list[float]) -> None:
    server.script(*_failures(502, 2), Reply(body={}))
    with openai_client(server, max_retries=0, retry_delay=None) as client:
        client.request("GET", "/x", max_retries=2, retry_delay=0.1, exponential_backoff=False)
        assert slept == [0.1, 0.1]
        server.script(*_failures(502, 1), Reply(body={}))
        client.request("GET", "/x", max_retries=1)  # an option given, no delay: the default step, no backoff
    assert slept[2:] == [INITIAL_RETRY_DELAY]


@pytest.mark.parametrize("options", [{"retry_on_all_errors": False}, {"max_retries": 2}, {"retry_delay": 0.0}])
def test_without_retry_on_all_errors_429_is_not_retried(
    server: LoopbackServer, slept: list[float], options: dict[str, Any]
) -> None:
    server.script(*_failures(429, 1))
    with openai_client(server, max_retries=2) as client, pytest.raises(RateLimitError):
        client.request("GET", "/limited", **options)
    assert server.count == 1  # before: retried like a 5xx
    assert slept == []


def test_5xx_and_network_errors_are_retried_without_all_errors(server: LoopbackServer, slept: list[float]) -> None:
    server.script(Reply(reset=True), *_failures(500, 1), Reply(body={"ok": 2}))
    with openai_client(server, max_retries=0) as client:
        assert client.request("GET", "/x", max_retries=2, retry_on_all_errors=False).body == {"ok": 2}
    assert server.count == 3


def test_x_should_retry_does_not_widen_the_connector_rule(server: LoopbackServer, slept: list[float]) -> None:
    server.script(Reply(status=429, headers={"x-should-retry": "true"}, body={}))
    with openai_client(server) as client, pytest.raises(RateLimitError):
        client.request("GET", "/x", max_retries=2)
    assert server.count == 1


def test_retry_on_all_errors_retries_4xx(server: LoopbackServer, slept: list[float]) -> None:
    server.script(*_failures(429, 1), *_failures(400, 1), Reply(body={"ok": 3}))
    with openai_client(server, max_retries=0) as client:
        assert client.request("GET", "/x", max_retries=2, retry_on_all_errors=True).body == {"ok": 3}
    assert server.count == 3


def test_no_retry_option_keeps_the_clients_policy(server: LoopbackServer, slept: list[float]) -> None:
    server.script(*_failures(429, 1), Reply(body={"ok": 4}))
    with openai_client(server, max_retries=1) as client:
        assert client.request("GET", "/x").body == {"ok": 4}  # the client retries 429, as typed calls do
    assert slept == [0.01]  # the client's own retry_delay


async def test_async_raw_request_follows_the_same_rules(server: LoopbackServer, slept: list[float]) -> None:
    server.script(*_failures(429, 1), *_failures(500, 2), Reply(body={"ok": 5}))
    async with async_openai_client(server, max_retries=0) as client:
        with pytest.raises(RateLimitError):
            await client.request("GET", "/x", max_retries=3, retry_delay=0.2, exponential_backoff=True)
        result = await client.request("GET", "/x", max_retries=3, retry_delay=0.2, exponential_backoff=True)
    assert result.body == {"ok": 5}
    assert len(slept) == 2 and 0.2 not in slept


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"retry_delay": -1}, "retry_delay"),
        ({"retry_delay": float("inf")}, "retry_delay"),
        ({"max_retries": -1}, "max_retries"),
    ],
)
def test_bad_retry_options_are_refused_before_sending(
    server: LoopbackServer, options: dict[str, Any], param: str
) -> None:
    with openai_client(server) as client, pytest.raises(InvalidRequestError) as info:
        client.request("GET", "/x", **options)
    assert info.value.param == param and param in str(info.value)
    assert server.count == 0


def test_form_data_goes_out_as_multipart_without_files(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with openai_client(server) as client:
        client.request("POST", "/form", data={"purpose": "batch", "n": 2, "tags": ["a", "b"], 'we"ird': "x"})
    sent = server.requests[0]
    content_type = sent.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")  # before: application/x-www-form-urlencoded
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts = [p for p in sent.body.split(b"--" + boundary) if p.strip(b"-\r\n")]
    fields = [(p.split(b'name="', 1)[1].split(b'"', 1)[0], p.split(b"\r\n\r\n", 1)[1][:-2]) for p in parts]
    assert fields == [(b"purpose", b"batch"), (b"n", b"2"), (b"tags[]", b"a"), (b"tags[]", b"b"), (b"we%22ird", b"x")]
    assert sent.body.endswith(b"--" + boundary + b"--\r\n")


def _records(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.name == LOGGER_NAME)


def test_debug_logs_request_and_response_without_secrets(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    echo = {"seen": FAKE_OPENAI_KEY}  # a server quoting the key back
    server.script(Reply(body=echo, headers={"x-request-id": "req_1"}), Reply(status=404, body=echo))
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    logging.getLogger(LOGGER_NAME).setLevel(logging.WARNING)  # debug=True logs whatever the level
    with openai_client(server) as client:
        client.request("POST", "/things", json={"key_in_body": FAKE_OPENAI_KEY, "q": 1}, debug=True)
        logged = _records(caplog)
        assert "request: POST" in logged and "/v1/things" in logged and "response: 200" in logged
        assert '"q":1' in logged and "req_1" in logged
        assert FAKE_OPENAI_KEY not in logged and "<redacted>" in logged
        caplog.clear()
        with pytest.raises(Exception, match="404"):
            client.request("GET", "/missing", debug=True)
        logged = _records(caplog)
        assert "response: 404" in logged and "NotFoundError" in logged and FAKE_OPENAI_KEY not in logged
        caplog.clear()
        server.script(Reply(body={}))
        client.request("GET", "/quiet")
    assert _records(caplog) == ""  # only the calls that asked


def test_debug_on_azure_hides_the_key_and_the_host(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.script(Reply(body={}))
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    with azure_client(server) as client:
        client.request("GET", "/deployments/d/extensions/x", debug=True)
    logged = _records(caplog)
    assert FAKE_AZURE_KEY not in logged and "127.0.0.1" not in logged and "api-key" in logged


async def test_async_debug(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.script(Reply(body={"a": 1}))
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    async with async_openai_client(server) as client:
        await client.request("GET", "/x", debug=True)
    logged = _records(caplog)
    assert "response: 200" in logged and FAKE_OPENAI_KEY not in logged
