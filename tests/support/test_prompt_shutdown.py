"""tests/support/prompt_shutdown: `shutdown()` wakes the serving loop instead of waiting for its poll."""

from __future__ import annotations

import threading
import urllib.request
from http.server import BaseHTTPRequestHandler

from tests.support.prompt_shutdown import PromptShutdownServer


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_shutdown_wakes_a_loop_that_would_poll_once_an_hour() -> None:
    server = PromptShutdownServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 3600}, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    with urllib.request.urlopen(f"http://{host!s}:{port}/") as answer:  # it serves meanwhile
        assert answer.status == 204
    server.shutdown()  # with the standard loop this would wait for the next poll, an hour away
    server.server_close()
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_shutdown_of_a_server_never_started_returns() -> None:
    server = PromptShutdownServer(("127.0.0.1", 0), _Ok)
    server.shutdown()
    server.server_close()
