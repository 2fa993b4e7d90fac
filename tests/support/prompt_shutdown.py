"""A `ThreadingHTTPServer` whose `shutdown()` returns at once.

The standard `serve_forever` notices a shutdown only at its next poll (`poll_interval`), so every
test stopping a loopback server waited for it: about 25 ms each, half a minute over the suite.
Here a socket pair wakes the loop instead.
"""

from __future__ import annotations

import selectors
import socket
import threading
from http.server import ThreadingHTTPServer
from typing import Any


class PromptShutdownServer(ThreadingHTTPServer):
    timeout = 0.0  # `handle_request()` never blocks: the loop's selector has done the waiting

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wake_read, self._wake_write = socket.socketpair()
        self._stop_requested = False
        self._stopped = threading.Event()
        self._stopped.set()  # nothing to wait for until serving starts
        self.serving = threading.Event()  # set once the loop's selector (a file descriptor) is open

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._stopped.clear()
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                selector.register(self._wake_read, selectors.EVENT_READ)
                self.serving.set()
                while not self._stop_requested:
                    for key, _ in selector.select(poll_interval):
                        if key.fileobj is self and not self._stop_requested:
                            self.handle_request()
                    self.service_actions()
        finally:
            self._stopped.set()

    def start_thread(self, name: str = "loopback-server") -> threading.Thread:
        """Serve on a daemon thread; returns once it is serving, so a file-descriptor count taken next is stable."""
        thread = threading.Thread(target=self.serve_forever, name=name, daemon=True)
        thread.start()
        if not self.serving.wait(10.0):
            raise RuntimeError("the loopback server did not start serving within 10 s")
        return thread

    def shutdown(self) -> None:
        self._stop_requested = True
        self._wake_write.send(b"\0")
        self._stopped.wait()

    def server_close(self) -> None:
        super().server_close()
        self._wake_read.close()
        self._wake_write.close()
