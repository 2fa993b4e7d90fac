"""Secrets never show: not in logs (DEBUG included), exception messages, reprs, chained errors, warnings,
raw-request results, cassettes, or the CLI's output.

Distinctive fake secrets are put everywhere a client takes one (OpenAI key, organization, project; Azure
key, Entra ID token, token provider, resource name) and the server echoes them back in error bodies, as
real services do ("Incorrect API key provided: sk-..."). Every text the client produces is then grepped.
The Azure resource name lives in the endpoint's host, so Azure clients reach the loopback server through
a transport that rewrites the host to 127.0.0.1 (the client still sees the secret host).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import re
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai_connector import APIError, AsyncClient, Client

from tests.runtime._helpers import DEPLOYMENT, MESSAGES, completion, refused_url
from tests.support.loopback import LoopbackServer, Reply, sse_event

# Written in pieces so that the repository's own key scan (tests/client/test_cassettes.py) does not flag them.
OPENAI_KEY = "sk-proj-" + "SECRETOPENAIKEY0123456789abcdefXYZ"
ORGANIZATION = "org-" + "SECRETORGANIZATION42"
PROJECT = "proj_SECRETPROJECT42"
AZURE_KEY = "5ec7e75e" * 4
AD_TOKEN = "eyJ0eXAi" + "SECRETADTOKEN.eyJhdWQiOiJodHRwcyJ9.c2lnbmF0dXJl"
RESOURCE = "secretresource42"
SECRETS = (OPENAI_KEY, ORGANIZATION, PROJECT, AZURE_KEY, AD_TOKEN, RESOURCE)
# Fragments too: a secret cut in half (e.g. by a truncated repr) still leaks.
FRAGMENTS = ("SECRETOPENAIKEY", "SECRETORGANIZATION", "SECRETPROJECT", "5ec7e75e5ec7", "SECRETADTOKEN", RESOURCE)
REPO_TESTS = Path(__file__).resolve().parents[3] / "tests"


def leaked(text: str) -> list[str]:
    return [s for s in FRAGMENTS if s.lower() in text.lower()]


class _ToLoopback(httpx2.BaseTransport):
    """Sends every request to the loopback server, whatever host the client asked for."""

    def __init__(self, port: int) -> None:
        self._port = port
        self._inner = httpx2.HTTPTransport()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self._port)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _AsyncToLoopback(httpx2.AsyncBaseTransport):
    def __init__(self, port: int) -> None:
        self._port = port
        self._inner = httpx2.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self._port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _port(server: LoopbackServer) -> int:
    return int(server.url.rsplit(":", 1)[1])


def _echo_error(status: int, secrets: tuple[str, ...] = SECRETS) -> Reply:
    """An error body quoting the client's secrets back, as a careless gateway would (a client can only hide
    the secrets it holds, so each is echoed only what it sent)."""
    return Reply(
        status=status,
        body={"error": {"message": f"Incorrect API key provided: {' '.join(secrets)}", "code": "invalid_api_key"}},
        headers={"x-request-id": "req_1"},
    )


class Collected:
    """Every text the client produced in a test."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, *values: object) -> None:
        for value in values:
            self.texts.append(value if isinstance(value, str) else repr(value))

    def error(self, exc: BaseException) -> None:
        """The error, its repr, its full traceback, and every chained error (suppressed ones too)."""
        seen: set[int] = set()
        current: BaseException | None = exc
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            self.add(str(current), repr(current), "".join(traceback.format_exception(current)))
            if isinstance(current, APIError):
                self.add(current.message, current.body)
            current = current.__cause__ or current.__context__


@contextlib.contextmanager
def capture(caplog: pytest.LogCaptureFixture) -> Iterator[Collected]:
    collected = Collected()
    caplog.set_level(logging.DEBUG, logger="openai_connector")
    stderr = io.StringIO()
    handler = logging.StreamHandler(stderr)
    logging.getLogger("openai_connector").addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield collected
    finally:
        logging.getLogger("openai_connector").removeHandler(handler)
    collected.add(caplog.text, stderr.getvalue(), *(str(w.message) for w in caught))
    assert caplog.text, "nothing was logged: the DEBUG capture is not working"


def _sync_clients(server: LoopbackServer) -> list[tuple[Client, tuple[str, ...]]]:
    port = _port(server)
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
                http_client=httpx2.Client(transport=_ToLoopback(port)),
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
                http_client=httpx2.Client(transport=_ToLoopback(port)),
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
                http_client=httpx2.Client(transport=_ToLoopback(port)),
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
        server.script(*[_echo_error(status, secrets)] * attempts)
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
    server.script(_echo_error(403, secrets))
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
                http_client=httpx2.AsyncClient(transport=_AsyncToLoopback(_port(server))),
            ),
        ]
        for i, original in enumerate(clients):
            client = original.with_options(max_retries=1, retry_delay=0.01)
            collected.add(client, client.config)
            server.script(_echo_error(401, (OPENAI_KEY, ORGANIZATION, PROJECT) if i == 0 else (AD_TOKEN, RESOURCE)))
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
            http_client=httpx2.Client(transport=_ToLoopback(port)),
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


