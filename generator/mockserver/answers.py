"""The answer to a checked request: streamed, text, JSON (from an example or the schema) or binary."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cached_property
from typing import Any

from generator.mockserver.examples import Example, rank_examples
from generator.mockserver.messages import MockRequest, MockResponse, is_json
from generator.mockserver.plausible import refine
from generator.mockserver.repair import repair_example
from generator.mockserver.streaming import stream_answer
from generator.mockserver.synth import synthesize
from generator.spec.api import ApiSpec, Media, ResponseSpec, SpecOperation

CHOOSE_EXAMPLE = "x-mock-example"

_TEXT_FORMATS = {
    "text": "Hello, world.\n",
    "srt": "1\n00:00:00,000 --> 00:00:01,000\nHello, world.\n",
    "vtt": "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello, world.\n",
}
# The first bytes of each kind of binary answer: enough for a client (or `file`) to recognise it.
_MAGIC = {
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + b"\x00" * 32,
    "audio/wav": b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00\x00}\x00\x00\x02\x00"
    b"\x10\x00data\x00\x00\x00\x00",
    "audio/ogg": b"OggS\x00\x02" + b"\x00" * 20 + b"OpusHead",
    "audio/flac": b"fLaC\x00\x00\x00\x22" + b"\x00" * 34,
    "audio/aac": b"\xff\xf1\x50\x80\x02\x1f\xfc",
    "audio/pcm": b"\x00\x00" * 32,
    "video/mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom",
    "image/webp": b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00",
    "image/png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15"
    b"\xc4\x89\x00\x00\x00\x0bIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82",
    "application/zip": b"PK\x05\x06" + b"\x00" * 18,
}
_SPEECH_FORMATS = {
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "opus": "audio/ogg",
    "flac": "audio/flac",
    "aac": "audio/aac",
    "pcm": "audio/pcm",
}


def answer(
    spec: ApiSpec,
    operation: SpecOperation,
    request: MockRequest,
    fields: dict[str, Any],
    examples: Callable[[], list[Example]],
) -> MockResponse:
    """The answer to `request`, already checked (`fields`: its body's); `examples` gives the operation's."""
    return _Answer(spec, operation, request, fields, examples).make()


class _Answer:
    """The answer to one checked request: which kind the operation and request call for, then its body."""

    def __init__(
        self,
        spec: ApiSpec,
        operation: SpecOperation,
        request: MockRequest,
        fields: dict[str, Any],
        examples: Callable[[], list[Example]],
    ) -> None:
        self.spec = spec
        self.operation = operation
        self.request = request
        self.fields = fields
        self.all_examples = examples

    def make(self) -> MockResponse:
        success = _success(self.operation)
        status = int(success.status) if success is not None and success.status.isdigit() else 200
        media = success.media if success is not None else ()
        if self.streams and (any(m.media_type == "text/event-stream" for m in media) or self._stream_example()):
            return stream_answer(self.spec, self.operation, status, media, self._stream_example())
        response_format = str(self.fields.get("response_format", ""))
        if response_format in _TEXT_FORMATS and self.operation.path.endswith(("transcriptions", "translations")):
            return self._text(status, response_format)
        json_media = next((m for m in media if is_json(m.media_type)), None)
        if json_media is not None:
            return self._plausible(self._json(status, json_media))
        binary = next((m for m in media if m.media_type not in ("text/event-stream",)), None)
        if binary is not None:
            return self._binary(status, binary.media_type)
        if self.operation.path.endswith("/content"):
            return self._binary(status, "application/octet-stream")
        return MockResponse(status, b"", None)

    @cached_property
    def streams(self) -> bool:
        return self.fields.get("stream") in (True, "true") or self.fields.get("stream_format") == "sse"

    def _examples(self, streams: bool, wants_text: bool) -> list[Example]:
        """The fitting examples, best first; an `x-mock-example: <title>` header puts that one first."""
        examples = self.all_examples()
        ranked = rank_examples(examples, self.fields, streams, wants_text)
        chosen = self.request.headers.get(CHOOSE_EXAMPLE)
        if chosen is not None:
            ranked = [e for e in examples if e.title == chosen] + [e for e in ranked if e.title != chosen]
        return ranked

    def _stream_example(self) -> Example | None:
        return next((e for e in self._examples(True, False) if isinstance(e.response, str)), None)

    def _text(self, status: int, response_format: str) -> MockResponse:
        example = next(iter(self._examples(False, True)), None)
        text = example.response if example is not None else _TEXT_FORMATS[response_format]
        if response_format != "text" and example is not None:
            text = _TEXT_FORMATS[response_format]
        return MockResponse(status, str(text).encode(), "text/plain; charset=utf-8")

    def _json(self, status: int, media: Media) -> MockResponse:
        """The best fitting example that matches the schema; else a value made from the schema."""
        for example in self._examples(False, False):
            value: Any = example.response
            if isinstance(value, str):
                try:
                    value = json.loads(value)
                except json.JSONDecodeError:
                    continue
            if media.schema_pointer is None or self.spec.schemas.validator(media.schema_pointer).is_valid(value):
                return MockResponse.json(example.status, value)
        if media.schema_pointer is not None:
            for example in self._examples(False, False):
                repaired = repair_example(self.spec, media.schema_pointer, example.response)
                if repaired is not None:
                    return MockResponse.json(example.status, repaired)
        value = synthesize(self.spec, media.schema_pointer) if media.schema_pointer else {}
        return MockResponse.json(status, value)

    def _plausible(self, response: MockResponse) -> MockResponse:
        """`response` completed with plausible data where the example or schema has none (`plausible.py`)."""
        if not 200 <= response.status < 300 or CHOOSE_EXAMPLE in self.request.headers:
            return response
        value = json.loads(response.body)
        base_url = f"http://{self.request.headers.get('host', '127.0.0.1')}"
        refined = refine(self.operation.path, self.request.path, self.fields, value, base_url)
        return response if refined is value else MockResponse.json(response.status, refined, response.headers)

    def _binary(self, status: int, media_type: str) -> MockResponse:
        kind = media_type
        if media_type == "application/octet-stream" and self.operation.path.endswith("/speech"):
            kind = _SPEECH_FORMATS.get(str(self.fields.get("response_format", "mp3")), "audio/mpeg")
        payload = _MAGIC.get(kind, b"mock binary content\n")
        return MockResponse(status, payload, media_type)


def _success(operation: SpecOperation) -> ResponseSpec | None:
    for response in operation.responses:
        if response.status.startswith("2"):
            return response
    return next((r for r in operation.responses if r.status == "default"), None)
