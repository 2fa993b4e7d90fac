from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.mockserver import ReferenceServer
from tests._specs import AZURE_SPEC, OPENAI_SPEC, spec


@pytest.fixture(scope="session")
def reference_server() -> Iterator[ReferenceServer]:
    with ReferenceServer([spec(OPENAI_SPEC), spec(AZURE_SPEC)]) as server:
        yield server


@pytest.fixture
def server(reference_server: ReferenceServer) -> ReferenceServer:
    reference_server.reset_faults()
    return reference_server
