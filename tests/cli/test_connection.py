"""Keys go only where they belong: flags (or `from_env` arguments) and environment variables combine in one
order of precedence (`openai_connector.lib._environment.PRECEDENCE`), the same for the CLI and `Client.from_env()`.

Two loopback servers stand for the two providers, one pretending to be OpenAI, one Azure OpenAI; each row
says which of them must get the call and with which credential header, or that nothing is sent at all.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from openai_connector import Client
from openai_connector.lib import ConfigurationError
from openai_connector.lib.cli import main

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.fake_openai import FakeOpenAI

EXPLICIT_KEY = "sk-test-" + "EXPLICITFLAGKEY00000000000000000"
AD_TOKEN = "fake-entra-token-0000"
_ENV = (
    "OPENAI_API_KEY",
    "OPENAI_ADMIN_KEY",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_BASE_URL",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_ENDPOINT",
    "OPENAI_API_VERSION",
    "AZURE_OPENAI_AD_TOKEN",
    "OPENAI_CONNECTOR_LOG",
)


@dataclass(frozen=True)
class Row:
    """`env` and `flags` use the placeholders OPENAI_URL / AZURE_URL for the two servers' URLs."""

    name: str
    env: dict[str, str]
    flags: dict[str, str]
    host: str | None  # "openai", "azure", or None: nothing may be sent
    header: tuple[str, str] | None = None  # the credential header the host must get
    cli_error: str = ""  # for host=None: part of the CLI's message (flag names) ...
    py_error: str = ""  # ... and of the ConfigurationError's (setting names)
    extra: dict[str, str] = field(default_factory=dict)


OPENAI_ENV = {"OPENAI_API_KEY": FAKE_OPENAI_KEY, "OPENAI_BASE_URL": "OPENAI_URL/v1"}
AZURE_ENV = {
    "AZURE_OPENAI_ENDPOINT": "AZURE_URL",
    "AZURE_OPENAI_API_KEY": FAKE_AZURE_KEY,
    "OPENAI_API_VERSION": API_VERSION,
}

ROWS = [
    # issue 14, item 1, first scenario: the explicit key goes to the provider the environment chooses.
    Row(
        "explicit key, Azure environment",
        {"AZURE_OPENAI_ENDPOINT": "AZURE_URL", "OPENAI_API_VERSION": API_VERSION},
        {"api_key": EXPLICIT_KEY},
        "azure",
        ("api-key", EXPLICIT_KEY),
    ),
    Row(
        "explicit key, OpenAI base URL in the environment",
        {"OPENAI_BASE_URL": "OPENAI_URL/v1"},
        {"api_key": EXPLICIT_KEY},
        "openai",
        ("authorization", f"Bearer {EXPLICIT_KEY}"),
    ),
    # issue 14, item 1, second scenario: an Azure endpoint flag never takes the OpenAI key.
    Row(
        "Azure flags, only an OpenAI key in the environment",
        OPENAI_ENV,
        {"azure_endpoint": "AZURE_URL", "api_version": API_VERSION},
        None,
        cli_error="pass --api-key (or set AZURE_OPENAI_API_KEY)",
        py_error="pass api_key (or set AZURE_OPENAI_API_KEY)",
    ),
    Row(
        "Azure flags, only OPENAI_API_KEY set (the issue's exact scenario)",
        {"OPENAI_API_KEY": FAKE_OPENAI_KEY},
        {"azure_endpoint": "AZURE_URL", "api_version": API_VERSION},
        None,
        cli_error="No credentials for Azure OpenAI: pass --api-key (or set AZURE_OPENAI_API_KEY)",
        py_error="No credentials for Azure OpenAI: pass api_key (or set AZURE_OPENAI_API_KEY)",
    ),
    Row(
        "Azure flags take the Azure key of the environment, not the OpenAI one",
        {**OPENAI_ENV, "AZURE_OPENAI_API_KEY": FAKE_AZURE_KEY},
        {"azure_endpoint": "AZURE_URL", "api_version": API_VERSION},
        "azure",
        ("api-key", FAKE_AZURE_KEY),
    ),
    Row(
        "Azure flags take the Entra ID token of the environment",
        {**OPENAI_ENV, "AZURE_OPENAI_AD_TOKEN": AD_TOKEN},
        {"azure_endpoint": "AZURE_URL", "api_version": API_VERSION},
        "azure",
        ("authorization", f"Bearer {AD_TOKEN}"),
    ),
    Row(
        "an explicit Azure endpoint wins over the OpenAI environment, with the explicit key",
        OPENAI_ENV,
        {"azure_endpoint": "AZURE_URL", "api_version": API_VERSION, "api_key": EXPLICIT_KEY},
        "azure",
        ("api-key", EXPLICIT_KEY),
    ),
    Row(
        "an explicit base URL wins over the Azure environment and takes the OpenAI key",
        {**AZURE_ENV, "OPENAI_API_KEY": FAKE_OPENAI_KEY},
        {"base_url": "OPENAI_URL/v1"},
        "openai",
        ("authorization", f"Bearer {FAKE_OPENAI_KEY}"),
    ),
    Row(
        "an explicit base URL never takes the Azure key",
        AZURE_ENV,
        {"base_url": "OPENAI_URL/v1"},
        None,
        cli_error="pass --api-key or set OPENAI_API_KEY",
        py_error="No API key: pass api_key=... or set OPENAI_API_KEY",
    ),
    Row(
        "an explicit base URL and key, Azure environment",
        AZURE_ENV,
        {"base_url": "OPENAI_URL/v1", "api_key": EXPLICIT_KEY},
        "openai",
        ("authorization", f"Bearer {EXPLICIT_KEY}"),
    ),
    Row(
        "the Azure environment wins over the OpenAI one when no flag decides",
        {**OPENAI_ENV, **AZURE_ENV},
        {},
        "azure",
        ("api-key", FAKE_AZURE_KEY),
    ),
    Row(
        "an api-version alone means Azure, which then needs an endpoint",
        OPENAI_ENV,
        {"api_version": API_VERSION},
        None,
        cli_error="Azure OpenAI needs --azure-endpoint",
        py_error="Azure OpenAI needs azure_endpoint",
    ),
    # issue 14, item 2: the documented CLI Azure path (the Azure key from the environment, the rest flags).
    Row(
        "documented Azure path",
        {"AZURE_OPENAI_API_KEY": FAKE_AZURE_KEY},
        {"azure_endpoint": "AZURE_URL", "api_version": API_VERSION},
        "azure",
        ("api-key", FAKE_AZURE_KEY),
    ),
    Row(
        "an organization with Azure flags is refused, not dropped",
        AZURE_ENV,
        {"organization": "org-flag", "azure_deployment": "d"},
        None,
        cli_error="--organization must not be given for Azure OpenAI",
        py_error="organization must not be given for Azure OpenAI",
    ),
    Row(
        "organization and project flags choose OpenAI and are sent",
        {**AZURE_ENV, "OPENAI_API_KEY": FAKE_OPENAI_KEY, "OPENAI_BASE_URL": "OPENAI_URL/v1"},
        {"organization": "org-flag", "project": "proj-flag"},
        "openai",
        ("authorization", f"Bearer {FAKE_OPENAI_KEY}"),
        extra={"openai-organization": "org-flag", "openai-project": "proj-flag"},
    ),
]


