"""OpenTelemetry spans (GenAI semantic conventions) for a client made with `instrument=`, read back from the SDK's
in-memory exporter; and nothing of OpenTelemetry imported when spans are not asked for."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openai_connector import AuthenticationError, BadRequestError, ConfigurationError
from openai_connector.lib._hooks import INSTRUMENT_ENV_VAR
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from tests.runtime._helpers import (
    AZURE_KEY,
    DEPLOYMENT,
    OPENAI_KEY,
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    completion,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Reply

ROOT = Path(__file__).resolve().parents[3]
USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    yield exporter
    exporter.clear()


@pytest.fixture
def provider_(exporter: InMemorySpanExporter) -> TracerProvider:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    return tracer_provider


def _only_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    (span,) = exporter.get_finished_spans()
    return span


def _answer() -> dict[str, Any]:
    return {**completion(), "usage": USAGE}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_chat_call_is_one_genai_span_over_its_retries_sync(
    server: LoopbackServer, provider: Provider, provider_: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.script(Reply(status=429, headers={"retry-after-ms": "10"}), Reply(body=_answer()))
    with sync_client(server.url, provider, instrument=provider_) as client:
        chat(client, provider, temperature=0.5)
    span = _only_span(exporter)
    attributes = dict(span.attributes or {})
    requested = "gpt-4o-mini" if provider == "openai" else None  # Azure's own method names no model, a deployment
    assert span.name == ("chat gpt-4o-mini" if requested else "chat")
    assert span.kind is SpanKind.CLIENT
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["gen_ai.provider.name"] == ("openai" if provider == "openai" else "azure.ai.openai")
    assert attributes.get("gen_ai.request.model") == requested
    assert attributes["gen_ai.request.temperature"] == 0.5
    assert attributes["gen_ai.response.model"] == "gpt-4o-mini"
    assert attributes["gen_ai.response.id"] == "chatcmpl-1"
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert (attributes["gen_ai.usage.input_tokens"], attributes["gen_ai.usage.output_tokens"]) == (11, 7)
    assert "error.type" not in attributes
    if provider == "openai":
        assert attributes["server.address"] == "127.0.0.1"
    else:  # the host of an Azure endpoint names the resource: never recorded
        assert "server.address" not in attributes and "server.port" not in attributes
    assert server.count == 2


def test_no_span_attribute_holds_a_secret(
    server: LoopbackServer, provider_: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.fallback = Reply(status=401, body={"error": {"message": f"bad key {AZURE_KEY}"}})
    with sync_client(server.url, "azure", instrument=provider_, default_headers={"x-custom": "visible"}) as client:
        with pytest.raises(AuthenticationError):
            chat(client, "azure")
    shown = repr([(span.name, dict(span.attributes or {}), span.status) for span in exporter.get_finished_spans()])
    for secret in (AZURE_KEY, OPENAI_KEY, "127.0.0.1", DEPLOYMENT + "/chat", "visible", "Bearer", "api-key"):
        assert secret not in shown


async def test_an_error_status_sets_error_type_async(
    server: LoopbackServer, provider_: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.script(Reply(status=400, body={"error": {"message": "bad", "type": "invalid_request_error"}}))
    async with async_client(server.url, "openai", instrument=provider_) as client:
        with pytest.raises(BadRequestError):
            await achat(client, "openai")
    span = _only_span(exporter)
    assert span.name == "chat gpt-4o-mini"
    assert (span.attributes or {})["error.type"] == "400"
    assert span.status.status_code is StatusCode.ERROR


async def test_an_async_chat_call_records_usage(
    server: LoopbackServer, provider_: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.script(Reply(body=_answer()))
    async with async_client(server.url, "openai", instrument=provider_) as client:
        await achat(client, "openai")
    assert (_only_span(exporter).attributes or {})["gen_ai.usage.output_tokens"] == 7


def test_other_calls_get_an_http_named_span_without_genai_operation(
    server: LoopbackServer, provider_: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.script(Reply(body={"object": "list", "data": []}))
    with sync_client(server.url, "openai", instrument=provider_) as client:
        client.models.list()
    span = _only_span(exporter)
    assert span.name == "GET /models"
    assert "gen_ai.operation.name" not in (span.attributes or {})


def test_with_options_can_turn_spans_off(
    server: LoopbackServer, provider_: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.fallback = Reply(body=_answer())
    with sync_client(server.url, "openai", instrument=provider_) as client:
        chat(client.with_options(instrument=False), "openai")
        assert exporter.get_finished_spans() == ()
        chat(client, "openai")
    assert len(exporter.get_finished_spans()) == 1


def test_instrument_without_opentelemetry_is_a_clear_error(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # as if not installed: importing it fails
    with pytest.raises(ConfigurationError, match="instrument= needs the opentelemetry-api package"):
        sync_client(server.url, "openai", instrument=True)
    monkeypatch.setenv(INSTRUMENT_ENV_VAR, "1")  # asked by the environment only: spans are just off
    with sync_client(server.url, "openai") as client:
        assert client._options.tracer is None


def test_the_environment_variable_turns_spans_on(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(INSTRUMENT_ENV_VAR, "true")
    with sync_client(server.url, "openai") as client:
        assert client._options.tracer is not None


def test_instrument_refuses_what_is_not_a_tracer_provider(server: LoopbackServer) -> None:
    with pytest.raises(ConfigurationError, match="instrument must be True, False or an OpenTelemetry TracerProvider"):
        sync_client(server.url, "openai", instrument="yes")


def test_a_call_without_instrument_imports_no_opentelemetry() -> None:
    script = textwrap.dedent(
        """
        import sys
        from tests.support.loopback import LoopbackServer, Reply
        from tests.runtime._helpers import chat, completion, sync_client

        with LoopbackServer(lifetime=20.0) as server:
            server.script(Reply(body=completion()))
            with sync_client(server.url, "openai", on_request=lambda info: None) as client:
                chat(client, "openai")
        loaded = sorted(m for m in sys.modules if m.startswith("opentelemetry") or m.endswith("lib._tracing"))
        print(loaded)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != INSTRUMENT_ENV_VAR and not k.startswith("OPENAI")}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


async def test_a_cancelled_call_ends_its_span(
    server: LoopbackServer, provider_: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.script(Reply(stall=True))
    async with async_client(server.url, "openai", instrument=provider_) as client:
        task = asyncio.create_task(achat(client, "openai"))
        while server.count == 0:  # the request has arrived: the call is waiting for its answer
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert (_only_span(exporter).attributes or {})["error.type"] == "cancelled"
