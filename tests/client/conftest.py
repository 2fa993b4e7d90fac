"""Cassette tests of the generated client: which server to talk to, clients, and the vcrpy configuration.

Replay is the default (`pytest`, pytest-recording's `--record-mode=none`): clients point at
127.0.0.1:9, where nothing listens, and every request is answered from `tests/cassettes/<module>/`.
Recording (`make record TARGET=reference|prism|live`, or `pytest tests/client/test_chat.py
--record-mode=rewrite` with `OPENAI_CONNECTOR_RECORD_TARGET` set) starts the local server the
target needs, or uses the real APIs with the keys from the environment. Shapes no server can be
asked for (an Azure content-filter 400, ...) come from the scriptable loopback server, always.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pytest
from openai_connector import AsyncClient, Client
from openai_connector.lib import testing
from vcr.errors import CannotOverwriteExistingCassetteException

from tests._specs import AZURE_SPEC, OPENAI_SPEC, ROOT
from tests.support.clients import FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

CASSETTES = ROOT / "tests" / "cassettes"
TARGET_ENV = "OPENAI_CONNECTOR_RECORD_TARGET"
TARGETS = ("reference", "prism", "live")
API_VERSION = "2024-10-21"
DEPLOYMENT = "gpt-4o-mini"  # the Azure deployment name the cassettes use
REPLAY_ORIGIN = "http://127.0.0.1:9"  # discard port: a request vcrpy does not answer fails fast, offline


def rerecord_hint(module: str) -> str:
    return (
        f"The cassette is missing or stale (the client now sends a request it does not hold).\n"
        f"Re-record this module against the local reference server:\n"
        f"    {TARGET_ENV}=reference .venv/bin/python -m pytest tests/client/{module}.py --record-mode=rewrite\n"
        f"or every cassette: make record  (TARGET=prism for Prism, TARGET=live with OPENAI_API_KEY, "
        f"AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT exported)."
    )


@dataclass
class Endpoints:
    """Where the clients of one test session go, with which keys."""

    target: str  # "replay", "reference", "prism", "live"
    openai_base_url: str
    azure_endpoint: str
    openai_key: str = FAKE_OPENAI_KEY
    azure_key: str = FAKE_AZURE_KEY
    deployment: str = DEPLOYMENT
    secrets: list[str] = field(default_factory=list)

    @property
    def recording(self) -> bool:
        return self.target != "replay"

    @property
    def local(self) -> bool:
        return self.target in ("replay", "reference", "prism")


@pytest.fixture(scope="session")
def endpoints(record_mode: str) -> Iterator[Endpoints]:
    if record_mode == "none":
        yield Endpoints("replay", f"{REPLAY_ORIGIN}/v1", REPLAY_ORIGIN)
        return
    target = os.environ.get(TARGET_ENV, "reference")
    if target not in TARGETS:
        raise pytest.UsageError(f"{TARGET_ENV}={target!r}: expected one of {', '.join(TARGETS)}")
    if target == "live":
        yield _live_endpoints()
        return
    from tests.record import local_servers

    with local_servers(target, [OPENAI_SPEC, AZURE_SPEC]) as origin:
        yield Endpoints(target, f"{origin}/v1", origin)


def _live_endpoints() -> Endpoints:
    missing = [n for n in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT") if not os.environ.get(n)]
    if missing:
        raise pytest.UsageError(f"recording against the live APIs needs {', '.join(missing)} in the environment")
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"].rstrip("/")
    resource = (urlsplit(endpoint).hostname or "").split(".")[0]
    return Endpoints(
        "live",
        os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"),
        endpoint,
        openai_key=os.environ["OPENAI_API_KEY"],
        azure_key=os.environ["AZURE_OPENAI_API_KEY"],
        deployment=os.environ.get("AZURE_OPENAI_DEPLOYMENT", DEPLOYMENT),
        secrets=[os.environ["OPENAI_API_KEY"], os.environ["AZURE_OPENAI_API_KEY"], resource],
    )


# -- vcrpy -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """`tests/cassettes/<module without test_>/`: one folder per test module, all under one root."""
    return str(CASSETTES / request.path.stem.removeprefix("test_"))


@pytest.fixture(scope="session")
def vcr_config(endpoints: Endpoints) -> dict[str, Any]:
    replacements = {endpoints.deployment: DEPLOYMENT} if endpoints.deployment != DEPLOYMENT else {}
    # The client speaks httpx2 only; leaving the other patchers out keeps the Prism router's own forwarding
    # (http.client, in this process) out of the cassettes.
    others = ("httplib", "requests", "boto3", "urllib3", "httplib2", "tornado", "aiohttp", "httpx")
    return testing.vcr_config(secrets=endpoints.secrets, replacements=replacements, skip_patchers=others)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    testing.configure_vcr(vcr)


@pytest.fixture(autouse=True)
def _every_interaction_is_played(request: pytest.FixtureRequest, vcr: Any, record_mode: str) -> Iterator[None]:
    """On replay, an interaction the test no longer asks for means the cassette is stale."""
    yield
    if vcr is None or record_mode != "none" or not hasattr(request.node, "rep_call") or request.node.rep_call.failed:
        return
    if not vcr.all_played:
        unplayed = [f"{r.method} {r.path}" for i, (r, _) in enumerate(vcr.data) if not vcr.play_counts[i]]
        pytest.fail(
            f"{len(unplayed)} recorded interaction(s) never requested: {unplayed}\n{rerecord_hint(request.path.stem)}"
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    if report.when == "call":
        item.rep_call = report  # type: ignore[attr-defined]
        excinfo = call.excinfo
        if excinfo is not None and _is_cassette_miss(excinfo.value) and hasattr(report.longrepr, "addsection"):
            report.longrepr.addsection("how to re-record", rerecord_hint(item.path.stem))
    return report


def _is_cassette_miss(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, CannotOverwriteExistingCassetteException):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


# -- clients -----------------------------------------------------------------------------------------


@pytest.fixture
def openai(endpoints: Endpoints) -> Iterator[Client]:
    with Client(api_key=endpoints.openai_key, base_url=endpoints.openai_base_url, retry_delay=0.01) as client:
        yield client


@pytest.fixture
def azure(endpoints: Endpoints) -> Iterator[Client]:
    """Azure OpenAI, classic API (`/openai/deployments/...?api-version=`)."""
    with Client(
        api_key=endpoints.azure_key,
        is_openai_key=False,
        azure_endpoint=endpoints.azure_endpoint,
        api_version=API_VERSION,
        retry_delay=0.01,
    ) as client:
        yield client


@pytest.fixture
def azure_v1(endpoints: Endpoints) -> Iterator[Client]:
    """Azure OpenAI, v1 API (`/openai/v1/...`, the OpenAI spec's operations)."""
    with Client(
        api_key=endpoints.azure_key, is_openai_key=False, azure_endpoint=endpoints.azure_endpoint, azure_api="v1"
    ) as client:
        yield client


@pytest.fixture
async def async_openai(endpoints: Endpoints) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(api_key=endpoints.openai_key, base_url=endpoints.openai_base_url) as client:
        yield client


@pytest.fixture
async def async_azure(endpoints: Endpoints) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        api_key=endpoints.azure_key,
        is_openai_key=False,
        azure_endpoint=endpoints.azure_endpoint,
        api_version=API_VERSION,
    ) as client:
        yield client


@dataclass
class Scripted:
    """The loopback server while recording; on replay only its (unused) address, and scripts are ignored."""

    url: str
    server: LoopbackServer | None

    def script(self, *replies: Reply) -> None:
        if self.server is not None:
            self.server.script(*replies)


@pytest.fixture
def scripted(endpoints: Endpoints) -> Iterator[Scripted]:
    if not endpoints.recording:
        yield Scripted(REPLAY_ORIGIN, None)
        return
    with LoopbackServer() as server:
        yield Scripted(server.url, server)


def skip_unless_local(endpoints: Endpoints, why: str) -> None:
    """Tests relying on the reference server's fault injection are not re-recorded live."""
    if not endpoints.local:
        pytest.skip(f"not recorded live: {why}")


# Small upload payloads: a 1x1 PNG and the first bytes of an MP3 (the servers never decode them).
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15"
    b"\xc4\x89\x00\x00\x00\x0bIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00\xff\xfb\x90\x00" + b"\x00" * 32
