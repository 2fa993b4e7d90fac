"""Fixtures of the runtime tests (one folder per policy): a loopback server, a clean environment and logger."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from openai_connector.lib._constants import LOGGER_NAME

from tests.support.loopback import LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(lifetime=30.0) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _clean_env_and_logger(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in (
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
    ):
        monkeypatch.delenv(name, raising=False)
    logger = logging.getLogger(LOGGER_NAME)
    level = logger.level
    yield
    logger.setLevel(level)
