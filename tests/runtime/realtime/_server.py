"""A scriptable WebSocket server on 127.0.0.1 (websockets' sync server, in a thread) for the realtime tests.

It records each opening handshake (path with query, headers), answers each client event with the
`replies` scripted for its `type` (a `CLOSE` reply closes the connection normally), and records what it
receives and how each connection closed. `reject` makes it refuse handshakes with that status and body
(and `reject_headers`).
"""

from __future__ import annotations

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


@dataclass
class Opened:
    path: str
    headers: Headers


@dataclass
class RealtimeServer:
    replies: dict[str, list[dict[str, Any] | str]] = field(default_factory=dict)
    reject: tuple[int, str] | None = None
    reject_headers: dict[str, str] = field(default_factory=dict)
    opened: list[Opened] = field(default_factory=list)
    received: list[Any] = field(default_factory=list)
    close_codes: list[int | None] = field(default_factory=list)
    closed: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    port: int = 0

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
        try:
            for message in connection:
                event = json.loads(message)
                self.received.append(event)
                for reply in self.replies.get(event.get("type"), ()):
                    if reply == CLOSE:
                        connection.close()
                        return
                    connection.send(reply if isinstance(reply, str) else json.dumps(reply))
        finally:
            self.close_codes.append(connection.close_code)
            self.closed.release()


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
