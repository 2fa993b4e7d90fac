"""Secrets never show in what the client says: logs (DEBUG included), exception messages, reprs, chained
errors, warnings, raw-request results and the CLI's output.

Distinctive fake secrets are put everywhere a client takes one (OpenAI key, organization, project; Azure
key, Entra ID token, token provider, resource name) and the server echoes them back in error bodies, as
real services do ("Incorrect API key provided: sk-..."). Every text the client produces is then grepped.
The Azure resource name lives in the endpoint's host, so Azure clients reach the loopback server through
a transport that rewrites the host to 127.0.0.1 (the client still sees the secret host).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from typing import Any

import httpx2
import pytest
from openai_connector import APIError, AsyncClient, Client

from tests.runtime._helpers import DEPLOYMENT, MESSAGES, completion, refused_url
from tests.runtime.redaction._secrets import (
    AD_TOKEN,
    AZURE_KEY,
    OPENAI_KEY,
    ORGANIZATION,
    PROJECT,
    RESOURCE,
    AsyncToLoopback,
    Collected,
    ToLoopback,
    capture,
    echo_error,
    leaked,
    port_of,
)
from tests.support.loopback import LoopbackServer, Reply, sse_event


def _sync_clients(server: LoopbackServer) -> list[tuple[Client, tuple[str, ...]]]:
    port = port_of(server)
    common: dict[str, Any] = {"max_retries": 1, "retry_delay": 0.01, "timeout": 2.0}
    return [
        (
            Client(OPENAI_KEY, organization=ORGANIZATION, project=PROJECT, base_url=f"{server.url}/v1", **common),
            (OPENAI_KEY, ORGANIZATION, PROJECT),
        ),
        (
            Client(
                AZURE_KEY,
                is_openai_key=False,
                azure_resource=RESOURCE,
                api_version="2024-10-21",
                http_client=httpx2.Client(transport=ToLoopback(port)),
                **common,
            ),
            (AZURE_KEY, RESOURCE),
        ),
        (
            Client(
                is_openai_key=False,
                azure_endpoint=f"https://{RESOURCE}.openai.azure.com/",
                azure_ad_token=AD_TOKEN,
                api_version="2024-10-21",
                http_client=httpx2.Client(transport=ToLoopback(port)),
                **common,
            ),
            (AD_TOKEN, RESOURCE),
        ),
        (
            Client(
                is_openai_key=False,
                azure_endpoint=f"https://{RESOURCE}.openai.azure.com",
                azure_ad_token_provider=lambda: AD_TOKEN,
                azure_deployment=DEPLOYMENT,
                api_version="2024-10-21",
                http_client=httpx2.Client(transport=ToLoopback(port)),
                **common,
            ),
            (AD_TOKEN, RESOURCE),  # the provider's token: the client only learns it per request
        ),
    ]


def _exercise(client: Client, secrets: tuple[str, ...], server: LoopbackServer, collected: Collected) -> None:
    collected.add(client, client.config, client.with_options(timeout=1.0))
    server.script(Reply(body=completion()))
    collected.add(client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES))
    for status, attempts in ((401, 1), (500, 2)):
        server.script(*[echo_error(status, secrets)] * attempts)
        try:
            client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
        except APIError as exc:
            collected.error(exc)
    server.script(Reply(sse=[sse_event({"error": {"message": f"stream failed for {' '.join(secrets)}"}})]))
    try:
        for item in client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, stream=True):
            collected.add(item)
    except APIError as exc:
        collected.error(exc)
    server.script(Reply(body=b"not json"))
    try:
        client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
    except APIError as exc:
        collected.error(exc)
    server.script(Reply(body={"data": [], "object": "list"}))
    collected.add(client.request("GET", "/models", params={"api-key": OPENAI_KEY}))
    server.script(echo_error(403, secrets))
    try:
        client.request("GET", "/models", max_retries=0)
    except APIError as exc:
        collected.error(exc)
    try:
        client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, temperature=7)
    except ValueError as exc:
        collected.error(exc)
    server.script(Reply(stall=True))
    try:
        client.with_options(timeout=0.2, max_retries=0).chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
    except APIError as exc:
        collected.error(exc)


def test_no_secret_in_any_output_sync(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_CONNECTOR_LOG", "debug")
    with capture(caplog) as collected:
        for client, secrets in _sync_clients(server):
            with client:
                _exercise(client, secrets, server, collected)
            client._http.close()
    assert "Authorization" in caplog.text or "authorization" in caplog.text  # the headers were logged, redacted
    for text in collected.texts:
        assert not leaked(text), f"{leaked(text)} leaked in: {text[:400]}"
    # The secrets did reach the server where they belong: this test would notice them anywhere else.
    sent = " ".join(" ".join(r.headers.values()) for r in server.requests)
    assert OPENAI_KEY in sent and AZURE_KEY in sent and AD_TOKEN in sent and RESOURCE in sent


async def test_no_secret_in_any_output_async(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    async def provider() -> str:
        return AD_TOKEN

    with capture(caplog) as collected:
        clients = [
            AsyncClient(OPENAI_KEY, organization=ORGANIZATION, project=PROJECT, base_url=f"{server.url}/v1"),
            AsyncClient(
                is_openai_key=False,
                azure_resource=RESOURCE,
                azure_ad_token_provider=provider,
                api_version="2024-10-21",
                http_client=httpx2.AsyncClient(transport=AsyncToLoopback(port_of(server))),
            ),
        ]
        for i, original in enumerate(clients):
            client = original.with_options(max_retries=1, retry_delay=0.01)
            collected.add(client, client.config)
            server.script(echo_error(401, (OPENAI_KEY, ORGANIZATION, PROJECT) if i == 0 else (AD_TOKEN, RESOURCE)))
            try:
                await client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, extra_headers={})
            except APIError as exc:
                collected.error(exc)
            server.script(Reply(body=completion()))
            collected.add(
                await client.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=MESSAGES)
                if client.config.is_azure
                else await client.embeddings.create(model="m", input="x")
            )
        for client in clients:
            await client.close()
            await client._http.aclose()
    for text in collected.texts:
        assert not leaked(text), f"{leaked(text)} leaked in: {text[:400]}"


def test_connection_errors_do_not_name_the_azure_resource(caplog: pytest.LogCaptureFixture) -> None:
    """A real DNS/connect failure on the secret host: the message, log and chain stay clean."""
    url = refused_url()
    port = int(url.rsplit(":", 1)[1])
    with capture(caplog) as collected:
        client = Client(
            AZURE_KEY,
            is_openai_key=False,
            azure_endpoint=f"https://{RESOURCE}.openai.azure.com",
            api_version="2024-10-21",
            max_retries=1,
            retry_delay=0.01,
            log_level="debug",
            http_client=httpx2.Client(transport=ToLoopback(port)),
        )
        with client, pytest.raises(APIError) as info:
            client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
        client._http.close()
        collected.error(info.value)
    for text in collected.texts:
        assert not leaked(text), f"{leaked(text)} leaked in: {text[:400]}"


def test_configuration_errors_and_warnings_do_not_quote_keys(caplog: pytest.LogCaptureFixture) -> None:
    with capture(caplog) as collected:
        logging.getLogger("openai_connector").debug("capture check")
        attempts: list[dict[str, Any]] = [
            {"api_key": AZURE_KEY},  # an Azure key on an OpenAI client: a warning
            {"api_key": OPENAI_KEY, "is_openai_key": False, "azure_resource": RESOURCE, "api_version": "2024-10-21"},
            {"api_key": OPENAI_KEY, "azure_ad_token": AD_TOKEN, "is_openai_key": False, "azure_resource": RESOURCE},
            {"api_key": OPENAI_KEY, "base_url": f"ftp://{RESOURCE}.example"},
            {"api_key": AZURE_KEY, "is_openai_key": False, "azure_resource": RESOURCE, "api_version": AD_TOKEN[:10]},
        ]
        for settings in attempts:
            try:
                Client(**settings).close()
            except ValueError as exc:
                collected.error(exc)
    assert len(collected.texts) >= 5
    for text in collected.texts:
        assert not leaked(text), f"{leaked(text)} leaked in: {text[:400]}"


def test_cli_output_holds_no_secret(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = importlib.import_module("openai_connector.lib.cli")
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("OPENAI_ORG_ID", ORGANIZATION)
    monkeypatch.setenv("OPENAI_PROJECT_ID", PROJECT)
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.url}/v1")
    monkeypatch.setenv("OPENAI_CONNECTOR_LOG", "debug")
    # The CLI's client holds the OpenAI secrets only: those are the ones it must hide when echoed.
    server.fallback = echo_error(401, (OPENAI_KEY, ORGANIZATION, PROJECT))
    outputs: list[str] = []
    for argv in (["--help"], [], ["chat", "hello"], ["models", "list"]):
        with contextlib.suppress(SystemExit, Exception):
            cli.main(argv)
        captured = capsys.readouterr()
        outputs += [captured.out, captured.err]
    for text in outputs:
        assert not leaked(text), f"{leaked(text)} leaked in CLI output: {text[:400]}"