@pytest.fixture
def hosts(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, FakeOpenAI]]:
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    with FakeOpenAI() as openai_host, FakeOpenAI() as azure_host:
        yield {"openai": openai_host, "azure": azure_host}


def _fill(value: str, hosts: dict[str, FakeOpenAI]) -> str:
    return value.replace("OPENAI_URL", hosts["openai"].url).replace("AZURE_URL", hosts["azure"].url)


def _check_traffic(row: Row, hosts: dict[str, FakeOpenAI]) -> None:
    if row.host is None:
        assert hosts["openai"].requests == [] and hosts["azure"].requests == []
        return
    other = "azure" if row.host == "openai" else "openai"
    assert hosts[other].requests == [], f"the {other} host was called"
    (request,) = hosts[row.host].requests
    assert row.header is not None
    name, value = row.header
    assert request.headers.get(name) == value
    for header, expected in row.extra.items():
        assert request.headers.get(header) == expected
    credential = {k: v for k, v in request.headers.items() if k in ("authorization", "api-key")}
    assert credential == {name: value}, "exactly one credential header, the expected one"
    if row.host == "azure":
        assert request.path == "/openai/deployments/d/chat/completions"
    else:
        assert request.path == "/v1/chat/completions"


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_cli_sends_keys_only_where_they_belong(
    row: Row, hosts: dict[str, FakeOpenAI], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in row.env.items():
        monkeypatch.setenv(name, _fill(value, hosts))
    argv = ["chat", "hi", "--model", "d", "--max-retries", "0"]
    for setting, value in row.flags.items():
        argv += [f"--{setting.replace('_', '-')}", _fill(value, hosts)]
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if row.host is None:
        assert code == 2
        assert row.cli_error in err
        assert err.startswith("error: ") and len(err.strip().splitlines()) == 1
    else:
        assert code == 0, err
    _check_traffic(row, hosts)


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_from_env_sends_keys_only_where_they_belong(
    row: Row, hosts: dict[str, FakeOpenAI], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in row.env.items():
        monkeypatch.setenv(name, _fill(value, hosts))
    flags = {setting: _fill(value, hosts) for setting, value in row.flags.items()}
    if row.host is None:
        with pytest.raises(ConfigurationError) as info:
            Client.from_env(**flags, max_retries=0)  # type: ignore[arg-type]
        assert row.py_error in str(info.value)
    else:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with Client.from_env(**flags, max_retries=0) as client:  # type: ignore[arg-type]
                client.chat.completions.create(model="d", messages=[{"role": "user", "content": "hi"}])
        # An OpenAI-shaped key sent to Azure because the caller said so: the client warns, once.
        mismatched = row.host == "azure" and row.header == ("api-key", EXPLICIT_KEY)
        assert len(caught) == (1 if mismatched else 0), [str(w.message) for w in caught]
    _check_traffic(row, hosts)
