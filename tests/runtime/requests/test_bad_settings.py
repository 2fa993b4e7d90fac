"""Bad settings: every case raises a clear, documented error naming the setting, before anything is sent.

One table: a client construction (or `with_options`), the error type, and the name the message must
contain. The loopback server has no reply scripted and must see no request at all. Bad settings raise
`ConfigurationError` at construction; misspelt ones Python's `TypeError`. Bad arguments are in
`test_bad_arguments.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openai_connector import Client, ConfigurationError, InvalidRequestError

from tests.runtime._helpers import OPENAI_KEY
from tests.runtime.requests._bad_input import (
    Call,
    assert_refused_before_sending,
    azure_settings,
    construct,
)
from tests.support.loopback import LoopbackServer

IRE = InvalidRequestError
CASES: list[Any] = [
    # settings: construction-time ConfigurationError naming the setting
    pytest.param(construct(api_key=OPENAI_KEY, base_url="not a url"), ConfigurationError, "base_url", "", id="url-1"),
    pytest.param(
        construct(api_key=OPENAI_KEY, base_url="http:///v1"), ConfigurationError, "base_url", "host", id="url-2"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, base_url="https://api.example.com/v1?key=1"),
        ConfigurationError,
        "base_url",
        "query",
        id="url-query",
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, base_url="https://exa mple.com"),
        ConfigurationError,
        "base_url",
        "",
        id="url-space",
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, base_url="https://h:99999/v1"), ConfigurationError, "base_url", "port", id="port"
    ),
    pytest.param(
        construct(**azure_settings(azure_endpoint="ftp://res.openai.azure.com")),
        ConfigurationError,
        "azure_endpoint",
        "",
        id="endpoint-ftp",
    ),
    pytest.param(
        construct(**azure_settings(azure_endpoint="https:///openai")),
        ConfigurationError,
        "azure_endpoint",
        "host",
        id="endpoint-no-host",
    ),
    pytest.param(
        construct(**azure_settings(azure_endpoint="https://res.openai.azure.com#frag")),
        ConfigurationError,
        "azure_endpoint",
        "fragment",
        id="endpoint-fragment",
    ),
    pytest.param(
        construct(**azure_settings(azure_resource="https://res.openai.azure.com")),
        ConfigurationError,
        "azure_resource",
        "",
        id="resource-url",
    ),
    pytest.param(
        construct(**azure_settings(api_version="2024-10")), ConfigurationError, "api_version", "YYYY-MM-DD", id="v1"
    ),
    pytest.param(
        construct(**azure_settings(api_version="latest")), ConfigurationError, "api_version", "YYYY-MM-DD", id="v2"
    ),
    pytest.param(
        construct(**azure_settings(api_version="2024-10-21-beta")),
        ConfigurationError,
        "api_version",
        "preview",
        id="v3",
    ),
    pytest.param(construct(**azure_settings(api_version="v2")), ConfigurationError, "api_version", "'v1'", id="v4"),
    pytest.param(
        construct(**azure_settings(api_version=" 2024-10-21")), ConfigurationError, "api_version", "", id="v5"
    ),
    # issue 14: misspelt settings, settings of the wrong type or out of range, all at construction
    pytest.param(
        construct(api_key=OPENAI_KEY, max_retires=0, timout=1),
        TypeError,
        "max_retires",
        "did you mean 'max_retries'?",
        id="misspelt-settings",
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, timout=1), TypeError, "timout", "did you mean 'timeout'?", id="misspelt-timeout"
    ),
    pytest.param(construct(api_key=123), ConfigurationError, "api_key", "must be a str", id="api-key-int"),
    pytest.param(
        construct(api_key=OPENAI_KEY + "\u2603"), ConfigurationError, "api_key", "outside ASCII", id="key-unicode"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, organization="org-1\nX: y"),
        ConfigurationError,
        "organization",
        "control character",
        id="organization-newline",
    ),
    pytest.param(
        construct(**azure_settings(api_key=b"k" * 32)), ConfigurationError, "api_key", "not bytes", id="key-bytes"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, max_retries="3"), ConfigurationError, "max_retries", "'3'", id="retries-str"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, max_retries=-1), ConfigurationError, "max_retries", ">= 0", id="retries-neg"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, retry_delay=-0.5), ConfigurationError, "retry_delay", ">= 0", id="delay-neg"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, retry_delay=float("nan")), ConfigurationError, "retry_delay", "finite", id="nan"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, max_retry_delay=-1), ConfigurationError, "max_retry_delay", ">= 0", id="cap-neg"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, max_retry_delay=float("inf")),
        ConfigurationError,
        "max_retry_delay",
        "finite",
        id="cap-inf",
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, total_timeout=0), ConfigurationError, "total_timeout", "> 0", id="total-zero"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, retry_delay=1e300), ConfigurationError, "retry_delay", "at most", id="delay-huge"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, max_calls_per_period=1, period_seconds=1e300),
        ConfigurationError,
        "period_seconds",
        "at most",
        id="period-huge",
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, total_timeout="5"), ConfigurationError, "total_timeout", "'5'", id="total-str"
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, max_calls_per_period=0),
        ConfigurationError,
        "max_calls_per_period",
        "at least 1",
        id="rate-zero",
    ),
    pytest.param(
        construct(api_key=OPENAI_KEY, max_calls_per_period=5, rate_limit_max_wait=-1),
        ConfigurationError,
        "rate_limit_max_wait",
        ">= 0",
        id="rate-max-wait-neg",
    ),
    pytest.param(
        lambda o, a, t: o.with_options(max_retries="3"), ConfigurationError, "max_retries", "'3'", id="options-retries"
    ),
    pytest.param(
        lambda o, a, t: o.with_options(retry_delay=-1), ConfigurationError, "retry_delay", ">= 0", id="options-delay"
    ),
    # issue 14: Azure endpoints with a path, deployment names that are not one path segment
    pytest.param(
        construct(**azure_settings(azure_endpoint="https://res.openai.azure.com/custom/path")),
        ConfigurationError,
        "azure_endpoint",
        "no path",
        id="endpoint-path",
    ),
    pytest.param(
        construct(**azure_settings(azure_endpoint="https://res.openai.azure.com/openai/deployments/d")),
        ConfigurationError,
        "azure_endpoint",
        "no path",
        id="endpoint-deployment-path",
    ),
    pytest.param(
        construct(**azure_settings(azure_deployment="a/b")), ConfigurationError, "azure_deployment", "'/'", id="dep"
    ),
    # issue 14: headers HTTP cannot carry, named, not reported as connection errors
    pytest.param(
        construct(api_key=OPENAI_KEY, default_headers={"X-Note": "a\r\nX-Injected: 1"}),
        IRE,
        "X-Note",
        "line break",
        id="default-header-newline",
    ),
]


@pytest.mark.parametrize(("call", "error", "param", "detail"), CASES)
def test_bad_input_is_refused_before_sending(  # noqa: PLR0917 - pytest passes fixtures and parameters positionally
    server: LoopbackServer,
    clients: tuple[Client, Client],
    tmp_path: Path,
    call: Call,
    error: type[Exception],
    param: str,
    detail: str,
) -> None:
    assert_refused_before_sending(server, clients, tmp_path, call, error, param, detail)
