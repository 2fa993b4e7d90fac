from __future__ import annotations

import pytest

from generator.mockserver import ReferenceServer


@pytest.fixture
def server(reference_server: ReferenceServer) -> ReferenceServer:
    reference_server.reset_faults()
    return reference_server
