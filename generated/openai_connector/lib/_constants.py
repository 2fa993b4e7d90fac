# copied from generator/runtime/core/_constants.py by the openai-connector generator; edit the source
"""Every tunable default of the runtime, in one place (retry policy constants included)."""

from __future__ import annotations

from typing import Final

OPENAI_BASE_URL: Final = "https://api.openai.com/v1"
AZURE_HOST_TEMPLATE: Final = "https://{resource}.openai.azure.com"

# Timeouts, in seconds. `read` is also the idle timeout between two chunks of a stream.
DEFAULT_TIMEOUT: Final = 600.0
DEFAULT_CONNECT_TIMEOUT: Final = 5.0

# Connection pool.
DEFAULT_MAX_CONNECTIONS: Final = 1000
DEFAULT_MAX_KEEPALIVE_CONNECTIONS: Final = 100

# Retry policy (see `_retry.retry_delay`).
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5  # first exponential backoff step
MAX_BACKOFF_DELAY: Final = 8.0  # cap of the exponential backoff
BACKOFF_JITTER: Final = 0.25  # a backoff delay is reduced by up to this fraction, at random
DEFAULT_MAX_RETRY_DELAY: Final = 60.0  # longest delay the server may ask for (retry-after & co.); longer: give up
MAX_SECONDS: Final = 1e9  # the longest any wait or timeout setting may be (~31 years): longer overflows a sleep
RETRYABLE_STATUS_CODES: Final = frozenset({408, 409, 429})  # plus every 5xx

# Redirects the client follows for one attempt before giving up (a loop); secrets never leave the origin.
MAX_REDIRECTS: Final = 5

# Rate limiting.
DEFAULT_PERIOD_SECONDS: Final = 60.0
RATE_LIMIT_MAX_WAIT_PERIODS: Final = 10.0  # default bound of the backlog: a slot at most 10 periods away

# Logging.
LOGGER_NAME: Final = "openai_connector"
LOG_ENV_VAR: Final = "OPENAI_CONNECTOR_LOG"
SECRET_HEADERS: Final = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "api-key",
        "x-api-key",
        "cookie",
        "set-cookie",
        "openai-organization",
        "openai-project",
        "ocp-apim-subscription-key",
    }
)
SECRET_QUERY_KEYS: Final = frozenset(
    {"api-key", "api_key", "apikey", "key", "token", "access_token", "sig", "signature", "secret", "password", "code"}
)
REQUEST_ID_HEADERS: Final = ("x-request-id", "apim-request-id")
