"""The checks the fault-injection tests rely on can fail: a leaked socket or thread, a slow block."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from tests.runtime._helpers import no_leaks, within


def test_leak_check_reports_a_socket_left_open() -> None:
    sockets: list[socket.socket] = []
    with pytest.raises(AssertionError, match="file descriptors leaked"), no_leaks():
        sockets.append(socket.socket())
    sockets[0].close()


def test_leak_check_reports_a_thread_left_running() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, args=(5.0,), daemon=True)
    with pytest.raises(AssertionError, match="threads leaked"), no_leaks():
        thread.start()
    stop.set()
    thread.join()


def test_time_bound_reports_a_slow_block() -> None:
    with pytest.raises(AssertionError, match="bound"), within(0.01):
        time.sleep(0.05)