_SK_PATTERN = re.compile(r"sk-[A-Za-z0-9_\-]{20,}")
# A header value inline (`api-key: X`, `"api-key": ["X"]`) or as vcrpy's YAML list (`api-key:\n  - X`).
_AUTH_VALUE = re.compile(r"(?i)(authorization|api-key)['\"]?\s*[:=]\s*(?:-\s+)?\[?\s*['\"]?(Bearer\s+)?([^'\"\s,\]]+)")


def test_cassettes_hold_no_secret() -> None:
    cassettes = [
        p
        for p in REPO_TESTS.rglob("*")
        if p.is_file() and "cassettes" in p.parts and p.suffix in {".yaml", ".yml", ".json"}
    ]
    assert cassettes, "no cassettes found under tests/: this check would check nothing"
    for path in cassettes:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not leaked(text), f"{path}: {leaked(text)}"
        assert not _SK_PATTERN.search(text), f"{path}: an OpenAI-shaped key"
        for match in _AUTH_VALUE.finditer(text):
            value = match.group(3)
            assert "redacted" in value.lower() or value.strip("<>").upper() in {"REDACTED", "DUMMY", "X"}, (
                f"{path}: {match.group(1)} header recorded with a value"
            )


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
    server.fallback = _echo_error(401, (OPENAI_KEY, ORGANIZATION, PROJECT))
    outputs: list[str] = []
    for argv in (["--help"], [], ["chat", "hello"], ["models", "list"]):
        with contextlib.suppress(SystemExit, Exception):
            cli.main(argv)
        captured = capsys.readouterr()
        outputs += [captured.out, captured.err]
    for text in outputs:
        assert not leaked(text), f"{leaked(text)} leaked in CLI output: {text[:400]}"


# -- secrets of any shape: provider tokens, malformed keys (issue 14, item 3) --------------------------

# Not JWT-shaped, and a new one per attempt, as a token provider may mint: the client learns each one.
OPAQUE_TOKEN = "opaque-" + "SECRETPROVIDERTOKEN"
QUOTED_KINDS = ("401", "400-echoing-headers", "sse-error-event", "500-then-401")


def _quoting(kind: str, tokens: list[str]) -> Any:
    """A responder quoting back every token it has been sent, in the shape of `kind`."""

    def respond(request: Any) -> Reply:
        tokens.append(request.headers.get("authorization", "").removeprefix("Bearer "))
        quoted = " ".join(tokens)
        if kind == "sse-error-event":
            return Reply(sse=[sse_event({"error": {"message": f"token {quoted} expired", "type": "auth"}})])
        if kind == "400-echoing-headers":
            headers = dict(request.headers)
            return Reply(status=400, body={"error": {"message": f"bad headers: {headers}", "headers": headers}})
        if kind == "500-then-401" and len(tokens) == 1:
            return Reply(status=500, body={"error": {"message": f"token {quoted} failed"}})
        return Reply(status=401, body={"error": {"message": f"Invalid tokens: {quoted}", "code": "invalid_token"}})

    return respond


def _provider_settings(server: LoopbackServer) -> dict[str, Any]:
    return {
        "is_openai_key": False,
        "azure_endpoint": server.url,
        "api_version": "2024-10-21",
        "max_retries": 1,
        "retry_delay": 0.01,
        "log_level": "debug",
    }


def _check_quoted(collected: Collected, tokens: list[str], kind: str) -> None:
    assert collected.texts, "no error was raised"
    assert tokens and all(t.startswith(OPAQUE_TOKEN) for t in tokens), "the tokens did reach the server"
    assert len(set(tokens)) == (2 if kind == "500-then-401" else 1), "a new token per attempt"
    for text in collected.texts:
        assert OPAQUE_TOKEN not in text and "SECRETPROVIDERTOKEN" not in text, f"leaked in: {text[:400]}"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("kind", QUOTED_KINDS)
def test_provider_token_of_any_shape_never_shows_sync(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, kind: str, stream: bool
) -> None:
    tokens: list[str] = []
    server.responder = _quoting(kind, tokens)
    minted = iter(range(1, 100))
    with capture(caplog) as collected:
        client = Client(azure_ad_token_provider=lambda: f"{OPAQUE_TOKEN}-{next(minted)}", **_provider_settings(server))
        with client:
            try:
                answer = client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, stream=stream)
                collected.add(*(list(answer) if stream else [answer]))
            except APIError as exc:
                collected.error(exc)
    _check_quoted(collected, tokens, kind)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("kind", QUOTED_KINDS)
