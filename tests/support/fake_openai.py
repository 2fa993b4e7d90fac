"""A small stateful fake of the OpenAI / Azure OpenAI API on 127.0.0.1, for action and CLI tests.

- chat completions answer `echo: <last user message>`; a message containing `FAIL` gets a 500 (or
  the status in `fail_status`); `delay` seconds per request. The server measures how many requests
  are in flight at once (`max_in_flight`).
- embeddings answer a 3-float vector per input (base64 when asked).
- files: upload (multipart), retrieve content. batches: create (metadata kept), retrieve, list (newest
  first, `limit`/`after`). `lose_create_answers=N`: the first N creates make the batch, then the
  connection drops before the answer (what a timed-out create looks like). Each retrieve moves
  a batch one step (validating -> in_progress -> finalizing -> completed); `batch_outcome` decides
  the end: "completed", "failed" (fails part-way: half the requests done, `errors` set), or
  "expired" (half done, the rest in the error file as `batch_expired`). Requests whose body
  contains FAIL end in the output file with status 500.

Paths are served under `/v1`, `/openai/v1` (Azure v1) and `/openai[/deployments/<name>]` (Azure
classic). Every request is recorded. The server stops itself after `lifetime` seconds.
"""

from __future__ import annotations

import base64
import json
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.support.prompt_shutdown import PromptShutdownServer

__all__ = ["FakeOpenAI", "Seen"]

_PREFIX = re.compile(r"^(?:/openai/v1|/v1|/openai/deployments/[^/]+|/openai)(?=/)")
_BATCH_STEPS = ("validating", "in_progress", "finalizing")


@dataclass(frozen=True)
class Seen:
    method: str
    path: str  # as received
    route: str  # without the platform prefix
    query: str
    headers: dict[str, str]
    body: bytes


