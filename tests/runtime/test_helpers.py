"""The checks the fault-injection tests rely on can fail or tell cases apart: a leaked socket or thread,
the sleeps the flow drivers perform, the client hanging up on a stalled answer."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx2
import pytest
from openai_connector.lib._flow import Flow, Sleep, run_async, run_sync

from tests.runtime._helpers import no_leaks, record_sleeps
from tests.support.loopback import LoopbackServer, Recorded, Reply


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


def sleeping(*waits: float) -> Flow[str]:
    for seconds in waits:
        yield Sleep(seconds)
    return "done"


def test_sleep_recorder_records_the_flow_sleeps_only(monkeypatch: pytest.MonkeyPatch) -> None:
    slept = record_sleeps(monkeypatch, wait=False)
    with httpx2.Client() as http:
        assert run_sync(sleeping(3600.0, 0.5), http) == "done"  # returned at once: not waited
    time.sleep(0)  # the test's own sleep: not the flow's

    async def drive() -> str:
        await asyncio.sleep(0)
        async with httpx2.AsyncClient() as http:
            done: str = await run_async(sleeping(7200.0), http)
        return done

    assert asyncio.run(drive()) == "done"
    assert slept == [3600.0, 0.5, 7200.0]


def test_sleep_recorder_still_sleeps_unless_told_not_to(monkeypatch: pytest.MonkeyPatch) -> None:
    real: list[float] = []
    monkeypatch.setattr(time, "sleep", real.append)  # stands for the real sleep the recorder hands over to
    slept = record_sleeps(monkeypatch)
    with httpx2.Client() as http:
        run_sync(sleeping(0.25), http)
    assert slept == real == [0.25]


def _request(server: LoopbackServer, path: str) -> socket.socket:
    host, port = server.url.removeprefix("http://").split(":")
    conn = socket.create_connection((host, int(port)))
    conn.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\nContent-Length: 0\r\n\r\n".encode())
    return conn


def test_hangups_count_the_client_giving_up_only() -> None:
    stalled = threading.Semaphore(0)

    def respond(request: Recorded) -> Reply:
        if request.path == "/answered":
            return Reply(body={}, delay=0.01)
        stalled.release()
        return Reply(stall=True)

    with LoopbackServer(lifetime=30.0) as server:
        server.responder = respond
        with _request(server, "/answered") as conn:
            assert conn.recv(12) == b"HTTP/1.1 200"  # a delay that ran its course: no hang-up
        with _request(server, "/abandoned"):
            assert stalled.acquire(timeout=5.0)
        assert server.wait_idle(5.0)
        assert server.hangups == 1  # the client walked away from the stall
        conn = _request(server, "/kept")
        assert stalled.acquire(timeout=5.0)
    assert server.wait_idle(5.0)  # the server's stop ended this stall, the client still there: no hang-up
    conn.close()
    assert server.hangups == 1
