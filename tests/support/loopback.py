"""A scriptable HTTP server on 127.0.0.1 for client tests.

Tests queue `Reply`s (one per expected request, in order); the server answers each request with the
next one and records what it received (`Recorded`). An unscripted request gets a 599 answer so the
test fails loudly (or the `responder`'s reply computed from the request, or the `fallback` reply: for
bursts, loops and concurrent calls). Replies can delay, stall,
reset the connection before or after the headers, cut the body, or send server-sent events chunk by
chunk. Every wait is bounded and ends early when the client hangs up or the server stops. The server
runs in a daemon thread and shuts itself down after `lifetime` seconds if a test forgets to stop it;
`wait_idle()` waits until every connection is closed on the server's side (for leak counts).
`hangups` counts the waits (delay, stall, trickle, chunk delay) that the client ended by hanging up, as
opposed to ones that ran their course or that the server's own stop ended: the proof that a client
gave up on a slow or stalled answer (its timeout fired) without any clock in the test.
"""

from __future__ import annotations

import json
import queue
import select
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.support.prompt_shutdown import PromptShutdownServer

__all__ = ["LoopbackServer", "Recorded", "Reply", "sse_event"]


@dataclass
class Reply:
    """One scripted answer.

    `body`: bytes, str, or a JSON value (dict/list) encoded as JSON. `sse`: events written one
    chunk each (chunked transfer encoding) with `chunk_delay` between them; `cut=True` then drops the
    connection instead of ending the body. `delay` waits before the status line. `reset=True` resets
    the connection instead of answering. `cut_after=n` sends only n bytes of a body whose full length
    was announced, then closes. `stall=True` never answers (until the client hangs up or the server
    stops); with `sse`, the events are sent first, then the stream stalls. `reset_after_headers=True`
    sends the status line and headers of a body, then resets. `trickle=s` sends the body one byte
    every `s` seconds. `raw` is written as is after the status line and `headers` (no Content-Length
    added), then the connection is closed: for broken framing such as bad chunked encoding.
    """

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    sse: list[str] | None = None
    chunk_delay: float = 0.0
    delay: float = 0.0
    reset: bool = False
    cut: bool = False
    cut_after: int | None = None
    stall: bool = False
    reset_after_headers: bool = False
    trickle: float = 0.0
    raw: bytes | None = None


@dataclass(frozen=True)
class Recorded:
    """A request as the server received it (header names in lower case)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def sse_event(data: Any, event: str | None = None) -> str:
    """One SSE event: `data` (JSON-encoded unless a str), optionally with an `event:` line."""
    text = data if isinstance(data, str) else json.dumps(data)
    prefix = f"event: {event}\n" if event else ""
    return f"{prefix}data: {text}\n\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(parts)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client hung up mid-request (an interrupted run): nothing to answer
            raise ConnectionAbortedError(f"the body ended after {len(body)} of {length} bytes")
        return body

    def _handle(self) -> None:
        body = self._read_body()
        url = urlsplit(self.path)
        recorded = Recorded(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        owner = self.server.owner
        owner.requests.append(recorded)
        try:
            reply = owner.replies.get_nowait()
        except queue.Empty:
            answer = owner.responder(recorded) if owner.responder is not None else None
            reply = answer or owner.fallback or Reply(status=599, body={"error": {"message": "unscripted request"}})
        if reply.delay and self._wait(reply.delay):
            self.close_connection = True
            return
        if reply.stall and reply.sse is None:
            self._wait(owner.lifetime)
            self.close_connection = True
            return
        if reply.reset:
            self._reset()
            return
        if reply.sse is not None:
            self._send_sse(reply)
            return
        if reply.raw is not None:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.raw)
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        payload = reply.body
        if payload is None:
            data = b""
        elif isinstance(payload, bytes):
            data = payload
        elif isinstance(payload, str):
            data = payload.encode()
        else:
            data = json.dumps(payload).encode()
        self.send_response(reply.status)
        headers = {"Content-Type": "application/json", **reply.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if reply.reset_after_headers:
            self.wfile.flush()
            self._reset()
            return
        if reply.trickle:
            for i in range(len(data)):
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
                if self._wait(reply.trickle):
                    self.close_connection = True
                    return
            return
        if reply.cut_after is not None:
            self.wfile.write(data[: reply.cut_after])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(data)

    def _reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True (early) if the client hung up or the server is stopping."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self.server.owner.stopping.is_set():
                return True
            readable, _, _ = select.select([self.connection], [], [], min(left, 0.02))
            if readable:
                try:
                    if self.connection.recv(1, socket.MSG_PEEK) != b"":
                        continue  # more bytes from the client, not a hang-up
                except OSError:
                    pass  # reset by the client
                self.server.owner._hung_up()
                return True
        return False

    def _send_sse(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in {"Content-Type": "text/event-stream", **reply.headers}.items():
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for event in reply.sse or []:
            data = event.encode()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()
            if reply.chunk_delay and self._wait(reply.chunk_delay):
                self.close_connection = True
                return
        if reply.stall:
            self._wait(self.server.owner.lifetime)
            self.close_connection = True
            return
        if reply.cut:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(b"0\r\n\r\n")

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except OSError:
            self.close_connection = True

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle


class _Server(PromptShutdownServer):
    daemon_threads = True
    owner: LoopbackServer

    def process_request(self, request: Any, client_address: Any) -> None:
        self.owner._active_delta(+1)
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.owner._active_delta(-1)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.owner._active_delta(-1)


class LoopbackServer:
    """Start with `start()` (or as a context manager); `url` is `http://127.0.0.1:<port>`."""

    def __init__(self, lifetime: float = 60.0) -> None:
        self.requests: list[Recorded] = []
        self.replies: queue.Queue[Reply] = queue.Queue()
        self.fallback: Reply | None = None
        self.responder: Callable[[Recorded], Reply | None] | None = None
        self.lifetime = lifetime
        self.stopping = threading.Event()
        self.hangups = 0
        self._active = 0
        self._idle = threading.Condition()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True
        self._stopped = False

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def script(self, *replies: Reply) -> None:
        """Queue the answers of the next requests, in order."""
        for reply in replies:
            self.replies.put(reply)

    def _hung_up(self) -> None:
        with self._idle:
            self.hangups += 1

    def _active_delta(self, delta: int) -> None:
        with self._idle:
            self._active += delta
            self._idle.notify_all()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until the server has closed every connection; False if some are still open after `timeout`."""
        with self._idle:
            return self._idle.wait_for(lambda: self._active == 0, timeout)

    @property
    def count(self) -> int:
        """How many requests arrived so far."""
        return len(self.requests)

    def start(self) -> LoopbackServer:
        self._server.start_thread("loopback-server")
        self._timer.start()
        return self

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.stopping.set()
        self._timer.cancel()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __iter__(self) -> Iterator[Recorded]:
        return iter(self.requests)
