"""Streamed answers: an example's server-sent events when they fit the schema, else one made-up event."""

from __future__ import annotations

import json

from generator.mockserver.examples import Example
from generator.mockserver.messages import MockResponse, is_json
from generator.mockserver.sse import DONE, Event, format_events, parse_events
from generator.mockserver.synth import synthesize
from generator.spec.api import ApiSpec, Media, SpecOperation


def stream_answer(
    spec: ApiSpec, operation: SpecOperation, status: int, media: tuple[Media, ...], example: Example | None
) -> MockResponse:
    """`example`'s events (a `[DONE]` added for completions) or one event synthesized from the schema."""
    stream_media = next((m for m in media if m.media_type == "text/event-stream"), None)
    pointer = stream_media.schema_pointer if stream_media else None
    events = parse_events(example.response) if example is not None else []
    if pointer is not None and not all(_event_valid(spec, pointer, e) for e in events):
        events = []
    ends_with_done = operation.path.endswith("completions")
    if not events:
        if pointer is None:
            json_media = next((m for m in media if is_json(m.media_type)), None)
            pointer = json_media.schema_pointer if json_media else None
        value = synthesize(spec, pointer) if pointer else {}
        name = value.get("type") if isinstance(value, dict) and not ends_with_done else None
        events = [Event(json.dumps(value, separators=(",", ":")), name if isinstance(name, str) else None)]
    if ends_with_done and events[-1].data != DONE:
        events.append(Event(DONE))
    return MockResponse(status, format_events(events), "text/event-stream", {"cache-control": "no-cache"})


def _event_valid(spec: ApiSpec, pointer: str, event: Event) -> bool:
    if event.data == DONE:
        return True
    try:
        value = json.loads(event.data)
    except json.JSONDecodeError:
        return False
    return bool(spec.schemas.validator(pointer).is_valid(value))