async def test_provider_token_of_any_shape_never_shows_async(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, kind: str, stream: bool
) -> None:
    tokens: list[str] = []
    server.responder = _quoting(kind, tokens)
    minted = iter(range(1, 100))

    async def provider() -> str:
        return f"{OPAQUE_TOKEN}-{next(minted)}"

    with capture(caplog) as collected:
        async with AsyncClient(azure_ad_token_provider=provider, **_provider_settings(server)) as client:
            try:
                answer = await client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, stream=stream)
                collected.add(*([item async for item in answer] if stream else [answer]))  # type: ignore[union-attr]
            except APIError as exc:
                collected.error(exc)
    _check_quoted(collected, tokens, kind)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_key_with_a_control_character_is_never_printed(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, is_async: bool
) -> None:
    """httpx refuses the header and quotes its bytes (`b'...\\x00'`): not the key as given, still the key."""
    server.fallback = Reply(body=completion())
    settings: dict[str, Any] = {**_provider_settings(server), "max_retries": 0}
    with capture(caplog) as collected:
        logging.getLogger("openai_connector").debug("capture check")
        try:
            if is_async:
                async with AsyncClient(AZURE_KEY + "\x00", **settings) as async_client:
                    await async_client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
            else:
                with Client(AZURE_KEY + "\x00", **settings) as client:
                    client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
        except (APIError, ValueError) as exc:
            collected.error(exc)
    assert any("Traceback" in text for text in collected.texts), "no error was raised"
    for text in collected.texts:
        assert not leaked(text), f"{leaked(text)} leaked in: {text[:400]}"


# Real organization and project ids are `org-` / `proj_` and 24 characters: shaped so, these fakes are found
# by `find_secrets` even where the scrubber never saw them in a header.
LONG_ORGANIZATION = "org-" + "SECRETORGANIZATION42abcd"
LONG_PROJECT = "proj_" + "SECRETPROJECT42abcdefghij"


def _record(server: LoopbackServer, path: Path, **config: Any) -> str:
    """Record one OpenAI call (organization, project) and one Azure call (a provider's opaque token), each
    answered by an error quoting the credentials back, into a cassette made with `testing`'s helpers."""
    vcr = pytest.importorskip("vcr")
    from openai_connector.lib import testing

    recorder = testing.configure_vcr(vcr.VCR(**testing.vcr_config(**config)))

    def quote_credentials(request: Any) -> Reply:
        sent = [request.headers.get(h, "") for h in ("authorization", "openai-organization", "openai-project")]
        quoted = " ".join(v.removeprefix("Bearer ") for v in sent if v)
        return Reply(status=401, body={"error": {"message": f"rejected {quoted}", "code": "invalid"}})

    server.responder = quote_credentials
    with recorder.use_cassette(str(path), record_mode="all"):
        openai = Client(
            OPENAI_KEY, organization=LONG_ORGANIZATION, project=LONG_PROJECT, base_url=f"{server.url}/v1", max_retries=0
        )
        azure = Client(
            is_openai_key=False,
            azure_endpoint=server.url,
            api_version="2024-10-21",
            azure_ad_token_provider=lambda: f"{OPAQUE_TOKEN}-1",
            max_retries=0,
        )
        for client in (openai, azure):
            with client, contextlib.suppress(APIError):
                client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
    return path.read_text()


def test_cassettes_recorded_with_the_default_helpers_keep_no_credential(server: LoopbackServer, tmp_path: Path) -> None:
    from openai_connector.lib import testing

    text = _record(server, tmp_path / "scrubbed.yaml")
    assert "Bearer REDACTED" in text and "rejected" in text  # both calls were recorded
    for secret in (OPENAI_KEY, LONG_ORGANIZATION, LONG_PROJECT, OPAQUE_TOKEN, "SECRETORGANIZATION", "SECRETPROJECT"):
        assert secret not in text
    assert testing.find_secrets(text, secrets=[f"{OPAQUE_TOKEN}-1"]) == []


def test_find_secrets_flags_provider_tokens_organization_and_project_ids(
    server: LoopbackServer, tmp_path: Path
) -> None:
    from openai_connector.lib import testing

    raw = _record(server, tmp_path / "raw.yaml", before_record_request=None, before_record_response=None)
    kinds = {hit.kind for hit in testing.find_secrets(raw)}
    assert {"OpenAI key", "organization id", "project id", "bearer token"} <= kinds
    # Quoted back in a body, an opaque token has no shape: it is found when it is named.
    body_only = raw.replace(f"Bearer {OPAQUE_TOKEN}-1", "Bearer REDACTED")
    assert "bearer token" not in {hit.kind for hit in testing.find_secrets(body_only)}
    hits = testing.find_secrets(body_only, secrets=[f"{OPAQUE_TOKEN}-1"])
    assert "given secret" in {hit.kind for hit in hits}
