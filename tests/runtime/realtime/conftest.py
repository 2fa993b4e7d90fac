"""The loopback WebSocket server of the realtime tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.runtime.realtime._server import RealtimeServer, running


@pytest.fixture
def ws_server() -> Iterator[RealtimeServer]:
    yield from running(RealtimeServer())
