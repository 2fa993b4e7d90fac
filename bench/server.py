"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 serving canned bodies (stdlib asyncio only).

Run in its own process (`python -m bench.server --sse-chunks N`) so its CPU never counts as the
client's. It prints its port on the first line of stdout, and stops by itself when its stdin closes
(the parent went away) or after `--max-seconds`.

Routes (any prefix, so `/v1/...` and `/openai/...` both work):
- `POST .../chat/completions`: the 1 KB `chat.completion`, or with `"stream": true` in the body an
  SSE stream of `--sse-chunks` chunks ending in `data: [DONE]` (chunked transfer encoding);
- `POST .../embeddings`: 4 x 1536 floats;
- anything else: 404 with a JSON error.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import subprocess
import sys
import threading
from pathlib import Path

from .payloads import chat_body, embeddings_body, sse_body

__all__ = ["LoopbackServer", "serve"]

_REPO = Path(__file__).resolve().parent.parent


def _response(body: bytes, content_type: str, *, status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\n"
        b"content-type: " + content_type.encode() + b"\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n"
        b"x-request-id: req_bench\r\n"
        b"connection: keep-alive\r\n\r\n" + body
    )


def _stream_response(chunked_body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\n"
        b"content-type: text/event-stream; charset=utf-8\r\n"
        b"transfer-encoding: chunked\r\n"
        b"x-request-id: req_bench\r\n"
        b"connection: keep-alive\r\n\r\n" + chunked_body
    )


class _Canned:
    def __init__(self, sse_chunks: int) -> None:
        self.chat = _response(chat_body(), "application/json")
        self.embeddings = _response(embeddings_body(), "application/json")
        self.stream = _stream_response(sse_body(sse_chunks))
        self.not_found = _response(
            b'{"error":{"message":"not found","type":"invalid_request_error"}}',
            "application/json",
            status=b"404 Not Found",
        )

    def answer(self, target: bytes, body: bytes) -> bytes:
        path = target.split(b"?", 1)[0]
        if path.endswith(b"/chat/completions"):
            if b'"stream":true' in body or b'"stream": true' in body:
                return self.stream
            return self.chat
        if path.endswith(b"/embeddings"):
            return self.embeddings
        return self.not_found


class _Connection(asyncio.Protocol):
    """One keep-alive connection: parse requests (Content-Length bodies) and write canned answers."""

    def __init__(self, canned: _Canned) -> None:
        self._canned = canned
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self._buffer
        buf += data
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end]).lower()
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)].strip())
            total = end + 4 + length
            if len(buf) < total:
                return
            target = head.split(b" ", 2)[1]
            answer = self._canned.answer(target, bytes(buf[end + 4 : total]))
            del buf[:total]
            assert self._transport is not None
            self._transport.write(answer)


async def _serve(port: int, sse_chunks: int, max_seconds: float) -> None:
    canned = _Canned(sse_chunks)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(canned), "127.0.0.1", port, backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    stop: asyncio.Future[None] = loop.create_future()

    def watch_stdin() -> None:
        with contextlib.suppress(Exception):
            sys.stdin.buffer.read()
        loop.call_soon_threadsafe(_finish, stop)

    threading.Thread(target=watch_stdin, daemon=True).start()
    print(bound, flush=True)
    async with server:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop, max_seconds)


def _finish(stop: asyncio.Future[None]) -> None:
    if not stop.done():
        stop.set_result(None)


def serve(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--sse-chunks", type=int, default=200)
    parser.add_argument("--max-seconds", type=float, default=1800.0)
    args = parser.parse_args(argv)
    asyncio.run(_serve(args.port, args.sse_chunks, args.max_seconds))


class LoopbackServer:
    """`with LoopbackServer(python, sse_chunks=N) as url:` runs the server in a child process."""

    def __init__(self, python: str = sys.executable, *, sse_chunks: int = 200, max_seconds: float = 1800.0) -> None:
        self._cmd = [
            python,
            "-m",
            "bench.server",
            "--sse-chunks",
            str(sse_chunks),
            "--max-seconds",
            str(max_seconds),
        ]
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        self._proc = subprocess.Popen(
            self._cmd, cwd=_REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_server_env()
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().strip()
        if not line:
            self.__exit__(None, None, None)
            raise RuntimeError("the loopback server did not start")
        return f"http://127.0.0.1:{int(line)}"

    def __exit__(self, *exc: object) -> None:
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        if proc.stdin is not None:
            proc.stdin.close()  # the server stops when its stdin closes
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def _server_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(_REPO)
    return env


if __name__ == "__main__":
    serve()
