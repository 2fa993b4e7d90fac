"""The reference server: a real HTTP server on 127.0.0.1 built from the specs and their examples.

    with ReferenceServer(["specs/openai/openapi-2026-08-21.yaml"]) as server:
        httpx.post(server.url + "/v1/chat/completions", ...)

Each spec is served under its server base path (`/v1` for OpenAI, `/openai` for Azure); when an
OpenAI-shaped spec is given, it is also served under `/openai/v1` with Azure authentication
(the Azure "v1" API).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from generator.mockserver.app import MockApp, Mount
from generator.mockserver.messages import MockRequest, MockResponse, error
from generator.spec.api import ApiSpec, load_api

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
AZURE_V1_BASE = "/openai/v1"
FIXED_DATE = "Mon, 01 Jan 2024 00:00:00 GMT"


def default_examples_dir(spec_file: str | Path) -> Path | None:
    """Where a spec's `x-ms-examples` files live: `examples-<date of the spec>/` beside it, or `examples/`."""
    path = Path(spec_file)
    date = _DATE.search(path.stem)
    for candidate in ([path.parent / f"examples-{date.group()}"] if date else []) + [path.parent / "examples"]:
        if candidate.is_dir():
            return candidate
    return None


def build_mounts(specs: Iterable[ApiSpec], examples_dir: Path | None = None) -> list[Mount]:
    mounts = []
    for spec in specs:
        folder = examples_dir or default_examples_dir(spec.file)
        mounts.append(Mount(spec.base_path, spec, folder))
        if spec.name == "openai" and spec.base_path == "/v1":
            mounts.append(Mount(AZURE_V1_BASE, spec, folder, azure_auth=True))
    return mounts


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "openai-connector-reference-server"
    sys_version = ""
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms wait for an ACK between them
    app: MockApp  # set on the subclass made per server

    def _serve(self) -> None:
        url = urlsplit(self.path)
        length_text = self.headers.get("content-length", "0")
        length = int(length_text) if length_text.isdigit() else 0
        body = self.rfile.read(length) if length else b""
        request = MockRequest(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        try:
            response = self.app.handle(request)
        except Exception as exc:  # a bug of ours: answer 500 and keep serving
            response = error(500, f"reference server error: {type(exc).__name__}: {exc}", kind="server_error")
        self._write(response)

    def _write(self, response: MockResponse) -> None:
        self.send_response(response.status)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def date_time_string(self, timestamp: float | None = None) -> str:
        """A fixed Date header: recorded cassettes stay the same from one recording to the next."""
        return FIXED_DATE

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests and `make record` do not want a line per request."""


class ReferenceServer:
    """Serves the specs on 127.0.0.1 in a background thread; a context manager, or `start()`/`stop()`."""

    def __init__(
        self,
        specs: Iterable[str | Path | ApiSpec],
        host: str = "127.0.0.1",
        port: int = 0,
        examples_dir: str | Path | None = None,
    ) -> None:
        loaded = [s if isinstance(s, ApiSpec) else load_api(s) for s in specs]
        if not loaded:
            raise ValueError("ReferenceServer needs at least one spec")
        self.specs = loaded
        self.app = MockApp(build_mounts(loaded, Path(examples_dir) if examples_dir else None))
        handler = type("Handler", (_Handler,), {"app": self.app})
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`, without a base path."""
        return f"http://{self.host}:{self.port}"

    def reset_faults(self) -> None:
        """Forget which injected faults (`x-mock-status`) have been served."""
        self.app.reset_faults()

    def start(self) -> ReferenceServer:
        if self._thread is None:
            # A short poll, so `stop()` (which waits for the loop's next poll) returns at once.
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="reference-server", daemon=True
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the CLI)."""
        try:
            self._server.serve_forever()
        finally:
            self._server.server_close()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> ReferenceServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