def _chat_answer(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    messages = body.get("messages") or []
    last = messages[-1].get("content", "") if messages else ""
    text = last if isinstance(last, str) else json.dumps(last)
    if "FAIL" in text:
        return 500, {"error": {"message": f"injected failure for {text!r}", "type": "server_error", "code": None}}
    return 200, {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1700000000,
        "model": body.get("model", "fake"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": f"echo: {text}", "refusal": None},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _embedding_answer(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    inputs = body.get("input")
    items = inputs if isinstance(inputs, list) else [inputs]
    data = []
    for i, item in enumerate(items):
        vector = [float(len(str(item))), 0.5, -1.0]
        value: Any = vector
        if body.get("encoding_format") == "base64":
            value = base64.b64encode(struct.pack("<3f", *vector)).decode()
        data.append({"object": "embedding", "index": i, "embedding": value})
    usage = {"prompt_tokens": 1, "total_tokens": 1}
    return 200, {"object": "list", "data": data, "model": body.get("model", "fake"), "usage": usage}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, payload: Any, content_type: str = "application/json") -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", "req-fake")
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        route = _PREFIX.sub("", url.path)
        seen = Seen(self.command, url.path, route, url.query, {k.lower(): v for k, v in self.headers.items()}, body)
        with fake.lock:
            fake.requests.append(seen)
            fake.in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
        try:
            if fake.delay:
                time.sleep(fake.delay)
            status, payload, ctype = fake.route(seen)
        finally:
            with fake.lock:
                fake.in_flight -= 1
        if seen.method == "POST" and seen.route == "/batches" and fake.lose_create_answers > 0:
            fake.lose_create_answers -= 1
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(status, payload, ctype)

    do_GET = do_POST = do_DELETE = _handle


class _Server(PromptShutdownServer):
    daemon_threads = True
    request_queue_size = 256
    fake: FakeOpenAI


class FakeOpenAI:
    """Start as a context manager; `url` is `http://127.0.0.1:<port>`."""

    def __init__(
        self,
        *,
        delay: float = 0.0,
        batch_outcome: str = "completed",
        lifetime: float = 120.0,
        lose_create_answers: int = 0,
    ) -> None:
        self.delay = delay
        self.lose_create_answers = lose_create_answers
        self.batch_outcome = batch_outcome
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True
        self._stopped = False

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeOpenAI:
        self._server.start_thread("fake-openai")
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._timer.cancel()
            self._server.shutdown()
            self._server.server_close()

    # -- routing ----------------------------------------------------------------------------------

    def route(self, seen: Seen) -> tuple[int, Any, str]:
        method, route = seen.method, seen.route
        if method == "POST" and route == "/chat/completions":
            return (*_chat_answer(json.loads(seen.body)), "application/json")
        if method == "POST" and route == "/embeddings":
            return (*_embedding_answer(json.loads(seen.body)), "application/json")
        if method == "POST" and route == "/files":
            return 200, self._upload(seen), "application/json"
        match = re.fullmatch(r"/files/([^/]+)/content", route)
        if method == "GET" and match and match.group(1) in self.files:
            return 200, self.files[match.group(1)], "application/octet-stream"
        if method == "POST" and route == "/batches":
            return 200, self._create_batch(json.loads(seen.body)), "application/json"
        if method == "GET" and route == "/batches":
            return 200, self._list_batches(seen.query), "application/json"
        match = re.fullmatch(r"/batches/([^/]+)", route)
        if method == "GET" and match and match.group(1) in self.batches:
            return 200, self._advance(match.group(1)), "application/json"
        return (
            404,
            {"error": {"message": f"fake: no route for {method} {route}", "type": "invalid_request_error"}},
            ("application/json"),
        )

    def _upload(self, seen: Seen) -> dict[str, Any]:
        boundary = seen.headers["content-type"].split("boundary=", 1)[1].encode()
        content = b""
        for part in seen.body.split(b"--" + boundary):
            head, _, data = part.partition(b"\r\n\r\n")
            if b'name="file"' in head:
                content = data.removesuffix(b"\r\n")
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = content
        return {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": 1700000000,
            "filename": "batch.jsonl",
            "purpose": "batch",
            "status": "processed",
        }

    def _create_batch(self, body: dict[str, Any]) -> dict[str, Any]:
        batch_id = f"batch_{len(self.batches) + 1}"
        batch = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body["endpoint"],
            "input_file_id": body["input_file_id"],
            "completion_window": body["completion_window"],
            "status": "validating",
            "created_at": 1700000000,
            "metadata": body.get("metadata"),
            "_step": 0,
        }
        self.batches[batch_id] = batch
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def _list_batches(self, query: str) -> dict[str, Any]:
        params = dict(parse_qsl(query))
        newest_first = list(reversed(self.batches.values()))
        if "after" in params:
            ids = [b["id"] for b in newest_first]
            newest_first = newest_first[ids.index(params["after"]) + 1 :] if params["after"] in ids else []
        page = newest_first[: int(params.get("limit", 20))]
        data = [{k: v for k, v in b.items() if not k.startswith("_")} for b in page]
        return {"object": "list", "data": data, "has_more": len(newest_first) > len(page)}

    def _advance(self, batch_id: str) -> dict[str, Any]:
        batch = self.batches[batch_id]
        if batch["status"] in _BATCH_STEPS:
            batch["_step"] += 1
            if batch["_step"] < len(_BATCH_STEPS):
                batch["status"] = _BATCH_STEPS[batch["_step"]]
            else:
                self._finish(batch)
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def _finish(self, batch: dict[str, Any]) -> None:
        lines = [json.loads(line) for line in self.files[batch["input_file_id"]].decode().splitlines() if line]
        done = lines if self.batch_outcome == "completed" else lines[: len(lines) // 2]
        output, errors = [], []
        for line in done:
            body = line["body"]
            status, answer = _chat_answer(body) if "messages" in body else _embedding_answer(body)
            response = {"status_code": status, "request_id": "req", "body": answer}
            output.append({"id": "r", "custom_id": line["custom_id"], "response": response, "error": None})
        if self.batch_outcome == "expired":
            for line in lines[len(done) :]:
                errors.append(
                    {
                        "id": "r",
                        "custom_id": line["custom_id"],
                        "response": None,
                        "error": {
                            "code": "batch_expired",
                            "message": "This request could not be executed before the completion window expired.",
                        },
                    }
                )
        if output:
            batch["output_file_id"] = self._store(output)
        if errors:
            batch["error_file_id"] = self._store(errors)
        batch["status"] = self.batch_outcome
        counts = {"total": len(lines), "completed": len(done), "failed": len(lines) - len(done)}
        batch["request_counts"] = counts
        if self.batch_outcome == "failed":
            batch["errors"] = {"object": "list", "data": [{"code": "server_error", "message": "the batch failed"}]}

    def _store(self, records: list[dict[str, Any]]) -> str:
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = ("\n".join(json.dumps(r) for r in records) + "\n").encode()
        return file_id
