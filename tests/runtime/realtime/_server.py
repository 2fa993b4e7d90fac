"""A scriptable WebSocket server on 127.0.0.1 (websockets' sync server, in a thread) for the realtime tests.

It records each opening handshake (path with query, headers), sends the n-th connection the messages of
`scripts[n]` (if any) as it opens, answers each client event with the `replies` scripted for its `type`,
and records what it receives and how each connection closed. In a script or a reply, `CLOSE` closes
the connection normally, `RESTART` with code 1012 (service restart: a client may reconnect). `reject`
makes it refuse handshakes with that status and body (and `reject_headers`).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from websockets.datastructures import Headers
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

CLOSE = "<close>"
RESTART = "<restart>"


@dataclass
class Opened:
    path: str
    headers: Headers


@dataclass
class RealtimeServer:
    scripts: list[list[dict[str, Any] | str]] = field(default_factory=list)
    replies: dict[str, list[dict[str, Any] | str]] = field(default_factory=dict)
    reject: tuple[int, str] | None = None
    reject_headers: dict[str, str] = field(default_factory=dict)
    opened: list[Opened] = field(default_factory=list)
    received: list[Any] = field(default_factory=list)
    close_codes: list[int | None] = field(default_factory=list)
    closed: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    port: int = 0
    _connections: Iterator[int] = field(default_factory=itertools.count)

    def url(self, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}"

    def wait_closed(self) -> None:
        """Wait (bounded) until the server has seen one more connection end."""
        assert self.closed.acquire(timeout=5), "the client never closed the connection"

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        self.opened.append(Opened(request.path, request.headers))
        if self.reject is not None:
            status, body = self.reject
            response = connection.respond(HTTPStatus(status), body)
            response.headers.update(self.reject_headers)
            return response
        return None

    def _handle(self, connection: ServerConnection) -> None:
        index = next(self._connections)
        try:
            script = self.scripts[index] if index < len(self.scripts) else []
            if not _play(connection, script):
                return
            for message in connection:
                event = json.loads(message)
                self.received.append(event)
                if not _play(connection, self.replies.get(event.get("type"), [])):
                    return
        finally:
            self.close_codes.append(connection.close_code)
            self.closed.release()


def _play(connection: ServerConnection, messages: list[dict[str, Any] | str]) -> bool:
    """Send `messages`; False once one of them closed the connection."""
    for message in messages:
        if message in (CLOSE, RESTART):
            connection.close(code=1000 if message == CLOSE else 1012)
            return False
        connection.send(message if isinstance(message, str) else json.dumps(message))
    return True


def running(server: RealtimeServer) -> Iterator[RealtimeServer]:
    with serve(server._handle, "127.0.0.1", 0, process_request=server._process_request) as ws_server:
        server.port = _port(ws_server)
        thread = threading.Thread(target=ws_server.serve_forever, daemon=True)
        thread.start()
        try:
            yield server
        finally:
            ws_server.shutdown()
            thread.join(timeout=5)


def _port(ws_server: Server) -> int:
    port: int = ws_server.socket.getsockname()[1]
    return port
